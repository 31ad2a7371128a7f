from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translation workflow")

    def ready(self):
        from translations import signal_handlers, upstream

        signal_handlers.register()
        upstream.show_review_state_in_editor()
