import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# Staff separate the words with the Japanese comma, a comma or a new line.
WORD_SEPARATORS = re.compile(r"[、,，\n]+")


class SynonymGroup(models.Model):
    """Words that mean the same to a visitor: searching for any one of them also finds the
    pages that use another (search/query.py). Staff keep the list in the admin (検索の言い換え)
    for the misspellings and other names that visitors type."""

    words = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Separate them with 、 or commas, for example: トーランス、Torrance、Torrence、"
            "トーランズ. A search for any of them also finds pages with the others. Hiragana "
            "and katakana, and full-width and half-width letters, are matched already."
        ),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return "、".join(self.word_list())

    def word_list(self):
        return [word.strip() for word in WORD_SEPARATORS.split(self.words) if word.strip()]

    def clean(self):
        if len(self.word_list()) < 2:
            raise ValidationError(
                {"words": _("Give at least two words: the one visitors type and another.")}
            )
