"""Who wrote and who received a document: parties resolved to people, never guessed.

A heading's party ("the Ambassador in Colombia (Braden)", "the Secretary of State",
"Mr. Gresham") becomes a person only when exactly one person fits:

1. the volume's persons list (modern volumes), by family name, when one entry has it;
2. the Office's office-holder table, by office (and country for a chief of mission),
   surname when given, and the document's date; "Mr. Baker" with no office is
   matched by surname among everyone in office that day.

Anything ambiguous or unknown (foreign officials, chargés ad interim whom the
Office does not list, undated documents whose date range spans two holders) stays
as written with basis "unresolved", so a citation falls back to the heading.
"""

from __future__ import annotations

from dataclasses import replace

from .headings import analyse_heading
from .model import Document, DocumentKind, Party, PersonName
from .office_holders import (
    CHIEF_OF_MISSION,
    Holder,
    fold_name,
    holder,
    holders_named,
    is_chief_title,
    office_key,
    territory_key,
)
from .tei_heads import reconcile, tags_from_parties


def _surname_matches(name: PersonName, surname: str) -> bool:
    wanted = fold_name(surname)
    return bool(wanted) and fold_name(name.family) == wanted


def _from_persons(party: Party, persons: dict[str, PersonName]) -> Party | None:
    if not party.surname:
        return None
    found = [
        (pid, name)
        for pid, name in persons.items()
        if fold_name(name.family) == fold_name(party.surname)
    ]
    if len(found) != 1:
        return None
    pid, name = found[0]
    return replace(party, person=name, person_id=pid, basis="tei-persons")


def _candidates(party: Party, day: str) -> list[Holder]:
    """Holders fitting the party's office, country and surname on ``day``."""
    office = party.office
    if office and is_chief_title(office):
        country = territory_key(party.country) if party.country else None
        if country is None:
            return []
        terms = holder(CHIEF_OF_MISSION, country, day, from_appointment=bool(party.surname))
    elif office and office_key(office):
        terms = holder(office, None, day, from_appointment=bool(party.surname))
    elif office is None and party.surname:
        terms = holders_named(party.surname, day)
    else:
        return []
    if party.surname:
        terms = [t for t in terms if _surname_matches(t.name, party.surname)]
    return terms


def _one_person(terms: list[Holder]) -> Holder | None:
    people = {t.person_id for t in terms}
    return terms[0] if len(people) == 1 else None


def resolve_party(
    party: Party,
    date: str | None,
    persons: dict[str, PersonName] | None = None,
    *,
    until: str | None = None,
) -> Party:
    """The party with ``person``, ``person_id`` and ``basis`` filled when one person fits.

    ``date`` is the document's day ("1943-10-30"); with ``until`` the date is a range
    (an undated document's not-before and not-after), and the same person must fit
    at both ends. Without a date only the persons list can decide.
    """
    if party.person is not None and party.basis != "unresolved":
        return party
    if persons:
        listed = _from_persons(party, persons)
        if listed is not None:
            return listed
    if not date:
        return party
    found = _one_person(_candidates(party, date[:10]))
    if found is not None and until:
        last = _one_person(_candidates(party, until[:10]))
        found = found if last is not None and last.person_id == found.person_id else None
    if found is None:
        return party
    basis = "presidents" if found.office == "president" else "pocom"
    return replace(party, person=found.name, person_id=found.person_id, basis=basis)


def resolve_document(document: Document, persons: dict[str, PersonName] | None = None) -> Document:
    """The document with its genre, writers and recipients read from its heading and resolved.

    Parties a reader already took from the TEI tags (``type="from"``/``"to"``) decide
    which side a party stands on; office, country and surname come from the words.
    The date is the dateline's or an inferred one; an undated document's range counts.
    """
    source = document.source_note
    analysis = analyse_heading(document.heading, source.document_type if source else None)
    analysis = reconcile(
        analysis, tags_from_parties(document.writers, document.recipients, persons)
    )
    writers, recipients = analysis.writers, analysis.recipients
    genre = document.genre or analysis.kind
    if document.kind == DocumentKind.EDITORIAL_NOTE:
        genre, writers, recipients = "editorial note", (), ()
    date = document.date.day
    until = None
    if date is None and document.date.not_before and document.date.not_after:
        date, until = document.date.not_before, document.date.not_after
    return replace(
        document,
        genre=genre,
        writers=tuple(resolve_party(p, date, persons, until=until) for p in writers),
        recipients=tuple(resolve_party(p, date, persons, until=until) for p in recipients),
    )
