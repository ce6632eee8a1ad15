"""Plain data views of the model for ``--json`` output and for people reading a terminal."""

from __future__ import annotations

from typing import Any

from .model import Document, Footnote, Party, PersonName, Volume


def _name(person: PersonName) -> dict[str, str]:
    data = {"given": person.given, "family": person.family}
    if person.suffix:
        data["suffix"] = person.suffix
    return data


def party_json(party: Party) -> dict[str, Any]:
    person = party.person
    return {
        "given": person.given if person else None,
        "family": person.family if person else None,
        "as_written": party.as_written,
        "basis": party.basis,
        "person_id": party.person_id,
    }


def volume_json(volume: Volume) -> dict[str, Any]:
    return {
        "id": volume.id,
        "url": volume.url,
        "title": volume.complete_title,
        "series_title": volume.series_title,
        "subseries_title": volume.subseries_title,
        "volume_number": volume.volume_number,
        "volume_number_printed": volume.volume_number_printed,
        "part": volume.part,
        "volume_title": volume.volume_title,
        "editors": [_name(editor) | {"name": editor.display} for editor in volume.editors],
        "general_editor": volume.general_editor.display if volume.general_editor else None,
        "publisher": volume.publisher,
        "place": volume.publisher_place,
        "year": volume.year,
        "isbn": volume.isbn,
        "medium": str(volume.medium),
        "prints_document_numbers": volume.prints_document_numbers,
    }


def footnote_json(footnote: Footnote) -> dict[str, Any]:
    return {
        "label": footnote.label,
        "page": footnote.page,
        "text": footnote.text,
        "tei_id": footnote.tei_id,
    }


def document_json(document: Document) -> dict[str, Any]:
    """The object ``fru-cite show --json`` prints: stable names scripts can rely on."""
    date = document.date
    source = document.source_note
    return {
        "key": document.key,
        "url": document.url,
        "volume": volume_json(document.volume),
        "document": {
            "id": document.id,
            "number": document.number,
            "web_number": document.web_number,
            "kind": str(document.kind),
            "genre": getattr(document, "genre", None),
            "heading": document.heading,
            "date": date.iso,
            "date_state": str(date.state),
            "date_precision": str(date.precision) if date.precision else None,
            "date_as_printed": date.as_printed,
            "date_inferred": date.state == "inferred",
            "date_inferred_from": date.inferred_from,
            "place": document.place,
            "source_note": source.text if source else None,
            "file_number": source.file_number if source else None,
            "first_page": document.first_page,
            "last_page": document.last_page,
            "pages": list(document.pages),
            "page_breaks": [{"page": pb.page, "offset": pb.offset} for pb in document.page_breaks],
            "writers": [party_json(party) for party in document.writers],
            "recipients": [party_json(party) for party in document.recipients],
            "footnotes": [footnote_json(footnote) for footnote in document.footnotes],
            "attachments": [attachment.heading for attachment in document.attachments],
        },
    }


def document_summary(document: Document) -> str:
    """A short human-readable account of a document, for ``fru-cite show``."""
    volume = document.volume
    date = document.date
    if date.iso:
        when = date.iso + (
            f" (inferred from {date.inferred_from})" if date.state == "inferred" else ""
        )
    else:
        when = "undated"
    pages = (
        document.first_page
        if document.first_page == document.last_page
        else f"{document.first_page}–{document.last_page}"
    )
    volume_line = volume.subseries_title
    if volume.volume_number_printed:
        volume_line += f", {volume.volume_number_printed}"
    if volume.volume_title:
        volume_line += f", {volume.volume_title}"
    lines = [
        f"{document.key}  {document.url}",
        f"Volume:    {volume_line} ({volume.year or 'n.d.'})",
        f"Heading:   {document.heading}",
        f"Number:    {document.number or 'none printed'} (web {document.id})",
        f"Date:      {when}",
        f"Place:     {document.place or 'not given'}",
        f"Source:    {document.source_note.text if document.source_note else 'none'}",
        f"Pages:     {pages}",
    ]
    for label, parties in (("Writer", document.writers), ("Recipient", document.recipients)):
        for party in parties:
            who = party.person.display if party.person else "(unresolved)"
            lines.append(f"{label + ':':<10} {who} — as written: {party.as_written}")
    for footnote in document.footnotes:
        lines.append(f"Note {footnote.label} (p. {footnote.page}): {footnote.text}")
    return "\n".join(lines)
