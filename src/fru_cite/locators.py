"""Locators: where in a FRUS document a citation points, read from the user and written out.

One grammar in (citing-frus.md §3): ``686``, ``p. 686``, ``pp. 685–87``, ``685-687``,
``p. 686 n. 50a``, ``686n50a``, ``n. 50a``, ``note 50a``, ``doc. 190``,
``document 190``. One canonical form per target out (Chicago, the Office's form,
CSL, biblatex, pandoc). A parsed locator is checked against its document by
``resolve_locator`` before it is printed: footnote labels repeat within a volume,
so a note is always resolved to its page.

CSL 1.0.2 has no locator term for a document number ("number" is a variable, not
a locator; "section" or "chapter" would print the wrong word). A FRUS document is
one CSL item whose ``number`` variable already carries its printed number, so
``csl_locator`` gives no locator for "doc. 190": citing the number is citing the
whole item.
"""

from __future__ import annotations

import re

from .errors import LocatorError
from .model import Document, Footnote, Locator
from .page_ranges import chicago_range, expand_end, is_numeric, office_range

GRAMMAR = (
    'write a page ("686", "p. 686"), a range ("pp. 685–87", "685-687"), a note '
    '("686n50a", "p. 686 n. 50a", "n. 50a") or a document number ("doc. 190")'
)

_ROMAN = r"(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_PAGE = rf"\[?(\d+|{_ROMAN})\]?"
_LABEL = r"(\d+[a-z]?|[a-z]|[*†‡§¶]+)"
_NOTE_WORD = r"(?:nn?\.?|notes?|fn\.?|footnote)"
_DOC = re.compile(r"(?:doc(?:ument)?\.?|no\.?|number)\s*(\[?\d+[a-z]?\]?)\.?", re.IGNORECASE)
_NOTE_ONLY = re.compile(rf"{_NOTE_WORD}\s*{_LABEL}", re.IGNORECASE)
_PAGE_NOTE = re.compile(
    rf"(?:(?:p|pg|page)\.?\s*)?{_PAGE}\s*,?\s*{_NOTE_WORD}\s*{_LABEL}", re.IGNORECASE
)
_PAGES = re.compile(rf"(?:(?:pp?|pgs?|pages?)\.?\s*)?{_PAGE}(?:\s*-\s*{_PAGE})?", re.IGNORECASE)
_DASHES = re.compile(r"\s*(?:--+|[‐‑‒–—―−-])\s*")


def parse_locator(text: str) -> Locator:
    """Read a locator as a historian writes it; an abbreviated range end is expanded."""
    value = _DASHES.sub("-", " ".join(text.split()))
    if match := _DOC.fullmatch(value):
        return Locator(document_number=printed_number(match.group(1)))
    if match := _NOTE_ONLY.fullmatch(value):
        return Locator(note=match.group(1))
    if match := _PAGE_NOTE.fullmatch(value):
        return Locator(page=match.group(1), note=match.group(2))
    if match := _PAGES.fullmatch(value):
        first, last = match.group(1), match.group(2)
        if last is None:
            return Locator(page=first)
        last = expand_end(first, last)
        if is_numeric(first) and is_numeric(last) and int(last) < int(first):
            raise LocatorError(
                "the page range runs backwards",
                source=text.strip() or repr(text),
                fix=f"write the first page first, e.g. {last}–{first}",
            )
        return Locator(page=first) if last == first else Locator(page=first, end_page=last)
    raise LocatorError("not a locator", source=text.strip() or repr(text), fix=GRAMMAR)


def printed_number(text: str) -> str:
    """A document number as cited: "No. 56." → "56"; brackets ("[368]") are kept."""
    value = " ".join(text.split())
    value = re.sub(r"^(?:no\.?|doc(?:ument)?\.?|number)\s*", "", value, flags=re.IGNORECASE)
    return value.rstrip(".").strip()


# --- checking a locator against its document ------------------------------------


