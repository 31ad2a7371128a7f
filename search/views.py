import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language_info

from wagtail.models import Locale

from caching.fragments import cached_for_page
from core.querysets import listing_pages
from search.results import ResultsPage
from search.spelling import corrected, vocabulary

RESULTS_PER_PAGE = 10
# Longer queries are cut, not refused: a pasted paragraph still searches its first words.
MAX_QUERY_LENGTH = 200


def pages_of(locale):
    return listing_pages().live().public().filter(locale=locale, depth__gt=1)


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    here = Locale.get_active()
    results = None
    elsewhere = []
    correction = ""
    if query:
        page_number = request.GET.get("page")
        digest = hashlib.sha256(f"{query}\n{page_number}".encode()).hexdigest()
        # Kept until the next publish, which renews the search address (caching/frontend.py).
        results, elsewhere, correction = cached_for_page(
            request,
            f"search:{here.language_code}:{digest}",
            lambda: find(query, here, page_number, request),
        )
    alternate_urls = {
        code: translate_url(request.get_full_path(), code) for code, _ in settings.LANGUAGES
    }
    elsewhere = [
        {
            **other,
            "url": translate_url(f"{request.path}?{urlencode({'q': query})}", other["code"]),
        }
        for other in elsewhere
    ]
    context = {
        "query": query,
        "results": results,
        "elsewhere": elsewhere,
        "correction": correction,
        "alternate_urls": alternate_urls,
    }
    return TemplateResponse(request, "search/search.html", context)


def find(query, here, page_number, request):
    """A page of the results in this language and, if there are none, how many pages match in
    each other language, or else the results of the query with its misspellings put right
    (search/spelling.py) and that query."""
    # Only what a kept result is looked up by; search_results() reads the rest when needed.
    pages = pages_of(here).only("content_type", "last_published_at")

    def results_for(words):
        found = pages.search(words)
        return ResultsPage.of(Paginator(found, RESULTS_PER_PAGE).get_page(page_number), request)

    results = results_for(query)
    if results.count:
        return results, [], ""
    # A word of another language's pages is what the visitor meant; a misspelling comes after.
    elsewhere = matches_in_other_languages(query, here)
    if not elsewhere and (correction := corrected(query, vocabulary(pages))):
        corrected_results = results_for(correction)
        if corrected_results.count:
            return corrected_results, [], correction
    return results, elsewhere, ""


def matches_in_other_languages(query, here):
    """How many pages of each other language match, for a search that found nothing here: a
    visitor who types "Torrance" on the Japanese site is pointed to the English pages, one who
    types 承徳 on the English site to the Japanese ones."""
    found = []
    for locale in Locale.objects.exclude(pk=here.pk).order_by("pk"):
        count = pages_of(locale).search(query).count()
        if count:
            found.append(
                {
                    "code": locale.language_code,
                    "name": get_language_info(locale.language_code)["name_translated"],
                    "count": count,
                }
            )
    return found
