"""External translators get PO files and send them back; bad files change nothing."""

import io
import zipfile

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from wagtail_localize.models import StringTranslation

from tests.factories.news import NewsPageFactory
from tests.support.translation import translate

TITLE = "第16回 承徳市派遣青少年募集"
TITLE_EN = "16th Chengde youth delegation: call for applicants"
LEAD = "ホームステイをしながら中国の歴史と文化にふれ、承徳の高校生と交流しましょう。"


@pytest.fixture
def article(news_index):
    """A news article translated into English; its lead is still the source's, marked."""
    page = NewsPageFactory(parent=news_index, title=TITLE, lead=LEAD, image=None, image_alt="")
    translate(page, {TITLE: TITLE_EN})
    return page


def export_article(article, tmp_path):
    call_command(
        "translation_po",
        "export",
        "--locale",
        "en",
        "--page",
        str(article.pk),
        "--output",
        str(tmp_path),
    )
    (path,) = tmp_path.glob("*.po")
    return path


def set_translation(path, msgid, msgstr):
    po = polib.pofile(str(path))
    po.find(msgid).msgstr = msgstr
    po.save(str(path))


def test_export_one_page_as_a_po_file_with_current_translations(article, tmp_path):
    po = polib.pofile(str(export_article(article, tmp_path)))
    assert po.metadata["Language"] == "en"
    assert po.find(TITLE).msgstr == TITLE_EN
    assert po.find(LEAD).msgstr == f"[en] {LEAD}"


def test_round_trip_updates_the_editor_and_the_published_page(
    site, article, tmp_path, django_capture_on_commit_callbacks
):
    path = export_article(article, tmp_path)
    set_translation(path, LEAD, "A lead from the external translator.")

    with django_capture_on_commit_callbacks(execute=True):
        call_command("translation_po", "import", str(path), "--publish")

    assert StringTranslation.objects.filter(data="A lead from the external translator.").exists()
    assert article.get_translation(site.en).lead == "A lead from the external translator."


def test_malformed_file_is_rejected_and_changes_nothing(article, tmp_path):
    good = export_article(article, tmp_path)
    set_translation(good, LEAD, "Changed")
    bad = tmp_path / "broken.po"
    bad.write_text('msgid "unterminated\nmsgstr ', encoding="utf-8")
    before = list(StringTranslation.objects.values_list("pk", "data"))

    with pytest.raises(CommandError, match="broken.po is not a valid PO file"):
        call_command("translation_po", "import", str(good), str(bad))

    assert list(StringTranslation.objects.values_list("pk", "data")) == before


def test_file_from_elsewhere_is_rejected(article, tmp_path):
    path = export_article(article, tmp_path)
    po = polib.pofile(str(path))
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    po.save(str(path))

    with pytest.raises(CommandError, match="was not exported from this site"):
        call_command("translation_po", "import", str(path))


def test_file_for_changed_source_text_is_rejected(article, tmp_path):
    path = export_article(article, tmp_path)
    po = polib.pofile(str(path))
    po.find(LEAD).msgid = "今はもう存在しない原文"
    po.find("今はもう存在しない原文").msgstr = "Stale"
    po.save(str(path))
    before = StringTranslation.objects.count()

    with pytest.raises(CommandError, match="does not match the current source text"):
        call_command("translation_po", "import", str(path))

    assert StringTranslation.objects.count() == before


def test_admin_exports_the_whole_site_as_a_zip(client, article, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/reports/translation-status/po/export/?locale=en")
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    # The home page, the contact details, the news index and the article.
    assert len(names) == 4
    assert all(name.endswith(".en.po") for name in names)
    assert any("第16回-承徳市派遣青少年募集" in name for name in names)


def test_admin_import_explains_a_bad_file_in_japanese(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    upload = SimpleUploadedFile("bad.po", b'msgid "x\nmsgstr')

    response = client.post(
        "/admin/reports/translation-status/po/import/", {"po_files": [upload]}, follow=True
    )

    assert "bad.po は有効なPOファイルではありません。" in response.content.decode()


def test_admin_import_accepts_an_exported_file(client, article, admin_user_ja, tmp_path):
    path = export_article(article, tmp_path)
    set_translation(path, LEAD, "Imported through the admin.")
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/reports/translation-status/po/import/",
        {"po_files": [SimpleUploadedFile(path.name, path.read_bytes())]},
        follow=True,
    )

    assert response.status_code == 200
    assert StringTranslation.objects.filter(data="Imported through the admin.").exists()
