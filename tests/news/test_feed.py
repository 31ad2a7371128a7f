"""Each language's news as an Atom feed, read back with a feed parser."""

import feedparser

from tests.factories import NewsPageFactory


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return feedparser.parse(response.content)


def test_english_feed_lists_english_news_newest_first(client, site):
    feed = parsed(client, "/en/news/feed/")

    assert not feed.bozo
    assert feed.feed.title == "News | Kashiwa International Relations Association"
    assert [entry.title for entry in feed.entries] == [
        "50th anniversary of the sister city affiliation with Torrance",
        "Youth exchange programmes cancelled for 2021",
    ]
    first = feed.entries[0]
    assert first.link == "http://127.0.0.1:8000/en/news/torrance-50th-anniversary/"
    assert first.published == "2023-02-01T00:00:00+09:00"
    assert first.tags[0].term == "Anniversary programme"


def test_japanese_feed_speaks_japanese(client, site):
    feed = parsed(client, "/ja/news/feed/")

    assert feed.feed.language == "ja"
    assert feed.entries[0].title == "トーランス市との姉妹都市提携50周年記念事業"
    assert feed.entries[0].tags[0].term == "周年記念事業"


def test_feed_is_announced_on_the_news_page(client, site):
    html = client.get("/ja/news/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/ja/news/feed/"' in html


def test_feed_shows_the_latest_twenty_and_no_drafts(client, site):
    index = site.page("news/")
    NewsPageFactory.create_batch(25, parent=index)
    NewsPageFactory(parent=index, title="下書きの記事", live=False)

    entries = parsed(client, "/ja/news/feed/").entries

    assert len(entries) == 20
    assert "下書きの記事" not in [entry.title for entry in entries]
