from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminSiteConfig(AppConfig):
    """The admin as the association's staff meet it: its name on every screen, help that is
    theirs (the editor's guide) instead of Wagtail's release notes, and Japanese where Wagtail
    shows its own words."""

    name = "adminsite"
    verbose_name = _("Admin for staff")

    def ready(self):
        from adminsite.upstream import readable_compare

        readable_compare.register()
