"""What personal data the site keeps, declared by the app that keeps it.

The privacy policy lists these beside the text editors write, so that what it says is kept,
for how long and who reads it is what the code does (an app higher up registers its own in
its AppConfig.ready(); this app imports none of them).
"""

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonalData:
    name: str
    items: Callable[[], Sequence[str]]
    purpose: str
    kept_for: Callable[[], datetime.timedelta]
    seen_by: str
    deleted: str


_kept = []


def register(record):
    _kept.append(record)


def kept():
    return list(_kept)
