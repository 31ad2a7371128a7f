from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem, SubmenuMenuItem

from adminsite.views import EditorGuideView

# Wagtail's release notes and its English guide point staff at a product they never chose;
# the keyboard shortcuts stay.
WAGTAIL_HELP_ITEMS = {"editor-guide"}


@hooks.register("register_admin_urls")
def register_editor_guide_url():
    return [path("editor-guide/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item():
    return MenuItem(
        _("Editor's guide"), reverse("editor_guide"), name="kira-editor-guide", icon_name="help"
    )


@hooks.register("construct_help_menu")
def hide_wagtails_own_help(request, menu_items):
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in WAGTAIL_HELP_ITEMS and not item.name.startswith("whats-new-in-wagtail")
    ]


@hooks.register("construct_main_menu")
def settings_without_wagtails_version(request, menu_items):
    """Wagtail signs its settings menu with its version number, which means nothing to staff."""
    for index, item in enumerate(menu_items):
        if item.name == "settings" and type(item) is not SubmenuMenuItem:
            menu_items[index] = SubmenuMenuItem(
                item.label, item.menu, name=item.name, icon_name=item.icon_name, order=item.order
            )


@hooks.register("insert_editor_js")
def open_the_schedule_dialog_at_its_errors():
    return format_html('<script src="{}" defer></script>', static("adminsite/schedule_dialog.js"))


@hooks.register("after_publish_page")
def say_when_a_scheduled_page_goes_live(request, page):
    """Wagtail says only that the page "has been scheduled"; staff also need to know when."""
    # A live page keeps its own dates; the scheduled version carries the go-live moment.
    scheduled = page.scheduled_revision
    go_live_at = scheduled.approved_go_live_at if scheduled else None
    if go_live_at and go_live_at > timezone.now():
        messages.info(
            request,
            _("“%(title)s” will go live on %(moment)s (Japan time).")
            % {
                "title": page.get_admin_display_title(),
                "moment": date_format(
                    timezone.localtime(go_live_at, ZoneInfo(settings.TIME_ZONE)),
                    "DATETIME_FORMAT",
                ),
            },
        )


@hooks.register("construct_page_action_menu")
def one_way_to_resubmit(menu_items, request, context):
    # After changes are requested, Wagtail offers "resubmit to the moderator's review" and
    # "restart the approval" side by side. With one review in the approval they do the same
    # thing, and two buttons for one step make an editor stop and ask.
    restart = [item for item in menu_items if item.name == "action-restart-workflow"]
    if not restart:
        return
    workflow_state = context["page"].current_workflow_state
    if workflow_state.workflow.tasks.filter(active=True).count() == 1:
        menu_items.remove(restart[0])
