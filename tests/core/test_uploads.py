"""An image is uploaded with its alternative text (SiteImage.description), asked once, here."""

import io

from bs4 import BeautifulSoup
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from core.models import SiteImage


def png(width=40, height=30):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile("photo.png", buffer.getvalue(), content_type="image/png")


def test_image_needs_alternative_text(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/images/add/", {"title": "写真", "file": png(), "description": ""}
    )

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    error = soup.select_one('[data-contentpath="description"] .error-message')
    assert error.get_text(strip=True) == "この項目は必須です"
    assert not SiteImage.objects.filter(title="写真").exists()


def test_image_with_alternative_text_is_accepted(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/images/add/",
        {"title": "写真", "file": png(), "description": "赤い四角形", "collection": 1},
    )

    assert response.status_code == 302
    assert SiteImage.objects.get(title="写真").description == "赤い四角形"
