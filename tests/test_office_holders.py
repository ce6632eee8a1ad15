"""The office-holder table: the script that builds it and the lookups on it.

Expected values were read by hand from the Office's pocom files (copies of the few
used here are in tests/data/pocom/): secretary.xml gives Cordell Hull 1933-03-04 to
1944-11-30; welles-benjamin-sumner.xml has forename "Benjamin Sumner" and altname
"Sumner Welles"; russia.xml has Standley started 1942-04-14, ended 1943-09-19.
"""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from fru_cite.model import PersonName
from fru_cite.office_holders import (
    CHIEF_OF_MISSION,
    holder,
    holders_named,
    is_chief_title,
    office_key,
    person_name,
    territory_key,
)

DATA = Path(__file__).parent / "data"
SCRIPT = Path(__file__).parent.parent / "scripts" / "build_office_holders.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("build_office_holders", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(script):
    return script.build(DATA / "pocom")


@pytest.fixture(scope="module")
def shipped():
    text = resources.files("fru_cite").joinpath("data/office_holders.json").read_text("utf-8")
    return json.loads(text)


def test_script_prefers_the_usual_form_of_the_name(built):
    assert built["people"]["welles-benjamin-sumner"] == ["Welles", "Sumner", ""]
    assert built["people"]["hull-cordell"] == ["Hull", "Cordell", ""]
    assert built["people"]["standley-william-harrison"] == ["Standley", "William H.", ""]


def test_script_keeps_the_suffix_out_of_the_family_name(script):
    # altname "Harry G. Barnes, Jr."; genName "Jr." with altname "Raymond Burghardt"
    people = script.read_people(DATA / "pocom")
    assert people["barnes-harry-george-jr"] == ["Barnes", "Harry G.", "Jr."]
    assert people["burghardt-raymond-f"] == ["Burghardt", "Raymond", "Jr."]


def test_script_reads_terms_with_their_days(built):
    rows = built["offices"]["secretary"]["holders"]
    assert ["hull-cordell", "1933-03-04", "1933-03-04", "1944-11-30"] in rows
    assert built["offices"]["secretary"]["name"] == "Secretary of State"
    standley = [r for r in built["missions"]["russia"] if r[0] == "standley-william-harrison"]
    assert standley == [
        ["standley-william-harrison", "ambassador-e-p", "1942-02-14", "1942-04-14", "1943-09-19"]
    ]
    assert built["roles"]["ambassador-e-p"] == "Ambassador Extraordinary and Plenipotentiary"


def test_shipped_table_agrees_with_the_script(script, built, shipped):
    people = script.read_people(DATA / "pocom")
    for person in ("welles-benjamin-sumner", "hull-cordell", "barnes-harry-george-jr"):
        assert shipped["people"][person] == people[person]
    assert shipped["offices"]["secretary"] == built["offices"]["secretary"]
    assert shipped["offices"]["under-secretary"] == built["offices"]["under-secretary"]
    assert shipped["missions"]["russia"] == built["missions"]["russia"]


def test_secretary_of_state_on_the_sample_date_is_hull():
    (term,) = holder("Secretary of State", None, "1943-10-30")
    assert term.person_id == "hull-cordell"
    assert term.name == PersonName(family="Hull", given="Cordell")
    assert (term.start, term.end) == ("1933-03-04", "1944-11-30")


def test_a_day_after_hull_left_is_stettinius():
    (term,) = holder("secretary", None, "1944-12-01")
    assert term.person_id == "stettinius-edward-reilly"


def test_the_day_of_a_handover_has_two_holders():
    # Roosevelt died and Truman was sworn in on April 12, 1945
    names = {t.name.family for t in holder("president", None, "1945-04-12")}
    assert names == {"Roosevelt", "Truman"}


def test_chief_of_mission_by_country_name():
    (term,) = holder("Ambassador", "the Soviet Union", "1942-06-01")
    assert term.name == PersonName(family="Standley", given="William H.")
    assert term.country == "russia"
    assert term.role == "ambassador-e-p"
    assert holder(CHIEF_OF_MISSION, "russia", "1942-06-01") == [term]


def test_presidents_are_in_the_table():
    (term,) = holder("President", None, "1941-11-03")
    assert term.name == PersonName(family="Roosevelt", given="Franklin D.")
    (term,) = holder("president", None, "1894-06-09")
    assert term.name == PersonName(family="Cleveland", given="Grover")


def test_acting_secretary_is_only_what_pocom_records():
    assert office_key("Acting Secretary of State") == ("secretary-ad-interim",)
    assert holder("Acting Secretary of State", None, "1941-06-26") == []
    (term,) = holder("Acting Secretary of State", None, "1945-06-30")  # Grew, 1945-06-28..07-03
    assert term.person_id == "grew-joseph-clark"


def test_holders_by_surname_on_a_day():
    assert {t.person_id for t in holders_named("Gresham", "1894-06-09")} == {
        "gresham-walter-quintin"
    }
    assert holders_named("Guzman", "1894-06-09") == []


def test_words_to_keys():
    assert territory_key("Costa Rica") == "costa-rica"
    assert territory_key("the Soviet Union") == "russia"
    assert territory_key("Atlantis") is None
    assert is_chief_title("Chargé") and is_chief_title("American Minister")
    assert not is_chief_title("Peruvian Ambassador")
    assert person_name("no-such-person") is None


def test_an_answer_asked_again_is_the_same_and_the_callers_own():
    # The terms are kept per office and day; a caller changing its list changes no later answer.
    first = holder("Secretary of State", None, "1943-10-30")
    first.clear()
    (term,) = holder("Secretary of State", None, "1943-10-30")
    assert term.person_id == "hull-cordell"
    everyone = holder("secretary", None, None)
    everyone.clear()
    assert any(t.person_id == "hull-cordell" for t in holder("secretary", None, None))
