"""Reading a document from text copied off its history.state.gov page.

A copy holds the source line ("740.0011 Moscow/10–3043"), the heading, the
paragraphs with "[Page N]" where each printed page begins, cues glued to words
("here.50a") and, at the end, the footnotes renumbered 1, 2, … by the site. The
real labels come from the cues, mapped to the list in order. The dateline is
not in such copies, so the date is inferred from the file number when it has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from .errors import PageTextError
from .file_numbers import (
    date_from_file_number,
    find_file_number,
    starts_with_file_number,
    volume_years,
)
from .footnote_cues import PAGE_MARKER, Cue, clean_paragraph
from .keys import Key, find_document_url
from .model import (
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    DocumentKind,
    Footnote,
    PageBreak,
    Party,
    SourceNote,
    Volume,
)
from .volumes import roman_to_int

_URL_LINE = re.compile(r"^<?https?://\S+>?$")
_ENTRY = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,3})\.\s+(?P<text>\S.*)$")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DATELINE = re.compile(
    r"^(?P<place>\[?[A-Z][^,\d]{1,60}?),?\]?,?\s+\[?(?P<month>" + "|".join(_MONTHS) + r")\s+"
    r"(?P<day>\d{1,2}),\s+(?P<year>\d{4})\]?(?:\W.{0,40})?$"
)
_NUMBERED_HEADING = re.compile(r"^(?P<number>\d+)\.\s+(?P<heading>\S.*)$")
_BY = re.compile(r",\s+by\s+(?P<writer>.+?)\.?$")
_FROM_TO = re.compile(r"^(?:\w+\s+)*?From\s+(?P<writer>.+?)\s+to\s+(?P<recipient>.+?)\.?$")
_TO = re.compile(r"^(?P<writer>(?:The|Mr\.|President)\s.+?)\s+to\s+(?P<recipient>.+?)\.?$")


@dataclass
class _Body:
    """The body as read so far: its text, breaks and cues located by offset."""

    paragraphs: list[str] = field(default_factory=list)
    breaks: list[PageBreak] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # breaks waiting for the next paragraph
    size: int = 0

    def add(self, line: str) -> None:
        text, breaks, cues = clean_paragraph(line)
        base = self.size + 2 if self.paragraphs else 0
        if not text:
            self.pending += [page for _, page in breaks]
            return
        self.breaks += [PageBreak(page, base) for page in self.pending]
        self.pending = []
        for offset, page in breaks:
            if offset >= len(text):  # "… here. [Page 9]": the page begins with what follows
                self.pending.append(page)
            else:
                self.breaks.append(PageBreak(page, base + offset))
        self.cues += [Cue(cue.label, base + cue.offset) for cue in cues]
        self.paragraphs.append(text)
        self.size = base + len(text)

    def finish(self) -> None:
        self.breaks += [PageBreak(page, self.size) for page in self.pending]
        self.pending = []

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def _fail(message: str, source: str, fix: str, place: str | None = None) -> PageTextError:
    return PageTextError(message, source=source, place=place, fix=fix)


def _page_before(page: str, source: str) -> str:
    """The printed page before ``page`` ("686" → "685", "xiv" → "xiii")."""
    if page.isdigit():
        if int(page) > 1:
            return str(int(page) - 1)
    else:
        number = roman_to_int(page)
        if number and number > 1:
            roman = _to_roman(number - 1)
            return roman.lower() if page.islower() else roman
    raise _fail(
        f"the document's first marker [Page {page}] leaves no page before it",
        source,
        "copy the page from its beginning, including the marker above the heading",
    )


def _to_roman(number: int) -> str:
    digits = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX")]
    digits += [(5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in digits:
        while number >= value:
            out += letters
            number -= value
    return out


def _footnote_list(lines: list[str]) -> tuple[int, list[str], bool] | None:
    """Where the site's numbered footnote list starts, its entries, and if it is indented."""
    starts = [i for i, line in enumerate(lines) if (m := _ENTRY.match(line)) and m["n"] == "1"]
    for start in reversed(starts):
        entries: list[str] = []
        indented = False
        for line in lines[start:]:
            match = _ENTRY.match(line)
            if match and int(match["n"]) == len(entries) + 1:
                entries.append(match["text"].strip())
                indented = indented or bool(match["indent"])
            elif line[:1].isspace() and entries:  # a footnote's further paragraph
                entries[-1] = f"{entries[-1]} {line.strip()}"
            else:
                break
        else:
            return start, [" ".join(entry.split()) for entry in entries], indented
    return None


def _parties(heading: str) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """Writer and recipient as the heading words them; the people are found elsewhere."""
    if match := _BY.search(heading):
        return (Party(as_written=match["writer"]),), ()
    for pattern in (_FROM_TO, _TO):
        if match := pattern.match(heading):
            return (Party(as_written=match["writer"]),), (Party(as_written=match["recipient"]),)
    return (), ()


def _dateline(line: str) -> tuple[str, DocumentDate] | None:
    match = _DATELINE.match(line)
    if not match or len(line) > 120:
        return None
    month = _MONTHS.index(match["month"]) + 1
    iso = f"{match['year']}-{month:02d}-{int(match['day']):02d}"
    place = match["place"].strip("[], ")
    printed = line[match.start("month") :].strip()
    return place, DocumentDate(DateState.DATED, iso, DatePrecision.DAY, as_printed=printed)


