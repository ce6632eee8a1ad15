"""Heading analysis: kind, writers and recipients as written, for every era of heading.

Every expectation was read by hand from the heads in tests/data/tei/*.xml (copies
of the Office's volumes) and from the examples in citing-frus.md §4.
"""

from __future__ import annotations

import pytest
from lxml import etree
from tei_trees import TEI_DIR, XML_ID, T, document_div, volume_tree

from fru_cite.headings import analyse_heading, clean_heading, normalise_kind
from fru_cite.model import PersonName
from fru_cite.tei_heads import (
    analyse_tei_head,
    head_text,
    read_persons_file,
    read_persons_list,
)


def _head(volume: str, doc_id: str) -> etree._Element:
    div = document_div(volume, doc_id)
    return div.find(f"{T}head")


def _shape(parties) -> list[tuple]:
    return [(p.office, p.country, p.surname) for p in parties]


# --- the forms named in the issue and in citing-frus.md --------------------------------


@pytest.mark.parametrize(
    ("heading", "kind", "writers", "recipients"),
    [
        (
            "Memorandum of Conversation, by the Secretary of State",
            "memorandum of conversation",
            [("Secretary of State", None, None)],
            [],
        ),
        (
            "The Ambassador in the Soviet Union (Standley) to the Secretary of State",
            None,
            [("Ambassador", "Soviet Union", "Standley")],
            [("Secretary of State", None, None)],
        ),
        (
            "The Secretary of State to the Ambassador in the Soviet Union (Standley)",
            None,
            [("Secretary of State", None, None)],
            [("Ambassador", "Soviet Union", "Standley")],
        ),
        (
            "Memorandum From the President's Assistant for National Security Affairs "
            "(Kissinger) to President Nixon",
            "memorandum",
            [("President's Assistant for National Security Affairs", None, "Kissinger")],
            [("President", None, "Nixon")],
        ),
        (
            "2. Message From President-elect Kennedy to Chairman Khrushchev",
            "message",
            [("President-elect", None, "Kennedy")],
            [("Chairman", None, "Khrushchev")],
        ),
        (
            "No. 61. Mr. Baker to Mr. Gresham.",
            None,
            [(None, None, "Baker")],
            [(None, None, "Gresham")],
        ),
        (
            "The Chargé in Colombia (Lane) to the Secretary of State",
            None,
            [("Chargé", "Colombia", "Lane")],
            [("Secretary of State", None, None)],
        ),
        (
            "The Acting Secretary of State to the Ambassador in Mexico (Daniels)",
            None,
            [("Acting Secretary of State", None, None)],
            [("Ambassador", "Mexico", "Daniels")],
        ),
    ],
)
def test_issue_forms(heading, kind, writers, recipients):
    analysis = analyse_heading(heading)
    assert analysis.kind == kind
    assert _shape(analysis.writers) == writers
    assert _shape(analysis.recipients) == recipients


def test_source_note_gives_the_kind_when_the_heading_names_none():
    heading = "The Ambassador in Colombia (Braden) to the Secretary of State"
    assert analyse_heading(heading, "Telegram").kind == "telegram"
    assert (
        analyse_heading("Memorandum by the Ambassador to Cuba (Messersmith)", "Telegram").kind
        == "memorandum"
    )


def test_kinds_are_lower_case_as_chicago_prints_them():
    assert normalise_kind("Telegram") == "telegram"
    assert normalise_kind("Aide-Mémoire") == "aide-mémoire"
    assert normalise_kind("Dispatch") == "despatch"
    assert normalise_kind("Agreement") is None
    assert clean_heading("No. 119.Mr. De Soto to Mr. Uhl.") == "Mr. De Soto to Mr. Uhl"


# --- frus1941v07: Diplomatic Papers, The American Republics ----------------------------

V41 = "frus1941v07"


