import datetime
import itertools

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cities.models import Relationship
from core.dates import DatePrecision
from news.models import RecruitmentKind
from tests.factories.cities import (
    CityIndexPageFactory,
    CityPageFactory,
    DelegationPageFactory,
    HistoryPageFactory,
    InterviewPageFactory,
)
from tests.factories.core import ImageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory
from tests.support.html import html
from tests.support.translation import translate


def card_titles(soup, section_id):
    section = soup.find(id=section_id).parent
    return [title.get_text(strip=True) for title in section.select(".card__title")]


@pytest.fixture
def city_index(site):
    cities = CityIndexPageFactory(parent=site.home("ja"))
    translate(cities, {"姉妹都市・友好都市": "Sister and friendship cities"})
    return cities


def city(index, japanese, english, slug, signed, relationship=Relationship.SISTER, **fields):
    page = CityPageFactory(
        parent=index,
        title=japanese,
        slug=slug,
        agreement_date=signed,
        relationship=relationship,
        **fields,
    )
    translate(page, {japanese: english})
    return page


@pytest.fixture
def four_cities(city_index):
    # Added out of the order they were signed in.
    city(city_index, "キャムデン", "Camden", "camden", datetime.date(1997, 10, 1))
    city(
        city_index,
        "承徳",
        "Chengde",
        "chengde",
        datetime.date(1988, 5, 10),
        relationship=Relationship.FRIENDSHIP,
    )
    city(city_index, "トーランス", "Torrance", "torrance", datetime.date(1973, 2, 20))
    city(city_index, "グアム", "Guam", "guam", datetime.date(1993, 9, 1))


@pytest.fixture
def news_index(site):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    translate(news, {"お知らせ": "News"})
    return news


def notice(news_index, city, title, closes, **fields):
    """A notice for `city`'s programme, open from 30 days before its deadline."""
    return RecruitmentPageFactory(
        parent=news_index,
        city=city,
        title=title,
        application_opens=closes - datetime.timedelta(days=30),
        application_closes=closes,
        **fields,
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ja",
            ["トーランス", "承徳", "グアム", "キャムデン", "姉妹都市", "友好都市", "1973年から"],
        ),
        (
            "en",
            [
                "Torrance",
                "Chengde",
                "Guam",
                "Camden",
                "Sister city",
                "Friendship city",
                "since 1973",
            ],
        ),
    ],
)
def test_city_index_lists_every_city_with_relationship_and_year(
    client, four_cities, language, expected
):
    text = html(client.get(f"/{language}/cities/")).main.get_text()
    for fragment in expected:
        assert fragment in text


def test_city_index_lists_cities_by_agreement_date(client, four_cities):
    soup = html(client.get("/en/cities/"))
    names = [title.get_text(strip=True) for title in soup.select("main .card__title")]
    assert names == ["Torrance", "Chengde", "Guam", "Camden"]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_city_whose_country_is_not_known_shows_no_empty_place(client, city_index, language):
    # The association's documents never say Camden's country; staff leave it empty, not guessed.
    city(city_index, "キャムデン", "Camden", "camden", datetime.date(1997, 4, 1), country="")
    page = html(client.get(f"/{language}/cities/camden/"))
    terms = [term.get_text() for term in page.select("main .facts dt")]
    assert terms and not {"所在地", "Where"} & set(terms)
    card = html(client.get(f"/{language}/cities/")).select_one("main .card--city")
    assert card.select(".meta") == []


