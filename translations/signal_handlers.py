from django.db.models.signals import post_save

from wagtail.signals import page_published
from wagtail_localize.models import StringTranslation

from translations.models import SegmentReview
from translations.refresh import refresh_after_commit
from translations.snippets import translatable_snippet_models


def refresh_published_page(sender, instance, **kwargs):
    refresh_after_commit(instance.specific)


def refresh_saved_snippet(sender, instance, created, raw=False, **kwargs):
    # Snippets (the contact details) have no drafts: every save is what visitors see.
    if not created and not raw and sender in translatable_snippet_models():
        refresh_after_commit(instance)


def track_review_state(sender, instance, created, raw=False, **kwargs):
    """Machine output waits for a person; a person saving a string accepts or replaces it."""
    if raw:
        return
    if instance.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        # An address needs no reader: a machine-made slug is published as it is.
        if instance.context.path == "slug":
            return
        SegmentReview.objects.update_or_create(
            string_translation=instance, defaults={"reason": SegmentReview.Reason.MACHINE}
        )
        return
    if created:
        return
    edited_by_person = instance.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL
    if edited_by_person and instance.last_translated_by_id:
        SegmentReview.objects.filter(string_translation=instance).delete()


def register():
    page_published.connect(refresh_published_page, dispatch_uid="translations-sync-page")
    post_save.connect(refresh_saved_snippet, dispatch_uid="translations-sync-snippet")
    post_save.connect(
        track_review_state,
        sender=StringTranslation,
        dispatch_uid="translations-clear-review",
    )
