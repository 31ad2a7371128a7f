from django.core.exceptions import ValidationError
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


class PolicyKind(models.TextChoices):
    PRIVACY = "privacy", _("Privacy policy")
    ACCESSIBILITY = "accessibility", _("Accessibility policy")


class PolicyPage(JapaneseSearchMixin, SitePage, Page):
    template = "policies/policy_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    summary_field = "introduction"
    search_label = _("Policy")
    page_description = _(
        "The privacy policy or the accessibility policy, one of each per language, linked "
        "from every page's footer and from notices and application forms."
    )

    kind = models.CharField(
        _("kind of policy"),
        max_length=20,
        choices=PolicyKind.choices,
        help_text=_(
            "Privacy: how the association handles personal data; notices and application "
            "forms link to it. Accessibility: how the site is made usable for everyone."
        ),
    )
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short paragraph shown in larger type above the body."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The policy itself. For privacy, the list of what the site keeps and for how long "
            "is added below it by the site itself, so that it always matches what the site does."
        ),
    )
    revised_on = models.DateField(
        _("last revised"),
        null=True,
        blank=True,
        help_text=_("The day this policy was last changed in substance; shown on the page."),
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("revised_on"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("introduction", "body")
        + synchronised("kind", "revised_on")
    )

    class Meta:
        verbose_name = _("policy page")
        verbose_name_plural = _("policy pages")

    def clean(self):
        super().clean()
        others = PolicyPage.objects.filter(kind=self.kind, locale_id=self.locale_id)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if self.kind and others.exists():
            raise ValidationError(
                {
                    "kind": _(
                        "This language already has a %(policy)s. Edit that page instead of "
                        "adding a second one."
                    )
                    % {"policy": self.get_kind_display()}
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.kind == PolicyKind.PRIVACY:
            context["personal_data"] = [
                {"record": record, "items": record.items(), "kept_days": record.kept_for().days}
                for record in kept()
            ]
        return context
