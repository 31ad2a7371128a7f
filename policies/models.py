from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.pages import SitePage
from policies.personal_data import kept
from search.index import JapaneseSearchMixin


class PolicyPage(JapaneseSearchMixin, SitePage, Page):
    """What the policies share. Each policy is a page type of its own, one under each home
    page (Wagtail's max_count_per_parent): the editor is offered only the one not written yet,
    and a translation never meets a rule it could break."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    summary_field = "introduction"
    search_label = _("Policy")

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short paragraph shown in larger type above the body."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The policy itself, in headings and paragraphs."),
    )
    revised_on = models.DateField(
        _("last revised"),
        null=True,
        blank=True,
        help_text=_("The day this policy was last changed in substance; shown on the page."),
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("revised_on"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS + translated("introduction", "body") + synchronised("revised_on")
    )

    class Meta:
        abstract = True


class PrivacyPolicyPage(PolicyPage):
    # Wagtail names each page type's template after it unless the class itself names one.
    template = "policies/policy_page.html"
    page_description = _(
        "How the association handles personal data, one per language; notices and "
        "application forms link to it. Below the body the site adds by itself what it keeps "
        "and for how long, so that the page always matches what the site does."
    )

    class Meta:
        verbose_name = _("privacy policy")
        verbose_name_plural = _("privacy policies")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["personal_data"] = [
            {"record": record, "items": record.items(), "kept_days": record.kept_for().days}
            for record in kept()
        ]
        return context


class AccessibilityPolicyPage(PolicyPage):
    template = "policies/policy_page.html"
    page_description = _(
        "How the site is made usable for everyone and whom to tell when it is not; one per "
        "language."
    )

    class Meta:
        verbose_name = _("accessibility policy")
        verbose_name_plural = _("accessibility policies")
