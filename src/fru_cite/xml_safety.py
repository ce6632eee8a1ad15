"""Reading TEI files without trusting them: no entities, no DTDs, no network.

A TEI volume is someone else's file. Before lxml sees it, its prolog is checked
for a DOCTYPE that declares entities or points at an external DTD (the vectors
of XXE and of "billion laughs" entity bombs); the parser itself then runs with
entity resolution, DTD loading and network access off. Every failure becomes a
one-line ``TEIError`` naming the file and, where known, the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from .errors import InputError, TEIError

TEI_NS = "http://www.tei-c.org/ns/1.0"
FRUS_NS = "http://history.state.gov/frus/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# The settings every parse of a TEI file uses (COMMON.md: lxml, no entities, no DTD).
PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}
_PROLOG_LIMIT = 64 * 1024
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_EXTERNAL_ID = re.compile(rb"<!DOCTYPE\s+[^\s>\[]+\s+(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)
_FIX_HOSTILE = "use the Office's TEI file as published, which has no DOCTYPE"


def safe_parser() -> etree.XMLParser:
    """An lxml parser with the safe settings, for parsing whole small files."""
    return etree.XMLParser(**PARSER_OPTIONS)


def check_file(path: str | Path) -> Path:
    """The path as a Path, or an InputError if there is no readable file there."""
    file = Path(path)
    if not file.exists():
        raise InputError(
            "no such file", source=str(file), fix="check the path or the --data-dir folder"
        )
    if not file.is_file():
        raise InputError("not a file", source=str(file), fix="give the path of a TEI .xml file")
    return file


def check_prolog(file: Path) -> None:
    """Refuse a DOCTYPE that declares entities or names an external DTD, before parsing."""
    with file.open("rb") as stream:
        head = stream.read(_PROLOG_LIMIT)
    doctype = head.find(b"<!DOCTYPE")
    if doctype < 0:
        return
    root = _ROOT_START.search(head, doctype + 2)
    prolog = head if root is None else head[: root.start()]
    if b"<!ENTITY" in prolog:
        raise TEIError(
            "the DOCTYPE declares entities (possible XXE or entity bomb); refused",
            source=str(file),
            place=_line_of(head, doctype),
            fix=_FIX_HOSTILE,
        )
    if _EXTERNAL_ID.search(prolog):
        raise TEIError(
            "the DOCTYPE names an external DTD; refused",
            source=str(file),
            place=_line_of(head, doctype),
            fix=_FIX_HOSTILE,
        )
    if root is None:
        raise TEIError(
            f"the DOCTYPE runs past the first {_PROLOG_LIMIT // 1024} KB; refused",
            source=str(file),
            place=_line_of(head, doctype),
            fix=_FIX_HOSTILE,
        )


def _line_of(data: bytes, index: int) -> str:
    line = data.count(b"\n", 0, index) + 1
    return f"line {line}"


def tei_events(
    path: str | Path, events: tuple[str, ...], tags: Iterable[str]
) -> Iterator[tuple[str, etree._Element]]:
    """Stream ``(event, element)`` pairs of a TEI file with the safe settings.

    Checks the file, its prolog and that the root is a TEI P5 ``TEI`` element;
    syntax errors (a truncated file) surface as one-line TEIErrors with the line.
    """
    file = check_file(path)
    check_prolog(file)
    context = etree.iterparse(str(file), events=events, tag=list(tags), **PARSER_OPTIONS)
    checked = False
    try:
        for event, element in context:
            if not checked:
                _check_root(file, element.getroottree().getroot())
                checked = True
            yield event, element
        if not checked:
            _check_root(file, context.root)
    except etree.XMLSyntaxError as error:
        line = getattr(error, "lineno", None) or (error.position[0] if error.position else 0)
        message = " ".join(str(error.msg or error).split())
        message = re.sub(r",? line \d+, column \d+.*$", "", message)
        raise TEIError(
            f"not well-formed XML ({message})",
            source=str(file),
            place=f"line {line}" if line else None,
            fix="the file may be truncated or damaged; download it again",
        ) from None


def _check_root(file: Path, root: etree._Element | None) -> None:
    if root is None or root.tag != f"{{{TEI_NS}}}TEI":
        found = "nothing" if root is None else f"<{etree.QName(root).localname}>"
        raise TEIError(
            f"not a TEI file: the root element is {found}, not TEI in the TEI P5 namespace",
            source=str(file),
            place="line 1",
            fix="give a FRUS volume file from the Office of the Historian (HistoryAtState/frus)",
        )
    tree = root.getroottree()
    info = tree.docinfo
    dtd = info.internalDTD
    if (dtd is not None and list(dtd.iterentities())) or info.system_url or info.public_id:
        raise TEIError(
            "the DOCTYPE declares entities or an external DTD; refused",
            source=str(file),
            place="prolog",
            fix=_FIX_HOSTILE,
        )
