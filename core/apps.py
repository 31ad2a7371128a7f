from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared page parts")

    def ready(self):
        from core.upstream import image_block_script, private_sections

        private_sections.register()
        image_block_script.register()
