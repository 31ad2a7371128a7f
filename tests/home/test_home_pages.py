import datetime

import pytest
from bs4 import BeautifulSoup

from core.blocks import BodyBlock
from tests.factories.cities import CityIndexPageFactory, CityPageFactory, DelegationPageFactory
from tests.factories.core import ImageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.support.bilingual import HOME_LEAD, HOME_TITLE
from tests.support.html import html
from tests.support.translation import translate

CITY_NAMES = {"トーランス": "Torrance", "承徳": "Chengde", "グアム": "Guam", "キャムデン": "Camden"}


@pytest.fixture
def home_with_news_and_cities(site):
    home = site.home("ja")
    home.image = ImageFactory()
    home.image_alt = "柏駅前の写真"
    home.save()
    translate(
        home,
        {
            HOME_TITLE["ja"]: HOME_TITLE["en"],
            HOME_LEAD["ja"]: HOME_LEAD["en"],
            "柏駅前の写真": "Kashiwa station square",
        },
    )
    news = NewsIndexPageFactory(parent=home)
    translate(news, {"お知らせ": "News"})
    article = NewsPageFactory(
        parent=news, title="姉妹都市提携50周年", date=datetime.date(2023, 2, 1)
    )
    translate(article, {"姉妹都市提携50周年": "50 years of sister cities"})
    cities = CityIndexPageFactory(parent=home)
    translate(cities)
    for japanese, english in CITY_NAMES.items():
        translate(CityPageFactory(parent=cities, title=japanese), {japanese: english})


@pytest.mark.parametrize(
    ("language", "lead", "news_title", "image_alt"),
    [
        ("ja", "4つの姉妹・友好都市", "姉妹都市提携50周年", "柏駅前の写真"),
        ("en", "four sister and friendship cities", "50 years of sister cities", "Kashiwa station"),
    ],
)
def test_home_page_shows_lead_news_and_cities(
    client, home_with_news_and_cities, language, lead, news_title, image_alt
):
    soup = html(client.get(f"/{language}/"))
    assert lead in soup.select_one(".lead").get_text()
    assert image_alt in soup.select_one(".page-header__image img")["alt"]
    assert news_title in soup.find(id="latest-news").parent.get_text()
    assert len(soup.find(id="cities").parent.select(".card")) == 4


def test_with_no_call_or_event_coming_up_the_home_page_shows_the_latest_reports(
    client, home_with_news_and_cities
):
    torrance = CityPageFactory._meta.model.objects.get(title="トーランス")
    older = DelegationPageFactory(
        parent=torrance, title="第51回派遣団", departure_date=datetime.date(2024, 8, 5)
    )
    newer = DelegationPageFactory(
        parent=torrance, title="第52回派遣団", departure_date=datetime.date(2025, 8, 4)
    )

    soup = html(client.get("/ja/"))

    assert soup.find(id="current-notices") is None and soup.find(id="upcoming-events") is None
    reports = soup.find(id="latest-reports").parent
    titles = [title.get_text(strip=True) for title in reports.select(".card__title")]
    assert titles == [newer.title, older.title]
    assert "2025年8月4日" in reports.get_text()


def test_the_latest_reports_give_way_to_an_event_coming_up(client, home_with_news_and_cities):
    news = NewsIndexPageFactory._meta.model.objects.get(locale__language_code="ja")
    torrance = CityPageFactory._meta.model.objects.get(title="トーランス")
    DelegationPageFactory(parent=torrance)
    EventPageFactory(parent=news, title="帰国報告会")

    soup = html(client.get("/ja/"))

    assert "帰国報告会" in soup.find(id="upcoming-events").parent.get_text()
    assert soup.find(id="latest-reports") is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", ["協会について", "ホストファミリーを募集しています。"]),
        ("en", ["About the association", "We are looking for host families."]),
    ],
)
def test_standard_page_renders_its_body(client, site, language, expected):
    about = StandardPageFactory(
        parent=site.home("ja"),
        title="協会について",
        slug="about",
        body=[("paragraph", "<p>ホストファミリーを募集しています。</p>")],
    )
    translate(
        about,
        {
            "協会について": "About the association",
            "ホストファミリーを募集しています。": "We are looking for host families.",
        },
    )

    text = html(client.get(f"/{language}/about/")).main.get_text()

    for fragment in expected:
        assert fragment in text


def test_body_blocks_render_with_their_own_templates():
    block = BodyBlock()
    value = block.to_python(
        [
            {"type": "heading", "value": {"text": "交流の記録", "level": "h3"}},
            {"type": "quote", "value": {"quote": "百聞は一見に如かず", "attribution": "団長"}},
        ]
    )
    soup = BeautifulSoup(block.render(value), "html.parser")
    assert soup.h3.get_text() == "交流の記録"
    assert soup.blockquote.get_text(strip=True) == "百聞は一見に如かず"
    assert soup.figcaption.get_text() == "団長"
