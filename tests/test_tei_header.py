"""Volume records read from the corpus TEI headers (values read off each titleStmt)."""

from __future__ import annotations

from pathlib import Path

from fru_cite.model import Medium, PersonName
from fru_cite.tei_reader import read_volume_header

TEI = Path(__file__).parent / "data" / "tei"


def test_1941_header() -> None:
    volume = read_volume_header(TEI / "frus1941v07.xml")
    assert volume.id == "frus1941v07"
    assert (
        volume.subseries_title == "Foreign Relations of the United States: Diplomatic Papers, 1941"
    )
    assert volume.volume_title == "The American Republics"
    assert (volume.volume_number_printed, volume.volume_number) == ("Volume VII", 7)
    assert volume.editors == (
        PersonName(family="Franklin", given="William M."),
        PersonName(family="Perkins", given="E. R."),
    )
    assert volume.general_editor is None
    assert (volume.publisher, volume.publisher_place) == (
        "United States Government Printing Office",
        "Washington",
    )
    assert volume.year == 1962
    assert volume.isbn is None  # the idno elements are empty
    assert volume.prints_document_numbers is False
    assert volume.medium is Medium.PRINT


def test_1961_header_keeps_general_editor_apart() -> None:
    volume = read_volume_header(TEI / "frus1961-63v06.xml")
    assert volume.subseries_title == "Foreign Relations of the United States, 1961–1963"
    assert volume.volume_title == "Kennedy-Khrushchev Exchanges"
    assert volume.volume_number == 6
    assert volume.editors == (PersonName(family="Sampson", given="Charles S."),)
    assert volume.general_editor == PersonName(family="LaFantasie", given="Glenn W.")
    assert volume.year == 1996
    assert volume.isbn == "9780160420184"
    assert volume.prints_document_numbers is True


def test_1894_header_with_empty_titles_and_editor() -> None:
    volume = read_volume_header(TEI / "frus1894Nicaragua.xml")
    assert volume.subseries_title == "Foreign Relations of the United States, 1894"
    assert volume.volume_title == "Nicaragua (Mosquito Territory)"  # from the complete title
    assert volume.volume_number is None
    assert volume.editors == ()  # <editor role="primary"/> is empty
    assert volume.year == 1895


def test_microfiche_supplement_header() -> None:
    volume = read_volume_header(TEI / "frus1958-60v05mSupp.xml")
    assert volume.medium is Medium.MICROFICHE  # keywords scheme="#frus-media-type"
    assert volume.volume_number == 5
    assert volume.volume_title == "American Republics"
    assert volume.year == 1991
