"""Whole parsed TEI volumes from tests/data, for tests that read heads with lxml directly."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

TEI_DIR = Path(__file__).parent / "data" / "tei"
T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@cache
def volume_tree(name: str) -> etree._ElementTree:
    """One corpus volume, parsed once per test run (safely: no entities, no network)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.parse(str(TEI_DIR / f"{name}.xml"), parser)


def document_div(name: str, doc_id: str) -> etree._Element:
    """The ``div`` of one document, read straight from the XML."""
    (div,) = volume_tree(name).getroot().iterfind(f".//{T}div[@{XML_ID}='{doc_id}']")
    return div
