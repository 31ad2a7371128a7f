"""The news section's page types, one module each; the index over them imports them all."""

from news.models.articles import NewsCategory, NewsPage, NewsQuerySet
from news.models.events import EventPage, EventQuerySet
from news.models.index import NewsIndexPage
from news.models.notices import (
    RecruitmentKind,
    RecruitmentPage,
    RecruitmentQuerySet,
    RecruitmentStatus,
)

__all__ = [
    "EventPage",
    "EventQuerySet",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsQuerySet",
    "RecruitmentKind",
    "RecruitmentPage",
    "RecruitmentQuerySet",
    "RecruitmentStatus",
]
