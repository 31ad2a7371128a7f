"""The access page: the address and hours from the contact details, the stations and parking
the editors wrote, and a map link that sends the visitor nowhere until they follow it."""

from urllib.parse import parse_qs, urlsplit

import pytest

from home.models import AccessPage
from tests.factories.home import AccessPageFactory
from tests.support.html import html
from tests.support.translation import translate

pytestmark = pytest.mark.django_db


def test_the_access_page_tells_the_address_hours_stations_and_parking(client, site):
    page = AccessPageFactory(
        parent=site.home("ja"),
        nearest_stations="柏駅 東口から徒歩3分\n\n柏の葉キャンパス駅からバス",
        parking="駐車場はありません。",
    )

    soup = html(client.get(page.url))

    address = soup.find(id="address").parent
    assert "千葉県柏市柏1-7-1-301" in address.get_text()
    assert "8:30〜17:15" in address.get_text()
    assert [li.get_text() for li in soup.find(id="stations").parent.select("li")] == [
        "柏駅 東口から徒歩3分",
        "柏の葉キャンパス駅からバス",
    ]
    assert soup.find(id="parking").parent.p.get_text() == "駐車場はありません。"
    # Nothing from another site is loaded: the map is a link the visitor may follow.
    assert soup.select("iframe") == []
    map_link = address.select_one('a[href^="https://www.openstreetmap.org/"]')
    assert parse_qs(urlsplit(map_link["href"]).query)["query"] == ["千葉県柏市柏1-7-1-301"]
    assert map_link.get_text() == "地図で場所を見る（OpenStreetMap）"


def test_what_the_editors_left_blank_is_not_shown(client, site):
    page = AccessPageFactory(parent=site.home("ja"))

    soup = html(client.get(page.url))

    assert soup.find(id="stations") is None and soup.find(id="parking") is None
    assert soup.find(id="address") is not None


def test_the_english_access_page_gives_the_address_in_english(client, site):
    english = translate(AccessPageFactory(parent=site.home("ja"), nearest_stations="柏駅"))

    soup = html(client.get(english.url))

    assert "Japan" in soup.find(id="address").parent.get_text()
    assert soup.find(id="stations").get_text() == "Nearest stations"


def test_each_language_has_one_access_page(site):
    home = site.home("ja")
    AccessPageFactory(parent=home)

    assert not AccessPage.can_create_at(home)
