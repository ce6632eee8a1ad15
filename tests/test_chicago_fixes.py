"""Each citeproc-py fault fru_cite works around, shown on a minimal style.

Expected strings follow CSL 1.0.2 as citeproc-js implements it (the conformance
test checks the FRUS styles against citeproc-js itself).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fru_cite.exporters.citeproc_fixes import (
    capitalise_note,
    format_page_range,
    normalise_initials,
    punctuation_in_quotes,
)
from fru_cite.exporters.csl_notes import NoteStyle

PROBE = Path(__file__).parent / "data" / "csl" / "fault-probe.csl"
HULL = {
    "id": "hull",
    "type": "chapter",
    "author": [{"family": "Hull", "given": "Cordell"}, {"family": "Perkins", "given": "E.R."}],
    "title": "Memorandum of Conversation, by the Secretary of State",
}
HEADING_ONLY = {"id": "heading", "type": "chapter", "title": "The Secretary of State to Standley"}


@pytest.fixture(scope="module")
def probe() -> NoteStyle:
    return NoteStyle(PROBE)


def test_initialize_false_keeps_given_names_and_tidies_initials(probe: NoteStyle) -> None:
    note = probe.render_notes([HULL], [[{"id": "hull"}]])[0]
    assert note.startswith("Cordell Hull and E. R. Perkins,")  # not "C. Hull"


def test_commas_and_periods_go_inside_closing_quotes(probe: NoteStyle) -> None:
    note = probe.render_notes([HULL], [[{"id": "hull", "locator": "686", "label": "page"}]])[0]
    assert "“Memorandum of Conversation, by the Secretary of State,” 686." in note
    bib = probe.render_bibliography([HEADING_ONLY])[0]
    assert bib == "“The Secretary of State to Standley.”"


def test_ibid_is_capitalised_and_a_repeated_locator_is_plain_ibid(probe: NoteStyle) -> None:
    cite = {"id": "hull", "locator": "686", "label": "page"}
    notes = probe.render_notes(
        [HULL], [[cite], [dict(cite)], [{"id": "hull", "locator": "687", "label": "page"}]]
    )
    assert notes[1:] == ["Ibid.", "Ibid., 687."]


def test_bibliography_has_no_locator_of_any_citation(probe: NoteStyle) -> None:
    probe.render_notes([HULL], [[{"id": "hull", "locator": "686", "label": "page"}]])
    assert probe.render_bibliography([HULL]) == [
        "Cordell Hull and E. R. Perkins. “Memorandum of Conversation, by the Secretary of State.”"
    ]


def test_title_substituted_for_the_author_is_not_printed_twice(probe: NoteStyle) -> None:
    note = probe.render_notes([HEADING_ONLY], [[{"id": "heading"}]])[0]
    assert note == "“The Secretary of State to Standley.”"


def test_page_range_locator_takes_the_styles_range_format(probe: NoteStyle) -> None:
    notes = probe.render_notes([HULL], [[{"id": "hull", "locator": "685-687", "label": "page"}]])
    assert notes[0].endswith("State,” 685–87.")


@pytest.mark.parametrize(
    ("text", "form", "expected"),
    [
        ("685-687", "chicago", "685–87"),
        ("685-687", "expanded", "685–687"),
        ("101-108", "chicago-16", "101–8"),
        ("1087-1089", "chicago-16", "1087–89"),
        ("1496-1504", "chicago-15", "1496–1504"),
        ("1496-1504", "chicago-16", "1496–504"),
        ("71-72", "chicago", "71–72"),
        ("100-104", "chicago", "100–104"),
        ("321-328", "minimal", "321–8"),
        ("321-328", "minimal-two", "321–28"),
        ("686n50a", "chicago", "686n50a"),
        ("685-87", "expanded", "685–687"),
    ],
)
def test_format_page_range(text: str, form: str, expected: str) -> None:
    assert format_page_range(text, form) == expected


def test_small_text_mends() -> None:
    assert normalise_initials("E.R.", ". ") == "E. R."
    assert normalise_initials("William M.", ". ") == "William M."
    assert punctuation_in_quotes("“Title”, 686") == "“Title,” 686"
    assert capitalise_note("ibid., 687.", "ibid.") == "Ibid., 687."
    assert capitalise_note("de Gaulle, memorandum.", "ibid.") == "de Gaulle, memorandum."
