"""Builds the demo site: Japanese source pages, then their translations through wagtail-localize.

Translations are made the way a translator's work is stored (translation source, translation,
string translations, ``save_target``), so the translation editor opens every page fully
translated and "sync" works on it.
"""

import io
import uuid

from PIL import Image as PILImage
from PIL import ImageDraw

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Comment, Locale, Page, Site

from applications.models import HostFamilyApplicationPage
from cities.models import CityIndexPage, CityPage, DelegationPage, HistoryPage, InterviewPage
from core.models import SiteImage
from demo import content
from home.models import ContactDetails, HomePage, StandardPage
from news.models import EventPage, NewsIndexPage, NewsPage, RecruitmentPage
from translations.dictionary import segment_text, translate_with_dictionary


def _rich_text(paragraphs):
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def _paragraph_blocks(paragraphs):
    return [("paragraph", _rich_text([paragraph])) for paragraph in paragraphs]


class DemoContentBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.ja = Locale.objects.get(language_code="ja")
        self.en = Locale.objects.get(language_code="en")
        self.dictionaries = {self.ja.pk: {}, self.en.pk: {}}
        self.source_pages = []
        self.english_sources = []

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @staticmethod
    def has_content():
        return HomePage.objects.exists()

    # Texts: each pair is remembered so its other half can translate the segment later.

    def text(self, pair, source="ja"):
        target = "en" if source == "ja" else "ja"
        source_text, target_text = getattr(pair, source), getattr(pair, target)
        if source_text:
            locale = self.en if target == "en" else self.ja
            self.dictionaries[locale.pk][segment_text(source_text)] = segment_text(target_text)
        return source_text

    def texts(self, pairs, source="ja"):
        return [self.text(pair, source) for pair in pairs]

    # Images are drawn locally so the demo needs no downloads.

    def image(self, label, title, colour, alt):
        """An image drawn with a Latin `label` (the default font has no Japanese) and titled in
        Japanese in the media library, as staff name their images."""
        canvas = PILImage.new("RGB", (1200, 800), colour)
        draw = ImageDraw.Draw(canvas)
        for step in range(0, 800, 80):
            draw.ellipse((600 - step, 400 - step, 600 + step, 400 + step), outline=(255, 255, 255))
        draw.text((60, 60), label, fill=(255, 255, 255), font_size=72)
        buffer = io.BytesIO()
        canvas.save(buffer, format="PNG")
        image = SiteImage(title=title, description=alt)
        image.file = ImageFile(buffer, name=f"demo-{label.lower().replace(' ', '-')}.png")
        image.save()
        return image

    # Pages

    def note(self, page, field, text):
        """A comment on one field of the page, for its editors: what the demo could not know
        (a date the association's old pages do not give). Visitors never see it."""
        author, _created = get_user_model().objects.get_or_create(
            username=content.NOTE_AUTHOR["username"],
            defaults={"last_name": content.NOTE_AUTHOR["name"], "is_active": False},
        )
        Comment.objects.create(page=page, user=author, contentpath=field, text=text)

    def publish(self, parent, page, source="ja"):
        parent.add_child(instance=page)
        page.save_revision().publish()
        if source == "ja":
            self.source_pages.append(page)
        else:
            self.english_sources.append(page)
        return page

    @transaction.atomic
    def build(self):
        home = self.build_home()
        self.build_contact_details()
        for page_data in content.STANDARD_PAGES:
            self.publish(
                home,
                StandardPage(
                    title=self.text(page_data["title"]),
                    slug=page_data["slug"],
                    show_in_menus=page_data["show_in_menus"],
                    introduction=self.text(page_data["introduction"]),
                    body=_paragraph_blocks(self.texts(page_data["paragraphs"])),
                ),
            )
        cities = self.build_cities(home)
        self.build_news(home, cities)
        self.translate_all(cities)
        return home

    def build_home(self):
        root = Page.get_first_root_node()
        home = HomePage(
            title=self.text(content.HOME["title"]),
            slug="home",
            lead=self.text(content.HOME["lead"]),
            image=self.image("Kashiwa", "柏市", (11, 92, 173), content.HOME["image_alt"].ja),
            image_alt=self.text(content.HOME["image_alt"]),
            locale=self.ja,
        )
        # Wagtail's installer leaves a "Welcome" page at "home"; the real home replaces it.
        welcome = root.get_children().filter(slug="home").exclude(content_type__model="homepage")
        for page in welcome:
            page.slug = f"welcome-{uuid.uuid4().hex[:8]}"
            page.save(update_fields=["slug"])
        root.add_child(instance=home)
        home.save_revision().publish()
        self.source_pages.append(home)
        Site.objects.update_or_create(
            is_default_site=True,
            # The address `make run` serves; production sets its own under Settings > Sites.
            defaults={"root_page": home, "hostname": "127.0.0.1", "port": 8000, "site_name": ""},
        )
        for page in welcome:
            page.delete()
        return home

    def build_contact_details(self):
        org = content.ORGANISATION
        contact = ContactDetails.objects.create(
            locale=self.ja,
            name=self.text(org["name"]),
            postal_code=org["postal_code"],
            address=self.text(org["address"]),
            building=self.text(org["building"]),
            telephone=org["telephone"],
            fax=org["fax"],
            email=org["email"],
            office_hours=self.text(org["office_hours"]),
            closed_days=self.text(org["closed_days"]),
        )
        self.contact = contact

    def build_cities(self, home):
        index = self.publish(
            home,
            CityIndexPage(
                title=self.text(content.CITY_INDEX["title"]),
                slug="cities",
                show_in_menus=True,
                introduction=self.text(content.CITY_INDEX["introduction"]),
            ),
        )
        cities = {}
        for data in content.CITIES:
            city = self.publish(
                index,
                CityPage(
                    title=self.text(data["title"]),
                    slug=data["slug"],
                    country=self.text(data["country"]),
                    region=self.text(data["region"]),
                    relationship=data["relationship"],
                    agreement_date=data["agreement_date"],
                    agreement_date_precision=data["agreement_date_precision"],
                    agreement_place=self.text(data["agreement_place"]),
                    partner_organisation=self.text(data["partner_organisation"]),
                    summary=self.text(data["summary"]),
                    image=self.image(
                        data["title"].en, data["title"].ja, data["colour"], data["image_alt"].ja
                    ),
                    image_alt=self.text(data["image_alt"]),
                ),
            )
            cities[data["slug"]] = city
            self.publish(
                city,
                HistoryPage(
                    title=self.text(
                        content.T(f"{data['title'].ja}との歩み", f"History with {data['title'].en}")
                    ),
                    slug="history",
                    milestones=[
                        (
                            "milestone",
                            {
                                "date": date,
                                "precision": precision,
                                "title": self.text(title),
                                "description": self.text(description),
                            },
                        )
                        for date, precision, title, description in data["history"]
                    ],
                ),
            )
        for data in content.DELEGATIONS:
            self.publish(
                cities[data["city"]],
                DelegationPage(
                    title=self.text(data["title"]),
                    slug=data["slug"],
                    edition=data["edition"],
                    year=data["year"],
                    direction=data["direction"],
                    departure_date=data["departure_date"],
                    return_date=data["return_date"],
                    leader=self.text(data["leader"]),
                    members=self.text(data["members"]),
                    orientation_sessions=data["orientation_sessions"],
                    summary=self.text(data["summary"]),
                    body=_paragraph_blocks(self.texts(data.get("report", []))),
                ),
            )
        return cities

    def build_news(self, home, cities):
        index = self.publish(
            home,
            NewsIndexPage(
                title=self.text(content.NEWS_INDEX["title"]),
                slug="news",
                show_in_menus=True,
                introduction=self.text(content.NEWS_INDEX["introduction"]),
            ),
        )
        for data in content.NEWS:
            news = NewsPage(
                title=self.text(data["title"]),
                slug=data["slug"],
                date=data["date"],
                category=data["category"],
                lead=self.text(data["lead"]),
                body=_paragraph_blocks(self.texts(data["paragraphs"])),
            )
            news.related_cities = [cities[slug] for slug in data["cities"]]
            self.publish(index, news)
            if "date_note" in data:
                self.note(news, "date", data["date_note"])

        event = content.EVENT
        event_page = self.publish(
            index,
            EventPage(
                title=self.text(event["title"]),
                slug=event["slug"],
                start=timezone.make_aware(event["start"]),
                end=timezone.make_aware(event["end"]),
                reception_opens=event["reception_opens"],
                venue_name=self.text(event["venue_name"]),
                venue_address=self.text(event["venue_address"]),
                registration_required=event["registration_required"],
                registration_details=self.text(event["registration_details"]),
                summary=self.text(event["summary"]),
            ),
        )
        self.note(event_page, "start", event["date_note"])
        for data in content.RECRUITMENTS:
            self.publish(
                index,
                RecruitmentPage(
                    title=self.text(data["title"]),
                    slug=data["slug"],
                    city=cities[data["city"]],
                    kind=data["kind"],
                    summary=self.text(data["summary"]),
                    application_opens=data["application_opens"],
                    application_closes=data["application_closes"],
                    how_to_apply=self.text(data["how_to_apply"]),
                    destination=self.text(data["destination"]),
                    trip_start=data["trip_start"],
                    trip_end=data["trip_end"],
                    places=data["places"],
                    cost_yen=data["cost_yen"],
                    eligibility=self.text(data["eligibility"]),
                    born_from=data["born_from"],
                    born_until=data["born_until"],
                    residency_condition=self.text(data["residency_condition"]),
                    briefing_sessions=[
                        (
                            "session",
                            {
                                **session,
                                "venue": self.text(session["venue"]),
                                "notes": self.text(session["notes"]),
                            },
                        )
                        for session in data["briefing_sessions"]
                    ],
                ),
            )

        self.build_application_form(index)

    def build_application_form(self, news_index):
        data = content.HOST_FAMILY_FORM
        notice = news_index.get_children().get(slug=data["notice"])
        self.publish(
            notice,
            HostFamilyApplicationPage(
                title=self.text(data["title"]),
                slug=data["slug"],
                introduction=self.text(data["introduction"]),
                privacy_notice=f"<p>{self.text(data['privacy_notice'])}</p>",
                thank_you_text=f"<p>{self.text(data['thank_you_text'])}</p>",
                to_address=data["to_address"],
            ),
        )

    def build_interview(self, english_city):
        data = content.INTERVIEW
        image = self.image("Interview", data["title"].ja, (90, 70, 140), data["image_alt"].en)
        return self.publish(
            english_city,
            InterviewPage(
                title=self.text(data["title"], "en"),
                slug=data["slug"],
                interviewee_name=self.text(data["interviewee_name"], "en"),
                interviewee_role=self.text(data["interviewee_role"], "en"),
                delegation_year=data["delegation_year"],
                image=image,
                image_alt=self.text(data["image_alt"], "en"),
                introduction=self.text(data["introduction"], "en"),
                questions=[
                    (
                        "question_answer",
                        {
                            "question": self.text(question, "en"),
                            "answer": _rich_text([self.text(answer, "en")]),
                        },
                    )
                    for question, answer in data["questions"]
                ],
            ),
            source="en",
        )

    # Translations

    def translate_all(self, cities):
        for page in self.source_pages:
            self.translate(page, self.en)
        self.translate(self.contact, self.en)
        english_torrance = cities[content.INTERVIEW["city"]].get_translation(self.en)
        interview = self.build_interview(english_torrance)
        self.translate(interview, self.ja)

    def translate(self, instance, locale):
        translate_with_dictionary(instance, locale, self.dictionaries[locale.pk])
        self.log(f"  {locale.language_code}: {instance}")
