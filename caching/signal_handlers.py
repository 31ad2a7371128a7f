"""What starts a new generation of cached pages, and what is purged from a CDN in front."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from caching.frontend import purge_frontend_cache
from caching.pages import invalidate_all_pages


def invalidate_after_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_all_pages()


def register():
    # Whatever visitors can see changed: cached pages of every language start afresh.
    page_published.connect(invalidate_all_pages, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate_all_pages, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate_all_pages, dispatch_uid="page-cache-moved")
    post_delete.connect(invalidate_after_page_delete, dispatch_uid="page-cache-deleted")
    # A CDN in front, if configured: listings, homes and feeds of every language as well.
    page_published.connect(purge_frontend_cache, dispatch_uid="frontend-cache-published")
    page_unpublished.connect(purge_frontend_cache, dispatch_uid="frontend-cache-unpublished")
    # Sites and locales decide where every URL leads (caching/upstream/route_memo.py).
    for model in (PageViewRestriction, Site, Locale):
        invalidate_with(model)


def invalidate_with(model):
    """Saving or deleting one of `model` changes what every page shows (the footer's contact
    details): the app that owns the model asks for this in its ready()."""
    post_save.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-{model}")
    post_delete.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-d-{model}")
