"""Reading a FRUS heading for its kind of document, its writers and its recipients.

Headings name people by office, country and surname, in forms that changed with the
eras: "No. 61. Mr. Baker to Mr. Gresham." (1890s); "The Ambassador in Colombia
(Braden) to the Secretary of State" and "Memorandum of Conversation, by the
Secretary of State" (1940s); "2. Message From President-elect Kennedy to Chairman
Khrushchev" (1960s on). This module only reads the words; who the people were is
settled later, by date, in :mod:`fru_cite.people`. Parties the heading writes as
full names ("Mr. Emilio G. Collado") carry that name with basis "heading".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Party, PersonName
from .names import parse_name


@dataclass(frozen=True)
class HeadingAnalysis:
    """What a heading says: the kind of document (lower-case, as Chicago prints it) and parties."""

    kind: str | None
    writers: tuple[Party, ...] = ()
    recipients: tuple[Party, ...] = ()


# Kinds of document that open a heading, longest first; the value is Chicago's form.
_KINDS = {
    "memorandum of telephone conversations": "memorandum of telephone conversation",
    "memorandum of telephone conversation": "memorandum of telephone conversation",
    "memorandum of conversations": "memorandum of conversation",
    "memorandum of conversation": "memorandum of conversation",
    "memorandum for the files": "memorandum for the files",
    "memorandum for the record": "memorandum for the record",
    "memorandum": "memorandum",
    "circular telegram": "circular telegram",
    "telegram": "telegram",
    "backchannel message": "backchannel message",
    "message": "message",
    "letter": "letter",
    "despatch": "despatch",
    "dispatch": "despatch",
    "airgram": "airgram",
    "instruction": "instruction",
    "aide-mémoire": "aide-mémoire",
    "aide-memoire": "aide-mémoire",
    "note verbale": "note verbale",
    "note": "note",
    "editorial note": "editorial note",
    "oral statement": "oral statement",
    "informal communication": "informal communication",
    "press release": "press release",
    "minutes": "minutes",
    "report": "report",
    "paper": "paper",
}
_KIND_RE = re.compile(
    r"^(?P<kind>"
    + "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
    + r")\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_PARTICLES = {"de", "del", "della", "da", "du", "la", "le", "van", "von", "der", "den"}
_NUMBER_RE = re.compile(r"^(?:No\.\s*)?\[?\d+[A-Za-z]?\]?\.\s*")
# Words before " to " that belong to an office ("Ambassador to Cuba"), not a separator.
_OFFICE_TO = {
    "ambassador",
    "assistant",
    "minister",
    "representative",
    "delegate",
    "envoy",
    "adviser",
    "advisor",
    "counselor",
    "mission",
    "delegation",
    "handed",
    "attaché",
}
_PERSONAL_TITLES = r"Mr|Mrs|Miss|Ms|Dr|Señor|Senor|Sir|Lord|Admiral|General|Colonel|Captain"
_TITLED_RE = re.compile(
    rf"^(?:{_PERSONAL_TITLES})\.?\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:de|van|von|[A-Z][\w.'’-]*))*)"
    r"(?P<suffix>,?\s+(?:Jr|Sr)\.)?(?:,?\s+(?P<office>.+))?$"
)
# Offices written before a bare surname: "President Nixon", "Secretary of State Rusk".
_HONORIFIC_OFFICES = (
    "Secretary of State",
    "Attorney General",
    "Vice President",
    "President-elect",
    "President",
    "Chairmen",
    "Chairman",
    "Premier",
    "Prime Minister",
    "Foreign Minister",
    "Ambassador",
    "Senator",
    "Governor",
    "Secretary",
    "Under Secretary",
    "Ambassador at Large",
)
_HONORIFIC_RE = re.compile(
    r"^(?P<office>"
    + "|".join(re.escape(o) for o in sorted(_HONORIFIC_OFFICES, key=len, reverse=True))
    + r")\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:de|van|von|[A-Z][\w'’.-]*))*)$"
)
_CHIEF_RE = re.compile(
    r"^(?:American\s+)?(?P<office>Ambassador|Minister Resident|Minister|Chargé d[’']Affaires"
    r"(?: ad interim)?|Chargé|Envoy|Diplomatic Agent|Consul General|Commercial Attaché"
    r"|Military Attaché|Naval Attaché|Embassy|Legation|Consulate General|Consulate)"
    r"\s+(?:in|to|at),?\s+(?P<country>.+)$"
)
_TRAILER_RE = re.compile(r",?\s+(?:Temporarily\s+in|at)\s+[A-Z][\w .]*$")


def clean_heading(heading: str) -> str:
    """One line, without the printed number ("No. 61.", "2.") or the final full stop."""
    text = " ".join(heading.replace("\u00a0", " ").split())
    text = _NUMBER_RE.sub("", text)
    return text.rstrip(" .")


def normalise_kind(words: str | None) -> str | None:
    """Chicago's lower-case kind for a heading's or source note's words ("Telegram")."""
    if not words:
        return None
    folded = " ".join(words.lower().split()).strip(" .:")
    return _KINDS.get(folded)


