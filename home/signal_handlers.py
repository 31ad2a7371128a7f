from django.db.models.signals import post_save

from home.models import HomePage
from home.roles import grant_home_page_permissions


def grant_roles_on_new_home(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_home_page_permissions(instance)


def register():
    post_save.connect(grant_roles_on_new_home, sender=HomePage, dispatch_uid="home-roles")
