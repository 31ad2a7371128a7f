"""The admin speaks as the association to its staff: its name on the sign-in page and in every
tab title, the page tree starting at "すべてのページ", and help that is the staff's own."""

import datetime
import json

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import TaskState

from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.applications import notice_with_form
from tests.support.html import visible_text
from tests.support.page_editor import Editor

TAB_TITLE_ENDING = " - 柏市国際交流協会 サイト管理"


def tab_title(html):
    return BeautifulSoup(html, "html.parser").title.get_text(strip=True)


def sidebar_menus(html):
    """What the sidebar's menus show, {label or footer: link}, from the data the page sends
    (a script draws the menus from it)."""
    shown = {}

    def walk(node):
        if isinstance(node, dict):
            for key in ("label", "footer_text"):
                if node.get(key):
                    shown[node[key]] = node.get("url")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(BeautifulSoup(html, "html.parser").find(id="wagtail-sidebar-props").text))
    return shown


def test_the_sign_in_page_names_the_association(client, db):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()

    assert tab_title(html) == "サインイン" + TAB_TITLE_ENDING
    assert "サイト管理にサインイン" in visible_text(html)
    assert "Wagtail" not in visible_text(html)


@pytest.mark.parametrize(
    ("screen", "title"),
    [
        ("wagtailadmin_home", "ダッシュボード"),
        ("wagtailadmin_explore_root", "閲覧中: すべてのページ"),
        ("editor_guide", "編集の手引き"),
    ],
)
def test_staff_screens_carry_the_association_s_name_and_no_english(
    client, site, admin_user_ja, screen, title
):
    client.force_login(admin_user_ja)

    html = client.get(reverse(screen)).content.decode()

    assert tab_title(html) == title + TAB_TITLE_ENDING
    assert "Wagtail" not in visible_text(html)
    assert "Root" not in visible_text(html)


def test_help_leads_to_the_editor_s_guide_not_to_wagtail_s_release_notes(
    client, site, admin_user_ja
):
    client.force_login(admin_user_ja)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    menus = sidebar_menus(html)
    assert menus["編集の手引き"] == reverse("editor_guide")
    assert [text for text in menus if "Wagtail" in text] == []
    assert [url for url in menus.values() if url and "wagtail.org" in url] == []
    guide = visible_text(client.get(reverse("editor_guide")).content.decode())
    assert "下書きを保存" in guide
    assert "翻訳状況" in guide


def test_the_forms_list_names_each_form_s_kind_without_code_names(client, site, admin_user_ja):
    notice_with_form(site)
    client.force_login(admin_user_ja)

    html = client.get(reverse("wagtailforms:index")).content.decode()

    assert "ホストファミリー申込フォーム" in visible_text(html)
    assert "applications." not in visible_text(html)


def test_the_status_panel_says_on_which_day_and_at_what_time_a_page_was_sent_for_approval(
    client, site, admin_user_ja
):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    page.save_revision(user=admin_user_ja)
    page.get_workflow().start(page, admin_user_ja)
    TaskState.objects.update(started_at=datetime.datetime(2026, 12, 1, 1, 5, tzinfo=datetime.UTC))
    client.force_login(admin_user_ja)

    text = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content)

    assert "2026年12月1日（火）10:05 に 承認者の確認 へ送付" in text
    assert "前 に" not in text and "ago" not in text


@pytest.fixture
def draft_article(site):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    return NewsPageFactory(parent=news, title="記念式典のお知らせ", live=False)


def test_scheduling_a_page_says_when_it_goes_live_in_japan_time(
    client, draft_article, admin_user_ja
):
    client.force_login(admin_user_ja)

    response = Editor(client, draft_article).send(
        "edit", "publish", {"go_live_at": "2030-01-10 09:00"}
    )

    assert response.status_code == 302
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert "「記念式典のお知らせ」は 2030年1月10日9:00（日本時間）に公開されます。" in shown


