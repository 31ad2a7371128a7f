"""What a change renews in the page cache and the fragments, and what is purged from a front
cache or CDN (caching/frontend.py says which addresses)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
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


def renew_pages_showing_image(sender, instance, created=False, **kwargs):
    """An image edited (its file, focal point or description) or deleted is a new version of
    every page that shows it, as if each were published again."""
    if created:
        return
    referring = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    # The index keeps ids as text, whatever the model's key is.
    ids = {int(pk) for pk in referring.values_list("object_id", flat=True)}
    for page in Page.objects.filter(pk__in=ids).live().specific(defer=True):
        renew_what_a_publish_changed(page)


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
    image_model = get_image_model()
    post_save.connect(renew_pages_showing_image, sender=image_model, dispatch_uid="image-saved")
    post_delete.connect(renew_pages_showing_image, sender=image_model, dispatch_uid="image-deleted")


def invalidate_with(model):
    """Saving or deleting one of `model` changes what every page shows (the footer's contact
    details): the app that owns the model asks for this in its ready()."""
    post_save.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-{model}")
    post_delete.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-d-{model}")
