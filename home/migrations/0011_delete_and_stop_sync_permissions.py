"""Deleting pages is a permission of its own (core/permissions.py), given to editors and
moderators; so is stopping a translation's synchronisation (translations/upstream/synchronisation_actions.py)."""

from django.db import migrations


def grant(apps, schema_editor):
    from accounts.roles import create_roles

    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_image_alt_text_once"),
        ("translations", "0006_stop_synchronised_translation_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
