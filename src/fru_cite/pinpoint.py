"""Pinpointing: on which printed page (or in which footnote) a quotation stands.

A historian pastes a quotation as their notes hold it: straight or curly quotes,
"--" for a dash, a line break where the book broke a line, "Tri-\\npartite" or
"Tripartite" for the printed "Tri-partite". Both the quotation and the document
are reduced to a comparison form that ignores those differences, keeping for each
character of that form the offset it came from, so a match maps back to offsets
in ``Document.text`` and so to pages through ``Document.page_at``.

The comparison form: curly quotes become straight ones; "…" becomes "..."; a
dash of any kind ("—", "–", "-", "--"), with the spaces around it, is dropped, so
hyphenation across lines and a dash typed as a hyphen both match; other runs of
whitespace become one space. Case counts first; a quotation found only when case
is ignored is still found (``QuoteLocation.exact_case`` says so). A quotation
with an ellipsis ("I sat … Conference") matches its parts in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import QuoteNotFoundError
from .model import Document, Footnote, Locator
from .page_ranges import chicago_range

_QUOTES = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "«": '"',
    "»": '"',
}
_DASHES = frozenset("-‐‑‒–—―−")
_DROPPED = frozenset("\u00ad\u200b")  # soft hyphen, zero-width space
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")
_ENCLOSING = "\"'“”‘’«»"


@dataclass(frozen=True)
class QuoteLocation:
    """Where a quotation stands: its page (and end page when it runs across a break).

    ``footnote`` is set when the words are in an editors' footnote, not the
    document's text; ``start`` and ``end`` are offsets into the document's text or
    into that footnote's text. ``occurrences`` counts every place it stands.
    """

    page: str
    end_page: str | None = None
    footnote: Footnote | None = None
    start: int = 0
    end: int = 0
    exact_case: bool = True
    occurrences: int = 1

    @property
    def pages(self) -> str:
        """As Chicago prints it: "686" or "686–87"."""
        return chicago_range(self.page, self.end_page)

    @property
    def locator(self) -> Locator:
        """The locator a citation of this passage uses: page, range, or page and note."""
        if self.footnote is not None:
            return Locator(page=self.footnote.page, note=self.footnote.label)
        return Locator(page=self.page, end_page=self.end_page)


def _comparison_form(
    text: str, fold: bool, skip: frozenset[int] = frozenset()
) -> tuple[str, list[int]]:
    """``text`` in comparison form, and for each of its characters the offset it came from."""
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = -1  # offset of a whitespace run not yet written
    index = 0
    while index < len(text):
        ch = text[index]
        if index in skip or ch in _DROPPED:
            index += 1
            continue
        if ch.isspace():
            if pending_space < 0:
                pending_space = index
            index += 1
            continue
        if ch in _DASHES:
            pending_space = -1  # "cooperation — military": no space kept either side
            index += 1
            while index < len(text) and (text[index].isspace() or text[index] in _DASHES):
                index += 1
            continue
        if pending_space >= 0 and chars:
            chars.append(" ")
            offsets.append(pending_space)
        pending_space = -1
        out = "..." if ch == "…" else _QUOTES.get(ch, ch)
        if fold:
            out = out.casefold()
        for piece in out:
            chars.append(piece)
            offsets.append(index)
        index += 1
    return "".join(chars), offsets


def _cue_offsets(document: Document) -> frozenset[int]:
    """Characters of footnote cues left in the text ("here.50a"), skipped when comparing."""
    skip: set[int] = set()
    for footnote in document.footnotes:
        for offset in footnote.cue_offsets:
            if document.text.startswith(footnote.label, offset):
                skip.update(range(offset, offset + len(footnote.label)))
    return frozenset(skip)


def _spans(haystack: str, parts: list[str]) -> list[tuple[int, int]]:
    """Every (start, end) in ``haystack`` where ``parts`` occur in order, one per start."""
    found: list[tuple[int, int]] = []
    position = 0
    while True:
        start = haystack.find(parts[0], position)
        if start < 0:
            return found
        end = start + len(parts[0])
        for part in parts[1:]:
            at = haystack.find(part, end)
            if at < 0:
                return found
            end = at + len(part)
        found.append((start, end))
        position = start + 1


def _search(
    document: Document, quote: str, fold: bool, skip: frozenset[int]
) -> list[QuoteLocation]:
    parts = [_comparison_form(part, fold)[0].strip() for part in _ELLIPSIS.split(quote)]
    parts = [part for part in parts if part]
    if not parts:
        return []
    found: list[QuoteLocation] = []
    form, offsets = _comparison_form(document.text, fold, skip)
    for start, end in _spans(form, parts):
        first, last = offsets[start], offsets[end - 1]
        page, end_page = document.page_at(first), document.page_at(last)
        found.append(
            QuoteLocation(
                page, end_page if end_page != page else None, None, first, last + 1, not fold
            )
        )
    seen: set[tuple[str, str]] = set()
    for footnote in document.footnotes:
        identity = (footnote.label, " ".join(footnote.text.split()))
        if identity in seen:  # the same note cued twice is one printed note
            continue
        seen.add(identity)
        form, offsets = _comparison_form(footnote.text, fold)
        for start, end in _spans(form, parts):
            found.append(
                QuoteLocation(
                    footnote.page, None, footnote, offsets[start], offsets[end - 1] + 1, not fold
                )
            )
    return found


def _variants(quote: str) -> list[str]:
    """The quotation as given, then without quotation marks the user put around it."""
    given = quote.strip()
    bare = given.strip(_ENCLOSING + " ").strip()
    return [given, bare] if bare and bare != given else [given]


def find_quotes(document: Document, quote: str) -> tuple[QuoteLocation, ...]:
    """Every place ``quote`` stands, text first then footnotes; case-blind only if need be."""
    skip = _cue_offsets(document)
    for fold in (False, True):
        for variant in _variants(quote):
            found = _search(document, variant, fold, skip)
            if found:
                count = len(found)
                return tuple(
                    QuoteLocation(
                        f.page, f.end_page, f.footnote, f.start, f.end, f.exact_case, count
                    )
                    for f in found
                )
    return ()


def find_quote(document: Document, quote: str) -> QuoteLocation:
    """The first place ``quote`` stands; ``occurrences`` tells whether there are more."""
    found = find_quotes(document, quote)
    if not found:
        shown = " ".join(quote.split())
        shown = shown if len(shown) <= 60 else shown[:57] + "…"
        raise QuoteNotFoundError(
            f"“{shown}” is not in the text or the footnotes" if shown else "empty quotation",
            source=document.key,
            fix="check the wording against the document, or quote a shorter passage",
        )
    return found[0]
