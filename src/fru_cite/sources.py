"""Turning what a user names (a key, a URL, a TEI file, copied page text) into a Document.

Keys resolve against, in order: TEI volumes in the data folders the user named
(``--data-dir``, ``FRU_CITE_DATA``), the bundled sample, then volumes fetched
into the user cache. Volume data missing
from a TEI header (19th-century files leave titles empty) is filled from the catalog.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from .catalog import load_catalog
from .errors import InputError, PageTextError, UnknownDocumentError
from .fetch import cached_volume
from .keys import Key, find_document_url, parse_key
from .model import Document, PersonName, Volume
from .page_text import read_page_text
from .people import resolve_document
from .sample import SAMPLE_KEY, load_sample
from .tei_heads import read_persons_file
from .tei_reader import iter_documents, read_document, read_volume_header

DATA_ENV = "FRU_CITE_DATA"


def data_dirs_from(option: Sequence[str | Path] = ()) -> tuple[Path, ...]:
    """The data folders: those given on the command line, then ``FRU_CITE_DATA``."""
    dirs = [Path(entry) for entry in option]
    env = os.environ.get(DATA_ENV, "")
    dirs += [Path(entry) for entry in env.split(os.pathsep) if entry]
    for folder in dirs:
        if not folder.is_dir():
            raise InputError(
                "data folder does not exist",
                source=str(folder),
                fix=f"pass an existing folder of <volume-id>.xml TEI files to --data-dir "
                f"or {DATA_ENV}",
            )
    return tuple(dirs)


def volume_file(volume_id: str, data_dirs: Sequence[Path]) -> Path | None:
    for folder in data_dirs:
        candidate = folder / f"{volume_id}.xml"
        if candidate.is_file():
            return candidate
    return None


def complete_volume(volume: Volume) -> Volume:
    """Fill fields a TEI header leaves empty from the Office's catalog record."""
    catalog = load_catalog()
    if volume.id not in catalog.ids:
        return volume
    record = catalog.get(volume.id)
    filled = {
        field.name: getattr(record, field.name)
        for field in dataclasses.fields(volume)
        if getattr(volume, field.name) in (None, "", ()) and getattr(record, field.name)
    }
    return dataclasses.replace(volume, **filled) if filled else volume


def _finish(document: Document, persons: dict[str, PersonName] | None = None) -> Document:
    volume = complete_volume(document.volume)
    if volume is not document.volume:
        document = dataclasses.replace(document, volume=volume)
    return resolve_document(document, persons)


def sample_document() -> Document:
    """The bundled sample, FRUS 1943 vol. I doc. 620, with its writer resolved."""
    return _finish(load_sample())


def document_from_key(key: Key, data_dirs: Sequence[Path] = ()) -> Document:
    path = volume_file(key.volume_id, data_dirs)
    if path is not None:
        return document_from_tei(path, key.document_id)
    if str(key) == SAMPLE_KEY:
        return sample_document()
    fetched = cached_volume(key.volume_id)
    if fetched is not None:
        return document_from_tei(fetched, key.document_id)
    catalog = load_catalog()
    if key.volume_id not in catalog.ids:
        catalog.get(key.volume_id)  # raises with the nearest known ids
    where = ", ".join(str(folder) for folder in data_dirs) or "no data folder given"
    raise UnknownDocumentError(
        f"no TEI for volume {key.volume_id} is available ({where})",
        source=str(key),
        fix=f"run 'fru-cite fetch {key.volume_id}', or pass a folder holding "
        f"{key.volume_id}.xml with --data-dir or {DATA_ENV}",
    )


def document_from_tei(path: Path, document_id: str | None) -> Document:
    if not document_id:
        raise InputError(
            "a TEI volume holds many documents",
            source=str(path),
            fix="name one with --doc, e.g. --doc d620",
        )
    document = read_document(path, document_id.strip())  # carries its volume's header
    return _finish(document, read_persons_file(path))


def iter_volume(path: Path) -> Iterator[Document]:
    """Every document of a TEI volume, streamed, its volume completed and its parties resolved."""
    persons = read_persons_file(path)
    volume = complete_volume(read_volume_header(path))
    for document in iter_documents(path):
        yield resolve_document(dataclasses.replace(document, volume=volume), persons)


def document_from_page_text(path: Path, key_text: str | None) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            f"cannot read the file ({error.__class__.__name__})",
            source=str(path),
            fix="give a UTF-8 text file copied from a history.state.gov document page",
        ) from None
    key = parse_key(key_text) if key_text else find_document_url(text)
    if key is None:
        raise PageTextError(
            "the copied text does not say which document it is",
            source=str(path),
            fix="name it with --id, e.g. --id frus1943v01-d620",
        )
    volume = load_catalog().get(key.volume_id)
    return _finish(read_page_text(text, key=key, volume=volume, source=str(path)))


def open_document(
    source: str,
    *,
    document_id: str | None = None,
    key: str | None = None,
    data_dirs: Sequence[Path] = (),
) -> Document:
    """The document a command-line SOURCE names: key, URL, TEI file or page-text file."""
    path = Path(source)
    if path.is_file():
        if path.suffix.lower() == ".xml":
            return document_from_tei(path, document_id)
        return document_from_page_text(path, key)
    if source.lower().endswith((".xml", ".txt")):
        raise InputError(
            "no such file", source=source, fix="check the path, or give a citation key"
        )
    return document_from_key(parse_key(source), data_dirs)
