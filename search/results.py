"""What a search result shows: the page's kind, its most telling date and a short summary,
each as the page's own type gives it (core/pages.py), as plain data that can be kept between
requests (search/views.py)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.utils.translation import get_language

from caching.fragments import cached_each_for_site


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    kind: str
    date_label: str
    date: date | None
    date_precision: str
    summary: str


def search_result(page, request):
    date_label, shown_date, precision = page.dated_as()
    return SearchResult(
        title=page.title,
        url=page.get_url(request=request),
        kind=str(page.search_label or page._meta.verbose_name),
        date_label=str(date_label),
        date=shown_date,
        date_precision=precision,
        summary=page.summary_text,
    )


def search_results(pages, request):
    """The result of each of `pages` (plain `Page`s, in rank order).

    Reading a page's own type costs a query per page type, which was half the time of a new
    search (bench/search_benchmark.py); so each result is kept between searches, for one
    published version of its page. Every publish gives a page a new `last_published_at`, its
    aliases too (Wagtail copies it to them), and whatever moves pages or renames them starts
    a new generation (caching/pages.py), so a kept result never outlives what it shows.
    """
    by_pk = {page.pk: page for page in pages}
    names = {page.pk: _fragment_name(page) for page in pages}

    def read(pks):
        return {
            page.pk: search_result(page, request)
            for page in _specific_pages([by_pk[pk] for pk in pks])
        }

    found = cached_each_for_site(request, names, read)
    # A page deleted since it was ranked is left out rather than shown without its type.
    return [found[page.pk] for page in pages if page.pk in found]


def _fragment_name(page):
    published = page.last_published_at.isoformat() if page.last_published_at else "never"
    return f"search-result:{get_language()}:{page.pk}:{published}"


def _specific_pages(pages):
    """The pages as their own types, a query per type. Wagtail's `specific()` would first read
    again the types these pages already carry."""
    pks_by_type = defaultdict(list)
    for page in pages:
        pks_by_type[page.specific_class].append(page.pk)
    for model, pks in pks_by_type.items():
        yield from model.objects.filter(pk__in=pks)


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
            object_list=search_results(list(page.object_list), request),
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
