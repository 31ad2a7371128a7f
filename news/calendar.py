"""Events and briefing sessions as iCalendar, in Japan time with a proper time zone."""

from icalendar import Calendar, Event

from django.http import HttpResponse
from django.utils import timezone

PRODUCT_ID = "-//Kashiwa International Relations Association//kira-kira.jp//"
UID_DOMAIN = "kira-kira.jp"


def _event(occurrence, url):
    event = Event()
    event.add("uid", f"{occurrence.uid}@{UID_DOMAIN}")
    event.add("summary", occurrence.name)
    event.add("dtstart", timezone.localtime(occurrence.starts))
    if occurrence.ends:
        event.add("dtend", timezone.localtime(occurrence.ends))
    event.add("dtstamp", timezone.now())
    location = ", ".join(part for part in (occurrence.venue, occurrence.address) if part)
    if location:
        event.add("location", location)
    if occurrence.description:
        event.add("description", occurrence.description)
    event.add("url", url)
    return event


def calendar_response(request, pages, filename, name):
    """Every occurrence the pages announce (core/pages.py), as one calendar file."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    for page in pages:
        url = page.get_full_url(request)
        for occurrence in page.occurrences():
            calendar.add_component(_event(occurrence, url))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
