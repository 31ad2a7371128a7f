"""What a search result shows: the page's kind, its most telling date and a short summary,
each as the page's own type gives it (core/pages.py), as plain data that can be kept between
requests (search/views.py)."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    kind: str
    date_label: str
    date: date | None
    summary: str


def search_result(page, request):
    date_label, shown_date = page.dated_as()
    return SearchResult(
        title=page.title,
        url=page.get_url(request=request),
        kind=str(page.search_label or page._meta.verbose_name),
        date_label=str(date_label),
        date=shown_date,
        summary=page.summary_text,
    )


@dataclass(frozen=True)
class ResultsPage:
    """One page of results, read as the pagination template reads a Django `Page`."""

    object_list: list[SearchResult]
    number: int
    count: int
    num_pages: int

    @classmethod
    def of(cls, page, request):
        return cls(
            object_list=[search_result(found, request) for found in page.object_list],
            number=page.number,
            count=page.paginator.count,
            num_pages=page.paginator.num_pages,
        )

    @property
    def paginator(self):
        # The template asks `results.paginator.count`, as of a Django `Page`.
        return self

    def has_previous(self):
        return self.number > 1

    def has_next(self):
        return self.number < self.num_pages

    def previous_page_number(self):
        return self.number - 1

    def next_page_number(self):
        return self.number + 1
