"""An example fru_cite plugin: each cited FRUS document as a RIS book section.

It is installed as its own package and found through the entry-point group
``fru_cite``; it uses only fru_cite's public model, the :class:`Exporter`
record and the ``hookimpl`` marker, as any third-party plugin would.

Tags follow the RIS specification's ``CHAP`` (book section) type: ``AU`` the
writers fru_cite resolved to people, ``A2`` the volume editors, ``TI`` the
heading, ``T2`` the book's title (the subseries title, as in CSL-JSON), ``VL``
the Arabic volume number, ``SP``/``EP`` the printed pages, ``PY`` the year of
publication, ``PB``/``CY`` the publisher and place as the Office cites them,
``M3`` the kind of document, ``DP`` the catalog, ``UR`` the document's URL,
``ID`` the citation key, and ``N1`` notes for what RIS has no tag for (volume
title, file number, the document's own date and place).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from fru_cite.exporters.base import Exporter, RenderOptions
from fru_cite.hookspecs import hookimpl
from fru_cite.model import Citation, Document, PersonName

LIBRARY_CATALOG = "Office of the Historian"
LINE_END = "\r\n"  # the RIS specification ends every line with CR LF


def ris_name(person: PersonName) -> str:
    """RIS writes names "Lastname, Firstname, Suffix"."""
    return ", ".join(part for part in (person.family, person.given, person.suffix) if part)


def fields(document: Document) -> Iterator[tuple[str, str]]:
    """The (tag, value) pairs of one record, in the order the record prints them."""
    volume = document.volume
    yield "TY", "CHAP"
    for writer in document.writers:
        if writer.person is not None:
            yield "AU", ris_name(writer.person)
    yield "TI", document.heading
    yield "T2", volume.subseries_title
    for editor in volume.editors:
        yield "A2", ris_name(editor)
    if volume.volume_number is not None:
        yield "VL", str(volume.volume_number)
    if document.number and volume.prints_document_numbers:
        yield "SE", document.number  # the printed document number ("doc. 190")
    yield "SP", document.first_page
    if document.last_page != document.first_page:
        yield "EP", document.last_page
    if volume.year is not None:
        yield "PY", str(volume.year)
    yield "PB", volume.cited_publisher
    yield "CY", volume.cited_place
    genre = getattr(document, "genre", None)
    if genre:
        yield "M3", genre
    yield "DP", LIBRARY_CATALOG
    yield "UR", document.url
    yield "ID", document.key
    if volume.volume_title:
        yield "N1", f"Volume title: {volume.volume_title}"
    if document.source_note is not None and document.source_note.file_number:
        yield "N1", f"File number: {document.source_note.file_number}"
    if document.date.day:
        yield "N1", f"Document date: {document.date.day}"
    if document.place:
        yield "N1", f"Document place: {document.place}"


def record(document: Document) -> str:
    """One RIS record; a value is kept to one line, since a line break starts a new tag."""
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in fields(document)]
    lines.append("ER  - ")
    return LINE_END.join(lines) + LINE_END


def render(citations: Sequence[Citation], options: RenderOptions) -> str:
    """A RIS file of the cited documents, each once (RIS records have no pinpoint)."""
    seen: dict[str, Document] = {}
    for citation in citations:
        seen.setdefault(citation.document.key, citation.document)
    return LINE_END.join(record(document) for document in seen.values())


RIS = Exporter(
    name="ris",
    description="RIS book sections (TY  - CHAP), from the example plugin fru-cite-ris",
    extension=".ris",
    media_type="application/x-research-info-systems",
    render=render,
)


@hookimpl
def fru_cite_exporters() -> list[Exporter]:
    return [RIS]
