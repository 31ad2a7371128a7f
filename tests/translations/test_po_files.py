"""External translators get PO files and send them back; bad files change nothing."""

import io
import zipfile

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from wagtail_localize.models import StringTranslation

NOTICE = "news/16th-chengde-youth-delegates/"
SUMMARY_JA = "ホームステイをしながら中国の歴史と文化にふれ、承徳の高校生と交流しましょう。"


def export_notice(demo, tmp_path):
    call_command(
        "translation_po",
        "export",
        "--locale",
        "en",
        "--page",
        str(demo.page(NOTICE).pk),
        "--output",
        str(tmp_path),
    )
    (path,) = tmp_path.glob("*.po")
    return path


def set_translation(path, msgid, msgstr):
    po = polib.pofile(str(path))
    po.find(msgid).msgstr = msgstr
    po.save(str(path))


def test_export_one_page_as_a_po_file_with_current_translations(demo, tmp_path):
    po = polib.pofile(str(export_notice(demo, tmp_path)))
    assert po.metadata["Language"] == "en"
    entry = po.find("第16回 承徳市派遣青少年募集")
    assert entry.msgstr == "16th Chengde youth delegation: call for applicants"


def test_round_trip_updates_the_editor_and_the_published_page(
    demo, tmp_path, django_capture_on_commit_callbacks
):
    path = export_notice(demo, tmp_path)
    set_translation(path, SUMMARY_JA, "A summary from the external translator.")

    with django_capture_on_commit_callbacks(execute=True):
        call_command("translation_po", "import", str(path), "--publish")

    assert StringTranslation.objects.filter(data="A summary from the external translator.").exists()
    assert demo.page(NOTICE, "en").summary == "A summary from the external translator."


def test_malformed_file_is_rejected_and_changes_nothing(demo, tmp_path):
    good = export_notice(demo, tmp_path)
    set_translation(good, SUMMARY_JA, "Changed")
    bad = tmp_path / "broken.po"
    bad.write_text('msgid "unterminated\nmsgstr ', encoding="utf-8")
    before = list(StringTranslation.objects.values_list("pk", "data"))

    with pytest.raises(CommandError, match="broken.po is not a valid PO file"):
        call_command("translation_po", "import", str(good), str(bad))

    assert list(StringTranslation.objects.values_list("pk", "data")) == before


def test_file_from_elsewhere_is_rejected(demo, tmp_path):
    path = export_notice(demo, tmp_path)
    po = polib.pofile(str(path))
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    po.save(str(path))

    with pytest.raises(CommandError, match="was not exported from this site"):
        call_command("translation_po", "import", str(path))


def test_file_for_changed_source_text_is_rejected(demo, tmp_path):
    path = export_notice(demo, tmp_path)
    po = polib.pofile(str(path))
    po.find(SUMMARY_JA).msgid = "今はもう存在しない原文"
    po.find("今はもう存在しない原文").msgstr = "Stale"
    po.save(str(path))
    before = StringTranslation.objects.count()

    with pytest.raises(CommandError, match="does not match the current source text"):
        call_command("translation_po", "import", str(path))

    assert StringTranslation.objects.count() == before


def test_admin_exports_the_whole_site_as_a_zip(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    response = client.get("/admin/reports/translation-status/po/export/?locale=en")
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert len(names) == 26
    assert all(name.endswith(".en.po") for name in names)


def test_admin_import_explains_a_bad_file_in_japanese(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    upload = SimpleUploadedFile("bad.po", b'msgid "x\nmsgstr')

    response = client.post(
        "/admin/reports/translation-status/po/import/", {"po_files": [upload]}, follow=True
    )

    assert "bad.po は有効なPOファイルではありません。" in response.content.decode()


def test_admin_import_accepts_an_exported_file(client, demo, admin_user_ja, tmp_path):
    path = export_notice(demo, tmp_path)
    set_translation(path, SUMMARY_JA, "Imported through the admin.")
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/reports/translation-status/po/import/",
        {"po_files": [SimpleUploadedFile(path.name, path.read_bytes())]},
        follow=True,
    )

    assert response.status_code == 200
    assert StringTranslation.objects.filter(data="Imported through the admin.").exists()
