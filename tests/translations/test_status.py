"""Translators see, for the whole site, what is missing, in progress or out of date."""

import json

import pytest

from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from tests.factories.news import NewsPageFactory
from tests.support.bilingual import CONTACT
from tests.support.html import html
from tests.support.translation import translate
from translations.status import State, translation_status

ARTICLE_TITLE = "トーランス市との姉妹都市提携50周年記念事業"
ARTICLE = {
    ARTICLE_TITLE: "Events for the 50th anniversary of the sister city agreement with Torrance",
    "提携50周年を記念して式典を開きました。": "A ceremony marked fifty years of the agreement.",
    "両市の代表が記念植樹をしました。": "Both cities' representatives planted a tree.",
}
CONTACT_NAME = CONTACT["name"][0]


def status_json(capsys, *args):
    call_command("translation_status", "--json", *args)
    return json.loads(capsys.readouterr().out)


def row_for(rows, title, language="en"):
    return next(row for row in rows if row.title == title and row.target_locale == language)


@pytest.fixture
def article(news_index):
    """A news article published in Japanese and fully translated into English."""
    page = NewsPageFactory(
        parent=news_index,
        title=ARTICLE_TITLE,
        lead="提携50周年を記念して式典を開きました。",
        body=[("paragraph", RichText("<p>両市の代表が記念植樹をしました。</p>"))],
        image=None,
        image_alt="",
    )
    translate(page, ARTICLE)
    return page


@pytest.fixture
def change_source(publish):
    def change_source(page, **changes):
        for name, value in changes.items():
            setattr(page, name, value)
        publish(page)

    return change_source


def test_demo_content_is_up_to_date_everywhere(demo, capsys):
    report = status_json(capsys, "--fail-on", "outdated,missing")
    assert report["counts"] == {
        "missing": 0,
        "outdated": 0,
        "in_progress": 0,
        "source_not_live": 0,
        "up_to_date": 29,
    }


def test_translated_pages_and_contact_details_are_up_to_date(article, capsys):
    report = status_json(capsys, "--fail-on", "outdated,missing")

    assert report["counts"] == {
        "missing": 0,
        "outdated": 0,
        "in_progress": 0,
        "source_not_live": 0,
        "up_to_date": 4,
    }
    titles = {row["title"] for row in report["rows"]}
    assert titles == {"柏市国際交流協会", CONTACT_NAME, "お知らせ", ARTICLE_TITLE}


def test_changed_source_is_outdated_since_the_change_with_a_segment_count(
    site, article, change_source
):
    change_source(
        article,
        lead="新しいリード文です。",
        body=[("paragraph", RichText("<p>新しい段落です。</p>"))],
    )

    row = row_for(translation_status(), ARTICLE_TITLE)

    assert row.state == State.OUTDATED
    assert row.changed == 2
    assert row.since is not None
    assert row.url == f"/admin/pages/{article.get_translation(site.en).pk}/edit/"


def test_release_check_fails_when_something_is_outdated_or_missing(news_index):
    NewsPageFactory(parent=news_index, title="未翻訳の記事")

    with pytest.raises(CommandError) as failure:
        call_command("translation_status", "--fail-on", "outdated,missing")

    assert failure.value.returncode == 1
    assert "1 missing" in str(failure.value)


def test_unknown_fail_on_state_is_explained(site):
    with pytest.raises(CommandError, match="Choose from"):
        call_command("translation_status", "--fail-on", "stale")


def test_new_page_is_missing_and_links_to_starting_its_translation(news_index):
    page = NewsPageFactory(parent=news_index, title="未翻訳の記事")

    row = row_for(translation_status(), "未翻訳の記事")

    assert row.state == State.MISSING
    assert row.url == f"/admin/localize/submit/page/{page.pk}/"


def test_started_translation_is_in_progress_with_a_percentage(site, news_index):
    page = NewsPageFactory(parent=news_index, title="翻訳中の記事")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=site.en).save_target(publish=False)

    row = row_for(translation_status(), "翻訳中の記事")

    assert row.state == State.IN_PROGRESS
    assert 0 <= row.percent < 100


def test_a_page_waiting_for_approval_is_not_yet_translatable(news_index):
    NewsPageFactory(parent=news_index, title="承認待ちの記事", live=False)

    row = row_for(translation_status(), "承認待ちの記事")

    assert row.state == State.SOURCE_NOT_LIVE
    assert str(row.state_label) == "原文が未公開"


def test_a_translation_published_with_nothing_translated_is_missing_not_outdated(site, news_index):
    page = NewsPageFactory(parent=news_index, title="訳さずに公開された記事")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=site.en).save_target()
    page.get_translation(site.en).save_revision().publish()

    row = row_for(translation_status(), "訳さずに公開された記事")

    assert row.state == State.MISSING
    assert row.changed == 0
    assert row.url == f"/admin/pages/{page.get_translation(site.en).pk}/edit/"


def add_news(index, count):
    for _ in range(count):
        NewsPageFactory(parent=index, image=None, image_alt="")


def count_queries(function):
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def test_status_takes_a_fixed_number_of_queries(news_index):
    add_news(news_index, 5)
    with_five = count_queries(translation_status)
    add_news(news_index, 195)
    with_two_hundred = count_queries(translation_status)
    assert with_two_hundred == with_five
    # The home page, the contact details and the news index, then the new articles.
    assert len(translation_status()) == 3 + 200


def test_report_in_the_admin_counts_filters_and_sorts(
    client, article, admin_user_ja, change_source
):
    change_source(article, lead="新しいリード文です。")
    client.force_login(admin_user_ja)

    response = client.get("/admin/reports/translation-status/?state=outdated&order=-title")

    assert response.status_code == 200
    soup = html(response)
    counts = soup.select_one(".translation-counts").get_text(" ", strip=True)
    assert "古くなった訳: 1" in counts
    assert "最新: 3" in counts
    titles = [row.td.get_text(strip=True) for row in soup.select("table.listing tbody tr")]
    assert titles == [ARTICLE_TITLE]
    assert "1 か所変更" in soup.select_one("table.listing tbody").get_text()


def test_contact_details_are_listed_by_their_name(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.get("/admin/reports/translation-status/")

    soup = html(response)
    rows = {
        row.td.get_text(strip=True): [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup.select("table.listing tbody tr")
    }
    assert rows[CONTACT_NAME] == [CONTACT_NAME, "連絡先", "日本語 → 英語", "最新"]
    languages = [option.get_text() for option in soup.select("#filter-language option")]
    assert languages == ["すべて", "英語"]


def test_report_ignores_unknown_filters(client, article, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/reports/translation-status/?state=<x>&order=drop&type=1'")
    assert response.status_code == 200
    assert len(html(response).select("tbody tr")) == 4


def test_report_is_in_the_reports_menu(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/")
    assert "/admin/reports/translation-status/" in response.content.decode()
