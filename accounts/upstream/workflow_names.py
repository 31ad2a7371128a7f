"""The approval workflow's and its task's names, shown in each viewer's own language.

Upstream: `wagtail/models/workflows.py` (Wagtail 8.0) stores `Workflow.name` and `Task.name`
as plain text, and Wagtail prints them as stored, in 17 admin templates and about 40 places in
Python (buttons such as "… に提出する", the status panel, history, reports, notification
emails). A name typed in one language is therefore shown in that language to everyone.

The names this site ships (`SHIPPED_NAMES`) are stored in the default language and are
gettext messages. Reading `name` on a workflow or task returns the shipped name in the active
language (Wagtail activates the recipient's language for each email); the database, the admin's
edit forms and any lookup by name keep the stored text, so nothing is ever saved in a viewer's
language. A name an administrator types is shown as typed. The page history is the exception:
Wagtail copies the names into each entry as the person who acted read them, so the history's
messages show those copies in the viewer's language when they are shipped names
(`translate_history_messages`, a `register_log_actions` hook run after Wagtail's own).

The fix upstream would be a hook for a workflow's and a task's display name. Delete this module
once Wagtail offers one; `tests/accounts/test_workflow_names.py` pins what staff see.
"""

import copy
from functools import cache

from django.conf import settings
from django.db.models.query_utils import DeferredAttribute
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from wagtail.models import Task, Workflow

WORKFLOW_NAME = gettext_noop("Approval before publishing")
TASK_NAME = gettext_noop("Review by a moderator")
SHIPPED_NAMES = (WORKFLOW_NAME, TASK_NAME)


@cache
def _messages_by_stored_text():
    messages = {}
    for message in SHIPPED_NAMES:
        for language_code, _name in settings.LANGUAGES:
            with translation.override(language_code):
                messages[gettext(message)] = message
    return messages


def shown_name(stored):
    message = _messages_by_stored_text().get(stored)
    return stored if message is None else gettext(message)


class ShownInViewersLanguage(DeferredAttribute):
    """A data descriptor, so that reads go through it even once the value is loaded."""

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        return shown_name(self.stored(instance))

    def stored(self, instance):
        return super().__get__(instance, type(instance))

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


def register():
    for model in (Workflow, Task):
        field = model._meta.get_field("name")
        descriptor = ShownInViewersLanguage(field)
        setattr(model, field.attname, descriptor)
        # Saving and the admin's edit forms read the field through these two; both must see
        # the stored text, or a save would write the viewer's language into the database.
        field.pre_save = lambda instance, add, descriptor=descriptor: descriptor.stored(instance)
        field.value_from_object = descriptor.stored


WORKFLOW_LOG_ACTIONS = [
    f"wagtail.workflow.{step}" for step in ("start", "approve", "reject", "resume", "cancel")
]


def _names_shown(logged):
    """The workflow part of a history entry's data, with every `title` shown in the viewer's
    language (the entry names the workflow, its task and the next task)."""
    shown = {}
    for key, value in logged.items():
        if isinstance(value, dict):
            shown[key] = _names_shown(value)
        elif key == "title" and isinstance(value, str):
            shown[key] = shown_name(value)
        else:
            shown[key] = value
    return shown


def translate_history_messages(actions):
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = actions.formatters.get(action)
        if formatter is None:
            continue

        def format_message(log_entry, wagtail_s=formatter.format_message):
            shown = copy.copy(log_entry)
            if isinstance(log_entry.data.get("workflow"), dict):
                shown.data = {
                    **log_entry.data,
                    "workflow": _names_shown(log_entry.data["workflow"]),
                }
            return wagtail_s(shown)

        formatter.format_message = format_message
