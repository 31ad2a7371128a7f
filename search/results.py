"""What a search result shows: the page's kind, its most telling date and a short summary."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.seo import page_summary

# The first of these a page has is shown with its label; other pages show when they were updated.
_DATES = [
    ("start", _("Held on")),
    ("departure_date", _("Departs")),
    ("application_closes", _("Applications close")),
    ("date", _("Published")),
]


@dataclass
class SearchResult:
    page: object
    url: str
    kind: str
    date_label: str
    date: date | None
    summary: str


def _date(page):
    for attribute, label in _DATES:
        value = getattr(page, attribute, None)
        if value:
            if hasattr(value, "tzinfo"):
                value = timezone.localdate(value)
            return label, value
    if page.last_published_at:
        return _("Updated"), timezone.localdate(page.last_published_at)
    return "", None


def search_result(page, request):
    date_label, shown_date = _date(page)
    return SearchResult(
        page=page,
        url=page.get_url(request=request),
        kind=page._meta.verbose_name,
        date_label=date_label,
        date=shown_date,
        summary=page_summary(page),
    )
