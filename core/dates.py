"""Dates whose precision varies (a year, a month or a day), shown in the visitor's language."""

import datetime

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class DatePrecision(models.TextChoices):
    YEAR = "year", _("Year only")
    MONTH = "month", _("Year and month")
    DAY = "day", _("Full date")


def iso_partial_date(value: datetime.date, precision: str) -> str:
    """The HTML <time datetime> value: "1985", "1970-06" or "1983-11-01"."""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def format_partial_date(value: datetime.date, precision: str) -> str:
    """The same date as a reader of the active language expects it: 1970年6月 / June 1970."""
    if precision == DatePrecision.YEAR:
        # Translators: a PHP-style date format showing only the year (Japanese: "Y年").
        return formats.date_format(value, pgettext("year-only date format", "Y"))
    if precision == DatePrecision.MONTH:
        return formats.date_format(value, "YEAR_MONTH_FORMAT")
    return formats.date_format(value, "DATE_FORMAT")


def start_of(day: datetime.date | None) -> datetime.datetime | None:
    """Midnight at the start of `day` in Japan time (the site's time zone)."""
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def format_day(value: datetime.date) -> str:
    """A day of a schedule, with its weekday: 2025年6月1日（日） / Sun, June 1, 2025."""
    # Translators: a PHP-style date format with the weekday (Japanese: "Y年n月j日（D）").
    return formats.date_format(value, pgettext("date with weekday format", "D, F j, Y"))


def format_time(value: datetime.time | datetime.datetime) -> str:
    return formats.time_format(value, "TIME_FORMAT")


def format_moment(value: datetime.datetime) -> str:
    """A day and a time, kept apart: 2023年11月19日（日）14:00 / Sun, November 19, 2023, 2 p.m."""
    # Translators: a day with its weekday followed by a time (Japanese: "%(day)s%(time)s").
    return pgettext("a day and a time", "%(day)s, %(time)s") % {
        "day": format_day(value),
        "time": format_time(value),
    }


def format_when(value) -> str:
    """A time, a day or an hour as staff read them in history and comparisons:
    2026年12月7日（月）11:50, 2026年12月7日（月）, 14:00; nothing for no value."""
    if isinstance(value, datetime.datetime):
        return format_moment(timezone.localtime(value) if timezone.is_aware(value) else value)
    if isinstance(value, datetime.date):
        return format_day(value)
    if isinstance(value, datetime.time):
        return format_time(value)
    return ""


def range_separator(days=False) -> str:
    """Between the two ends of a period of times or, spaced in English, of days: 〜 in
    Japanese."""
    if days:
        # Translators: put between the first and the last day of a period (Japanese: "〜").
        return pgettext("between the first and the last day of a period", " – ")
    # Translators: put between the start and the end of a period (Japanese: "〜").
    return pgettext("between the start and the end of a period", "–")
