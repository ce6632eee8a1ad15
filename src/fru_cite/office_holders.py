"""Who held a Department office or led a mission on a given day (the Office's pocom data).

The table ships as ``data/office_holders.json``, distilled from the Office of the
Historian's "Principal Officers and Chiefs of Mission" by
``scripts/build_office_holders.py``; it is read once, on first use. Offices are
keyed by the Office's position ids ("secretary", "under-secretary", "president");
missions by territory id ("colombia", "russia"). A heading's words are mapped to
those keys by :func:`office_key` and :func:`territory_key`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .model import PersonName

CHIEF_OF_MISSION = "chief-of-mission"

# Heading words for an office -> the pocom position ids that office may be.
_OFFICE_ALIASES = {
    "secretary of state": ("secretary",),
    "secretary": ("secretary",),
    "acting secretary of state": ("secretary-ad-interim",),
    "secretary of state ad interim": ("secretary-ad-interim",),
    "under secretary of state": ("under-secretary",),
    "under secretary": ("under-secretary",),
    "assistant secretary of state": ("assistant-secretary", "assistant-secretary2"),
    "executive secretary of the department of state": ("executive-secretary",),
    "executive secretary": ("executive-secretary",),
    "president": ("president",),
    "president of the united states": ("president",),
}

# Heading words for a chief of mission (the country follows "in" or "to").
CHIEF_TITLES = (
    "ambassador",
    "minister",
    "chargé",
    "chargé d'affaires",
    "chargé d'affaires ad interim",
    "envoy",
    "minister resident",
    "diplomatic agent",
    "representative",
)

# Country names in headings whose pocom territory id is not their plain slug.
_TERRITORY_ALIASES = {
    "soviet union": "russia",
    "ussr": "russia",
    "great britain": "united-kingdom",
    "england": "united-kingdom",
    "salvador": "el-salvador",
    "siam": "thailand",
    "persia": "iran",
    "south vietnam": "vietnam-south",
    "vietnam": "vietnam-south",
    "federal republic of germany": "germany",
    "republic of china": "china",
    "united nations": "representative-to-un",
}


@dataclass(frozen=True)
class Holder:
    """One term of one person in one office or mission, as pocom records it."""

    person_id: str
    name: PersonName
    office: str  # pocom position id, or CHIEF_OF_MISSION
    start: str  # ISO day the term began
    end: str | None  # ISO day it ended (None: still running)
    appointed: str | None = None
    country: str | None = None  # pocom territory id for a chief of mission
    role: str | None = None  # "ambassador-e-p", "charge-daffaires-ad-interim"

    def covers(self, day: str, *, from_appointment: bool = False) -> bool:
        """Whether the term includes ``day`` (both ends inclusive)."""
        first = (self.appointed or self.start) if from_appointment else self.start
        first = min(first, self.start)
        return first <= day and (self.end is None or day <= self.end)


_LEADING_THE = re.compile(r"^the\s+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_LETTER = re.compile(r"[^a-z]")


def _fold(text: str) -> str:
    """Lower-case, without curly quotes or "the", single-spaced: how keys are compared."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = _LEADING_THE.sub("", " ".join(text.split()))
    return text.strip(" ,.")


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", plain.lower()).strip("-")


@cache
def _table() -> dict:
    source = resources.files("fru_cite").joinpath("data/office_holders.json")
    return json.loads(source.read_text(encoding="utf-8"))


@cache
def _office_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = dict(_OFFICE_ALIASES)
    for key, office in _table()["offices"].items():
        names.setdefault(_fold(office["name"]), (key,))
    return names


def person_name(person_id: str) -> PersonName | None:
    """The person's name in the Office's usual form, or None for an unknown id."""
    row = _table()["people"].get(person_id)
    return PersonName(family=row[0], given=row[1], suffix=row[2]) if row else None


def office_key(words: str) -> tuple[str, ...]:
    """The pocom position ids a heading's office words may mean (empty if none)."""
    return _office_names().get(_fold(words), ())


def territory_key(country: str) -> str | None:
    """The pocom territory id for a heading's country ("the Soviet Union" -> "russia")."""
    folded = _fold(country)
    key = _TERRITORY_ALIASES.get(folded, _slug(folded))
    return key if key in _table()["missions"] else None


def is_chief_title(words: str) -> bool:
    """Whether a heading's office words name a chief of mission ("Ambassador", "Chargé")."""
    folded = _fold(words).removeprefix("american ")
    return folded in CHIEF_TITLES


@cache
def _holders(office: str, country: str | None) -> tuple[Holder, ...]:
    """Every term of the office (or mission), built once: documents ask for the same few."""
    table = _table()
    found = []
    if office == CHIEF_OF_MISSION:
        for pid, role, appointed, start, end in table["missions"].get(country or "", []):
            name = person_name(pid)
            if name:
                found.append(Holder(pid, name, office, start, end, appointed, country, role))
        return tuple(found)
    for key in office_key(office) or (office,):
        for pid, appointed, start, end in table["offices"].get(key, {}).get("holders", []):
            name = person_name(pid)
            if name:
                found.append(Holder(pid, name, key, start, end, appointed))
    return tuple(found)


def holder(
    office: str, country: str | None, date: str | None, *, from_appointment: bool = False
) -> list[Holder]:
    """Everyone in ``office`` (in ``country`` for a chief of mission) on ``date``.

    ``office`` is a pocom position id, heading words ("Secretary of State") or
    CHIEF_OF_MISSION with ``country`` a territory id or name. Without a date every
    holder is returned. More than one holder means the day alone does not decide.
    """
    if office != CHIEF_OF_MISSION and is_chief_title(office):
        office = CHIEF_OF_MISSION
    if office == CHIEF_OF_MISSION and country and country not in _table()["missions"]:
        country = territory_key(country)
    if date is None:
        return list(_holders(office, country))
    return list(_holding(office, country, date[:10], from_appointment))


@lru_cache(maxsize=8192)
def _holding(
    office: str, country: str | None, day: str, from_appointment: bool
) -> tuple[Holder, ...]:
    """The terms covering ``day``: a volume asks the same office about the same day often."""
    terms = _holders(office, country)
    return tuple(term for term in terms if term.covers(day, from_appointment=from_appointment))


@cache
def _by_family() -> dict[str, tuple[Holder, ...]]:
    index: dict[str, list[Holder]] = {}
    table = _table()
    terms = [h for key in table["offices"] for h in _holders(key, None)]
    terms += [h for country in table["missions"] for h in _holders(CHIEF_OF_MISSION, country)]
    for term in terms:
        index.setdefault(fold_name(term.name.family), []).append(term)
    return {family: tuple(found) for family, found in index.items()}


@lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """A family name as compared: lower-case, without accents, curly quotes or spaces."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_LETTER.sub("", plain.lower())


def holders_named(surname: str, date: str) -> list[Holder]:
    """Everyone of that family name holding any office or mission on ``date``."""
    day = date[:10]
    return [h for h in _by_family().get(fold_name(surname), ()) if h.covers(day)]
