import datetime

import factory
import wagtail_factories

from django.utils import timezone

from news.models import (
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    RecruitmentKind,
    RecruitmentPage,
)
from tests.factories.core import ImageFactory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "お知らせ"
    slug = "news"
    introduction = "協会からのお知らせです。"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"お知らせ{n}")
    date = datetime.date(2026, 11, 1)
    category = NewsCategory.ANNOUNCEMENT
    lead = "お知らせのリード文"
    image = factory.SubFactory(ImageFactory)
    image_alt = "記事の写真"

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"イベント{n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    venue_name = "パレット柏"
    summary = "イベントの概要"

    class Meta:
        model = EventPage


class RecruitmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"募集{n}")
    kind = RecruitmentKind.YOUTH_DELEGATE
    summary = "募集の概要"
    application_opens = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=1)
    )
    application_closes = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=30)
    )

    class Meta:
        model = RecruitmentPage


def briefing_session(date, start=datetime.time(10), end=datetime.time(11, 30), **value):
    """One briefing session as a notice's `briefing_sessions` takes it."""
    return (
        "session",
        {
            "date": date,
            "start_time": start,
            "end_time": end,
            "reception_time": None,
            "venue": "パレット柏",
            "venue_address": "",
            "notes": "",
            **value,
        },
    )
