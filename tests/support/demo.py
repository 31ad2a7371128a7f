"""The demo content in place of the small shared site, for the tests of the demo itself and
the browser journeys."""

from django.core.management import call_command

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from cities.models import CityPage
from home.models import ContactDetails, HomePage


def has_demo_content():
    return CityPage.objects.exists()


def replace_with_demo_content():
    # The demo builds its own homes and contact details in place of the shared ones.
    for home in HomePage.objects.filter(depth=2).order_by("-pk"):
        Page.objects.get(pk=home.pk).delete()
    ContactDetails.objects.all().delete()
    TranslationSource.objects.all().delete()
    call_command("load_demo_content", verbosity=0)