@pytest.mark.parametrize(
    ("doc_id", "doc_type", "kind", "writers", "recipients"),
    [
        # ambassador named by surname, tagged persName type="from"
        (
            "d1",
            "Telegram",
            "telegram",
            [("Ambassador", "Colombia", "Braden")],
            [("Secretary of State", None, None)],
        ),
        # acting secretary (gloss type="from")
        (
            "d9",
            "Telegram",
            "telegram",
            [("Acting Secretary of State", None, None)],
            [("Ambassador", "Colombia", "Braden")],
        ),
        # chargé d'affaires
        (
            "d500",
            None,
            None,
            [("Chargé", "Uruguay", "Chapin")],
            [("Secretary of State", None, None)],
        ),
        # a president as recipient
        (
            "d170",
            None,
            None,
            [("Secretary of State", None, None)],
            [("President", None, "Roosevelt")],
        ),
        # foreign officials
        (
            "d35",
            "Telegram",
            "telegram",
            [("Colombian Minister for Foreign Affairs", None, "Lopez de Mesa")],
            [("Secretary of State", None, None)],
        ),
        (
            "d318",
            "Telegram",
            "telegram",
            [("President of Mexico", None, "Avila Camacho")],
            [("President", None, "Roosevelt")],
        ),
        # "Memorandum by …, Temporarily in Washington"
        ("d60", None, "memorandum", [("Ambassador", "Colombia", "Braden")], []),
        # "Handed to … by …": the writer comes second
        (
            "d144",
            None,
            "memorandum",
            [("Under Secretary of State", None, "Welles")],
            [("Cuban Ambassador", None, "Concheso")],
        ),
        # a typo in the data: "Minister in, Ecuador"
        (
            "d229",
            "Telegram",
            "telegram",
            [("Minister", "Ecuador", "Long")],
            [("Secretary of State", None, None)],
        ),
        # three writers, no recipient (the third is tagged type="to" by mistake)
        (
            "d313",
            None,
            "memorandum",
            [
                ("Legal Counselor of the Mexican Embassy", None, "Córdova"),
                ("Assistant Chief of the Division of the American Republics", None, "Bursley"),
                ("Assistant to the Legal Adviser", None, "English"),
            ],
            [],
        ),
        # an American minister writing to a foreign minister
        (
            "d125",
            None,
            None,
            [("Cuban Minister of State", None, "Cortina")],
            [("Ambassador", "Cuba", "Messersmith")],
        ),
        # no parties at all
        ("d132", None, None, [], []),
        ("d302", None, "press release", [], []),
    ],
)
def test_1941_heads(doc_id, doc_type, kind, writers, recipients):
    analysis = analyse_tei_head(_head(V41, doc_id), {}, doc_type)
    assert analysis.kind == kind
    assert _shape(analysis.writers) == writers
    assert _shape(analysis.recipients) == recipients


def test_1941_full_name_written_in_the_heading():
    analysis = analyse_tei_head(_head(V41, "d249"))
    (writer,) = analysis.writers
    assert analysis.kind == "memorandum of conversation"
    assert writer.person == PersonName(family="Melby", given="John F.")
    assert writer.basis == "heading"


def test_1941_a_tag_inside_an_office_is_not_a_party():
    # d149 tags "(Welles)" type="to" inside Collado's title; a telephone memo has no recipient
    analysis = analyse_tei_head(_head(V41, "d149"))
    assert analysis.kind == "memorandum of telephone conversation"
    assert [p.person for p in analysis.writers] == [PersonName(family="Collado", given="Emilio G.")]
    assert analysis.recipients == ()


def test_1941_head_text_leaves_out_footnotes():
    # d170's head carries a footnote: "The original bears the following notation: …"
    assert head_text(_head(V41, "d170")) == "The Secretary of State to President Roosevelt"


# --- frus1894Nicaragua: 19th-century "No. N. Mr. X to Mr. Y." ---------------------------

V94 = "frus1894Nicaragua"


@pytest.mark.parametrize(
    ("doc_id", "kind", "writers", "recipients"),
    [
        ("d1", None, [(None, None, "Seat")], [(None, None, "Gresham")]),
        ("d2", None, [(None, None, "Gresham")], [(None, None, "Baker")]),
        ("d27", None, [(None, None, "Baker")], [(None, None, "Gresham")]),
        ("d56", None, [(None, None, "Bayard")], [(None, None, "Gresham")]),
        ("d119", None, [(None, None, "De Soto")], [(None, None, "Uhl")]),
        ("message-of-the-president", "message", [("President", None, None)], []),
    ],
)
def test_1894_heads(doc_id, kind, writers, recipients):
    analysis = analyse_tei_head(_head(V94, doc_id))
    assert analysis.kind == kind
    assert _shape(analysis.writers) == writers
    assert _shape(analysis.recipients) == recipients
    assert all(p.person is None for p in analysis.writers + analysis.recipients)


