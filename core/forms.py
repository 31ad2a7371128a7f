import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.models import Page

from core.slugs import latin_slug

# The admin's date and time fields show minutes, so a time saved with seconds comes back
# rounded.
MINUTE = datetime.timedelta(minutes=1)
# For a title with nothing to spell in Latin letters ("！？").
FALLBACK_SLUG = "page"


class LatinSlugFormMixin:
    """An editor may leave the page's address (slug) empty: it is made from the title in
    Latin letters when the page is saved (core/slugs.py), and stays editable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "The last part of the page's address, in lowercase Latin letters, digits and "
                "hyphens. Leave it empty and one is made from the title when you save, for "
                "example “dai-17-kai-chengde-shi-haken-seishonen-boshu”."
            )

    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.fields and not cleaned_data.get("slug") and cleaned_data.get("title"):
            cleaned_data["slug"] = self._available_slug(
                latin_slug(cleaned_data["title"]) or FALLBACK_SLUG
            )
        return cleaned_data

    def _available_slug(self, slug):
        candidate, number = slug, 1
        while not Page._slug_is_available(candidate, self.parent_page, self.instance):
            number += 1
            candidate = f"{slug}-{number}"
        return candidate


class SameLanguageChoicesMixin:
    """Pages of a given type chosen from a list (a select, checkboxes) are offered in the
    page's own language only, so an editor never links a Japanese notice to the English city,
    nor sees each city twice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.locale_id:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            model = getattr(queryset, "model", None)
            if model is not None and model is not Page and issubclass(model, Page):
                field.queryset = queryset.filter(locale_id=self.instance.locale_id)


class ChoicesWithinRangeMixin:
    """A chosen page or object id too large for the database is refused as any unknown choice.

    Django 5.2's ModelChoiceField and ModelMultipleChoiceField look each posted id up with a
    query and catch only ValueError and TypeError; SQLite refuses an integer beyond 64 bits
    with OverflowError, so a tampered or mistyped id (99999999999999999999) was a 500.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.clean = _refusing_ids_out_of_range(field.clean, field.error_messages)


LARGEST_ID = 2**63 - 1


def _refusing_ids_out_of_range(clean, error_messages):
    def clean_within_range(value):
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if abs(_integer(item)) > LARGEST_ID:
                raise ValidationError(
                    error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                )
        return clean(value)

    return clean_within_range


def _integer(value):
    try:
        return int(str(value).strip())
    except ValueError:
        return 0


class FutureGoLiveMixin:
    """Wagtail refuses an expiry time in the past but takes a past go-live time silently and
    publishes at once, which is rarely what the editor who typed a time meant. A newly typed
    go-live time must be in the future; one saved earlier that has passed (every published
    page keeps it) is left alone."""

    def clean(self):
        cleaned_data = super().clean()
        go_live_at = cleaned_data.get("go_live_at")
        saved = self.instance.go_live_at
        kept = saved is not None and go_live_at is not None and abs(go_live_at - saved) < MINUTE
        if go_live_at and go_live_at < timezone.now() and not kept:
            self.add_error(
                "go_live_at",
                ValidationError(
                    _(
                        "This go-live time has already passed. To publish now, leave it empty "
                        "and press Publish; to schedule, choose a later time."
                    )
                ),
            )
        return cleaned_data


class CompleteWhileInModerationMixin:
    """A draft saves with required fields empty (Wagtail defers them until the page is
    published or submitted), except while the page awaits a moderator: approving it, from the
    dashboard too, publishes its latest draft, so every draft saved then must be complete."""

    def defer_required_fields(self):
        if self._awaiting_moderation:
            return
        super().defer_required_fields()

    def clean(self):
        cleaned_data = super().clean()
        missing = any(
            error.code == "required"
            for errors in self.errors.as_data().values()
            for error in errors
        )
        if missing and self._awaiting_moderation:
            self.add_error(
                None,
                _(
                    "This page is awaiting approval, and approving it publishes what you save "
                    "now: fill in the required fields before saving. To leave them empty for "
                    "now, first cancel the approval request."
                ),
            )
        return cleaned_data

    @cached_property
    def _awaiting_moderation(self):
        # Asked by defer_required_fields and by clean: one query per form.
        return bool(self.instance.pk) and self.instance.workflow_in_progress


class SitePageForm(
    CompleteWhileInModerationMixin,
    FutureGoLiveMixin,
    ChoicesWithinRangeMixin,
    SameLanguageChoicesMixin,
    LatinSlugFormMixin,
    WagtailAdminPageForm,
):
    pass


class SiteFormPageForm(
    CompleteWhileInModerationMixin,
    FutureGoLiveMixin,
    ChoicesWithinRangeMixin,
    SameLanguageChoicesMixin,
    LatinSlugFormMixin,
    WagtailAdminFormPageForm,
):
    pass
