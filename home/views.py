import logging

from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from caching.lookups import home_pages
from core.querysets import listing_pages


def page_in_another_language(request):
    """The live page at the same place in another language's tree, if there is one."""
    language = translation.get_language()
    prefix = f"/{language}/"
    if not request.path.startswith(prefix):
        return None
    rest = request.path.removeprefix(prefix)
    homes = home_pages(request)
    paths = [home.url_path + rest for code, home in homes.items() if code != language and rest]
    if not paths:
        return None
    return (
        listing_pages().live().public().filter(url_path__in=paths).select_related("locale").first()
    )


def page_not_found(request, exception=None):
    """A 404 in the visitor's language; it points to the page where it exists in another one."""
    context = {"other_language_page": page_in_another_language(request)}
    return render(request, "404.html", context, status=404)


def server_error(request):
    """A 500 in the visitor's language with the site's header and language switcher.

    The header needs the database; if that is what failed, a plain bilingual page is served.
    """
    try:
        return render(request, "500.html", status=500)
    except Exception:
        logging.getLogger(__name__).exception(
            "The 500 page could not be rendered with the site header."
        )
        return HttpResponseServerError(loader.render_to_string("500_plain.html"))


def healthz(request):
    """Liveness for load balancers: the app answers. It touches no database or cache, which is
    also why the performance benchmark uses it as the floor of what a request costs."""
    return HttpResponse("ok\n", content_type="text/plain")