def _document_key(text: str, key: Key | None, volume: Volume, source: str) -> Key:
    found = key or find_document_url(text)
    fix = f"name the document with --id, e.g. --id {volume.id}-d620"
    if found is None:
        raise _fail("the copied text does not say which document it is", source, fix)
    if found.volume_id != volume.id:
        raise _fail(f"the document {found} is not in volume {volume.id}", source, fix)
    return found


def _footnotes(body: _Body, entries: list[str], document: Document) -> tuple[Footnote, ...]:
    """Cue i gets list entry i; a cue repeated with the same text is one footnote."""
    notes: list[Footnote] = []
    for cue, text in zip(body.cues, entries, strict=True):
        page = document.page_at(cue.offset)
        same = [n for n in notes if (n.label, n.page, n.text) == (cue.label, page, text)]
        if same:
            index = notes.index(same[0])
            notes[index] = Footnote(
                cue.label, page, text, cue_offsets=(*same[0].cue_offsets, cue.offset)
            )
        else:
            notes.append(Footnote(cue.label, page, text, cue_offsets=(cue.offset,)))
    return tuple(notes)


class _Header(NamedTuple):
    opening_page: str | None  # a marker above everything: the document opens the page
    source_line: str
    heading: str
    pending: list[str]  # markers between the header lines: breaks before the body


def _marker_only(line: str) -> str | None:
    match = PAGE_MARKER.fullmatch(line.strip())
    return match["page"] if match else None


def _read_header(lines: list[str], source: str) -> tuple[_Header, list[str]]:
    """Source line (if the copy has one), heading, and the lines after them."""
    index, opening, pending = 0, None, []
    while index < len(lines) and (page := _marker_only(lines[index])):
        if opening is None:
            opening = page
        else:
            pending.append(page)
        index += 1
    source_line = ""
    if index < len(lines) and starts_with_file_number(lines[index]):
        source_line = " ".join(lines[index].split())
        index += 1
    while index < len(lines) and (page := _marker_only(lines[index])):
        pending.append(page)
        index += 1
    if index == len(lines):
        raise _fail("no heading found", source, "copy the whole document page, heading included")
    heading_line = lines[index]
    pending += [m["page"] for m in PAGE_MARKER.finditer(heading_line)]
    heading = " ".join(PAGE_MARKER.sub(" ", heading_line).split())
    return _Header(opening, source_line, heading, pending), lines[index + 1 :]


def _read_body(lines: list[str], pending: list[str]) -> _Body:
    body = _Body(pending=list(pending))
    for line in lines:
        body.add(line)
    body.finish()
    return body


def _source_note(line: str) -> SourceNote | None:
    if not line:
        return None
    kind = re.search(r":\s*(?P<type>[A-Z][\w ]*)$", line)
    return SourceNote(line, find_file_number(line), kind["type"] if kind else None)


def read_page_text(text: str, *, key: Key | None, volume: Volume, source: str) -> Document:
    """The document in text copied from its history.state.gov page.

    Raises PageTextError where the copy cannot give a citable document: no id, no
    [Page N] markers, or a footnote list that does not match the cues.
    """
    doc_key = _document_key(text, key, volume, source)
    lines = [line.rstrip() for line in text.replace("\ufeff", "").splitlines()]
    lines = [line for line in lines if line.strip() and not _URL_LINE.match(line.strip())]
    header, lines = _read_header(lines, source)
    place, date = None, None
    if lines and (found := _dateline(lines[0])):
        place, date = found
        lines = lines[1:]
    listed = _footnote_list(lines)
    body = _read_body(lines[: listed[0]] if listed else lines, header.pending)
    if listed and not body.cues and not listed[2]:  # a numbered list closing the text
        body, listed = _read_body(lines, header.pending), None
    if not body.text:
        raise _fail("no document text after the heading", source, "copy the whole document page")
    pages = ([header.opening_page] if header.opening_page else []) + [pb.page for pb in body.breaks]
    if not pages:
        raise _fail(
            "the text has no [Page N] markers, so its printed pages cannot be known",
            source,
            "copy the whole document page from history.state.gov with its [Page N] lines, "
            "or read the volume's TEI file",
        )
    entries = listed[1] if listed else []
    if len(body.cues) != len(entries):
        raise _fail(
            f"{len(body.cues)} footnote cues in the text but {len(entries)} footnotes "
            "in the list at its end",
            source,
            "copy the whole page, every footnote included, or read the volume's TEI file",
        )
    heading, number = header.heading, None
    if volume.prints_document_numbers and (numbered := _NUMBERED_HEADING.match(heading)):
        number, heading = numbered["number"], numbered["heading"]
    source_note = _source_note(header.source_line)
    if date is None and source_note and source_note.file_number:
        date = date_from_file_number(source_note.file_number, volume_years(volume.id))
    writers, recipients = _parties(heading)
    editorial = heading.lower().startswith("editorial note")
    document = Document(
        volume=volume,
        id=doc_key.document_id,
        heading=heading,
        first_page=header.opening_page or _page_before(pages[0], source),
        last_page=pages[-1],
        kind=DocumentKind.EDITORIAL_NOTE if editorial else DocumentKind.DOCUMENT,
        number=number,
        source_note=source_note,
        place=place,
        date=date or DocumentDate(DateState.UNDATED),
        writers=writers,
        recipients=recipients,
        text=body.text,
        page_breaks=tuple(body.breaks),
    )
    return replace(document, footnotes=_footnotes(body, entries, document))
