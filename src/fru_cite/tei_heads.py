"""Writers and recipients from a TEI head, where the Office has tagged the persons.

Modern volumes list the people of the volume in their front matter
(``<persName xml:id="p_KNS2">Khrushchev, Nikita S.</persName>, Chairman …``) and
point to that list from headings (``<persName corresp="#p_KNS2">``); older volumes
mark the parties with ``type="from"``/``"to"`` on ``persName`` and ``gloss``. A tag
is the editors' word and wins over the reading of the text, with one exception: a
list id tagged on both a writer and a recipient of one head cannot be right for
both ("Memorandum From Attorney General Kennedy to President Kennedy", both tagged
as the President), so that id is ignored there and the text decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from .headings import HeadingAnalysis, analyse_heading, full_name, parse_party
from .model import Party, PersonName
from .names import parse_name
from .office_holders import fold_name
from .xml_safety import tei_events

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@dataclass(frozen=True)
class _Tag:
    role: str | None  # "from", "to" or None
    text: str
    person_id: str | None
    person: PersonName | None
    is_name: bool | None  # persName (a person), gloss (an office), None: not known


def _words(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def read_persons_list(
    source: etree._Element | etree._ElementTree | Iterable[etree._Element],
) -> dict[str, PersonName]:
    """The front matter's persons list: id ("p_KNS2") -> name ("Nikita S. Khrushchev").

    ``source`` is a parsed volume (tree or root) or the ``persName`` elements that
    carry an ``xml:id`` (as collected while iterparsing).
    """
    if isinstance(source, etree._ElementTree):
        source = source.getroot()
    if isinstance(source, etree._Element):
        source = source.iter(f"{TEI}persName")
    persons = {}
    for element in source:
        person_id = element.get(XML_ID)
        text = _words(element).strip(" ,")
        if person_id and text:
            persons[person_id] = parse_name(text)
    return persons


def read_persons_file(path: str | Path) -> dict[str, PersonName]:
    """The persons list of a volume file, streamed; parsing stops where the body begins."""
    listed = []
    for event, element in tei_events(path, ("start", "end"), (f"{TEI}persName", f"{TEI}body")):
        if element.tag == f"{TEI}body":
            break
        if event == "end" and element.get(XML_ID):
            listed.append(element)
    return read_persons_list(listed)


def head_text(head: etree._Element) -> str:
    """The head's words without its notes (modern source notes stand inside heads)."""
    parts = [head.text or ""]
    for child in head:
        if child.tag != f"{TEI}note":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _tags(head: etree._Element, persons: dict[str, PersonName]) -> list[_Tag]:
    tags = []
    for element in head.iter(f"{TEI}persName", f"{TEI}gloss"):
        if any(a.tag == f"{TEI}note" for a in element.iterancestors()):
            continue
        role = element.get("type") if element.get("type") in ("from", "to") else None
        corresp = (element.get("corresp") or "").lstrip("#") or None
        if role is None and corresp is None:
            continue
        person = persons.get(corresp) if corresp else None
        tags.append(
            _Tag(
                role,
                _words(element),
                corresp if person else None,
                person,
                element.tag == f"{TEI}persName",
            )
        )
    return _drop_doubtful(tags)


def _drop_doubtful(tags: list[_Tag]) -> list[_Tag]:
    """Forget a list id tagged on both a writer and a recipient: it fits one of them at most."""
    sides: dict[str, set[str]] = {}
    for tag in tags:
        if tag.person_id and tag.role:
            sides.setdefault(tag.person_id, set()).add(tag.role)
    doubtful = {pid for pid, roles in sides.items() if len(roles) > 1}
    return [replace(t, person_id=None, person=None) if t.person_id in doubtful else t for t in tags]


def _matches(tag: _Tag, party: Party) -> bool:
    text = fold_name(tag.text)
    if not text:
        return False
    if tag.is_name is not False:
        surname = fold_name(party.surname or "")
        if text in (surname, fold_name(party.as_written)):
            return True  # "Braden" in "(Braden)", "Jacqueline Kennedy" for the whole party
        if surname and text.endswith(surname) and text in fold_name(party.as_written):
            return True
    return tag.is_name is not True and text == fold_name(party.office or "")


def _apply(tag: _Tag, party: Party) -> Party:
    if tag.person is not None:
        return replace(party, person=tag.person, person_id=tag.person_id, basis="tei-persons")
    if _is_person(tag) and fold_name(tag.text) == fold_name(party.as_written):
        name = full_name(tag.text)
        if name:  # a full name written out ("Jacqueline Kennedy")
            return replace(party, office=None, surname=name.family, person=name, basis="heading")
        return replace(party, office=None, surname=tag.text)
    return party


def analyse_tei_head(
    head: etree._Element,
    persons: dict[str, PersonName] | None = None,
    document_type: str | None = None,
) -> HeadingAnalysis:
    """Kind, writers and recipients of a TEI head, the editors' tags winning over the words."""
    analysis = analyse_heading(head_text(head), document_type)
    return reconcile(analysis, _tags(head, persons or {}))


def tags_from_parties(
    writers: Iterable[Party],
    recipients: Iterable[Party],
    persons: dict[str, PersonName] | None = None,
) -> list[_Tag]:
    """Tags as a reader recorded them: ``Party(as_written="Braden")`` per tagged name,
    with ``person_id`` the persons-list id where the reader kept the ``corresp``."""
    persons = persons or {}
    tags = []
    for role, parties in (("from", writers), ("to", recipients)):
        for p in parties:
            person = p.person or persons.get(p.person_id or "")
            tags.append(_Tag(role, p.as_written, p.person_id if person else None, person, None))
    return _drop_doubtful(tags)


def _is_person(tag: _Tag) -> bool:
    """A persName, or an untyped tag whose words are a name and not an institution."""
    if tag.is_name is not None:
        return tag.is_name
    words = set(tag.text.lower().split())
    return full_name(tag.text) is not None and not words & _INSTITUTION_WORDS


_INSTITUTION_WORDS = {
    "embassy",
    "legation",
    "department",
    "ministry",
    "government",
    "office",
    "secretary",
    "state",
    "president",
    "chairman",
    "consulate",
    "mission",
}


def reconcile(analysis: HeadingAnalysis, tags: list[_Tag]) -> HeadingAnalysis:
    """The heading's reading with each tagged party put on the tag's side and named by it."""
    placed: list[tuple[str, Party]] = [("from", p) for p in analysis.writers]
    placed += [("to", p) for p in analysis.recipients]
    unused = list(tags)
    result = []
    # A "to" tag in a heading with no "to" ("Memorandum by A, B, and C", d313 of 1941v07)
    # contradicts the words; tags move parties only where the words name both sides.
    moves = bool(analysis.writers) == bool(analysis.recipients)
    for side, party in placed:
        tag = next((t for t in unused if _matches(t, party)), None)
        if tag is not None:
            unused.remove(tag)
            party = _apply(tag, party)
            if tag.role and (moves or tag.role == side):
                side = tag.role
        result.append((side, party))
    written = [fold_name(p.as_written) for _, p in result]
    for tag in unused:  # tagged parties the words did not yield
        inside = any(fold_name(tag.text) in text for text in written)  # "(Welles)" in an office
        if tag.role and _is_person(tag) and not inside:
            result.append((tag.role, _apply(tag, parse_party(tag.text))))
    return HeadingAnalysis(
        analysis.kind,
        tuple(p for side, p in result if side == "from"),
        tuple(p for side, p in result if side == "to"),
    )
