"""What ``export`` reads: whole volumes, lists of keys, page texts, keys and volume ids.

Each source yields documents one at a time, or a ``Failure`` naming the key and
the reason, so one bad document never stops a bulk export. Documents are kept
without their running text (exporters need only the record), which keeps a
whole-corpus export's memory flat.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import FruCiteError, InputError
from .fetch import cached_volume
from .keys import VOLUME_ID_PATTERN, looks_like_key, parse_key
from .model import Document
from .sources import document_from_key, document_from_page_text, iter_volume, volume_file


@dataclass(frozen=True)
class Failure:
    """A document (or a whole source) that could not be read, and why."""

    what: str
    reason: str


def slim(document: Document) -> Document:
    """The document without its running text: all an exporter reads, a fraction of the memory."""
    return dataclasses.replace(document, text="", page_breaks=())


def _key_lines(lines: Sequence[str]) -> list[str] | None:
    keys = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if keys and all(looks_like_key(key) for key in keys):
        return keys
    return None


def _from_keys(keys: Sequence[str], data_dirs: Sequence[Path]) -> Iterator[Document | Failure]:
    for key in keys:
        try:
            yield slim(document_from_key(parse_key(key), data_dirs))
        except FruCiteError as error:
            yield Failure(key, str(error))


def _from_volume(path: Path) -> Iterator[Document | Failure]:
    try:
        for document in iter_volume(path):
            yield slim(document)
    except FruCiteError as error:  # a truncated or broken volume: what was read stands
        yield Failure(str(path), str(error))


def _volume_path(volume_id: str, data_dirs: Sequence[Path]) -> Path | None:
    return volume_file(volume_id, data_dirs) or cached_volume(volume_id)


def read_sources(
    sources: Sequence[str], data_dirs: Sequence[Path] = ()
) -> Iterator[Document | Failure]:
    """Every document the command line's SOURCE arguments name, in order."""
    for source in sources:
        if source == "-":
            yield from _from_keys(sys.stdin.read().splitlines(), data_dirs)
            continue
        path = Path(source)
        if path.is_file():
            if path.suffix.lower() == ".xml":
                yield from _from_volume(path)
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            keys = _key_lines(text.splitlines())
            if keys is not None:
                yield from _from_keys(keys, data_dirs)
                continue
            try:
                yield slim(document_from_page_text(path, None))
            except FruCiteError as error:
                yield Failure(source, str(error))
            continue
        if re.fullmatch(VOLUME_ID_PATTERN, source):
            volume = _volume_path(source, data_dirs)
            if volume is None:
                raise InputError(
                    f"no TEI for volume {source} is available",
                    source=source,
                    fix=f"run 'fru-cite fetch {source}' or pass its folder with --data-dir",
                )
            yield from _from_volume(volume)
            continue
        if looks_like_key(source):
            yield from _from_keys([source], data_dirs)
            continue
        raise InputError(
            "not a file, citation key or volume id",
            source=source,
            fix="give TEI volume files, files of keys (one per line), page-text files, "
            "keys such as frus1943v01-d620, volume ids, or - for keys on stdin",
        )