def _depth_split(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of ``separator`` matches standing outside parentheses."""
    spans = []
    for match in separator.finditer(text):
        before = text[: match.start()]
        if before.count("(") == before.count(")"):
            spans.append(match.span())
    return spans


def _split_writer_recipient(text: str) -> tuple[str, str | None]:
    """Split "X to Y" at the " to " that separates parties, not the one in "Ambassador to Cuba"."""
    for start, end in _depth_split(text, re.compile(r",?\s+to\s+")):
        left = text[:start].rstrip()
        last = left.split()[-1].lower() if left.split() else ""
        if left.endswith(")") or last not in _OFFICE_TO:
            return left, text[end:]
    return text, None


def _split_parties(text: str) -> list[str]:
    """Split "A, B, and the C" or "the A and the B"; "Chairmen X and Y" stays whole."""
    pieces = re.split(r"\),\s+(?:and\s+)?(?=the\s|Mr\.|Mrs\.|Dr\.)", text)
    pieces = [p + ")" if i < len(pieces) - 1 else p for i, p in enumerate(pieces)]
    out: list[str] = []
    for piece in pieces:
        out += [p for p in re.split(r",?\s+and\s+(?=the\s|Mr\.\s|Mrs\.\s|President\s)", piece) if p]
    return [p.strip(" ,") for p in out if p.strip(" ,")]


def _plural_title(text: str) -> list[Party] | None:
    match = re.match(
        r"^(Chairmen|Presidents|Messrs\.)\s+([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)$", text
    )
    if not match:
        return None
    office = {"Chairmen": "Chairman", "Presidents": "President"}.get(match[1])
    return [
        Party(as_written=f"{match[1]} {name}" if i == 0 else name, office=office, surname=name)
        for i, name in enumerate((match[2], match[3]))
    ]


def full_name(text: str) -> PersonName | None:
    """The name if the words give a full name ("Emilio G. Collado"); None for "De Soto"."""
    if len(text.split()) < 2:
        return None
    name = parse_name(text)
    return None if name.given.split()[0].lower() in _PARTICLES else name


def parse_party(text: str) -> Party:
    """One party as written: office, country and surname where the words give them."""
    as_written = " ".join(text.split()).strip(" ,")
    body = re.sub(r"^[Tt]he\s+", "", as_written)
    body = _TRAILER_RE.sub("", body)
    titled = _TITLED_RE.match(body)
    if titled:
        name = titled["name"].strip()
        office = titled["office"]
        if office:
            office = re.sub(r"^(?:of\s+)?the\s+", "", office.strip(" ,"))
        person = full_name(name)
        if person and titled["suffix"]:
            person = PersonName(person.family, person.given, titled["suffix"].strip(" ,"))
        surname = person.family if person else name
        return Party(
            as_written=as_written,
            office=office,
            surname=surname,
            person=person,
            basis="heading" if person else "unresolved",
        )
    surname = None
    paren = re.search(r"\s*\(([^()]+)\)\s*$", body)
    if paren:
        surname = " ".join(paren[1].split())
        body = body[: paren.start()].strip(" ,")
    else:
        honorific = _HONORIFIC_RE.match(body)
        if honorific:
            return Party(
                as_written=as_written, office=honorific["office"], surname=honorific["name"]
            )
    country = None
    chief = _CHIEF_RE.match(body)
    if chief:
        body, country = chief["office"], re.sub(r"^the\s+", "", chief["country"])
        country = _TRAILER_RE.sub("", country).strip(" ,")
    return Party(as_written=as_written, office=body or None, country=country, surname=surname)


def _parties(text: str | None) -> tuple[Party, ...]:
    if not text:
        return ()
    parties: list[Party] = []
    for piece in _split_parties(text):
        plural = _plural_title(piece)
        parties += plural if plural else [parse_party(piece)]
    return tuple(parties)


def analyse_heading(heading: str, document_type: str | None = None) -> HeadingAnalysis:
    """Kind, writers and recipients from a heading's words.

    ``document_type`` is the source note's word for the document ("Telegram"); it
    gives the kind when the heading names none ("The Ambassador … to the Secretary").
    """
    text = clean_heading(heading)
    kind = None
    rest = text
    match = _KIND_RE.match(text)
    if match and (not match["rest"] or match["rest"][0] in " ,"):
        kind = _KINDS[match["kind"].lower()]
        rest = match["rest"].strip(" ,")
    kind = kind or normalise_kind(document_type)
    if kind == "editorial note":
        return HeadingAnalysis(kind)
    handed = re.match(r"^Handed to (?P<to>.+?) by (?P<by>.+)$", rest)
    if handed:
        return HeadingAnalysis(kind, _parties(handed["by"]), _parties(handed["to"]))
    if match and kind and rest:
        lead = re.match(r"^(?:From|by|of)\s+(?P<rest>.+)$", rest)
        if not lead:  # "Memorandum for the Files", "Bases of Discussion …": no parties
            return HeadingAnalysis(kind)
        rest = lead["rest"]
    elif match and not rest:
        return HeadingAnalysis(kind)
    elif not re.match(r"^(?:The\s|Mr\.|Mrs\.|Dr\.|Admiral\s|President\s|Chairman\s)", rest):
        return HeadingAnalysis(kind)  # agreements, press releases, "Preface"
    writers, recipients = _split_writer_recipient(rest)
    return HeadingAnalysis(kind, _parties(writers), _parties(recipients))
