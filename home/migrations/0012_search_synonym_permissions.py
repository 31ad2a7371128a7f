"""Editors and moderators keep the search synonyms (search/models.py); translators read them."""

from django.db import migrations


def grant(apps, schema_editor):
    from accounts.roles import create_roles

    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_delete_and_stop_sync_permissions"),
        ("search", "0001_synonym_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
