"""The page tree's root is titled "Root" by Wagtail's own migration, and the admin shows that
title at the top of the explorer and of every page chooser. The staff read Japanese, and the
root is never seen by visitors, so it gets a Japanese title here ("All pages")."""

from django.db import migrations

ROOT_TITLE = "すべてのページ"
WAGTAILS_ROOT_TITLE = "Root"


def retitle_root(title):
    def retitle(apps, schema_editor):
        page_model = apps.get_model("wagtailcore", "Page")
        page_model.objects.filter(depth=1).update(title=title, draft_title=title)

    return retitle


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.RunPython(retitle_root(ROOT_TITLE), retitle_root(WAGTAILS_ROOT_TITLE)),
    ]
