import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from core.blocks import BodyBlock, InterviewBlock, PhotosBlock, TimelineBlock
from core.dates import DatePrecision
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.mixins import FeaturedImageMixin
from core.pages import SitePage
from core.querysets import ListingQuerySet, listing_pages
from search.index import JapaneseSearchMixin


class CityIndexPage(JapaneseSearchMixin, SitePage, Page):
    template = "pages/city_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1
    copyable = False  # the only one of its kind (home/wagtail_hooks.py)
    summary_field = "introduction"
    search_label = _("Sister and friendship cities")
    page_description = _(
        "The partner cities section: it lists the sister and friendship cities added as pages "
        "under it. One per language."
    )

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of cities.")
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + translated("introduction")

    class Meta:
        verbose_name = _("city index page")
        verbose_name_plural = _("city index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cities"] = CityPage.objects.child_of(self).live().public().for_listing()
        return context


class CityQuerySet(ListingQuerySet):
    def for_listing(self):
        return self.with_images().order_by("agreement_date", "pk")


class DelegationQuerySet(ListingQuerySet):
    def latest_first(self):
        """The newest trip first (a city's page, the home page when nothing is coming up)."""
        return self.with_images().order_by("-departure_date", "-pk")


class Relationship(models.TextChoices):
    SISTER = "sister", _("Sister city")
    FRIENDSHIP = "friendship", _("Friendship city")


