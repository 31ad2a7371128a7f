"""The proper names of the association's world as they are written in English (the spellings
of the association's own pages: キャムデン is Camden). The machine translators keep them
(translations/machine.py) and page addresses spell them so (core/slugs.py)."""

IN_ENGLISH = {
    "柏市国際交流協会": "KIRA",
    "トーランス": "Torrance",
    "承徳": "Chengde",
    "グアム": "Guam",
    "キャムデン": "Camden",
}
