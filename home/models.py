import datetime
import re
import unicodedata

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PreviewableMixin, TranslatableMixin
from wagtail.search import index

from cities.models import CityPage, DelegationPage
from core.blocks import BodyBlock
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.mixins import FeaturedImageMixin
from core.pages import SitePage
from news.models import EventPage, NewsPage, RecruitmentPage
from search.index import JapaneseSearchMixin

# After this long the newest article is no longer headed as the latest news.
NEWS_STAYS_LATEST = datetime.timedelta(days=90)
HOME_LISTING_SIZE = 3


class HomePage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.AccessPage",
        "cities.CityIndexPage",
        "news.NewsIndexPage",
        "policies.PrivacyPolicyPage",
        "policies.AccessibilityPolicyPage",
    ]
    copyable = False  # the only one of its kind (home/wagtail_hooks.py)
    summary_field = "lead"
    search_label = _("Top page")
    page_description = _(
        "The site's top page in one language: the welcome text, open calls, upcoming events "
        "and the latest news. One per language."
    )

    lead = models.TextField(
        _("lead text"),
        help_text=_("The welcome paragraph at the top of the home page."),
    )

    content_panels = (
        SitePage.content_panels + [FieldPanel("lead")] + FeaturedImageMixin.image_panels
    )

    search_fields = Page.search_fields + [index.SearchField("lead")]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS + FeaturedImageMixin.image_translatable_fields + translated("lead")
    )

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        # Lazy: the template keeps its listings in the fragment cache, and building the
        # querysets costs more than a cached fragment.
        listings = {
            "current_notices": lambda: (
                RecruitmentPage.objects.in_locale_of(self)
                .not_closed_on(today)
                .closing_soonest()
                .with_programmes()
            ),
            "upcoming_events": lambda: EventPage.objects.in_locale_of(self).upcoming(
                timezone.now()
            )[:HOME_LISTING_SIZE],
            "latest_news": lambda: NewsPage.objects.in_locale_of(self).newest_first()[
                :HOME_LISTING_SIZE
            ],
            "cities": lambda: CityPage.objects.in_locale_of(self).for_listing(),
            # Off season, instead of an empty heading: when each call ran last time.
            "previous_calls": lambda: RecruitmentPage.objects.in_locale_of(
                self
            ).last_of_each_programme(today, HOME_LISTING_SIZE),
            # Shown only when no call and no event is coming up, instead of two empty headings.
            "latest_reports": lambda: DelegationPage.objects.in_locale_of(self).latest_first()[
                :HOME_LISTING_SIZE
            ],
        }
        context.update({name: SimpleLazyObject(build) for name, build in listings.items()})
        context["news_fresh_since"] = today - NEWS_STAYS_LATEST
        return context

    def structured_data(self, schema):
        return [schema.organization]


