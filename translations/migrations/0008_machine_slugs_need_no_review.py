from django.db import migrations


def forget_machine_slug_reviews(apps, schema_editor):
    """A machine-made slug is no longer flagged for review (translations/signal_handlers.py);
    flags made before are dropped, so the status report and the publish check agree."""
    apps.get_model("translations", "SegmentReview").objects.filter(
        reason="machine", string_translation__context__path="slug"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("translations", "0007_notice_per_change")]

    operations = [migrations.RunPython(forget_machine_slug_reviews, migrations.RunPython.noop)]
