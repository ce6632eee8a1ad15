"""One FRUS document read from its TEI element: heading, number, source, date, notes.

Handles the document ``div`` of every era (``div type="document"``, and the
19th century's ``div type="section" subtype="historical-document"``). Text, page
breaks and footnote cues come from ``tei_text.flatten``; this module reads what
the citation needs from the heading, the source note and the dateline.
"""

from __future__ import annotations

import re

from lxml import etree

from .model import (
    Attachment,
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    DocumentKind,
    Footnote,
    Party,
    SourceNote,
    Volume,
)
from .tei_text import Cue, flatten
from .xml_safety import FRUS_NS, TEI_NS, XML_ID

_T = f"{{{TEI_NS}}}"
_ATTACHMENT = f"{{{FRUS_NS}}}attachment"
_NUMBER_1894 = re.compile(r"^No\.\s*(\d+[a-z]?)\b\.?")
_NUMBER_MODERN = re.compile(r"^(\d+[a-z]?)\.\s")
_CENTRAL_FILES = re.compile(r"Central Files?,\s*(\d[\w.]*(?:\s[A-Z][\w ]*?)?/[^\s,;)]+)")


def is_document(element: etree._Element) -> bool:
    """Whether a ``div`` is one printed document (either era's encoding)."""
    kind = element.get("type")
    return kind == "document" or (
        kind == "section" and element.get("subtype") == "historical-document"
    )


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def build_document(element: etree._Element, volume: Volume, start_page: str) -> Document:
    """The Document of one document element; ``start_page``: last page break before it."""
    writers, recipients = _parties(element.find(f"{_T}head"))
    place, date = _dateline(element)
    attachments = _attachments(element)
    kind = element.get("subtype")
    flat = flatten(element, start_page)
    number = printed_number(flat.heading, volume.prints_document_numbers)
    return Document(
        volume=volume,
        id=element.get(XML_ID, ""),
        heading=title_of(flat.heading, number),
        first_page=flat.first_page,
        last_page=flat.last_page,
        kind=DocumentKind.EDITORIAL_NOTE if kind == "editorial-note" else DocumentKind.DOCUMENT,
        web_number=element.get("n"),
        number=number,
        source_note=source_note(flat.source_note),
        place=place,
        date=date or _inferred_date(element),
        writers=writers,
        recipients=recipients,
        text=flat.text,
        page_breaks=tuple(flat.page_breaks),
        footnotes=merge_footnotes(flat.cues),
        attachments=tuple(
            Attachment(heading=a.heading, offset=offset, place=a.place, date=a.date)
            for a, offset in zip(attachments, flat.attachment_offsets, strict=False)
        ),
    )


def printed_number(heading: str, prints_numbers: bool) -> str | None:
    """The number the book prints before the heading, if it prints one.

    "No. 61. Mr. Baker to Mr. Gresham." (1894) gives "61" in any era; "11. Letter
    From …" gives "11" only where the volume prints document numbers.
    """
    match = _NUMBER_1894.match(heading)
    if match:
        return match.group(1)
    if prints_numbers:
        match = _NUMBER_MODERN.match(heading)
        if match:
            return match.group(1)
    return None


def title_of(heading: str, number: str | None) -> str:
    """The heading as a citation's title: without the printed number it starts with
    ("11. Letter From …", "No. 61. Mr. Baker to Mr. Gresham.") and without the full
    stop that closes 19th-century heads (an abbreviation's stop is kept: "Jr.")."""
    if number is not None:
        for pattern in (_NUMBER_1894, _NUMBER_MODERN):
            match = pattern.match(heading)
            if match:
                heading = heading[match.end() :].strip()
                break
    return re.sub(r"(?<=[a-z]{2})\.$", "", heading)


def source_note(text: str | None) -> SourceNote | None:
    """Split a source note into its decimal file number and kind of document.

    1941 style: "810.20 Defense/577 2/4: Telegram"; modern style: "Source: …",
    where a file number is read only from "Central Files, 611.37/5-361".
    """
    if not text:
        return None
    if text.startswith("Source:"):
        match = _CENTRAL_FILES.search(text)
        number = match.group(1).rstrip(".") if match else None  # a sentence's stop
        return SourceNote(text=text, file_number=number)
    file_part, colon, kind = text.rpartition(":")
    if not colon:
        file_part, kind = text, ""
    file_part = file_part.strip()
    if re.search(r"\d", file_part) and "/" in file_part:
        return SourceNote(text=text, file_number=file_part, document_type=kind.strip() or None)
    return SourceNote(text=text)


