from django.db import migrations


def create_roles(apps, schema_editor):
    from accounts.roles import create_roles

    create_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_content_locales"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
