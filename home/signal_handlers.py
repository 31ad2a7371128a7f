from django.db.models.signals import post_save

from accounts.roles import grant_home_page_permissions
from caching.signal_handlers import invalidate_with
from home.models import ContactDetails, HomePage


def grant_roles_on_new_home(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_home_page_permissions(instance)


def register():
    post_save.connect(grant_roles_on_new_home, sender=HomePage, dispatch_uid="home-roles")
    # Every footer shows the contact details.
    invalidate_with(ContactDetails)
