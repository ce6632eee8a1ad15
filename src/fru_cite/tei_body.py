"""A document's body as printed text, read in one walk over its element.

The body is what a page citation counts in: every word outside the heading and
the document's source note, with footnotes reduced to their cues. The walk
gathers the words between two "marks" (a block opening, a line break, a page
break, a footnote cue, an attachment), normalises their whitespace with a few
literal-led passes in C, and places the mark's effect: blocks are separated by
a blank line, line breaks by a newline, and page breaks and attachments take the
offset of the next printed word. Only the elements are visited in Python; the
words are joined and normalised in C, which keeps building a volume's model
within a small factor of parsing it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from .model import PageBreak

_TEI = "{http://www.tei-c.org/ns/1.0}"
BLOCK_NAMES = frozenset(
    {"p", "head", "opener", "closer", "dateline", "signed", "salute", "list", "table", "row",
     "postscript", "label", "lg", "l", "byline", "trailer", "div", "attachment", "ab"}
)  # fmt: skip
_BLOCKS = frozenset(_TEI + name for name in BLOCK_NAMES - {"attachment"} | {"item"})
_ATTACHMENT = "{http://history.state.gov/frus/ns/1.0}attachment"
_NOTE, _PB, _LB, _CELL = _TEI + "note", _TEI + "pb", _TEI + "lb", _TEI + "cell"
_LABEL, _ITEM = _TEI + "label", _TEI + "item"
_MARKS = _BLOCKS | {_NOTE, _PB, _LB, _CELL, _ATTACHMENT}  # elements that are more than words
# Tabs and carriage returns are spaces; a newline and all whitespace after it is one
# space; a run of spaces is one space. Other whitespace (a no-break space) is kept.
# Every pattern opens with a literal ("  ", not " +"), which re skips ahead to quickly.
_LINES = re.compile(r"\n\s*")
_SPACES = re.compile(r"   *")
_STRENGTH = {"": 0, " ": 1, "\n": 2, "\n\n": 3}

NoteReader = Callable[[etree._Element, str, int], None]
"""Called with (note, page of its cue, offset of its cue) for each footnote in the body."""


def printed_page(n: str | None) -> str:
    """The page label a citation prints: ``"[615]"`` → ``"615"``."""
    return (n or "").strip().strip("[]").strip()


class Body:
    """The text, page breaks, cues and attachment offsets of one document body."""

    def __init__(self, page: str, read_note: NoteReader, skip: Callable[[etree._Element], bool]):
        self.page = page
        self.read_note = read_note
        self.skip = skip  # direct children of the document read elsewhere (heading, source)
        self.parts: list[str] = []
        self.length = 0
        self.separator = ""  # the strongest break waiting for the next word
        self.waiting: list[str] = []  # page breaks waiting for the next word
        self.breaks: list[PageBreak] = []
        self.attachments: list[int] = []
        self.attachment = False
        self.first_page: str | None = None  # pages of the first and last words
        self.last_page: str | None = None
        self.words: list[str] = []  # raw text since the last mark
        self.marked = False  # a mark was met: leading whitespace is no longer the body's edge

    def read(self, document: etree._Element) -> str:
        """Walk the document element (not its tail); the body text."""
        self.element(document, top=True)
        self.flush(last=True)
        return "".join(self.parts)

    def flush(self, last: bool = False) -> None:
        """Place the words gathered since the last mark."""
        if not self.words:
            return
        text = "".join(self.words)
        self.words.clear()
        if text.isspace() and text.isascii():  # layout between elements: one space at most
            if self.marked and not last and not self.separator:
                self.separator = " "
            return
        text = _SPACES.sub(" ", _LINES.sub(" ", text.replace("\t", " ").replace("\r", " ")))
        if not self.marked:
            text = text.lstrip()
        if last:
            text = text.rstrip()
        words = text.strip(" \n")
        if not words:
            self.separator = _strongest(self.separator, text)
            return
        if text[0] in " \n":
            self.separator = _strongest(self.separator, text[: len(text) - len(text.lstrip(" \n"))])
        if self.length:
            self.parts.append(self.separator)
            self.length += len(self.separator)
        if self.waiting:
            self.breaks.extend(PageBreak(page, self.length) for page in self.waiting)
            self.waiting = []
        if self.attachment:
            self.attachments.append(self.length)
            self.attachment = False
        self.parts.append(words)
        self.length += len(words)
        if self.first_page is None:
            self.first_page = self.page
        self.last_page = self.page
        self.separator = text[len(text.rstrip(" \n")) :]

    def mark(self) -> None:
        self.flush()
        self.marked = True

    def element(self, element: etree._Element, top: bool = False, glued: bool = False) -> None:
        """Read one element (not its tail) by what it is on the printed page."""
        tag = element.tag
        if tag in _BLOCKS:
            if not glued:  # an item glued to its label stays on the label's line
                self.mark()
                self.separator = "\n\n"
        elif tag == _NOTE:
            self.mark()
            self.read_note(element, self.page, self.length)
            return
        elif tag == _PB:
            n = element.get("n")
            if n is not None:
                self.mark()
                self.page = printed_page(n) or self.page
                self.waiting.append(self.page)
        elif tag == _LB:
            self.mark()
            if self.separator != "\n\n":
                self.separator = "\n"
        elif tag == _CELL:
            self.words.append(" ")
            if element.text is None and not len(element):
                return
            self.content(element, top)
            self.words.append(" ")
            return
        elif tag == _ATTACHMENT:
            self.mark()
            self.separator = "\n\n"
            self.attachment = True
        self.content(element, top)

    def content(self, element: etree._Element, top: bool = False) -> None:
        """The element's text and children with their tails."""
        words = self.words
        if element.text:
            words.append(element.text)
        glue = False
        for child in element:
            tag = child.tag
            if tag in _MARKS:
                if not (top and self.skip(child)):
                    self.element(child, glued=glue and tag == _ITEM)
            elif tag.__class__ is str:  # words only: "hi", "persName", "date"…
                if top and self.skip(child):
                    pass
                elif len(child):
                    self.content(child)
                elif child.text:
                    words.append(child.text)
            elif tag is etree.Entity:
                words.append(child.text)
            tail = child.tail
            glue = tag == _LABEL and _glued(child, tail)
            if glue:
                words.append(" ")  # "1." and its item on one line
            elif tail:
                words.append(tail)


def _glued(label: etree._Element, tail: str | None) -> bool:
    """Whether an item follows this label with only whitespace between."""
    if tail and not tail.isspace():
        return False
    following = label.getnext()
    return following is not None and following.tag == _ITEM and bool(label.text or len(label))


def _strongest(separator: str, gap: str) -> str:
    """The stronger of two separators; ``gap`` is already one of "", " ", "\\n", "\\n\\n"."""
    return gap if _STRENGTH[gap] > _STRENGTH[separator] else separator
