"""The Wagtail templates adminsite copies to change are still the ones it copied, and the
Wagtail behaviour its upstream modules work around is still there."""

import hashlib
from pathlib import Path

import pytest

import wagtail.admin
import wagtail_localize.locales
from wagtail import blocks
from wagtail.admin import compare

from adminsite.upstream import readable_compare

# templates/wagtailadmin/reports/listing/_list_page_types_usage.html, from Wagtail 8.0.
PAGE_TYPES_USAGE = "templates/wagtailadmin/reports/listing/_list_page_types_usage.html"
COPIED_FROM = "d8b25a2f35ef4b89c32eabf6322db0f0a24119e45b0987fb9b373965e064e302"


def test_wagtails_page_types_report_template_is_the_one_we_copied():
    upstream = Path(wagtail.admin.__file__).parent / PAGE_TYPES_USAGE

    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == COPIED_FROM


# templates/wagtailadmin/shared/human_readable_date.html, from Wagtail 8.0: the copy shows the
# date where Wagtail shows the time since.
HUMAN_READABLE_DATE = "templates/wagtailadmin/shared/human_readable_date.html"
HUMAN_READABLE_DATE_COPIED_FROM = "924b86164bc546c2482e759e26e6939c656e1f02b3e2631b1fa47ca0bcb798d6"


def test_wagtails_date_template_is_the_one_we_copied():
    upstream = Path(wagtail.admin.__file__).parent / HUMAN_READABLE_DATE

    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == HUMAN_READABLE_DATE_COPIED_FROM


def test_wagtails_comparison_still_reads_a_japanese_sentence_as_one_word():
    # When this fails, Wagtail tokenises CJK text itself: adminsite/upstream/readable_compare.py
    # may go.
    html = readable_compare.wagtails_diff_text("交流しましょう。", "交流しましょうです。").to_html()

    assert html.count("交流") == 2


@pytest.mark.parametrize("block", [blocks.TimeBlock(), blocks.BooleanBlock(), blocks.ChoiceBlock()])
def test_wagtails_comparison_still_compares_values_as_rendered_text(block):
    assert readable_compare.wagtails_class_for_block(block) is compare.RichTextBlockComparison


# templates/wagtaillocales/index.html, from wagtail-localize 1.14.5: the copy translates the usage
# line ("26 pages + 1 others"), which upstream leaves in English (its own TODO).
LOCALES_INDEX_COPIED_FROM = "a7fb4f60c524d2e9b9a26a2e1e96fa583e168eee3561c0354bf81a4a904cc84f"


def test_wagtail_localize_s_languages_template_is_the_one_we_copied():
    upstream = (
        Path(wagtail_localize.locales.__file__).parent / "templates/wagtaillocales/index.html"
    )

    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == LOCALES_INDEX_COPIED_FROM


# templates/wagtailadmin/shared/user_avatar.html, from Wagtail 8.0: the copy names the system
# where Wagtail prints "None".
USER_AVATAR_COPIED_FROM = "10cbd09a2e9434e569d2ccc518298adbeb8cb9f3263fd31aa61ff049e6cc771a"


def test_wagtails_user_avatar_template_is_the_one_we_copied():
    upstream = (
        Path(wagtail.admin.__file__).parent / "templates/wagtailadmin/shared/user_avatar.html"
    )

    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == USER_AVATAR_COPIED_FROM