class CityPage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    template = "pages/city_page.html"
    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = ["cities.HistoryPage", "cities.DelegationPage", "cities.InterviewPage"]
    # Named on the home page, in the news filters and on notices: a publish renews every
    # cached page (caching/frontend.py).
    shown_across_the_site = True
    summary_field = "summary"
    search_label = _("Partner city")
    page_description = _(
        "One partner city: the relationship with Kashiwa and an introduction. Its history, "
        "delegations and interviews are added as pages under it."
    )

    # Where the city is
    country = models.CharField(
        _("country"),
        max_length=100,
        blank=True,
        help_text=_(
            "For example: USA. Leave it empty rather than guess: visitors then see only the "
            "region, or nothing."
        ),
    )
    region = models.CharField(
        _("state, province or region"),
        max_length=100,
        blank=True,
        help_text=_("For example: California, or Hebei Province."),
    )

    # The relationship
    relationship = models.CharField(
        _("relationship"),
        max_length=20,
        choices=Relationship.choices,
        help_text=_(
            "Sister city or friendship city, as the agreement calls it. Shown on the city's "
            "page and on the list of cities."
        ),
    )
    agreement_date = models.DateField(
        _("agreement signed on"),
        null=True,
        help_text=_("For a year or month only, pick any day in it and set the precision."),
    )
    agreement_date_precision = models.CharField(
        _("precision of the agreement date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How much of the agreement date visitors see: the year only, the year and month, "
            "or the full date."
        ),
    )
    agreement_place = models.CharField(
        _("agreement signed in"),
        max_length=200,
        blank=True,
        help_text=_("The city where the agreement was signed."),
    )
    partner_organisation = models.CharField(
        _("partner organisation"),
        max_length=200,
        blank=True,
        help_text=_("The association KIRA works with in this city."),
    )
    partner_organisation_url = models.URLField(
        _("partner organisation website"),
        blank=True,
        help_text=_(
            "The full address of the partner organisation's website, starting with https://. "
            "Visitors see its name as a link."
        ),
    )

    # Content
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown on the list of cities.")
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("About the city and the exchanges with it: text, photos and videos."),
    )

    objects = PageManager.from_queryset(CityQuerySet)()

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("country"), FieldPanel("region")])],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("relationship"),
                FieldRowPanel(
                    [FieldPanel("agreement_date"), FieldPanel("agreement_date_precision")]
                ),
                FieldPanel("agreement_place"),
                FieldRowPanel(
                    [FieldPanel("partner_organisation"), FieldPanel("partner_organisation_url")]
                ),
            ],
            heading=_("Relationship"),
        ),
        FieldPanel("summary"),
        *FeaturedImageMixin.image_panels,
        FieldPanel("body"),
        HelpPanel(
            _(
                "Add the history, delegations and interviews as pages under this city. "
                "Recruitment notices are written under News and choose this city as programme."
            )
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("country"),
        index.SearchField("region"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + FeaturedImageMixin.image_translatable_fields
        + translated(
            "country", "region", "agreement_place", "partner_organisation", "summary", "body"
        )
        + synchronised(
            "relationship",
            "agreement_date",
            "agreement_date_precision",
            "partner_organisation_url",
        )
    )

    class Meta:
        verbose_name = _("city page")
        verbose_name_plural = _("city pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        @functools.cache
        def children():
            # public() reads the view restrictions as it is built: once, for every listing.
            return listing_pages().child_of(self).live().public()

        # Lazy: the template keeps these listings in the fragment cache, and building the
        # querysets costs more than a cached fragment.
        listings = {
            "history": lambda: HistoryPage.objects.filter(pk__in=children()).first(),
            "delegations": lambda: DelegationPage.objects.filter(pk__in=children()).latest_first(),
            "interviews": lambda: (
                InterviewPage.objects.filter(pk__in=children())
                .select_related("image")
                .order_by("-delegation_year", "-pk")
            ),
        }
        context.update({name: SimpleLazyObject(build) for name, build in listings.items()})
        # The city's recruitment notices come from the news app's {% city_notices %}.
        return context


class HistoryPage(JapaneseSearchMixin, SitePage, Page):
    template = "pages/history_page.html"
    parent_page_types = ["cities.CityPage"]
    subpage_types = []
    max_count_per_parent = 1
    copyable = False  # the only one of its kind (home/wagtail_hooks.py)
    summary_field = "introduction"
    search_label = _("History of the exchange")
    page_description = _(
        "The timeline of the city's relationship with Kashiwa, one milestone at a time. One "
        "per city."
    )

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph shown above the timeline.")
    )
    milestones = StreamField(
        TimelineBlock(),
        verbose_name=_("timeline"),
        help_text=_("Milestones in the order they happened; visitors see them as a timeline."),
    )

    content_panels = SitePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("milestones"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("milestones"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + translated("introduction", "milestones")

    class Meta:
        verbose_name = _("history page")
        verbose_name_plural = _("history pages")


class Direction(models.TextChoices):
    OUTBOUND = "outbound", _("Kashiwa to the partner city")
    INBOUND = "inbound", _("Partner city to Kashiwa")


class DelegationPage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    template = "pages/delegation_page.html"
    parent_page_types = ["cities.CityPage"]
    subpage_types = []
    summary_field = "summary"
    search_label = _("Delegation report")
    page_description = _(
        "One delegation between Kashiwa and the city: the dates, the delegates, their report "
        "and photos."
    )

    # The trip
    edition = models.PositiveSmallIntegerField(
        _("edition"),
        null=True,
        blank=True,
        help_text=_("The delegation's number, for example 52 for the 52nd. Blank for a one-off."),
    )
    # The calendar year of the trip: the demo's citizens' tour left in February 2023 (fiscal
    # year 2022) and is filed under 2023.
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        help_text=_(
            "The calendar year of the trip (January to December, not the April-to-March "
            "fiscal year), for example 2025. Visitors see the travel dates, not this number."
        ),
    )
    direction = models.CharField(
        _("direction"),
        max_length=10,
        choices=Direction.choices,
        help_text=_(
            "Whether delegates from Kashiwa visit the partner city, or the partner city's "
            "delegates visit Kashiwa."
        ),
    )
    departure_date = models.DateField(
        _("departure date"),
        null=True,
        help_text=_(
            "The day the delegation sets off. The city page lists delegations by this date, "
            "newest first."
        ),
    )
    return_date = models.DateField(
        _("return date"), null=True, help_text=_("The day the delegation comes home.")
    )

    # The people
    leader = models.CharField(
        _("leader"),
        max_length=200,
        blank=True,
        help_text=_("The leader's name and role as visitors see them, for example 'Mayor Ota'."),
    )
    members = models.TextField(
        _("members"), blank=True, help_text=_("One name per line, as they should appear.")
    )
    orientation_sessions = models.PositiveSmallIntegerField(
        _("orientation sessions"),
        null=True,
        blank=True,
        help_text=_("How many preparation sessions the delegates attend before leaving."),
    )

    # The report
    summary = models.TextField(_("summary"), help_text=_("Shown on the city page's list."))
    body = StreamField(
        BodyBlock(),
        verbose_name=_("report"),
        blank=True,
        help_text=_(
            "The delegates' report of the trip, told as a story: what they did, saw and "
            "learnt, with photos where they belong in the text."
        ),
    )
    photos = StreamField(
        PhotosBlock(),
        verbose_name=_("photos"),
        blank=True,
        help_text=_(
            "More photos of the trip, each with its caption and credit, shown as a gallery "
            "below the report."
        ),
    )

    objects = PageManager.from_queryset(DelegationQuerySet)()

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("edition"), FieldPanel("year")]),
                FieldPanel("direction"),
                FieldRowPanel([FieldPanel("departure_date"), FieldPanel("return_date")]),
            ],
            heading=_("Trip"),
        ),
        MultiFieldPanel(
            [FieldPanel("leader"), FieldPanel("members"), FieldPanel("orientation_sessions")],
            heading=_("Delegates"),
        ),
        FieldPanel("summary"),
        *FeaturedImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("photos"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("leader"),
        index.SearchField("members"),
        index.SearchField("body"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + FeaturedImageMixin.image_translatable_fields
        + translated("leader", "members", "summary", "body", "photos")
        + synchronised(
            "edition", "year", "direction", "departure_date", "return_date", "orientation_sessions"
        )
    )

    class Meta:
        verbose_name = _("delegation page")
        verbose_name_plural = _("delegation pages")

    def clean(self):
        super().clean()
        if self.departure_date and self.return_date and self.return_date < self.departure_date:
            raise ValidationError(
                {"return_date": _("The return date cannot be before the departure date.")}
            )

    @property
    def member_list(self):
        return [line.strip() for line in self.members.splitlines() if line.strip()]

    def dated_as(self):
        # A visiting delegation's first day is the day it arrives in Kashiwa.
        if self.direction == Direction.INBOUND:
            return _("Arrives"), self.departure_date, DatePrecision.DAY
        return _("Departs"), self.departure_date, DatePrecision.DAY


class InterviewPage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    template = "pages/interview_page.html"
    parent_page_types = ["cities.CityPage"]
    subpage_types = []
    summary_field = "introduction"
    search_label = _("Interview")
    page_description = _(
        "An interview with someone who took part in an exchange, as questions and answers."
    )

    interviewee_name = models.CharField(
        _("interviewee's name"),
        max_length=200,
        help_text=_("The name as visitors see it, next to the role, at the top of the page."),
    )
    interviewee_role = models.CharField(
        _("interviewee's role"), max_length=200, help_text=_("For example: 2025 adult leader.")
    )
    delegation_year = models.PositiveSmallIntegerField(
        _("delegation year"),
        null=True,
        help_text=_(
            "The calendar year (January to December, not the fiscal year) of the delegation "
            "the interviewee took part in, for example 2025. The city page lists interviews "
            "newest year first."
        ),
    )
    introduction = models.TextField(
        _("introduction"), help_text=_("The interviewee introduces themselves.")
    )
    questions = StreamField(
        InterviewBlock(),
        verbose_name=_("questions and answers"),
        help_text=_("The interview, one question and its answer at a time, in the order asked."),
    )

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("interviewee_name"), FieldPanel("interviewee_role")]),
                FieldPanel("delegation_year"),
            ],
            heading=_("Interviewee"),
        ),
        *FeaturedImageMixin.image_panels,
        FieldPanel("introduction"),
        FieldPanel("questions"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("interviewee_name"),
        index.SearchField("introduction"),
        index.SearchField("questions"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + FeaturedImageMixin.image_translatable_fields
        + translated("interviewee_name", "interviewee_role", "introduction", "questions")
        + synchronised("delegation_year")
    )

    class Meta:
        verbose_name = _("interview page")
        verbose_name_plural = _("interview pages")
