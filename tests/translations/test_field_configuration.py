"""Every field of every translatable model is deliberately translated or synchronised."""

from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings
from django.db import models

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# The site's own apps: those whose package sits at the top of the project (the virtualenv
# lives inside the project too, so "anywhere below BASE_DIR" would take in every library).
SITE_APPS = {
    config.label
    for config in apps.get_app_configs()
    if config.name in settings.INSTALLED_APPS and Path(config.path).parent == settings.BASE_DIR
}
# Wagtail's own page fields that stay per-locale (tree, publishing state, ownership).
PAGE_FIELDS_NOT_COPIED = {
    field.name for field in Page._meta.get_fields() if getattr(field, "concrete", False)
} - {"title", "slug", "seo_title", "search_description", "show_in_menus"}
# Text that is the same in every language, and why.
SYNCHRONISED_TEXT = {
    ("ContactDetails", "postal_code"): "a postal code is digits",
    ("ContactDetails", "telephone"): "a phone number is digits",
    ("ContactDetails", "fax"): "a fax number is digits",
    ("HostFamilyApplicationPage", "to_address"): "a comma-separated list of staff email addresses",
    ("HostFamilyApplicationPage", "subject"): (
        "the subject of the staff notification email, read by the Japanese office staff"
    ),
}

TRANSLATABLE_MODELS = [
    model
    for model in apps.get_models()
    if model._meta.app_label in SITE_APPS and issubclass(model, TranslatableMixin)
]


def own_fields(model):
    for field in model._meta.get_fields():
        if field.auto_created or not getattr(field, "concrete", False) and not field.many_to_many:
            continue
        if field.name in {"locale", "translation_key", "id"}:
            continue
        if issubclass(model, Page) and field.name in PAGE_FIELDS_NOT_COPIED:
            continue
        yield field


def is_text(field):
    if getattr(field, "choices", None):
        return False
    return isinstance(field, StreamField | RichTextField | models.TextField) or (
        type(field) in (models.CharField, models.SlugField)
    )


def test_every_app_of_the_site_is_checked_and_no_library():
    assert {"home", "cities", "news", "applications", "core", "translations"} <= SITE_APPS
    assert not {"wagtailcore", "wagtail_localize", "contenttypes"} & SITE_APPS


def test_the_site_has_translatable_models():
    assert {model.__name__ for model in TRANSLATABLE_MODELS} >= {
        "HomePage",
        "ContactDetails",
        "HostFamilyApplicationPage",
    }


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=lambda model: model.__name__)
def test_every_field_is_deliberately_configured(model):
    configured = {field.field_name: field for field in model.translatable_fields}
    for field in own_fields(model):
        assert field.name in configured, (
            f"{model.__name__}.{field.name} is neither translated nor synchronised: "
            "add it to translatable_fields with translated() or synchronised()"
        )
        setting = configured[field.name]
        if isinstance(setting, TranslatableField):
            assert is_text(field), f"{model.__name__}.{field.name} is not text to translate"
        else:
            assert isinstance(setting, SynchronizedField)
            assert not setting.overridable, f"translators must not see {field.name}"
            if is_text(field):
                assert (model.__name__, field.name) in SYNCHRONISED_TEXT, (
                    f"{model.__name__}.{field.name} is text but synchronised"
                )
