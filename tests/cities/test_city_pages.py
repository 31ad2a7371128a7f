import pytest
from bs4 import BeautifulSoup


def html(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", ["トーランス", "承徳", "グアム", "キャムデン", "姉妹都市", "1973年から"]),
        ("en", ["Torrance", "Chengde", "Guam", "Camden", "Sister city", "since 1973"]),
    ],
)
def test_city_index_lists_every_city_with_relationship_and_year(client, demo, language, expected):
    text = html(client.get(demo.url("cities/", language))).main.get_text()
    for fragment in expected:
        assert fragment in text


def test_city_index_lists_cities_by_agreement_date(client, demo):
    soup = html(client.get(demo.url("cities/", "en")))
    names = [title.get_text(strip=True) for title in soup.select("main .card__title")]
    assert names == ["Torrance", "Chengde", "Guam", "Camden"]


def test_city_page_shows_facts_history_delegations_interviews_and_notices(client, demo):
    soup = html(client.get(demo.url("cities/torrance/", "en")))
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
    assert delegation_dates == sorted(delegation_dates, reverse=True)
    assert delegation_dates[0] == "2025-08-04"


def test_city_page_lists_only_its_own_notices(client, demo):
    text = html(client.get(demo.url("cities/chengde/", "ja"))).main.get_text()
    assert "第16回 承徳市派遣青少年募集" in text
    assert "ホストファミリー募集" not in text


@pytest.mark.parametrize(
    ("language", "year_only", "month_only", "full_date"),
    [
        ("ja", "1985年", "1990年2月", "1991年11月30日"),
        ("en", "1985", "February 1990", "Nov. 30, 1991"),
    ],
)
def test_history_is_an_ordered_timeline_with_precise_dates(
    client, demo, language, year_only, month_only, full_date
):
    soup = html(client.get(demo.url("cities/guam/history/", language)))
    items = soup.select("ol.timeline > li")
    assert len(items) == 4
    shown = {time["datetime"]: time.get_text() for time in soup.select("ol.timeline time")}
    assert shown["1985"] == year_only
    assert shown["1990-02"] == month_only
    assert shown["1991-11-30"] == full_date


def test_delegation_page_shows_members_and_dates(client, demo):
    soup = html(client.get(demo.url("cities/torrance/52nd-kashiwa-delegation/", "en")))
    members = [item.get_text() for item in soup.select(".inline-list li")]
    assert len(members) == 8
    assert "Sarara Gonohe" in members
    assert soup.select_one('time[datetime="2025-08-04"]')
    assert soup.select_one('time[datetime="2025-08-22"]')
    assert "No. 52" in soup.main.get_text()


@pytest.mark.parametrize(
    ("language", "question"),
    [("en", "Why did you apply to be an adult leader?"), ("ja", "引率者に応募した理由は？")],
)
def test_interview_shows_questions_and_answers(client, demo, language, question):
    soup = html(client.get(demo.url("cities/torrance/2025-adult-leader-interview/", language)))
    questions = [heading.get_text() for heading in soup.select(".qa__question")]
    assert len(questions) == 3
    assert questions[0] == question
    assert soup.select_one(".portrait img")["alt"]
