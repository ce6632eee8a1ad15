"""A real Sphinx build of tests/roots/test-notes: the sample and two corpus volumes.

The notes of each page must be what the Chicago exporter gives for the same
sequence of citations, and for the sample the texts of citing-frus.md §4.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sphinx_build import ROOTS, TEI, bibliography, build, footnote_markup, footnotes, plain

from fru_cite.exporters.chicago import note_request, render_notes, render_request
from fru_cite.keys import parse_key
from fru_cite.locators import parse_locator, resolve_locator
from fru_cite.model import Citation
from fru_cite.sources import document_from_key

ROOT = ROOTS / "test-notes"

# citing-frus.md §4, written out by hand (italics as *…*).
FULL_686 = (
    "Cordell Hull, memorandum of conversation, [October 30, 1943], in *Foreign Relations "
    "of the United States: Diplomatic Papers, 1943*, vol. 1, *General*, ed. William M. "
    "Franklin and E. R. Perkins (Washington, DC: Government Printing Office, 1963), 686, "
    "https://history.state.gov/historicaldocuments/frus1943v01/d620."
)
SHORT_686 = "Hull, memorandum of conversation, [October 30, 1943], 686."
BIB_SAMPLE = (
    "Hull, Cordell. Memorandum of conversation, [October 30, 1943]. In *Foreign Relations "
    "of the United States: Diplomatic Papers, 1943*, vol. 1, *General*, edited by William "
    "M. Franklin and E. R. Perkins, 685–87. Washington, DC: Government Printing Office, "
    "1963. https://history.state.gov/historicaldocuments/frus1943v01/d620."
)

# What each page cites, in reading order, as written in its .rst file.
PAGES = {
    "moscow": [
        ("frus1943v01-d620", "p. 686"),
        ("frus1943v01-d620", "686n50a"),
        ("frus1943v01-d620", "n. 50a"),
        ("frus1943v01-d620", "p. 687"),
        ("frus1941v07-d5", "p. 4 n. 10a"),
        ("frus1943v01-d620", "p. 686"),
    ],
    "colombia": [
        ("frus1941v07-d1", "p. 1"),
        ("frus1941v07-d5", "pp. 3-4"),
        ("frus1941v07-d5", "p. 4"),
    ],
    "kennedy": [
        ("frus1961-63v06-d6", "doc. 6"),
        ("frus1961-63v06-d2", ""),
        ("frus1961-63v06-d6", "p. 5"),
    ],
    "atlantic": [("frus1943v01-d620", "")],
    "bogota": [("frus1941v07-d3", "p. 2")],
    "vienna": [("frus1961-63v06-d2", "p. 2 n. 1")],
}


def citation(key: str, locator: str) -> Citation:
    document = document_from_key(parse_key(key), (TEI,))
    if not locator:
        return Citation(document)
    return Citation(document, resolve_locator(parse_locator(locator), document))


def expected_notes(page: str) -> list[str]:
    return render_notes([citation(*cited) for cited in PAGES[page]], fmt="text")


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    out = {}
    for jobs in (1, 2):
        folder = tmp_path_factory.mktemp(f"notes-j{jobs}")
        build(ROOT, folder, "html", jobs)
        out[jobs] = folder / "html"
    return out


def test_sample_notes_are_the_texts_of_the_rules(builds: dict[int, Path]) -> None:
    notes = footnotes(builds[1] / "moscow.html")
    assert notes[0] == plain(FULL_686)
    assert notes[1] == "Ibid., 686n50a."  # the note's locator survives the Ibid. comparison
    assert notes[2] == "Ibid."  # n. 50a is resolved to 686n50a: the same locator again
    assert notes[3] == "Ibid., 687."
    assert notes[5] == plain(SHORT_686)


def test_italics_and_link_are_markup(builds: dict[int, Path]) -> None:
    first = footnote_markup(builds[1] / "moscow.html")[0]
    assert "<em>Foreign Relations of the United States: Diplomatic Papers, 1943</em>" in first
    assert "<em>General</em>" in first
    assert 'href="https://history.state.gov/historicaldocuments/frus1943v01/d620"' in first


@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_page_has_the_chicago_exporters_notes(builds: dict[int, Path], page: str) -> None:
    assert footnotes(builds[1] / f"{page}.html") == [plain(n) for n in expected_notes(page)]


def test_page_bibliography_lists_what_the_page_cites(builds: dict[int, Path]) -> None:
    entries = bibliography(builds[1] / "moscow.html")
    assert len(entries) == 2
    assert entries[1] == plain(BIB_SAMPLE)  # Braden sorts before Hull


def test_project_bibliography_lists_every_document_once(builds: dict[int, Path]) -> None:
    # recorded pages are taken in name order; equal sort keys keep that order
    cited = [citation(*c) for page in sorted(PAGES) for c in PAGES[page]]
    expected = render_request(note_request(cited, "bib", None), "text")
    for jobs in (1, 2):  # with -j 2 the parallel readers' records are merged
        assert bibliography(builds[jobs] / "index.html") == [plain(e) for e in expected]
    assert len(expected) == 6


def test_parallel_build_equals_serial_build(builds: dict[int, Path]) -> None:
    serial = sorted(p.relative_to(builds[1]) for p in builds[1].rglob("*.html"))
    parallel = sorted(p.relative_to(builds[2]) for p in builds[2].rglob("*.html"))
    assert serial == parallel and len(serial) >= 7
    for name in serial:
        assert (builds[1] / name).read_bytes() == (builds[2] / name).read_bytes(), name


def test_text_builder(tmp_path: Path) -> None:
    build(ROOT, tmp_path, "text")
    text = (tmp_path / "text" / "moscow.txt").read_text(encoding="utf-8")
    assert "conversation.[1]" in text
    assert "[2] Ibid., 686n50a." in text
    assert "[6] Hull, memorandum of conversation, [October 30, 1943], 686." in text
    assert "*General*" in text  # emphasis, as the text builder writes it


def test_latex_builder_makes_real_footnotes(tmp_path: Path) -> None:
    build(ROOT, tmp_path, "latex")
    tex = next((tmp_path / "latex").glob("*.tex")).read_text(encoding="utf-8")
    assert "\\begin{footnote}[1]\\sphinxAtStartFootnote\nCordell Hull, memorandum of" in tex
    assert "\\sphinxstyleemphasis{General}" in tex
    assert "Ibid., 686n50a." in tex
    # The book is one document being built: Ibid. and short notes run across chapters.
    assert tex.count("\\begin{footnote}") == sum(len(cited) for cited in PAGES.values())
