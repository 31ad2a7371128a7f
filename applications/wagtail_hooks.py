from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from accounts.roles import EDITORS, MODERATORS
from applications.panels import UndeliveredNotificationsPanel


@hooks.register("filter_form_submissions_for_user")
def only_staff_read_applications(user, editable_forms):
    """Applications hold families' personal data: editors and moderators read them, volunteer
    translators (who may edit the English form page) do not."""
    if user.is_superuser or user.groups.filter(name__in=[EDITORS, MODERATORS]).exists():
        return editable_forms
    return editable_forms.none()


@hooks.register("construct_homepage_panels")
def warn_of_undelivered_notifications(request, panels):
    panel = UndeliveredNotificationsPanel.for_user(request.user)
    if panel:
        panels.insert(0, panel)


@hooks.register("insert_global_admin_css")
def applications_table_css():
    return format_html('<link rel="stylesheet" href="{}">', static("applications/admin.css"))
