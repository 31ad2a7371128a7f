from defusedcsv import csv

from wagtail.admin.views.mixins import Echo
from wagtail.contrib.forms.views import SubmissionsListView


class ApplicationsListView(SubmissionsListView):
    """Wagtail's table and exports of submissions, with a CSV that Excel opens safely."""

    def stream_csv(self, queryset):
        # Wagtail 8.0's SpreadsheetExportMixin.stream_csv (wagtail/admin/views/mixins.py),
        # with a byte-order mark first and defusedcsv's writer instead of the csv module's;
        # compare with it on each Wagtail upgrade. Excel on Windows reads a CSV without a
        # byte-order mark as Shift-JIS, garbling Japanese.
        yield "\ufeff"
        # defusedcsv writes an answer that starts like a formula (=HYPERLINK(…), @SUM, +1-1)
        # as text, so opening the export never runs what a visitor typed.
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export)
        yield writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))
