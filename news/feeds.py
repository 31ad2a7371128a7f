"""Everything new under one language's news index as an Atom feed, at /<lang>/news/feed/.

A subscriber must not miss what matters most, so the feed carries recruitment notices and
events beside the news, newest first. Entries name no author of their own: the Association,
the feed's author, is theirs too (RFC 4287, 4.2.1).
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from caching.fragments import cached_for_page
from caching.lookups import home_pages

FEED_SIZE = 20


def entry_dates(page):
    """When a feed entry says `page` was published and last updated.

    A page first published after it stopped being news (an old event or a closed call put up
    for the record, or moved from the old site) is dated by what it records, and its later
    edits do not bring it back to the top of a reader's list: dating it with the day it was
    typed in would present old news as new."""
    recorded, first = page.feed_recorded_at(), page.first_published_at
    until = page.feed_news_until()
    if recorded and first and until and first > until:
        return recorded, recorded
    published = timezone.localtime(page.feed_published_at())
    # Atom requires <updated>; a page made live without a revision has no publication time.
    return published, timezone.localtime(max(published, page.last_published_at or published))


@dataclass(frozen=True)
class Entry:
    """What the feed says of one page, kept between requests until a publish under the index
    renews the feed's address (caching/frontend.py)."""

    title: str
    description: str
    link: str
    published: datetime.datetime
    updated: datetime.datetime
    category: str


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
        home = home_pages(self.request).get(translation.get_language())
        return home.get_full_url(self.request) if home else self.request.build_absolute_uri("/")

    def items(self):
        # A notice's entry says whether the call is open, which changes at midnight in Japan.
        today = timezone.localdate()
        return cached_for_page(
            self.request, f"feed-entries:{today.isoformat()}", lambda: self.entries(today)
        )

    def entries(self, today):
        dated = [(entry_dates(page), page) for page in self.index.feed_pages(FEED_SIZE)]
        dated.sort(key=lambda item: item[0][0], reverse=True)
        return [
            Entry(
                title=page.title,
                description=page.feed_description(today),
                link=page.get_full_url(self.request),
                published=published,
                updated=updated,
                category=str(page.feed_category()),
            )
            for (published, updated), page in dated[:FEED_SIZE]
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.description

    def item_link(self, item):
        return item.link

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return [item.category]
