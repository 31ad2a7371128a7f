"""What residents type, and where the page they meant comes: the rank table of docs/search.md.

    .venv/bin/python bench/search_queries.py            # SQLite file in a temporary folder
    createdb -h 127.0.0.1 -U postgres kira_queries
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kira_queries \
        .venv/bin/python bench/search_queries.py

It builds the demo site (its content and its synonym groups) under the production settings and
runs each query through the public search view, then prints a Markdown table: the query, the
language of the site it is typed on, the page meant, that page's rank among the results (— when
it is not found), how many pages were found and which came first. The last rows are nonsense
that must find nothing.
"""

import html
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.render_cost import build_site, configure  # noqa: E402

TITLE = re.compile(r'class="search-result__title"[^>]*>\s*<a[^>]*>([^<]+)</a>')
TORRANCE, CHENGDE = "トーランス", "承徳"
HOST_CALL = "トーランス青少年派遣生のホストファミリー募集（2025年）"
YOUTH_CALL = "第16回 承徳市派遣青少年募集"
QUERIES = [
    # (query, language, the page meant; None: nothing should be found). The ranks count the
    # first page of results (ten).
    ("トーランス", "ja", TORRANCE),
    ("とーらんす", "ja", TORRANCE),
    ("ﾄｰﾗﾝｽ", "ja", TORRANCE),
    ("トーランズ", "ja", TORRANCE),
    ("Torrance", "ja", TORRANCE),
    ("Torrence", "ja", TORRANCE),
    ("承徳", "ja", CHENGDE),
    ("しょうとく", "ja", CHENGDE),
    ("Chengde", "ja", CHENGDE),
    ("Chengdu", "ja", CHENGDE),
    ("グアム", "ja", "グアム"),
    ("グァム", "ja", "グアム"),
    ("キャムデン", "ja", "キャムデン"),
    ("カムデン", "ja", "キャムデン"),
    ("ホストファミリー", "ja", HOST_CALL),
    ("ほすとふぁみりー", "ja", HOST_CALL),
    ("ﾎｽﾄﾌｧﾐﾘｰ", "ja", HOST_CALL),
    ("host family", "ja", HOST_CALL),
    ("ホストファミリー 募集", "ja", HOST_CALL),
    ("承徳 派遣", "ja", YOUTH_CALL),
    ("青少年派遣 承徳 募集", "ja", YOUTH_CALL),
    ("説明会", "ja", YOUTH_CALL),
    ("帰国報告会", "ja", "トーランス派遣生 帰国報告会"),
    ("50周年", "ja", "トーランス市との姉妹都市提携50周年記念事業"),
    ("中止", "ja", "2021年の青少年交換派遣事業の中止について"),
    ("Torrance", "en", "Torrance"),
    ("Torrence", "en", "Torrance"),
    ("Chengdu", "en", "Chengde"),
    ("host family", "en", "Host families wanted for Torrance's youth delegates (2025)"),
    ("host families", "en", "Host families wanted for Torrance's youth delegates (2025)"),
    ("Ｇｕａｍ", "en", "Guam"),
    # Typos no synonym group lists: read again with the nearest word of the site's own.
    ("トーランセ", "ja", TORRANCE),
    ("キャムデソ", "ja", "キャムデン"),
    ("ホストファミソー", "ja", HOST_CALL),
    ("Torance", "en", "Torrance"),
    ("Torrnace", "en", "Torrance"),
    ("Chendge", "en", "Chengde"),
    ("Gaum", "en", "Guam"),
    ("Camdem", "en", "Camden"),
    ("Kashwia", "en", "Kashiwa International Relations Association"),
    ("ｚｚｑｘ存在しない語", "ja", None),
    ("qwxzv", "en", None),
]


def main():
    configure(Path(tempfile.mkdtemp(prefix="kira-queries-")), os.environ.get("DATABASE_URL"))
    from django.db import connection
    from django.test import Client

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    build_site()
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"## Search: what residents type ({connection.vendor}, the demo content)")
    print()
    print("| query | site | page meant | rank | found | first result |")
    print("|---|---|---|---|---|---|")
    for query, language, meant in QUERIES:
        response = client.get(f"/{language}/search/", {"q": query})
        titles = [
            html.unescape(title).strip() for title in TITLE.findall(response.content.decode())
        ]
        if meant is None:
            rank = "— (nothing, as it should)" if not titles else "found something"
        else:
            rank = str(titles.index(meant) + 1) if meant in titles else "—"
        first = titles[0] if titles else ""
        print(
            f"| {query} | {language} | {meant or '(nonsense)'} | {rank} | {len(titles)} | {first} |"
        )


if __name__ == "__main__":
    main()
