"""The example third-party plugin (plugins/fru-cite-ris), used as a user would use it.

The plugin must be installed (``pip install -e plugins/fru-cite-ris``, as CI does)
and is reached only through the registry's entry-point discovery; its output is
read back by rispy, a RIS parser written by others.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import pytest
import rispy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fru_cite.exporters.base import RenderOptions
from fru_cite.model import (
    Citation,
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    Party,
    PersonName,
    SourceNote,
    Volume,
)
from fru_cite.registry import load_registry
from fru_cite.sample import load_sample
from fru_cite.sources import document_from_tei, iter_volume, sample_document

HERE = Path(__file__).parent
TEI = HERE / "data" / "tei"
SITE = "https://history.state.gov/historicaldocuments"


@pytest.fixture(scope="module")
def ris():
    return load_registry().get("ris")


def render(exporter, *documents: Document) -> str:
    return exporter.render([Citation(document) for document in documents], RenderOptions())


def test_the_plugin_is_an_installed_package_found_by_entry_point():
    found = [ep for ep in entry_points(group="fru_cite") if ep.name == "ris"]
    assert [ep.value for ep in found] == ["fru_cite_ris"]
    registry = load_registry()
    assert registry.providers["ris"] == "ris"
    assert "ris" not in load_registry(entry_points=False).exporters


def test_exporter_record(ris):
    assert (ris.name, ris.extension, ris.media_type) == (
        "ris",
        ".ris",
        "application/x-research-info-systems",
    )


def test_sample_is_the_golden_record(ris):
    text = render(ris, sample_document())
    assert all(line.endswith("\r") for line in text.split("\n")[:-1])  # CR LF, as RIS requires
    assert text.replace("\r\n", "\n") == (HERE / "golden" / "sample.ris").read_text("utf-8")


def test_sample_reads_back_through_rispy(ris):
    (entry,) = rispy.loads(render(ris, sample_document()))
    assert entry == {
        "type_of_reference": "CHAP",
        "authors": ["Hull, Cordell"],
        "title": "Memorandum of Conversation, by the Secretary of State",
        "secondary_title": "Foreign Relations of the United States: Diplomatic Papers, 1943",
        "secondary_authors": ["Franklin, William M.", "Perkins, E. R."],
        "volume": "1",
        "start_page": "685",
        "end_page": "687",
        "year": "1963",
        "publisher": "Government Printing Office",
        "place_published": "Washington, DC",
        "type_of_work": "memorandum of conversation",
        "database_provider": "Office of the Historian",
        "urls": [f"{SITE}/frus1943v01/d620"],
        "id": "frus1943v01-d620",
        "notes": [
            "Volume title: General",
            "File number: 740.0011 Moscow/10–3043",
            "Document date: 1943-10-30",
        ],
    }


def test_a_document_cited_twice_is_one_record(ris):
    sample = load_sample()
    text = ris.render([Citation(sample), Citation(sample)], RenderOptions())
    assert len(rispy.loads(text)) == 1


def test_telegram_of_1941_checked_against_its_tei(ris):
    # frus1941v07.xml lines 6-20 (titles, editors, imprint) and 499-522 (d1)
    document = document_from_tei(TEI / "frus1941v07.xml", "d1")
    (entry,) = rispy.loads(render(ris, document))
    assert entry == {
        "type_of_reference": "CHAP",
        "authors": ["Braden, Spruille"],
        "title": "The Ambassador in Colombia (Braden) to the Secretary of State",
        "secondary_title": "Foreign Relations of the United States: Diplomatic Papers, 1941",
        "secondary_authors": ["Franklin, William M.", "Perkins, E. R."],
        "volume": "7",
        "start_page": "1",
        "year": "1962",
        "publisher": "Government Printing Office",
        "place_published": "Washington, DC",
        "type_of_work": "telegram",
        "database_provider": "Office of the Historian",
        "urls": [f"{SITE}/frus1941v07/d1"],
        "id": "frus1941v07-d1",
        "notes": [
            "Volume title: The American Republics",
            "File number: 810.20 Defense/577 2/4",
            "Document date: 1941-02-01",
            "Document place: Bogotá",
        ],
    }


def test_numbered_documents_carry_their_number(ris):
    # frus1961-63v06.xml lines 1008-1050: document 3, on page 2, published 1996
    document = document_from_tei(TEI / "frus1961-63v06.xml", "d3")
    (entry,) = rispy.loads(render(ris, document))
    assert (entry["section"], entry["start_page"], entry["year"]) == ("3", "2", "1996")
    assert "end_page" not in entry
    assert entry["secondary_authors"] == ["Sampson, Charles S."]  # not the general editor


def test_early_document_without_editors(ris):
    # frus1894Nicaragua.xml lines 6-18 (no editor, 1895) and 1349-1365 (d2, pages 9-10)
    document = document_from_tei(TEI / "frus1894Nicaragua.xml", "d2")
    (entry,) = rispy.loads(render(ris, document))
    assert (entry["start_page"], entry["end_page"], entry["year"]) == ("9", "10", "1895")
    assert entry["authors"] == ["Gresham, Walter Q."]
    assert "secondary_authors" not in entry and "volume" not in entry


@pytest.mark.parametrize("path", sorted(TEI.glob("*.xml")), ids=lambda p: p.stem)
def test_every_document_of_each_volume_reads_back(ris, path):
    documents = list(iter_volume(path))
    entries = rispy.loads(render(ris, *documents)) if documents else []
    assert [entry["id"] for entry in entries] == [document.key for document in documents]
    for entry, document in zip(entries, documents, strict=True):
        assert entry["type_of_reference"] == "CHAP"
        assert entry["title"] == " ".join(document.heading.split())
        assert entry["secondary_title"] == document.volume.subseries_title
        assert entry["start_page"] == document.first_page
        assert entry["urls"] == [document.url]


_chars = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Zl", "Zp"))
_specials = st.sampled_from(["<", "&", '"', "'", "–", "—", "{", "}", "Хрущёв", "毛泽东", "עברית"])
_field = (
    st.lists(st.one_of(st.text(_chars, min_size=1, max_size=8), _specials), min_size=1)
    .map("".join)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
_names = st.builds(PersonName, family=_field.filter(lambda s: "," not in s), given=_field)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(heading=_field, subseries=_field, editor=_names, writer=_names, file_number=_field)
def test_specials_round_trip(heading, subseries, editor, writer, file_number):
    exporter = load_registry().get("ris")
    volume = Volume(
        id="frus1943v01",
        series_title="Foreign Relations of the United States",
        subseries_title=subseries,
        volume_number=1,
        editors=(editor,),
        year=1963,
    )
    document = Document(
        volume=volume,
        id="d620",
        heading=heading,
        first_page="685",
        last_page="687",
        source_note=SourceNote(text=file_number, file_number=file_number),
        date=DocumentDate(DateState.DATED, iso="1943-10-30", precision=DatePrecision.DAY),
        writers=(Party(as_written="x", person=writer),),
    )
    (entry,) = rispy.loads(render(exporter, document))
    assert entry["title"] == heading
    assert entry["secondary_title"] == subseries
    assert entry["authors"] == [f"{writer.family}, {writer.given}"]
    assert entry["secondary_authors"] == [f"{editor.family}, {editor.given}"]
    assert f"File number: {file_number}" in entry["notes"]
