from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import ContactDetails
from home.panels import OpenRecruitmentPanel, TranslationsToDoPanel
from home.roles import can_delete_pages


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
