"""Where every source page and snippet stands in every other language, in a fixed query count."""

import dataclasses
import datetime
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Min
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from translations.models import SegmentReview
from translations.snippets import translatable_snippet_models


class State:
    MISSING = "missing"
    IN_PROGRESS = "in_progress"
    OUTDATED = "outdated"
    # Not translated yet because the source itself is a draft (waiting for approval, say).
    SOURCE_NOT_LIVE = "source_not_live"
    UP_TO_DATE = "up_to_date"

    LABELS = {
        MISSING: _("Missing"),
        IN_PROGRESS: pgettext_lazy("translation status", "In progress"),
        OUTDATED: _("Outdated"),
        SOURCE_NOT_LIVE: _("Source not published yet"),
        UP_TO_DATE: _("Up to date"),
    }
    ORDER = [MISSING, OUTDATED, IN_PROGRESS, SOURCE_NOT_LIVE, UP_TO_DATE]


@dataclasses.dataclass
class StatusRow:
    title: str
    type_name: str
    source_locale: str
    target_locale: str
    state: str
    percent: int = 0
    changed: int = 0
    # Machine translations no person has read yet.
    machine: int = 0
    since: datetime.datetime | None = None
    url: str = ""
    translation_key: str = ""

    @property
    def state_label(self):
        return State.LABELS[self.state]

    def as_dict(self):
        data = dataclasses.asdict(self)
        data["since"] = self.since.isoformat() if self.since else None
        return data


@dataclasses.dataclass
class _Item:
    """One translatable object in one locale."""

    pk: int
    translation_key: object
    locale_id: int
    title: str
    content_type_id: int
    live: bool = True


def _items():
    pages = Page.objects.filter(depth__gt=1).values_list(
        "pk", "translation_key", "locale_id", "title", "content_type_id", "live"
    )
    items = [_Item(*row) for row in pages]
    for model in translatable_snippet_models():
        content_type_id = ContentType.objects.get_for_model(model).pk
        items += [
            _Item(
                snippet.pk,
                snippet.translation_key,
                snippet.locale_id,
                str(snippet),
                content_type_id,
            )
            for snippet in model.objects.all()
        ]
    return items


def _segment_counts():
    """Per source: total segments; per (source, locale): translated and flagged segments."""
    totals = dict(
        StringSegment.objects.values("source_id")
        .annotate(total=Count("pk"))
        .values_list("source_id", "total")
    )
    translated = {
        (source_id, locale_id): count
        for source_id, locale_id, count in StringSegment.objects.filter(
            string__translations__context_id=F("context_id")
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(count=Count("pk"))
        .values_list("source_id", "string__translations__locale_id", "count")
    }
    flagged = defaultdict(dict)
    for source_id, locale_id, reason, count, since in (
        StringSegment.objects.filter(
            string__translations__context_id=F("context_id"),
            string__translations__review__isnull=False,
        )
        .values(
            "source_id",
            "string__translations__locale_id",
            "string__translations__review__reason",
        )
        .annotate(count=Count("pk"), since=Min("string__translations__review__created_at"))
        .values_list(
            "source_id",
            "string__translations__locale_id",
            "string__translations__review__reason",
            "count",
            "since",
        )
    ):
        flagged[(source_id, locale_id)][reason] = (count, since)
    return totals, translated, flagged


def _snippet_model(item):
    """The snippet model of an item, or None for a page."""
    model = ContentType.objects.get_for_id(item.content_type_id).model_class()
    return model if model in translatable_snippet_models() else None


def _edit_url(item):
    """The translation editor for a translation, or the normal editor for a source."""
    if model := _snippet_model(item):
        return reverse(model.snippet_viewset.get_url_name("edit"), args=[item.pk])
    return reverse("wagtailadmin_pages:edit", args=[item.pk])


def _start_translation_url(item):
    if model := _snippet_model(item):
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[model._meta.app_label, model._meta.model_name, item.pk],
        )
    return reverse("wagtail_localize:submit_page_translation", args=[item.pk])


def translation_status():
    """One row per source object and target locale, most urgent first."""
    locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    default_locale_id = next(
        (pk for pk, code in locales.items() if code == settings.LANGUAGE_CODE), None
    )
    items = _items()
    by_key = defaultdict(dict)
    for item in items:
        by_key[item.translation_key][item.locale_id] = item
    sources = {
        (source.object_id, source.locale_id): source
        for source in TranslationSource.objects.only(
            "id", "object_id", "locale_id", "last_updated_at"
        )
    }
    enabled = set(
        Translation.objects.filter(enabled=True).values_list("source_id", "target_locale_id")
    )
    totals, translated, flagged = _segment_counts()
    type_names = {
        content_type.pk: content_type.model_class()._meta.verbose_name
        for content_type in ContentType.objects.filter(
            pk__in={item.content_type_id for item in items}
        )
    }

    rows = []
    for key, versions in by_key.items():
        source_item, source = _source_of(key, versions, sources, default_locale_id)
        for locale_id, language_code in locales.items():
            if locale_id == source_item.locale_id:
                continue
            target = versions.get(locale_id)
            row = StatusRow(
                title=source_item.title,
                type_name=str(type_names.get(source_item.content_type_id, "")),
                source_locale=locales[source_item.locale_id],
                target_locale=language_code,
                state=State.MISSING,
                url=_start_translation_url(source_item),
                translation_key=str(key),
            )
            if target is not None and source is not None and (source.pk, locale_id) in enabled:
                row.url = _edit_url(target)
                total = totals.get(source.pk, 0)
                done = translated.get((source.pk, locale_id), 0)
                reviews = flagged.get((source.pk, locale_id), {})
                changed, since = reviews.get(SegmentReview.Reason.SOURCE_CHANGED, (0, None))
                machine, _since = reviews.get(SegmentReview.Reason.MACHINE, (0, None))
                row.machine = machine
                reviewed = done - changed - machine
                row.percent = round(100 * reviewed / total) if total else 100
                if reviewed == total:
                    row.state = State.UP_TO_DATE
                elif done == 0 and target.live:
                    # Published with nothing translated: visitors read the source's text.
                    row.state = State.MISSING
                elif target.live and (changed or done < total):
                    row.state = State.OUTDATED
                    row.changed = changed + (total - done)
                    row.since = since or source.last_updated_at
                else:
                    row.state = State.IN_PROGRESS
            if row.state == State.MISSING and target is None and not source_item.live:
                row.state = State.SOURCE_NOT_LIVE
            rows.append(row)
    rows.sort(key=lambda row: (State.ORDER.index(row.state), row.title, row.target_locale))
    return rows


def _source_of(key, versions, sources, default_locale_id):
    """The version translations are made from: the one with a translation source, if any."""
    for locale_id, item in versions.items():
        if (key, locale_id) in sources:
            return item, sources[(key, locale_id)]
    return versions.get(default_locale_id) or next(iter(versions.values())), None


def counts_by_state(rows):
    counts = dict.fromkeys(State.ORDER, 0)
    for row in rows:
        counts[row.state] += 1
    return counts


def translated_by(user):
    """The (translation key, language) pairs in which `user` translated at least one text."""
    return {
        (str(key), language)
        for key, language in StringTranslation.objects.filter(last_translated_by=user)
        .values_list("context__object_id", "locale__language_code")
        .distinct()
    }
