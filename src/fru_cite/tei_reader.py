"""Reading a FRUS TEI volume document by document, in bounded memory.

A volume is streamed with ``lxml.etree.iterparse``: each document element is
turned into a ``Document`` when it closes, then cleared and unlinked from its
parent together with everything before it, so memory holds about one document
at a time. The running page (the last ``pb`` seen anywhere, front matter
included) is carried across documents: a document that starts mid-page starts
on that page. ``read_document`` stops parsing as soon as it has its document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from .errors import TEIError, UnknownDocumentError
from .model import Document, Volume
from .tei_document import build_document, is_document
from .tei_header import volume_from_header
from .xml_safety import TEI_NS, XML_ID, tei_events

_T = f"{{{TEI_NS}}}"
_HEADER = f"{_T}teiHeader"
_DIV = f"{_T}div"
_PB = f"{_T}pb"
_NOTE = f"{_T}note"


class VolumeCounts(NamedTuple):
    """What a volume file holds, counted element by element."""

    documents: int
    page_breaks: int
    footnotes: int  # every footnote element, chapter and compilation notes included


def _volume_id(path: Path, root: etree._Element | None) -> str:
    declared = root.get(XML_ID) if root is not None else None
    return declared or path.stem


def _release(element: etree._Element) -> None:
    """Free a finished element and its earlier siblings, so ancestors keep nothing."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


class _Stream:
    """One pass over a volume file: header first, then (page, element) per document.

    Only the ends of the header, of ``div``s and of ``pb``s are reported by lxml:
    a document is complete at its end, and the page it starts on is the page
    before the first break inside it, or the running page if it has none.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.volume: Volume | None = None
        self.page = ""
        self.events = tei_events(self.path, ("end",), (_HEADER, _DIV, _PB))

    def header(self) -> Volume:
        for _event, element in self.events:
            if element.tag == _HEADER:
                volume_id = _volume_id(self.path, element.getparent())
                self.volume = volume_from_header(element, volume_id)
                _release(element)
                return self.volume
            if element.tag == _DIV:
                break
        raise TEIError(
            "no teiHeader before the text",
            source=str(self.path),
            place="teiHeader",
            fix="give a complete FRUS TEI volume file",
        )

    def documents(self) -> Iterator[tuple[str, etree._Element]]:
        """Yield ``(start page, element)`` for each document element, complete."""
        opened: etree._Element | None = None  # the document whose first break was seen
        start = ""
        for _event, element in self.events:
            if element.tag == _PB:
                document = _document_of(element)
                if document is not None and document is not opened:
                    opened, start = document, self.page
                self.page = _printed(element.get("n")) or self.page
                continue
            if _document_of(element.getparent()) is not None:
                continue  # a div inside a document: part of it
            if is_document(element):
                yield (start if element is opened else self.page), element
                opened = None
            _release(element)  # documents, and front matter and chapters with theirs gone


def _document_of(element: etree._Element | None) -> etree._Element | None:
    """The outermost document element that holds this element (or is it), if any."""
    found = None
    while element is not None:
        if element.tag == _DIV and is_document(element):
            found = element
        element = element.getparent()
    return found


def _printed(n: str | None) -> str:
    return (n or "").strip().strip("[]").strip()


def read_volume_header(path: str | Path) -> Volume:
    """The Volume a TEI file describes; parses only its ``teiHeader``."""
    return _Stream(path).header()


def iter_documents(path: str | Path) -> Iterator[Document]:
    """Every document of a volume, in order, built one at a time."""
    stream = _Stream(path)
    volume = stream.header()
    for start, element in stream.documents():
        yield build_document(element, volume, start)


def read_document(path: str | Path, doc_id: str) -> Document:
    """One document by its id (``"d620"``), parsing the file only as far as it."""
    stream = _Stream(path)
    volume = stream.header()
    seen: list[str] = []
    for start, element in stream.documents():
        found = element.get(XML_ID, "")
        if found == doc_id:
            return build_document(element, volume, start)
        seen.append(found)
    raise UnknownDocumentError(
        f"no document {doc_id} in {volume.id}",
        source=str(path),
        place=doc_id,
        fix=_nearby(doc_id, seen),
    )


def _nearby(doc_id: str, seen: list[str]) -> str:
    if not seen:
        return "this volume has no documents"
    wanted = re.sub(r"\D", "", doc_id)
    target = int(wanted) if wanted else 0

    def distance(found: str) -> int:
        digits = re.sub(r"\D", "", found)
        return abs(int(digits) - target) if digits else 1 << 30

    nearest = sorted(seen, key=distance)[:5]
    ordered = [found for found in seen if found in nearest]
    return (
        f"the volume has {len(seen)} documents, {seen[0]}–{seen[-1]}; nearest: {', '.join(ordered)}"
    )


def count_volume(path: str | Path) -> VolumeCounts:
    """Count documents, page breaks and footnotes in one streaming pass."""
    documents = page_breaks = footnotes = 0
    for _event, element in tei_events(path, ("end",), (_DIV, _PB, _NOTE, _HEADER)):
        tag = element.tag
        if tag == _PB:
            page_breaks += 1
            continue
        if tag == _NOTE:
            if element.get("type") != "source":
                footnotes += 1
            continue
        if tag == _DIV and is_document(element):
            documents += 1
        _release(element)  # a div or the header: everything in it is counted
    return VolumeCounts(documents, page_breaks, footnotes)