def test_a_refused_schedule_says_why_with_the_dialog_s_own_words(
    client, draft_article, admin_user_ja
):
    client.force_login(admin_user_ja)

    response = Editor(client, draft_article).send(
        "edit", "publish", {"go_live_at": "2030-01-10 09:00", "expire_at": "2030-01-09 09:00"}
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["expire_at"] == ["公開開始日時は公開終了日時より前にしてください。"]


@pytest.mark.parametrize("action", ["publish", "save"])
def test_a_go_live_time_in_the_past_is_refused_and_nothing_typed_is_lost(
    client, draft_article, admin_user_ja, action
):
    client.force_login(admin_user_ja)

    response = Editor(client, draft_article).send(
        "edit", action, {"go_live_at": "2020-01-10 09:00", "title": "記念式典のご案内"}
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["go_live_at"] == [
        "公開開始日時はもう過ぎています。今すぐ公開するなら空欄のまま「公開」を押し、"
        "予約するなら先の日時を選んでください。"
    ]
    assert response.context["form"]["title"].value() == "記念式典のご案内"
    draft_article.refresh_from_db()
    assert not draft_article.live


def test_a_past_go_live_time_saved_long_ago_does_not_stop_later_edits(
    client, draft_article, admin_user_ja
):
    draft_article.go_live_at = timezone.now() - datetime.timedelta(days=400)
    draft_article.save_revision().publish()
    client.force_login(admin_user_ja)

    response = Editor(client, draft_article).send("edit", "publish", {})

    assert response.status_code == 302


@time_machine.travel(datetime.datetime(2026, 12, 7, 2, 30, tzinfo=datetime.UTC), tick=False)
def test_a_page_changed_a_moment_ago_shows_the_day_and_time_not_just_now(
    client, site, admin_user_ja
):
    draft_article = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    draft_article.save_revision(user=admin_user_ja, log_action=True)
    client.force_login(admin_user_ja)

    listing = client.get(reverse("wagtailadmin_explore", args=[draft_article.get_parent().pk]))
    history = client.get(reverse("wagtailadmin_pages:history", args=[draft_article.pk]))

    for screen in (listing, history):
        text = visible_text(screen.content)
        assert "2026年12月7日（月）11:30" in text
        assert "たった今" not in text and "0分前" not in text


def test_the_page_types_report_names_apps_as_staff_read_them(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    text = visible_text(client.get(reverse("wagtailadmin_reports:page_types_usage")).content)

    assert "姉妹都市・友好都市" in text
    assert "cities.citypage" not in text and "home.homepage" not in text


@pytest.mark.parametrize(
    ("wagtail_s_word", "japanese"),
    [("History", "履歴"), ("In progress", "作業中"), ("Published", "公開済み")],
)
def test_the_site_s_own_words_do_not_replace_wagtail_s_in_the_admin(wagtail_s_word, japanese):
    # The city page's 交流の歩み, the translation report's 翻訳中 and a search result's 掲載日
    # say the same English words with a context of their own.
    with translation.override("ja"):
        assert gettext(wagtail_s_word) == japanese


def test_the_page_history_is_headed_as_a_history_of_changes(client, draft_article, admin_user_ja):
    client.force_login(admin_user_ja)

    html = client.get(reverse("wagtailadmin_pages:history", args=[draft_article.pk])).content

    assert tab_title(html.decode()).startswith("履歴")
    assert "交流の歩み" not in visible_text(html)


def test_the_languages_list_counts_pages_in_japanese(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    text = visible_text(client.get(reverse("wagtaillocales:index")).content)

    assert "ページ" in text and " 件" in text
    assert "pages" not in text and "others" not in text


def test_a_page_the_association_published_itself_reads_system_in_the_reports(
    client, site, admin_user_ja
):
    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    article.save_revision().publish(user=None)
    client.force_login(admin_user_ja)

    for report in ("wagtailadmin_reports:aging_pages", "wagtailadmin_reports:site_history"):
        text = visible_text(client.get(reverse(report)).content)
        assert "システム" in text, report
        assert "None" not in text, report
