from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language_info

from wagtail.models import Locale

from core.querysets import listing_pages
from search.results import search_result

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
    if query:
        pages = pages_of(here).specific().search(query)
        results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results.object_list = [search_result(page, request) for page in results.object_list]
        if not results.paginator.count:
            elsewhere = matches_in_other_languages(query, here)

    alternate_urls = {
        code: translate_url(request.get_full_path(), code) for code, _ in settings.LANGUAGES
    }
    for other in elsewhere:
        other["url"] = translate_url(f"{request.path}?{urlencode({'q': query})}", other["code"])
    context = {
        "query": query,
        "results": results,
        "elsewhere": elsewhere,
        "alternate_urls": alternate_urls,
    }
    return TemplateResponse(request, "search/search.html", context)


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