def test_city_page_shows_facts_history_delegations_interviews_and_notices(
    client, city_index, news_index
):
    torrance = CityPageFactory(
        parent=city_index,
        title="トーランス",
        slug="torrance",
        agreement_date=datetime.date(1973, 2, 20),
        partner_organisation="トーランス姉妹都市協会（TSCA）",
    )
    translate(
        torrance,
        {
            "トーランス": "Torrance",
            "トーランス姉妹都市協会（TSCA）": "Torrance Sister City Association (TSCA)",
        },
    )
    translate(HistoryPageFactory(parent=torrance), {"交流の歩み": "History with Torrance"})
    for departs in (
        datetime.date(2023, 8, 5),
        datetime.date(2025, 8, 4),
        datetime.date(2024, 7, 30),
    ):
        translate(
            DelegationPageFactory(
                parent=torrance,
                departure_date=departs,
                return_date=departs + datetime.timedelta(days=18),
            )
        )
    translate(
        InterviewPageFactory(parent=torrance, title="ふたつの街、ひとつの空"),
        {"ふたつの街、ひとつの空": "Two cities, one sky"},
    )
    translate(
        notice(
            news_index,
            torrance,
            "トーランスのホストファミリー募集",
            datetime.date(2025, 5, 17),
            kind=RecruitmentKind.HOST_FAMILY,
        ),
        {"トーランスのホストファミリー募集": "Host families wanted for Torrance"},
    )

    soup = html(client.get("/en/cities/torrance/"))

    main = soup.main.get_text()
    assert "Torrance Sister City Association (TSCA)" in main
    assert soup.select_one('time[datetime="1973-02-20"]')
    assert "History with Torrance" in main
    assert "Two cities, one sky" in main
    assert "Host families wanted for Torrance" in main
    assert "Applications closed" in main
    delegation_dates = [
        time["datetime"] for time in soup.select("#delegations ~ ul .meta time:first-child")
    ]
    assert delegation_dates == ["2025-08-04", "2024-07-30", "2023-08-05"]


def test_city_page_lists_only_its_own_notices(client, city_index, news_index):
    chengde = city(city_index, "承徳", "Chengde", "chengde", datetime.date(1988, 5, 10))
    torrance = city(city_index, "トーランス", "Torrance", "torrance", datetime.date(1973, 2, 20))
    notice(
        news_index,
        chengde,
        "承徳市派遣青少年募集",
        timezone.localdate() + datetime.timedelta(days=20),
    )
    notice(news_index, torrance, "トーランスのホストファミリー募集", timezone.localdate())

    text = html(client.get("/ja/cities/chengde/")).main.get_text()

    assert "承徳市派遣青少年募集" in text
    assert "ホストファミリー募集" not in text


@pytest.mark.parametrize(
    ("language", "expected_titles", "programme"),
    [
        ("ja", ["締切の遅い募集", "締切の早い募集"], "トーランス（"),
        ("en", ["The later call", "The earlier call"], "Torrance: "),
    ],
)
def test_city_page_lists_its_notices_in_its_language_latest_deadline_first(
    client, city_index, news_index, language, expected_titles, programme
):
    torrance = city(city_index, "トーランス", "Torrance", "torrance", datetime.date(1973, 2, 20))
    earlier = notice(
        news_index, torrance, "締切の早い募集", timezone.localdate() + datetime.timedelta(days=5)
    )
    later = notice(
        news_index, torrance, "締切の遅い募集", timezone.localdate() + datetime.timedelta(days=40)
    )
    translate(earlier, {"締切の早い募集": "The earlier call"})
    translate(later, {"締切の遅い募集": "The later call"})

    soup = html(client.get(f"/{language}/cities/torrance/"))

    assert card_titles(soup, "notices") == expected_titles
    programmes = [meta.get_text() for meta in soup.find(id="notices").parent.select(".meta")]
    assert all(meta.startswith(programme) for meta in programmes)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_city_page_queries_do_not_grow_with_its_notices(client, city_index, news_index, language):
    torrance = city(city_index, "トーランス", "Torrance", "torrance", datetime.date(1973, 2, 20))
    numbers = itertools.count()

    def add_notices(count):
        for number in itertools.islice(numbers, count):
            translate(notice(news_index, torrance, f"募集{number}", timezone.localdate()))

    def notices_shown_and_queries():
        url = f"/{language}/cities/torrance/"
        client.get(url)  # The first render creates the city image's renditions.
        with CaptureQueriesContext(connection) as captured:
            soup = html(client.get(url))
        return len(card_titles(soup, "notices")), len(captured)

    add_notices(1)
    _shown, with_one = notices_shown_and_queries()
    add_notices(5)

    assert notices_shown_and_queries() == (6, with_one)


