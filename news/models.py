import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import formats, timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from caching.fragments import cached_for_site
from caching.lookups import live_translations
from cities.models import CityPage
from core.blocks import BodyBlock, BriefingSessionsBlock, DocumentsBlock
from core.dates import (
    DatePrecision,
    format_day,
    format_moment,
    format_partial_date,
    iso_partial_date,
    start_of,
)
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.mixins import FeaturedImageMixin
from core.pages import Occurrence, SitePage
from core.querysets import ListingQuerySet, listing_pages, localized_by_translation_key
from news.calendar import calendar_response
from news.feeds import NewsFeed
from news.forms import RecruitmentPageForm
from search.index import JapaneseSearchMixin

NEWS_PER_PAGE = 10
PAST_EVENTS_SHOWN = 5
# The index shows the next few events; events/ lists them all, a page at a time.
UPCOMING_EVENTS_SHOWN = 5
EVENTS_PER_PAGE = 20


class NewsCategory(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    REPORT = "report", _("Activity report")
    ANNIVERSARY = "anniversary", _("Anniversary programme")


class NewsIndexPage(JapaneseSearchMixin, SitePage, RoutablePageMixin, Page):
    template = "pages/news_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.EventPage", "news.RecruitmentPage"]
    max_count_per_parent = 1
    copyable = False  # the only one of its kind (home/wagtail_hooks.py)
    summary_field = "introduction"
    search_label = _("News list")
    # Kept with the page between requests (caching/upstream/route_memo.py): the feed names it.
    loaded_with_route = ("locale",)
    page_description = _(
        "The news section: it lists the news articles, events and recruitment notices added "
        "as pages under it. One per language."
    )

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short paragraph shown at the top of the news section, above the lists."),
    )

    content_panels = SitePage.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + translated("introduction")

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def feed_pages(self, size):
        """The `size` newest articles, events and notices of this section, each kind apart:
        what its feed (news/feeds.py) dates and chooses from."""

        def live(model):
            return model.objects.child_of(self).live().public()

        return [
            *live(NewsPage).newest_first()[:size],
            *live(EventPage).order_by("-first_published_at", "-pk")[:size],
            *live(RecruitmentPage).order_by("-first_published_at", "-pk")[:size],
        ]

    @path("feed/", name="feed")
    def feed(self, request):
        response = NewsFeed(self)(request)
        response["Content-Language"] = self.locale.language_code
        return response

    @path("events/", name="events")
    def events(self, request):
        """Every upcoming event, a page at a time."""
        now = timezone.now()
        page_number = request.GET.get("page")
        # Wagtail's base context only: the index's own (news list, filters) is not shown here.
        context = Page.get_context(self, request)
        context.update(
            # Lazy: the template keeps the list in the fragment cache.
            events_page=SimpleLazyObject(
                lambda: Paginator(
                    EventPage.objects.child_of(self).live().public().upcoming(now),
                    EVENTS_PER_PAGE,
                ).get_page(page_number)
            ),
            alternate_urls={
                code: index.get_url(request) + self.reverse_subpage("events")
                for code, index in live_translations(request, self).items()
            },
        )
        return TemplateResponse(request, "pages/news_events.html", context)

    def calendar(self, request):
        """Every event and briefing session under this index, for calendar apps."""
        pages = [
            *EventPage.objects.child_of(self).live().public().order_by("start"),
            *RecruitmentPage.objects.child_of(self).live().public(),
        ]
        filename = f"kira-events-{self.locale.language_code}.ics"
        return calendar_response(request, pages, filename, self.title)

    def get_cached_paths(self):
        """What a CDN in front must forget with the index (caching/frontend.py)."""
        return ["/", "feed/", "events/"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        news = NewsPage.objects.child_of(self).live().public().newest_first()

        # Only known values filter the list; anything else in the query string is ignored.
        category = request.GET.get("category", "")
        if category in NewsCategory.values:
            news = news.filter(category=category)
        else:
            category = ""

        cities = cached_for_site(
            request,
            f"news-filter-cities:{self.locale_id}",
            lambda: list(
                CityPage.objects.in_locale_of(self)
                .order_by("agreement_date")
                .only("title", "slug", "translation_key")
            ),
        )
        city = next((c for c in cities if c.slug == request.GET.get("city")), None)
        if city:
            news = news.filter(related_cities__translation_key=city.translation_key)

        page_number = request.GET.get("page")
        context.update(
            # Lazy: the template keeps the list in the fragment cache.
            news_page=SimpleLazyObject(
                lambda: Paginator(news, NEWS_PER_PAGE).get_page(page_number)
            ),
            categories=NewsCategory.choices,
            selected_category=category,
            cities=cities,
            selected_city=city,
            # Lazy: the template keeps these sections in the fragment cache.
            listings=SimpleLazyObject(lambda: self.event_and_notice_listings(now)),
        )
        return context

    def event_and_notice_listings(self, now):
        events = EventPage.objects.child_of(self).live().public()
        return {
            "upcoming_events": list(events.upcoming(now)[:UPCOMING_EVENTS_SHOWN]),
            "past_events": list(events.past(now)[:PAST_EVENTS_SHOWN]),
            "recruitment_notices": RecruitmentPage.objects.child_of(self)
            .live()
            .public()
            .latest_deadline_first()
            .with_programmes(),
        }


class NewsQuerySet(ListingQuerySet):
    def newest_first(self):
        return self.with_images().order_by("-date", "-pk")


class NewsPage(JapaneseSearchMixin, SitePage, FeaturedImageMixin, Page):
    template = "pages/news_page.html"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    summary_field = "lead"
    og_type = "article"
    search_label = _("News")
    page_description = _(
        "A news article: an announcement or a report of an activity, with its date and a short "
        "lead."
    )

    date = models.DateField(
        _("date"),
        null=True,
        default=timezone.localdate,
        help_text=_(
            "The date shown on the article. For an old item known only by its year or month, "
            "pick any day in it and set the precision."
        ),
    )
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "How much of the date visitors see: the year only, the year and month, or the full "
            "date. Lists still order articles by the whole date."
        ),
    )
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=NewsCategory.choices,
        default=NewsCategory.ANNOUNCEMENT,
        help_text=_("Visitors can narrow the news list down to one category."),
    )
    related_cities = ParentalManyToManyField(
        "cities.CityPage",
        verbose_name=_("related cities"),
        blank=True,
        related_name="+",
        help_text=_("The article appears when visitors filter the news by these cities."),
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown on news lists."))
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The article itself, below the lead: text, headings, photos and videos."),
    )

    objects = PageManager.from_queryset(NewsQuerySet)()

    content_panels = SitePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision"), FieldPanel("category")]),
        FieldPanel("related_cities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("lead"),
        *FeaturedImageMixin.image_panels,
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("category"),
    ]

    # wagtail-localize skips many-to-many fields unless told; the cities follow the source.
    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + FeaturedImageMixin.image_translatable_fields
        + translated("lead", "body")
        + synchronised("date", "date_precision", "category", "related_cities")
    )

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # Listings read the newest few: the index keeps that cheap however long the archive.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_date_idx")]

    # As an entry of the news feed (news/feeds.py), beside events and notices.
    def feed_published_at(self):
        # News carries a date only; it is published at the start of that day in Japan.
        return start_of(self.date)

    feed_recorded_at = feed_published_at

    def feed_news_until(self):
        return start_of(self.date + datetime.timedelta(days=1))

    def feed_description(self, today):
        return self.lead

    def feed_category(self):
        return self.get_category_display()

    def dated_as(self):
        return pgettext_lazy("date label", "Published"), self.date, self.date_precision

    @property
    def iso_date(self):
        return iso_partial_date(self.date, self.date_precision) if self.date else ""

    @property
    def display_date(self):
        return format_partial_date(self.date, self.date_precision) if self.date else ""

    def structured_data(self, schema):
        return [
            {
                "@type": "NewsArticle",
                "headline": self.title,
                "image": [schema.image],
                # A draft's preview may not have its date yet.
                **({"datePublished": self.iso_date} if self.date else {}),
                "dateModified": timezone.localtime(
                    self.last_published_at or timezone.now()
                ).isoformat(),
                "inLanguage": self.locale.language_code,
                "url": schema.url,
                "author": schema.organizer,
                "publisher": {**schema.organizer, "logo": schema.organization["logo"]},
                "description": self.summary_text,
            }
        ]


