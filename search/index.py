"""Search fields whose text is indexed with Japanese bigrams (see search.text)."""

from wagtail.search import index

from search.text import index_text


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(item) for item in value)
    return str(value)


class JapaneseTextMixin:
    def get_value(self, obj):
        return index_text(_flatten(super().get_value(obj)))


class JapaneseSearchField(JapaneseTextMixin, index.SearchField):
    pass


class JapaneseAutocompleteField(JapaneseTextMixin, index.AutocompleteField):
    pass


class JapaneseSearchMixin:
    """Indexes a model's full-text fields Japanese-aware.

    Models keep declaring `search_fields = Page.search_fields + [...]` as Wagtail expects; this
    swaps each full-text field for its Japanese-aware twin where the search backend reads them.
    """

    @classmethod
    def get_search_fields(cls):
        fields = []
        for field in super().get_search_fields():
            if type(field) is index.SearchField:
                field = JapaneseSearchField(field.field_name, boost=field.boost, **field.kwargs)
            elif type(field) is index.AutocompleteField:
                field = JapaneseAutocompleteField(field.field_name, **field.kwargs)
            fields.append(field)
        return fields
