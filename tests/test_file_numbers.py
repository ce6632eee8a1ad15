"""Decimal file numbers and the dates their suffixes encode, on real source notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from fru_cite.file_numbers import (
    date_from_file_number,
    find_file_number,
    starts_with_file_number,
    volume_years,
)
from fru_cite.model import DatePrecision, DateState

DATA = Path(__file__).parent / "data"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("740.0011 Moscow/10–3043", "740.0011 Moscow/10–3043"),  # the sample's source line
        ("810.20 Defense/577 2/4: Telegram", "810.20 Defense/577 2/4"),  # 1941v07 d1
        ("740.0011 European War 1939/17619:", "740.0011 European War 1939/17619"),
        ("811.20 Defense (M)/2093a: Telegram", "811.20 Defense (M)/2093a"),
        ("837.24/11–741", "837.24/11–741"),  # 1941v07 d132
        (
            "Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.",
            "711.11-KE/1-2161",
        ),  # 1961-63v06 d4
        ("Memorandum of Conversation, by the Secretary of State", None),
        ("See two telegrams of November 2, 1943, p. 147.", None),
    ],
)
def test_find_file_number(line: str, number: str | None) -> None:
    assert find_file_number(line) == number


def test_a_source_line_opens_with_its_file_number() -> None:
    assert starts_with_file_number("740.0011 Moscow/10–3043")
    assert not starts_with_file_number("Source: Department of State, Central Files, 711.00/1-2453")
    assert not starts_with_file_number("Memorandum of Conversation, by the Secretary of State")


def test_the_sample_file_number_gives_october_30_1943() -> None:
    date = date_from_file_number("740.0011 Moscow/10–3043", 1943)
    assert date is not None
    assert date.state is DateState.INFERRED
    assert date.iso == "1943-10-30"
    assert date.precision is DatePrecision.DAY
    assert date.inferred_from == "file number 740.0011 Moscow/10–3043"


@pytest.mark.parametrize(
    ("number", "context", "iso"),
    [
        ("711.00/1-2453", 1953, "1953-01-24"),  # hyphen, one-digit month
        ("711.00/1–2453", 1953, "1953-01-24"),  # en dash
        ("837.24/11–741", (1940, 1942), "1941-11-07"),  # one-digit day: 11–7–41
        ("839.24/8–241", (1940, 1942), "1941-08-02"),
        ("711.11-KE/12-2961", (1961, 1963), "1961-12-29"),
        ("761.13/6-762", (1961, 1963), "1962-06-07"),
    ],
)
def test_dates_from_file_numbers(number: str, context: int | tuple[int, int], iso: str) -> None:
    date = date_from_file_number(number, context)
    assert date is not None and date.iso == iso


@pytest.mark.parametrize(
    ("number", "context"),
    [
        ("740.0011 Moscow/13–4043", 1943),  # no thirteenth month
        ("740.0011 Moscow/2–3043", 1943),  # no February 30
        ("810.20 Defense/577 2/4", 1941),  # an item number, not a date
        ("811.20 Defense (M)/2093a", 1941),
        ("740.0011 Moscow/10–3043", None),  # no volume years: the century is not guessed
    ],
)
def test_no_date_where_none_is_encoded(number: str, context: int | None) -> None:
    assert date_from_file_number(number, context) is None


def test_the_century_comes_from_the_volume_years() -> None:
    assert date_from_file_number("711.00/1-2453", 1953).iso == "1953-01-24"
    assert date_from_file_number("711.00/1-2453", 2051).iso == "2053-01-24"


def test_volume_years() -> None:
    assert volume_years("frus1943v01") == (1943, 1943)
    assert volume_years("frus1961-63v06") == (1961, 1963)
    assert volume_years("frus1958-60v05mSupp") == (1958, 1960)
    assert volume_years("not-a-volume") is None


def test_file_number_dates_agree_with_the_datelines_of_frus1941v07() -> None:
    """Every 1941v07 source note with a date suffix names the dateline's own day."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(str(DATA / "tei" / "frus1941v07.xml"), parser)
    checked = {}
    for div in tree.iter(f"{TEI}div"):
        if div.get("type") != "document":
            continue
        notes = [n for n in div.iter(f"{TEI}note") if n.get("type") == "source"]
        number = find_file_number(" ".join(notes[0].itertext())) if notes else None
        date = date_from_file_number(number, volume_years("frus1941v07")) if number else None
        if date is None:
            continue
        whens = [
            d.get("when") for line in div.iter(f"{TEI}dateline") for d in line.iter(f"{TEI}date")
        ]
        checked[div.get(XML_ID)] = (date.iso, whens[0][:10])
    assert sorted(checked) == ["d132", "d196", "d260", "d332", "d382"]
    assert all(inferred == printed for inferred, printed in checked.values())