class EventQuerySet(ListingQuerySet):
    def upcoming(self, now):
        still_on = Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
        return self.filter(still_on).order_by("start", "pk")

    def past(self, now):
        over = Q(end__lt=now) | Q(end__isnull=True, start__lt=now)
        return self.filter(over).order_by("-start", "-pk")


class EventPage(JapaneseSearchMixin, SitePage, RoutablePageMixin, Page):
    template = "pages/event_page.html"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    summary_field = "summary"
    search_label = _("Event")
    page_description = _(
        "An event on a set day and time, with its venue. It is listed as upcoming until it "
        "ends and appears in the calendar of events."
    )

    # When
    start = models.DateTimeField(_("starts at"), null=True, help_text=_("Japan time."))
    end = models.DateTimeField(_("ends at"), null=True, blank=True, help_text=_("Japan time."))
    reception_opens = models.TimeField(
        _("reception opens at"),
        null=True,
        blank=True,
        help_text=_("When visitors can start checking in, if earlier than the start."),
    )

    # Where
    venue_name = models.CharField(
        _("venue"),
        max_length=200,
        help_text=_(
            "The name of the place and the room, for example 'Kashiwa City Hall, Room 1'. "
            "Shown on the event and on lists of events."
        ),
    )
    venue_address = models.CharField(
        _("venue address"),
        max_length=255,
        blank=True,
        help_text=_(
            "Postal code and address of the venue, shown to visitors and given to search "
            "engines. Leave blank when the event is held at the association's own office: the "
            "address in the contact details is used."
        ),
    )

    # Taking part
    registration_required = models.BooleanField(
        _("registration required"),
        default=False,
        help_text=_(
            "Tick if visitors must register before they come: the event then says "
            "'Required'; otherwise it says 'Not required'."
        ),
    )
    registration_details = models.TextField(
        _("how to register"),
        blank=True,
        help_text=_("How to register, or a note such as 'come directly to the venue'."),
    )
    summary = models.TextField(_("summary"), help_text=_("Shown on lists of events."))
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("More about the event, below the date and venue: the programme, photos."),
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("reception_opens"),
            ],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address")], heading=_("Venue")
        ),
        MultiFieldPanel(
            [FieldPanel("registration_required"), FieldPanel("registration_details")],
            heading=_("Registration"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("venue_name", "venue_address", "registration_details", "summary", "body")
        + synchronised("start", "end", "reception_opens", "registration_required")
    )

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")
        indexes = [models.Index(fields=["start", "page_ptr"], name="event_start_idx")]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})

    @path("ics/", name="calendar")
    def calendar(self, request):
        return calendar_response(request, [self], f"{self.slug}.ics", self.title)

    def get_cached_paths(self):
        """What a CDN in front must forget with the page (caching/frontend.py)."""
        return ["/", "ics/"]

    def is_past(self, now=None):
        # A draft without a start yet has not happened.
        ends = self.end or self.start
        return ends is not None and ends < (now or timezone.now())

    def feed_published_at(self):
        return self.first_published_at or timezone.now()

    def feed_recorded_at(self):
        return timezone.localtime(self.start)

    def feed_news_until(self):
        return self.start

    def feed_description(self, today):
        when = format_moment(timezone.localtime(self.start))
        # Translators: an event's day and time, then its venue
        # (Japanese: "%(when)s（会場：%(venue)s）").
        where = pgettext("event in a feed", "%(when)s, %(venue)s") % {
            "when": when,
            "venue": self.venue_name,
        }
        return f"{where}\n{self.summary}"

    def feed_category(self):
        return _("Event")

    def dated_as(self):
        return _("Held on"), timezone.localdate(self.start), DatePrecision.DAY

    def occurrences(self):
        if self.start is None:
            # A draft's event with no start yet is on no calendar.
            return []
        return [
            Occurrence(
                uid=f"event-{self.pk}",
                name=self.title,
                starts=self.start,
                ends=self.end,
                venue=self.venue_name,
                address=self.venue_address,
                description=self.summary,
            )
        ]


