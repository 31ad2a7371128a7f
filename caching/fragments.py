"""Fragments of what pages show around their content, shared between requests through the
cache: what every page shows (homes, menu, contact details) under the page cache's generation,
and what one page shows (its translations, breadcrumbs, route) under its address's version as
well, so that a publish renews only the pages it changed (caching/pages.py).
"""

import pickle
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from caching.pages import address_version, generation


def cached_for_site(request, name, build):
    """`build()`, computed once per request, and shared between requests to this site until
    something changes that every page shows, when the fragment cache is on."""
    return _memo(request, name, build, generation)


def cached_for_page(request, name, build):
    """The same for what only the page at the request's address shows: shared until a publish
    changes that page."""
    return _memo(request, name, build, address_version)


def cached_each_for_site(request, names, build_missing):
    """Many fragments at once, shared as `cached_for_site()` shares one: `names` maps each
    item to its fragment's name, and `build_missing(items)` returns {item: fragment} for the
    items not kept yet. One round trip to the cache for all of them."""
    if settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return build_missing(list(names))
    keys = {item: _key(request, name, generation) for item, name in names.items()}
    kept = cache.get_many(list(keys.values()))
    found = {item: kept[key] for item, key in keys.items() if key in kept}
    missing = [item for item in names if item not in found]
    if missing:
        built = build_missing(missing)
        cache.set_many(
            {keys[item]: value for item, value in built.items()}, settings.FRAGMENT_CACHE_TIMEOUT
        )
        found.update(built)
    return found


def _key(request, name, version):
    return f"fragment:{version(request)}:{request.get_host()}:{name}"


def _memo(request, name, build, version):
    memo = request.__dict__.setdefault("_site_fragments", {})
    if name not in memo:
        memo[name] = _shared(request, name, build, version)
    return memo[name]


# Each worker also keeps the fragments it has read, as pickles (every request gets its own
# copy, as from Redis): a key names one version of content, so it can never go stale, and a
# page then needs one round trip to Redis (the tokens) instead of six.
_in_process = OrderedDict()
_in_process_lock = threading.Lock()
IN_PROCESS_ENTRIES = 2000


def _shared(request, name, build, version):
    if settings.FRAGMENT_CACHE_TIMEOUT <= 0:
        return build()
    key = _key(request, name, version)
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
