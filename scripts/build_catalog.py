"""Regenerate src/fru_cite/data/catalog.json from the Office's records.

Reads the Office's bibliographic records (``<volume id=…>``) and the teiHeaders of
TEI volumes (only the header: the parser stops there), prefers the catalog
record's values and fills its gaps (publisher, place, ISBN) from the header.
The output keeps the records' own words; fru_cite.volumes decides printed forms
when the catalog is loaded, so both readers share one rule.

    python scripts/build_catalog.py [--bibliography DIR] [--tei DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
TEI = "{http://www.tei-c.org/ns/1.0}"
FIELDS = (
    "complete_title", "series", "subseries", "volume_title", "volume_number",
    "editors", "general_editor", "publisher", "publisher_place", "year", "isbn", "medium",
)  # fmt: skip


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _first(root: etree._Element, path: str) -> str:
    for element in root.iterfind(path):
        value = _clean("".join(element.itertext()))
        if value:
            return value
    return ""


def _titles(root: etree._Element, ns: str) -> dict[str, str]:
    """Titles by type, accepting both spellings the Office uses."""
    found: dict[str, str] = {}
    for element in root.iter(f"{ns}title"):
        kind = (element.get("type") or "").replace("-", "")
        value = _clean("".join(element.itertext()))
        if kind and value and kind not in found:
            found[kind] = value
    return {
        "complete_title": found.get("complete", ""),
        "series": found.get("series", ""),
        "subseries": found.get("subseries", ""),
        "volume_title": found.get("volume", ""),
        "volume_number": found.get("volumenumber", ""),
    }


def _editors(root: etree._Element, ns: str) -> tuple[list[str], str]:
    editors: list[str] = []
    general = ""
    for element in root.iter(f"{ns}editor"):
        name = _clean("".join(element.itertext()))
        if not name:
            continue
        if element.get("role") == "general":
            general = general or name
        else:
            editors.append(name)
    return editors, general


def _year(text: str) -> int | None:
    digits = text[:4]
    return int(digits) if len(digits) == 4 and digits.isdigit() else None


def read_bibliography(path: Path) -> tuple[str, dict]:
    """One catalog record: ``<volume id="frus1943v01">`` with titles, editors, year."""
    root = etree.parse(str(path), _parser()).getroot()
    volume_id = root.get("id") or path.stem
    editors, general = _editors(root, "")
    media = root.find("media")
    record = {
        **_titles(root, ""),
        "editors": editors,
        "general_editor": general,
        "year": _year(_first(root, "published-year")),
        "isbn": _first(root, "isbn13") or _first(root, "isbn10"),
        "medium": _clean(media.get("type")) if media is not None else "",
    }
    return volume_id, record


def read_tei_header(path: Path) -> tuple[str, dict] | None:
    """The teiHeader of a TEI volume, read without parsing the volume's text."""
    header = None
    volume_id = ""
    context = etree.iterparse(
        str(path), events=("start", "end"), resolve_entities=False, no_network=True,
        load_dtd=False, remove_comments=True,
    )  # fmt: skip
    for event, element in context:
        if event == "start" and element.tag == f"{TEI}TEI":
            volume_id = element.get("{http://www.w3.org/XML/1998/namespace}id") or ""
        if event == "end" and element.tag == f"{TEI}teiHeader":
            header = element
            break
    if header is None:
        return None
    volume_id = _first(header, f".//{TEI}idno[@type='frus']") or volume_id
    if not volume_id:
        return None
    editors, general = _editors(header, TEI)
    medium = ""
    for keywords in header.iter(f"{TEI}keywords"):
        if keywords.get("scheme") == "#frus-media-type":
            medium = _first(keywords, f"{TEI}term")
    record = {
        **_titles(header.find(f".//{TEI}titleStmt"), TEI),
        "editors": editors,
        "general_editor": general,
        "publisher": _first(header, f".//{TEI}publicationStmt/{TEI}publisher"),
        "publisher_place": _first(header, f".//{TEI}publicationStmt/{TEI}pubPlace"),
        "year": _year(_first(header, f".//{TEI}date[@type='publication-date']")),
        "isbn": _first(header, f".//{TEI}idno[@type='isbn-13']")
        or _first(header, f".//{TEI}idno[@type='isbn-10']"),
        "medium": medium,
    }
    return volume_id, record


def merge(catalog: dict | None, tei: dict | None) -> dict:
    """Catalog values first, the header's where the catalog is silent.

    Series and sub-series go together: the catalog writes "…: Diplomatic Papers, 1943"
    as one sub-series, the header splits it; mixing the two would double the year.
    """
    catalog, tei = catalog or {}, tei or {}
    titled = catalog if (catalog.get("series") or catalog.get("subseries")) else tei
    merged = {}
    for name in FIELDS:
        if name in ("series", "subseries"):
            value = titled.get(name)
        else:
            value = catalog.get(name) or tei.get(name)
        if value:
            merged[name] = value
    return merged


def build(bibliography: Path, tei: Path) -> dict[str, dict]:
    records: dict[str, dict] = {}
    headers: dict[str, dict] = {}
    for path in sorted(bibliography.glob("*.xml")):
        volume_id, record = read_bibliography(path)
        records[volume_id] = record
    for path in sorted(tei.glob("*.xml")) if tei.is_dir() else ():
        try:
            found = read_tei_header(path)
        except etree.XMLSyntaxError as error:
            print(f"{path}: skipped, not a readable TEI volume ({error})", file=sys.stderr)
            continue
        if found is None:
            print(f"{path}: skipped, no FRUS volume id in its teiHeader", file=sys.stderr)
            continue
        headers[found[0]] = found[1]
    return {
        volume_id: merge(records.get(volume_id), headers.get(volume_id))
        for volume_id in sorted(set(records) | set(headers))
    }


def dump(volumes: dict[str, dict]) -> str:
    """Compact JSON, one volume a line, so a regenerated catalog diffs by volume."""
    compact = {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":")}
    lines = [
        f"{json.dumps(volume_id)}:{json.dumps(record, **compact)}"
        for volume_id, record in volumes.items()
    ]
    return '{"format":1,"volumes":{\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bibliography", type=Path, default=SHARED / "bibliography")
    parser.add_argument("--tei", type=Path, default=SHARED / "tei")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "src" / "fru_cite" / "data" / "catalog.json"
    )
    args = parser.parse_args(argv)
    if not args.bibliography.is_dir():
        parser.error(f"{args.bibliography}: no such folder of catalog records")
    volumes = build(args.bibliography, args.tei)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dump(volumes), encoding="utf-8")
    print(f"{args.output}: {len(volumes)} volumes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
