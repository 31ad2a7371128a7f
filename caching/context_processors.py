from django.conf import settings
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from caching.pages import PUBLIC_MAX_AGE, address_version

# Listings of other pages ("upcoming events", "open recruitment") depend on the time as well as
# on content, so their rendered fragments are kept no longer than a CDN keeps a page.
LISTING_CACHE_TIMEOUT = 5 * PUBLIC_MAX_AGE


def listing_cache(request):
    """What `{% wagtailpagecache %}` blocks of listings vary on: the version of the page's
    address (renewed by a publish of anything listed there, caching/pages.py) and the date in
    Japan."""
    return {
        "listing_cache_timeout": min(settings.FRAGMENT_CACHE_TIMEOUT, LISTING_CACHE_TIMEOUT),
        "content_version": SimpleLazyObject(lambda: address_version(request)),
        "japan_date": SimpleLazyObject(lambda: timezone.localdate().isoformat()),
    }
