"""Resolving writers and recipients to people by office, country, surname and date.

Every expected person was checked by hand in the Office's pocom files (terms quoted
in the comments) or in the volume's persons list; every "unresolved" was checked
to have no fitting pocom term (foreign officials, the Navy, chargés ad interim the
Office does not list, scanning errors). Dates are the documents' datelines.
"""

from __future__ import annotations

from functools import cache

import pytest
from lxml import etree
from tei_trees import TEI_DIR, T, document_div, volume_tree

from fru_cite.headings import analyse_heading
from fru_cite.model import (
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    DocumentKind,
    Party,
    PersonName,
    SourceNote,
    Volume,
)
from fru_cite.people import resolve_document, resolve_party
from fru_cite.tei_heads import analyse_tei_head, read_persons_list


@cache
def _persons(name: str):
    return read_persons_list(volume_tree(name))


def _date(div: etree._Element) -> tuple[str | None, str | None]:
    """The dateline's day, or an undated document's not-before and not-after days."""
    for date in div.iter(f"{T}date"):
        if date.get("when"):
            return date.get("when")[:10], None
        if date.get("notBefore"):
            return date.get("notBefore")[:10], date.get("notAfter")[:10]
    return None, None


def _resolved(volume: str, doc_id: str, doc_type: str | None = None):
    div = document_div(volume, doc_id)
    persons = _persons(volume)
    analysis = analyse_tei_head(div.find(f"{T}head"), persons, doc_type)
    day, until = _date(div)

    def names(parties):
        out = []
        for party in parties:
            party = resolve_party(party, day, persons, until=until)
            out.append((party.person.display if party.person else None, party.basis))
        return out

    return names(analysis.writers), names(analysis.recipients)


HULL = ("Cordell Hull", "pocom")  # secretary.xml: 1933-03-04 to 1944-11-30
BRADEN = ("Spruille Braden", "pocom")  # colombia.xml: 1939-02-15 to 1942-03-12
GRESHAM = ("Walter Q. Gresham", "pocom")  # secretary.xml: 1893-03-07 to 1895-05-28
LOST = (None, "unresolved")


def test_the_sample_resolves_to_cordell_hull():
    (writer,) = analyse_heading("Memorandum of Conversation, by the Secretary of State").writers
    party = resolve_party(writer, "1943-10-30")
    assert party.person == PersonName(family="Hull", given="Cordell")
    assert party.person_id == "hull-cordell"
    assert party.basis == "pocom"
    assert party.as_written == "the Secretary of State"


def test_the_sample_document_gets_genre_and_writer():
    volume = Volume(
        id="frus1943v01",
        series_title="Foreign Relations of the United States",
        subseries_title="Foreign Relations of the United States: Diplomatic Papers, 1943",
    )
    date = DocumentDate(
        DateState.INFERRED,
        iso="1943-10-30",
        precision=DatePrecision.DAY,
        inferred_from="file number 740.0011 Moscow/10–3043",
    )
    document = Document(
        volume=volume,
        id="d620",
        first_page="685",
        last_page="687",
        heading="Memorandum of Conversation, by the Secretary of State",
        source_note=SourceNote("740.0011 Moscow/10–3043", "740.0011 Moscow/10–3043"),
        date=date,
    )
    resolved = resolve_document(document)
    assert resolved.genre == "memorandum of conversation"
    assert [p.person.display for p in resolved.writers] == ["Cordell Hull"]
    assert resolved.recipients == ()


def test_usual_form_of_the_name_and_an_ambassador_by_surname():
    (writer,) = analyse_heading(
        "The Ambassador in the Soviet Union (Standley) to the Secretary of State"
    ).writers
    # russia.xml: Standley started 1942-04-14; altname "William H. Standley"
    assert resolve_party(writer, "1942-06-01").person.display == "William H. Standley"
    # under-secretary.xml: Welles 1937-05-21 to 1943-09-30; altname "Sumner Welles"
    party = resolve_party(
        Party(
            "the Under Secretary of State (Welles)",
            office="Under Secretary of State",
            surname="Welles",
        ),
        "1941-01-24",
    )
    assert party.person == PersonName(family="Welles", given="Sumner")


def test_never_guessed():
    president = Party("the President", office="President")
    # Roosevelt died and Truman took office on 1945-04-12: two holders that day
    assert resolve_party(president, "1945-04-12").basis == "unresolved"
    assert resolve_party(president, "1945-04-13").person.display == "Harry S. Truman"
    # no date: nobody
    assert (
        resolve_party(Party("the Secretary of State", office="Secretary of State"), None).basis
        == "unresolved"
    )
    # the surname must fit the holder
    wrong = Party("the Secretary of State (Welles)", office="Secretary of State", surname="Welles")
    assert resolve_party(wrong, "1941-06-26").basis == "unresolved"
    # an undated range spanning two holders
    secretary = Party("the Secretary of State", office="Secretary of State")
    assert resolve_party(secretary, "1944-11-01", until="1945-01-01").basis == "unresolved"
    assert resolve_party(secretary, "1944-11-01", until="1944-11-20").person.family == "Hull"


