from django import template
from django.apps import apps
from django.utils.translation import gettext as _

from core.dates import format_when

register = template.Library()


@register.filter
def app_name(content_type):
    """The name staff read for the app a content type belongs to ("姉妹都市・友好都市"), not its
    code name."""
    return apps.get_app_config(content_type.app_label).verbose_name


# Dates on the staff's screens are dates, never "11分前": history, reports and status panels are
# read later, printed and quoted, where only the day and the time mean anything.


@register.filter
def staff_date(value):
    """2026年12月7日（月）11:50 for a time, 2026年12月7日（月） for a day."""
    return format_when(value)


@register.simple_tag
def updated_at(value, user_display_name=""):
    """The status panel's line under each state: when, and by whom."""
    if not user_display_name:
        return staff_date(value)
    # Wagtail's own words, translated in its catalogue: "%(time)s（%(user_display_name)s さん）".
    return _("%(time)s by %(user_display_name)s") % {
        "time": staff_date(value),
        "user_display_name": user_display_name,
    }


@register.simple_tag
def workflow_status_on(workflow_state):
    """Wagtail's workflow_status_with_date, with the date instead of the time since."""
    task_state = workflow_state.current_task_state
    # Wagtail's own words again: "%(started_at)s に %(task_name)s へ送付" and its siblings.
    if workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
        return _("Changes requested %(finished_at)s") % {
            "finished_at": staff_date(task_state.finished_at)
        }
    context = {
        "started_at": staff_date(task_state.started_at),
        "task_name": task_state.task.name,
        "status_display": workflow_state.get_status_display(),
    }
    if workflow_state.status == workflow_state.STATUS_IN_PROGRESS:
        return _("Sent to %(task_name)s %(started_at)s") % context
    return _("%(status_display)s %(task_name)s %(started_at)s") % context
