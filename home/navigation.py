"""Where each language's home page is, for menus, the language switcher and helpful 404s.

What every page shows around its content (homes, menu, contact details, a page's translations)
is shared between requests through the cache, under the page cache's generation: any publish,
unpublish, move or delete starts afresh (kirasite/page_cache.py).
"""

import pickle
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from wagtail.models import Page, Site

from home.querysets import listing_pages
from kirasite.page_cache import generation


def cached_for_site(request, name, build):
    """`build()`, computed once per request, and shared between requests to this site until
    content changes when the fragment cache is on."""
    memo = request.__dict__.setdefault("_site_fragments", {})
    if name not in memo:
        memo[name] = _shared(request, name, build)
    return memo[name]


# Each worker also keeps the fragments it has read, as pickles (every request gets its own
# copy, as from Redis): a key names one content generation, so it can never go stale, and a
# page then needs one round trip to Redis (the generation) instead of six.
_in_process = OrderedDict()
_in_process_lock = threading.Lock()
IN_PROCESS_ENTRIES = 2000


def _shared(request, name, build):
    if settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return build()
    key = f"fragment:{generation(request)}:{request.get_host()}:{name}"
    with _in_process_lock:
        pickled = _in_process.get(key)
        if pickled is not None:
            _in_process.move_to_end(key)
    if pickled is not None:
        return pickle.loads(pickled)
    value = cache.get(key)
    if value is None:
        value = build()
        if value is None:
            return None
        cache.set(key, value, settings.FRAGMENT_CACHE_TIMEOUT)
    pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    with _in_process_lock:
        _in_process[key] = pickled
        if len(_in_process) > IN_PROCESS_ENTRIES:
            _in_process.popitem(last=False)
    return value


def live_translations(request, page):
    """The page's live, public versions (itself included), by language code."""

    def build():
        pages = (
            listing_pages()
            .filter(translation_key=page.translation_key)
            .live()
            .public()
            .select_related("locale")
        )
        return {p.locale.language_code: p for p in pages}

    return cached_for_site(request, f"translations:{page.pk}", build)


def home_pages(request):
    """The site's home page in each language."""

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
        ).live()
        return {home.locale.language_code: home for home in homes.select_related("locale")}

    return cached_for_site(request, "homes", build)
