from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from wagtail.users.models import UserProfile

DEMO_USERNAME = "admin"
# Only ever created on a developer's machine: the command refuses to run without DEBUG.
DEMO_PASSWORD = "kira-demo"


class Command(BaseCommand):
    help = "Creates a Japanese-speaking admin login for local demos (refuses unless DEBUG is on)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo admin is for local development only (DEBUG is off).")
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=DEMO_USERNAME,
            # Wagtail's account settings require both names before any other setting saves.
            defaults={
                "email": "admin@example.com",
                "first_name": "管理者",
                "last_name": "事務局",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = "ja"
            profile.save()
            self.stdout.write(
                f"Demo admin: http://127.0.0.1:8000/admin/  user {DEMO_USERNAME}  "
                f"password {DEMO_PASSWORD}"
            )
        else:
            self.stdout.write(f"Demo admin '{DEMO_USERNAME}' already exists; left unchanged.")
