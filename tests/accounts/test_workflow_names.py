"""The approval workflow and its task are named in each viewer's own language, and the database
keeps the office's names whoever saves them."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from accounts.roles import MODERATORS
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.html import visible_text


def staff(django_user_model, username, language, *, superuser=False):
    make = (
        django_user_model.objects.create_superuser
        if superuser
        else django_user_model.objects.create_user
    )
    user = make(username, f"{username}@example.com", "pw")
    if not superuser:
        user.groups.add(Group.objects.get(name=MODERATORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def submitted_article(site, django_user_model):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    editor = staff(django_user_model, "henshu", "ja", superuser=True)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


@pytest.mark.parametrize(
    ("language", "shown", "not_shown"),
    [
        ("ja", "承認者の確認", "Review by a moderator"),
        ("en", "Review by a moderator", "承認者の確認"),
    ],
)
def test_the_status_panel_names_the_task_in_the_viewer_s_language(
    client, submitted_article, django_user_model, language, shown, not_shown
):
    client.force_login(staff(django_user_model, f"kanri-{language}", language, superuser=True))

    text = visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[submitted_article.pk])))

    assert shown in text
    assert not_shown not in text


def test_the_editor_s_submit_button_names_the_workflow_in_their_language(
    client, site, django_user_model
):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)

    for language, label in [
        ("ja", "公開前の承認に提出する"),
        ("en", "Submit to Approval before publishing"),
    ]:
        client.force_login(staff(django_user_model, f"editor-{language}", language, superuser=True))
        assert label in visible_text(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))


def test_each_moderator_is_emailed_the_task_s_name_in_their_own_language(
    site, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    staff(django_user_model, "shonin-ja", "ja")
    staff(django_user_model, "shonin-en", "en")
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    editor = staff(django_user_model, "henshu", "ja", superuser=True)
    page.save_revision(user=editor)

    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, editor)

    subjects = {mail.to[0]: mail.subject for mail in mailoutbox}
    assert "承認者の確認" in subjects["shonin-ja@example.com"]
    assert "Review by a moderator" in subjects["shonin-en@example.com"]


def test_the_database_keeps_the_office_s_names_when_someone_reading_english_saves_them(db):
    with translation.override("en"):
        workflow = Workflow.objects.get(active=True)
        task = workflow.tasks.get()
        assert (workflow.name, task.name) == ("Approval before publishing", "Review by a moderator")
        workflow.save()
        task.specific.save()

    assert Workflow.objects.filter(name="公開前の承認").exists()
    assert Task.objects.filter(name="承認者の確認").exists()


def test_a_workflow_edited_in_the_admin_in_english_keeps_its_stored_name(client, django_user_model):
    client.force_login(staff(django_user_model, "kanri-en", "en", superuser=True))
    workflow = Workflow.objects.get(active=True)

    form = BeautifulSoup(
        client.get(reverse("wagtailadmin_workflows:edit", args=[workflow.pk])).content,
        "html.parser",
    )

    assert form.find("input", attrs={"name": "name"})["value"] == "公開前の承認"


def test_a_name_an_administrator_types_is_shown_as_typed(db):
    task = Task.objects.get()
    task.name = "理事長の確認"
    task.save()

    with translation.override("en"):
        assert Task.objects.get().name == "理事長の確認"


def test_a_deferred_name_loads_once_and_is_still_shown_in_the_viewer_s_language(db):
    task = Task.objects.defer("name").get()

    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        assert task.name == "Review by a moderator"
        assert task.name == "Review by a moderator"

    assert len(queries) == 1


def test_the_page_history_names_the_workflow_in_the_reader_s_language_whoever_submitted(
    client, site, django_user_model
):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")), live=False)
    submitter = staff(django_user_model, "henshu-en", "en", superuser=True)
    page.save_revision(user=submitter)
    with translation.override("en"):
        page.get_workflow().start(page, submitter)
    client.force_login(staff(django_user_model, "kanri-ja", "ja", superuser=True))

    text = visible_text(client.get(reverse("wagtailadmin_pages:history", args=[page.pk])))

    assert "公開前の承認" in text
    assert "承認者の確認" in text
    assert "Approval before publishing" not in text
