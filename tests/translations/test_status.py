"""Translators see, for the whole demo, what is missing, in progress or out of date."""

import json

import pytest
from bs4 import BeautifulSoup

from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_localize.models import Translation, TranslationSource

from tests.factories.news import NewsPageFactory
from translations.status import State, translation_status

NOTICE = "news/16th-chengde-youth-delegates/"


def status_json(capsys, *args):
    call_command("translation_status", "--json", *args)
    return json.loads(capsys.readouterr().out)


def row_for(rows, title, language="en"):
    return next(row for row in rows if row.title == title and row.target_locale == language)


@pytest.fixture
def change_source(django_capture_on_commit_callbacks):
    def change_source(page, **changes):
        for name, value in changes.items():
            setattr(page, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return change_source


def test_demo_content_is_up_to_date_everywhere(demo, capsys):
    report = status_json(capsys, "--fail-on", "outdated,missing")
    assert report["counts"] == {"missing": 0, "outdated": 0, "in_progress": 0, "up_to_date": 27}


def test_changed_source_is_outdated_since_the_change_with_a_segment_count(demo, change_source):
    notice = demo.page(NOTICE)
    change_source(notice, summary="新しい概要です。", how_to_apply="新しい応募方法です。")

    row = row_for(translation_status(), notice.title)

    assert row.state == State.OUTDATED
    assert row.changed == 2
    assert row.since is not None
    assert row.url == f"/admin/pages/{demo.page(NOTICE, 'en').pk}/edit/"


def test_release_check_fails_when_something_is_outdated_or_missing(demo, change_source):
    NewsPageFactory(parent=demo.page("news/"), title="未翻訳の記事")

    with pytest.raises(CommandError) as failure:
        call_command("translation_status", "--fail-on", "outdated,missing")

    assert failure.value.returncode == 1
    assert "1 missing" in str(failure.value)


def test_unknown_fail_on_state_is_explained(demo):
    with pytest.raises(CommandError, match="Choose from"):
        call_command("translation_status", "--fail-on", "stale")


def test_new_page_is_missing_and_links_to_starting_its_translation(demo):
    page = NewsPageFactory(parent=demo.page("news/"), title="未翻訳の記事")

    row = row_for(translation_status(), "未翻訳の記事")

    assert row.state == State.MISSING
    assert row.url == f"/admin/localize/submit/page/{page.pk}/"


def test_started_translation_is_in_progress_with_a_percentage(demo):
    page = NewsPageFactory(parent=demo.page("news/"), title="翻訳中の記事")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=demo.en).save_target(publish=False)

    row = row_for(translation_status(), "翻訳中の記事")

    assert row.state == State.IN_PROGRESS
    assert 0 <= row.percent < 100


def add_news(demo, count):
    index = demo.page("news/")
    for _ in range(count):
        NewsPageFactory(parent=index, image=None, image_alt="")


def count_queries(function):
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def test_status_takes_a_fixed_number_of_queries(demo):
    add_news(demo, 5)
    with_five = count_queries(translation_status)
    add_news(demo, 195)
    with_two_hundred = count_queries(translation_status)
    assert with_two_hundred == with_five
    assert len(translation_status()) == 27 + 200


def test_report_in_the_admin_counts_filters_and_sorts(client, demo, admin_user_ja, change_source):
    change_source(demo.page(NOTICE), summary="新しい概要です。")
    client.force_login(admin_user_ja)

    response = client.get("/admin/reports/translation-status/?state=outdated&order=-title")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    counts = soup.select_one(".translation-counts").get_text(" ", strip=True)
    assert "古くなった訳: 1" in counts
    assert "最新: 26" in counts
    titles = [row.td.get_text(strip=True) for row in soup.select("table.listing tbody tr")]
    assert titles == ["第16回 承徳市派遣青少年募集"]
    assert "1 か所変更" in soup.select_one("table.listing tbody").get_text()


def test_report_ignores_unknown_filters(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/reports/translation-status/?state=<x>&order=drop&type=1'")
    assert response.status_code == 200
    assert len(BeautifulSoup(response.content, "html.parser").select("tbody tr")) == 27


def test_report_is_in_the_reports_menu(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/")
    assert "/admin/reports/translation-status/" in response.content.decode()