def resolve_locator(locator: Locator, document: Document) -> Locator:
    """The locator checked against ``document``, with a note's page filled in.

    Raises LocatorError naming the document's pages, labels or numbering when the
    locator points at something the document does not have.
    """
    if locator.document_number is not None:
        return _resolve_number(locator, document)
    page = end_page = None
    if locator.page is not None:
        page = _page_in(document, locator.page, locator)
        if locator.end_page is not None:
            end_page = _page_in(document, locator.end_page, locator)
            if _before(end_page, page):
                raise LocatorError(
                    "the page range runs backwards",
                    source=document.key,
                    place=describe(locator),
                    fix=f"write the first page first: {end_page}–{page}",
                )
            if end_page == page:
                end_page = None
    if locator.note is None:
        return Locator(page=page, end_page=end_page)
    if end_page is not None:
        raise LocatorError(
            "a note is cited on one page, not a range",
            source=document.key,
            place=describe(locator),
            fix=f"write p. N n. {locator.note}",
        )
    footnote = _footnote(document, locator.note, page, locator)
    return Locator(page=footnote.page, note=footnote.label)


def _resolve_number(locator: Locator, document: Document) -> Locator:
    wanted = printed_number(locator.document_number or "")
    if document.number is None:
        if not document.volume.prints_document_numbers:
            raise LocatorError(
                f"volume {document.volume.id} prints no document numbers (the web's "
                f"{document.id} was added later)",
                source=document.key,
                place=describe(locator),
                fix=f"cite pages instead, e.g. {_whole_pages(document)}",
            )
        raise LocatorError(
            "this document carries no printed number",
            source=document.key,
            place=describe(locator),
            fix="cite its pages instead",
        )
    printed = printed_number(document.number)
    if wanted.strip("[]") != printed.strip("[]"):
        raise LocatorError(
            f"this is document {printed}, not {wanted}",
            source=document.key,
            place=describe(locator),
            fix=f"write doc. {printed} or cite the right document",
        )
    return Locator(document_number=printed)


def _whole_pages(document: Document) -> str:
    return chicago_range(document.first_page, document.last_page)


def _page_number(page: str) -> int | None:
    return int(page) if is_numeric(page) else None


def _before(a: str | None, b: str | None) -> bool:
    """True when page ``a`` comes before ``b``; only Arabic pages are compared."""
    if a is None or b is None or _page_number(a) is None or _page_number(b) is None:
        return False
    return _page_number(a) < _page_number(b)


def span(document: Document) -> str:
    """The document's pages in the Office's full form: "685–687"."""
    return office_range(document.first_page, document.last_page)


def _page_in(document: Document, page: str, locator: Locator) -> str:
    """The document's own spelling of ``page``, or a LocatorError naming its range."""
    first, last = _page_number(document.first_page), _page_number(document.last_page)
    number = _page_number(page)
    if number is not None and first is not None and last is not None:
        if first <= number <= last:
            return str(number)
    else:
        for printed in document.pages:  # Roman front matter: equality only
            if printed.strip("[]").lower() == page.strip("[]").lower():
                return printed
    raise LocatorError(
        f"page {page} is not in this document, which spans pages {span(document)}",
        source=document.key,
        place=describe(locator),
        fix=f"cite a page from {document.first_page} to {document.last_page}",
    )


def _distinct(footnotes: tuple[Footnote, ...]) -> list[Footnote]:
    """One footnote per printed note: the same label and text twice is one note, two cues."""
    seen: dict[str, Footnote] = {}
    for footnote in footnotes:
        seen.setdefault(" ".join(footnote.text.split()), footnote)
    return list(seen.values())


def _footnote(document: Document, label: str, page: str | None, locator: Locator) -> Footnote:
    labelled = document.footnotes_labelled(label)
    if not labelled:
        labels = list(dict.fromkeys(fn.label for fn in document.footnotes))
        known = f"its notes are {', '.join(labels)}" if labels else "it has no footnotes"
        raise LocatorError(
            f"no note {label} in this document; {known}",
            source=document.key,
            place=describe(locator),
            fix="cite one of its notes" if labels else "cite a page instead",
        )
    on_page = [fn for fn in labelled if page is None or fn.page == page]
    if not on_page:
        pages = ", ".join(dict.fromkeys(fn.page for fn in labelled))
        raise LocatorError(
            f"note {label} is not on page {page}; it stands on page {pages}",
            source=document.key,
            place=describe(locator),
            fix=f"write {labelled[0].page}n{label}",
        )
    notes = _distinct(tuple(on_page))
    if len(notes) > 1:
        pages = sorted(dict.fromkeys(fn.page for fn in notes), key=_sort_key)
        if page is None and len(pages) > 1:
            raise LocatorError(
                f"note {label} is ambiguous: {len(notes)} different notes carry that "
                f"label, on pages {', '.join(pages)}",
                source=document.key,
                place=describe(locator),
                fix=f'name the page, e.g. "p. {pages[0]} n. {label}"',
            )
        raise LocatorError(
            f"note {label} is ambiguous: {len(notes)} different notes carry that label "
            f"on page {pages[0]}",
            source=document.key,
            place=describe(locator),
            fix=f"cite the page alone ({pages[0]})",
        )
    return notes[0]


