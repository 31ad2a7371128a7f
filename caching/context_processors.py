from django.conf import settings
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from caching.pages import PUBLIC_MAX_AGE, address_version, generation

# Listings of other pages ("upcoming events", "open recruitment") depend on the time as well as
# on content, so their rendered fragments are kept no longer than a CDN keeps a page.
LISTING_CACHE_TIMEOUT = 5 * PUBLIC_MAX_AGE


def listing_cache(request):
    """What `{% wagtailpagecache %}` and `{% wagtailcache %}` blocks vary on.

    `content_version` is the version of the page's address, renewed by a publish of anything
    shown there (caching/pages.py); `japan_date` the date in Japan. The `{% wagtailcache %}`
    blocks around every page vary on `site_version` (what every page shows) or `page_version`
    (what this address shows), each with the scheme, host and language the HTML is for.
    """

    def for_this_response(version):
        return f"{request.scheme}://{request.get_host()}:{get_language()}:{version(request)}"

    return {
        "fragment_cache_timeout": settings.FRAGMENT_CACHE_TIMEOUT,
        "listing_cache_timeout": min(settings.FRAGMENT_CACHE_TIMEOUT, LISTING_CACHE_TIMEOUT),
        "site_version": SimpleLazyObject(lambda: for_this_response(generation)),
        "page_version": SimpleLazyObject(lambda: for_this_response(address_version)),
        "content_version": SimpleLazyObject(lambda: address_version(request)),
        "japan_date": SimpleLazyObject(lambda: timezone.localdate().isoformat()),
    }
