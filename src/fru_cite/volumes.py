"""Building a Volume from the titles the Office records, whichever record they come from.

The TEI header and the Office's catalog record spell the same title page in
different ways ("…States Diplomatic Papers" + "1941"; "…States: Diplomatic Papers,
1943" as one sub-series title). Both readers pass what they found here, so one
rule decides the printed form, the volume number and the document-number rule.
"""

from __future__ import annotations

import re

from .model import Medium, PersonName, Volume

SERIES = "Foreign Relations of the United States"
# From the 1955–57 subseries on, every document carries a printed number.
FIRST_NUMBERED_YEAR = 1955
# The Government Printing Office became the Government Publishing Office in December 2014.
PUBLISHING_OFFICE_FROM = 2015

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_DIPLOMATIC = re.compile(
    r"^Foreign Relations of the United States[\s,:]*Diplomatic Papers", re.IGNORECASE
)


def roman_to_int(text: str) -> int | None:
    """``"XIV"`` → 14; None where the text is not a Roman numeral."""
    value = text.strip().upper()
    if not value or any(ch not in _ROMAN for ch in value):
        return None
    total = 0
    for here, after in zip(value, value[1:] + " ", strict=True):
        number = _ROMAN[here]
        total += -number if after != " " and _ROMAN[after] > number else number
    return total


def normalise_series(title: str) -> str:
    """One printed form for the series, however the record punctuates it."""
    clean = " ".join(title.split())
    if _DIPLOMATIC.match(clean):
        return _DIPLOMATIC.sub(f"{SERIES}: Diplomatic Papers", clean)
    return clean


def container_title(series: str | None, subseries: str | None) -> str:
    """The title a citation puts in italics: series plus the subseries years.

    ``("Foreign Relations of the United States Diplomatic Papers", "1941")`` gives
    "Foreign Relations of the United States: Diplomatic Papers, 1941";
    ``(…, "1961–1963")`` gives "Foreign Relations of the United States, 1961–1963".
    A sub-series title that already names the series (the catalog's form) stands alone.
    """
    sub = " ".join((subseries or "").split())
    if sub.lower().startswith("foreign relations"):
        return normalise_series(sub)
    base = normalise_series(series or SERIES)
    if sub and not base.endswith(sub):
        return f"{base}, {sub}"
    return base


def series_of(container: str) -> str:
    """The series part of a container title: its text before the sub-series years."""
    return re.sub(r",\s*\d{4}(?:[–-]\d{2,4})?(?:,.*)?$", "", container)


def first_year(volume_id: str) -> int | None:
    match = re.match(r"frus(\d{4})", volume_id)
    return int(match.group(1)) if match else None


def parse_volume_number(printed: str | None) -> tuple[str | None, int | None, str | None]:
    """``"Volume XIX, Part 1"`` → ("Volume XIX", 19, "Part 1")."""
    if not printed or not printed.strip():
        return None, None, None
    clean = " ".join(printed.split())
    part_match = re.search(r"\bPart\s+(\w+)", clean)
    part = f"Part {part_match.group(1)}" if part_match else None
    number_match = re.search(r"\bVolume\s+([IVXLC]+|\d+|E[–-]\d+)\b", clean)
    number: int | None = None
    if number_match:
        token = number_match.group(1)
        if token.isdigit():
            number = int(token)
        elif token[0] == "E":
            number = int(re.sub(r"\D", "", token))
        else:
            number = roman_to_int(token)
    head = clean.split(",")[0].strip()
    return head, number, part


def medium_of(volume_id: str, declared: str | None) -> Medium:
    """The medium a record declares, or the one the Office's id encodes."""
    word = (declared or "").lower()
    if "fiche" in word or volume_id.endswith("mSupp"):
        return Medium.MICROFICHE
    if "electronic" in word or "online" in word or re.search(r"ve\d+", volume_id):
        return Medium.ELECTRONIC
    return Medium.PRINT


def default_publisher(year: int | None) -> str:
    """The imprint where a record names none, by the year the volume appeared."""
    if year is not None and year >= PUBLISHING_OFFICE_FROM:
        return "United States Government Publishing Office"
    return "United States Government Printing Office"


def build_volume(
    volume_id: str,
    *,
    series: str | None,
    subseries: str | None,
    volume_title: str | None,
    volume_number: str | None,
    editors: tuple[PersonName, ...] = (),
    general_editor: PersonName | None = None,
    publisher: str | None = None,
    publisher_place: str | None = None,
    year: int | None = None,
    isbn: str | None = None,
    medium: str | None = None,
    complete_title: str = "",
) -> Volume:
    """The one place where a record's titles become a Volume."""
    container = container_title(series, subseries)
    printed, number, part = parse_volume_number(volume_number)
    start = first_year(volume_id)
    title = " ".join((volume_title or "").split()) or None
    return Volume(
        id=volume_id,
        series_title=series_of(container),
        subseries_title=container,
        volume_title=title,
        volume_number_printed=printed,
        volume_number=number,
        part=part,
        editors=editors,
        general_editor=general_editor,
        publisher=" ".join((publisher or "").split()) or default_publisher(year),
        publisher_place=" ".join((publisher_place or "").split()) or "Washington",
        year=year,
        isbn=isbn or None,
        medium=medium_of(volume_id, medium),
        prints_document_numbers=start is not None and start >= FIRST_NUMBERED_YEAR,
        complete_title=" ".join(complete_title.split()),
    )
