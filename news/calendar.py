"""Events and briefing sessions as iCalendar, in Japan time with a proper time zone."""

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

PRODUCT_ID = "-//Kashiwa International Relations Association//kira-kira.jp//"


def _event(uid, summary, starts, ends, location, description, url):
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", timezone.localtime(starts))
    if ends:
        event.add("dtend", timezone.localtime(ends))
    event.add("dtstamp", timezone.now())
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    event.add("url", url)
    return event


def event_entry(page, request):
    location = ", ".join(part for part in (page.venue_name, page.venue_address) if part)
    return _event(
        f"event-{page.pk}@kira-kira.jp",
        page.title,
        page.start,
        page.end,
        location,
        page.summary,
        page.get_full_url(request),
    )


def briefing_entries(notice, request):
    for index, session in enumerate(notice.briefing_sessions):
        value = session.value
        yield _event(
            f"briefing-{notice.pk}-{session.id or index}@kira-kira.jp",
            f"{_('Briefing session')}: {notice.title}",
            value.starts_at,
            value.ends_at,
            value["venue"],
            value["notes"],
            notice.get_full_url(request),
        )


def calendar_response(entries, filename, name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    for entry in entries:
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
