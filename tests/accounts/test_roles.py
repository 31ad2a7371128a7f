"""Each role's boundaries, proven through the real admin URLs."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.roles import EDITORS, MODERATORS, TRANSLATORS
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.translation import translate


@pytest.fixture
def article(site):
    """A Japanese news article, translated into English."""
    news = NewsIndexPageFactory(parent=site.home("ja"))
    translate(news)
    page = NewsPageFactory(parent=news, lead="トーランス市との提携50周年を祝います。")
    translate(page)
    return page


@pytest.fixture
def english(site, article):
    return article.get_translation(site.en)


@pytest.fixture
def login_as(client, django_user_model):
    def login_as(role):
        user = django_user_model.objects.create_user(f"{role.lower()}-user", password="pw")
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return user

    return login_as


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def post_edit(client, page, action):
    """Posts the page's own editor form back, as the editor's buttons do."""

    page = page.specific
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "date_precision": page.date_precision,
            "category": page.category,
            "lead": page.lead + " (edited)",
            "image": page.image_id or "",
            "image_alt": page.image_alt,
            "body": streamfield([]),
            action: "1",
        }
    )
    return client.post(edit_url(page), data)


def allowed(response):
    return response.status_code == 200


def test_editor_edits_japanese_pages_and_submits_them_for_moderation(client, article, login_as):
    login_as(EDITORS)
    assert allowed(client.get(edit_url(article)))

    response = post_edit(client, article, "action-submit")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.workflow_in_progress
    assert "(edited)" not in article.lead


def test_editor_cannot_publish(client, article, login_as):
    login_as(EDITORS)

    response = post_edit(client, article, "action-publish")

    assert response.status_code in (302, 403)
    article.refresh_from_db()
    assert "(edited)" not in article.lead


def test_editor_cannot_open_english_pages(client, english, login_as):
    login_as(EDITORS)
    assert not allowed(client.get(edit_url(english)))


def test_moderator_publishes_and_unpublishes(client, article, login_as):
    login_as(MODERATORS)

    response = post_edit(client, article, "action-publish")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.lead.endswith("(edited)")

    response = client.post(f"/admin/pages/{article.pk}/unpublish/")
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live


def test_translator_edits_english_translations(client, english, login_as):
    login_as(TRANSLATORS)
    response = client.get(edit_url(english))
    assert allowed(response)
    assert b"initialStringTranslations" in response.content


def test_translator_cannot_edit_or_publish_japanese_pages(client, article, login_as):
    login_as(TRANSLATORS)
    assert not allowed(client.get(edit_url(article)))

    post_edit(client, article, "action-publish")

    article.refresh_from_db()
    assert "(edited)" not in article.lead


def test_translator_can_start_a_translation_of_a_japanese_page(client, article, login_as):
    login_as(TRANSLATORS)
    assert allowed(client.get(f"/admin/localize/submit/page/{article.pk}/"))


def test_translator_cannot_delete_pages(client, english, login_as):
    login_as(TRANSLATORS)

    response = client.post(f"/admin/pages/{english.pk}/delete/")

    assert response.status_code == 302
    assert Page.objects.filter(pk=english.pk).exists()


def test_moderator_can_delete_pages(client, english, login_as):
    login_as(MODERATORS)

    response = client.post(f"/admin/pages/{english.pk}/delete/")

    assert response.status_code == 302
    assert not Page.objects.filter(pk=english.pk).exists()


def submit_as_editor(client, page, django_user_model):
    editor = django_user_model.objects.create_user(
        "henshu", email="henshu@example.com", password="pw"
    )
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    post_edit(client, page, "action-submit")
    page.refresh_from_db()
    return page


def moderate(client, django_user_model, page, action, comment):
    moderator = django_user_model.objects.create_user(
        "shonin", email="shonin@example.com", password="pw"
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(moderator)
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        {"comment": comment},
    )


def test_moderator_approval_publishes_and_the_editor_is_told(
    client, article, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    page = submit_as_editor(client, article, django_user_model)
    assert page.workflow_in_progress

    with django_capture_on_commit_callbacks(execute=True):
        response = moderate(client, django_user_model, page, "approve", "よくできています")

    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.lead.endswith("(edited)")
    assert not page.workflow_in_progress
    told = [mail for mail in mailoutbox if "henshu@example.com" in mail.to]
    assert told, "the editor is notified of the approval"


def test_moderator_rejection_keeps_the_page_and_tells_the_editor_why(
    client, article, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    page = submit_as_editor(client, article, django_user_model)

    with django_capture_on_commit_callbacks(execute=True):
        moderate(client, django_user_model, page, "reject", "日付を確認してください")

    page.refresh_from_db()
    assert "(edited)" not in page.lead
    told = [mail for mail in mailoutbox if "henshu@example.com" in mail.to]
    assert any("日付を確認してください" in mail.body for mail in told)


def test_the_roles_are_the_only_groups_and_are_named_as_the_office_names_them(db):
    assert set(Group.objects.values_list("name", flat=True)) == {"編集者", "承認者", "翻訳者"}


def test_only_moderators_may_publish_a_translation_with_untranslated_text(db):
    holders = Group.objects.filter(permissions__codename="publish_incomplete_translation")

    assert list(holders.values_list("name", flat=True)) == [MODERATORS]


def test_the_approval_workflow_is_named_in_japanese_alone(db):
    workflow = Workflow.objects.get(active=True)

    assert workflow.name == "公開前の承認"
    assert [task.name for task in workflow.tasks] == ["承認者の確認"]
