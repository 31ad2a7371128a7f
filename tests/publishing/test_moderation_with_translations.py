"""A moderator's decision stands whatever state the page's English copy is in.

The matrix the workflow must survive: the editor submits a Japanese page, a moderator approves
it (with or without a comment) or asks for changes, from the page or from the dashboard, while
its English copy is fully translated, half translated, started but never translated, or absent.
Each case asserts what people see: the moderator's message, the editor's email, the history of
the English copy, and what an English visitor reads.
"""

import pytest

from django.urls import reverse

from wagtail.models import PageLogEntry, TaskState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.tasks import run_notification_worker
from tests.support.translation import translate
from translations.sync import REFRESH_LOG_ACTION

LEAD = "トーランス市との提携50周年を祝います。"
LEAD_EN = "We celebrate fifty years of friendship with Torrance."
NEW_LEAD = "記念式典は市役所で開きます。"
ENGLISH_STATES = ["translated", "half translated", "never translated", "no English copy"]
FROM = ["page", "dashboard"]


def english_copy(page, state, site):
    """Gives `page` an English copy in `state`; returns that copy (None for no copy)."""
    if state == "no English copy":
        return None
    if state == "never translated":
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=site.en)
        translation.save_target(publish=False)
        return page.get_translation(site.en)
    english = translate(page, {page.title: "Fifty years with Torrance", LEAD: LEAD_EN})
    if state == "half translated":
        StringTranslation.objects.filter(data=LEAD_EN).delete()
    return english


@pytest.fixture
def submitted(site, editor):
    """Returns a function making a Japanese article, live, with an English copy in the given
    state and an edit by the editor awaiting moderation."""

    def submitted(state):
        index = NewsIndexPageFactory(parent=site.home("ja"))
        translate(index)
        page = NewsPageFactory(parent=index, lead=LEAD)
        english = english_copy(page, state, site)
        page.lead = NEW_LEAD
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
        page.refresh_from_db()
        return page, english

    return submitted


def act(client, page, action, comment, where):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    if where == "dashboard":
        # The dashboard's buttons post from a dialog and land back on the dashboard.
        return client.post(
            f"{url}?next=/admin/",
            {"comment": comment},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
    return client.post(url, {"comment": comment}, follow=True)


@pytest.mark.parametrize("where", FROM)
@pytest.mark.parametrize("state", ENGLISH_STATES)
@pytest.mark.parametrize("comment", ["", "日付を確かめました"])
def test_approval_publishes_the_japanese_page_and_keeps_the_comment(
    client,
    site,
    submitted,
    moderator,
    mailoutbox,
    django_capture_on_commit_callbacks,
    state,
    where,
    comment,
):
    page, english = submitted(state)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, page, "approve", comment, where)

    assert response.status_code == 200
    shown = response.content.decode()
    assert "アクセス権がありません" not in shown
    page.refresh_from_db()
    assert page.live and page.lead == NEW_LEAD
    assert not page.workflow_in_progress
    approval = TaskState.objects.filter(workflow_state__base_content_type__isnull=False).last()
    assert approval.status == TaskState.STATUS_APPROVED
    assert approval.comment == comment
    assert [mail for mail in mailoutbox if "henshu@example.com" in mail.to]
    if english is not None:
        english.refresh_from_db()
        assert english.lead != NEW_LEAD or state == "never translated"


def test_a_translated_copy_follows_as_the_association_with_its_kept_translation(
    client, site, submitted, moderator, django_capture_on_commit_callbacks
):
    page, english = submitted("translated")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        act(client, page, "approve", "", "page")

    english.refresh_from_db()
    # The changed lead keeps its previous translation, for the translator to review.
    assert english.live and english.lead == LEAD_EN
    # In the moderator's request, yet recorded as the association's, not the moderator's.
    refresh = PageLogEntry.objects.filter(page=english, action=REFRESH_LOG_ACTION).get()
    assert refresh.user is None and refresh.revision.user is None
    history = client.get(reverse("wagtailadmin_pages:history", args=[english.pk]))
    assert "原文に合わせて更新" in history.content.decode()


def test_a_half_translated_copy_stays_live_with_its_english_text(
    client, site, submitted, moderator, django_capture_on_commit_callbacks
):
    page, english = submitted("half translated")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        act(client, page, "approve", "", "page")

    english.refresh_from_db()
    assert english.live
    visitor = client.get(english.url)
    assert visitor.status_code == 200
    assert "Fifty years with Torrance" in visitor.content.decode()
    assert PageLogEntry.objects.filter(page=english, action=REFRESH_LOG_ACTION).exists()


def test_a_never_translated_copy_stays_unpublished(
    client, site, submitted, moderator, django_capture_on_commit_callbacks
):
    page, english = submitted("never translated")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        act(client, page, "approve", "", "page")

    english.refresh_from_db()
    assert not english.live


@pytest.mark.parametrize("where", FROM)
@pytest.mark.parametrize("state", ENGLISH_STATES)
def test_asking_for_changes_keeps_the_live_pages_and_tells_the_editor_why(
    client,
    site,
    submitted,
    moderator,
    mailoutbox,
    django_capture_on_commit_callbacks,
    state,
    where,
):
    page, english = submitted(state)
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, page, "reject", "日付を確認してください", where)

    assert response.status_code == 200
    page.refresh_from_db()
    assert page.lead == LEAD
    rejected = TaskState.objects.filter(status=TaskState.STATUS_REJECTED).get()
    assert rejected.comment == "日付を確認してください"
    told = [mail for mail in mailoutbox if "henshu@example.com" in mail.to]
    assert told and "日付を確認してください" in told[0].body
    if english is not None:
        english.refresh_from_db()
        assert not PageLogEntry.objects.filter(page=english, action=REFRESH_LOG_ACTION).exists()


def test_a_failed_english_refresh_leaves_the_approval_standing_and_tells_staff(
    client, site, submitted, moderator, mailoutbox, django_capture_on_commit_callbacks, monkeypatch
):
    page, english = submitted("half translated")
    client.force_login(moderator)

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr("translations.sync._update_synchronised_fields", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, page, "approve", "確認済み", "page")

    assert response.status_code == 200
    page.refresh_from_db()
    assert page.live and page.lead == NEW_LEAD
    dashboard = client.get("/admin/").content.decode()
    assert "公開できなかったページ" in dashboard
    assert english.title in dashboard
    run_notification_worker()
    told = [mail for mail in mailoutbox if "shonin@example.com" in mail.to]
    assert [mail.subject for mail in told if english.title in mail.subject] == [
        f"「{english.title}」（英語）を公開できませんでした"
    ]
