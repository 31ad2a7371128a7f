"""Page images now point at core.SiteImage; the column and its table are unchanged."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_images_from_home"),
        ("news", "0004_event_venue_address_help"),
    ]

    operations = [
        # The tables stay where they are: only Django's idea of which app owns them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="newspage",
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
            ],
            database_operations=[],
        ),
    ]
