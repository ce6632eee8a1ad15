"""State Department decimal file numbers, and the dates their suffixes encode.

From 1910 to 1963 the Department filed papers under decimal numbers such as
``740.0011 Moscow/10–3043`` (class, optional subject, then the item). From the
late 1930s the item is often a date, month–day–year: ``10–3043`` is October 30,
'43. Copied page text has no dateline, so this is the only date such a copy
offers; the century is never guessed, it comes from the volume's years.
"""

from __future__ import annotations

import datetime as dt
import re

from .model import DatePrecision, DateState, DocumentDate

# Class ("740.0011", "711.11-KE"), subject words ("Moscow", "European War 1939",
# "Defense (M)"), then the item ("10–3043", "577 2/4", "1071d", "577½").
_FILE_NUMBER = re.compile(
    r"(?<![\w.])(?P<number>\d{3}(?:\.[0-9A-Za-z]+)?(?:-[A-Z]{1,4})?"
    r"(?:\s+[A-Z(][\w()&.]*(?:\s+[\w()&]+){0,3}?)?"
    r"/(?P<item>\d+(?:[–-]\d{3,4})?[a-z]?(?:½|\s[1-9]/[1-9])?(?:\s+Suppl\.)?))"
    r"(?![\w/])"
)
# Month, then day and two-digit year: "10–3043", "1–2453", "11–741" (November 7).
_DATE_ITEM = re.compile(r"(?P<month>\d{1,2})[–-](?P<day>\d{1,2})(?P<year>\d{2})[a-z]?")

YearContext = int | tuple[int, int]


def find_file_number(line: str) -> str | None:
    """The first decimal file number in a source line, as printed.

    ``"Department of State, Central Files, 711.11-KE/1-2161. Unclassified"``
    gives ``"711.11-KE/1-2161"``; a line with none gives None.
    """
    match = _FILE_NUMBER.search(" ".join(line.split()))
    return match.group("number") if match else None


def starts_with_file_number(line: str) -> bool:
    """Whether a line opens with a file number, as a copied source line does."""
    match = _FILE_NUMBER.search(" ".join(line.split()))
    return match is not None and match.start() == 0


def _full_year(two_digits: int, context: YearContext) -> int:
    """The year ending in ``two_digits`` nearest the volume's years."""
    first, last = (context, context) if isinstance(context, int) else context
    candidates = [
        century + two_digits for century in range((first // 100 - 1) * 100, last + 101, 100)
    ]

    def distance(year: int) -> int:
        return 0 if first <= year <= last else min(abs(year - first), abs(year - last))

    return min(candidates, key=distance)


def date_from_file_number(file_number: str, context: YearContext | None) -> DocumentDate | None:
    """The date a file number's item encodes, recorded as inferred; None if it encodes none.

    ``context`` is the volume's year or (first, last) years; without it the century
    is unknown and no date is inferred. Impossible dates ("13–4043") give None.
    """
    if context is None or "/" not in file_number:
        return None
    item = file_number.rsplit("/", 1)[1].strip()
    match = _DATE_ITEM.fullmatch(item)
    if not match:
        return None
    year = _full_year(int(match.group("year")), context)
    try:
        day = dt.date(year, int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    return DocumentDate(
        state=DateState.INFERRED,
        iso=day.isoformat(),
        precision=DatePrecision.DAY,
        inferred_from=f"file number {file_number}",
    )


def volume_years(volume_id: str) -> tuple[int, int] | None:
    """The years a volume id names: ``frus1943v01`` → (1943, 1943), ``frus1961-63v06`` →
    (1961, 1963)."""
    match = re.match(r"frus(\d{4})(?:-(\d{2,4}))?", volume_id)
    if not match:
        return None
    first = int(match.group(1))
    end = match.group(2)
    if not end:
        return first, first
    last = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
    if last < first:  # "frus1999-00…" would cross a century
        last += 100
    return first, last
