"""The volume a TEI file describes, read from its ``teiHeader``.

The header names the title page's parts in typed ``title`` elements whose type
names vary by era (``sub-series``/``subseries``, ``volume-number``/``volumenumber``);
editors are typed by role, and the General Editor (``role="general"``) is kept
apart because citations never name him. The titles go through
``volumes.build_volume`` so that header and catalog agree on one printed form.
"""

from __future__ import annotations

import re

from lxml import etree

from .model import PersonName, Volume
from .names import parse_name
from .volumes import build_volume, normalise_series
from .xml_safety import TEI_NS, XML_ID

_T = f"{{{TEI_NS}}}"
_TITLE_TYPES = {
    "complete": "complete",
    "series": "series",
    "sub-series": "subseries",
    "subseries": "subseries",
    "volume": "volume",
    "volume-number": "volume_number",
    "volumenumber": "volume_number",
}
MEDIA_SCHEME = "#frus-media-type"


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def volume_from_header(header: etree._Element, volume_id: str) -> Volume:
    """Build the Volume from a parsed ``teiHeader`` element of volume ``volume_id``."""
    title_stmt = header.find(f"{_T}fileDesc/{_T}titleStmt")
    publication = header.find(f"{_T}fileDesc/{_T}publicationStmt")
    titles: dict[str, str] = {}
    editors: list[PersonName] = []
    general: PersonName | None = None
    if title_stmt is not None:
        for title in title_stmt.iterfind(f"{_T}title"):
            kind = _TITLE_TYPES.get(title.get("type", ""))
            if kind and kind not in titles:
                titles[kind] = _text(title)
        for editor in title_stmt.iterfind(f"{_T}editor"):
            name = _text(editor)
            if not name:  # the 19th-century headers carry an empty editor element
                continue
            if editor.get("role") == "general":
                general = general or parse_name(name)
            else:
                editors.append(parse_name(name))
    publisher = place = isbn10 = isbn13 = ""
    year: int | None = None
    if publication is not None:
        publisher = _text(publication.find(f"{_T}publisher"))
        place = _text(publication.find(f"{_T}pubPlace"))
        for date in publication.iterfind(f"{_T}date"):
            if date.get("type") == "publication-date":
                match = re.search(r"\d{4}", _text(date) or date.get("when", ""))
                year = int(match.group(0)) if match else None
        for idno in publication.iterfind(f"{_T}idno"):
            if idno.get("type") == "isbn-13":
                isbn13 = _text(idno)
            elif idno.get("type") == "isbn-10":
                isbn10 = _text(idno)
    return build_volume(
        volume_id,
        series=titles.get("series") or None,
        subseries=titles.get("subseries") or None,
        volume_title=titles.get("volume") or _title_from_complete(titles),
        volume_number=titles.get("volume_number") or None,
        editors=tuple(editors),
        general_editor=general,
        publisher=publisher or None,
        publisher_place=place or None,
        year=year,
        isbn=(isbn13 or isbn10).replace("-", "") or None,
        medium=_medium(header),
        complete_title=titles.get("complete", ""),
    )


def _title_from_complete(titles: dict[str, str]) -> str | None:
    """The volume title a 19th-century header leaves empty, read off its complete title.

    ``"Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)"``
    with series "Foreign Relations of the United States, 1894" gives
    "Nicaragua (Mosquito Territory)".
    """
    complete = titles.get("complete", "")
    series = titles.get("series", "")
    if not complete or not series or titles.get("subseries"):
        return None
    if normalise_series(complete).startswith(normalise_series(series)):
        rest = normalise_series(complete)[len(normalise_series(series)) :]
        return rest.strip(" ,:") or None
    return None


def _medium(header: etree._Element) -> str | None:
    for keywords in header.iter(f"{_T}keywords"):
        if keywords.get("scheme") == MEDIA_SCHEME:
            term = _text(keywords.find(f"{_T}term"))
            return term or None
    return None


def volume_id_of(root: etree._Element) -> str | None:
    """The volume id the file declares on its root (``<TEI xml:id="frus1941v07">``)."""
    return root.get(XML_ID)
