"""Error pages speak the visitor's language and keep the header, so a visitor is never stuck."""

import pytest

from django.db.utils import OperationalError

from cities.models import CityIndexPage
from home.models import ContactDetails
from tests.factories.cities import CityIndexPageFactory
from tests.support.html import html
from tests.support.translation import translate


def broken(*args, **kwargs):
    raise RuntimeError("something broke")


@pytest.fixture
def cities_in_the_menu(site):
    """A section in the main navigation of both languages, at /ja/cities/ and /en/cities/."""
    cities = CityIndexPageFactory(parent=site.home("ja"), title="姉妹都市", show_in_menus=True)
    translate(cities, {"姉妹都市": "Sister cities"})
    return cities


@pytest.fixture
def failing_client(client, monkeypatch, cities_in_the_menu):
    monkeypatch.setattr(CityIndexPage, "serve", broken)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize(
    ("language", "heading", "menu_item", "other"),
    [
        ("ja", "申し訳ありません。問題が発生しました", "姉妹都市", "English"),
        ("en", "Sorry, something went wrong", "Sister cities", "日本語"),
    ],
)
def test_a_server_error_keeps_the_header_and_language_switcher(
    failing_client, language, heading, menu_item, other
):
    response = failing_client.get(f"/{language}/cities/")

    assert response.status_code == 500
    soup = html(response, status=500)
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == heading
    assert soup.select_one("header .site-nav a").get_text() == menu_item
    assert soup.select_one(".language-switcher").get_text(" ", strip=True).count(other) == 1


@pytest.mark.parametrize(("language", "menu_item"), [("ja", "姉妹都市"), ("en", "Sister cities")])
def test_the_404_page_keeps_the_header_and_language_switcher(
    client, cities_in_the_menu, language, menu_item
):
    soup = html(client.get(f"/{language}/no-such-page/"), status=404)

    assert soup.select_one("header .site-nav a").get_text() == menu_item
    assert soup.select_one(".language-switcher a")


def test_when_the_header_cannot_be_built_a_plain_bilingual_page_is_served(
    failing_client, monkeypatch
):
    def database_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(ContactDetails.objects, "filter", database_down)

    response = failing_client.get("/ja/cities/")

    assert response.status_code == 500
    text = response.content.decode()
    assert "サーバーエラー" in text and "Server error" in text
