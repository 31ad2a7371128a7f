"""Everything new under one language's news index as an Atom feed, at /<lang>/news/feed/.

A subscriber must not miss what matters most, so the feed carries recruitment notices and
events beside the news, newest first. Entries name no author of their own: the Association,
the feed's author, is theirs too (RFC 4287, 4.2.1).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _

FEED_SIZE = 20


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _published(page):
    """When the entry was announced: the news date, else when the page first went live."""
    from news.models import NewsPage

    if isinstance(page, NewsPage):
        # News carries a date only; it is published at the start of that day in Japan.
        return _start_of_day(page.date)
    return page.first_published_at or page.last_published_at or timezone.now()


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index.title} | {_('Kashiwa International Relations Association')}"

    def subtitle(self):
        return self.index.introduction

    def link(self):
        return self.index.get_full_url(self.request)

    def feed_url(self):
        return self.request.build_absolute_uri()

    def author_name(self):
        return _("Kashiwa International Relations Association")

    def author_link(self):
        return self.index.get_parent().get_full_url(self.request)

    def items(self):
        from news.models import EventPage, NewsPage, RecruitmentPage

        def newest(model, ordering):
            pages = model.objects.child_of(self.index).live().public()
            return list(pages.order_by(*ordering)[:FEED_SIZE])

        entries = [
            *newest(NewsPage, ["-date", "-pk"]),
            *newest(EventPage, ["-first_published_at", "-pk"]),
            *newest(RecruitmentPage, ["-first_published_at", "-pk"]),
        ]
        entries.sort(key=_published, reverse=True)
        return entries[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        from news.models import EventPage, RecruitmentPage

        if isinstance(item, EventPage):
            when = date_format(timezone.localtime(item.start), "DATETIME_FORMAT")
            return f"{when} · {item.venue_name}\n{item.summary}"
        if isinstance(item, RecruitmentPage):
            closes = date_format(item.application_closes, "DATE_FORMAT")
            deadline = _("Applications close on %(date)s.") % {"date": closes}
            return f"{deadline}\n{item.summary}"
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return _published(item)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        from news.models import EventPage, RecruitmentPage

        if isinstance(item, EventPage):
            return [_("Event")]
        if isinstance(item, RecruitmentPage):
            return [_("Recruitment")]
        return [item.get_category_display()]
