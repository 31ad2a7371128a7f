"""What accounts/upstream/ works around in Django is still so
(accounts/upstream/permissions_in_migrations.py).

Django creates permissions after `migrate`, from `post_migrate`, and its `create_permissions()`
does nothing for the app configs of a migration's historical registry. The roles migration
needs them earlier, so ours marks each app config as having models for the call.
"""

import inspect

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.db.migrations.state import ProjectState

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
