"""Japanese catalogues are complete, match their compiled files, and cover upstream screens."""

from pathlib import Path

import polib
import pytest

from django.conf import settings

import wagtail_localize

CATALOGUES = sorted(
    path
    for locale_path in settings.LOCALE_PATHS
    for path in Path(locale_path).glob("ja/LC_MESSAGES/*.po")
)
UPSTREAM = [
    (Path(wagtail_localize.__file__).parent / "locale", "wagtail_localize", domain)
    for domain in ("django", "djangojs")
]


def test_every_locale_path_has_a_japanese_catalogue():
    assert len(CATALOGUES) >= 3


@pytest.mark.parametrize(
    "path", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR))
)
def test_catalogue_has_no_untranslated_or_fuzzy_strings(path):
    po = polib.pofile(path)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize(
    "path", CATALOGUES, ids=lambda path: str(path.relative_to(settings.BASE_DIR))
)
def test_compiled_catalogue_matches_its_source(path):
    def messages(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0)
            for entry in catalogue
            if not entry.obsolete and (entry.msgstr or entry.msgstr_plural)
        }

    assert messages(polib.mofile(path.with_suffix(".mo"))) == messages(polib.pofile(path))


@pytest.mark.parametrize(("package_locale", "package", "domain"), UPSTREAM)
def test_upstream_strings_are_all_translated_into_japanese(package_locale, package, domain):
    """Fails when an upgrade of the package brings strings our Japanese catalogue lacks."""
    upstream = polib.pofile(package_locale / "en" / "LC_MESSAGES" / f"{domain}.po")
    ours = polib.pofile(
        Path(settings.BASE_DIR)
        / "locale-upstream"
        / package
        / "ja"
        / "LC_MESSAGES"
        / f"{domain}.po"
    )
    translated = {(entry.msgctxt, entry.msgid) for entry in ours.translated_entries()}
    needed = {(entry.msgctxt, entry.msgid) for entry in upstream if not entry.obsolete}
    missing = sorted(msgid for _context, msgid in needed - translated)
    coverage = 100 * len(needed & translated) // len(needed)
    assert missing == [], f"{package} {domain}: {coverage}% translated; missing {missing}"
