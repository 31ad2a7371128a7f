"""The news app's listing querysets at their edges, with "today" and "now" passed in, as the
home page and the news index pass them in Japan time."""

import datetime
import zoneinfo

import pytest

from news.models import EventPage, RecruitmentPage
from tests.factories.news import EventPageFactory, RecruitmentPageFactory
from tests.support.news import programme_city
from tests.support.translation import translate

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
INSTANT = datetime.timedelta(microseconds=1)
OPENS, CLOSES = datetime.date(2025, 6, 2), datetime.date(2025, 6, 28)
START = datetime.datetime(2025, 6, 1, 14, 0, tzinfo=TOKYO)
END = START + datetime.timedelta(hours=2)


@pytest.fixture
def chengde(site):
    return programme_city(site, "承徳", "Chengde", "chengde")


@pytest.fixture
def torrance(site):
    return programme_city(site, "トーランス", "Torrance", "torrance")


def titles(pages):
    return [page.title for page in pages]


# Recruitment notices


def call(news, city, title, opens=OPENS, closes=CLOSES):
    return RecruitmentPageFactory(
        parent=news, city=city, title=title, application_opens=opens, application_closes=closes
    )


def open_on(day):
    return titles(RecruitmentPage.objects.open_on(day))


def test_a_call_opens_on_its_opening_day(news, chengde):
    call(news, chengde, "募集")

    assert open_on(OPENS - datetime.timedelta(days=1)) == []
    assert open_on(OPENS) == ["募集"]


def test_a_call_is_open_on_its_closing_day_and_closed_the_day_after(news, chengde):
    call(news, chengde, "募集")

    assert open_on(CLOSES) == ["募集"]
    assert open_on(CLOSES + datetime.timedelta(days=1)) == []


def test_a_call_without_an_opening_date_is_open_from_its_publication(news, chengde):
    call(news, chengde, "随時受付の募集", opens=None)

    assert open_on(datetime.date(2000, 1, 1)) == ["随時受付の募集"]
    assert open_on(CLOSES) == ["随時受付の募集"]
    assert open_on(CLOSES + datetime.timedelta(days=1)) == []


def test_for_city_finds_a_citys_calls_from_either_language_of_the_city(
    site, news, chengde, torrance
):
    translate(call(news, chengde, "承徳の募集"), {"承徳の募集": "Chengde's call"})
    call(news, torrance, "トーランスの募集")

    for city in (chengde, chengde.get_translation(site.en)):
        found = RecruitmentPage.objects.for_city(city)
        assert sorted(titles(found)) == ["Chengde's call", "承徳の募集"]


def test_closing_soonest_puts_the_nearest_deadline_first(news, chengde):
    call(news, chengde, "六月末", closes=datetime.date(2025, 6, 30))
    call(news, chengde, "六月十日", closes=datetime.date(2025, 6, 10))
    call(news, chengde, "六月末・追加", closes=datetime.date(2025, 6, 30))

    assert titles(RecruitmentPage.objects.closing_soonest()) == [
        "六月十日",
        "六月末",
        "六月末・追加",
    ]


def test_latest_deadline_first_puts_the_furthest_deadline_first(news, chengde):
    call(news, chengde, "六月末", closes=datetime.date(2025, 6, 30))
    call(news, chengde, "六月十日", closes=datetime.date(2025, 6, 10))
    call(news, chengde, "六月末・追加", closes=datetime.date(2025, 6, 30))

    assert titles(RecruitmentPage.objects.latest_deadline_first()) == [
        "六月末・追加",
        "六月末",
        "六月十日",
    ]


def test_with_programmes_gives_each_call_its_city_in_the_calls_language(
    news, chengde, torrance, django_assert_num_queries
):
    for city, title, english in (
        (chengde, "承徳の募集", "Chengde's call"),
        (torrance, "トーランスの募集", "Torrance's call"),
    ):
        translate(call(news, city, title), {title: english})
    english = RecruitmentPage.objects.filter(locale__language_code="en").latest_deadline_first()

    # The calls, then their programmes' English cities, in one query for the whole list.
    with django_assert_num_queries(2):
        programmes = {notice.title: notice.programme.title for notice in english.with_programmes()}

    assert programmes == {"Chengde's call": "Chengde", "Torrance's call": "Torrance"}


def test_with_programmes_gives_a_call_whose_city_was_deleted_no_programme(news, chengde):
    notice = call(news, chengde, "募集")
    chengde.delete()

    [listed] = RecruitmentPage.objects.filter(pk=notice.pk).with_programmes()

    assert listed.programme is None


# Events


def event(news, title, start, end=None):
    return EventPageFactory(parent=news, title=title, start=start, end=end)


def upcoming(now):
    return titles(EventPage.objects.upcoming(now))


def past(now):
    return titles(EventPage.objects.past(now))


def test_an_event_without_an_end_is_upcoming_until_it_starts(news):
    event(news, "交流会", START)

    assert (upcoming(START), past(START)) == (["交流会"], [])
    assert (upcoming(START + INSTANT), past(START + INSTANT)) == ([], ["交流会"])


def test_an_event_with_an_end_is_upcoming_until_it_ends(news):
    event(news, "報告会", START, END)

    assert (upcoming(START + datetime.timedelta(hours=1)), past(START)) == (["報告会"], [])
    assert (upcoming(END), past(END)) == (["報告会"], [])
    assert (upcoming(END + INSTANT), past(END + INSTANT)) == ([], ["報告会"])


@pytest.mark.parametrize(
    "now", [START - INSTANT, START, START + INSTANT, END, END + INSTANT], ids=str
)
def test_every_event_is_either_upcoming_or_past_as_its_page_says(news, now):
    with_end = event(news, "報告会", START, END)
    without_end = event(news, "交流会", START)

    for page in (with_end, without_end):
        in_upcoming = EventPage.objects.upcoming(now).filter(pk=page.pk).exists()
        in_past = EventPage.objects.past(now).filter(pk=page.pk).exists()
        assert in_upcoming != in_past
        assert page.is_past(now) == in_past


def test_upcoming_events_come_soonest_first_and_past_ones_latest_first(news):
    for day in (3, 1, 2):
        event(news, f"{day}日の催し", START.replace(day=day))

    assert upcoming(START.replace(day=1) - INSTANT) == ["1日の催し", "2日の催し", "3日の催し"]
    assert past(START.replace(day=3) + INSTANT) == ["3日の催し", "2日の催し", "1日の催し"]
