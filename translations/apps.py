from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translation workflow")

    def ready(self):
        from translations import signal_handlers
        from translations.upstream import editor_strings, review_comments

        signal_handlers.register()
        # Dates first: the review notes fall back on the (localised) stock notes.
        editor_strings.localise_segment_dates()
        review_comments.show_review_state_in_editor()