@pytest.mark.parametrize(
    ("doc_id", "doc_type", "writers", "recipients"),
    [
        ("d1", "Telegram", [BRADEN], [HULL]),
        ("d9", "Telegram", [LOST], [BRADEN]),  # Acting Secretary: pocom has no 1941 term
        ("d34", "Telegram", [BRADEN], [HULL]),  # undated: December 19–20, 1941
        ("d35", "Telegram", [LOST], [HULL]),  # the Colombian Foreign Minister
        ("d500", None, [LOST], [HULL]),  # the Chargé in Uruguay (Chapin): not a chief there
        ("d170", None, [HULL], [("Franklin D. Roosevelt", "presidents")]),
        ("d374", "Telegram", [LOST], [("Wesley Frost", "pocom")]),  # paraguay: from 1941-04-30
        ("d455", "Telegram", [LOST], [("William Dawson, Jr.", "pocom")]),  # uruguay: 1941-07-12
        ("d449", None, [("Sumner Welles", "pocom")], [("Edwin C. Wilson", "pocom")]),
        ("d417", "Telegram", [("R. Henry Norweb", "pocom")], [LOST]),  # "Secretary of Stale"
        ("d200", None, [LOST], [HULL]),  # the Secretary of the Navy (Knox)
        ("d249", None, [("John F. Melby", "heading")], []),
        ("d125", None, [LOST], [("George S. Messersmith", "pocom")]),  # cuba: 1940-03-08 on
    ],
)
def test_1941(doc_id, doc_type, writers, recipients):
    assert _resolved("frus1941v07", doc_id, doc_type) == (writers, recipients)


@pytest.mark.parametrize(
    ("doc_id", "writers", "recipients"),
    [
        ("d1", [LOST], [GRESHAM]),  # Mr. Seat: no pocom entry
        ("d27", [("Lewis Baker", "pocom")], [GRESHAM]),  # undated; nicaragua 1893-05-13 on
        ("d56", [("Thomas F. Bayard", "pocom")], [GRESHAM]),  # united-kingdom 1893-06-22 on
        ("d119", [LOST], [("Edwin F. Uhl", "pocom")]),  # assistant-secretary 1893-11-11 on
        ("d85", [("Alvey A. Adee", "pocom")], [("Thomas F. Bayard", "pocom")]),
        ("d72", [LOST], [GRESHAM]),  # Guzman, the Nicaraguan minister
        ("d35", [LOST], [GRESHAM]),  # Herbert, Secretary of the Navy
        ("d75", [LOST], [GRESHAM]),  # Admiral Ramsay
        ("d137", [LOST], [("Thomas F. Bayard", "pocom")]),  # "Gresliam": a scanning error
        ("message-of-the-president", [("Grover Cleveland", "presidents")], []),
    ],
)
def test_1894(doc_id, writers, recipients):
    assert _resolved("frus1894Nicaragua", doc_id) == (writers, recipients)


KHRUSHCHEV = ("Nikita S. Khrushchev", "tei-persons")
KENNEDY = ("John F. Kennedy", "tei-persons")


@pytest.mark.parametrize(
    ("doc_id", "writers", "recipients"),
    [
        ("d2", [KENNEDY], [KHRUSHCHEV]),  # President-elect
        ("d3", [KHRUSHCHEV, ("Leonid I. Brezhnev", "tei-persons")], [KENNEDY]),
        ("d4", [LOST], [LOST]),  # Department of State to the Embassy
        ("d30", [KHRUSHCHEV], [KENNEDY]),  # undated
        # executive-secretary.xml: Brubeck 1962-05-14 to 1963-07-20
        ("d52", [("McGeorge Bundy", "tei-persons")], [("William H. Brubeck", "pocom")]),
        ("d93", [LOST], [("Anatoly F. Dobrynin", "tei-persons")]),
        # both tagged as the President; the Attorney General is not in pocom
        ("d94", [LOST], [("John F. Kennedy", "presidents")]),
        ("d113", [("Dean Rusk", "tei-persons")], [LOST]),
        ("d119", [KHRUSHCHEV], [("Lyndon B. Johnson", "tei-persons")]),
        ("d120", [("Jacqueline Kennedy", "heading")], [KHRUSHCHEV]),
    ],
)
def test_1961(doc_id, writers, recipients):
    assert _resolved("frus1961-63v06", doc_id) == (writers, recipients)


def test_a_surname_decides_the_day_of_an_inauguration():
    party = Party("President Kennedy", office="President", surname="Kennedy")
    assert resolve_party(party, "1961-01-20").person.display == "John F. Kennedy"
    assert (
        resolve_party(Party("the President", office="President"), "1961-01-20").basis
        == "unresolved"
    )


def test_editorial_note_has_no_parties():
    volume = Volume(id="frus1961-63v06", series_title="FRUS", subseries_title="FRUS")
    note = Document(
        volume=volume,
        id="d20",
        heading="20. Editorial Note",
        first_page="38",
        last_page="39",
        kind=DocumentKind.EDITORIAL_NOTE,
    )
    resolved = resolve_document(note)
    assert (resolved.genre, resolved.writers, resolved.recipients) == ("editorial note", (), ())


tei_reader = pytest.importorskip("fru_cite.tei_reader")


def test_resolve_document_over_the_tei_reader():
    path = TEI_DIR / "frus1941v07.xml"
    documents = {d.id: d for d in tei_reader.iter_documents(path) if d.id in {"d1", "d34"}}
    first = resolve_document(documents["d1"])
    assert first.genre == "telegram"
    assert [(p.person.display, p.basis) for p in first.writers] == [BRADEN]
    assert [(p.person.display, p.basis) for p in first.recipients] == [HULL]
    undated = resolve_document(documents["d34"])
    assert [p.person.display for p in undated.writers] == ["Spruille Braden"]


def test_resolve_document_with_the_persons_list():
    path = TEI_DIR / "frus1961-63v06.xml"
    persons = _persons("frus1961-63v06")
    document = tei_reader.read_document(path, "d52")
    resolved = resolve_document(document, persons)
    assert [(p.person.display, p.basis) for p in resolved.writers] == [
        ("McGeorge Bundy", "tei-persons")
    ]
    assert [(p.person.display, p.basis) for p in resolved.recipients] == [
        ("William H. Brubeck", "pocom")
    ]
