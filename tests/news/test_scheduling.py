"""Recruitment notices can go live and expire on a schedule (cron runs publish_scheduled)."""

import datetime

import time_machine

from django.core.management import call_command
from django.utils import timezone

from news.models import RecruitmentPage
from tests.factories.news import RecruitmentPageFactory

JST = datetime.timezone(datetime.timedelta(hours=9))
START = datetime.datetime(2026, 5, 1, 9, 0, tzinfo=JST)


def open_titles(client):
    return client.get("/ja/").content.decode()


@time_machine.travel(START, tick=False)
def test_notice_scheduled_to_go_live_appears_when_its_time_comes(client, news, city):
    notice = RecruitmentPageFactory(
        parent=news,
        city=city,
        title="予約公開の募集",
        live=False,
        application_opens=datetime.date(2026, 5, 1),
        application_closes=datetime.date(2026, 6, 30),
    )
    notice.go_live_at = START + datetime.timedelta(days=2)
    notice.save_revision().publish()
    assert "予約公開の募集" not in open_titles(client)

    with time_machine.travel(START + datetime.timedelta(days=3), tick=False):
        call_command("publish_scheduled")
        assert RecruitmentPage.objects.get(pk=notice.pk).live
        assert "予約公開の募集" in open_titles(client)


@time_machine.travel(START, tick=False)
def test_notice_set_to_expire_disappears(client, news, city):
    notice = RecruitmentPageFactory(
        parent=news,
        city=city,
        title="期限付きの募集",
        application_opens=datetime.date(2026, 4, 1),
        application_closes=datetime.date(2026, 6, 30),
    )
    notice.expire_at = timezone.now() + datetime.timedelta(days=1)
    notice.save_revision().publish()
    assert "期限付きの募集" in open_titles(client)

    with time_machine.travel(START + datetime.timedelta(days=2), tick=False):
        call_command("publish_scheduled")
        assert "期限付きの募集" not in open_titles(client)
