"""News articles: announcements and reports, with their date and category."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from core.blocks import BodyBlock
from core.dates import (
    DatePrecision,
    iso_partial_date,
    start_of,
)
from core.fields import PAGE_TRANSLATABLE_FIELDS, synchronised, translated
from core.mixins import FeaturedImageMixin
from core.pages import SitePage
from core.querysets import ListingQuerySet
from search.index import JapaneseSearchMixin


class NewsCategory(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    REPORT = "report", _("Activity report")
    ANNIVERSARY = "anniversary", _("Anniversary programme")


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

    def structured_data(self, schema):
        return [
            {
                "@type": "NewsArticle",
                "headline": self.title,
                "image": [schema.image],
                # A draft's preview may not have its date yet.
                **(
                    {"datePublished": iso_partial_date(self.date, self.date_precision)}
                    if self.date
                    else {}
                ),
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
