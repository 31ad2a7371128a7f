from django.conf import settings
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from caching.pages import PUBLIC_MAX_AGE, address_version, generation

# Listings of other pages ("upcoming events", "open recruitment") depend on the time as well as
# on content, so their rendered fragments are kept no longer than a CDN keeps a page.
LISTING_CACHE_TIMEOUT = 5 * PUBLIC_MAX_AGE


def listing_cache(request):
    """What `{% wagtailpagecache %}` and `{% wagtailcache %}` blocks vary on: the version of
    what every page shows (site_generation), of the page's address (content_version, renewed
    by a publish of anything shown there, caching/pages.py), and the date in Japan."""
    return {
        "fragment_cache_timeout": settings.FRAGMENT_CACHE_TIMEOUT,
        "listing_cache_timeout": min(settings.FRAGMENT_CACHE_TIMEOUT, LISTING_CACHE_TIMEOUT),
        "site_generation": SimpleLazyObject(lambda: generation(request)),
        "content_version": SimpleLazyObject(lambda: address_version(request)),
        "japan_date": SimpleLazyObject(lambda: timezone.localdate().isoformat()),
    }
