"""Editors and moderators keep the glossary; translators read it."""

from django.db import migrations


def grant_glossary(apps, schema_editor):
    from accounts.roles import create_roles

    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_staff_names_in_japanese"),
        ("core", "0004_glossary_terms"),
    ]

    operations = [migrations.RunPython(grant_glossary, migrations.RunPython.noop)]
