"""Dates whose precision varies (a year, a month or a day), shown in the visitor's language."""

import datetime

from django.db import models
from django.utils import formats
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
