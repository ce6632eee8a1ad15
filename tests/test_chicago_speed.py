"""citeproc_speed's shortcuts give what citeproc-py's own methods give, element by element.

Each shortcut is compared with the method it replaces (kept in ``ORIGINALS``) on
every element of the bundled FRUS styles and the fault probe, and on items of a
real volume; the conformance test checks the rendered notes against citeproc-js.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from citeproc import Citation, CitationItem, model
from citeproc.formatter.html import Italic
from citeproc.source import VariableError
from citeproc.string import MixedString, String

from fru_cite.exporters import citeproc_speed
from fru_cite.exporters.chicago import note_request, render_request, style_path
from fru_cite.exporters.csl_notes import NoteStyle, _source
from fru_cite.exporters.csljson import csl_item
from fru_cite.model import Citation as FrusCitation
from fru_cite.sources import iter_volume

DATA = Path(__file__).parent / "data"
STYLES = [
    style_path("frus-chicago-notes"),
    style_path("frus-oh"),
    DATA / "csl" / "fault-probe.csl",
]
VOLUME = DATA / "tei" / "frus1894Nicaragua.xml"
TEXTS = [String("Hull"), MixedString([String("Memo."), String(". Hull")]), Italic("FRUS"), "x", 7]


@pytest.fixture(scope="module", params=STYLES, ids=lambda path: path.stem)
def style(request: pytest.FixtureRequest) -> NoteStyle:
    return NoteStyle(request.param)


@pytest.fixture(scope="module")
def documents() -> list:
    return list(iter_volume(VOLUME))


def _outcome(method, element, text) -> tuple:
    """What a call gives: the result's type and text, or the exception's type."""
    try:
        result = method(element, text)
    except Exception as error:  # citeproc-py's own failures must stay the same
        return ("raised", type(error))
    return (type(result), str(result))


def test_markup_steps_match_citeproc_py(style: NoteStyle, documents: list) -> None:
    style.render_notes([csl_item(documents[0])], [[{"id": documents[0].key}]])
    steps = [
        (model.Formatted, "format"),
        (model.Affixed, "wrap"),
        (model.Quoted, "quote"),
        (model.StrippedPeriods, "strip_periods"),
    ]
    checked = 0
    for element in style._elements:
        for owner, name in steps:
            if not isinstance(element, owner):
                continue
            original = citeproc_speed.ORIGINALS[f"{owner.__name__}.{name}"]
            patched = getattr(type(element), name)
            for text in [*TEXTS, None]:
                assert _outcome(patched, element, text) == _outcome(original, element, text), (
                    element.tag,
                    element.attrib,
                    name,
                    text,
                )
                checked += 1
    assert checked > 100


def test_prefixes_and_italics_still_applied(documents: list) -> None:
    style = NoteStyle(STYLES[0])
    style.render_notes([csl_item(documents[0])], [[{"id": documents[0].key}]])
    prefixed = next(e for e in style._elements if e.get("prefix") == "(")
    italic = next(e for e in style._elements if e.get("font-style") == "italic")
    assert str(prefixed.wrap(String("Washington"))) == "(Washington)"
    assert str(italic.format(String("Foreign Relations"))) == "<i>Foreign Relations</i>"


def test_kept_lookups_match_citeproc_py(style: NoteStyle) -> None:
    originals = citeproc_speed.ORIGINALS
    root = style.style.root
    for element in style._elements:
        if isinstance(element, (model.Parent, model.Text)) and not isinstance(
            element, (model.Group, model.Date, model.Names, model.Number, model.Label)
        ):
            owner = "Text" if isinstance(element, model.Text) else "Parent"
            assert element.calls_variable() == originals[f"{owner}.calls_variable"](element)
        layouts = element.xpath("ancestor-or-self::cs:layout", namespaces=element.nsmap)
        if layouts:
            assert element.get_layout() is layouts[-1]
    for macro in style._macros:
        name = macro.get("name")
        assert root.get_macro(name) is originals["CitationStylesElement.get_macro"](root, name)
    for option in ("punctuation-in-quote", "limit-day-ordinals-to-day-1"):
        kept = root.get_locale_option(option)
        assert kept == originals["CitationStylesElement.get_locale_option"](root, option)
    assert root.citation is root.find("cs:citation", root.nsmap)
    assert root.nonexistent is None


def test_item_reads_raise_variable_error_when_missing(documents: list) -> None:
    source = _source([csl_item(documents[0])])
    (reference,) = source.values()
    assert str(reference.title) == str(reference["title"])
    with pytest.raises(VariableError):
        reference.ISBN  # noqa: B018 - the read is the test
    with pytest.raises(VariableError):
        reference["ISBN"]
    cite = CitationItem(reference.key)
    with pytest.raises(VariableError):  # not yet in a citation
        cite.reference  # noqa: B018


def test_pinned_fields_stay_the_dictionary_values(documents: list) -> None:
    key = csl_item(documents[1])["id"]
    cite = CitationItem(key)
    citation = Citation([cite])
    citeproc_speed.pin(citation)
    assert cite.__dict__["key"] == cite["key"] == key.lower()
    assert cite.__dict__["citation"] is cite["citation"] is citation


def test_each_item_parsed_once_and_changed_items_afresh(documents: list) -> None:
    item = csl_item(documents[2])
    first = _source([item])
    again = _source([dict(item)])
    changed = _source([{**item, "title": item["title"] + " (copy)"}])
    assert first[item["id"].lower()] is again[item["id"].lower()]
    assert str(changed[item["id"].lower()].title).endswith("(copy)")
    assert str(first[item["id"].lower()].title) == item["title"]


def test_notes_the_same_when_items_come_back(documents: list) -> None:
    citations = [FrusCitation(document) for document in documents[:12]]
    request = note_request(citations, "full", None)
    assert render_request(request) == render_request(request)
    assert "in *Foreign Relations of the United States" in render_request(request)[0]