class RecruitmentKind(models.TextChoices):
    YOUTH_DELEGATE = "youth_delegate", _("Youth delegates")
    HOST_FAMILY = "host_family", _("Host families")
    OTHER = "other", _("Other")


class RecruitmentStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Opening soon")
    OPEN = "open", _("Accepting applications")
    CLOSED = "closed", _("Applications closed")


class RecruitmentQuerySet(ListingQuerySet):
    def open_on(self, today):
        opened = Q(application_opens__isnull=True) | Q(application_opens__lte=today)
        return self.filter(opened, application_closes__gte=today)

    def not_closed_on(self, today):
        """Calls open on `today` or opening later (the home page shows both, each with its
        status)."""
        return self.filter(application_closes__gte=today)

    def for_city(self, city):
        return self.filter(city__translation_key=city.translation_key)

    def last_of_each_programme(self, today, size):
        """Off season, the most recent closed call of each programme and kind, latest first:
        when each call ran last time is the best guide to when it opens next."""
        seen, calls = set(), []
        # The last few dozen calls cover every programme; the list is cut in Python because
        # "latest per group" has no portable SQL spelling that SQLite and PostgreSQL share.
        recent = self.filter(application_closes__lt=today).latest_deadline_first()[:50]
        for notice in recent.with_programmes():
            if (notice.city_id, notice.kind) not in seen:
                seen.add((notice.city_id, notice.kind))
                calls.append(notice)
        return calls[:size]

    def closing_soonest(self):
        """Open calls first to close first (the home page)."""
        return self.select_related("city").order_by("application_closes", "pk")

    def latest_deadline_first(self):
        """Every call, newest deadline first (the news index, a city's page)."""
        return self.select_related("city").order_by("-application_closes", "-pk")

    def with_programmes(self):
        """The notices, each with its programme's city in the notice's language, with one
        query for the whole list (page links are synchronised, so an English notice points
        at the Japanese city)."""
        notices = list(self)
        linked = [notice for notice in notices if notice.city is not None]
        for notice in notices:
            if notice.city is None:
                notice.programme = None
        for locale_id in {notice.locale_id for notice in linked}:
            in_locale = [notice for notice in linked if notice.locale_id == locale_id]
            cities = localized_by_translation_key(
                CityPage, [notice.city.translation_key for notice in in_locale], locale_id
            )
            for notice in in_locale:
                notice.programme = cities.get(notice.city.translation_key)
        return notices


