from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from accounts.two_factor import settings_view as two_factor_settings
from accounts.two_factor import verify as two_factor_verify
from accounts.upstream.workflow_names import translate_history_messages

# After Wagtail's own formatters (order 0), which it wraps.
hooks.register("register_log_actions", translate_history_messages, order=1)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", two_factor_settings, name="two_factor_settings"),
        path("two-factor/verify/", two_factor_verify, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_settings"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }
