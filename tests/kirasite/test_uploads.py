"""Editors' uploads are checked, with the reason given in their language."""

import io

from bs4 import BeautifulSoup
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def png(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def test_image_needs_alternative_text(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/images/add/", {"title": "写真", "file": png(), "description": ""}
    )

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    error = soup.select_one('[data-contentpath="description"] .error-message')
    assert error.get_text(strip=True) == "この項目は必須です"
    assert not get_image_model().objects.filter(title="写真").exists()


def test_image_with_alternative_text_is_accepted(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/images/add/",
        {"title": "写真", "file": png(), "description": "赤い四角形", "collection": 1},
    )

    assert response.status_code == 302
    assert get_image_model().objects.get(title="写真").description == "赤い四角形"


def test_image_in_an_unsafe_format_is_refused(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    svg = SimpleUploadedFile("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")

    response = client.post(
        "/admin/images/add/", {"title": "ロゴ", "file": svg, "description": "ロゴ"}
    )

    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="ロゴ").exists()


def test_document_that_could_carry_scripts_is_refused(client, demo, admin_user_ja):
    client.force_login(admin_user_ja)
    page = SimpleUploadedFile("form.html", b"<script>alert(1)</script>")

    response = client.post("/admin/documents/add/", {"title": "申込書", "file": page})

    assert response.status_code == 200
    assert not get_document_model().objects.filter(title="申込書").exists()