@pytest.mark.parametrize(
    ("words", "writer", "recipient"),
    [
        ("Admiral Ramsay to Mr. Gresham", "Ramsay", "Gresham"),
        ("Mr. Gresham to Dr. Guzman", "Gresham", "Guzman"),
        ("Mr. Gresliam to Mr. Bayard", "Gresliam", "Bayard"),  # a scanning error, kept
        ("Mr. Adee to Mr. Bayard", "Adee", "Bayard"),
    ],
)
def test_1894_titles_before_surnames(words, writer, recipient):
    doc_id = next(
        div.get(XML_ID)
        for div in volume_tree(V94).getroot().iter(f"{T}div")
        if div.find(f"{T}head") is not None
        and words in " ".join(head_text(div.find(f"{T}head")).split())
    )
    analysis = analyse_tei_head(_head(V94, doc_id))
    assert [p.surname for p in analysis.writers] == [writer]
    assert [p.surname for p in analysis.recipients] == [recipient]


# --- frus1961-63v06: modern heads with a persons list -----------------------------------

V61 = "frus1961-63v06"


@pytest.fixture(scope="module")
def persons61():
    return read_persons_list(volume_tree(V61))


def test_persons_list(persons61):
    assert persons61["p_KNS2"] == PersonName(family="Khrushchev", given="Nikita S.")
    assert persons61["p_KJF2"] == PersonName(family="Kennedy", given="John F.")
    assert persons61["p_BMG2"] == PersonName(family="Bundy", given="McGeorge")
    assert len(persons61) == 58


def test_persons_list_streamed_from_the_file(persons61):
    assert read_persons_file(TEI_DIR / f"{V61}.xml") == persons61
    assert read_persons_file(TEI_DIR / f"{V41}.xml") == {}  # 1941 volumes have no list


def test_persons_list_from_elements(persons61):
    elements = [e for e in volume_tree(V61).getroot().iter(f"{T}persName") if e.get(XML_ID)]
    assert read_persons_list(elements) == persons61


@pytest.mark.parametrize(
    ("doc_id", "kind", "writers", "recipients"),
    [
        ("d1", "message", ["p_KNS2"], ["p_KJF2"]),
        ("d2", "message", ["p_KJF2"], ["p_KNS2"]),
        ("d3", "message", ["p_KNS2", "p_BLI1"], ["p_KJF2"]),  # "Chairmen K. and B."
        ("d4", "telegram", [None], [None]),  # Department of State to the Embassy
        ("d15", "telegram", [None], ["p_RD3"]),  # "to Secretary of State Rusk at Geneva"
        ("d20", "editorial note", [], []),
        ("d52", "memorandum", ["p_BMG2"], [None]),  # Brubeck: tagged, not in the list
        ("d86", "memorandum for the files", [], []),
        ("d91", "oral statement", ["p_KNS2"], ["p_KJF2"]),
        ("d93", "message", [None], ["p_DAF1"]),  # Soviet Ministry to Dobrynin
        ("d94", "memorandum", [None], [None]),  # both tagged p_KJF2: the tag is doubtful
        ("d113", "telegram", ["p_RD3"], [None]),
        ("d116", "memorandum of conversation", [], []),
        ("d119", "letter", ["p_KNS2"], ["p_JLB1"]),
    ],
)
def test_1961_heads(persons61, doc_id, kind, writers, recipients):
    analysis = analyse_tei_head(_head(V61, doc_id), persons61)
    assert analysis.kind == kind
    assert [p.person_id for p in analysis.writers] == writers
    assert [p.person_id for p in analysis.recipients] == recipients


def test_1961_parties_keep_their_words(persons61):
    analysis = analyse_tei_head(_head(V61, "d52"), persons61)
    (writer,) = analysis.writers
    (recipient,) = analysis.recipients
    assert writer.person == PersonName(family="Bundy", given="McGeorge")
    assert writer.basis == "tei-persons"
    assert recipient.office == "Executive Secretary of the Department of State"
    assert recipient.surname == "Brubeck"
    analysis = analyse_tei_head(_head(V61, "d94"), persons61)
    assert _shape(analysis.writers) == [("Attorney General", None, "Kennedy")]
    assert _shape(analysis.recipients) == [("President", None, "Kennedy")]


def test_1961_full_name_tagged_without_a_list_entry(persons61):
    analysis = analyse_tei_head(_head(V61, "d120"), persons61)
    (writer,) = analysis.writers
    assert writer.person == PersonName(family="Kennedy", given="Jacqueline")
    assert writer.basis == "heading"
    assert [p.person_id for p in analysis.recipients] == ["p_KNS2"]
