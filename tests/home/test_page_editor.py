"""The page editor never answers 500, whatever an editor leaves empty or types wrong.

For every page type, the create and edit forms get what the editor of a demo page would submit
(the form's own inputs, StreamFields built with Wagtail's form-data helpers), with any subset of
the fields an editor fills in (StreamField block children included) emptied or malformed. Saving
a draft, publishing, autosave (Wagtail 8 posts the same form with ``Accept: application/json``)
and the preview panel answer with a form and its messages, a saved page, or a JSON error:
never a 500.
"""

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from django.db import transaction

from tests.support.page_editor import EMPTY_RICH_TEXT, Editor, as_written
from tests.support.pages import PAGE_OF_EACH_TYPE

fuzz = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.fixture(params=PAGE_OF_EACH_TYPE, ids=lambda path: path.strip("/") or "home")
def editor(request, client, demo, admin_user_ja):
    # An exception inside a view fails the test with its traceback, which says more than a 500.
    client.force_login(admin_user_ja)
    return Editor(client, as_written(demo.page(request.param)), request.param)


def check(response, action):
    """A form with messages, a saved page, or a JSON answer; never a 500."""
    assert response.status_code < 500, response.content[:2000]
    if action == "autosave":
        assert response.status_code in (200, 400)
        assert response.headers["Content-Type"] == "application/json"
    elif action == "preview":
        assert response.status_code == 200
    else:
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert list(response.context["messages"]), "a refused form says why"


@fuzz
@given(data=st.data())
def test_page_editor_never_fails(editor, data):
    form = data.draw(st.sampled_from(["create", "edit"]), label="form")
    action = data.draw(st.sampled_from(["draft", "publish", "autosave", "preview"]), label="action")
    changes = {}
    for key in data.draw(
        st.lists(st.sampled_from(editor.fields), unique=True, max_size=len(editor.fields)),
        label="fields",
    ):
        changes[key] = data.draw(editor.strategy_for(key), label=key)

    with transaction.atomic():
        response = editor.send(form, action, changes)
        transaction.set_rollback(True)

    event(f"{form} {action} {response.status_code}")
    check(response, action)


@pytest.mark.parametrize("form", ["create", "edit"])
@pytest.mark.parametrize("action", ["draft", "publish"])
def test_the_unchanged_form_is_saved(editor, form, action):
    # The baseline the generated input starts from is a valid page of its type.
    with transaction.atomic():
        response = editor.send(form, action, {})
        transaction.set_rollback(True)

    assert response.status_code == 302, response.context["form"].errors


@pytest.mark.parametrize("form", ["create", "edit"])
@pytest.mark.parametrize("action", ["draft", "publish", "autosave", "preview"])
def test_every_field_left_empty(editor, form, action):
    with transaction.atomic():
        empty = {key: EMPTY_RICH_TEXT if key in editor.rich_fields else "" for key in editor.fields}
        response = editor.send(form, action, empty)
        transaction.set_rollback(True)

    check(response, action)


@pytest.mark.parametrize("form", ["create", "edit"])
def test_the_unchanged_form_previews(editor, form):
    with transaction.atomic():
        response = editor.send(form, "preview", {})
        transaction.set_rollback(True)

    assert response.status_code == 200


HALF_FILLED_SESSION = {
    "briefing_sessions-0-value-start_time": "",
    "briefing_sessions-0-value-end_time": "",
}


@pytest.fixture
def notice_editor(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    path = "news/16th-chengde-youth-delegates/"
    return Editor(client, demo.page(path), path)


@pytest.mark.parametrize("form", ["create", "edit"])
def test_a_notice_with_a_half_filled_briefing_session_is_saved_as_a_draft(notice_editor, form):
    response = notice_editor.send(form, "draft", HALF_FILLED_SESSION)

    assert response.status_code == 302


@pytest.mark.parametrize("form", ["create", "edit"])
def test_a_notice_with_a_half_filled_briefing_session_is_autosaved(notice_editor, form):
    response = notice_editor.send(form, "autosave", HALF_FILLED_SESSION)

    assert response.status_code == 200
    assert response.json()["success"] is True


@pytest.mark.parametrize("form", ["create", "edit"])
def test_a_notice_with_a_half_filled_briefing_session_previews(notice_editor, form):
    response = notice_editor.send(form, "preview", HALF_FILLED_SESSION)

    assert response.status_code == 200
    assert notice_editor.page.title in response.content.decode()


def test_a_notice_with_a_half_filled_briefing_session_is_not_published(notice_editor):
    response = notice_editor.send("edit", "publish", HALF_FILLED_SESSION)

    assert response.status_code == 200
    assert "briefing_sessions" in response.context["form"].errors