def merge_footnotes(cues: list[Cue]) -> tuple[Footnote, ...]:
    """One Footnote per printed note: a label cued twice on a page with one text is one note.

    The same label with a different text stays two Footnotes; the locators report
    the ambiguity when a citation names that label.
    """
    notes: list[Footnote] = []
    index: dict[tuple[str, str, str], int] = {}
    for cue in cues:
        key = (cue.label, cue.text, cue.page)
        if key in index:
            at = index[key]
            old = notes[at]
            notes[at] = Footnote(
                old.label, old.page, old.text, old.tei_id, old.cue_offsets + (cue.offset,)
            )
            continue
        index[key] = len(notes)
        notes.append(Footnote(cue.label, cue.page, cue.text, cue.tei_id, (cue.offset,)))
    return tuple(notes)


def _outside_attachments(element: etree._Element, path: str) -> list[etree._Element]:
    found = []
    for candidate in element.iterfind(path):
        parent = candidate.getparent()
        while parent is not None and parent is not element and parent.tag != _ATTACHMENT:
            parent = parent.getparent()
        if parent is element:
            found.append(candidate)
    return found


def _find_dateline(element: etree._Element) -> etree._Element | None:
    for path in (f"{_T}opener/{_T}dateline", f"{_T}dateline", f".//{_T}closer//{_T}dateline"):
        datelines = _outside_attachments(element, path)
        if datelines:
            return datelines[0]
    return None


def _dateline(element: etree._Element) -> tuple[str | None, DocumentDate | None]:
    dateline = _find_dateline(element)
    if dateline is None:
        return None, None
    place = _place(dateline.find(f".//{_T}placeName"))
    date_element = dateline.find(f".//{_T}date")
    return place, (_date(date_element) if date_element is not None else None)


def _place(element: etree._Element | None) -> str | None:
    """``"[Washington,]"`` → "Washington": the place, without the editors' brackets."""
    if element is None:
        return None
    text = " ".join(_with_line_breaks(element).split())
    return text.strip(" []").rstrip(",").strip() or None


def _with_line_breaks(element: etree._Element) -> str:
    """The element's text with each ``lb`` read as a space ("Navy Department, Washington")."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == f"{_T}lb" else _with_line_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _date(element: etree._Element) -> DocumentDate:
    printed = _text(element) or None
    when = element.get("when")
    if when and printed and printed.lower() != "undated":
        return DocumentDate(DateState.DATED, iso=when, precision=_precision(when),
                            as_printed=printed)  # fmt: skip
    if when:  # the dateline says "undated"; the editors supplied the date
        return DocumentDate(
            DateState.INFERRED,
            iso=when,
            precision=_precision(when),
            as_printed=printed,
            inferred_from=_analysis(element) or "dateline",
        )
    return DocumentDate(
        DateState.UNDATED,
        as_printed=printed,
        not_before=element.get("notBefore"),
        not_after=element.get("notAfter"),
    )


def _analysis(element: etree._Element) -> str | None:
    ana = (element.get("ana") or "").lstrip("#")
    return ana.replace("date_", "", 1) or None


def _precision(when: str) -> DatePrecision:
    if "T" in when:
        return DatePrecision.TIME
    return {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(when), DatePrecision.DAY)


def _inferred_date(element: etree._Element) -> DocumentDate:
    """No dateline: use ``frus:doc-dateTime-min/max`` when they name a single day."""
    low = element.get(f"{{{FRUS_NS}}}doc-dateTime-min")
    high = element.get(f"{{{FRUS_NS}}}doc-dateTime-max")
    if low and high and low[:10] == high[:10]:
        return DocumentDate(
            DateState.INFERRED,
            iso=low[:10],
            precision=DatePrecision.DAY,
            inferred_from="frus:doc-dateTime",
        )
    return DocumentDate(DateState.UNDATED, not_before=low, not_after=high)


def _parties(head: etree._Element | None) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """Writers and recipients as the heading tags them (``type="from"``/``"to"``)."""
    writers: list[Party] = []
    recipients: list[Party] = []
    if head is None:
        return (), ()
    for tagged in head.iter(f"{_T}persName", f"{_T}gloss"):
        kind = tagged.get("type")
        if kind not in ("from", "to") or _in_note(tagged, head):
            continue
        words = _text(tagged)
        if words:  # corresp="#p_KNS2" points into the persons list; resolved later
            person_id = (tagged.get("corresp") or "").lstrip("#") or None
            party = Party(as_written=words, person_id=person_id)
            (writers if kind == "from" else recipients).append(party)
    return tuple(writers), tuple(recipients)


def _in_note(element: etree._Element, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{_T}note":
            return True
        parent = parent.getparent()
    return False


def _attachments(element: etree._Element) -> list[Attachment]:
    """Attachments with heading, place and date; offsets are filled once the text is made."""
    found = []
    for attachment in element.iter(_ATTACHMENT):
        heading = _text(attachment.find(f"{_T}head"))
        dateline = attachment.find(f".//{_T}dateline")
        place = date = None
        if dateline is not None:
            place = _place(dateline.find(f".//{_T}placeName"))
            date_element = dateline.find(f".//{_T}date")
            date = _date(date_element) if date_element is not None else None
        found.append(Attachment(heading=heading, offset=0, place=place, date=date))
    return found
