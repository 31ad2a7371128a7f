"""Calls for applicants (youth delegates, host families): their dates, programme, briefings
and status."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from cities.models import CityPage
from core.blocks import BodyBlock, BriefingSessionsBlock, DocumentsBlock
from core.dates import (
    DatePrecision,
    format_day,
    start_of,
)
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.pages import Occurrence, SitePage
from core.querysets import ListingQuerySet, listing_pages, localized_by_translation_key
from news.calendar import calendar_response
from news.forms import RecruitmentPageForm
from search.index import JapaneseSearchMixin


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
