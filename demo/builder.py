"""Builds the demo site: Japanese source pages, then their translations through wagtail-localize.

Translations are made the way a translator's work is stored (translation source, translation,
string translations, ``save_target``), so the translation editor opens every page fully
translated and "sync" works on it.
"""

import io
import math
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
from core.dates import DatePrecision
from core.models import SiteImage
from demo import content
from home.models import AccessPage, ContactDetails, HomePage, StandardPage
from news.models import EventPage, NewsIndexPage, NewsPage, RecruitmentPage
from policies.models import AccessibilityPolicyPage, PrivacyPolicyPage
from search.models import SynonymGroup
from translations.dictionary import segment_text, translate_with_dictionary

# Demo pictures, drawn with PIL: text-free landscapes in each city's colour. Each keeps its subject
# inside the middle 800 × 600 of the 1200 × 800 canvas, which every rendition keeps
# (fill 3:2, 2:1 and 1:1, and the round portrait), and marks it as the focal point.

SIZE = (1200, 800)
SCALE = 2  # drawn at twice the size and reduced, for smooth edges
FOCUS = (600, 400, 640, 480)  # centre x, centre y, width, height
CITY_COLOURS = [(40, 98, 168), (32, 128, 96), (176, 52, 44), (196, 150, 30)]


def _mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def _light(colour, amount):
    return _mix(colour, (255, 255, 255), amount)


def _dark(colour, amount):
    return _mix(colour, (0, 0, 0), amount)


class _Canvas:
    """Coordinates on the 1200 × 800 picture; drawn at SCALE."""

    def __init__(self, top, bottom):
        width, height = SIZE[0] * SCALE, SIZE[1] * SCALE
        self.image = PILImage.new("RGB", (width, height))
        self.draw = ImageDraw.Draw(self.image)
        for y in range(height):  # the sky: a gentle gradient
            self.draw.line([(0, y), (width, y)], fill=_mix(top, bottom, y / height))

    def s(self, *values):
        return [value * SCALE for value in values]

    def circle(self, x, y, r, fill=None, outline=None, width=1):
        self.draw.ellipse(
            self.s(x - r, y - r, x + r, y + r), fill=fill, outline=outline, width=width * SCALE
        )

    def polygon(self, points, fill):
        self.draw.polygon([tuple(self.s(*point)) for point in points], fill=fill)

    def rect(self, x1, y1, x2, y2, fill, radius=0):
        self.draw.rounded_rectangle(self.s(x1, y1, x2, y2), radius=radius * SCALE, fill=fill)

    def line(self, points, fill, width):
        self.draw.line(
            [tuple(self.s(*point)) for point in points],
            fill=fill,
            width=width * SCALE,
            joint="curve",
        )

    def hills(self, base, amplitude, waves, phase, fill):
        """A band of rolling ground from `base` (its mean height) to the bottom edge."""
        points = [
            (x, base - amplitude * math.sin(x / SIZE[0] * math.pi * waves + phase))
            for x in range(0, SIZE[0] + 20, 20)
        ]
        self.polygon([(0, SIZE[1]), *points, (SIZE[0], SIZE[1])], fill)

    def waves(self, top, colour, rows):
        for row in range(rows):
            y = top + 30 + row * 34
            for start in range((row % 2) * 60, SIZE[0], 120):
                self.line([(start, y), (start + 30, y - 6), (start + 60, y)], colour, 4)

    def palm(self, x, ground, height, colour, lean=30):
        top = (x + lean, ground - height)
        self.line([(x, ground), (x + lean * 0.5, ground - height * 0.55), top], colour, 16)
        for angle in (190, 225, 262, 298, 335, 10):
            a = math.radians(angle)
            droop = 40 if 200 < angle < 330 else 70
            tip = (top[0] + 150 * math.cos(a), top[1] + 80 * math.sin(a) + droop)
            mid = ((top[0] + tip[0]) / 2, (top[1] + tip[1]) / 2 - 18)
            nx, ny = -(tip[1] - top[1]), tip[0] - top[0]
            length = math.hypot(nx, ny) / 16
            self.polygon(
                [
                    top,
                    (mid[0] + nx / length, mid[1] + ny / length),
                    tip,
                    (mid[0] - nx / length, mid[1] - ny / length),
                ],
                colour,
            )
        self.circle(top[0], top[1] + 6, 12, fill=colour)

    def leaf(self, x, y, size, angle, fill, rib):
        """The kashiwa (oak) leaf of the association's emblem: wavy lobes either side of a rib."""
        right = [
            ((5.2, 39.3), (3.2, 34.5)),
            ((9.1, 34), (6.8, 28.5)),
            ((12.7, 26.3), (8.6, 21.5)),
            ((13.2, 17.7), (8.2, 14.5)),
            ((10.7, 10), (5.6, 9)),
            ((5.2, 3.8), (0, 4.5)),
        ]
        outline, start = [], (0, 40)
        for control, end in right:
            for step in range(10):
                t = step / 10
                outline.append(
                    tuple(
                        (1 - t) ** 2 * a + 2 * (1 - t) * t * b + t * t * c
                        for a, b, c in zip(start, control, end, strict=True)
                    )
                )
            start = end
        outline += [(-px, py) for px, py in reversed(outline)]
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        scale = size / 36

        def place(px, py):
            px, py = px * scale, (py - 24) * scale
            return (x + px * cos - py * sin, y + px * sin + py * cos)

        self.polygon([place(px, py) for px, py in outline], fill)
        width = max(2, round(size / 28))
        self.line([place(0, 45), place(0, 9)], rib, width)
        for vy, spread in ((30, 4.5), (22, 5), (15, 3.5)):
            for side in (1, -1):
                self.line([place(0, vy), place(side * spread, vy - 3.5)], rib, width)

    def finish(self):
        return self.image.resize(SIZE, PILImage.Resampling.LANCZOS)


