"""A page is published only with the fields a published page needs.

Drafts may leave them empty (a deadline not yet fixed), and the page editor asks for them on
publish; Wagtail's bulk "publish" (and "publish its drafts below") publishes latest revisions
without a form, so an undated draft there ended in a validation error, a 500. It is refused
here instead, naming the page and what it lacks.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page

# The codes Django gives an empty field that may not be empty.
EMPTY = {"blank", "null", "required"}


def missing_required_fields(instance):
    """The names of the fields `instance` has empty that a published page needs, as Django's
    own field validation finds them."""
    try:
        instance.clean_fields()
    except ValidationError as error:
        return [
            str(type(instance)._meta.get_field(name).verbose_name)
            for name, errors in error.error_dict.items()
            if any(field_error.code in EMPTY for field_error in errors)
        ]
    return []


def quoted_names(names):
    return "、".join(f"「{name}」" for name in names)


def _drafts_to_publish(page, include_descendants):
    yield page.get_latest_revision_as_object()
    if include_descendants:
        for descendant in page.get_descendants().not_live().specific():
            yield descendant.get_latest_revision_as_object()


def refuse_bulk_publish_of_incomplete_drafts(request, action_type, objects, action):
    if action_type != "publish":
        return None
    form = getattr(action, "cleaned_form", None)
    include_descendants = bool(form and form.cleaned_data.get("include_descendants"))
    refused = False
    for page in objects:
        if not isinstance(page, Page):
            continue
        for draft in _drafts_to_publish(page.specific, include_descendants):
            missing = missing_required_fields(draft)
            if missing:
                refused = True
                messages.error(
                    request,
                    _(
                        "“%(title)s” was not published: its %(fields)s is still empty. Open the "
                        "page, fill it in and publish it from there."
                    )
                    % {"title": draft.title, "fields": quoted_names(missing)},
                )
    return redirect(action.next_url) if refused else None
