import datetime

import pytest
import time_machine

from news.models import RecruitmentKind, RecruitmentPage, RecruitmentStatus
from tests.factories.news import RecruitmentPageFactory
from tests.support.html import html
from tests.support.news import news_section, programme_city
from tests.support.translation import translate

JST = datetime.timezone(datetime.timedelta(hours=9))
YOUTH_CALL = {
    "ja": "第16回 承徳市派遣青少年募集",
    "en": "16th Chengde youth delegation: call for applicants",
}
# Open from 2 June to 28 June 2025.
OPENS, CLOSES = datetime.date(2025, 6, 2), datetime.date(2025, 6, 28)


def at_japan_time(*args):
    return time_machine.travel(datetime.datetime(*args, tzinfo=JST), tick=False)


def current_notices(client, url):
    """{title: status} of the home page's open and upcoming calls; none without the section."""
    soup = html(client.get(url))
    heading = soup.find(id="current-notices")
    if heading is None:
        return {}
    return {
        card.select_one(".card__title").get_text(strip=True): card.select_one(".status").get_text(
            strip=True
        )
        for card in heading.parent.select(".card")
    }


def status_shown(client, url):
    page = html(client.get(url))
    return page.select_one("main .status").get_text(strip=True)


@pytest.fixture
def youth_call_and_a_closed_call(site):
    """The youth call, open in June 2025, and a host-family call that closed on 17 May."""
    news = news_section(site)
    chengde = programme_city(site)
    youth_call = RecruitmentPageFactory(
        parent=news,
        title=YOUTH_CALL["ja"],
        slug="16th-chengde-youth-delegates",
        city=chengde,
        application_opens=OPENS,
        application_closes=CLOSES,
    )
    translate(youth_call, {YOUTH_CALL["ja"]: YOUTH_CALL["en"]})
    host_families = RecruitmentPageFactory(
        parent=news,
        title="ホストファミリー募集",
        city=chengde,
        kind=RecruitmentKind.HOST_FAMILY,
        application_opens=None,
        application_closes=datetime.date(2025, 5, 17),
    )
    translate(host_families, {"ホストファミリー募集": "Host families wanted"})


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        ((2025, 6, 1, 23, 59), RecruitmentStatus.UPCOMING),
        ((2025, 6, 2, 0, 0), RecruitmentStatus.OPEN),
        # 23:30 in Japan is still the 28th there, although UTC has long been on the 28th too.
        ((2025, 6, 28, 23, 30), RecruitmentStatus.OPEN),
        # 00:10 on the 29th in Japan is still the 28th in UTC: Japan's date decides.
        ((2025, 6, 29, 0, 10), RecruitmentStatus.CLOSED),
    ],
)
def test_status_follows_the_date_in_japan(moment, status):
    notice = RecruitmentPage(application_opens=OPENS, application_closes=CLOSES)
    with at_japan_time(*moment):
        assert notice.status == status


def test_open_notice_is_listed_on_home_page_and_marked_open(client, youth_call_and_a_closed_call):
    with at_japan_time(2025, 6, 10, 9, 0):
        assert current_notices(client, "/ja/") == {YOUTH_CALL["ja"]: "受付中"}
        assert current_notices(client, "/en/") == {YOUTH_CALL["en"]: "Accepting applications"}
        assert status_shown(client, "/ja/news/16th-chengde-youth-delegates/") == "受付中"


def test_a_notice_opening_soon_is_on_the_home_page_before_it_opens(
    client, youth_call_and_a_closed_call
):
    with at_japan_time(2025, 5, 20, 9, 0):
        assert current_notices(client, "/ja/") == {YOUTH_CALL["ja"]: "受付開始前"}
        assert current_notices(client, "/en/") == {YOUTH_CALL["en"]: "Opening soon"}
        card = html(client.get("/ja/")).select_one(".card")
        assert "受付開始：2025年6月2日（月）" in card.get_text()
        assert "締切：2025年6月28日（土）" in card.get_text()


def test_closed_notice_leaves_the_home_page_and_says_so(client, youth_call_and_a_closed_call):
    with at_japan_time(2025, 6, 29, 0, 10):
        assert current_notices(client, "/ja/") == {}
        assert (
            status_shown(client, "/en/news/16th-chengde-youth-delegates/") == "Applications closed"
        )


def test_notice_without_opening_date_is_open_until_its_deadline():
    host_families = RecruitmentPage(
        application_opens=None, application_closes=datetime.date(2025, 5, 17)
    )
    assert host_families.status_on(datetime.date(2025, 1, 1)) == RecruitmentStatus.OPEN
    assert host_families.status_on(datetime.date(2025, 5, 17)) == RecruitmentStatus.OPEN
    assert host_families.status_on(datetime.date(2025, 5, 18)) == RecruitmentStatus.CLOSED


def test_open_on_queryset_matches_each_notices_status(youth_call_and_a_closed_call):
    ever_open = set()
    for day in (
        datetime.date(2025, 5, 17),
        datetime.date(2025, 6, 1),
        datetime.date(2025, 6, 15),
        datetime.date(2026, 1, 1),
    ):
        open_ids = set(RecruitmentPage.objects.open_on(day).values_list("pk", flat=True))
        expected = {
            notice.pk
            for notice in RecruitmentPage.objects.all()
            if notice.status_on(day) == RecruitmentStatus.OPEN
        }
        assert open_ids == expected
        ever_open |= open_ids
    # Both calls, in both languages, were open on one of those days.
    assert len(ever_open) == 4