def _torrance(colour):
    canvas = _Canvas(_light(colour, 0.75), _light(colour, 0.92))
    canvas.circle(600, 360, 120, fill=(255, 236, 190))
    canvas.hills(440, 30, 1.2, 2.4, _light(colour, 0.45))  # the Palos Verdes hills
    canvas.rect(0, 470, 1200, 800, fill=colour)  # the Pacific
    canvas.waves(470, _light(colour, 0.35), 9)
    canvas.rect(700, 520, 1200, 540, fill=_dark(colour, 0.35))  # the pier
    for post in range(720, 1200, 60):
        canvas.rect(post, 540, post + 10, 600, fill=_dark(colour, 0.35))
    canvas.polygon([(520, 560), (600, 560), (585, 580), (535, 580)], _dark(colour, 0.45))  # a boat
    canvas.polygon([(560, 555), (560, 450), (615, 555)], (255, 255, 255))
    canvas.palm(330, 800, 420, _dark(colour, 0.55), lean=40)
    canvas.palm(230, 800, 330, _dark(colour, 0.45), lean=-20)
    return canvas


def _chengde(colour):
    canvas = _Canvas(_light(colour, 0.8), _light(colour, 0.93))
    canvas.circle(760, 260, 90, fill=_light(colour, 0.55))
    canvas.hills(430, 70, 2.2, 0.3, _light(colour, 0.55))
    canvas.hills(520, 50, 1.6, 2.0, _light(colour, 0.3))
    # the pagoda on its hill, roofs narrowing to the top
    canvas.draw.chord(canvas.s(380, 490, 820, 650), 180, 360, fill=_dark(colour, 0.15))
    x, y, width = 600, 500, 150
    for _storey in range(5):
        canvas.rect(x - width * 0.35, y - 42, x + width * 0.35, y, fill=_dark(colour, 0.3))
        canvas.polygon(
            [
                (x - width / 2 - 18, y - 38),
                (x + width / 2 + 18, y - 38),
                (x + width * 0.3, y - 62),
                (x - width * 0.3, y - 62),
            ],
            _dark(colour, 0.5),
        )
        y -= 56
        width *= 0.85
    canvas.line([(x, y + 4), (x, y - 40)], _dark(colour, 0.5), 6)
    canvas.hills(640, 30, 3.0, 1.0, _dark(colour, 0.1))
    # the wall along the ridge, with its battlements
    for bx in range(0, 1200, 40):
        base = 650 - 30 * math.sin(bx / 1200 * math.pi * 3 + 1.0)
        canvas.rect(bx, base - 26, bx + 24, base + 4, fill=_dark(colour, 0.35))
    canvas.hills(700, 20, 2.0, 0.5, _dark(colour, 0.4))
    return canvas


