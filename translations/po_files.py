"""PO files for translators who work outside the admin, in both directions."""

from pathlib import Path

import polib

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail_localize.models import Translation

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"


class POFileError(Exception):
    """A PO file that cannot be imported; the message says why, for the person who sent it."""


def export_translation(translation, directory):
    po = translation.export_po()
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Source-Language"] = translation.source.locale.language_code
    name = slugify(translation.source.object_repr, allow_unicode=True)[:60] or "object"
    path = Path(directory) / (
        f"{translation.source_id}-{name}.{translation.target_locale.language_code}.po"
    )
    po.save(str(path))
    return path


def export_translations(translations, directory):
    Path(directory).mkdir(parents=True, exist_ok=True)
    return [export_translation(translation, directory) for translation in translations]


def _parse(name, content):
    try:
        return polib.pofile(content)
    except (OSError, ValueError, UnicodeDecodeError):
        raise POFileError(_("%(name)s is not a valid PO file.") % {"name": name}) from None


def _translation_for(name, po):
    translation_id = po.metadata.get(TRANSLATION_ID, "")
    translation = Translation.objects.filter(uuid=translation_id or None).first()
    if translation is None:
        raise POFileError(
            _("%(name)s was not exported from this site (unknown translation).") % {"name": name}
        )
    language = po.metadata.get("Language")
    if language and language != translation.target_locale.language_code:
        raise POFileError(
            _("%(name)s is in %(language)s but its translation is into %(target)s.")
            % {
                "name": name,
                "language": language,
                "target": translation.target_locale.language_code,
            }
        )
    return translation


@transaction.atomic
def import_po_files(files, user=None):
    """Imports (name, content) pairs all together: one bad file and nothing is changed.

    Returns the translations that received strings.
    """
    parsed = [(name, _parse(name, content)) for name, content in files]
    imported = []
    for name, po in parsed:
        translation = _translation_for(name, po)
        warnings = translation.import_po(po, user=user, tool_name="PO File")
        if warnings:
            unknown = ", ".join(repr(getattr(warning, "string", "")) for warning in warnings[:5])
            transaction.set_rollback(True)
            raise POFileError(
                _("%(name)s does not match the current source text (%(unknown)s). Export it again.")
                % {"name": name, "unknown": unknown}
            )
        imported.append(translation)
    return imported
