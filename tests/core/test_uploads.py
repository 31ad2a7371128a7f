"""An upload is in the image library as soon as it succeeds; its alternative text
(SiteImage.description) is asked for there, optionally, and offered wherever the image is used
(tests/core/test_image_alt_text.py)."""

import io

from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import UploadedFile

from core.models import SiteImage


def png(width=40, height=30, name="photo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_an_image_dropped_on_the_library_is_in_it_at_once(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.post("/admin/images/multiple/add/", {"files[]": png(name="交流会.png")})

    assert response.json()["success"] is True
    image = SiteImage.objects.get(pk=response.json()["image_id"])
    assert image.description == ""
    assert not UploadedFile.objects.exists()
    assert image in client.get("/admin/images/").context["object_list"]


def test_an_image_is_added_with_its_alternative_text(client, site, admin_user_ja):
    client.force_login(admin_user_ja)

    response = client.post(
        "/admin/images/add/",
        {"title": "写真", "file": png(), "description": "赤い四角形", "collection": 1},
    )

    assert response.status_code == 302
    assert SiteImage.objects.get(title="写真").description == "赤い四角形"
