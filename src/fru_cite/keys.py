"""Citation keys and history.state.gov URLs: ``frus1943v01-d620`` and its spellings."""

from __future__ import annotations

import re
from typing import NamedTuple

from .errors import KeyFormatError

VOLUME_ID_PATTERN = r"frus\d{4}(?:-\d{2,4})?[A-Za-z0-9]*"
_URL = re.compile(
    r"^https?://history\.state\.gov/historicaldocuments/(?P<vol>frus[\w-]+)"
    r"(?:/(?P<doc>[\w-]+))?/?(?:[?#].*)?$"
)
# Documents are "d620" almost everywhere; a few early pieces carry names
# ("message-of-the-president" in 1894), which need a separator to be read.
_KEY = re.compile(
    rf"^(?P<vol>{VOLUME_ID_PATTERN}?)(?:[-/](?P<named>[A-Za-z][\w-]*)|(?P<doc>d\d+[a-z]?))$"
)
_PAGE_ANCHOR = re.compile(r"^pg_\w+$")


class Key(NamedTuple):
    volume_id: str
    document_id: str

    def __str__(self) -> str:
        return f"{self.volume_id}-{self.document_id}"


def parse_key(text: str) -> Key:
    """Read a key in any spelling the Office's users write it.

    Accepts ``frus1943v01-d620``, ``frus1943v01d620``, ``frus1943v01/d620`` and
    ``https://history.state.gov/historicaldocuments/frus1943v01/d620``.
    """
    value = text.strip()
    url = _URL.match(value)
    if url:
        if not url.group("doc") or _PAGE_ANCHOR.match(url.group("doc")):
            raise KeyFormatError(
                "the URL names a volume or page, not a document",
                source=value,
                fix="use a document URL such as "
                "https://history.state.gov/historicaldocuments/frus1943v01/d620 "
                "or a key such as frus1943v01-d620",
            )
        return Key(url.group("vol"), url.group("doc"))
    match = _KEY.match(value)
    if not match:
        raise KeyFormatError(
            "not a FRUS citation key",
            source=value,
            fix="write it as <volume-id>-<document-id>, e.g. frus1943v01-d620, "
            "or give a history.state.gov document URL",
        )
    document_id = match.group("named") or match.group("doc")
    if _PAGE_ANCHOR.match(document_id):
        raise KeyFormatError(
            "a page anchor is not a document",
            source=value,
            fix="cite the document and give the page with --at, e.g. frus1943v01-d620 --at 686",
        )
    return Key(match.group("vol"), document_id)


def looks_like_key(text: str) -> bool:
    try:
        parse_key(text)
    except KeyFormatError:
        return False
    return True


def find_document_url(text: str) -> Key | None:
    """The first history.state.gov document URL in a text, if any."""
    for match in re.finditer(r"https?://history\.state\.gov/historicaldocuments/\S+", text):
        candidate = match.group(0).rstrip(".,;)>\"'")
        try:
            return parse_key(candidate)
        except KeyFormatError:
            continue
    return None
