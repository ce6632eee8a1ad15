"""The FRUS document model: volumes, documents, pages and footnotes.

Everything in fru_cite reads into these frozen records and every exporter reads
out of them; this module imports nothing else of the package. Pages are kept as
the printed labels ("686", "XIV") because that is what a citation prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

SITE = "https://history.state.gov/historicaldocuments"

# The Office's citation examples drop "United States" from the imprint and name the
# capital "Washington, DC" (citing-frus.md §4); every format cites the imprint so.
_CITED_PUBLISHERS = {
    "united states government printing office": "Government Printing Office",
    "u.s. government printing office": "Government Printing Office",
    "united states government publishing office": "Government Publishing Office",
    "u.s. government publishing office": "Government Publishing Office",
}
_CITED_PLACES = {"washington": "Washington, DC", "washington, d.c.": "Washington, DC"}


class Medium(StrEnum):
    """How the Office published a volume."""

    PRINT = "print"
    ELECTRONIC = "electronic"  # electronic-only volumes such as frus1969-76ve16
    MICROFICHE = "microfiche"  # microfiche supplements such as frus1958-60v05mSupp


class DocumentKind(StrEnum):
    DOCUMENT = "document"
    EDITORIAL_NOTE = "editorial-note"
    ATTACHMENT = "attachment"


class DatePrecision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    TIME = "time"


class DateState(StrEnum):
    """Whether the date was printed in a dateline, supplied by inference, or absent."""

    DATED = "dated"
    INFERRED = "inferred"
    UNDATED = "undated"


@dataclass(frozen=True)
class PersonName:
    """A person's name split as citation formats need it (CSL, BibTeX, RDF)."""

    family: str
    given: str = ""
    suffix: str = ""  # "Jr.", "III": never part of the family name

    @property
    def display(self) -> str:
        """Given-first form, as notes print it: "William M. Franklin"."""
        text = " ".join(part for part in (self.given, self.family) if part)
        return f"{text}, {self.suffix}" if self.suffix else text

    @property
    def inverted(self) -> str:
        """Family-first form, as bibliographies sort it: "Franklin, William M."."""
        text = f"{self.family}, {self.given}" if self.given else self.family
        return f"{text}, {self.suffix}" if self.suffix else text


@dataclass(frozen=True)
class Volume:
    """One FRUS volume, with its titles as printed on its title page."""

    id: str
    series_title: str
    subseries_title: str  # the container title a citation uses
    volume_title: str | None = None  # "General", "Kennedy-Khrushchev Exchanges"
    volume_number_printed: str | None = None  # "Volume I"
    volume_number: int | None = None  # 1
    part: str | None = None  # "Part 1"
    editors: tuple[PersonName, ...] = ()
    general_editor: PersonName | None = None  # never named in citations
    publisher: str = "United States Government Printing Office"
    publisher_place: str = "Washington"
    year: int | None = None
    isbn: str | None = None
    medium: Medium = Medium.PRINT
    prints_document_numbers: bool = False
    complete_title: str = ""

    @property
    def url(self) -> str:
        return f"{SITE}/{self.id}"

    @property
    def cited_publisher(self) -> str:
        """The publisher as citations give it: "Government Printing Office"."""
        name = " ".join(self.publisher.split())
        return _CITED_PUBLISHERS.get(name.lower(), name)

    @property
    def cited_place(self) -> str:
        """The place of publication as citations give it: "Washington, DC"."""
        place = " ".join(self.publisher_place.split())
        return _CITED_PLACES.get(place.lower(), place)

    def page_url(self, page: str) -> str:
        return f"{SITE}/{self.id}/pg_{page}"


@dataclass(frozen=True)
class DocumentDate:
    """A document's date: from its dateline, inferred from elsewhere, or undated."""

    state: DateState
    iso: str | None = None  # "1943-10-30" or "1941-02-01T13:00:00"
    precision: DatePrecision | None = None
    as_printed: str | None = None  # "February 1, 1941—1 p.m."
    inferred_from: str | None = None  # "file number 740.0011 Moscow/10–3043"
    not_before: str | None = None
    not_after: str | None = None

    @property
    def day(self) -> str | None:
        """The date part only ("1943-10-30"), as citations and CSL want it."""
        return self.iso[:10] if self.iso else None


