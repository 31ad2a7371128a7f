"""Revision comparison as staff read it: Japanese changes word by word, dates, times and yes/no
as words, choices by their labels.

Upstream: `wagtail/admin/compare.py` (Wagtail 8.0).
- `diff_text` groups every run of letters into one token, and a run of kanji and kana has no
  spaces, so a Japanese sentence is one token; its matcher also treats tokens of up to four
  characters as noise. Changing one word of a Japanese paragraph showed the whole paragraph
  deleted and typed again.
- A block without a comparison class of its own (DateBlock, TimeBlock, BooleanBlock,
  ChoiceBlock) is compared as its `render_basic` text: an added reception time read
  「None14:00:00」, a decorative-image switch 「False」, a precision 「day」.
- Model fields other than text, choices and relations are compared as `str()`: a start of
  「2027-01-31 05:00:00+00:00」 in UTC.

Wagtail's extension points cover model fields (`register_comparison_class`, used here) and
blocks that define `get_comparison_class` (which would mean subclassing every built-in block
the site uses, and a migration for every StreamField naming them). Nothing lets a project
change the tokeniser or the choice for built-in blocks, so `diff_text` and
`get_comparison_class_for_block` are replaced in the module, whose own comparisons look them
up at each call. Delete this module when Wagtail's comparison reads CJK text and formats
values; tests/adminsite/test_revision_compare.py pins what staff see.
"""

import difflib
import re

from django.db import models
from django.utils.choices import flatten_choices
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.admin import compare

from core.dates import format_when
from core.text import HIRAGANA, JAPANESE, KANJI, KATAKANA, is_japanese_character

# Kanji, hiragana and katakana runs stand for words: 姉妹都市提携 を 結 びました.
TOKEN = re.compile(
    f"[{KANJI}]+"
    f"|[{HIRAGANA}]+"
    f"|[{KATAKANA}]+"
    r"|\d+"
    # Latin words stop where Japanese starts: JICA の, not one word JICAの研修に….
    rf"|[^\W\d{JAPANESE}]+"
    r"|\s+"
    r"|.",
    re.DOTALL,
)
# A change on either side of a particle or a comma reads as one change, not two.
SHORT_COMMON_RUN = 2


def _tokens(text):
    return TOKEN.findall(text or "")


def readable_diff(a, b):
    """Wagtail's TextDiff of two texts, changed words marked as deleted and added."""
    a_tokens, b_tokens = _tokens(a), _tokens(b)
    opcodes = difflib.SequenceMatcher(None, a_tokens, b_tokens, autojunk=False).get_opcodes()
    runs = []  # [equal text] or [deleted, added]
    for operation, a_start, a_end, b_start, b_end in opcodes:
        deleted = "".join(a_tokens[a_start:a_end])
        added = "".join(b_tokens[b_start:b_end])
        if operation == "equal":
            runs.append([deleted])
        elif runs and len(runs[-1]) == 2:
            runs[-1][0] += deleted
            runs[-1][1] += added
        else:
            runs.append([deleted, added])
    merged = []
    for index, run in enumerate(runs):
        between_changes = 0 < index < len(runs) - 1 and len(merged[-1]) == 2
        if len(run) == 1 and between_changes and len(run[0]) <= SHORT_COMMON_RUN:
            merged[-1][0] += run[0]
            merged[-1][1] += run[0]
        elif len(run) == 2 and merged and len(merged[-1]) == 2:
            merged[-1][0] += run[0]
            merged[-1][1] += run[1]
        else:
            merged.append(list(run))
    changes = []
    for run in merged:
        if len(run) == 1:
            changes.append(("equal", run[0]))
            continue
        deleted, added = run
        prefix, deleted, added, suffix = _shared_kana_and_kanji(deleted, added)
        changes += [
            (kind, text)
            for kind, text in [
                ("equal", prefix),
                ("deletion", deleted),
                ("addition", added),
                ("equal", suffix),
            ]
            if text
        ]
    return compare.TextDiff(changes)


def _shared_kana_and_kanji(deleted, added):
    """Kana and kanji that both sides of a change start or end with, which Japanese leaves
    unspaced (しましょう → しましょうです adds です); Latin words stay whole."""
    start = 0
    while (
        start < min(len(deleted), len(added))
        and deleted[start] == added[start]
        and is_japanese_character(deleted[start])
    ):
        start += 1
    end = 0
    while (
        end < min(len(deleted), len(added)) - start
        and deleted[-1 - end] == added[-1 - end]
        and is_japanese_character(deleted[-1 - end])
    ):
        end += 1
    stop_deleted, stop_added = len(deleted) - end, len(added) - end
    return (
        deleted[:start],
        deleted[start:stop_deleted],
        added[start:stop_added],
        deleted[stop_deleted:],
    )


def readable_value(value, block=None):
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value is None or value == "":
        return _("(empty)")
    if block is not None and isinstance(block, blocks.ChoiceBlock):
        return str(dict(flatten_choices(block.field.choices)).get(value, value))
    return format_when(value) or str(value)


def value_diff(before, after):
    if before == after:
        return escape(before)
    return compare.TextDiff([("deletion", before), ("addition", after)], separator=" ").to_html()


class ValueBlockComparison(compare.BlockComparison):
    def htmlvalue(self, val):
        return escape(readable_value(val, self.block))

    def htmldiff(self):
        return value_diff(
            readable_value(self.val_a, self.block), readable_value(self.val_b, self.block)
        )


class ValueFieldComparison(compare.FieldComparison):
    def htmldiff(self):
        return value_diff(readable_value(self.val_a), readable_value(self.val_b))


VALUE_BLOCKS = (
    blocks.BooleanBlock,
    blocks.ChoiceBlock,
    blocks.DateBlock,
    blocks.DateTimeBlock,
    blocks.TimeBlock,
)
wagtails_class_for_block = compare.get_comparison_class_for_block
wagtails_diff_text = compare.diff_text


def comparison_class_for_block(block):
    if isinstance(block, VALUE_BLOCKS) and not hasattr(block, "get_comparison_class"):
        return ValueBlockComparison
    return wagtails_class_for_block(block)


def register():
    compare.diff_text = readable_diff
    compare.get_comparison_class_for_block = comparison_class_for_block
    for field_class in (
        models.BooleanField,
        models.DateField,
        models.DateTimeField,
        models.TimeField,
    ):
        compare.register_comparison_class(field_class, comparison_class=ValueFieldComparison)
