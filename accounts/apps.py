from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Staff accounts and roles")

    def ready(self):
        from accounts.upstream import workflow_names

        workflow_names.register()
