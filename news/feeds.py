"""Everything new under one language's news index as an Atom feed, at /<lang>/news/feed/.

A subscriber must not miss what matters most, so the feed carries recruitment notices and
events beside the news, newest first. Entries name no author of their own: the Association,
the feed's author, is theirs too (RFC 4287, 4.2.1).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from news.models import EventPage, NewsPage, RecruitmentPage

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

    def author_name(self):
        return _("Kashiwa International Relations Association")

    def author_link(self):
        return self.index.get_parent().get_full_url(self.request)

    def items(self):
        def live(model):
            return model.objects.child_of(self.index).live().public()

        entries = [
            *live(NewsPage).newest_first()[:FEED_SIZE],
            *live(EventPage).order_by("-first_published_at", "-pk")[:FEED_SIZE],
            *live(RecruitmentPage).order_by("-first_published_at", "-pk")[:FEED_SIZE],
        ]
        entries.sort(key=lambda page: page.feed_published_at(), reverse=True)
        return entries[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.feed_description()

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.feed_published_at()

    def item_updateddate(self, item):
        # Atom requires <updated>; a page made live without a revision has no publication time.
        return item.last_published_at or item.feed_published_at()

    def item_categories(self, item):
        return [item.feed_category()]
