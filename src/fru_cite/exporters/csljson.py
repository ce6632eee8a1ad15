"""CSL-JSON: the item every CSL processor, Zotero and pandoc read (citing-frus.md §5).

A FRUS document is a ``chapter``: a piece with its own author and title inside
an edited book, which keeps the container, volume, editors and pages that the
``document`` type drops. ``issued`` is the volume's publication year; the
document's own date and place go in ``event-date`` and ``event-place``. A date
supplied by inference (from a file number) is marked ``circa``: CSL has no
"supplied" flag, and such a date is uncertain (file numbers can name a later
filing). The FRUS Chicago style brackets it, as CMOS does supplied dates; other
styles print it as approximate.

:func:`csl_item` is the one mapping from the model to CSL; the Chicago exporter
renders from it too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..hookspecs import hookimpl
from ..locators import csl_locator
from ..model import (
    Citation,
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    Party,
    PersonName,
)
from .base import Exporter, RenderOptions


def unique_documents(citations: Iterable[Citation]) -> list[Document]:
    """Each cited document once, in the order first cited."""
    seen: dict[str, Document] = {}
    for citation in citations:
        seen.setdefault(citation.document.key, citation.document)
    return list(seen.values())


def csl_name(person: PersonName) -> dict[str, str]:
    name = {"family": person.family, "given": person.given, "suffix": person.suffix}
    return {key: value for key, value in name.items() if value}


def _names(parties: Iterable[Party]) -> list[dict[str, str]]:
    return [csl_name(party.person) for party in parties if party.person is not None]


def _date_parts(iso: str, precision: DatePrecision | None) -> list[int]:
    numbers = [int(part) for part in iso[:10].split("-") if part]
    keep = {DatePrecision.YEAR: 1, DatePrecision.MONTH: 2}.get(precision, 3)  # type: ignore[arg-type]
    return numbers[:keep]


def csl_date(date: DocumentDate) -> dict[str, Any] | None:
    """``{"date-parts": [[1943, 10, 30]]}`` at the date's precision; a range if only bounded."""
    if date.state is DateState.UNDATED:
        return None
    if date.iso:
        parts: dict[str, Any] = {"date-parts": [_date_parts(date.iso, date.precision)]}
        if date.state is DateState.INFERRED:
            parts["circa"] = True
        return parts
    if date.not_before and date.not_after:
        bounds = [_date_parts(d, DatePrecision.DAY) for d in (date.not_before, date.not_after)]
        return {"date-parts": bounds}
    return None


def page_range(document: Document) -> str:
    """Pages in full with a hyphen ("685-687"): each style applies its own range format."""
    first, last = document.first_page, document.last_page
    return first if not last or last == first else f"{first}-{last}"


def csl_item(document: Document) -> dict[str, Any]:
    """The CSL-JSON item of one document, fields in the order §5 lists them."""
    volume = document.volume
    item: dict[str, Any] = {
        "id": document.key,
        "type": "chapter",
        "author": _names(document.writers),
        "recipient": _names(document.recipients),
        "title": document.heading,
        "genre": getattr(document, "genre", None),
        "container-title": volume.subseries_title,
        "volume": str(volume.volume_number) if volume.volume_number is not None else None,
        "part": volume.part.removeprefix("Part ").strip() if volume.part else None,
        "volume-title": volume.volume_title,
        "editor": [csl_name(editor) for editor in volume.editors],
        "publisher": volume.cited_publisher,
        "publisher-place": volume.cited_place,
        "issued": {"date-parts": [[volume.year]]} if volume.year else None,
        "event-date": csl_date(document.date),
        "event-place": document.place,
        "page": page_range(document),
        "URL": document.url,
        "archive_location": document.source_note.file_number if document.source_note else None,
        "number": document.number,  # set only where the book prints one, never "620"
        "language": "en",
    }
    return {key: value for key, value in item.items() if value}


def csl_items(citations: Iterable[Citation]) -> list[dict[str, Any]]:
    """One item per cited document, in first-cited order."""
    return [csl_item(document) for document in unique_documents(citations)]


def csl_citation_items(citations: Iterable[Citation]) -> list[dict[str, str]]:
    """CSL citation items for a processor: ``{"id", "locator", "label"}`` per citation."""
    result = []
    for citation in citations:
        cite = {"id": citation.document.key}
        if citation.locator is not None:
            cite |= csl_locator(citation.locator)
        result.append(cite)
    return result


def render(citations: Sequence[Citation], options: RenderOptions) -> str:
    """A CSL-JSON array of the cited documents, UTF-8 text with a final newline."""
    return json.dumps(csl_items(citations), ensure_ascii=False, indent=2) + "\n"


CSLJSON = Exporter(
    name="csljson",
    description="CSL-JSON items (type chapter) for Zotero, pandoc and CSL processors",
    extension=".json",
    media_type="application/vnd.citationstyles.csl+json",
    render=render,
)


@hookimpl
def fru_cite_exporters() -> list[Exporter]:
    return [CSLJSON]
