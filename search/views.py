from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import translate_url

from wagtail.models import Locale

from core.querysets import listing_pages
from search.results import search_result

RESULTS_PER_PAGE = 10
# Longer queries are cut, not refused: a pasted paragraph still searches its first words.
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = (
            listing_pages()
            .live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .specific()
            .search(query)
        )
        results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results.object_list = [search_result(page, request) for page in results.object_list]

    context = {
        "query": query,
        "results": results,
        "alternate_urls": {
            code: translate_url(request.get_full_path(), code) for code, _ in settings.LANGUAGES
        },
    }
    return TemplateResponse(request, "search/search.html", context)
