"""The news of one language as an Atom feed, at /<lang>/news/feed/."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

FEED_SIZE = 20


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

    def items(self):
        from news.models import NewsPage

        return NewsPage.objects.child_of(self.index).live().public().newest_first()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # News carries a date only; it is published at the start of that day in Japan.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_category_display()]
