from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail_localize.models import StringTranslation


class SegmentReview(models.Model):
    """A translated string a person should look at before it counts as done.

    Kept beside wagtail-localize's StringTranslation rather than in it, so upgrades of
    wagtail-localize never touch it. Saving the string in the translation editor clears it.
    """

    class Reason(models.TextChoices):
        SOURCE_CHANGED = "source_changed", _("The source text changed")
        MACHINE = "machine", _("Machine translated")

    string_translation = models.OneToOneField(
        StringTranslation, on_delete=models.CASCADE, related_name="review"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    previous_source = models.TextField(
        _("previous source text"),
        blank=True,
        help_text=_("The source text the kept translation was written for."),
    )
    created_at = models.DateTimeField(_("flagged at"), auto_now_add=True)

    class Meta:
        verbose_name = _("segment to review")
        verbose_name_plural = _("segments to review")
        # Django permissions hang on a model; this one is about translations as a whole.
        permissions = [
            (
                "publish_incomplete_translation",
                _("Can publish a translation with untranslated text"),
            ),
            (
                "stop_synchronised_translation",
                _("Can stop a translation following its source, or make it an alias"),
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.string_translation_id}"


class TranslatorNotice(models.Model):
    """The translators of a language were told that a page needs them: once when a page
    nobody has translated yet is published, and once for every publish that changes the
    source of a translation, a second change the same day included."""

    class Reason(models.TextChoices):
        NEW = "new", _("A new page needs translating")
        CHANGED = "changed", _("The source changed")

    translation_key = models.UUIDField(_("translation key"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("published source revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("notice to translators")
        verbose_name_plural = _("notices to translators")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"],
                condition=models.Q(reason="new"),
                name="one_new_page_notice",
            ),
            models.UniqueConstraint(
                fields=["translation_key", "locale", "revision"],
                condition=models.Q(reason="changed"),
                name="one_notice_per_change",
            ),
        ]

    def __str__(self):
        return f"{self.translation_key} {self.locale_id} {self.reason} {self.revision_id}"


class DeepLGlossary(models.Model):
    """The DeepL glossary made from the site's glossary for one direction, and the terms it
    was made from: when editors change the glossary, the next machine translation makes a new
    one (translations/machine.py)."""

    source_language = models.CharField(_("source language"), max_length=10)
    target_language = models.CharField(_("target language"), max_length=10)
    glossary_id = models.CharField(_("DeepL glossary id"), max_length=100)
    terms_digest = models.CharField(_("digest of the terms"), max_length=64)
    created_at = models.DateTimeField(_("created"), auto_now=True)

    class Meta:
        verbose_name = _("DeepL glossary")
        verbose_name_plural = _("DeepL glossaries")
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language"], name="one_deepl_glossary_a_direction"
            )
        ]

    def __str__(self):
        return f"{self.source_language}→{self.target_language}: {self.glossary_id}"
