"""Splitting personal names as the Office prints them into given, family and suffix.

Names come given-first from volume headers ("William M. Franklin") and
family-first from persons lists ("Khrushchev, Nikita S."). A suffix such as
"Jr." is never taken for a family name, the fault the site's own CSL-JSON has.
"""

from __future__ import annotations

import re

from .model import PersonName

_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "v"}
_PARTICLES = {"van", "von", "de", "del", "della", "da", "du", "la", "le", "der", "den", "ter"}


def _is_suffix(token: str) -> bool:
    return token.strip(",").lower() in _SUFFIXES


def parse_name(text: str) -> PersonName:
    """Split one personal name, given-first or family-first (with a comma)."""
    clean = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;")
    if not clean:
        raise ValueError("empty name")
    parts = [part.strip() for part in clean.split(",") if part.strip()]
    suffix = ""
    if len(parts) > 1 and _is_suffix(parts[-1]):
        suffix = parts.pop()
    if len(parts) == 2:  # "Khrushchev, Nikita S." or "Smith, Jr., John" handled above
        family, given = parts
        return PersonName(family=family, given=given, suffix=suffix)
    tokens = " ".join(parts).split()
    if len(tokens) > 1 and _is_suffix(tokens[-1]):
        suffix = suffix or tokens.pop()
    if len(tokens) == 1:
        return PersonName(family=tokens[0], suffix=suffix)
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    given = " ".join(tokens[:start])
    family = " ".join(tokens[start:])
    return PersonName(family=family, given=given, suffix=suffix)


def split_names(text: str) -> tuple[PersonName, ...]:
    """Split "William M. Franklin and E. R. Perkins" into names."""
    pieces = re.split(r"\s*(?:;|\band\b|&)\s*", text)
    return tuple(parse_name(piece) for piece in pieces if piece.strip())
