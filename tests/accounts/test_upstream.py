"""What accounts/upstream/ works around in Django and Wagtail is still so
(accounts/upstream/permissions_in_migrations.py, accounts/upstream/login_password_label.py).

Django creates permissions after `migrate`, from `post_migrate`, and its `create_permissions()`
does nothing for the app configs of a migration's historical registry. The roles migration
needs them earlier, so ours marks each app config as having models for the call.
"""

import inspect
import re

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.db.migrations.state import ProjectState
from django.utils import translation

from wagtail.admin.forms.auth import LoginForm

from accounts.upstream.login_password_label import TranslatedLoginForm
from accounts.upstream.permissions_in_migrations import create_all_permissions


def historical_apps():
    """A registry like the `apps` a data migration receives."""
    return ProjectState.from_apps(apps).apps


def tag_permission():
    return Permission.objects.filter(content_type__app_label="taggit", codename="add_tag")


def test_django_still_skips_historical_app_configs_when_creating_permissions(db):
    tag_permission().delete()
    registry = historical_apps()
    app_config = registry.get_app_config("taggit")
    # A historical app config has no models module (Django's stub leaves the attribute out,
    # so the stock call fails outright on it); given None, Django skips the app.
    assert getattr(app_config, "models_module", None) is None
    app_config.models_module = None

    create_permissions(app_config, apps=registry, verbosity=0)

    assert not tag_permission().exists()
    assert {"app_config", "verbosity", "apps"} <= set(
        inspect.signature(create_permissions).parameters
    )


def test_ours_creates_them_from_a_historical_registry(db):
    tag_permission().delete()
    registry = historical_apps()

    create_all_permissions(registry)

    assert tag_permission().exists()
    assert getattr(registry.get_app_config("taggit"), "models_module", None) is None


def test_wagtail_still_leaves_the_password_label_untranslated():
    with translation.override("ja"):
        assert str(LoginForm()["password"].label) == "Password"


def test_staff_sign_in_with_a_japanese_password_label(client, db):
    with translation.override("ja"):
        assert str(TranslatedLoginForm()["password"].label) == "パスワード"

    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()

    label = re.search(r'<label[^>]*for="id_password"[^>]*>\s*([^<\s]+)', html).group(1)
    assert label == "パスワード"
