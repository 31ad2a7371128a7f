"""What a search result shows: the page's kind, its most telling date and a short summary,
each as the page's own type gives it (core/pages.py)."""

from dataclasses import dataclass
from datetime import date


@dataclass
class SearchResult:
    page: object
    url: str
    kind: str
    date_label: str
    date: date | None
    summary: str


def search_result(page, request):
    date_label, shown_date = page.dated_as()
    return SearchResult(
        page=page,
        url=page.get_url(request=request),
        kind=page.search_label or page._meta.verbose_name,
        date_label=date_label,
        date=shown_date,
        summary=page.summary_text,
    )
