"""The Wagtail templates adminsite copies to change are still the ones it copied."""

import hashlib
from pathlib import Path

import wagtail.admin

# templates/wagtailadmin/reports/listing/_list_page_types_usage.html, from Wagtail 8.0.
PAGE_TYPES_USAGE = "templates/wagtailadmin/reports/listing/_list_page_types_usage.html"
COPIED_FROM = "d8b25a2f35ef4b89c32eabf6322db0f0a24119e45b0987fb9b373965e064e302"


def test_wagtails_page_types_report_template_is_the_one_we_copied():
    upstream = Path(wagtail.admin.__file__).parent / PAGE_TYPES_USAGE

    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == COPIED_FROM
