"""How much of each upstream package's interface our Japanese catalogues cover.

Upstream catalogues for Wagtail and wagtail-localize are incomplete in Japanese; complete ones
live in locale-upstream/<package>/, in the package's own folder layout, ready to be offered back.
"""

import dataclasses
from pathlib import Path

import polib

from django.conf import settings

import wagtail
import wagtail_localize

UPSTREAM_PACKAGES = {"wagtail": wagtail, "wagtail_localize": wagtail_localize}


@dataclasses.dataclass
class Coverage:
    package: str
    catalogue: Path
    needed: int
    missing: list

    @property
    def percent(self):
        return 100 * (self.needed - len(self.missing)) // self.needed if self.needed else 100


def english_catalogues():
    return sorted(
        (name, path.relative_to(Path(package.__file__).parent))
        for name, package in UPSTREAM_PACKAGES.items()
        for path in Path(package.__file__).parent.glob("**/locale/en/LC_MESSAGES/*.po")
    )


def coverage(package, english):
    upstream = polib.pofile(Path(UPSTREAM_PACKAGES[package].__file__).parent / english)
    japanese = (
        Path(settings.BASE_DIR) / "locale-upstream" / package / str(english).replace("/en/", "/ja/")
    )
    translated = set()
    if japanese.exists():
        translated = {(e.msgctxt, e.msgid) for e in polib.pofile(japanese).translated_entries()}
    needed = {(entry.msgctxt, entry.msgid) for entry in upstream if not entry.obsolete}
    missing = sorted(msgid for _context, msgid in needed - translated)
    return Coverage(package, english, len(needed), missing)
