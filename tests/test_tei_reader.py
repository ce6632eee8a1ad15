"""The TEI reader on the four corpus volumes.

Every expected value below was read off the XML by hand (grep and a regex
listing of each document's page breaks and notes), not produced by this code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fru_cite.errors import UnknownDocumentError
from fru_cite.model import DatePrecision, DateState, DocumentKind
from fru_cite.tei_reader import (
    VolumeCounts,
    count_volume,
    iter_documents,
    read_document,
)

TEI = Path(__file__).parent / "data" / "tei"
V1941 = TEI / "frus1941v07.xml"
V1961 = TEI / "frus1961-63v06.xml"
V1894 = TEI / "frus1894Nicaragua.xml"
FICHE = TEI / "frus1958-60v05mSupp.xml"

# documents / page breaks / footnote elements (chapter and compilation notes included)
COUNTS = {
    V1941: VolumeCounts(523, 635, 828),
    V1961: VolumeCounts(120, 342, 232),
    V1894: VolumeCounts(139, 209, 26),
    FICHE: VolumeCounts(0, 0, 0),
}
# page breaks and footnote cues that stand inside documents (the rest are in
# front matter, chapter heads and between documents)
IN_DOCUMENTS = {V1941: (495, 803), V1961: (253, 232), V1894: (178, 26), FICHE: (0, 0)}


@pytest.mark.parametrize("path", list(COUNTS), ids=lambda p: p.stem)
def test_count_volume(path: Path) -> None:
    assert count_volume(path) == COUNTS[path]


@pytest.mark.parametrize("path", list(COUNTS), ids=lambda p: p.stem)
def test_streamed_documents_hold_every_break_and_cue(path: Path) -> None:
    documents = list(iter_documents(path))
    assert len(documents) == COUNTS[path].documents
    breaks = sum(len(document.page_breaks) for document in documents)
    cues = sum(len(note.cue_offsets) for document in documents for note in document.footnotes)
    assert (breaks, cues) == IN_DOCUMENTS[path]
    assert len({document.id for document in documents}) == len(documents)


def test_volume_without_documents_yields_nothing() -> None:
    assert list(iter_documents(FICHE)) == []
    with pytest.raises(UnknownDocumentError, match="no documents"):
        read_document(FICHE, "d1")


# (file, doc, first page, last page, page breaks, {(label, tei id): page})
PAGES = [
    (V1941, "d5", "3", "4", ["4"], {("9", "d5fn9"): "4", ("10a", "d5fn10a"): "4"}),
    (V1941, "d6", "4", "7", ["5", "6", "7"], {("11", "d6fn11"): "4", ("18", "d6fn18"): "6"}),
    (V1941, "d177", "226", "227", ["227"],
     {("32", "d177fn32"): "226", ("33a", "d177fn33a"): "226"}),
    (V1961, "d11", "10", "16", ["11", "12", "13", "14", "15", "16"],
     {("1", "d11fn1"): "10", ("2", "d11fn2"): "14", ("3", "d11fn3"): "16"}),
    (V1961, "d75", "204", "208", ["205", "206", "207", "208"],
     {("1", "d75fn1"): "205", ("1", "d75fn2"): "208"}),
    (V1961, "d1", "1", "1", [], {("1", "d1fn1"): "1"}),
    (V1894, "d2", "9", "10", ["10"], {("1", "d2fn1"): "9"}),
    (V1894, "d61", "102", "103", ["103"], {("*", "d61fn1"): "102"}),
    (V1894, "d83", "135", "149", [str(page) for page in range(136, 150)],
     {("1", "d83fn1"): "146"}),
]  # fmt: skip


@pytest.mark.parametrize(
    "path,doc_id,first,last,breaks,notes", PAGES, ids=[f"{p.stem}-{d}" for p, d, *_ in PAGES]
)
def test_pages_and_footnote_pages(path, doc_id, first, last, breaks, notes) -> None:
    document = read_document(path, doc_id)
    assert (document.first_page, document.last_page) == (first, last)
    assert [pb.page for pb in document.page_breaks] == breaks
    found = {(note.label, note.tei_id): note.page for note in document.footnotes}
    for key, page in notes.items():
        assert found[key] == page
    for note in document.footnotes:  # each cue stands on its note's page
        assert all(document.page_at(offset) == note.page for offset in note.cue_offsets)


def test_document_starting_mid_page_takes_the_page_of_the_last_break_before_it() -> None:
    previous = read_document(V1941, "d5")  # ends on page 4 ...
    document = read_document(V1941, "d6")  # ... and d6 starts lower on the same page
    assert previous.last_page == document.first_page == "4"
    assert document.page_breaks[0].offset > 0


def test_page_break_falls_where_the_printed_page_turns() -> None:
    document = read_document(V1941, "d6")
    turn = document.page_breaks[-1]
    assert turn.page == "7"
    assert document.text[: turn.offset].endswith("small additional ")
    assert document.text[turn.offset :].startswith("amount this year.")


def test_footnote_with_letter_label() -> None:
    document = read_document(V1941, "d5")
    (note,) = document.footnotes_labelled("10a")
    assert (note.page, note.tei_id, note.text) == ("4", "d5fn10a", "Not printed.")
    assert document.text[: note.cue_offsets[0]].endswith("memorandum")


def test_footnote_cued_twice_with_one_text_is_one_note() -> None:
    document = read_document(V1941, "d25")
    (note,) = document.footnotes_labelled("50")
    assert note.text == "Not printed."
    assert note.tei_id == "d25fn50"
    assert len(note.cue_offsets) == 2


def test_1894_d83_five_cues_of_note_1_on_one_page() -> None:
    document = read_document(V1894, "d83")
    (note,) = document.footnotes_labelled("1")
    assert note.page == "146"
    assert note.text == "Members of old government."
    assert len(note.cue_offsets) == 5
    assert document.number == "83"


def test_1961_d75_two_different_notes_1_stay_apart() -> None:
    document = read_document(V1961, "d75")
    notes = document.footnotes_labelled("1")
    assert [(n.tei_id, n.page) for n in notes] == [("d75fn1", "205"), ("d75fn2", "208")]
    assert notes[1].text == "Printed from an unsigned copy."


def test_1941_source_note_keeps_superscript_file_number_apart() -> None:
    document = read_document(V1941, "d1")
    assert document.source_note is not None
    assert document.source_note.text == "810.20 Defense/577 2/4: Telegram"
    assert document.source_note.file_number == "810.20 Defense/577 2/4"
    assert document.source_note.document_type == "Telegram"


def test_1941_document_fields() -> None:
    document = read_document(V1941, "d1")
    assert document.heading == "The Ambassador in Colombia (Braden) to the Secretary of State"
    assert document.number is None  # 1941 prints no document numbers
    assert document.web_number == "1"
    assert document.place == "Bogotá"
    assert document.date.state is DateState.DATED
    assert document.date.iso == "1941-02-01T13:00:00"
    assert document.date.precision is DatePrecision.TIME
    assert document.date.as_printed == "February 1, 1941—1 p.m."
    assert [p.as_written for p in document.writers] == ["Braden"]
    assert [p.as_written for p in document.recipients] == ["Secretary of State"]
    assert "Source" not in document.text and "Eduardo Santos" not in document.text
    assert document.text.startswith("Bogotá, February 1, 1941—1 p.m.")


def test_undated_document_keeps_its_bounds() -> None:
    document = read_document(V1941, "d129")
    assert document.date.state is DateState.UNDATED
    assert document.date.iso is None
    assert document.date.not_before == "1941-08-23T00:00:00-04:00"
    assert document.date.not_after == "1941-09-02T23:59:59-04:00"


def test_dateline_reading_undated_with_a_supplied_date_is_inferred() -> None:
    document = read_document(V1961, "d75")  # <date when="1962-11-11">undated</date>
    assert document.date.state is DateState.INFERRED
    assert document.date.day == "1962-11-11"


def test_modern_document_number_heading_and_source() -> None:
    document = read_document(V1961, "d11")
    assert document.number == "11"
    assert document.heading == "Letter From Chairman Khrushchev to President Kennedy"
    assert document.source_note is not None
    assert document.source_note.text.startswith("Source: Department of State")
    assert document.source_note.file_number == "611.37/5-361"
    assert [p.as_written for p in document.writers] == ["Khrushchev"]
    assert [p.as_written for p in document.recipients] == ["Kennedy"]
    assert (document.place, document.date.iso) == ("Moscow", "1961-04-22")


def test_editorial_note_without_dateline() -> None:
    document = read_document(V1961, "d76")
    assert document.kind is DocumentKind.EDITORIAL_NOTE
    assert document.heading == "Editorial Note"
    assert document.source_note is None
    assert document.date.state is DateState.UNDATED  # doc-dateTime spans the whole volume
    assert (document.first_page, document.last_page) == ("209", "209")


def test_1894_heading_number_place_and_attachments() -> None:
    document = read_document(V1894, "d83")
    assert document.heading == "Mr. Herbert to Mr. Gresham"
    assert document.place == "Navy Department, Washington"
    assert [p.as_written for p in document.writers] == ["Herbert"]
    assert document.attachments
    first = document.attachments[0]
    assert first.heading == "Commander O’Neil to Mr. Herbert."
    assert first.place == "U. S. S. Marblehead, Off Bluefields, Nicaragua"
    assert first.date is not None and first.date.iso == "1894-07-10"
    assert document.text[first.offset :].startswith("[Inclosure 1 in No. 83.]")


def test_unknown_document_names_the_nearest_ids() -> None:
    with pytest.raises(UnknownDocumentError) as caught:
        read_document(V1961, "d999")
    message = str(caught.value)
    assert "\n" not in message
    assert "d1–d120" in message and "d120" in message


def test_chapter_footnotes_belong_to_no_document() -> None:
    ids = {
        note.tei_id
        for document in iter_documents(V1941)
        for note in document.footnotes
        if note.tei_id
    }
    assert not any(tei_id.startswith("ch") for tei_id in ids)


def test_1894_line_breaks_read_as_whitespace_in_place_heading_and_text() -> None:
    # d2: <placeName>Department of State</hi>,<lb/><hi>Washington</hi></placeName>,
    # and <head>No. 2.<lb/><hi>Mr. Gresham to Mr. Baker.</hi></head>
    document = read_document(V1894, "d2")
    assert document.place == "Department of State, Washington"
    assert document.heading == "Mr. Gresham to Mr. Baker"
    assert document.text.startswith("Department of State,\nWashington, February 1, 1894.\n\nSir:")
    assert document.attachments[0].place == "Navy Department, Washington"
