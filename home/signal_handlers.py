from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.frontend_cache import purge_frontend_cache
from home.models import ContactDetails, HomePage
from home.roles import grant_home_page_permissions
from kirasite.page_cache import invalidate_all_pages


def grant_roles_on_new_home(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_home_page_permissions(instance)


def invalidate_after_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_all_pages()


def register():
    post_save.connect(grant_roles_on_new_home, sender=HomePage, dispatch_uid="home-roles")
    # Whatever visitors can see changed: cached pages of every language start afresh.
    page_published.connect(invalidate_all_pages, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate_all_pages, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate_all_pages, dispatch_uid="page-cache-moved")
    post_delete.connect(invalidate_after_page_delete, dispatch_uid="page-cache-deleted")
    # A CDN in front, if configured: listings, homes and feeds of every language as well.
    page_published.connect(purge_frontend_cache, dispatch_uid="frontend-cache-published")
    page_unpublished.connect(purge_frontend_cache, dispatch_uid="frontend-cache-unpublished")
    # Sites and locales decide where every URL leads (home/routing.py).
    for model in (PageViewRestriction, ContactDetails, Site, Locale):
        post_save.connect(invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-{model}")
        post_delete.connect(
            invalidate_all_pages, sender=model, dispatch_uid=f"page-cache-d-{model}"
        )
