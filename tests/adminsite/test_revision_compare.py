"""Comparing two versions of a page shows what changed as a person reads it: the changed
words of a Japanese sentence, times and dates as times and dates, yes or no, and choices by
their labels, never 「None14:00:00」 or 「False」."""

import datetime

import pytest

from django.urls import reverse

from tests.factories.core import ImageFactory
from tests.factories.news import EventPageFactory, RecruitmentPageFactory, briefing_session
from tests.support.html import html

SESSION_DAY = datetime.date(2027, 1, 16)


def compare(client, page, before, after):
    response = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, before.pk, after.pk])
    )
    assert response.status_code == 200
    return html(response)


def changes(soup, kind):
    return [span.get_text() for span in soup.select(f"span.{kind}")]


@pytest.fixture
def moderator_ja(client, admin_user_ja):
    client.force_login(admin_user_ja)
    return client


@pytest.mark.parametrize(
    ("before_text", "after_text", "deleted", "added"),
    [
        (
            "ホストファミリーを募集します。締切日は調整中です。",
            "ホストファミリーを募集しています。締切日は1月31日です。",
            ["調整中"],
            ["てい", "1月31日"],
        ),
        # Latin words stay whole, and do not swallow the Japanese that follows them.
        (
            "Applications close on 31 January.",
            "Applications now close on 28 Jan.",
            ["31 January"],
            [" now", "28 Jan"],
        ),
        ("JICAの研修に参加します。", "JICAの研修に参加しました。", ["す"], ["した"]),
    ],
    ids=["japanese", "english", "latin name then japanese"],
)
def test_a_changed_sentence_shows_the_changed_words(
    moderator_ja, news, city, before_text, after_text, deleted, added
):
    notice = RecruitmentPageFactory(parent=news, city=city, summary=before_text)
    before = notice.save_revision()
    notice.summary = after_text
    after = notice.save_revision()

    soup = compare(moderator_ja, notice, before, after)

    assert changes(soup, "deletion") == deleted
    assert changes(soup, "addition") == added


def test_an_added_reception_time_reads_as_a_time(moderator_ja, news, city):
    notice = RecruitmentPageFactory(
        parent=news,
        city=city,
        application_closes=SESSION_DAY + datetime.timedelta(days=14),
        briefing_sessions=[briefing_session(SESSION_DAY)],
    )
    before = notice.save_revision()
    # The same session, changed (a new list would be other sessions).
    session = notice.briefing_sessions[0].value
    session["reception_time"], session["end_time"] = datetime.time(9, 30), datetime.time(12)
    after = notice.save_revision()

    soup = compare(moderator_ja, notice, before, after)

    text = soup.get_text(" ", strip=True)
    assert "None" not in text
    assert changes(soup, "deletion") == ["11:30", "（未入力）"]
    assert changes(soup, "addition") == ["12:00", "9:30"]
    assert "2027年1月16日（土）" in text


def test_a_deadline_and_an_event_start_read_as_dates_in_japan_time(moderator_ja, news):
    event = EventPageFactory(
        parent=news, start=datetime.datetime(2027, 2, 6, 5, 0, tzinfo=datetime.UTC)
    )
    before = event.save_revision()
    event.start = datetime.datetime(2027, 2, 7, 4, 30, tzinfo=datetime.UTC)
    after = event.save_revision()

    soup = compare(moderator_ja, event, before, after)

    assert changes(soup, "deletion") == ["2027年2月6日（土）14:00"]
    assert changes(soup, "addition") == ["2027年2月7日（日）13:30"]


def test_a_decorative_image_switch_reads_yes_or_no(moderator_ja, news):
    photo = ImageFactory()
    image_block = {"image": photo, "decorative": False, "alt_text": "式典の様子", "caption": ""}
    event = EventPageFactory(parent=news, body=[("image", image_block)])
    before = event.save_revision()
    event.body[0].value["decorative"], event.body[0].value["alt_text"] = True, ""
    after = event.save_revision()

    soup = compare(moderator_ja, event, before, after)

    text = soup.get_text(" ", strip=True)
    assert "False" not in text and "True" not in text
    assert "いいえ" in changes(soup, "deletion") and "はい" in changes(soup, "addition")
