from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translation workflow")

    def ready(self):
        from translations import signal_handlers
        from translations.upstream import review_comments

        signal_handlers.register()
        review_comments.show_review_state_in_editor()
