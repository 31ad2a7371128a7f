"""One demo page of every page type, by its path below a language's home page."""

PAGE_OF_EACH_TYPE = [
    "",
    "about/",
    "cities/",
    "cities/torrance/",
    "cities/torrance/history/",
    "cities/torrance/51st-kashiwa-delegation/",
    "cities/torrance/2025-adult-leader-interview/",
    "news/",
    "news/torrance-50th-anniversary/",
    "news/torrance-delegates-return-report/",
    "news/16th-chengde-youth-delegates/",
    "news/torrance-host-families-2025/apply/",
]
