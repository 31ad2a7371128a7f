"""Which snippets translators keep in step: every registered snippet that is translatable."""

from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
