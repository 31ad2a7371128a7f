"""The sign-in form's "Password" label, which Wagtail leaves untranslated.

Upstream: `wagtail/admin/forms/auth.py`, `LoginForm.password` (Wagtail 8.0) declares the field
without a label, so Django derives one from the field's name ("Password") and no catalogue can
translate it; the username label comes from the user model and is translated. The fix upstream
is `label=gettext_lazy("Password")` on the field; this form does exactly that
(`WAGTAILADMIN_USER_LOGIN_FORM`).

Delete it, and the setting, once Wagtail labels the field;
`tests/accounts/test_upstream.py::test_wagtail_still_leaves_the_password_label_untranslated`
fails when it does.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class TranslatedLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
