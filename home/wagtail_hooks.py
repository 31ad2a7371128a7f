from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.accessibility import SiteContentChecker
from home.models import ContactDetails


class ContactDetailsViewSet(SnippetViewSet):
    model = ContactDetails
    icon = "mail"
    menu_label = _("Contact details")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "telephone", "email", "locale"]


register_snippet(ContactDetailsViewSet)


@hooks.register("construct_wagtail_userbar")
def use_site_accessibility_rules(request, items, page):
    """Both the userbar and the editor's checks panel read their checker from here."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteContentChecker):
            items[index] = SiteContentChecker()


@hooks.register("before_copy_page")
def singletons_cannot_be_copied(request, page):
    """A second home, city index, news index or history would confuse visitors and menus; their
    page types say so with `copyable = False`."""
    if not getattr(page.specific_class, "copyable", True):
        messages.error(
            request,
            _("“%(title)s” is the only page of its kind here and cannot be copied.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None
