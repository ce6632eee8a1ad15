"""Finding the document and checking the pinpoint of one ``:frus:`` citation.

Documents are read once per process and data folders (a volume's TEI is large and a
book cites the same documents many times); each parallel worker keeps its own cache.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..keys import parse_key
from ..locators import parse_locator, resolve_locator
from ..model import Citation, Document
from ..sources import document_from_key, volume_file


def split_role_text(text: str) -> tuple[str, str]:
    """``"frus1943v01-d620, p. 686 n. 50a"`` → key and locator text (empty: whole document).

    A locator in pandoc's braces (``{686n50a}``) is taken as written inside them.
    """
    key, _, locator = text.partition(",")
    locator = " ".join(locator.split())
    if locator.startswith("{") and locator.endswith("}"):
        locator = locator[1:-1].strip()
    return " ".join(key.split()), locator


@lru_cache(maxsize=1024)
def find_document(key: str, data_dirs: tuple[Path, ...]) -> Document:
    """The document a key names, resolved as the command line resolves it."""
    return document_from_key(parse_key(key), data_dirs)


def find_citation(key: str, locator: str, data_dirs: tuple[Path, ...]) -> Citation:
    """The citation with its locator resolved; raises the FruCiteError a bad part earns."""
    document = find_document(key, data_dirs)
    if not locator:
        return Citation(document)
    return Citation(document, resolve_locator(parse_locator(locator), document))


def tei_file(key: str, data_dirs: tuple[Path, ...]) -> Path | None:
    """The TEI volume a key is read from, so a change to it rebuilds the citing pages."""
    return volume_file(parse_key(key).volume_id, data_dirs)
