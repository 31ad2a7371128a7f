"""Photographs on the demo site, for measurements: camera-sized JPEGs (3000 × 2000, with the
grain of a real photo, so that they and their renditions weigh what an editor's uploads would)
on every page type that takes one, one in the report's text and six more in its gallery. The
demo content draws flat pictures that weigh almost nothing; Lighthouse judged pages without the
weight of photos.

    DATABASE_URL=sqlite:////tmp/kira-lighthouse.sqlite3 .venv/bin/python bench/photos.py

Adds them to the database the environment names (after `load_demo_content`), in both
languages, and publishes. Their captions say what they are: placeholders for the benchmark.
"""

import io
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (3000, 2000)
GALLERY = 6


def camera_photo(seed):
    """Colour fields under grain at three scales: detail survives the renditions' downscaling,
    so a 1200 × 600 WebP weighs about 100 KB, as a busy photo of a crowd does."""
    from PIL import Image

    rng = random.Random(seed)
    picture = Image.new("RGB", (12, 8))
    picture.putdata([tuple(rng.randrange(40, 220) for _ in range(3)) for _ in range(12 * 8)])
    picture = picture.resize(SIZE, Image.Resampling.BICUBIC)
    for scale, weight in ((2, 0.2), (6, 0.15), (20, 0.1)):
        grain = Image.effect_noise((SIZE[0] // scale, SIZE[1] // scale), 64)
        grain = grain.resize(SIZE, Image.Resampling.BICUBIC).convert("RGB")
        picture = Image.blend(picture, grain, weight)
    return picture


def upload(seed):
    from django.core.files.images import ImageFile

    from core.models import SiteImage

    buffer = io.BytesIO()
    camera_photo(seed).save(buffer, format="JPEG", quality=90)
    image = SiteImage(title=f"計測用の写真 {seed}", description="計測用の写真")
    image.file = ImageFile(buffer, name=f"bench-photo-{seed}.jpg")
    image.save()
    return image


def photo_block(image):
    return {
        "image": image,
        "decorative": False,
        "alt_text": image.description,
        "caption": "計測用の写真",
        "credit": "",
    }


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kirasite.settings.dev")
    import django

    django.setup()
    from wagtail.models import Page

    from cities.models import DelegationPage
    from core.mixins import FeaturedImageMixin

    photos = [upload(seed) for seed in range(GALLERY + 2)]
    header, in_text, gallery = photos[0], photos[1], photos[2:]
    pages = [
        page for page in Page.objects.live().specific() if isinstance(page, FeaturedImageMixin)
    ]
    for page in pages:
        page.image, page.image_alt = header, header.description
        if isinstance(page, DelegationPage):
            page.body.insert(1, ("image", photo_block(in_text)))
            page.photos = [("photo", photo_block(image)) for image in gallery]
        page.save_revision().publish()
    print(f"{len(photos)} photos on {len(pages)} pages")


if __name__ == "__main__":
    main()
