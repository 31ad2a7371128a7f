"""Editors may upload only the formats the settings allow: nothing that could carry scripts.
The reason is given in the editor's language."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.support.html import html


def error_messages(response):
    soup = html(response)
    return [error.get_text(strip=True) for error in soup.select(".error-message")]


def test_image_in_an_unsafe_format_is_refused(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    svg = SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")

    response = client.post(
        "/admin/images/add/", {"title": "ロゴ", "file": svg, "description": "ロゴ"}
    )

    assert response.status_code == 200
    assert error_messages(response) == [
        "サポートされていない画像形式です。JPG, JPEG, PNG, WEBPをお試しください。"
    ]
    assert not get_image_model().objects.filter(title="ロゴ").exists()


def test_document_that_could_carry_scripts_is_refused(client, site, admin_user_ja):
    client.force_login(admin_user_ja)
    page = SimpleUploadedFile("form.html", b"<script>alert(1)</script>")

    response = client.post("/admin/documents/add/", {"title": "申込書", "file": page})

    assert response.status_code == 200
    (error,) = error_messages(response)
    assert "“html” は許可されていません" in error
    assert not get_document_model().objects.filter(title="申込書").exists()
