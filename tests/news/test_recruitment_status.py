import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from news.models import RecruitmentPage, RecruitmentStatus

JST = datetime.timezone(datetime.timedelta(hours=9))
CHENGDE_NOTICE = "news/16th-chengde-youth-delegates/"


def at_japan_time(*args):
    return time_machine.travel(datetime.datetime(*args, tzinfo=JST), tick=False)


def open_notice_titles(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    section = soup.find(id="open-notices").parent
    return [title.get_text(strip=True) for title in section.select(".card__title")]


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
def test_status_follows_the_date_in_japan(demo, moment, status):
    notice = demo.page(CHENGDE_NOTICE)
    with at_japan_time(*moment):
        assert notice.status == status


def test_open_notice_is_listed_on_home_page_and_marked_open(client, demo):
    with at_japan_time(2025, 6, 10, 9, 0):
        assert open_notice_titles(client, "/ja/") == ["第16回 承徳市派遣青少年募集"]
        assert open_notice_titles(client, "/en/") == [
            "16th Chengde youth delegation: call for applicants"
        ]
        page = BeautifulSoup(client.get(demo.url(CHENGDE_NOTICE, "ja")).content, "html.parser")
        assert page.select_one("main .status").get_text(strip=True) == "受付中"


def test_closed_notice_leaves_the_home_page_and_says_so(client, demo):
    with at_japan_time(2025, 6, 29, 0, 10):
        assert open_notice_titles(client, "/ja/") == []
        page = BeautifulSoup(client.get(demo.url(CHENGDE_NOTICE, "en")).content, "html.parser")
        assert page.select_one("main .status").get_text(strip=True) == "Applications closed"


def test_notice_without_opening_date_is_open_until_its_deadline(demo):
    host_families = demo.page("news/torrance-host-families-2025/")
    assert host_families.status_on(datetime.date(2025, 1, 1)) == RecruitmentStatus.OPEN
    assert host_families.status_on(datetime.date(2025, 5, 17)) == RecruitmentStatus.OPEN
    assert host_families.status_on(datetime.date(2025, 5, 18)) == RecruitmentStatus.CLOSED


def test_open_on_queryset_matches_each_notices_status(demo):
    for day in (datetime.date(2025, 5, 17), datetime.date(2025, 6, 15), datetime.date(2026, 1, 1)):
        open_ids = set(RecruitmentPage.objects.open_on(day).values_list("pk", flat=True))
        expected = {
            notice.pk
            for notice in RecruitmentPage.objects.all()
            if notice.status_on(day) == RecruitmentStatus.OPEN
        }
        assert open_ids == expected
