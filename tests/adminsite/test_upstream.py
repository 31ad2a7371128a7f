"""The Wagtail templates adminsite copies to change are still the ones it copied, and the
Wagtail behaviour its upstream modules work around is still there."""

import hashlib
from pathlib import Path

import pytest

import wagtail.admin
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