class RecruitmentPage(JapaneseSearchMixin, SitePage, RoutablePageMixin, Page):
    template = "pages/recruitment_page.html"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["applications.HostFamilyApplicationPage"]
    summary_field = "summary"
    search_label = _("Call for applications")
    base_form_class = RecruitmentPageForm
    page_description = _(
        "A call for applications, such as youth delegates or host families: the deadline, who "
        "can apply, how to apply and the briefing sessions. It shows by itself whether "
        "applications are open."
    )

    # The programme
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("programme"),
        # Deleting a city must never fail in the admin; its notices simply lose the link.
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner city this call belongs to; it is listed on that city's page."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=RecruitmentKind.choices,
        help_text=_(
            "Who is being sought; shown on lists of notices. An online application form can "
            "be added under a notice only when it seeks host families."
        ),
    )
    summary = models.TextField(_("summary"), help_text=_("Shown on lists of notices."))

    # Applications
    application_opens = models.DateField(
        _("applications open"),
        null=True,
        blank=True,
        help_text=_("Leave blank if applications are accepted as soon as the notice is published."),
    )
    application_closes = models.DateField(
        _("applications close"),
        null=True,
        help_text=_(
            "The last day applications are accepted. From the next day the notice shows "
            "'Applications closed' and leaves the home page by itself."
        ),
    )
    how_to_apply = models.TextField(
        _("how to apply"),
        blank=True,
        help_text=_(
            "What applicants do: which form to fill in, and where and how to send or bring it. "
            "Shown on the notice under 'How to apply'."
        ),
    )
    documents = StreamField(
        DocumentsBlock(),
        verbose_name=_("documents"),
        blank=True,
        help_text=_(
            "Files visitors can download from the notice, such as the application form or "
            "the guidelines."
        ),
    )

    # The trip
    destination = models.CharField(
        _("destination"),
        max_length=200,
        blank=True,
        help_text=_(
            "Where the participants go, for example 'Torrance, California, USA'. Leave blank "
            "if there is no trip."
        ),
    )
    trip_start = models.DateField(
        _("trip starts"),
        null=True,
        blank=True,
        help_text=_(
            "The first day of the trip (the day of departure), shown on the notice. Leave "
            "blank if there is no trip or the dates are not fixed yet."
        ),
    )
    trip_end = models.DateField(
        _("trip ends"),
        null=True,
        blank=True,
        help_text=_("The last day of the trip (the day of return). Leave blank for a day trip."),
    )
    places = models.PositiveSmallIntegerField(
        _("places available"), null=True, blank=True, help_text=_("How many people are chosen.")
    )
    cost_yen = models.PositiveIntegerField(
        _("approximate cost (yen)"),
        null=True,
        blank=True,
        help_text=_("What a participant pays, roughly, in yen."),
    )

    # Who can apply
    eligibility = models.TextField(
        _("eligibility"),
        blank=True,
        help_text=_(
            "Who can apply, in words, for example 'High school students who can attend every "
            "preparation session'. Shown with the birth dates and the condition below."
        ),
    )
    born_from = models.DateField(
        _("born on or after"), null=True, blank=True, help_text=_("Earliest birth date accepted.")
    )
    born_until = models.DateField(
        _("born on or before"), null=True, blank=True, help_text=_("Latest birth date accepted.")
    )
    residency_condition = models.CharField(
        _("residency or school condition"),
        max_length=255,
        blank=True,
        help_text=_("For example: lives, works or studies in Kashiwa."),
    )

    briefing_sessions = StreamField(
        BriefingSessionsBlock(),
        verbose_name=_("briefing sessions"),
        blank=True,
        help_text=_(
            "Information sessions for applicants and their families, each on or before the "
            "application deadline."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "Anything else applicants should know, below the facts: the programme, how "
            "delegates are chosen, photos of past years."
        ),
    )

    objects = PageManager.from_queryset(RecruitmentQuerySet)()

    content_panels = SitePage.content_panels + [
        MultiFieldPanel(
            [
                # A list of the four cities rather than a page chooser, which opens at the top
                # of the tree (core/forms.py keeps the list to the notice's language).
                FieldRowPanel([FieldPanel("city", widget=forms.Select), FieldPanel("kind")]),
                FieldPanel("summary"),
            ],
            heading=_("Programme"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("application_opens"), FieldPanel("application_closes")]),
                FieldPanel("how_to_apply"),
                FieldPanel("documents"),
            ],
            heading=_("Applications"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("destination"),
                FieldRowPanel([FieldPanel("trip_start"), FieldPanel("trip_end")]),
                FieldRowPanel([FieldPanel("places"), FieldPanel("cost_yen")]),
            ],
            heading=_("Trip"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("eligibility"),
                FieldRowPanel([FieldPanel("born_from"), FieldPanel("born_until")]),
                FieldPanel("residency_condition"),
            ],
            heading=_("Who can apply"),
        ),
        FieldPanel("briefing_sessions"),
        FieldPanel("body"),
        HelpPanel(
            _(
                "The status (opening soon, open, closed) follows today's date in Japan time, "
                "with a sentence giving the dates. Do not write it in the title, the summary "
                "or how to apply: it would soon be wrong."
            )
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("destination"),
        index.SearchField("eligibility"),
        index.SearchField("how_to_apply"),
        index.SearchField("body"),
        index.FilterField("application_closes"),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated(
            "summary",
            "how_to_apply",
            "documents",
            "destination",
            "eligibility",
            "residency_condition",
            "briefing_sessions",
            "body",
        )
        + synchronised(
            "city",
            "kind",
            "application_opens",
            "application_closes",
            "trip_start",
            "trip_end",
            "places",
            "cost_yen",
            "born_from",
            "born_until",
        )
    )

    class Meta:
        verbose_name = _("recruitment notice")
        verbose_name_plural = _("recruitment notices")

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.application_opens
            and self.application_closes
            and self.application_closes < self.application_opens
        ):
            errors["application_closes"] = _("Applications cannot close before they open.")
        if self.trip_start and self.trip_end and self.trip_end < self.trip_start:
            errors["trip_end"] = _("The trip cannot end before it starts.")
        if self.born_from and self.born_until and self.born_until < self.born_from:
            errors["born_until"] = _("The latest birth date cannot be before the earliest.")
        # A draft's sessions may have no date yet, and the draft no deadline: compare only
        # what is there (the fields say what is required when the notice is published).
        session_dates = [session.value["date"] for session in self.briefing_sessions]
        late_sessions = [
            date
            for date in session_dates
            if date and self.application_closes and date > self.application_closes
        ]
        if late_sessions:
            errors["briefing_sessions"] = _(
                "Briefing sessions: %(date)s is after the application deadline. Applicants must "
                "be able to attend before applications close."
            ) % {"date": formats.date_format(late_sessions[0], "DATE_FORMAT")}
        if errors:
            raise ValidationError(errors)

    # Kept with the page between requests (caching/upstream/route_memo.py): publishing the
    # city or the form renews the notice.
    loaded_with_route = ("programme", "application_form")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["application_form"] = self.application_form
        return context

    @cached_property
    def application_form(self):
        # Only application forms may be created below a notice (subpage_types).
        return listing_pages().child_of(self).live().public().first()

    def status_on(self, today):
        if self.application_opens and today < self.application_opens:
            return RecruitmentStatus.UPCOMING
        # A draft may have no deadline yet.
        if self.application_closes and today > self.application_closes:
            return RecruitmentStatus.CLOSED
        return RecruitmentStatus.OPEN

    @property
    def status(self):
        return self.status_on(timezone.localdate())

    def status_note_on(self, today):
        """The status in a sentence with its dates, beside the status on the notice and in
        the feed: the day a visitor must act by, or that the call is over."""
        # A draft may have no deadline yet.
        if not self.application_closes:
            return ""
        closes = format_day(self.application_closes)
        status = self.status_on(today)
        if status == RecruitmentStatus.UPCOMING:
            return _("Applications open on %(opens)s and close on %(closes)s.") % {
                "opens": format_day(self.application_opens),
                "closes": closes,
            }
        if status == RecruitmentStatus.CLOSED:
            return _("This call closed on %(date)s.") % {"date": closes}
        return _("Applications close on %(date)s.") % {"date": closes}

    @property
    def status_note(self):
        return self.status_note_on(timezone.localdate())

    def feed_published_at(self):
        return self.first_published_at or timezone.now()

    def feed_recorded_at(self):
        return start_of(self.application_opens or self.application_closes)

    def feed_news_until(self):
        if not self.application_closes:
            return None
        return start_of(self.application_closes + datetime.timedelta(days=1))

    def feed_description(self, today):
        return self.status_note_on(today) + "\n" + self.summary

    def feed_category(self):
        return _("Recruitment")

    def dated_as(self):
        return _("Applications close"), self.application_closes, DatePrecision.DAY

    @path("ics/", name="calendar")
    def calendar(self, request):
        """The notice's briefing sessions, for calendar apps."""
        return calendar_response(request, [self], f"{self.slug}.ics", self.title)

    def get_cached_paths(self):
        return ["/", "ics/"]

    def occurrences(self):
        return [
            Occurrence(
                uid=f"briefing-{self.pk}-{session.id or index}",
                name=_("Briefing session: %(title)s") % {"title": self.title},
                starts=session.value.starts_at,
                ends=session.value.ends_at,
                venue=session.value["venue"],
                address=session.value.get("venue_address", ""),
                description=session.value["notes"] or self.summary_text,
            )
            for index, session in enumerate(self.briefing_sessions)
            # A draft's session may have no date or start yet: it is not on any calendar.
            if session.value.starts_at
        ]

    @cached_property
    def programme(self):
        """The programme's city in this notice's language (page links are synchronised)."""
        return self.city.get_translation_or_none(self.locale_id) if self.city else None
