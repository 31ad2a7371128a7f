"""Each language's news, notices and events as an Atom feed, read back with a feed parser and
checked against RFC 4287's schema."""

import feedparser
import pytest

from tests.factories.news import EventPageFactory, NewsPageFactory, RecruitmentPageFactory
from tests.validators.atom import atom_errors


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return feedparser.parse(response.content)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_feed_is_valid_atom(client, demo, language):
    response = client.get(f"/{language}/news/feed/")

    assert atom_errors(response.content) == []


def test_english_feed_lists_news_notices_and_events_newest_first(client, demo):
    feed = parsed(client, "/en/news/feed/")

    assert not feed.bozo
    assert feed.feed.title == "News | Kashiwa International Relations Association"
    assert feed.feed.author == "Kashiwa International Relations Association"
    assert feed.feed.author_detail.href == "http://127.0.0.1:8000/en/"
    titles = [entry.title for entry in feed.entries]
    # The demo's notices and event went live when it was loaded, after the news dates.
    assert set(titles[:3]) == {
        "16th Chengde youth delegation: call for applicants",
        "Host families wanted for Torrance's youth delegates (2025)",
        "Torrance delegates' return report",
    }
    assert titles[3:] == [
        "50th anniversary of the sister city affiliation with Torrance",
        "Youth exchange programmes cancelled for 2021",
    ]
    news = feed.entries[3]
    assert news.link == "http://127.0.0.1:8000/en/news/torrance-50th-anniversary/"
    assert news.published == "2023-02-01T00:00:00+09:00"
    assert news.tags[0].term == "Anniversary programme"


def test_notices_say_their_deadline_and_events_their_date_and_venue(client, demo):
    entries = {entry.title: entry for entry in parsed(client, "/ja/news/feed/").entries}

    notice = entries["第16回 承徳市派遣青少年募集"]
    assert notice.tags[0].term == "募集"
    assert "まで" in notice.summary
    event = entries["トーランス派遣生 帰国報告会"]
    assert event.tags[0].term == "イベント"
    assert "パレット柏" in event.summary
    assert event.link == "http://127.0.0.1:8000/ja/news/torrance-delegates-return-report/"


def test_a_new_notice_or_event_comes_first(client, demo):
    index = demo.page("news/")
    RecruitmentPageFactory(parent=index, title="新しい募集", city=demo.page("cities/torrance/"))
    EventPageFactory(parent=index, title="新しいイベント")

    titles = [entry.title for entry in parsed(client, "/ja/news/feed/").entries]

    assert set(titles[:2]) == {"新しいイベント", "新しい募集"}


def test_japanese_feed_speaks_japanese(client, demo):
    feed = parsed(client, "/ja/news/feed/")

    assert feed.feed.language == "ja"
    news = next(entry for entry in feed.entries if entry.title.startswith("トーランス市との"))
    assert news.title == "トーランス市との姉妹都市提携50周年記念事業"
    assert news.tags[0].term == "周年記念事業"


def test_feed_is_announced_on_the_news_page(client, demo):
    html = client.get("/ja/news/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/ja/news/feed/"' in html


def test_feed_shows_the_latest_twenty_and_no_drafts(client, demo):
    index = demo.page("news/")
    NewsPageFactory.create_batch(25, parent=index)
    NewsPageFactory(parent=index, title="下書きの記事", live=False)
    EventPageFactory(parent=index, title="下書きのイベント", live=False)
    RecruitmentPageFactory(
        parent=index, title="下書きの募集", city=demo.page("cities/torrance/"), live=False
    )

    entries = parsed(client, "/ja/news/feed/").entries

    assert len(entries) == 20
    assert not {"下書きの記事", "下書きのイベント", "下書きの募集"} & {e.title for e in entries}