@dataclass(frozen=True)
class SourceNote:
    """The archival source: decimal file number and the kind of document it states."""

    text: str
    file_number: str | None = None  # "740.0011 Moscow/10–3043"
    document_type: str | None = None  # "Telegram"


@dataclass(frozen=True)
class Party:
    """A writer or recipient as the heading names it, and who that was if known.

    ``as_written`` is the heading's words ("the Secretary of State", "Standley");
    ``person`` is filled only when the office, country, surname and date point to
    exactly one person, and ``basis`` says how ("pocom", "tei-persons", "unresolved").
    """

    as_written: str
    office: str | None = None
    country: str | None = None
    surname: str | None = None
    person: PersonName | None = None
    person_id: str | None = None
    basis: str = "unresolved"


@dataclass(frozen=True)
class PageBreak:
    """A printed page starting at ``offset`` characters into the document's text."""

    page: str
    offset: int


@dataclass(frozen=True)
class Footnote:
    """An editors' footnote: printed label (which repeats across a volume) and its page."""

    label: str
    page: str
    text: str
    tei_id: str | None = None
    cue_offsets: tuple[int, ...] = ()  # where its cues stand in the document's text


@dataclass(frozen=True)
class Attachment:
    """An enclosure printed with a document (``frus:attachment``)."""

    heading: str
    offset: int
    place: str | None = None
    date: DocumentDate | None = None


@dataclass(frozen=True)
class Document:
    """One FRUS document, with its text, page breaks and footnotes."""

    volume: Volume
    id: str  # "d620": the web id, also the TEI xml:id
    heading: str
    first_page: str
    last_page: str
    kind: DocumentKind = DocumentKind.DOCUMENT
    web_number: str | None = None  # the TEI @n, superimposed by the web edition
    number: str | None = None  # the printed number, only where the book prints one
    source_note: SourceNote | None = None
    place: str | None = None
    date: DocumentDate = field(default_factory=lambda: DocumentDate(DateState.UNDATED))
    writers: tuple[Party, ...] = ()
    recipients: tuple[Party, ...] = ()
    text: str = ""
    page_breaks: tuple[PageBreak, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    genre: str | None = None  # "memorandum of conversation", lower-case as Chicago prints it

    @property
    def key(self) -> str:
        """The citation key, the same in every format: ``frus1943v01-d620``."""
        return f"{self.volume.id}-{self.id}"

    @property
    def url(self) -> str:
        return f"{self.volume.url}/{self.id}"

    @property
    def pages(self) -> tuple[str, ...]:
        """Printed pages the document spans, in order."""
        seen = [self.first_page]
        for pb in self.page_breaks:
            if pb.page not in seen:
                seen.append(pb.page)
        if self.last_page not in seen:
            seen.append(self.last_page)
        return tuple(seen)

    def page_at(self, offset: int) -> str:
        """The printed page on which the character at ``offset`` of the text stands."""
        page = self.first_page
        for pb in self.page_breaks:
            if pb.offset <= offset:
                page = pb.page
            else:
                break
        return page

    def footnotes_labelled(self, label: str) -> tuple[Footnote, ...]:
        return tuple(fn for fn in self.footnotes if fn.label == label)


@dataclass(frozen=True)
class Locator:
    """Where in a document a citation points: a page, a page range, a footnote, a number.

    Parsed from the user's words and then resolved against a document, after which
    ``page`` is always set for a footnote (its label alone is not unique).
    """

    page: str | None = None
    end_page: str | None = None
    note: str | None = None
    document_number: str | None = None

    @property
    def is_range(self) -> bool:
        return self.end_page is not None and self.end_page != self.page


@dataclass(frozen=True)
class Citation:
    """A document and, optionally, a resolved locator within it (None: the whole document)."""

    document: Document
    locator: Locator | None = None