class StandardPage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    template = "pages/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    summary_field = "introduction"
    search_label = _("About the association")
    page_description = _(
        "A page of text and pictures, such as About us, Access or the privacy policy."
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
        help_text=_("The content of the page: text, headings, images, galleries and videos."),
    )

    content_panels = (
        SitePage.content_panels
        + [FieldPanel("introduction"), FieldPanel("body")]
        + FeaturedImageMixin.image_panels
    )

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + FeaturedImageMixin.image_translatable_fields
        + translated("introduction", "body")
    )

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class AccessPage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    """How to reach the office: the address, hours and telephone come from the contact details
    (edited once, shown in every footer), so that this page never tells another address."""

    template = "pages/access_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    summary_field = "introduction"
    search_label = _("About the association")
    page_description = _(
        "How to reach the office: nearest stations, walk, parking and a map image. The "
        "address and opening hours are taken from the contact details. One per language."
    )

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short paragraph shown in larger type above the directions."),
    )
    nearest_stations = models.TextField(
        _("nearest stations"),
        blank=True,
        help_text=_(
            "One station per line, with its line, exit and the walk, for example: Kashiwa "
            "Station (JR Joban Line), east exit, N minutes on foot. Left blank, not shown."
        ),
    )
    parking = models.TextField(
        _("parking"),
        blank=True,
        help_text=_(
            "Whether visitors can park, where, and what it costs; or that there is no parking. "
            "Left blank, not shown."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("directions"),
        blank=True,
        help_text=_("Anything else visitors need: the way from the station, the floor, lifts."),
    )

    content_panels = (
        SitePage.content_panels
        + [
            FieldPanel("introduction"),
            FieldPanel("nearest_stations"),
            FieldPanel("parking"),
            FieldPanel("body"),
        ]
        + FeaturedImageMixin.image_panels
    )

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("nearest_stations"),
        index.SearchField("body"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + FeaturedImageMixin.image_translatable_fields
        + translated("introduction", "nearest_stations", "parking", "body")
    )

    class Meta:
        verbose_name = _("access page")
        verbose_name_plural = _("access pages")

    @property
    def stations(self):
        return [line.strip() for line in self.nearest_stations.splitlines() if line.strip()]


japanese_phone_number = RegexValidator(
    r"^0\d{1,4}-?\d{1,4}-?\d{3,4}$",
    _("Enter a Japanese phone number such as 04-7157-0281."),
)
japanese_postal_code = RegexValidator(
    r"^\d{3}-\d{4}$", _("Enter the postal code as seven digits, such as 277-0005.")
)


class ContactDetails(PreviewableMixin, TranslatableMixin, models.Model):
    """The association's contact details, edited once per language and shown in every footer."""

    name = models.CharField(
        _("organisation name"),
        max_length=200,
        help_text=_("The association's name, shown as the heading of the footer on every page."),
    )
    postal_code = models.CharField(
        _("postal code"),
        max_length=8,
        validators=[japanese_postal_code],
        help_text=_("Seven digits with a hyphen, for example 277-0005. Shown before the address."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        help_text=_("Prefecture, city and street, in the order readers of this language expect."),
    )
    building = models.CharField(
        _("building"),
        max_length=255,
        blank=True,
        help_text=_("The building and floor, if any; shown on the line after the address."),
    )
    telephone = models.CharField(
        _("telephone"),
        max_length=20,
        validators=[japanese_phone_number],
        help_text=_(
            "The number visitors call, for example 04-7157-0281. On a smartphone they can tap "
            "it to call."
        ),
    )
    fax = models.CharField(
        _("fax"),
        max_length=20,
        blank=True,
        validators=[japanese_phone_number],
        help_text=_("For example 04-7165-7321. Leave blank if the association has no fax."),
    )
    email = models.EmailField(
        _("email address"),
        help_text=_("The address visitors write to; shown in the footer as a link."),
    )
    office_hours = models.CharField(
        _("office hours"), max_length=100, help_text=_("For example: 8:30–17:15.")
    )
    closed_days = models.CharField(
        _("closed days"),
        max_length=200,
        help_text=_("For example: Sundays, national holidays and the New Year holidays."),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("postal_code"), FieldPanel("address"), FieldPanel("building")],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("telephone"), FieldPanel("fax")]), FieldPanel("email")],
            heading=_("Telephone and email"),
        ),
        MultiFieldPanel(
            [FieldPanel("office_hours"), FieldPanel("closed_days")], heading=_("Opening hours")
        ),
    ]

    # Numbers and addresses are the same in every language; translators only see the words.
    translatable_fields = translated(
        "name", "address", "building", "office_hours", "closed_days"
    ) + synchronised("postal_code", "telephone", "fax", "email")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return self.name

    @staticmethod
    def international(number, separator=""):
        """A number as dialled from abroad: 04-7157-0281 as +81471570281 (for tel: links) or,
        with separator "-", +81-4-7157-0281 (for readers and structured data). Japanese numbers
        drop their leading trunk 0 after the +81 country code."""
        groups = re.findall(r"[0-9]+", unicodedata.normalize("NFKC", number))
        if groups and groups[0].startswith("0"):
            groups = ["81", groups[0][1:], *groups[1:]]
        return "+" + separator.join(group for group in groups if group)

    @property
    def telephone_international(self):
        return self.international(self.telephone, "-")

    @property
    def fax_international(self):
        return self.international(self.fax, "-") if self.fax else ""

    @property
    def telephone_uri(self):
        return f"tel:{self.international(self.telephone)}"

    @property
    def fax_uri(self):
        return f"fax:{self.international(self.fax)}" if self.fax else ""

    def get_preview_template(self, request, mode_name):
        return "components/contact_details_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"contact": self}