def _sort_key(page: str) -> tuple[int, int, str]:
    number = _page_number(page)
    return (1, number, "") if number is not None else (0, 0, page)


def whole_document_locator(document: Document) -> Locator:
    """The whole document: its printed number where the volume prints them, else its pages."""
    if document.volume.prints_document_numbers and document.number:
        return Locator(document_number=printed_number(document.number))
    last = None if document.last_page == document.first_page else document.last_page
    return Locator(page=document.first_page, end_page=last)


# --- canonical forms ---------------------------------------------------------------


def describe(locator: Locator) -> str:
    """The locator as a reader would write it, for messages: "p. 686 n. 50a"."""
    if locator.document_number is not None:
        return f"doc. {locator.document_number}"
    if locator.page is None:
        return f"n. {locator.note}" if locator.note else "no locator"
    if locator.note is not None:
        return f"p. {locator.page} n. {locator.note}"
    if locator.is_range:
        return f"pp. {office_range(locator.page, locator.end_page)}"
    return f"p. {locator.page}"


def chicago_locator(locator: Locator) -> str:
    """Chicago notes: "686", "685–87", "686n50a", "doc. 190"."""
    if locator.document_number is not None:
        return f"doc. {locator.document_number}"
    if locator.page is None:
        return f"n. {locator.note}" if locator.note else ""
    if locator.note is not None:
        return f"{locator.page}n{locator.note}"
    return chicago_range(locator.page, locator.end_page)


def office_locator(locator: Locator) -> str:
    """The Office of the Historian's form: "686", "685–687", "686 n. 50a", "Document 190"."""
    if locator.document_number is not None:
        return f"Document {locator.document_number}"
    if locator.page is None:
        return f"n. {locator.note}" if locator.note else ""
    if locator.note is not None:
        return f"{locator.page} n. {locator.note}"
    return office_range(locator.page, locator.end_page)


def csl_locator(locator: Locator) -> dict[str, str]:
    """CSL citation-item fields: ``{"locator": "686", "label": "page"}``.

    A range is given in full with a hyphen ("685-687") so each style applies its own
    page-range-format; a note stays one page locator ("686n50a"), as Chicago prints
    it. A document number gives ``{}``: see the module docstring.
    """
    if locator.document_number is not None:
        return {}
    if locator.page is None:
        return {"locator": locator.note, "label": "note"} if locator.note else {}
    if locator.note is not None:
        return {"locator": f"{locator.page}n{locator.note}", "label": "page"}
    if locator.is_range:
        return {
            "locator": f"{locator.page}-{expand_end(locator.page, locator.end_page or '')}",
            "label": "page",
        }
    return {"locator": locator.page, "label": "page"}


def biblatex_postnote(locator: Locator) -> str:
    """The postnote of ``\\cite[…]{key}``: "686", "685--87", "686n50a", "doc.~190"."""
    if locator.document_number is not None:
        return f"doc.~{locator.document_number}"
    return chicago_locator(locator).replace("–", "--")


def pandoc_locator(locator: Locator) -> str:
    """The locator of ``[@key, …]``: "p. 686", "pp. 685–87", "{686n50a}", "{doc. 190}".

    Braces keep pandoc from reading "686n50a" or "doc." as a label of its own.
    """
    if locator.document_number is not None or locator.note is not None:
        return "{" + chicago_locator(locator) + "}"
    if locator.page is None:
        return ""
    if locator.is_range:
        return f"pp. {chicago_locator(locator)}"
    return f"p. {locator.page}"
