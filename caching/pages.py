"""Whole-page caching for anonymous visitors, emptied whenever published content changes.

Django's own cache middleware has no way to invalidate, and wagtail-cache does not support
Wagtail 8, so this is a small middleware on Django's cache framework:

* Only GET/HEAD requests under a language prefix (/ja/, /en/) or for the sitemap and robots.txt,
  without a session cookie (so never for signed-in editors, previews, or visitors who entered a
  page password), are served from or stored in the cache.
* A response is stored only if it is a 200 that sets no cookie, used no CSRF token (forms), and
  is not marked private or no-store.
* Keys carry two random tokens. The generation is replaced by whatever changes every page (a
  home page or a section in the menus, a city, a move, a delete, a slug, a view restriction,
  the footer's contact details). Each address also has a token of its own, replaced when a
  publish or unpublish changes what that address shows (caching/frontend.py): the page in
  every language, the listings above it, the home pages, feeds, calendars, sitemap and search.
  Every other page stays cached. Keys also carry today's date in Japan time, because notices
  open and close at midnight there.
* The cache is the "pages" alias: Redis when REDIS_URL is set (shared by every worker and
  server), otherwise files on this machine (shared by the workers of one server).
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.upstream.private_sections import forget_private_sections

GENERATION_KEY = "page-cache-generation"
# Briefly, for CDNs and browsers; the CDN is purged on publish (caching/frontend.py).
PUBLIC_MAX_AGE = 60


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def public_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES) + (
        "/sitemap.xml",
        "/robots.txt",
    )


def _address_key(path):
    return f"page-cache-address:{hashlib.sha256(path.encode()).hexdigest()}"


def _tokens(request):
    """The generation and the token of the request's address, read once per request and in
    one round trip (fragments use them too)."""
    if not hasattr(request, "_content_tokens"):
        timeouts = {GENERATION_KEY: None, _address_key(request.path): _address_token_timeout()}
        found = page_cache().get_many(list(timeouts))
        request._content_tokens = tuple(
            found.get(key) or _first_token(key, timeout) for key, timeout in timeouts.items()
        )
    return request._content_tokens


def _first_token(key, timeout):
    # A random token rather than a counter: if the cache is emptied (Redis restarted, a
    # restore), a counter would start again at a number whose old fragments workers still
    # hold in memory (caching/fragments.py). If the cache cannot be reached at all, each request
    # gets a token of its own, so nothing is shared.
    cache = page_cache()
    cache.add(key, _new_token(), timeout=timeout)
    return cache.get(key) or _new_token()


def _address_token_timeout():
    # A token is made for any address asked for, unknown ones included, so it expires once
    # nothing kept under it can still be alive (the generation is one key and never expires).
    return max(settings.PAGE_CACHE_TIMEOUT, settings.FRAGMENT_CACHE_TIMEOUT, 1)


def generation(request):
    """What every page shares: renewed by changes that reach every page."""
    return _tokens(request)[0]


def address_version(request):
    """What the page at the request's address shows: renewed with the generation, and by a
    publish that changes this address."""
    return "-".join(_tokens(request))


def _new_token():
    return secrets.token_hex(8)


def invalidate_all_pages(**kwargs):
    """Starts a new generation of keys; the old entries are never read again and expire."""
    # After a restore the view restrictions may have changed too.
    forget_private_sections()
    page_cache().set(GENERATION_KEY, _new_token(), timeout=None)


def invalidate_addresses(paths):
    """Renews the token of each address (a URL's path, any query string included under it);
    the old entries are never read again and expire."""
    tokens = {_address_key(path): _new_token() for path in paths}
    page_cache().set_many(tokens, timeout=_address_token_timeout())


def cache_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return (
        f"page:{address_version(request)}:{timezone.localdate().isoformat()}:"
        f"{request.method}:{digest}"
    )


def is_cacheable_request(request):
    """Whether a cache may keep the answer: this one, and a front cache or CDN, which read
    the Cache-Control this middleware sets even when the page cache is off."""
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(public_prefixes())
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def is_cacheable_response(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable = is_cacheable_request(request)
        kept_here = cacheable and settings.PAGE_CACHE_TIMEOUT > 0
        if kept_here:
            key = cache_key(request)
            cached = page_cache().get(key)
            if cached is not None:
                cached["X-Page-Cache"] = "hit"
                return cached

        response = self.get_response(request)

        if cacheable and is_cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
            if kept_here:
                response["X-Page-Cache"] = "miss"
                page_cache().set(key, response, settings.PAGE_CACHE_TIMEOUT)
        elif request.path.startswith(public_prefixes()) and "Cache-Control" not in response:
            # Signed-in views of public pages, and pages carrying a form's CSRF token.
            patch_cache_control(response, private=True, no_store=True)
        elif request.path.startswith(("/admin/", "/django-admin/")):
            add_never_cache_headers(response)
        return response
