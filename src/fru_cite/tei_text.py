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

import re
from dataclasses import dataclass, field

from lxml import etree

from .model import PageBreak

_TEI = "{http://www.tei-c.org/ns/1.0}"
_BLOCKS = frozenset(
    {"p", "head", "opener", "closer", "dateline", "signed", "salute", "list", "table", "row",
     "postscript", "label", "lg", "l", "byline", "trailer", "div", "attachment", "ab"}
)  # fmt: skip


_BLOCK_NAMES = "|".join(sorted(_BLOCKS - {"attachment"}))
# Markup rewritten to markers on the serialised element, each pass led by a literal "<".
_REWRITES = [
    (re.compile(r"<!--.*?-->|<\?.*?\?>", re.DOTALL), ""),
    (re.compile(r"</label>\s*<item\b[^>]*>"), " "),  # "1." and its item on one line
    (re.compile(rf"<(?:{_BLOCK_NAMES}|item)\b[^>]*>"), "\ue005"),
    (re.compile(r"<frus:attachment\b[^>]*>"), "\ue005\ue007"),
    (re.compile(r'<pb\b[^>]*?\bn="([^"]*)"[^>]*>'), "\ue001\\1\ue002"),
    (re.compile(r"<lb\b[^>]*>"), "\ue006"),
    (re.compile(r"</?cell\b[^>]*>"), " "),
    (re.compile(r"<[^>]*>"), ""),
]
_LINES = re.compile(r"\n\s*")
_SPACES = re.compile(r"  +")


def _marked_text(document: etree._Element) -> str:
    """The element's words, whitespace collapsed, with markers for blocks, pages and lines."""
    xml = etree.tostring(document, encoding=str, with_tail=False)
    for pattern, replacement in _REWRITES:
        xml = pattern.sub(replacement, xml)
    xml = xml.replace("\t", " ").replace("\r", " ")
    text = _SPACES.sub(" ", _LINES.sub(" ", xml)).strip()
    if "&" in text:
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        text = text.replace("&amp;", "&")
    return text


def printed_page(n: str | None) -> str:
    """The page label a citation prints: ``"[615]"`` → ``"615"``."""
    return (n or "").strip().strip("[]").strip()


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


# Markers written into the element's text (Unicode private use, never in FRUS text).
_PB, _PAGE_END, _NOTE, _BLOCK, _LINE, _ATTACH = "\ue001\ue002\ue003\ue005\ue006\ue007"
_TOKENS = re.compile("([\ue001-\ue007])")


def _drop(element: etree._Element) -> None:
    """Take an element out of the tree, keeping the words after it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if tail and previous is not None:
        previous.tail = (previous.tail or "") + tail
    elif tail:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def flatten(document: etree._Element, start_page: str) -> FlatDocument:
    """Read one document element; ``start_page`` is the page of the last break before it.

    The element is consumed. Heading, source note and footnotes are small and
    walked in Python; the body is marked in place (a private-use character before
    each block, at each page break, line break and footnote cue) so that lxml
    joins all its text in one call and one pass over the markers places pages
    and cues. This keeps building a volume's model within a small factor of
    parsing it.
    """
    walk = _Walk(start_page)
    heading = _Text()
    source = _Text()
    for child in list(document):
        tag = child.tag
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        if name == "head":
            walk.walk(child, heading)  # footnotes in it become cues; its source note is skipped
            for note in child.iter(_TEI + "note"):
                if note.get("type") == "source":
                    walk.walk(note, source)
            _drop(child)
        elif name == "note" and child.get("type") == "source":
            walk.walk(child, source)
            _drop(child)
        elif name == "pb" and walk.first is None:  # a break before the heading
            walk.page = printed_page(child.get("n")) or walk.page
    head_first = walk.first
    notes: list[tuple[str, str | None, str]] = []
    for note in list(document.iter(_TEI + "note")):
        text = _Text()
        walk.walk(note, text)
        notes.append(((note.get("n") or "").strip(), note.get(_XML_ID), text.value()))
        note.clear(keep_tail=True)
        note.text = _NOTE
    body = _Body(start_page, list(walk.cues), notes)
    body.read(_marked_text(document))
    first = head_first or (body.pages[0] if body.pages else start_page)
    return FlatDocument(
        text="".join(body.parts),
        page_breaks=body.breaks,
        heading=" ".join(heading.value().split()),
        source_note=" ".join(source.value().split()) or None,
        cues=body.cues,
        first_page=first,
        last_page=body.pages[-1] if body.pages else first,
        attachment_offsets=body.attachments,
    )


class _Body:
    """Turns the marked, whitespace-normalised text into text, breaks and cues."""

    def __init__(
        self, page: str, cues: list[Cue], notes: list[tuple[str, str | None, str]]
    ) -> None:
        self.page = page
        self.cues = cues
        self.notes = notes
        self.parts: list[str] = []
        self.breaks: list[PageBreak] = []
        self.attachments: list[int] = []
        self.pages: list[str] = []  # pages that carry words, in order

    def read(self, raw: str) -> None:
        length = 0
        separator = ""  # the strongest break waiting for the next word
        waiting: list[str] = []  # page breaks waiting for the next word
        attachment = False
        next_note = 0
        tokens = _TOKENS.split(raw)
        index, count = 0, len(tokens)
        while index < count:
            token = tokens[index]
            index += 1
            if index % 2 == 0:  # split() puts the markers at odd positions
                if token == _PB:
                    self.page = printed_page(tokens[index]) or self.page
                    index += 2  # the page label and the closing marker
                    waiting.append(self.page)
                elif token == _NOTE:
                    label, tei_id, text = self.notes[next_note]
                    next_note += 1
                    self.cues.append(Cue(label, tei_id, self.page, length, text))
                elif token == _BLOCK:
                    separator = "\n\n"
                elif token == _LINE and separator != "\n\n":
                    separator = "\n"
                elif token == _ATTACH:
                    attachment = True
                continue
            if token.startswith(" "):
                token = token[1:]
                separator = separator or " "
            trailing = token.endswith(" ")
            if trailing:
                token = token[:-1]
            if not token:
                continue
            if length:
                self.parts.append(separator)
                length += len(separator)
            for page in waiting:
                self.breaks.append(PageBreak(page, length))
            waiting.clear()
            if attachment:
                self.attachments.append(length)
                attachment = False
            self.parts.append(token)
            length += len(token)
            if not self.pages or self.pages[-1] != self.page:
                self.pages.append(self.page)
            separator = " " if trailing else ""
