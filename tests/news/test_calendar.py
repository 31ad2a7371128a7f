"""Events and briefing sessions for calendar apps, in Japan time, read back with icalendar and,
as a second opinion that shares no code with the one that writes them, vobject."""

import datetime
import zoneinfo

import pytest
import vobject
from icalendar import Calendar

from tests.factories.news import EventPageFactory, RecruitmentPageFactory, briefing_session
from tests.support.news import news_section, programme_city
from tests.support.translation import translate

JST = datetime.timedelta(hours=9)
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
EVENT_TITLE = {"ja": "トーランス派遣生 帰国報告会", "en": "Torrance delegates' return report"}
NOTICE_TITLE = {
    "ja": "第16回 承徳市派遣青少年募集",
    "en": "16th Chengde youth delegation: call for applicants",
}


def events_in(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(event["summary"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def event_and_briefing(site):
    news = news_section(site)
    event = EventPageFactory(
        parent=news,
        title=EVENT_TITLE["ja"],
        slug="torrance-delegates-return-report",
        start=datetime.datetime(2023, 11, 19, 14, 0, tzinfo=TOKYO),
        end=datetime.datetime(2023, 11, 19, 16, 0, tzinfo=TOKYO),
        venue_name="パレット柏 オープンスペース",
    )
    translate(event, {EVENT_TITLE["ja"]: EVENT_TITLE["en"]})
    notice = RecruitmentPageFactory(
        parent=news,
        title=NOTICE_TITLE["ja"],
        slug="16th-chengde-youth-delegates",
        city=programme_city(site),
        application_opens=datetime.date(2025, 5, 1),
        application_closes=datetime.date(2025, 6, 28),
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
    translate(notice, {NOTICE_TITLE["ja"]: NOTICE_TITLE["en"]})


def test_language_calendar_has_events_and_briefing_sessions_in_japan_time(
    client, event_and_briefing
):
    calendar, events = events_in(client, "/ja/news/events.ics")

    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    report = events[EVENT_TITLE["ja"]]
    starts = report.decoded("dtstart")
    assert (starts.hour, starts.utcoffset(), str(starts.tzinfo)) == (14, JST, "Asia/Tokyo")
    assert report.decoded("dtend").hour == 16
    assert "パレット柏 オープンスペース" in str(report["location"])
    briefing = events[f"説明会：{NOTICE_TITLE['ja']}"]
    assert briefing.decoded("dtstart") == datetime.datetime(
        2025, 6, 1, 12, 0, tzinfo=briefing.decoded("dtstart").tzinfo
    )
    assert str(briefing["url"]).endswith("/ja/news/16th-chengde-youth-delegates/")


def test_english_calendar_is_in_english(client, event_and_briefing):
    _calendar, events = events_in(client, "/en/news/events.ics")
    assert set(events) == {EVENT_TITLE["en"], f"Briefing session: {NOTICE_TITLE['en']}"}


def test_each_event_can_be_downloaded_on_its_own(client, event_and_briefing):
    response = client.get("/en/news/torrance-delegates-return-report/ics/")
    assert 'filename="torrance-delegates-return-report.ics"' in response["Content-Disposition"]
    _calendar, events = events_in(client, "/en/news/torrance-delegates-return-report/ics/")
    assert list(events) == [EVENT_TITLE["en"]]
    page = client.get("/en/news/torrance-delegates-return-report/").content.decode()
    assert 'href="/en/news/torrance-delegates-return-report/ics/"' in page


def test_a_notice_offers_its_briefing_sessions_where_their_dates_are_shown(
    client, event_and_briefing
):
    page = client.get("/ja/news/16th-chengde-youth-delegates/").content.decode()
    assert 'href="/ja/news/16th-chengde-youth-delegates/ics/"' in page
    assert "説明会の日程をカレンダーに追加（.ics）" in page

    _calendar, events = events_in(client, "/ja/news/16th-chengde-youth-delegates/ics/")

    [session] = events.values()
    assert session.decoded("dtstart") == datetime.datetime(2025, 6, 1, 12, 0, tzinfo=TOKYO)
    assert str(session["location"]).startswith("柏市役所 本庁舎")


def test_a_notice_without_dated_sessions_offers_no_calendar(client, site):
    notice = RecruitmentPageFactory(
        parent=news_section(site), slug="no-sessions", city=programme_city(site)
    )

    assert "ics/" not in client.get(notice.url).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/ja/news/events.ics",
        "/en/news/events.ics",
        "/ja/news/torrance-delegates-return-report/ics/",
        "/en/news/16th-chengde-youth-delegates/ics/",
    ],
)
def test_an_independent_parser_reads_the_same_events(client, event_and_briefing, url):
    content = client.get(url).content.decode()
    _calendar, events = events_in(client, url)

    parsed = vobject.readOne(content, validate=True)

    read_back = {
        event.summary.value: (event.dtstart.value, event.uid.value) for event in parsed.vevent_list
    }
    assert read_back == {
        summary: (event.decoded("dtstart"), str(event["uid"])) for summary, event in events.items()
    }
    assert all(start.utcoffset() == JST for start, _uid in read_back.values())