def _guam(colour):
    sea = _mix(colour, (30, 150, 170), 0.5)
    sand = (236, 220, 178)
    canvas = _Canvas(_light(sea, 0.7), _light(sea, 0.9))
    canvas.circle(820, 250, 80, fill=(255, 240, 200))
    canvas.hills(430, 60, 1.0, 0.4, colour)  # the island's green hills on the horizon
    canvas.rect(0, 450, 1200, 800, fill=sea)
    canvas.waves(450, _light(sea, 0.35), 3)
    canvas.hills(620, 30, 1.2, 3.4, sand)  # the beach
    for x in (530, 670):  # latte stones: a pillar, its capstone flat side up
        canvas.polygon(
            [(x - 26, 690), (x + 26, 690), (x + 18, 590), (x - 18, 590)], _dark(colour, 0.35)
        )
        canvas.draw.chord(canvas.s(x - 56, 540, x + 56, 640), 0, 180, fill=_dark(colour, 0.45))
    canvas.palm(360, 700, 330, _dark(colour, 0.3), lean=-40)
    canvas.palm(850, 700, 360, _dark(colour, 0.4), lean=40)
    return canvas


def _camden(colour):
    canvas = _Canvas(_light(colour, 0.78), _light(colour, 0.94))
    canvas.circle(420, 250, 90, fill=(255, 250, 230))
    canvas.hills(470, 40, 1.4, 0.8, _light(colour, 0.45))
    # the steeple among the trees
    canvas.rect(570, 330, 630, 470, fill=(255, 255, 255))
    canvas.polygon([(560, 335), (640, 335), (600, 220)], _dark(colour, 0.4))
    canvas.rect(530, 410, 670, 480, fill=(255, 255, 255))
    canvas.polygon([(520, 415), (680, 415), (600, 370)], _dark(colour, 0.4))
    canvas.rect(588, 440, 612, 480, fill=_dark(colour, 0.4))
    for tx, r in ((420, 60), (480, 45), (760, 65), (830, 48), (260, 40), (960, 42)):
        canvas.circle(tx, 470 - r, r, fill=_mix(colour, (60, 110, 50), 0.7))
    canvas.hills(560, 30, 2.0, 2.0, colour)
    canvas.hills(660, 25, 1.5, 0.2, _dark(colour, 0.15))
    # the paddock fence
    for fx in range(0, 1220, 80):
        canvas.rect(fx, 600, fx + 12, 690, fill=(255, 255, 255))
    for fy in (620, 655):
        canvas.rect(0, fy, 1200, fy + 10, fill=(255, 255, 255))
    return canvas


