"""The page editor as a test drives it: what the editor of a page submits, where, and what an
editor might type instead (hypothesis strategies per kind of field); and Wagtail's page
assertions (`assertCanCreate`) for pytest tests."""

import json
import re

from hypothesis import strategies as st

from django.urls import reverse
from django.utils.html import escape

from wagtail import blocks
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks.base import BlockField
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

# Keys the editor's browser writes itself (block and formset bookkeeping, revision markers);
# the editor never types into them, so they keep their baseline values.
BOOKKEEPING = re.compile(
    r"(-(count|type|order|deleted|id|ORDER|DELETE|TOTAL_FORMS|INITIAL_FORMS|MIN_NUM_FORMS"
    r"|MAX_NUM_FORMS)$)|^(next|loaded_revision_id|loaded_revision_created_at)$"
)
OMITTED = object()

typed = st.one_of(
    st.just(""),
    st.sampled_from(
        [
            " ",
            "abc",
            "-1",
            "0",
            "99999999999999999999",
            "2026-02-30",
            "2026-13-01",
            "25:61",
            "10:00",
            "1900-01-01",
            "9999-12-31 23:59",
            "http://",
            "@",
            "\x00",
            "'",
            "<script>",
        ]
    ),
    st.text(max_size=50),
    st.text(min_size=250, max_size=400),
    st.just(OMITTED),
)
# Rich text arrives as the editor's JSON, "null" once the editor has emptied it (Draftail
# serialises an empty editor so); an editor can empty it or write anything in it.
EMPTY_RICH_TEXT = "null"
rich_typed = st.one_of(
    st.just(EMPTY_RICH_TEXT),
    st.just(OMITTED),
    st.text(max_size=80).map(lambda text: rich_text(f"<p>{escape(text)}</p>")),
)

# A chooser's hidden input holds the chosen object's id, written by the chooser, never typed:
# it is emptied (the editor clears the choice) or names an object deleted meanwhile. (Garbage
# there, which only a forged request sends, makes Wagtail's chooser widget fail as it renders
# the refused form again: wagtail/admin/widgets/chooser.py get_instance catches no ValueError.)
chosen = st.sampled_from(["", "99999999"]) | st.just(OMITTED)


class ChosenId(str):
    """A chooser's value in the baseline, so that the generated input treats it as one."""


def block_data(block, value):
    """A block value as the nested form data the editor's browser posts for it."""
    if isinstance(block, blocks.StreamBlock):
        return streamfield(
            [(child.block_type, block_data(child.block, child.value)) for child in value or []]
        )
    if isinstance(block, blocks.ListBlock):
        items = list(value or [])
        return {
            "count": str(len(items)),
            **{
                str(index): {
                    "value": block_data(block.child_block, item),
                    "deleted": "",
                    "order": str(index),
                }
                for index, item in enumerate(items)
            },
        }
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_data(child, value.get(name)) for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "", features=block.features)
    if isinstance(block, blocks.ChooserBlock):
        return ChosenId(value.pk if value else "")
    state = block.get_form_state(value)
    if isinstance(state, list):  # a select posts its one chosen value
        return state[0] if state else ""
    return state or ""


def is_rich_text(value):
    try:
        return "blocks" in json.loads(value)
    except (TypeError, ValueError):
        return False


class Editor:
    """What the page editor of one page submits, and where."""

    def __init__(self, client, page):
        self.client = client
        self.page = page
        form_class = page.get_edit_handler().get_form_class()
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        posted = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        data = {key: posted.getlist(key) for key in posted}
        for name, field in form_class.base_fields.items():
            if isinstance(field, BlockField):
                flat = nested_form_data({name: block_data(field.block, getattr(page, name))})
                data.update({key: [value] for key, value in flat.items()})
        for name in form_class.formsets:
            if f"{name}-TOTAL_FORMS" not in data:
                flat = nested_form_data({name: inline_formset([])})
                data.update({key: [value] for key, value in flat.items()})
        self.data = data
        self.fields = sorted(key for key in data if not BOOKKEEPING.search(key))
        self.rich_fields = {key for key in self.fields if is_rich_text(data[key][0])}
        self.chooser_fields = {
            key
            for key in self.fields
            if isinstance(data[key][0], ChosenId)
            or isinstance(getattr(form_class.base_fields.get(key), "widget", None), BaseChooser)
        }
        self.parent = self.parent_for_new_pages()

    def strategy_for(self, key):
        if key in self.rich_fields:
            return rich_typed
        if key in self.chooser_fields:
            return chosen
        return typed

    def parent_for_new_pages(self):
        """The page's parent, or a childless copy of it where only one may be added."""
        parent = self.page.get_parent().specific
        if type(self.page).can_create_at(parent):
            return parent
        return parent.copy(
            to=parent.get_parent(),
            recursive=False,
            keep_live=False,
            update_attrs={"slug": f"{parent.slug}-fuzz-parent"},
        )

    def url(self, form, preview=False):
        if form == "edit":
            name = "preview_on_edit" if preview else "edit"
            return reverse(f"wagtailadmin_pages:{name}", args=[self.page.pk])
        meta = type(self.page)._meta
        name = "preview_on_add" if preview else "add"
        return reverse(
            f"wagtailadmin_pages:{name}", args=[meta.app_label, meta.model_name, self.parent.pk]
        )

    def submission(self, form, changes):
        data = {**self.data}
        if form == "create":
            # A new sibling of the page needs an address of its own.
            data["slug"] = [f"{self.page.slug}-fuzz"]
            for key in ("loaded_revision_id", "loaded_revision_created_at"):
                data.pop(key, None)
        for key, value in changes.items():
            if value is OMITTED:
                data.pop(key, None)
            else:
                data[key] = [value]
        return data

    def send(self, form, action, changes):
        data = self.submission(form, changes)
        if action == "preview":
            # The preview panel posts the form, then loads the preview into its iframe.
            answer = self.client.post(self.url(form, preview=True), data)
            assert answer.status_code == 200, answer.content[:300]
            return self.client.get(self.url(form, preview=True), {"in_preview_panel": "true"})
        headers = {}
        if action == "publish":
            data["action-publish"] = ["action-publish"]
        if action == "autosave":
            headers["HTTP_ACCEPT"] = "application/json"
        return self.client.post(self.url(form), data, **headers)


def page_test_case(client):
    """Wagtail's page assertions (`assertCanCreate`, `assertCanCreateAt`, ...) posting with the
    pytest test's client, for tests that are not Django test cases."""
    case = WagtailPageTestCase()
    case.client = client
    return case
