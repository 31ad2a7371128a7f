"""The approval screens speak the office's words: 承認を依頼, 承認依頼を取り下げる, 修正依頼,
never Wagtail's ワークフロー, タスク, スニペット, エイリアス or 調整; and after changes are
requested, one way to send the page back, not two that do the same."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupApprovalTask, Task, WorkflowTask

from accounts.roles import MODERATORS
from tests.factories.news import NewsPageFactory
from tests.support.html import html

JARGON = ["ワークフロー", "タスク", "スニペット", "エイリアス", "調整"]


def shown(response):
    soup = html(response)
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    return soup.get_text(" ", strip=True)


def action_menu(response):
    soup = html(response)
    return [button.get_text(" ", strip=True) for button in soup.select("footer nav button")]


@pytest.fixture
def changes_requested(news, editor, moderator):
    article = NewsPageFactory(parent=news, title="記念式典のお知らせ")
    article.save_revision(user=editor)
    workflow_state = article.get_workflow().start(article, editor)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment="日付を確認")
    return article


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_after_changes_are_requested_there_is_one_way_to_send_the_page_back(
    client, changes_requested, role, request
):
    client.force_login(request.getfixturevalue(role))

    menu = action_menu(client.get(reverse("wagtailadmin_pages:edit", args=[changes_requested.pk])))

    assert "承認者の確認にもう一度提出する" in menu
    assert "承認をもう一度依頼する" not in menu
    # Only the person who asked may withdraw the request.
    assert ("承認依頼を取り下げる" in menu) == (role == "editor")


def test_an_approval_with_two_reviews_still_offers_to_start_again(
    client, changes_requested, editor
):
    workflow = changes_requested.get_workflow()
    second = GroupApprovalTask.objects.create(name="事務局長の確認")
    second.groups.set(Group.objects.filter(name=MODERATORS))
    WorkflowTask.objects.create(
        workflow=workflow, task=Task.objects.get(pk=second.pk), sort_order=1
    )
    client.force_login(editor)

    menu = action_menu(client.get(reverse("wagtailadmin_pages:edit", args=[changes_requested.pk])))

    assert "承認をもう一度依頼する" in menu


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_the_approval_screens_use_the_office_s_words(client, changes_requested, role, request):
    client.force_login(request.getfixturevalue(role))
    page = changes_requested.pk
    screens = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[page]),
        reverse("wagtailadmin_pages:history", args=[page]),
        reverse("wagtailadmin_pages:workflow_history", args=[page]),
        reverse("wagtailadmin_explore", args=[changes_requested.get_parent().pk]),
    ]

    for screen in screens:
        response = client.get(screen)
        assert response.status_code == 200
        text = shown(response)
        assert [word for word in JARGON if word in text] == [], screen


def test_submitting_says_what_happened_in_the_office_s_words(client, news, editor):
    article = NewsPageFactory(parent=news, title="記念式典のお知らせ")
    client.force_login(editor)
    data = {
        "title": article.title,
        "slug": article.slug,
        "date": article.date.isoformat(),
        "lead": article.lead,
        "date_precision": article.date_precision,
        "category": article.category,
        "body-count": "0",
        "action-submit": "1",
    }

    response = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data, follow=True)

    messages = " ".join(str(message) for message in response.context["messages"])
    assert "ページ「記念式典のお知らせ」の承認を依頼しました。" in messages
