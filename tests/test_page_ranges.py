"""Chicago's abbreviation of inclusive numbers (CMOS 9.64) and the Office's full form."""

from __future__ import annotations

import pytest

from fru_cite.page_ranges import chicago_range, expand_end, is_numeric, office_range

# Every example of the manual's table, in its four rows, and the sample's 685–87.
CMOS = [
    ("3", "10", "3–10"),
    ("71", "72", "71–72"),
    ("96", "117", "96–117"),
    ("100", "104", "100–104"),
    ("1100", "1113", "1100–1113"),
    ("101", "108", "101–8"),
    ("808", "833", "808–33"),
    ("1103", "1104", "1103–4"),
    ("321", "328", "321–28"),
    ("498", "532", "498–532"),
    ("1087", "1089", "1087–89"),
    ("1496", "1500", "1496–1500"),
    ("11564", "11615", "11564–615"),
    ("12991", "13001", "12991–3001"),
    ("685", "687", "685–87"),
]


@pytest.mark.parametrize(("first", "last", "expected"), CMOS)
def test_chicago_abbreviates_as_the_manual_does(first, last, expected):
    assert chicago_range(first, last) == expected


@pytest.mark.parametrize(("first", "last", "_"), CMOS)
def test_office_form_keeps_every_digit(first, last, _):
    assert office_range(first, last) == f"{first}–{last}"


@pytest.mark.parametrize(
    ("first", "short", "full"),
    [
        ("685", "87", "687"),
        ("101", "8", "108"),
        ("1496", "1500", "1500"),
        ("12991", "3001", "13001"),
        ("11564", "615", "11615"),
        ("3", "10", "10"),
    ],
)
def test_an_abbreviated_end_is_read_back_in_full(first, short, full):
    assert expand_end(first, short) == full
    assert office_range(first, short) == f"{first}–{full}"
    assert chicago_range(first, short) == chicago_range(first, full)


def test_one_page_is_not_a_range():
    assert chicago_range("686") == "686"
    assert chicago_range("686", "686") == "686"
    assert office_range("686", "686") == "686"


def test_roman_front_matter_pages_are_printed_as_given():
    # frus1961-63v06's preface runs over pages III to VIII of the front matter.
    assert chicago_range("III", "VIII") == "III–VIII"
    assert office_range("III", "VIII") == "III–VIII"
    assert not is_numeric("XIV") and not is_numeric("[1]") and is_numeric("686")


def test_a_range_across_a_thousand_keeps_its_digits():
    assert chicago_range("998", "1002") == "998–1002"
