"""Creating Django's permissions inside a data migration, before `post_migrate` would.

Upstream: `django/contrib/auth/management/__init__.py`, `create_permissions()` (Django 5.2)
returns without doing anything for an app config whose `models_module` is None, and the app
configs of a migration's historical `apps` registry have none (Django's `AppConfigStub` leaves
the attribute out, so the stock call even fails on them). The roles migration
(home/migrations/0003_roles.py) must grant permissions on a fresh database, where they do not
exist yet, so each app config is marked as having models for the duration of the call. This
is the pattern Django's own tests and many projects use; Django has no public API for it
(https://code.djangoproject.com/ticket/29843).

Written for Django 5.2. Delete it if Django creates permissions in migrations (the ticket
above);
`tests/accounts/test_upstream.py::test_django_still_skips_historical_app_configs_when_creating_permissions`
fails when `create_permissions` stops skipping them.
"""

from django.contrib.auth.management import create_permissions


def create_all_permissions(apps):
    """Every permission of every app in the historical registry `apps`."""
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
