"""Words wagtail-localize 1.14 shows translators in English whatever their language.

- The translation editor's heading, "<source> to <target> translation", and its footer's
  screen-reader label "More actions" are written into its JavaScript bundle
  (static_src/editor/components/TranslationEditor/index.tsx,
  static_src/common/components/ActionMenu/index.tsx) without gettext. `editor_script` loads
  translations/static/translations/editor_strings.js, which rewrites them with `HEADING` and
  `WORDS`, translated here for the reader.
- Each segment's note, "Translated manually on 1 December 2026", formats its date with
  `strftime("%-d %B %Y")` (wagtail_localize/compat.py, `StringTranslation.get_comment`), so the
  month is English and the day is the server's (UTC), not Japan's. `localise_segment_dates`
  gives the same notes, with wagtail-localize's own translated wording, and the date in the
  reader's format in Japan time ("2026年12月1日に手動で翻訳").

The upstream fix is to wrap the heading in `gettext` and to format dates with Django's
`date_format`; both are small patches to offer to wagtail-localize. Delete this module, its
script and its calls (translations/apps.py, translations/wagtail_hooks.py) when a release does
that: tests/translations/test_upstream.py fails then.
"""

import json

from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail_localize.models import StringTranslation

HEADING = _("%(source)s to %(target)s translation")
# Wagtail's own catalogue translates these.
WORDS = ["More actions"]


def editor_script():
    return format_html(
        '<script src="{}" data-heading-format="{}" data-words="{}" data-glossary-url="{}" '
        'data-glossary-label="{}" defer></script>',
        static("translations/editor_strings.js"),
        HEADING,
        json.dumps({word: gettext(word) for word in WORDS}, ensure_ascii=False),
        reverse("translation_glossary"),
        gettext("Glossary: "),
    )


def _local_date(moment):
    return date_format(timezone.localtime(moment), "DATE_FORMAT")


def localise_segment_dates():
    if getattr(StringTranslation.get_comment, "localises_dates", False):
        return

    stock_comment = StringTranslation.get_comment

    def get_comment(self):
        date = _local_date(self.updated_at)
        if self.tool_name:
            return gettext("Translated with {tool_name} on {date}").format(
                tool_name=self.tool_name, date=date
            )
        if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
            return gettext("Translated manually on {date}").format(date=date)
        if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
            return gettext("Machine translated on {date}").format(date=date)
        return None

    get_comment.localises_dates = True
    get_comment.stock = stock_comment
    StringTranslation.get_comment = get_comment
