"""The one block library every StreamField on the site draws from."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.dates import DatePrecision

BLOCK_TEMPLATES = "components/streamfield/blocks"
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class ImageValue(blocks.StructValue):
    @property
    def alt(self):
        """The alt attribute: empty for a decorative image, so that screen readers skip it."""
        return "" if self.get("decorative") else self.get("alt_text", "")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Heading text"),
        max_length=120,
        help_text=_("Keep it short: a few words that say what the section is about."),
    )
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_(
            "Use a section heading for a new topic, and a sub-heading only inside a section "
            "that already has one. Screen readers use these levels to find their way."
        ),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A heading that divides the text into sections.")
        template = f"{BLOCK_TEMPLATES}/heading_block.html"
        preview_value = {"text": "姉妹都市との交流", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    """An image whose alternative text is asked once, in the image library, and offered here
    to keep or reword for this page (where it is translated with the page), or left out for a
    decorative image: Wagtail's own ImageBlock, with a caption."""

    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_("Choose a photo from the image library, or upload a new one."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative image"),
        required=False,
        help_text=_(
            "Tick only when the image adds nothing to the text (a pattern, an ornament): "
            "screen readers then skip it."
        ),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=255,
        help_text=_(
            "What the image shows here, for visitors who cannot see it; read aloud by screen "
            "readers. Filled in from the image library: reword it if this page needs other words."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=255,
        help_text=_("Shown under the image."),
    )
    credit = blocks.CharBlock(
        label=_("Photo credit"),
        required=False,
        max_length=120,
        help_text=_(
            "Who took the photo or lent it, for example トーランス市 or 柏市国際交流協会. "
            "Visitors read it after the caption as 写真：…"
        ),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("One image with alternative text, an optional caption and its credit.")
        template = f"{BLOCK_TEMPLATES}/image_block.html"
        value_class = ImageValue

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image and not value.get("decorative") and not (value.get("alt_text") or "").strip():
            # Without the editor's script (or before it ran) the library's words are kept, so
            # that the page stores them and the translator sees them.
            value["alt_text"] = image.description
            if not image.description and not self.is_deferred_validation:
                raise StructBlockValidationError(
                    block_errors={
                        "alt_text": ValidationError(
                            _(
                                "Describe the image for visitors who cannot see it, or tick "
                                "“Decorative image”."
                            )
                        )
                    }
                )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("Quotation"),
        help_text=_("The words as they were said or written, without quotation marks."),
    )
    attribution = blocks.CharBlock(
        label=_("Who said it"),
        required=False,
        max_length=120,
        help_text=_("Shown under the quotation, for example 'Delegation leader'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation, with who said it.")
        template = f"{BLOCK_TEMPLATES}/quote_block.html"
        preview_value = {"quote": "百聞は一見に如かず", "attribution": "派遣団長"}


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Gallery title"),
        required=False,
        max_length=120,
        help_text=_("Shown above the photos. Leave blank if the heading before says enough."),
    )
    images = blocks.ListBlock(
        ImageWithCaptionBlock(),
        label=_("Images"),
        min_num=1,
        help_text=_("Visitors see the photos in this order."),
    )

    class Meta:
        icon = "image"
        label = _("Photo gallery")
        description = _("A grid of photos, each with alternative text and a caption.")
        template = f"{BLOCK_TEMPLATES}/gallery_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video URL"),
        help_text=_("The address of the video page, for example on YouTube."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=255,
        help_text=_("Shown under the video: what it shows, and when it was filmed."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("A video from YouTube or another video site, with a caption.")
        template = f"{BLOCK_TEMPLATES}/video_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        description=_("Text with links and lists."),
        help_text=_(
            "The text visitors read. Use the toolbar for bold, links and lists; add headings "
            "and images as blocks of their own."
        ),
        group=_("Text"),
    )
    heading = HeadingBlock(group=_("Text"))
    quote = QuoteBlock(group=_("Text"))
    image = ImageWithCaptionBlock(group=_("Media"))
    gallery = GalleryBlock(group=_("Media"))
    video = VideoBlock(group=_("Media"))


class MilestoneBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("Date"),
        help_text=_("For a year or month only, pick any day in it and set the precision below."),
    )
    precision = blocks.ChoiceBlock(
        label=_("Precision of the date"),
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the date visitors see: 1985 / June 1970 / 1 November 1983."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("What happened, in a few words, for example 'Sister city agreement signed'."),
    )
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("A sentence or two more, shown under the title in the timeline."),
    )

    class Meta:
        icon = "date"
        label = _("Milestone")
        description = _("One event in the history of the relationship.")
        help_text = _("One entry of the timeline: its date, what happened and, if useful, more.")
        preview_value = {
            "date": datetime.date(1973, 2, 20),
            "precision": DatePrecision.DAY,
            "title": "トーランス市と姉妹都市提携",
            "description": "",
        }
        template = f"{BLOCK_TEMPLATES}/milestone_block.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("Question"),
        max_length=300,
        help_text=_(
            "The question as the interviewer asked it, shown as a heading above the answer."
        ),
    )
    answer = blocks.RichTextBlock(
        label=_("Answer"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The interviewee's answer, in their own words."),
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        description = _("One question asked in the interview and its answer.")
        template = f"{BLOCK_TEMPLATES}/question_answer_block.html"
        # What an editor sees in the block chooser: the shape of an answer, not anyone's words.
        preview_value = {
            "question": "柏の印象を教えてください。",
            "answer": "<p>（ここに、話し手の言葉どおりの答えが入ります。）</p>",
        }


class BriefingSessionValue(blocks.StructValue):
    def _at(self, time):
        # A draft's preview shows a session whose date or times are not typed yet.
        if time is None or self["date"] is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self["date"], time))

    @property
    def starts_at(self):
        return self._at(self["start_time"])

    @property
    def ends_at(self):
        return self._at(self["end_time"])

    @property
    def reception_at(self):
        return self._at(self.get("reception_time"))


class BriefingSessionBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("Date"),
        help_text=_("The day of the session. It must be on or before the application deadline."),
    )
    start_time = blocks.TimeBlock(
        label=_("Start time"), help_text=_("When the session starts, in Japan time.")
    )
    end_time = blocks.TimeBlock(
        label=_("End time"), help_text=_("When the session ends, in Japan time.")
    )
    reception_time = blocks.TimeBlock(
        label=_("Reception opens"),
        required=False,
        help_text=_("When visitors can start checking in. Leave blank if there is no reception."),
    )
    venue = blocks.CharBlock(
        label=_("Venue"),
        max_length=200,
        help_text=_("The name of the place and the room, for example 'Kashiwa City Hall, Room 1'."),
    )
    venue_address = blocks.TextBlock(
        label=_("Venue address"),
        required=False,
        # Sessions saved before this field existed read as blank, which wagtail-localize can
        # extract for translation (it refuses None).
        default="",
        help_text=_(
            "Postal code and address of the venue, shown under its name and given to search "
            "engines. Leave blank when the session is held at the association's own office: "
            "the address in the contact details is used."
        ),
    )
    notes = blocks.TextBlock(
        label=_("Notes"),
        required=False,
        help_text=_("For example: application forms are handed out only at this session."),
    )

    class Meta:
        icon = "group"
        label = _("Briefing session")
        description = _("An information session for applicants and their families.")
        help_text = _(
            "Each session is listed on the notice and in the association's calendar of events. "
            "Times are Japan time."
        )
        template = f"{BLOCK_TEMPLATES}/briefing_session_block.html"
        value_class = BriefingSessionValue
        preview_value = {
            "date": datetime.date(2025, 6, 1),
            "start_time": datetime.time(12, 0),
            "end_time": datetime.time(13, 30),
            "reception_time": datetime.time(11, 45),
            "venue": "パレット柏 3階（柏市国際交流センター）",
            "venue_address": "",
            "notes": "応募書類は説明会で配布します。",
        }

    def clean(self, value):
        value = super().clean(value)
        # A draft may leave any time empty (Wagtail defers "required" until publishing), and
        # the fields themselves say so when it matters: compare only the times that are there.
        start, end = value["start_time"], value["end_time"]
        reception = value.get("reception_time")
        errors = {}
        if start is not None and end is not None and end <= start:
            errors["end_time"] = ValidationError(_("The end time must be after the start time."))
        if start is not None and reception is not None and reception > start:
            errors["reception_time"] = ValidationError(
                _("Reception must open before the session starts.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class BriefingSessionsBlock(blocks.StreamBlock):
    session = BriefingSessionBlock()


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("Document"),
        help_text=_("Choose a file from the document library, or upload a new one (PDF is best)."),
    )
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("What visitors click, for example 'Application form (PDF)'."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        description = _("A file visitors can download, such as an application form.")
        template = f"{BLOCK_TEMPLATES}/document_link_block.html"


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()


class PhotosBlock(blocks.StreamBlock):
    photo = ImageWithCaptionBlock()


class TimelineBlock(blocks.StreamBlock):
    milestone = MilestoneBlock()


class InterviewBlock(blocks.StreamBlock):
    question_answer = QuestionAnswerBlock()
    photo = ImageWithCaptionBlock()
