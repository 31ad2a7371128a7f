from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.accessibility import SiteContentChecker
from home.models import ContactDetails
from home.panels import OpenRecruitmentPanel, TranslationsToDoPanel
from home.roles import can_delete_pages
from home.two_factor import settings_view as two_factor_settings
from home.two_factor import verify as two_factor_verify


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    menu_label = _("Contact details")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "telephone", "email", "locale"]


register_snippet(ContactDetailsViewSet)


@hooks.register("before_delete_page")
def translators_cannot_delete_pages(request, page):
    """Translators publish translations but never remove pages, in any language."""
    if not can_delete_pages(request.user):
        messages.error(request, _("Translators cannot delete pages. Ask a moderator."))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    panels.append(OpenRecruitmentPanel())
    panels.append(TranslationsToDoPanel())


@hooks.register("construct_wagtail_userbar")
def use_site_accessibility_rules(request, items, page):
    """Both the userbar and the editor's checks panel read their checker from here."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteContentChecker):
            items[index] = SiteContentChecker()


SINGLETON_PAGE_TYPES = ("homepage", "cityindexpage", "newsindexpage", "historypage")


@hooks.register("before_copy_page")
def singletons_cannot_be_copied(request, page):
    """A second home, city index, news index or history would confuse visitors and menus."""
    if page.specific_class._meta.model_name in SINGLETON_PAGE_TYPES:
        messages.error(
            request,
            _("“%(title)s” is the only page of its kind here and cannot be copied.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", two_factor_settings, name="two_factor_settings"),
        path("two-factor/verify/", two_factor_verify, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_settings"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }
