from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    # Named, because this module holds a second configuration (Wagtail's users app, below).
    default = True
    name = "accounts"
    verbose_name = _("Staff accounts and roles")

    def ready(self):
        from accounts.names import use_each_language_s_name_order
        from accounts.upstream import workflow_names

        workflow_names.register()
        use_each_language_s_name_order()


class StaffUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the staff list showing each person's role."""

    default = False
    user_viewset = "accounts.users.StaffUserViewSet"
