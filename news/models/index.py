"""The news section: its list of articles, its events list and its feed, over the three page
types below it."""

from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from caching.fragments import cached_for_site
from caching.lookups import live_translations
from cities.models import CityPage
from core.fields import PAGE_TRANSLATABLE_FIELDS, translated
from core.pages import SitePage
from news.calendar import calendar_response
from news.feeds import NewsFeed
from news.models.articles import NewsCategory, NewsPage
from news.models.events import EventPage
from news.models.notices import RecruitmentPage
from search.index import JapaneseSearchMixin

NEWS_PER_PAGE = 10
PAST_EVENTS_SHOWN = 5
# The index shows the next few events; events/ lists them all, a page at a time.
UPCOMING_EVENTS_SHOWN = 5
EVENTS_PER_PAGE = 20


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
