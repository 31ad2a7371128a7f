import datetime
import zoneinfo

import pytest
import time_machine

from django.utils import timezone

from core.dates import DatePrecision
from news.models import NewsCategory, NewsPage
from tests.factories.news import (
    EventPageFactory,
    NewsPageFactory,
    RecruitmentPageFactory,
    briefing_session,
)
from tests.support.html import html
from tests.support.news import programme_city
from tests.support.translation import translate

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
ANNIVERSARY = {
    "ja": "トーランス市との姉妹都市提携50周年記念事業",
    "en": "50th anniversary of the sister city affiliation with Torrance",
}
CANCELLED = {"ja": "2021年度の交流事業の中止", "en": "Youth exchange programmes cancelled for 2021"}
REPORT = {"ja": "トーランス派遣生 帰国報告会", "en": "Torrance delegates' return report"}


def card_titles(soup, section_id="news-list"):
    section = soup.find(id=section_id).parent
    return [title.get_text(strip=True) for title in section.select(".card__title")]


@pytest.fixture
def two_articles(site, news):
    """An anniversary article about Torrance (2023) and an announcement about Camden (2021)."""
    torrance = programme_city(site, "トーランス", "Torrance", "torrance")
    camden = programme_city(site, "キャムデン", "Camden", "camden")
    for titles, slug, date, category, city in (
        (
            CANCELLED,
            "2021-exchange-programmes-cancelled",
            datetime.date(2021, 4, 1),
            NewsCategory.ANNOUNCEMENT,
            camden,
        ),
        (
            ANNIVERSARY,
            "torrance-50th-anniversary",
            datetime.date(2023, 2, 1),
            NewsCategory.ANNIVERSARY,
            torrance,
        ),
    ):
        article = NewsPageFactory(
            parent=news,
            title=titles["ja"],
            slug=slug,
            date=date,
            category=category,
            related_cities=[city],
        )
        translate(article, {titles["ja"]: titles["en"]})


@pytest.fixture
def return_report(news):
    """An event held on 19 November 2023, 14:00 to 16:00 in Japan."""
    report = EventPageFactory(
        parent=news,
        title=REPORT["ja"],
        slug="torrance-delegates-return-report",
        start=datetime.datetime(2023, 11, 19, 14, 0, tzinfo=TOKYO),
        end=datetime.datetime(2023, 11, 19, 16, 0, tzinfo=TOKYO),
        venue_name="パレット柏 オープンスペース",
        registration_required=False,
    )
    translate(
        report,
        {REPORT["ja"]: REPORT["en"], "パレット柏 オープンスペース": "Palette Kashiwa Open Space"},
    )
    return report


def test_news_index_lists_news_newest_first(client, two_articles):
    titles = card_titles(html(client.get("/en/news/")))
    assert titles == [ANNIVERSARY["en"], CANCELLED["en"]]


def test_news_index_filters_by_category_and_city(client, two_articles):
    by_category = card_titles(html(client.get("/ja/news/?category=anniversary")))
    assert by_category == [ANNIVERSARY["ja"]]
    by_city = card_titles(html(client.get("/en/news/?city=camden")))
    assert by_city == [CANCELLED["en"]]


@pytest.mark.parametrize(
    "query",
    ["page=abc", "page=-1", "page=99999", "category=<script>", "city=' OR 1=1 --", "page="],
)
def test_news_index_survives_bad_query_strings(client, two_articles, query):
    soup = html(client.get(f"/en/news/?{query}"))
    assert soup.find(id="news-list")


def test_news_index_paginates(client, news):
    for number in range(14):
        NewsPageFactory(parent=news, title=f"記事{number}", date=datetime.date(2026, 1, 1))
    first = html(client.get("/ja/news/"))
    second = html(client.get("/ja/news/?page=2"))
    assert len(card_titles(first)) == 10
    assert len(card_titles(second)) == 4
    assert "2ページ中1ページ目" in first.find(class_="pagination").get_text()


def test_news_page_renders_lead_date_and_category(client, two_articles):
    soup = html(client.get("/ja/news/2021-exchange-programmes-cancelled/"))
    assert "中止" in soup.h1.get_text()
    assert soup.select_one('time[datetime="2021-04-01"]').get_text() == "2021年4月1日"
    assert "お知らせ" in soup.select_one("main .meta").get_text()


@pytest.mark.parametrize(
    ("language", "shown"), [("ja", "2021年"), ("en", "2021")], ids=["ja", "en"]
)
def test_an_article_known_only_by_its_year_shows_the_year_alone_everywhere(
    client, two_articles, language, shown
):
    # The association's records say only "for the year 2021": a day would be invented.
    NewsPage.objects.filter(slug="2021-exchange-programmes-cancelled").update(
        date_precision=DatePrecision.YEAR
    )
    for path in ("news/2021-exchange-programmes-cancelled/", "news/", "search/?q=2021"):
        soup = html(client.get(f"/{language}/{path}"))
        dates = [time.get_text() for time in soup.select('main time[datetime="2021"]')]
        assert dates == [shown], path
        assert "4月1日" not in soup.main.get_text() and "April 1" not in soup.main.get_text()


