"""Between calls the home page says when each programme's call ran last, never that one is
open, and does not head months-old news as the latest."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import RecruitmentKind
from tests.factories.news import NewsPageFactory, RecruitmentPageFactory
from tests.support.news import news_section, programme_city
from tests.support.publishing import published
from tests.support.translation import translate

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
# December: the youth calls of the summer and the host-family call of May are all closed.
OFF_SEASON = datetime.datetime(2026, 12, 7, 12, 0, tzinfo=TOKYO)


@pytest.fixture
def past_calls(site):
    news = news_section(site)
    chengde = programme_city(site)
    torrance = programme_city(site, "トーランス", "Torrance", "torrance")
    for year in (2024, 2025):
        call = RecruitmentPageFactory(
            parent=news,
            title=f"{year}年 承徳市派遣青少年募集",
            slug=f"chengde-{year}",
            city=chengde,
            application_opens=datetime.date(year, 6, 2),
            application_closes=datetime.date(year, 6, 28),
        )
        translate(published(call), {call.title: f"Chengde youth delegation {year}"})
    host_families = RecruitmentPageFactory(
        parent=news,
        title="ホストファミリー募集（2025年）",
        slug="host-families-2025",
        city=torrance,
        kind=RecruitmentKind.HOST_FAMILY,
        application_opens=None,
        application_closes=datetime.date(2025, 5, 17),
    )
    translate(published(host_families), {host_families.title: "Host families wanted (2025)"})
    return news


def section(html, section_id):
    heading = BeautifulSoup(html, "html.parser").find(id=section_id)
    return heading.parent if heading else None


def cards(html, section_id):
    found = section(html, section_id)
    if found is None:
        return []
    return [
        (
            card.select_one(".card__title").get_text(strip=True),
            card.select_one(".status").get_text(strip=True),
            card.select("p")[-1].get_text(strip=True),
        )
        for card in found.select(".card")
    ]


def home(client, language):
    with time_machine.travel(OFF_SEASON, tick=False):
        return client.get(f"/{language}/").content.decode()


def test_off_season_the_home_page_shows_when_each_call_ran_last(client, past_calls):
    html = home(client, "ja")

    assert section(html, "current-notices") is None
    assert "いま受付中の募集はありません。" in section(html, "previous-calls").get_text()
    assert cards(html, "previous-calls") == [
        (
            "2025年 承徳市派遣青少年募集",
            "受付終了",
            "受付期間：2025年6月2日（月）〜2025年6月28日（土）",
        ),
        ("ホストファミリー募集（2025年）", "受付終了", "締切：2025年5月17日（土）"),
    ]
    assert "受付中" not in section(html, "previous-calls").select_one(".cards").get_text()


def test_off_season_in_english_too(client, past_calls):
    html = home(client, "en")

    assert [title for title, _status, _dates in cards(html, "previous-calls")] == [
        "Chengde youth delegation 2025",
        "Host families wanted (2025)",
    ]
    assert {status for _title, status, _dates in cards(html, "previous-calls")} == {
        "Applications closed"
    }


def test_in_season_the_open_call_replaces_the_past_ones(client, site, past_calls):
    call = RecruitmentPageFactory(
        parent=past_calls,
        title="2027年 承徳市派遣青少年募集",
        city=programme_city(site, "グアム", "Guam", "guam"),
        application_opens=datetime.date(2026, 12, 1),
        application_closes=datetime.date(2026, 12, 20),
    )
    published(call)

    html = home(client, "ja")

    assert [card[:2] for card in cards(html, "current-notices")] == [
        ("2027年 承徳市派遣青少年募集", "受付中")
    ]
    assert section(html, "previous-calls") is None


def test_the_past_calls_cost_the_same_queries_however_many_there_are(client, site, past_calls):
    def queries():
        with (
            time_machine.travel(OFF_SEASON, tick=False),
            CaptureQueriesContext(connection) as captured,
        ):
            client.get("/ja/")
        return len(captured)

    cities = [
        programme_city(site, f"都市{year}", f"City {year}", f"city-{year}")
        for year in range(2021, 2024)
    ]
    queries()  # The first request also reads what every later one finds cached.
    before = queries()
    for year, city in zip(range(2021, 2024), cities, strict=True):
        published(
            RecruitmentPageFactory(
                parent=past_calls,
                city=city,
                application_opens=datetime.date(year, 6, 2),
                application_closes=datetime.date(year, 6, 28),
            )
        )

    assert queries() == before


@pytest.mark.parametrize(
    ("article_date", "heading"),
    [(datetime.date(2021, 4, 1), "お知らせ"), (datetime.date(2026, 11, 30), "新着のお知らせ")],
)
def test_old_news_is_not_headed_as_the_latest(client, past_calls, article_date, heading):
    published(NewsPageFactory(parent=past_calls, date=article_date))

    assert section(home(client, "ja"), "latest-news").h2.get_text(strip=True) == heading
