"""Autosave starts once a page exists: a new page's form neither reports errors while the
editor is still typing nor leaves an abandoned form behind as a draft."""

from django.urls import reverse

from news.models import NewsPage
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.html import html
from tests.support.page_editor import Editor


def page_form(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return html(response).find(id="page-edit-form")


def test_a_new_page_form_is_not_autosaved_but_still_warns_before_leaving(
    client, site, admin_user_ja
):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    client.force_login(admin_user_ja)

    form = page_form(client, reverse("wagtailadmin_pages:add", args=["news", "newspage", news.pk]))

    assert form["data-controller"].split() == ["w-init", "w-unsaved"]
    assert "w-autosave" not in form["data-action"]
    assert form["data-w-unsaved-confirmation-value"] == "true"
    assert NewsPage.objects.count() == 0


def test_a_saved_page_is_autosaved(client, site, admin_user_ja):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")))
    client.force_login(admin_user_ja)

    form = page_form(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert "w-autosave" in form["data-controller"].split()


def test_a_form_shown_again_after_a_refused_save_is_not_autosaved_beside_its_errors(
    client, site, admin_user_ja
):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")))
    client.force_login(admin_user_ja)

    response = Editor(client, page).send("edit", "save", {"title": ""})

    assert response.status_code == 200
    form = html(response).find(id="page-edit-form")
    assert "w-autosave" not in form["data-controller"].split()
    assert form["data-w-unsaved-confirmation-value"] == "true"
    assert (
        "w-autosave"
        in page_form(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))[
            "data-controller"
        ].split()
    )
