"""Events: when and where, their calendar entry, and whether they are still to come."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from core.blocks import BodyBlock
from core.dates import (
    DatePrecision,
    format_moment,
)
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.pages import Occurrence, SitePage
from core.querysets import ListingQuerySet
from news.calendar import calendar_response
from search.index import JapaneseSearchMixin


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
