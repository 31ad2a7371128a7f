"""Each language's news, notices and events as an Atom feed, read back with a feed parser and
checked against RFC 4287's schema."""

import datetime
import zoneinfo

import feedparser
import pytest

from wagtail.models import Page

from news.models import NewsCategory, RecruitmentKind
from tests.demo.validators.atom import atom_errors
from tests.factories.news import EventPageFactory, NewsPageFactory, RecruitmentPageFactory
from tests.support.publishing import published
from tests.support.translation import translate

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
ANNIVERSARY = {
    "ja": "トーランス市との姉妹都市提携50周年記念事業",
    "en": "50th anniversary of the sister city affiliation with Torrance",
}
CANCELLED = {"ja": "2021年度の交流事業の中止", "en": "Youth exchange programmes cancelled for 2021"}
YOUTH_CALL = {
    "ja": "第16回 承徳市派遣青少年募集",
    "en": "16th Chengde youth delegation: call for applicants",
}
HOST_FAMILY_CALL = {
    "ja": "トーランス派遣生のホストファミリー募集（2025年）",
    "en": "Host families wanted for Torrance's youth delegates (2025)",
}
REPORT = {"ja": "トーランス派遣生 帰国報告会", "en": "Torrance delegates' return report"}


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return feedparser.parse(response.content)


def first_published(page, moment):
    """Backdates when the page and its translations first went live."""
    Page.objects.filter(translation_key=page.translation_key).update(first_published_at=moment)


@pytest.fixture
def news_notices_and_an_event(news, city):
    """Two articles, two notices and an event in both languages; the notices and the event
    went live in May 2025, after both articles' dates."""
    for titles, slug, date, category in (
        (
            ANNIVERSARY,
            "torrance-50th-anniversary",
            datetime.date(2023, 2, 1),
            NewsCategory.ANNIVERSARY,
        ),
        (
            CANCELLED,
            "2021-exchange-programmes-cancelled",
            datetime.date(2021, 4, 1),
            NewsCategory.ANNOUNCEMENT,
        ),
    ):
        article = published(
            NewsPageFactory(
                parent=news, title=titles["ja"], slug=slug, date=date, category=category
            )
        )
        translate(article, {titles["ja"]: titles["en"]})
    youth_call = RecruitmentPageFactory(
        parent=news,
        title=YOUTH_CALL["ja"],
        city=city,
        application_opens=datetime.date(2025, 6, 2),
        application_closes=datetime.date(2025, 6, 28),
    )
    host_family_call = RecruitmentPageFactory(
        parent=news,
        title=HOST_FAMILY_CALL["ja"],
        city=city,
        kind=RecruitmentKind.HOST_FAMILY,
        application_opens=None,
        application_closes=datetime.date(2025, 5, 17),
    )
    report = EventPageFactory(
        parent=news,
        title=REPORT["ja"],
        slug="torrance-delegates-return-report",
        start=datetime.datetime(2023, 11, 19, 14, 0, tzinfo=TOKYO),
        venue_name="パレット柏",
    )
    for page, titles in ((youth_call, YOUTH_CALL), (host_family_call, HOST_FAMILY_CALL)):
        translate(published(page), {titles["ja"]: titles["en"]})
    translate(published(report), {REPORT["ja"]: REPORT["en"], "パレット柏": "Palette Kashiwa"})
    for page in (youth_call, host_family_call, report):
        first_published(page, datetime.datetime(2025, 5, 1, 9, 0, tzinfo=TOKYO))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_feed_is_valid_atom(client, news_notices_and_an_event, language):
    response = client.get(f"/{language}/news/feed/")

    assert atom_errors(response.content) == []


def test_english_feed_lists_news_notices_and_events_newest_first(client, news_notices_and_an_event):
    feed = parsed(client, "/en/news/feed/")

    assert not feed.bozo
    assert feed.feed.title == "News | Kashiwa International Relations Association"
    assert feed.feed.author == "Kashiwa International Relations Association"
    assert feed.feed.author_detail.href == "http://127.0.0.1:8000/en/"
    titles = [entry.title for entry in feed.entries]
    assert set(titles[:3]) == {YOUTH_CALL["en"], HOST_FAMILY_CALL["en"], REPORT["en"]}
    assert titles[3:] == [ANNIVERSARY["en"], CANCELLED["en"]]
    news = feed.entries[3]
    assert news.link == "http://127.0.0.1:8000/en/news/torrance-50th-anniversary/"
    assert news.published == "2023-02-01T00:00:00+09:00"
    assert news.tags[0].term == "Anniversary programme"


def test_notices_say_their_deadline_and_events_their_date_and_venue(
    client, news_notices_and_an_event
):
    entries = {entry.title: entry for entry in parsed(client, "/ja/news/feed/").entries}

    notice = entries[YOUTH_CALL["ja"]]
    assert notice.tags[0].term == "募集"
    assert "この募集は2025年6月28日（土）で締め切りました。" in notice.summary
    event = entries[REPORT["ja"]]
    assert event.tags[0].term == "イベント"
    assert "2023年11月19日（日）14:00" in event.summary
    assert "パレット柏" in event.summary
    assert event.link == "http://127.0.0.1:8000/ja/news/torrance-delegates-return-report/"


def test_a_new_notice_or_event_comes_first(client, news, city, news_notices_and_an_event):
    published(RecruitmentPageFactory(parent=news, title="新しい募集", city=city))
    published(EventPageFactory(parent=news, title="新しいイベント"))

    titles = [entry.title for entry in parsed(client, "/ja/news/feed/").entries]

    assert set(titles[:2]) == {"新しいイベント", "新しい募集"}


def test_japanese_feed_speaks_japanese(client, news_notices_and_an_event):
    feed = parsed(client, "/ja/news/feed/")

    assert feed.feed.language == "ja"
    news = next(entry for entry in feed.entries if entry.title == ANNIVERSARY["ja"])
    assert news.tags[0].term == "周年記念事業"


def test_feed_is_announced_on_the_news_page(client, news):
    html = client.get("/ja/news/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/ja/news/feed/"' in html


def test_feed_shows_the_latest_twenty_and_no_drafts(client, news, city):
    NewsPageFactory.create_batch(25, parent=news)
    NewsPageFactory(parent=news, title="下書きの記事", live=False)
    EventPageFactory(parent=news, title="下書きのイベント", live=False)
    RecruitmentPageFactory(parent=news, title="下書きの募集", city=city, live=False)

    entries = parsed(client, "/ja/news/feed/").entries

    assert len(entries) == 20
    assert not {"下書きの記事", "下書きのイベント", "下書きの募集"} & {e.title for e in entries}
