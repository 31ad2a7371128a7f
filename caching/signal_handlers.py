"""What a change renews in the page cache and the fragments, and what is purged from a front
cache or CDN (caching/frontend.py says which addresses)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from caching.frontend import changes_every_page, urls_showing
from caching.pages import invalidate_addresses, invalidate_all_pages


def renew_what_a_publish_changed(instance, **kwargs):
    """For a publish or an unpublish."""
    if changes_every_page(instance):
        invalidate_all_pages()
        transaction.on_commit(invalidate_all_pages)
        if settings.WAGTAILFRONTENDCACHE:
            # A front cache is told the page, its translations and the listings above them;
            # the rest of it follows within its max-age (caching/pages.py PUBLIC_MAX_AGE).
            urls_showing(instance, below=False).purge()
        return
    batch = urls_showing(instance)
    paths = {urlsplit(url).path for url in batch.urls}
    invalidate_addresses(paths)
    # A request that read the old content before the publish committed may have stored it
    # under the new tokens.
    transaction.on_commit(lambda: invalidate_addresses(paths))
    if settings.WAGTAILFRONTENDCACHE:
        batch.purge()


def invalidate_after_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_all_pages()


def register():
    page_published.connect(renew_what_a_publish_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(renew_what_a_publish_changed, dispatch_uid="page-cache-unpublished")
    # A new address for a page and everything below it.
    post_page_move.connect(invalidate_all_pages, dispatch_uid="page-cache-moved")
    page_slug_changed.connect(invalidate_all_pages, dispatch_uid="page-cache-slug-changed")
    post_delete.connect(invalidate_after_page_delete, dispatch_uid="page-cache-deleted")
    # Sites and locales decide where every URL leads (caching/upstream/route_memo.py).
    for model in (PageViewRestriction, Site, Locale):
        invalidate_with(model)


def invalidate_with(model):
    """Saving or deleting one of `model` changes what every page shows (the footer's contact
    details): the app that owns the model asks for this in its ready()."""
    post_save.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-{model}")
    post_delete.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-d-{model}")