def _kashiwa(colour):
    canvas = _Canvas(colour, _dark(colour, 0.25))
    for r in range(140, 700, 70):  # latitudes round Kashiwa
        canvas.circle(600, 400, r, outline=_light(colour, 0.12), width=2)
    around = [(330, 230), (870, 230), (330, 570), (870, 570)]
    for (x, y), city in zip(around, CITY_COLOURS, strict=True):
        bend = 60 if y < 400 else -60
        curve = [
            (600 + (x - 600) * t, 400 + (y - 400) * t - bend * math.sin(math.pi * t))
            for t in (i / 20 for i in range(21))
        ]
        for start in range(0, 20, 2):  # dotted routes to each partner city
            canvas.line(curve[start : start + 2], (255, 255, 255), 5)
        canvas.circle(x, y, 62, fill=(255, 255, 255))
        canvas.circle(x, y, 46, fill=city)
    canvas.circle(600, 400, 128, fill=(255, 255, 255))
    canvas.leaf(600, 400, 170, -26, colour, (255, 255, 255))
    return canvas


def _interview(colour):
    canvas = _Canvas(_light(colour, 0.65), _light(colour, 0.85))
    for (x, y), city in zip(
        [(420, 250), (800, 230), (380, 560), (830, 580)], CITY_COLOURS, strict=True
    ):
        canvas.circle(x, y, 22, fill=city)
    canvas.rect(700, 200, 860, 300, fill=(255, 255, 255), radius=40)  # speech bubbles
    canvas.polygon([(730, 290), (770, 290), (715, 330)], (255, 255, 255))
    canvas.rect(340, 300, 480, 386, fill=_light(colour, 0.3), radius=36)
    canvas.polygon([(450, 380), (420, 380), (470, 420)], _light(colour, 0.3))
    canvas.circle(600, 360, 105, fill=_dark(colour, 0.2))  # a person, head and shoulders
    canvas.draw.chord(canvas.s(410, 480, 790, 860), 180, 360, fill=_dark(colour, 0.2))
    return canvas


MOTIFS = {
    "Torrance": _torrance,
    "Chengde": _chengde,
    "Guam": _guam,
    "Camden": _camden,
    "Kashiwa": _kashiwa,
    "Interview": _interview,
}


def draw_demo_picture(label, colour):
    """A picture for `label` (a city, "Kashiwa" or "Interview") in `colour`, without words."""
    return MOTIFS.get(label, _torrance)(colour).finish()


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
        """A picture for `label` (a city's English name, "Kashiwa" or "Interview"), titled in
        Japanese in the media library, as staff name their images; its subject is the focal
        point, so every rendition crops round it."""
        buffer = io.BytesIO()
        draw_demo_picture(label, colour).save(buffer, format="PNG", optimize=True)
        image = SiteImage(title=title, description=alt)
        image.file = ImageFile(buffer, name=f"demo-{label.lower().replace(' ', '-')}.png")
        x, y, width, height = FOCUS
        image.focal_point_x, image.focal_point_y = x, y
        image.focal_point_width, image.focal_point_height = width, height
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
        SynonymGroup.objects.bulk_create(
            SynonymGroup(words="、".join(words)) for words in content.SEARCH_SYNONYMS
        )
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
        access = self.publish(
            home,
            AccessPage(
                title=self.text(content.ACCESS_PAGE["title"]),
                slug=content.ACCESS_PAGE["slug"],
                introduction=self.text(content.ACCESS_PAGE["introduction"]),
                body=_paragraph_blocks(self.texts(content.ACCESS_PAGE["paragraphs"])),
            ),
        )
        self.note(access, "nearest_stations", content.ACCESS_PAGE["note"])
        policy_types = {"privacy": PrivacyPolicyPage, "accessibility": AccessibilityPolicyPage}
        for page_data in content.POLICY_PAGES:
            policy = self.publish(
                home,
                policy_types[page_data["kind"]](
                    title=self.text(page_data["title"]),
                    slug=page_data["slug"],
                    introduction=self.text(page_data["introduction"]),
                    body=_paragraph_blocks(self.texts(page_data["paragraphs"])),
                ),
            )
            self.note(policy, "body", page_data["note"])
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
            if "country_note" in data:
                self.note(city, "country", data["country_note"])
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
                date_precision=data.get("date_precision", DatePrecision.DAY),
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
        image = self.image("Interview", data["title"].ja, (90, 70, 140), data["image_alt"].ja)
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
