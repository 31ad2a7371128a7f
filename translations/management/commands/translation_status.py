import json
import unicodedata

from django.core.management.base import BaseCommand, CommandError

from translations.status import State, counts_by_state, translation_status


def display_width(text):
    """Columns a terminal gives the text: Japanese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


class Command(BaseCommand):
    help = (
        "Shows every source page and snippet against each other language: missing, "
        "in progress, outdated or up to date."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print JSON instead of a table.")
        parser.add_argument(
            "--fail-on",
            default="",
            help="Comma-separated states (missing,outdated,in_progress) that make the exit code 1.",
        )

    def handle(self, *args, **options):
        fail_on = {state.strip() for state in options["fail_on"].split(",") if state.strip()}
        unknown = fail_on - set(State.ORDER)
        if unknown:
            raise CommandError(
                f"Unknown state(s) for --fail-on: {', '.join(sorted(unknown))}. "
                f"Choose from: {', '.join(State.ORDER)}."
            )
        rows = translation_status()
        counts = counts_by_state(rows)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {"counts": counts, "rows": [row.as_dict() for row in rows]},
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            self.write_table(rows, counts)
        failing = {state: counts[state] for state in fail_on if counts[state]}
        if failing:
            summary = ", ".join(f"{count} {state}" for state, count in failing.items())
            raise CommandError(f"Translations need attention: {summary}.", returncode=1)

    def write_table(self, rows, counts):
        header = ("state", "lang", "type", "title", "detail")
        lines = [header]
        for row in rows:
            detail = ""
            if row.state == State.IN_PROGRESS:
                detail = f"{row.percent}%"
            elif row.state == State.OUTDATED:
                detail = f"since {row.since:%Y-%m-%d}, {row.changed} segment(s) changed"
            lines.append(
                (
                    row.state,
                    f"{row.source_locale}->{row.target_locale}",
                    row.type_name,
                    row.title,
                    detail,
                )
            )
        widths = [
            max(display_width(str(line[i])) for line in lines) for i in range(len(header) - 1)
        ]
        for line in lines:
            cells = [
                str(cell) + " " * (width - display_width(str(cell)))
                for cell, width in zip(line[:-1], widths, strict=False)
            ]
            self.stdout.write("  ".join([*cells, str(line[-1])]).rstrip())
        self.stdout.write(", ".join(f"{state}: {count}" for state, count in counts.items()))
