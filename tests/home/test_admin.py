"""The admin as a whole, for Japanese editors: the dashboard, the contact details snippet, the
accessibility checker and which pages may be copied."""

import datetime

import pytest
import time_machine

from django.urls import reverse

from news.models import RecruitmentKind
from tests.factories.cities import CityIndexPageFactory, CityPageFactory, HistoryPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory, RecruitmentPageFactory
from tests.support.html import html
from tests.support.translation import translate


@pytest.fixture
def editor(client, admin_user_ja):
    client.force_login(admin_user_ja)
    return admin_user_ja


def text_of(soup, panel_id):
    return soup.find(id=f"{panel_id}-section").get_text(" ", strip=True)


def test_dashboard_shows_open_notices_and_translations_to_do(client, site, editor):
    cities = CityIndexPageFactory(parent=site.home("ja"))
    chengde = CityPageFactory(parent=cities, title="承徳")
    news = NewsIndexPageFactory(parent=site.home("ja"))
    open_call = RecruitmentPageFactory(
        parent=news,
        city=chengde,
        title="第16回 承徳市派遣青少年募集",
        application_opens=datetime.date(2025, 5, 1),
        application_closes=datetime.date(2025, 6, 28),
    )
    closed_call = RecruitmentPageFactory(
        parent=news,
        city=chengde,
        title="ホストファミリー募集",
        kind=RecruitmentKind.HOST_FAMILY,
        application_opens=datetime.date(2025, 4, 1),
        application_closes=datetime.date(2025, 6, 9),
    )
    for page in (cities, chengde, news, open_call, closed_call):
        translate(page)

    with time_machine.travel(datetime.datetime(2025, 6, 10, 9, 0, tzinfo=datetime.UTC)):
        response = client.get(reverse("wagtailadmin_home"))

    soup = html(response)
    notices = text_of(soup, "open-recruitment")
    assert "第16回 承徳市派遣青少年募集" in notices
    assert "2025年6月28日" in notices
    assert "受付中" in notices
    assert "ホストファミリー" not in notices
    todo = text_of(soup, "translations-to-do")
    assert "未翻訳 0 件" in todo
    assert "古くなった翻訳 0 件" in todo


def test_contact_details_snippet_is_in_japanese(client, site, editor):
    listing = client.get(reverse("wagtailsnippets_home_contactdetails:list"))
    assert listing.status_code == 200
    assert "連絡先" in listing.content.decode()
    assert site.contact("ja").name in listing.content.decode()

    edit_form = client.get(
        reverse("wagtailsnippets_home_contactdetails:edit", args=[site.contact("ja").pk])
    )
    assert edit_form.status_code == 200
    labels = html(edit_form).select("label")
    text = " ".join(label.get_text(" ", strip=True) for label in labels)
    for label in ("団体名", "電話番号", "開所時間"):
        assert label in text


def test_accessibility_checker_includes_language_and_alt_text_rules(client, site, editor):
    home = site.home("ja")

    in_the_editor = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    on_the_site = client.get(site.url(home))

    for response in (in_the_editor, on_the_site):
        assert response.status_code == 200
        content = response.content.decode()
        assert "html-lang-valid" in content
        assert "valid-lang" in content
        assert "image-alt" in content


def copy(client, page, slug):
    return client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "複製", "new_slug": slug, "new_parent_page": page.get_parent().pk},
        follow=True,
    )


def test_singleton_pages_cannot_be_copied(client, site, editor):
    city = CityPageFactory(parent=CityIndexPageFactory(parent=site.home("ja")))
    history = HistoryPageFactory(parent=city)

    response = copy(client, history, "history-copy")

    assert "複製できません" in response.content.decode()
    assert not city.get_children().filter(slug="history-copy").exists()


def test_ordinary_pages_can_still_be_copied(client, site, editor):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    article = NewsPageFactory(parent=news)

    copy(client, article, "copied-news")

    assert news.get_children().filter(slug="copied-news").exists()
