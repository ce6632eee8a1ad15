"""One rule turns every record's title spelling into the title page's form."""

import pytest

from fru_cite.model import Medium
from fru_cite.volumes import (
    build_volume,
    container_title,
    parse_volume_number,
    roman_to_int,
)

DIPLOMATIC_1941 = "Foreign Relations of the United States: Diplomatic Papers, 1941"


@pytest.mark.parametrize(
    ("series", "subseries"),
    [
        ("Foreign Relations of the United States Diplomatic\n   Papers", "1941"),
        ("Foreign Relations of the United States, Diplomatic Papers", "1941"),
        ("Foreign Relations of the United States: Diplomatic Papers", "1941"),
        (None, "Foreign Relations of the United States: Diplomatic Papers, 1941"),
        (None, "Foreign Relations of the United States Diplomatic Papers, 1941"),
    ],
)
def test_three_punctuations_of_diplomatic_papers_are_one_title(series, subseries):
    assert container_title(series, subseries) == DIPLOMATIC_1941


def test_modern_and_nineteenth_century_titles():
    modern = container_title("Foreign Relations of the United States", "1961–1963")
    assert modern == "Foreign Relations of the United States, 1961–1963"
    # 1894: the header puts the year in the series title and leaves sub-series empty.
    early = container_title("Foreign Relations of the United States, 1894", "")
    assert early == "Foreign Relations of the United States, 1894"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Volume I", ("Volume I", 1, None)),
        ("Volume VII", ("Volume VII", 7, None)),
        ("Volume XIX, Part 1", ("Volume XIX", 19, "Part 1")),
        ("Volume V, Microfiche Supplement", ("Volume V", 5, None)),
        ("Volume E–16", ("Volume E–16", 16, None)),
        ("", (None, None, None)),
    ],
)
def test_volume_numbers(printed, expected):
    assert parse_volume_number(printed) == expected


def test_roman_numerals():
    assert [roman_to_int(x) for x in ("I", "IV", "IX", "XIV", "XL", "XCIX")] == [
        1,
        4,
        9,
        14,
        40,
        99,
    ]
    assert roman_to_int("General") is None


@pytest.mark.parametrize(
    ("volume_id", "numbered", "medium"),
    [
        ("frus1943v01", False, Medium.PRINT),
        ("frus1952-54v05p1", False, Medium.PRINT),
        ("frus1955-57v01", True, Medium.PRINT),
        ("frus1961-63v06", True, Medium.PRINT),
        ("frus1969-76ve16", True, Medium.ELECTRONIC),
        ("frus1958-60v05mSupp", True, Medium.MICROFICHE),
    ],
)
def test_document_number_rule_and_medium(volume_id, numbered, medium):
    volume = build_volume(
        volume_id, series=None, subseries="1955", volume_title=None, volume_number=None
    )
    assert volume.prints_document_numbers is numbered
    assert volume.medium is medium


def test_publisher_default_follows_the_2014_rename():
    old = build_volume(
        "frus1961-63v06",
        series=None,
        subseries="",
        volume_title=None,
        volume_number=None,
        year=1996,
    )
    new = build_volume(
        "frus1969-76v21",
        series=None,
        subseries="",
        volume_title=None,
        volume_number=None,
        year=2015,
    )
    assert old.publisher == "United States Government Printing Office"
    assert new.publisher == "United States Government Publishing Office"


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("United States Government Printing Office", "Government Printing Office"),
        ("United States Government  Publishing Office", "Government Publishing Office"),
        ("Some Other Press", "Some Other Press"),
    ],
)
def test_imprint_as_the_office_cites_it(printed, cited):
    volume = build_volume(
        "frus1943v01",
        series=None,
        subseries="",
        volume_title=None,
        volume_number=None,
        publisher=printed,
        publisher_place="Washington",
    )
    assert volume.cited_publisher == cited
    assert volume.cited_place == "Washington, DC"
