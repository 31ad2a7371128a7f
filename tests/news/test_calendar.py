"""Events and briefing sessions for calendar apps, in Japan time, read back with icalendar and,
as a second opinion that shares no code with the one that writes them, vobject."""

import datetime

import pytest
import vobject
from icalendar import Calendar

JST = datetime.timedelta(hours=9)


def events_in(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_language_calendar_has_events_and_briefing_sessions_in_japan_time(client, demo):
    calendar, events = events_in(client, "/ja/news/events.ics")

    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    report = events["トーランス派遣生 帰国報告会"]
    starts = report.decoded("dtstart")
    assert (starts.hour, starts.utcoffset(), str(starts.tzinfo)) == (14, JST, "Asia/Tokyo")
    assert report.decoded("dtend").hour == 16
    assert "パレット柏 オープンスペース" in str(report["location"])
    briefing = events["説明会：第16回 承徳市派遣青少年募集"]
    assert briefing.decoded("dtstart") == datetime.datetime(
        2025, 6, 1, 12, 0, tzinfo=briefing.decoded("dtstart").tzinfo
    )
    assert str(briefing["url"]).endswith("/ja/news/16th-chengde-youth-delegates/")


def test_english_calendar_is_in_english(client, demo):
    _calendar, events = events_in(client, "/en/news/events.ics")
    assert set(events) == {
        "Torrance delegates' return report",
        "Briefing session: 16th Chengde youth delegation: call for applicants",
    }


def test_each_event_can_be_downloaded_on_its_own(client, demo):
    response = client.get("/en/news/torrance-delegates-return-report/ics/")
    assert 'filename="torrance-delegates-return-report.ics"' in response["Content-Disposition"]
    _calendar, events = events_in(client, "/en/news/torrance-delegates-return-report/ics/")
    assert list(events) == ["Torrance delegates' return report"]
    page = client.get("/en/news/torrance-delegates-return-report/").content.decode()
    assert 'href="/en/news/torrance-delegates-return-report/ics/"' in page


@pytest.mark.parametrize(
    "url",
    [
        "/ja/news/events.ics",
        "/en/news/events.ics",
        "/ja/news/torrance-delegates-return-report/ics/",
    ],
)
def test_an_independent_parser_reads_the_same_events(client, demo, url):
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
