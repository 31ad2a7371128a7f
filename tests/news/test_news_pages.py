import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.utils import timezone

from tests.factories.news import EventPageFactory, NewsPageFactory


def html(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_titles(soup, section_id="news-list"):
    section = soup.find(id=section_id).parent
    return [title.get_text(strip=True) for title in section.select(".card__title")]


def test_news_index_lists_news_newest_first(client, demo):
    titles = card_titles(html(client.get(demo.url("news/", "en"))))
    assert titles == [
        "50th anniversary of the sister city affiliation with Torrance",
        "Youth exchange programmes cancelled for 2021",
    ]


def test_news_index_filters_by_category_and_city(client, demo):
    by_category = card_titles(html(client.get(demo.url("news/?category=anniversary", "ja"))))
    assert by_category == ["トーランス市との姉妹都市提携50周年記念事業"]
    by_city = card_titles(html(client.get(demo.url("news/?city=camden", "en"))))
    assert by_city == ["Youth exchange programmes cancelled for 2021"]


@pytest.mark.parametrize(
    "query",
    ["page=abc", "page=-1", "page=99999", "category=<script>", "city=' OR 1=1 --", "page="],
)
def test_news_index_survives_bad_query_strings(client, demo, query):
    soup = html(client.get(demo.url(f"news/?{query}", "en")))
    assert soup.find(id="news-list")


def test_news_index_paginates(client, demo):
    index = demo.page("news/")
    for number in range(12):
        NewsPageFactory(parent=index, title=f"記事{number}", date=datetime.date(2026, 1, 1))
    first = html(client.get(demo.url("news/", "ja")))
    second = html(client.get(demo.url("news/?page=2", "ja")))
    assert len(card_titles(first)) == 10
    assert len(card_titles(second)) == 4
    assert "2ページ中1ページ目" in first.find(class_="pagination").get_text()


def test_news_page_renders_lead_date_and_category(client, demo):
    soup = html(client.get(demo.url("news/2021-exchange-programmes-cancelled/", "ja")))
    assert "中止" in soup.h1.get_text()
    assert soup.select_one('time[datetime="2021-04-01"]').get_text() == "2021年4月1日"
    assert "お知らせ" in soup.select_one("main .meta").get_text()


def test_event_page_shows_time_in_japan_time_and_marks_past_events(client, demo):
    soup = html(client.get(demo.url("news/torrance-delegates-return-report/", "en")))
    assert soup.select_one('time[datetime="2023-11-19T14:00:00+09:00"]')
    text = soup.main.get_text()
    assert "This event has ended." in text
    assert "Palette Kashiwa Open Space" in text
    assert "Not required" in text


@time_machine.travel(datetime.datetime(2023, 11, 18, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_event_is_upcoming_before_it_happens(client, demo):
    event_page = html(client.get(demo.url("news/torrance-delegates-return-report/", "ja")))
    assert "終了しました" not in event_page.main.get_text()
    home = html(client.get(demo.url("", "ja")))
    assert "トーランス派遣生 帰国報告会" in home.find(id="upcoming-events").parent.get_text()


def test_recruitment_page_shows_application_trip_and_briefing_details(client, demo):
    soup = html(client.get(demo.url("news/16th-chengde-youth-delegates/", "en")))
    text = soup.main.get_text()
    assert "Chengde (Hebei Province, China)" in text
    assert "about ¥150,000" in text
    assert "Born between April 2, 2003 and April 1, 2010" in text
    assert soup.select_one('time[datetime="2025-06-28"]')
    assert soup.select_one('time[datetime="2025-06-01T12:00:00+09:00"]')
    assert "reception opens at 11:45 a.m." in text
    programme = soup.find("dt", string="Programme").find_next("dd").a
    assert programme["href"] == "/en/cities/chengde/"


def test_news_index_lists_recent_past_events(client, demo):
    soup = html(client.get(demo.url("news/", "en")))
    assert card_titles(soup, "past-event-list") == ["Torrance delegates' return report"]


def add_upcoming_events(demo, count, language="ja"):
    index = demo.page("news/", language)
    now = timezone.now()
    return [
        EventPageFactory(
            parent=index, title=f"催し{number:02}", start=now + datetime.timedelta(days=number + 1)
        )
        for number in range(count)
    ]


def test_news_index_shows_the_next_events_and_links_to_all_of_them(client, demo):
    add_upcoming_events(demo, 8)

    soup = html(client.get(demo.url("news/")))

    assert card_titles(soup, "event-list") == [f"催し{number:02}" for number in range(5)]
    assert soup.find("a", string="今後のイベントをすべて見る")["href"] == "/ja/news/events/"


def test_news_index_links_to_the_events_list_even_when_every_event_is_shown(client, demo):
    # The list is the one place every upcoming event is linked from; visitors look for it.
    add_upcoming_events(demo, 2)

    soup = html(client.get(demo.url("news/")))

    assert soup.find("a", href="/ja/news/events/")


def test_events_list_pages_through_every_upcoming_event(client, demo):
    add_upcoming_events(demo, 25)

    first = html(client.get("/ja/news/events/"))
    second = html(client.get("/ja/news/events/?page=2"))

    titles = [a.get_text() for a in first.select(".cards .card__title a")]
    assert titles[:2] == ["催し00", "催し01"] and len(titles) == 20
    assert [a.get_text() for a in second.select(".cards .card__title a")] == [
        f"催し{number:02}" for number in range(20, 25)
    ]
    assert first.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    assert [li.get_text(strip=True) for li in first.select(".breadcrumbs li")][-2:] == [
        demo.page("news/").title,
        "今後のイベント",
    ]


@pytest.mark.parametrize("query", ["page=abc", "page=-1", "page=99999", "page=%00"])
def test_events_list_survives_bad_page_numbers(client, demo, query):
    add_upcoming_events(demo, 25)
    assert client.get(f"/ja/news/events/?{query}").status_code in (200, 400)


def test_events_list_switches_language_to_the_other_events_list(client, demo):
    soup = html(client.get("/ja/news/events/"))
    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/news/events/"
