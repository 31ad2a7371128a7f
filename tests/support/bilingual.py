"""The site every test starts from: root, both languages, the site, both home pages and the
contact details. Everything else a test builds for itself with the factories."""

from wagtail.models import Locale, Page, Site

from home.models import ContactDetails, HomePage
from tests.support.translation import translate

HOME_TITLE = {"ja": "柏市国際交流協会", "en": "Kashiwa International Relations Association"}
HOME_LEAD = {
    "ja": "柏市は4つの姉妹・友好都市と交流を続けています。",
    "en": "Kashiwa keeps up its exchanges with four sister and friendship cities.",
}
CONTACT = {
    "name": ("柏市国際交流協会（KIRA）", "Kashiwa International Relations Association (KIRA)"),
    "address": ("千葉県柏市柏1-7-1-301", "1-7-1-301 Kashiwa, Kashiwa City, Chiba"),
    "building": ("DayOneタワー3階", "DayOne Tower 3F"),
    "office_hours": ("8:30〜17:15", "8:30–17:15"),
    "closed_days": ("日曜日・祝日・年末年始", "Sundays, national holidays and the New Year"),
}


def build_bilingual_site():
    ja = Locale.objects.get(language_code="ja")
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a "Welcome" page; the home page takes its place.
    root.get_children().delete()
    home = HomePage(title=HOME_TITLE["ja"], slug="home", lead=HOME_LEAD["ja"], locale=ja)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "hostname": "127.0.0.1", "port": 8000, "site_name": ""},
    )
    translate(home, {HOME_TITLE["ja"]: HOME_TITLE["en"], HOME_LEAD["ja"]: HOME_LEAD["en"]})
    contact = ContactDetails.objects.create(
        locale=ja,
        postal_code="277-0005",
        telephone="04-7157-0281",
        fax="04-7165-7321",
        email="kcc@kira-kira.jp",
        **{field: texts[0] for field, texts in CONTACT.items()},
    )
    translate(contact, dict(CONTACT.values()))


class BilingualSite:
    """The shared site, as tests ask for it: `site.home("en")`, `site.url(page)`."""

    def __init__(self):
        self.ja = Locale.objects.get(language_code="ja")
        self.en = Locale.objects.get(language_code="en")
        self.homes = {home.locale.language_code: home for home in HomePage.objects.all()}

    def home(self, language="ja"):
        return self.homes[language]

    def contact(self, language="ja"):
        return ContactDetails.objects.get(locale__language_code=language)

    def url(self, page):
        return page.get_url()
