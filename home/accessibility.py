"""Wagtail's accessibility checker, with the rules that matter most for this bilingual site."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.userbar import ContentCheckerItem

# Beyond Wagtail's defaults: every image described, and language marked correctly, which
# screen readers need to switch between Japanese and English voices.
EXTRA_RULES = {
    "image-alt": (
        _("Image without alternative text"),
        _("Describe every image for visitors who cannot see it"),
    ),
    "html-has-lang": (
        _("Page language missing"),
        _("The page must say which language it is in"),
    ),
    "html-lang-valid": (
        _("Page language is not valid"),
        _("Use a language code such as ja or en"),
    ),
    "valid-lang": (
        _("Language of a passage is not valid"),
        _("Mark English inside Japanese text (and the reverse) with a valid language code"),
    ),
    "document-title": (
        _("Page title missing"),
        _("Give the page a title"),
    ),
}


class SiteContentChecker(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, *EXTRA_RULES]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        **{
            rule: {"error_name": error_name, "help_text": help_text}
            for rule, (error_name, help_text) in EXTRA_RULES.items()
        },
    }
