"""The models every page type shares: the site's image and its renditions, and the glossary of
the association's proper names."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from taggit.managers import TaggableManager
from wagtail.images.models import AbstractImage, AbstractRendition


class SiteImage(AbstractImage):
    # Wagtail's own fields, as Wagtail declares them, with help text for the editors. (The
    # collection's form field is Wagtail's own, and hidden while there is one collection.)
    title = models.CharField(
        _("title"),
        max_length=255,
        help_text=_(
            "A name to find the image by in the image library. Visitors do not see it: they "
            "read the alternative text."
        ),
    )
    tags = TaggableManager(
        blank=True,
        verbose_name=_("tags"),
        help_text=_(
            "Words to find the image by in the image library, for example 'Torrance' or "
            "'2025'. Visitors do not see them."
        ),
    )
    # Wagtail's own "description" is the image's alt text. It is optional so that an upload
    # is in the library as soon as it succeeds; pages offer it where the image is used, and
    # ask for words there when it is blank.
    description = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "What the image shows, for visitors who cannot see it. Pages that use the image "
            "start from these words and can reword them."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        # Moved here from the home app with its table (migrations core/0001, home/0005).
        db_table = "home_siteimage"
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        # Wagtail falls back to the title, which the library tells staff visitors never see;
        # the image block and rich text then offered a file name as the alt text, and a page
        # published with it. Without a description, pages ask for words instead.
        return self.description


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        db_table = "home_siterendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class GlossaryTermQuerySet(models.QuerySet):
    def longest_first(self):
        """(Japanese, English) pairs, longest Japanese first, so that 柏市国際交流協会 is
        replaced before 柏 is."""
        return sorted(self.values_list("japanese", "english"), key=lambda pair: -len(pair[0]))


class GlossaryTerm(models.Model):
    """A proper name of the association's world and how its English pages write it. The
    machine translators keep it (translations/machine.py) and page addresses spell it so
    (core/slugs.py); editors keep the list in the admin (用語集)."""

    japanese = models.CharField(
        _("Japanese"),
        max_length=100,
        unique=True,
        help_text=_("As the Japanese pages write it, for example トーランス or パレット柏."),
    )
    english = models.CharField(
        _("English"),
        max_length=100,
        help_text=_(
            "As the English pages write it, for example Torrance or Palette Kashiwa. Machine "
            "translations use it, and so do the addresses of new pages."
        ),
    )

    objects = GlossaryTermQuerySet.as_manager()

    class Meta:
        ordering = ["japanese"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")

    def __str__(self):
        return f"{self.japanese} → {self.english}"