@pytest.mark.parametrize(
    ("language", "year_only", "month_only", "full_date"),
    [
        ("ja", "1985年", "1990年2月", "1991年11月30日"),
        ("en", "1985", "February 1990", "November 30, 1991"),
    ],
)
def test_history_is_an_ordered_timeline_with_precise_dates(
    client, city_index, language, year_only, month_only, full_date
):
    guam = city(city_index, "グアム", "Guam", "guam", datetime.date(1993, 9, 1))
    milestones = [
        (datetime.date(1985, 1, 1), DatePrecision.YEAR, "最初の訪問"),
        (datetime.date(1990, 2, 1), DatePrecision.MONTH, "青少年交流の開始"),
        (datetime.date(1991, 11, 30), DatePrecision.DAY, "友好協定の調印"),
        (datetime.date(1993, 9, 1), DatePrecision.DAY, "姉妹都市提携"),
    ]
    history = HistoryPageFactory(
        parent=guam,
        milestones=[
            ("milestone", {"date": date, "precision": precision, "title": title, "description": ""})
            for date, precision, title in milestones
        ],
    )
    translate(history)

    soup = html(client.get(f"/{language}/cities/guam/history/"))

    items = soup.select("ol.timeline > li")
    assert [item.h2.get_text() for item in items] == [
        title if language == "ja" else f"[en] {title}" for _date, _precision, title in milestones
    ]
    shown = {time["datetime"]: time.get_text() for time in soup.select("ol.timeline time")}
    assert shown["1985"] == year_only
    assert shown["1990-02"] == month_only
    assert shown["1991-11-30"] == full_date


def test_delegation_page_shows_members_and_dates(client, city_index):
    torrance = city(city_index, "トーランス", "Torrance", "torrance", datetime.date(1973, 2, 20))
    members = [f"団員{number}" for number in range(1, 9)]
    english_members = [f"Member {number}" for number in range(1, 8)] + ["Sarara Gonohe"]
    delegation = DelegationPageFactory(
        parent=torrance,
        slug="52nd-kashiwa-delegation",
        edition=52,
        departure_date=datetime.date(2025, 8, 4),
        return_date=datetime.date(2025, 8, 22),
        members="\n".join(members),
    )
    translate(delegation, {"\n".join(members): "\n".join(english_members)})

    soup = html(client.get("/en/cities/torrance/52nd-kashiwa-delegation/"))

    assert [item.get_text() for item in soup.select(".inline-list li")] == english_members
    assert soup.select_one('time[datetime="2025-08-04"]')
    assert soup.select_one('time[datetime="2025-08-22"]')
    assert "No. 52" in soup.main.get_text()


@pytest.mark.parametrize(
    ("language", "question", "portrait"),
    [
        ("en", "Why did you apply to be an adult leader?", "The adult leader in Torrance"),
        ("ja", "引率者に応募した理由は？", "トーランスでの引率者"),
    ],
)
def test_interview_shows_questions_and_answers(client, city_index, language, question, portrait):
    torrance = city(city_index, "トーランス", "Torrance", "torrance", datetime.date(1973, 2, 20))
    questions = {
        "引率者に応募した理由は？": "Why did you apply to be an adult leader?",
        "一番の思い出は？": "What do you remember most?",
        "これから参加する人へ一言": "A word for future delegates",
    }
    interview = InterviewPageFactory(
        parent=torrance,
        slug="2025-adult-leader-interview",
        image=ImageFactory(),
        image_alt="トーランスでの引率者",
        questions=[
            ("question_answer", {"question": japanese, "answer": "<p>楽しかったです。</p>"})
            for japanese in questions
        ],
    )
    translate(interview, {**questions, "トーランスでの引率者": "The adult leader in Torrance"})

    soup = html(client.get(f"/{language}/cities/torrance/2025-adult-leader-interview/"))

    shown = [heading.get_text() for heading in soup.select(".qa__question")]
    assert len(shown) == 3
    assert shown[0] == question
    assert soup.select_one(".portrait img")["alt"] == portrait
