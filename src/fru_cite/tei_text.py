"""A TEI document's printed words as plain text, with its pages and footnote cues placed.

Citing to the page needs to know where each printed page begins in the text, and
citing a footnote needs the page of its cue. This module walks one document's
element once and produces: the body text (heading, source note and footnotes
left out, whitespace normalised, blocks separated by blank lines), the page
breaks as offsets into that text, each footnote cue with its page and offset,
and the pages of the first and last printed words. Page numbers come from the
running ``pb/@n``, so a document that starts mid-page starts on the page of the
last break before it, wherever in the file that break stood.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .model import PageBreak
from .tei_body import BLOCK_NAMES as _BLOCKS
from .tei_body import Body, printed_page

__all__ = ["Cue", "FlatDocument", "flatten", "printed_page"]

_TEI = "{http://www.tei-c.org/ns/1.0}"


class _Text:
    """Text with whitespace collapsed; breaks are emitted only before the next word."""

    __slots__ = ("parts", "length", "pending", "waiting", "breaks")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pending = ""
        self.waiting: list[str] = []  # page breaks seen, placed at the next word
        self.breaks: list[PageBreak] = []

    def add(self, text: str) -> bool:
        """Append text; True if it held a printed word."""
        words = text.split()
        if not words:
            if text and self.length and not self.pending:
                self.pending = " "
            return False
        if text[0].isspace() and not self.pending:
            self.pending = " "
        joined = " ".join(words)
        chunk = self.pending + joined if self.length else joined
        start = self.length + len(chunk) - len(joined)
        for page in self.waiting:
            self.breaks.append(PageBreak(page, start))
        self.waiting.clear()
        self.parts.append(chunk)
        self.length += len(chunk)
        self.pending = " " if text[-1].isspace() else ""
        return True

    def brk(self, separator: str) -> None:
        if len(separator) > len(self.pending):
            self.pending = separator

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def value(self) -> str:
        return "".join(self.parts)


@dataclass
class Cue:
    """One footnote as it stands in the document: label, id, page of its cue, text."""

    label: str
    tei_id: str | None
    page: str
    offset: int
    text: str


@dataclass
class FlatDocument:
    """What the walk of one document element found."""

    text: str
    page_breaks: list[PageBreak]
    heading: str
    source_note: str | None
    cues: list[Cue]
    first_page: str
    last_page: str
    attachment_offsets: list[int] = field(default_factory=list)


class _Walk:
    def __init__(self, start_page: str) -> None:
        self.page = start_page
        self.first: str | None = None
        self.last: str | None = None
        self.body = _Text()
        self.cues: list[Cue] = []
        self.attachments: list[int] = []

    def emit(self, out: _Text, text: str | None) -> None:
        if text and out.add(text):
            if self.first is None:
                self.first = self.page
            self.last = self.page

    def walk(self, element: etree._Element, out: _Text) -> None:
        """Walk the element's content (not its tail) into ``out``."""
        self.emit(out, element.text)
        for child in element:
            self.child(child, out)
            self.emit(out, child.tail)

    def child(self, child: etree._Element, out: _Text) -> None:
        """Walk one child element (not its tail) by what it is on the printed page."""
        tag = child.tag
        if not isinstance(tag, str):  # comment or processing instruction
            return
        name = tag.rpartition("}")[2]
        if name == "pb":
            self.page = printed_page(child.get("n")) or self.page
            self.body.waiting.append(self.page)
        elif name == "note":
            self.note(child)
        elif name == "lb":
            out.brk("\n")
        elif name in _BLOCKS:
            out.brk("\n\n")
            if name == "attachment" and out is self.body:
                self.attachments.append(self.body.length + len(self.body.pending))
            self.walk(child, out)
            out.brk("\n\n")
        elif name == "item":
            previous = child.getprevious()
            after_label = previous is not None and previous.tag == tag[: -len(name)] + "label"
            out.brk(" " if after_label else "\n\n")
            self.walk(child, out)
            out.brk("\n\n")
        elif name == "cell":
            out.brk(" ")
            self.walk(child, out)
            out.brk(" ")
        elif name == "hi" and child.get("rend") == "superscript" and _has_digit(child):
            if out.last_char().isdigit() and not out.pending:
                out.pending = " "  # "577<sup>2/4</sup>" is file 577 2/4, not 5772/4
            self.walk(child, out)
        else:
            self.walk(child, out)

    def note(self, note: etree._Element) -> None:
        if note.get("type") == "source":
            return  # read separately: it is the document's source note, not a footnote
        text = _Text()
        offset = self.body.length
        self.walk(note, text)
        label = (note.get("n") or "").strip()
        self.cues.append(Cue(label, note.get(_XML_ID), self.page, offset, text.value()))


_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _has_digit(element: etree._Element) -> bool:
    text = "".join(element.itertext())
    return any(ch.isdigit() for ch in text)


def _read_elsewhere(child: etree._Element) -> bool:
    """A direct child of the document that is not body: its heading and its source note."""
    tag = child.tag
    name = tag.rpartition("}")[2]
    return name == "head" or (name == "note" and child.get("type") == "source")


def flatten(document: etree._Element, start_page: str) -> FlatDocument:
    """Read one document element; ``start_page`` is the page of the last break before it.

    Heading, source note and footnotes are small and walked word by word; the
    body is read by ``tei_body.Body``. The element is left as it was.
    """
    walk = _Walk(start_page)
    heading = _Text()
    source = _Text()
    for child in document:
        tag = child.tag
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        if name == "head":
            walk.walk(child, heading)  # footnotes in it become cues; its source note is skipped
            for note in child.iter(_TEI + "note"):
                if note.get("type") == "source":
                    walk.walk(note, source)
        elif name == "note" and child.get("type") == "source":
            walk.walk(child, source)
        elif name == "pb" and walk.first is None:  # a break before the heading
            walk.page = printed_page(child.get("n")) or walk.page
    head_first = walk.first
    cues = walk.cues

    def read_note(note: etree._Element, page: str, offset: int) -> None:
        text = _Text()
        walk.walk(note, text)
        label = (note.get("n") or "").strip()
        cues.append(Cue(label, note.get(_XML_ID), page, offset, text.value()))

    body = Body(start_page, read_note, _read_elsewhere)
    text = body.read(document)
    first = head_first or body.first_page or start_page
    return FlatDocument(
        text=text,
        page_breaks=body.breaks,
        heading=" ".join(heading.value().split()),
        source_note=" ".join(source.value().split()) or None,
        cues=cues,
        first_page=first,
        last_page=body.last_page or first,
        attachment_offsets=body.attachments,
    )
