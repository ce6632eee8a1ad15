"""BibTeX and BibLaTeX: one ``@incollection`` per document (citing-frus.md §6).

A FRUS document is a piece in an edited volume, so both dialects use
``@incollection``. BibLaTeX gets its richer fields (``titleaddon`` for the
dateline, ``maintitle`` for the subseries, ``addendum`` for the file number) in
UTF-8 for biber; classic BibTeX gets the fields every ``.bst`` knows
(``series``, ``booktitle``, ``address``, ``year``, ``note``) with accents
LaTeX-encoded. Entries are built and written with bibtexparser v2, the same
library that reads them back in the tests.

Decisions: the dateline in ``titleaddon`` prints a date supplied by inference in
square brackets ("[October 30, 1943]"), as the Chicago notes do; a document
number the book prints (``Document.number``) goes in ``note`` ("doc. 190"), never in
``number`` (which both dialects read as the volume's number in its series).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import bibtexparser
from bibtexparser import Library
from bibtexparser.middlewares import AddEnclosingMiddleware
from bibtexparser.model import Entry, Field

from ..hookspecs import hookimpl
from ..locators import biblatex_postnote
from ..model import Citation, DatePrecision, DateState, Document, DocumentDate, PersonName
from .base import Exporter, RenderOptions
from .csljson import unique_documents
from .latex_text import escape, name_part, protect

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Fields whose value is a name list, a title (brace-protected) or verbatim.
NAME_FIELDS = frozenset({"author", "editor"})
# Fields that title-casing styles and pandoc may re-case: proper nouns are brace-protected.
TITLE_FIELDS = frozenset({"title", "titleaddon", "maintitle", "booktitle", "series"})
VERBATIM_FIELDS = frozenset({"url", "date", "year", "volume", "part", "pages", "langid"})


def date_words(date: DocumentDate) -> str | None:
    """The document's date as a dateline prints it; bracketed when supplied by inference."""
    if date.state is DateState.UNDATED or not date.iso:
        return None
    year, month, day = (date.iso[:10].split("-") + ["", ""])[:3]
    if date.precision is DatePrecision.YEAR or not month:
        words = year
    elif date.precision is DatePrecision.MONTH or not day:
        words = f"{MONTHS[int(month) - 1]} {year}"
    else:
        words = f"{MONTHS[int(month) - 1]} {int(day)}, {year}"
    return f"[{words}]" if date.state is DateState.INFERRED else words


def dateline(document: Document) -> str | None:
    """Place and date, as ``titleaddon`` carries them: "Washington, December 18, 1970"."""
    parts = [part for part in (document.place, date_words(document.date)) if part]
    return ", ".join(parts) or None


def page_span(document: Document) -> str:
    first, last = document.first_page, document.last_page
    return first if not last or last == first else f"{first}--{last}"


def _writers(parties: Iterable) -> tuple[PersonName, ...]:
    return tuple(party.person for party in parties if party.person is not None)


def _document_number(document: Document) -> str | None:
    return f"doc. {document.number}" if document.number else None


def plain_fields(document: Document, dialect: str) -> dict[str, str | tuple[PersonName, ...]]:
    """The entry's field values before LaTeX encoding, in the order they are written."""
    volume = document.volume
    file_number = document.source_note.file_number if document.source_note else None
    has_volume_title = bool(volume.volume_title)
    fields: dict[str, str | tuple[PersonName, ...] | None] = {
        "author": _writers(document.writers) or None,
        "title": document.heading,
    }
    number = str(volume.volume_number) if volume.volume_number is not None else None
    if dialect == "biblatex":
        fields |= {
            "titleaddon": dateline(document),
            "maintitle": volume.subseries_title if has_volume_title else None,
            "volume": number,
            "part": volume.part.removeprefix("Part ").strip() if volume.part else None,
            "booktitle": volume.volume_title or volume.subseries_title,
            "editor": volume.editors or None,
            "location": volume.cited_place,
            "publisher": volume.cited_publisher,
            "date": str(volume.year) if volume.year else None,
            "pages": page_span(document),
            "note": _document_number(document),
            "addendum": file_number,
            "url": document.url,
            "langid": "english",
        }
    else:
        note = "; ".join(part for part in (_document_number(document), file_number) if part)
        fields |= {
            "booktitle": volume.volume_title or volume.subseries_title,
            "series": volume.subseries_title if has_volume_title else None,
            "volume": number,
            "editor": volume.editors or None,
            "address": volume.cited_place,
            "publisher": volume.cited_publisher,
            "year": str(volume.year) if volume.year else None,
            "pages": page_span(document),
            "note": note or None,
            "url": document.url,
        }
    return {key: value for key, value in fields.items() if value}


