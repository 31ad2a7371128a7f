"""Every field and block an editor fills explains itself, in Japanese, and every page type says
what it is for in the "add page" chooser.

Read from the admin's own forms (the edit handler's form class, the snippet's, the image
library's), so a field counts as an editor sees it; no database is needed.
"""

from django.utils import translation

from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

EDITED_APPS = {"home", "cities", "news", "applications", "policies", "core"}
PAGE_TYPES = [model for model in get_page_models() if model._meta.app_label in EDITED_APPS]
SNIPPETS = [model for model in get_snippet_models() if model._meta.app_label in EDITED_APPS]
# Wagtail's own page fields (title, slug, promote and publishing settings) carry Wagtail's help
# text and translations where Wagtail gives them any.
WAGTAIL_PAGE_FIELDS = {field.name for field in Page._meta.get_fields()}
# The image editor's fields that Wagtail builds itself: the focal point, set by dragging on the
# image; the file, whose help text (formats, size limit) Wagtail writes; the collection, hidden
# while the library has one collection.
IMAGE_FIELDS_OF_WAGTAIL = {
    "file",
    "collection",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
}


def untranslated(text):
    """Whether Japanese editors would read the English msgid (or no text at all)."""
    if not text:
        return True
    with translation.override("en"):
        english = str(text)
    with translation.override("ja"):
        japanese = str(text)
    return not english.strip() or english == japanese


def edit_forms():
    """(name, model, form class, field names) of every form an editor fills."""
    for model in PAGE_TYPES:
        handler = get_edit_handler(model)
        fields = [
            name for name in handler.get_form_options()["fields"] if name not in WAGTAIL_PAGE_FIELDS
        ]
        yield model.__name__, model, handler.get_form_class(), fields
    for model in SNIPPETS:
        handler = model.snippet_viewset.get_edit_handler()
        yield model.__name__, model, handler.get_form_class(), handler.get_form_options()["fields"]
    image = get_image_model()
    fields = [name for name in image.admin_form_fields if name not in IMAGE_FIELDS_OF_WAGTAIL]
    yield image.__name__, image, get_image_form(image), fields


def block_help(block):
    """What the editor reads about a block: a field's help text under it; a group's
    description in the block chooser or help text above its fields."""
    if isinstance(block, blocks.FieldBlock):
        return block.field.help_text
    if isinstance(block, blocks.StructBlock):
        return block.get_description()
    return getattr(block.meta, "help_text", None)


def walk_blocks(block, path):
    """(path, block) of every block below a StreamField's stream that an editor fills."""
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        children = block.child_blocks.items()
    elif isinstance(block, blocks.ListBlock):
        children = [("item", block.child_block)]
    else:
        children = []
    for name, child in children:
        child_path = f"{path}.{name}"
        # A list's items are the block the list holds; the list itself says what they are.
        if not isinstance(block, blocks.ListBlock):
            yield child_path, child
        yield from walk_blocks(child, child_path)


def help_problems():
    problems = []
    for name, model, form_class, field_names in edit_forms():
        for field_name in field_names:
            where = f"{name}.{field_name}"
            if untranslated(form_class.base_fields[field_name].help_text):
                problems.append(f"{where}: no Japanese help text")
            model_field = model._meta.get_field(field_name)
            if not isinstance(model_field, StreamField):
                continue
            for path, block in walk_blocks(model_field.stream_block, where):
                if isinstance(block, blocks.StreamBlock):
                    continue
                if untranslated(block.label):
                    problems.append(f"{path}: no Japanese label")
                if untranslated(block_help(block)):
                    problems.append(f"{path}: no Japanese help text")
                # A group's own help text, above its fields, where it has one.
                group_help = getattr(block.meta, "help_text", None)
                if (
                    isinstance(block, blocks.StructBlock)
                    and group_help
                    and untranslated(group_help)
                ):
                    problems.append(f"{path}: help text above the fields is not in Japanese")
    return sorted(set(problems))


def test_every_form_of_the_site_is_walked():
    names = {name for name, *_ in edit_forms()}
    assert {"HomePage", "RecruitmentPage", "HostFamilyApplicationPage", "ContactDetails"} <= names
    assert "SiteImage" in names
    assert len(PAGE_TYPES) == 15


def test_the_walk_reaches_the_blocks_inside_lists_and_groups():
    from news.models import RecruitmentPage

    stream = RecruitmentPage._meta.get_field("briefing_sessions").stream_block
    paths = {path for path, _ in walk_blocks(stream, "briefing_sessions")}
    assert "briefing_sessions.session.venue" in paths

    from cities.models import DelegationPage

    body = DelegationPage._meta.get_field("body").stream_block
    paths = {path for path, _ in walk_blocks(body, "body")}
    assert "body.gallery.images" in paths
    assert "body.gallery.images.item.alt_text" in paths


def test_the_check_finds_what_is_missing_or_untranslated():
    assert untranslated("")
    assert untranslated(None)
    assert untranslated("Written here but never translated.")
    assert not untranslated(translation.gettext_lazy("Shown under the image."))


def test_every_field_and_block_has_japanese_help_text():
    assert help_problems() == []


def test_every_page_type_describes_itself_in_japanese():
    # Lazy, so that the "add page" chooser follows each editor's language.
    missing = [
        model.__name__
        for model in PAGE_TYPES
        if untranslated(getattr(model, "page_description", None))
    ]
    assert missing == []


def test_page_types_have_distinct_japanese_names():
    with translation.override("ja"):
        names = {str(model._meta.verbose_name): model.__name__ for model in PAGE_TYPES}
        assert len(names) == len(PAGE_TYPES), names
        untranslated_names = [
            model.__name__ for model in PAGE_TYPES if untranslated(model._meta.verbose_name)
        ]
        assert untranslated_names == []
        # The three kinds of page under the news section are told apart by what they are.
        assert names["お知らせ一覧ページ"] == "NewsIndexPage"
        assert names["お知らせ記事"] == "NewsPage"
        assert names["募集要項"] == "RecruitmentPage"
