"""The image model moved to the core app (core/0001), its tables with it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0003_images_from_core"),
        ("core", "0001_images_from_home"),
        ("home", "0004_moderation_workflow"),
        ("news", "0005_images_from_core"),
    ]

    operations = [
        # The tables stay where they are: only Django's idea of which app owns them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="homepage",
                    name="image",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Shown at the top of the page and on cards that link to it.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="core.siteimage",
                        verbose_name="image",
                    ),
                ),
                migrations.AlterField(
                    model_name="standardpage",
                    name="image",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Shown at the top of the page and on cards that link to it.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="core.siteimage",
                        verbose_name="image",
                    ),
                ),
                migrations.RemoveField(
                    model_name="siterendition",
                    name="image",
                ),
                migrations.AlterUniqueTogether(
                    name="siterendition",
                    unique_together=None,
                ),
                migrations.DeleteModel(
                    name="SiteImage",
                ),
                migrations.DeleteModel(
                    name="SiteRendition",
                ),
            ],
            database_operations=[],
        ),
    ]