def _name(person: PersonName, ascii_only: bool) -> str:
    """``Family, Suffix, Given``; a lone many-word family is braced, or BibTeX splits it."""
    if not person.given and not person.suffix and len(person.family.split()) > 1:
        return "{" + name_part(person.family, ascii_only=ascii_only) + "}"
    if person.suffix:  # "Family, Jr., Given"; an empty given is "{}" so Jr. stays a suffix
        given = name_part(person.given, ascii_only=ascii_only) or "{}"
        return f"{name_part(person.family, ascii_only=ascii_only)}, " + (
            f"{name_part(person.suffix, ascii_only=ascii_only)}, {given}"
        )
    parts = [person.family, person.given]
    return ", ".join(name_part(part, ascii_only=ascii_only) for part in parts if part)


def encode_field(key: str, value: str | tuple[PersonName, ...], *, ascii_only: bool) -> str:
    """One field's value as BibTeX text (without the enclosing braces)."""
    if key in NAME_FIELDS:
        assert isinstance(value, tuple)
        return " and ".join(_name(person, ascii_only) for person in value)
    assert isinstance(value, str)
    if key in VERBATIM_FIELDS:
        return value
    if key in TITLE_FIELDS:
        return protect(value, ascii_only=ascii_only)
    return escape(" ".join(value.split()), ascii_only=ascii_only)


def entry(document: Document, dialect: str) -> Entry:
    """The bibtexparser ``@incollection`` entry for one document."""
    ascii_only = dialect == "bibtex"
    fields = [
        Field(key, encode_field(key, value, ascii_only=ascii_only))
        for key, value in plain_fields(document, dialect).items()
    ]
    return Entry("incollection", document.key, fields)


def write_entries(documents: Iterable[Document], dialect: str) -> str:
    library = Library([entry(document, dialect) for document in documents])
    style = bibtexparser.BibtexFormat()
    style.indent = "  "
    style.block_separator = "\n"
    braces = AddEnclosingMiddleware(
        allow_inplace_modification=True,
        default_enclosing="{",
        reuse_previous_enclosing=False,
        enclose_integers=True,
    )  # every value in braces, "volume = {1}" too, whatever the library's default
    return bibtexparser.write_string(library, unparse_stack=[braces], bibtex_format=style)


def biblatex_cite(citation: Citation) -> str:
    """``\\cite[686n50a]{frus1943v01-d620}``; ``\\cite{…}`` for the whole document."""
    postnote = biblatex_postnote(citation.locator) if citation.locator else ""
    prefix = f"[{postnote}]" if postnote else ""
    return f"\\cite{prefix}{{{citation.document.key}}}"


def _renderer(dialect: str):
    def render(citations: Sequence[Citation], options: RenderOptions) -> str:
        entries = write_entries(unique_documents(citations), dialect)
        # A pinpoint belongs in the document, not the .bib: give the command to write
        # there, as a comment line that BibTeX, biber and bibtexparser all skip.
        commands = [f"% {biblatex_cite(c)}\n" for c in citations if c.locator is not None]
        return entries + "".join(commands)

    return render


BIBTEX = Exporter(
    name="bibtex",
    description="Classic BibTeX @incollection entries, accents LaTeX-encoded",
    extension=".bib",
    media_type="application/x-bibtex",
    render=_renderer("bibtex"),
)
BIBLATEX = Exporter(
    name="biblatex",
    description="BibLaTeX @incollection entries in UTF-8, for biber",
    extension=".bib",
    media_type="application/x-bibtex",
    render=_renderer("biblatex"),
)


@hookimpl
def fru_cite_exporters() -> list[Exporter]:
    return [BIBTEX, BIBLATEX]
