"""CSL-JSON items (citing-frus.md §5): golden items, schema validity, citation items."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from fru_cite.exporters.base import RenderOptions
from fru_cite.exporters.csljson import CSLJSON, csl_citation_items, csl_item
from fru_cite.locators import parse_locator, resolve_locator
from fru_cite.model import Citation, DatePrecision, DateState, DocumentDate
from fru_cite.sources import document_from_tei, iter_volume, sample_document
from fru_cite.tei_reader import read_document

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
TEI = HERE / "data" / "tei"
SCHEMA = json.loads((HERE / "data" / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
CORPUS_DOCUMENTS = [("frus1894Nicaragua", "d5"), ("frus1941v07", "d6"), ("frus1961-63v06", "d6")]


@pytest.fixture(scope="module")
def sample():
    return sample_document()


def _at(document, text):
    return Citation(document, resolve_locator(parse_locator(text), document))


def test_sample_matches_golden_byte_for_byte(sample):
    expected = (GOLDEN / "sample.csl.json").read_text(encoding="utf-8")
    assert CSLJSON.render([Citation(sample)], RenderOptions()) == expected


def test_sample_avoids_the_sites_known_faults(sample):
    item = csl_item(sample)
    assert item["title"] != "Document 620" and item["page"] == "685-687"
    assert item["volume"] == "1" and "number" not in item
    assert item["author"] == [{"family": "Hull", "given": "Cordell"}]
    assert all(editor["family"] != "Hull" for editor in item["editor"])


def test_sample_validates_against_the_schema(sample):
    VALIDATOR.validate([csl_item(sample)])


@pytest.mark.parametrize(("volume_id", "doc_id"), CORPUS_DOCUMENTS)
def test_corpus_document_matches_golden(volume_id, doc_id):
    document = document_from_tei(TEI / f"{volume_id}.xml", doc_id)
    expected = json.loads((GOLDEN / f"{volume_id}-{doc_id}.csl.json").read_text("utf-8"))
    assert csl_item(document) == expected


@pytest.mark.parametrize("path", sorted(TEI.glob("*.xml")), ids=lambda p: p.stem)
def test_every_corpus_item_validates(path):
    items = [csl_item(d) for d in iter_volume(path)]
    errors = [f"{e.path}: {e.message}" for e in VALIDATOR.iter_errors(items)]
    assert errors == []
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["type"] == "chapter" and item["language"] == "en"
        assert "-" not in item["page"] or item["page"].count("-") == 1


def test_general_editor_is_never_named():
    document = read_document(TEI / "frus1961-63v06.xml", "d6")
    assert document.volume.general_editor is not None
    families = [editor["family"] for editor in csl_item(document)["editor"]]
    assert families == ["Sampson"]


def test_publishing_office_is_kept_for_later_volumes(sample):
    volume = dataclasses.replace(
        sample.volume, publisher="United States Government Publishing Office", year=2017
    )
    item = csl_item(dataclasses.replace(sample, volume=volume))
    assert item["publisher"] == "Government Publishing Office"
    assert item["issued"] == {"date-parts": [[2017]]}


def test_event_date_at_its_precision(sample):
    month = DocumentDate(DateState.DATED, "1943-10", DatePrecision.MONTH)
    assert csl_item(dataclasses.replace(sample, date=month))["event-date"] == {
        "date-parts": [[1943, 10]]
    }
    undated = dataclasses.replace(sample, date=DocumentDate(DateState.UNDATED))
    assert "event-date" not in csl_item(undated)


def test_citation_items_carry_locator_and_label(sample):
    citations = [_at(sample, "686"), _at(sample, "pp. 685-87"), _at(sample, "686n50a")]
    citations.append(Citation(sample))
    assert csl_citation_items(citations) == [
        {"id": "frus1943v01-d620", "locator": "686", "label": "page"},
        {"id": "frus1943v01-d620", "locator": "685-687", "label": "page"},
        {"id": "frus1943v01-d620", "locator": "686n50a", "label": "page"},
        {"id": "frus1943v01-d620"},
    ]


def test_render_lists_each_document_once_in_utf8(sample):
    modern = read_document(TEI / "frus1961-63v06.xml", "d6")
    text = CSLJSON.render(
        [_at(sample, "686"), Citation(modern), _at(sample, "687")], RenderOptions()
    )
    items = json.loads(text)
    assert [item["id"] for item in items] == ["frus1943v01-d620", "frus1961-63v06-d6"]
    assert "1961–1963" in text  # not escaped as \u2013
    VALIDATOR.validate(items)
