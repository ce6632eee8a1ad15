"""BibTeX and BibLaTeX entries (citing-frus.md §6), against hand-checked golden files."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from fru_cite.exporters.base import RenderOptions
from fru_cite.exporters.bibtex import BIBLATEX, BIBTEX, biblatex_cite, date_words
from fru_cite.exporters.latex_text import escape, name_part, protect
from fru_cite.locators import parse_locator, resolve_locator
from fru_cite.model import Citation, DatePrecision, DateState, DocumentDate
from fru_cite.sources import document_from_tei, sample_document
from fru_cite.tei_reader import read_document

GOLDEN = Path(__file__).parent / "golden"
TEI = Path(__file__).parent / "data" / "tei"
# One document of each TEI volume that has documents (the microfiche supplement has none).
CORPUS_DOCUMENTS = [
    ("frus1894Nicaragua", "d5"),
    ("frus1941v07", "d6"),
    ("frus1961-63v06", "d6"),
]


@pytest.fixture(scope="module")
def sample():
    return sample_document()


def _at(document, text):
    return Citation(document, resolve_locator(parse_locator(text), document))


def test_sample_bibtex_matches_golden(sample):
    expected = (GOLDEN / "sample.bib").read_text(encoding="utf-8")
    assert BIBTEX.render([Citation(sample)], RenderOptions()) == expected


def test_sample_biblatex_matches_golden(sample):
    expected = (GOLDEN / "sample-biblatex.bib").read_text(encoding="utf-8")
    assert BIBLATEX.render([Citation(sample)], RenderOptions()) == expected


@pytest.mark.parametrize(("volume_id", "doc_id"), CORPUS_DOCUMENTS)
def test_corpus_document_matches_golden(volume_id, doc_id):
    document = document_from_tei(TEI / f"{volume_id}.xml", doc_id)
    citations = [Citation(document)]
    classic = (GOLDEN / f"{volume_id}-{doc_id}.bib").read_text(encoding="utf-8")
    biblatex = (GOLDEN / f"{volume_id}-{doc_id}-biblatex.bib").read_text(encoding="utf-8")
    assert BIBTEX.render(citations, RenderOptions()) == classic
    assert BIBLATEX.render(citations, RenderOptions()) == biblatex


def test_pinpoints_cite_one_entry_per_document(sample):
    citations = [_at(sample, "686"), _at(sample, "p. 686 n. 50a"), Citation(sample)]
    text = BIBLATEX.render(citations, RenderOptions())
    assert text.count("@incollection{frus1943v01-d620,") == 1
    assert len(bibtexparser.parse_string(text).entries) == 1


def test_biblatex_cite_forms(sample):
    assert biblatex_cite(_at(sample, "686")) == r"\cite[686]{frus1943v01-d620}"
    assert biblatex_cite(_at(sample, "685-687")) == r"\cite[685--87]{frus1943v01-d620}"
    assert biblatex_cite(_at(sample, "686n50a")) == r"\cite[686n50a]{frus1943v01-d620}"
    assert biblatex_cite(Citation(sample)) == r"\cite{frus1943v01-d620}"


def test_numbered_document_cites_its_number():
    document = read_document(TEI / "frus1961-63v06.xml", "d6")
    assert biblatex_cite(_at(document, "doc. 6")) == r"\cite[doc.~6]{frus1961-63v06-d6}"


def test_escaping_of_latex_specials():
    assert escape("$ % & # _") == r"\$ \% \& \# \_"
    assert escape("{x}") == r"\textbraceleft{}x\textbraceright{}"
    assert escape("a\\b ~ ^") == r"a\textbackslash{}b \textasciitilde{} \textasciicircum{}"
    assert escape("a--b ``q''") == r"a-{}-b `{}`q'{}'"


def test_non_ascii_kept_for_biber_and_encoded_for_bibtex():
    assert escape("Bogotá 10–3043 Москва") == "Bogotá 10–3043 Москва"
    assert escape("Bogotá 10–3043", ascii_only=True) == r"Bogot{\'a} 10{--}3043"
    assert escape("“Straße”", ascii_only=True) == r"{``}Stra{\ss}e{''}"
    assert escape("Москва", ascii_only=True) == "Москва"  # no LaTeX accent form exists


def test_brace_protection_of_proper_nouns_and_roman_numerals():
    assert protect("Foreign Relations of the United States: Diplomatic Papers, 1943") == (
        "{Foreign Relations of the United States}: {Diplomatic Papers}, 1943"
    )
    assert protect("Papers, Volume XIV, and others") == "{Papers}, {Volume XIV}, and others"
    assert protect("memorandum of conversation") == "memorandum of conversation"
    assert protect("US & UK") == r"{US} \& {UK}"


def test_name_parts_that_bibtex_would_split_are_braced():
    assert name_part("Smith and Sons") == "{Smith and Sons}"
    assert name_part("Acme, Inc") == "{Acme, Inc}"
    assert name_part("Hull") == "Hull"


def test_urls_are_never_latex_encoded(sample):
    library = bibtexparser.parse_string(BIBTEX.render([Citation(sample)], RenderOptions()))
    assert library.entries[0]["url"] == sample.url


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (DocumentDate(DateState.INFERRED, "1943-10-30", DatePrecision.DAY), "[October 30, 1943]"),
        (DocumentDate(DateState.DATED, "1941-05-17T23:00:00", DatePrecision.TIME), "May 17, 1941"),
        (DocumentDate(DateState.DATED, "1941-05", DatePrecision.MONTH), "May 1941"),
        (DocumentDate(DateState.DATED, "1941", DatePrecision.YEAR), "1941"),
        (DocumentDate(DateState.UNDATED), None),
    ],
)
def test_dateline_date_words(date, words):
    assert date_words(date) == words
