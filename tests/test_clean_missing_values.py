"""Every cross-field clean() of a block or page type accepts missing values.

A draft is saved half-filled (Wagtail defers "required" until publishing), so clean() sees None
wherever the editor has not typed yet. Saying a field is required is the field's job; clean()
only compares values that are there, and never fails with anything but a ValidationError.
"""

import datetime
import itertools

import pytest

from django.core.exceptions import ValidationError

from wagtail import blocks

from core import blocks as site_blocks
from core.blocks import BriefingSessionBlock, MilestoneBlock
from tests.support.pages import PAGE_OF_EACH_TYPE

DATE = datetime.date(2026, 5, 10)
SESSION = {
    "date": DATE,
    "start_time": datetime.time(10, 0),
    "end_time": datetime.time(11, 30),
    "reception_time": datetime.time(9, 30),
    "venue": "パレット柏",
    "notes": "",
}


def clean_or_refuse(clean, value):
    """Runs clean(); a ValidationError is a fine answer, any other exception is the bug."""
    try:
        clean(value)
    except ValidationError as error:
        return error
    return None


def session_with(missing):
    block = BriefingSessionBlock()
    return block, block.to_python({**SESSION, **dict.fromkeys(missing)})


SESSION_FIELDS = ["date", "start_time", "end_time", "reception_time", "venue"]
MISSING_SUBSETS = [
    subset
    for size in range(1, len(SESSION_FIELDS) + 1)
    for subset in itertools.combinations(SESSION_FIELDS, size)
]


@pytest.mark.parametrize("missing", MISSING_SUBSETS, ids="+".join)
def test_a_half_filled_briefing_session_saves_as_a_draft(missing):
    block, value = session_with(missing)

    assert clean_or_refuse(block.clean_deferred, value) is None


@pytest.mark.parametrize("missing", MISSING_SUBSETS, ids="+".join)
def test_a_half_filled_briefing_session_is_refused_for_publishing_field_by_field(missing):
    block, value = session_with(missing)

    error = clean_or_refuse(block.clean, value)

    required = set(missing) - {"reception_time"}
    if required:
        assert set(error.block_errors) == required
    else:
        assert error is None


def test_briefing_session_still_compares_the_times_it_has():
    block = BriefingSessionBlock()
    late_end = block.to_python({**SESSION, "end_time": datetime.time(9, 0)})
    late_reception = block.to_python({**SESSION, "end_time": None, "reception_time": "10:30"})

    assert set(clean_or_refuse(block.clean_deferred, late_end).block_errors) == {"end_time"}
    assert set(clean_or_refuse(block.clean_deferred, late_reception).block_errors) == {
        "reception_time"
    }


@pytest.mark.parametrize("missing", [("date",), ("start_time",), ("date", "end_time")])
def test_a_half_filled_briefing_session_renders_in_the_preview(missing):
    block, value = session_with(missing)

    html = block.render(value)

    assert "パレット柏" in html


def test_a_milestone_without_a_date_renders_in_the_preview():
    block = MilestoneBlock()
    value = block.to_python({"date": None, "precision": "month", "title": "姉妹都市提携"})

    assert clean_or_refuse(block.clean_deferred, value) is None
    assert "姉妹都市提携" in block.render(value)


STRUCT_BLOCKS = [
    cls
    for cls in vars(site_blocks).values()
    if isinstance(cls, type)
    and issubclass(cls, blocks.StructBlock)
    and cls.__module__ == site_blocks.__name__
]


@pytest.mark.parametrize("block_class", STRUCT_BLOCKS, ids=lambda cls: cls.__name__)
def test_every_struct_block_cleans_an_empty_value(block_class):
    block = block_class()
    # What a form gives for an untouched child: None, or no items for a list.
    value = block.to_python(
        {
            name: [] if isinstance(child, blocks.ListBlock) else None
            for name, child in block.child_blocks.items()
        }
    )

    assert clean_or_refuse(block.clean_deferred, value) is None
    # Publishing refuses it field by field, never with a TypeError.
    clean_or_refuse(block.clean, value)


def own_fields(page):
    """The concrete fields a page type adds to Wagtail's Page, by attribute name."""
    return [
        field
        for field in page._meta.concrete_fields
        if field.model._meta.app_label != "wagtailcore" and not field.primary_key
    ]


@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE)
def test_every_page_type_cleans_with_each_field_missing(demo, path):
    page = demo.page(path)
    for field in own_fields(page):
        original = getattr(page, field.attname)
        setattr(page, field.attname, None)
        _clean_page(page, field.name)
        setattr(page, field.attname, original)


@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE)
def test_every_page_type_cleans_with_every_field_missing(demo, path):
    page = demo.page(path)
    for field in own_fields(page):
        setattr(page, field.attname, None)

    _clean_page(page, "all fields")


def _clean_page(page, what):
    try:
        page.clean()
    except ValidationError:
        pass
    except Exception as error:  # noqa: BLE001 - any other exception is what this test looks for
        pytest.fail(f"{type(page).__name__}.clean() with {what} missing: {error!r}")


def test_recruitment_clean_with_a_session_missing_its_date(demo):
    notice = demo.page("news/16th-chengde-youth-delegates/")
    notice.briefing_sessions = [("session", {**SESSION, "date": None})]

    _clean_page(notice, "a session date")


def test_recruitment_clean_without_a_deadline_keeps_the_sessions(demo):
    notice = demo.page("news/16th-chengde-youth-delegates/")
    notice.application_closes = None
    notice.briefing_sessions = [("session", SESSION)]

    _clean_page(notice, "the deadline")


def test_recruitment_clean_still_refuses_a_session_after_the_deadline(demo):
    notice = demo.page("news/16th-chengde-youth-delegates/")
    notice.application_closes = DATE - datetime.timedelta(days=1)
    notice.briefing_sessions = [("session", {**SESSION, "date": None}), ("session", SESSION)]

    with pytest.raises(ValidationError) as refused:
        notice.clean()

    assert "briefing_sessions" in refused.value.message_dict
