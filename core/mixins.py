"""Fields shared by several page types, each mixin carrying its own panels."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from core.fields import synchronised, translated


class FeaturedImageMixin(models.Model):
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and on cards that link to it."),
    )
    image_alt = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows here, for visitors who cannot see it; translated with the "
            "page. Left blank, the image library's alternative text is used."
        ),
    )

    image_caption = models.CharField(
        _("caption"),
        max_length=255,
        blank=True,
        help_text=_("Shown under the image, for example where and when it was taken."),
    )
    image_credit = models.CharField(
        _("photo credit"),
        max_length=120,
        blank=True,
        help_text=_(
            "Who took the photo or lent it, for example トーランス市 or 柏市国際交流協会. "
            "Visitors read it after the caption as 写真：…"
        ),
    )

    image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("image_caption"),
                FieldPanel("image_credit"),
            ],
            heading=_("Image"),
        )
    ]

    image_translatable_fields = synchronised("image") + translated(
        "image_alt", "image_caption", "image_credit"
    )

    # Kept with the page between requests (caching/upstream/route_memo.py): the header and
    # the link previews show the image, and editing it renews the page.
    loaded_with_route = ("image",)

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image_id and not (self.image_alt or "").strip():
            # Stored on the page, the library's words reach the translator as the page's own.
            self.image_alt = self.image.description
            if not self.image_alt:
                raise ValidationError(
                    {
                        "image_alt": _(
                            "Describe the image for visitors who cannot see it. The image "
                            "library has no alternative text for it."
                        )
                    }
                )
