"""A database from before the image model moved from home to core keeps its images.

core/0001_images_from_home takes over the tables and content types of home's SiteImage and
SiteRendition; cities/0003, news/0005 and home/0005 point the page images at core's model.
Here a fresh SQLite database is migrated to just before the move (news/0004 brings cities/0002
and home/0004 with it), given an image with a rendition, a tag and a home page that shows it,
stored with SQL as the old code stored them; then the move is migrated (`migrate home` applies
exactly those four migrations; no other app's migrations mention images) and a separate
process reads everything back through the current models.
"""

import json
import os
import sqlite3
from contextlib import closing

from tests.support.processes import manage

BEFORE_THE_MOVE = ("news", "0004_event_venue_address_help")

READ_BACK = """
import json, pathlib
from django.contrib.contenttypes.models import ContentType
from core.models import SiteImage
from home.models import HomePage

image = SiteImage.objects.get()
content_types = ContentType.objects.filter(model__in=["siteimage", "siterendition"])
pathlib.Path({out!r}).write_text(json.dumps({{
    "image": [image.pk, image.title, image.description],
    "tags": sorted(image.tags.names()),
    "renditions": list(image.renditions.values_list("filter_spec", flat=True)),
    "page_image": HomePage.objects.get(pk={page}).image_id,
    "content_types": {{f"{{row.app_label}}.{{row.model}}": row.pk for row in content_types}},
}}))
"""


def store_as_before_the_move(database):
    """An image, its rendition, a tag and a home page showing it, as home's tables held them."""
    with closing(sqlite3.connect(database)) as db, db:  # committed, then closed

        def one(sql, *params):
            return db.execute(sql, params).fetchone()[0]

        def content_type(model):
            return one(
                "SELECT id FROM django_content_type WHERE app_label = 'home' AND model = ?", model
            )

        image = db.execute(
            "INSERT INTO home_siteimage (title, file, width, height, created_at, file_size,"
            " file_hash, description, collection_id)"
            " VALUES ('Harbour', 'original_images/harbour.jpg', 640, 480, '2025-04-01 09:00:00',"
            " 1234, '', 'Boats in Torrance harbour at dusk', ?)",
            (one("SELECT id FROM wagtailcore_collection WHERE depth = 1"),),
        ).lastrowid
        db.execute(
            "INSERT INTO home_siterendition (filter_spec, file, width, height, focal_point_key,"
            " image_id) VALUES ('fill-320x240', 'images/harbour.320.jpg', 320, 240, '', ?)",
            (image,),
        )
        tag = db.execute("INSERT INTO taggit_tag (name, slug) VALUES ('港', 'minato')").lastrowid
        db.execute(
            "INSERT INTO taggit_taggeditem (object_id, content_type_id, tag_id) VALUES (?, ?, ?)",
            (image, content_type("siteimage"), tag),
        )
        # Wagtail's own first page becomes a home page with the image.
        page = one("SELECT id FROM wagtailcore_page WHERE depth = 2 ORDER BY id")
        db.execute(
            "INSERT INTO home_homepage (page_ptr_id, image_alt, lead, image_id)"
            " VALUES (?, '', '', ?)",
            (page, image),
        )
        db.execute(
            "UPDATE wagtailcore_page SET content_type_id = ? WHERE id = ?",
            (content_type("homepage"), page),
        )
        return {
            "image": image,
            "page": page,
            "content_types": {
                "siteimage": content_type("siteimage"),
                "siterendition": content_type("siterendition"),
            },
        }


def test_an_existing_database_keeps_its_images_tags_and_content_types(tmp_path):
    database = tmp_path / "db.sqlite3"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kirasite.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    manage(environment, "migrate", *BEFORE_THE_MOVE, "--noinput", "--verbosity=0")
    before = store_as_before_the_move(database)

    manage(environment, "migrate", "home", "--noinput", "--verbosity=0")
    out = tmp_path / "after.json"
    manage(environment, "shell", "--command", READ_BACK.format(out=str(out), page=before["page"]))
    after = json.loads(out.read_text())

    assert after["image"] == [before["image"], "Harbour", "Boats in Torrance harbour at dusk"]
    assert after["tags"] == ["港"]
    assert after["renditions"] == ["fill-320x240"]
    assert after["page_image"] == before["image"]
    assert after["content_types"] == {
        "core.siteimage": before["content_types"]["siteimage"],
        "core.siterendition": before["content_types"]["siterendition"],
    }
