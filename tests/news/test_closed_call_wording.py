"""A call that has closed never says it is open: not on the notice, not in the feed, not in
words an editor typed; and the feed dates an item put up for the record by what it records,
never by the day it was typed in."""

import datetime
import zoneinfo

import feedparser
import pytest
import time_machine

from django.core.cache import caches
from django.urls import reverse

from wagtail.models import Page

from tests.factories.news import EventPageFactory, RecruitmentPageFactory, briefing_session
from tests.news.test_admin import recruitment_form
from tests.support.html import html
from tests.support.publishing import published
from tests.support.translation import translate

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
TITLE = {"ja": "第16回 承徳市派遣青少年募集", "en": "16th Chengde youth delegation"}
# Open from 2 June to 28 June 2025; the briefing is on 1 June.
OPENS, CLOSES = datetime.date(2025, 6, 2), datetime.date(2025, 6, 28)

# (moment in Japan, what the notice says in Japanese and in English)
MOMENTS = {
    "before the call": (
        (2025, 5, 20, 12),
        "受付開始前",
        "申し込みは2025年6月2日（月）から2025年6月28日（土）まで受け付けます。",
        "Applications open on Mon, June 2, 2025 and close on Sat, June 28, 2025.",
    ),
    "on the last day": (
        (2025, 6, 28, 23, 59),
        "受付中",
        "申し込みは2025年6月28日（土）まで受け付けます。",
        "Applications close on Sat, June 28, 2025.",
    ),
    "the morning after": (
        (2025, 6, 29, 0, 0),
        "受付終了",
        "この募集は2025年6月28日（土）で締め切りました。",
        "This call closed on Sat, June 28, 2025.",
    ),
}


def at_japan_time(*args):
    return time_machine.travel(datetime.datetime(*args, tzinfo=TOKYO), tick=False)


@pytest.fixture
def call(news, city):
    notice = RecruitmentPageFactory(
        parent=news,
        title=TITLE["ja"],
        slug="16th-chengde-youth-delegates",
        city=city,
        summary="承徳の高校生と交流しましょう。",
        application_opens=OPENS,
        application_closes=CLOSES,
        briefing_sessions=[briefing_session(datetime.date(2025, 6, 1))],
        cost_yen=150000,
        how_to_apply="応募用紙を郵送してください。",
    )
    translate(published(notice), {TITLE["ja"]: TITLE["en"]})
    return notice


def main_text(client, url):
    soup = html(client.get(url))
    return soup.select_one("main").get_text(" ", strip=True)


def feed_entry(client, language, title):
    feed = feedparser.parse(client.get(f"/{language}/news/feed/").content)
    return next(entry for entry in feed.entries if entry.title == title)


@pytest.mark.parametrize("moment", MOMENTS)
def test_the_notice_and_its_feed_entry_say_the_same_status(client, call, moment):
    when, label, japanese, english = MOMENTS[moment]

    with at_japan_time(*when):
        page = main_text(client, "/ja/news/16th-chengde-youth-delegates/")
        english_page = main_text(client, "/en/news/16th-chengde-youth-delegates/")
        japanese_entry = feed_entry(client, "ja", TITLE["ja"])
        english_entry = feed_entry(client, "en", TITLE["en"])

    assert label in page
    assert japanese in page
    assert english in english_page
    assert japanese_entry.summary.startswith(japanese)
    assert english_entry.summary.startswith(english)
    if moment == "the morning after":
        assert "受付中" not in page
        assert "受け付けます" not in japanese_entry.summary
        assert "close on" not in english_entry.summary


def test_the_notice_leads_with_status_period_briefing_cost_and_how_to_apply(client, call):
    with at_japan_time(2025, 5, 20, 12):
        soup = html(client.get("/ja/news/16th-chengde-youth-delegates/"))

    box = soup.select_one(".key-facts")
    terms = [term.get_text(strip=True) for term in box.select("dt")]
    assert terms == ["受付期間", "説明会", "費用の目安", "応募方法"]
    text = box.get_text(" ", strip=True)
    assert "2025年6月1日（日）" in text
    assert "約150,000円" in text
    # The box comes before the programme's details and the briefing's full description.
    assert box.find_next("h2", id="briefings") is not None
    assert box.find_previous("dl", class_="facts") is None


