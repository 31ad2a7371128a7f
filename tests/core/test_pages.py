"""What every page type tells the rest of the site about itself (core/pages.py's SitePage): its
short description, the date a search result shows, what it puts in calendars; and that its
clean() accepts a draft's missing values."""

import datetime
import zoneinfo

import pytest

from django.utils import translation

from applications.models import HostFamilyApplicationPage
from cities.models import (
    CityIndexPage,
    CityPage,
    DelegationPage,
    HistoryPage,
    InterviewPage,
)
from core.dates import DatePrecision, format_partial_date
from core.pages import Occurrence
from home.models import HomePage, StandardPage
from news.models import EventPage, NewsIndexPage, NewsPage, RecruitmentPage
from tests.factories.news import RecruitmentPageFactory
from tests.support.cleaning import clean_with_something_missing
from tests.support.news import news_section, programme_city
from tests.support.pages import PAGE_OF_EACH_TYPE

# A new page instance looks up its content type in the database (Wagtail's Page.__init__).
pytestmark = pytest.mark.django_db

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")

# Summary and dates


@pytest.mark.parametrize(
    ("model", "summary_field"),
    [
        (HomePage, "lead"),
        (StandardPage, "introduction"),
        (CityIndexPage, "introduction"),
        (CityPage, "summary"),
        (HistoryPage, "introduction"),
        (DelegationPage, "summary"),
        (InterviewPage, "introduction"),
        (NewsIndexPage, "introduction"),
        (NewsPage, "lead"),
        (EventPage, "summary"),
        (RecruitmentPage, "summary"),
        (HostFamilyApplicationPage, "introduction"),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_a_page_is_summed_up_by_its_own_text_unless_the_editor_wrote_a_search_description(
    model, summary_field
):
    page = model(**{summary_field: "ページ自身の説明"})
    assert page.summary_text == "ページ自身の説明"

    page.search_description = "検索結果に出る説明"
    assert page.summary_text == "検索結果に出る説明"


def test_the_summary_is_one_line_of_plain_text():
    page = StandardPage(introduction="<p>協会の<b>ご案内</b>\n\n   です。</p>")
    assert page.summary_text == "協会のご案内 です。"


def test_the_summary_is_cut_to_160_characters():
    page = NewsPage(lead="あ" * 200)

    assert len(page.summary_text) == 160
    assert page.summary_text == "あ" * 159 + "…"


def test_a_page_without_any_text_has_an_empty_summary():
    assert StandardPage(introduction="").summary_text == ""


def dated_as(page):
    """The label and the date a search result shows in English."""
    with translation.override("en"):
        label, date, precision = page.dated_as()
        return str(label), date and format_partial_date(date, precision)


def test_an_article_is_dated_by_its_publication_date():
    page = NewsPage(date=datetime.date(2023, 2, 1))
    assert dated_as(page) == ("Published", "February 1, 2023")


def test_an_article_known_only_by_its_year_shows_only_the_year():
    page = NewsPage(date=datetime.date(2021, 1, 1), date_precision=DatePrecision.YEAR)
    assert dated_as(page) == ("Published", "2021")


def test_an_event_is_dated_by_the_day_it_is_held_in_japan():
    # 15:30 UTC on 1 June is half past midnight on 2 June in Japan.
    page = EventPage(start=datetime.datetime(2025, 6, 1, 15, 30, tzinfo=datetime.UTC))
    assert dated_as(page) == ("Held on", "June 2, 2025")


def test_a_notice_is_dated_by_its_deadline():
    page = RecruitmentPage(
        application_opens=datetime.date(2025, 6, 2), application_closes=datetime.date(2025, 6, 28)
    )
    assert dated_as(page) == ("Applications close", "June 28, 2025")


def test_a_delegation_is_dated_by_its_departure():
    page = DelegationPage(
        departure_date=datetime.date(2025, 8, 4), return_date=datetime.date(2025, 8, 22)
    )
    assert dated_as(page) == ("Departs", "August 4, 2025")


@pytest.mark.parametrize(
    "model",
    [
        HomePage,
        StandardPage,
        CityIndexPage,
        CityPage,
        HistoryPage,
        InterviewPage,
        NewsIndexPage,
        HostFamilyApplicationPage,
    ],
    ids=lambda model: model.__name__,
)
def test_other_pages_are_dated_by_their_last_publication_in_japan(model):
    # 16:00 UTC on 31 March is 1 April in Japan.
    page = model(last_published_at=datetime.datetime(2025, 3, 31, 16, 0, tzinfo=datetime.UTC))
    assert dated_as(page) == ("Updated", "April 1, 2025")


def test_a_page_never_published_shows_no_date():
    assert dated_as(StandardPage()) == ("", None)


# Occurrences (calendars, structured data)


def test_an_event_occurs_once_from_its_start_to_its_end():
    starts = datetime.datetime(2023, 11, 19, 14, 0, tzinfo=TOKYO)
    ends = datetime.datetime(2023, 11, 19, 16, 0, tzinfo=TOKYO)
    event = EventPage(
        pk=41,
        title="帰国報告会",
        start=starts,
        end=ends,
        venue_name="パレット柏",
        venue_address="千葉県柏市柏1-1-11",
        summary="派遣生が報告します。",
    )

    assert event.occurrences() == [
        Occurrence(
            uid="event-41",
            name="帰国報告会",
            starts=starts,
            ends=ends,
            venue="パレット柏",
            address="千葉県柏市柏1-1-11",
            description="派遣生が報告します。",
        )
    ]


def test_an_event_without_an_end_occurs_without_one():
    starts = datetime.datetime(2023, 11, 19, 14, 0, tzinfo=TOKYO)
    event = EventPage(pk=41, title="交流会", start=starts, venue_name="パレット柏", summary="")

    [occurrence] = event.occurrences()

    assert (occurrence.starts, occurrence.ends) == (starts, None)


def session(day, notes=""):
    return (
        "session",
        {
            "date": day,
            "start_time": datetime.time(10, 0),
            "end_time": datetime.time(11, 30),
            "reception_time": None,
            "venue": "柏市役所",
            "venue_address": "千葉県柏市柏5-10-1",
            "notes": notes,
        },
    )


def test_each_briefing_session_of_a_notice_occurs_in_japan_time(site):
    notice = RecruitmentPageFactory(
        parent=news_section(site),
        city=programme_city(site),
        title="青少年派遣団員募集",
        summary="派遣団員を募集します。",
        application_opens=datetime.date(2025, 5, 1),
        application_closes=datetime.date(2025, 6, 28),
        briefing_sessions=[
            session(datetime.date(2025, 6, 1), notes="申込書を配布します。"),
            session(datetime.date(2025, 6, 8)),
        ],
    )

    with translation.override("ja"):
        occurrences = notice.occurrences()

    first, second = notice.briefing_sessions
    assert occurrences == [
        Occurrence(
            uid=f"briefing-{notice.pk}-{first.id}",
            name="説明会：青少年派遣団員募集",
            starts=datetime.datetime(2025, 6, 1, 10, 0, tzinfo=TOKYO),
            ends=datetime.datetime(2025, 6, 1, 11, 30, tzinfo=TOKYO),
            venue="柏市役所",
            address="千葉県柏市柏5-10-1",
            description="申込書を配布します。",
        ),
        Occurrence(
            uid=f"briefing-{notice.pk}-{second.id}",
            name="説明会：青少年派遣団員募集",
            starts=datetime.datetime(2025, 6, 8, 10, 0, tzinfo=TOKYO),
            ends=datetime.datetime(2025, 6, 8, 11, 30, tzinfo=TOKYO),
            venue="柏市役所",
            address="千葉県柏市柏5-10-1",
            # A session without notes is described by the notice's summary.
            description="派遣団員を募集します。",
        ),
    ]


def test_a_notice_without_briefing_sessions_and_other_pages_occur_nowhere():
    assert RecruitmentPage(briefing_sessions=[]).occurrences() == []
    assert NewsPage().occurrences() == []
    assert CityPage().occurrences() == []


# clean() with a draft's missing values


def own_fields(page):
    """The concrete fields a page type adds to Wagtail's Page, by attribute name."""
    return [
        field
        for field in page._meta.concrete_fields
        if field.model._meta.app_label != "wagtailcore" and not field.primary_key
    ]


@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE)
def test_every_page_type_cleans_with_each_field_missing(page_tree, path):
    page = page_tree.page(path)
    for field in own_fields(page):
        original = getattr(page, field.attname)
        setattr(page, field.attname, None)
        clean_with_something_missing(page, field.name)
        setattr(page, field.attname, original)


@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE)
def test_every_page_type_cleans_with_every_field_missing(page_tree, path):
    page = page_tree.page(path)
    for field in own_fields(page):
        setattr(page, field.attname, None)

    clean_with_something_missing(page, "all fields")


def test_a_draft_briefing_session_without_a_date_is_on_no_calendar():
    notice = RecruitmentPage(
        title="説明会の日程未定の募集",
        briefing_sessions=[
            (
                "session",
                {"date": None, "start_time": None, "end_time": None, "venue": "パレット柏"},
            )
        ],
    )
    assert notice.occurrences() == []
