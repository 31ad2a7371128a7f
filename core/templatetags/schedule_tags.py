"""Days, times and periods as visitors of each language read them, each in a <time> element
that gives machines the exact value."""

import datetime

from django import template
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from core.dates import (
    format_day,
    format_moment,
    format_partial_date,
    format_time,
    iso_partial_date,
    range_separator,
)

register = template.Library()


def _machine_value(value):
    if isinstance(value, datetime.datetime):
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    return value.isoformat()


def _time_element(value, text):
    return format_html('<time datetime="{}">{}</time>', _machine_value(value), text)


def _local(value):
    return timezone.localtime(value) if timezone.is_aware(value) else value


@register.simple_tag
def partial_date(value, precision):
    """A date known to the year, the month or the day (core/dates.py):
    <time datetime="2021">2021年</time>, <time datetime="1970-06">1970年6月</time>."""
    if not value:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>',
        iso_partial_date(value, precision),
        format_partial_date(value, precision),
    )


@register.simple_tag
def day(value):
    """<time datetime="2025-06-01">2025年6月1日（日）</time>"""
    return _time_element(value, format_day(value)) if value else ""


@register.simple_tag
def days(start, end=None):
    """A period of days, 2025年8月21日（木）〜2025年8月26日（火）; without an end, the start."""
    if not start:
        return ""
    if not end or end == start:
        return day(start)
    return format_html_join(range_separator(days=True), "{}", [(day(start),), (day(end),)])


@register.simple_tag
def moment(start, end=None, *, starts_at=None, ends_at=None):
    """A day and its hours, 2023年11月19日（日）14:00〜16:00, from two datetimes; or, from times
    (`starts_at`/`ends_at` give their exact datetimes), the hours alone, 12:00〜13:30. A draft's
    missing start shows nothing, a missing end only the start."""
    if start is None:
        return ""
    if isinstance(start, datetime.datetime):
        start, starts_at = _local(start), start
        first = _time_element(starts_at, format_moment(start))
        if end is None:
            return first
        end, ends_at = _local(end), end
        if end.date() != start.date():
            return format_html_join(
                range_separator(days=True),
                "{}",
                [(first,), (_time_element(ends_at, format_moment(end)),)],
            )
        return format_html_join(
            range_separator(), "{}", [(first,), (_time_element(ends_at, format_time(end)),)]
        )
    parts = [(_time_element(starts_at or start, format_time(start)),)]
    if end is not None:
        parts.append((_time_element(ends_at or end, format_time(end)),))
    return format_html_join(range_separator(), "{}", parts)