def test_event_page_shows_time_in_japan_time_and_marks_past_events(client, return_report):
    soup = html(client.get("/en/news/torrance-delegates-return-report/"))
    assert soup.select_one('time[datetime="2023-11-19T14:00:00+09:00"]')
    text = soup.main.get_text()
    assert "This event has ended." in text
    assert "Palette Kashiwa Open Space" in text
    assert "Not required" in text


@pytest.mark.parametrize(
    ("language", "when"),
    [("ja", "2023年11月19日（日）14:00〜16:00"), ("en", "Sun, November 19, 2023, 2 p.m.–4 p.m.")],
)
def test_an_event_gives_its_day_with_the_weekday_then_its_hours(
    client, return_report, language, when
):
    soup = html(client.get(f"/{language}/news/torrance-delegates-return-report/"))

    facts = soup.select_one(".facts dd").get_text(strip=True)
    assert facts == when


@time_machine.travel(datetime.datetime(2023, 11, 18, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_event_is_upcoming_before_it_happens(client, return_report):
    event_page = html(client.get("/ja/news/torrance-delegates-return-report/"))
    assert "終了しました" not in event_page.main.get_text()
    home = html(client.get("/ja/"))
    assert REPORT["ja"] in home.find(id="upcoming-events").parent.get_text()


def test_recruitment_page_shows_application_trip_and_briefing_details(client, site, news):
    chengde = programme_city(site, "承徳", "Chengde", "chengde")
    notice = RecruitmentPageFactory(
        parent=news,
        title="第16回 承徳市派遣青少年募集",
        slug="16th-chengde-youth-delegates",
        city=chengde,
        application_opens=datetime.date(2025, 5, 1),
        application_closes=datetime.date(2025, 6, 28),
        destination="中国 河北省 承徳市",
        places=8,
        cost_yen=150000,
        born_from=datetime.date(2003, 4, 2),
        born_until=datetime.date(2010, 4, 1),
        briefing_sessions=[
            briefing_session(
                datetime.date(2025, 6, 1),
                datetime.time(12, 0),
                datetime.time(13, 30),
                reception_time=datetime.time(11, 45),
                venue="柏市役所 本庁舎",
            )
        ],
    )
    translate(notice, {"中国 河北省 承徳市": "Chengde (Hebei Province, China)"})

    japanese = html(client.get("/ja/news/16th-chengde-youth-delegates/")).main.get_text()
    assert "2025年5月1日（木）〜2025年6月28日（土）" in japanese
    assert "2025年6月1日（日）" in japanese and "12:00〜13:30" in japanese
    assert "8名" in japanese

    soup = html(client.get("/en/news/16th-chengde-youth-delegates/"))

    text = soup.main.get_text()
    assert "8 places" in text
    assert "Chengde (Hebei Province, China)" in text
    assert "about ¥150,000" in text
    assert "Born between April 2, 2003 and April 1, 2010" in text
    assert soup.select_one('time[datetime="2025-06-28"]')
    assert soup.select_one('time[datetime="2025-06-01T12:00:00+09:00"]')
    assert "reception opens at 11:45 a.m." in text
    programme = soup.find("dt", string="Programme").find_next("dd").a
    assert programme["href"] == "/en/cities/chengde/"


def test_news_index_lists_recent_past_events(client, return_report):
    soup = html(client.get("/en/news/"))
    assert card_titles(soup, "past-event-list") == [REPORT["en"]]


def add_upcoming_events(news, count):
    now = timezone.now()
    return [
        EventPageFactory(
            parent=news, title=f"催し{number:02}", start=now + datetime.timedelta(days=number + 1)
        )
        for number in range(count)
    ]


def test_news_index_shows_the_next_events_and_links_to_all_of_them(client, news):
    add_upcoming_events(news, 8)

    soup = html(client.get("/ja/news/"))

    assert card_titles(soup, "event-list") == [f"催し{number:02}" for number in range(5)]
    assert soup.find("a", string="今後のイベントをすべて見る")["href"] == "/ja/news/events/"


def test_news_index_links_to_the_events_list_even_when_every_event_is_shown(client, news):
    # The list is the one place every upcoming event is linked from; visitors look for it.
    add_upcoming_events(news, 2)

    soup = html(client.get("/ja/news/"))

    assert soup.find("a", href="/ja/news/events/")


def test_events_list_pages_through_every_upcoming_event(client, news, return_report):
    add_upcoming_events(news, 25)

    first = html(client.get("/ja/news/events/"))
    second = html(client.get("/ja/news/events/?page=2"))

    titles = [a.get_text() for a in first.select(".cards .card__title a")]
    assert titles[:2] == ["催し00", "催し01"] and len(titles) == 20
    assert [a.get_text() for a in second.select(".cards .card__title a")] == [
        f"催し{number:02}" for number in range(20, 25)
    ]
    assert first.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    assert [li.get_text(strip=True) for li in first.select(".breadcrumbs li")][-2:] == [
        news.title,
        "今後のイベント",
    ]


@pytest.mark.parametrize("query", ["page=abc", "page=-1", "page=99999", "page=%00"])
def test_events_list_survives_bad_page_numbers(client, news, query):
    add_upcoming_events(news, 25)
    assert client.get(f"/ja/news/events/?{query}").status_code in (200, 400)


def test_events_list_switches_language_to_the_other_events_list(client, news):
    soup = html(client.get("/ja/news/events/"))
    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/news/events/"