def test_a_feed_kept_in_the_cache_changes_its_words_at_midnight(client, call, settings):
    settings.FRAGMENT_CACHE_TIMEOUT = 3600
    caches["default"].clear()
    try:
        with at_japan_time(2025, 6, 28, 23, 59):
            before = feed_entry(client, "ja", TITLE["ja"]).summary
        with at_japan_time(2025, 6, 29, 0, 1):
            after = feed_entry(client, "ja", TITLE["ja"]).summary
    finally:
        caches["default"].clear()

    assert before.startswith("申し込みは2025年6月28日（土）まで受け付けます。")
    assert after.startswith("この募集は2025年6月28日（土）で締め切りました。")


def first_published(page, moment):
    Page.objects.filter(translation_key=page.translation_key).update(first_published_at=moment)


def test_items_put_up_after_their_day_are_dated_by_it_not_by_today(client, news, call):
    event = published(
        EventPageFactory(
            parent=news,
            title="帰国報告会",
            start=datetime.datetime(2023, 11, 19, 14, 0, tzinfo=TOKYO),
        )
    )
    # Both went live today, long after the event and the call's deadline (the demo's case).

    entries = {e.title: e for e in feedparser.parse(client.get("/ja/news/feed/").content).entries}

    assert entries["帰国報告会"].published == "2023-11-19T14:00:00+09:00"
    assert entries["帰国報告会"].updated == "2023-11-19T14:00:00+09:00"
    assert entries[TITLE["ja"]].published == "2025-06-02T00:00:00+09:00"
    assert entries[TITLE["ja"]].updated == "2025-06-02T00:00:00+09:00"
    assert event.first_published_at.date() > datetime.date(2025, 1, 1)


def test_a_call_announced_ahead_is_dated_when_it_went_live_and_updated_when_edited(client, call):
    first_published(call, datetime.datetime(2025, 5, 1, 9, 0, tzinfo=TOKYO))
    Page.objects.filter(pk=call.pk).update(
        last_published_at=datetime.datetime(2025, 5, 10, 18, 0, tzinfo=TOKYO)
    )

    entry = feed_entry(client, "ja", TITLE["ja"])

    assert entry.published == "2025-05-01T09:00:00+09:00"
    assert entry.updated == "2025-05-10T18:00:00+09:00"


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("title", "ホストファミリー募集（受付中）"),
        ("summary", "本年度の募集は2025年5月17日（土）をもって締め切らせていただきました。"),
        ("how_to_apply", "現在募集中です。応募用紙を郵送してください。"),
        ("summary", "Applications are now open until 20 December."),
    ],
)
def test_an_editor_who_types_the_status_is_told_why_and_keeps_the_text(
    client, admin_user_ja, news, city, field, typed
):
    client.force_login(admin_user_ja)
    add = reverse("wagtailadmin_pages:add", args=["news", "recruitmentpage", news.pk])

    response = client.post(add, recruitment_form(city, **{field: typed}))

    assert response.status_code == 200
    page = response.content.decode()
    assert "受付中かどうかは日付から自動で表示されます。" in page
    assert typed in page
    assert not news.get_children().filter(slug="test-call").exists()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ja",
            [
                "お問い合わせ",
                "柏市国際交流協会（KIRA）",
                "04-7157-0281",
                "kcc@kira-kira.jp",
                "8:30〜17:15",
                "掲載日：2025年5月1日",
                "更新日：2025年5月10日",
            ],
        ),
        (
            "en",
            [
                "Inquiries",
                "Kashiwa International Relations Association (KIRA)",
                "+81-4-7157-0281",
                "kcc@kira-kira.jp",
                "8:30–17:15",
                "Published: May 1, 2025",
                "Updated: May 10, 2025",
            ],
        ),
    ],
)
def test_the_notice_says_who_to_ask_and_when_it_was_posted_and_updated(
    client, call, language, expected
):
    # Half past midnight in Japan is still the previous day in UTC.
    first_published(call, datetime.datetime(2025, 5, 1, 0, 30, tzinfo=TOKYO))
    Page.objects.filter(translation_key=call.translation_key).update(
        last_published_at=datetime.datetime(2025, 5, 10, 18, 0, tzinfo=TOKYO)
    )

    text = main_text(client, f"/{language}/news/16th-chengde-youth-delegates/")

    # Spaces apart, as get_text() puts one between a label and its <time>.
    for words in expected:
        assert words.replace(" ", "") in text.replace(" ", ""), words
