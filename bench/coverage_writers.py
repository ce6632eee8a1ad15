"""How many documents of each volume get a resolved writer, and how many stay as written.

Usage: python bench/coverage_writers.py [--lxml] [TEI files…]  (default: tests/data/tei/*.xml)

For every document: "resolved" when at least one writer was resolved to a person
(pocom, the persons list, the presidents table or a full name in the heading);
"as written" when the heading names writers but none could be resolved (foreign
officials, institutions, acting secretaries pocom does not record); "no writer"
when the heading names none (editorial notes, agreements, memoranda for the files).
Documents come from fru_cite.tei_reader when it is present, else (or with --lxml)
from a plain lxml walk of the document heads, which also sees ``corresp`` links.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from fru_cite.people import resolve_party
from fru_cite.tei_heads import analyse_tei_head, read_persons_list

ROOT = Path(__file__).resolve().parent.parent
T = "{http://www.tei-c.org/ns/1.0}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _writers_via_reader(path: Path, persons) -> Iterator[tuple]:
    from fru_cite.people import resolve_document
    from fru_cite.tei_reader import iter_documents

    for document in iter_documents(path):
        yield resolve_document(document, persons).writers


def _writers_via_lxml(tree: etree._ElementTree, persons) -> Iterator[tuple]:
    for div in tree.iter(f"{T}div"):
        if div.get("subtype") not in ("historical-document", "editorial-note"):
            continue
        day = until = None
        for date in div.iter(f"{T}date"):
            if date.get("when"):
                day = date.get("when")[:10]
                break
            if date.get("notBefore") and date.get("notAfter"):
                day, until = date.get("notBefore")[:10], date.get("notAfter")[:10]
                break
        analysis = analyse_tei_head(div.find(f"{T}head"), persons)
        yield tuple(resolve_party(p, day, persons, until=until) for p in analysis.writers)


def coverage(path: Path, *, walk: bool = False) -> Counter:
    tree = etree.parse(str(path), _PARSER)
    persons = read_persons_list(tree)
    try:
        if walk:
            raise ImportError("walk the heads with lxml")
        writers_of = list(_writers_via_reader(path, persons))
    except ImportError:
        writers_of = list(_writers_via_lxml(tree, persons))
    counts: Counter = Counter()
    for writers in writers_of:
        counts["documents"] += 1
        bases = [w.basis for w in writers]
        if not writers:
            counts["no writer"] += 1
        elif any(b != "unresolved" for b in bases):
            counts["resolved"] += 1
            for basis in set(bases) - {"unresolved"}:
                counts[f"by {basis}"] += 1
        else:
            counts["as written"] += 1
    return counts


def main(argv: list[str]) -> int:
    walk = "--lxml" in argv
    args = [a for a in argv[1:] if a != "--lxml"]
    paths = [Path(a) for a in args] or sorted((ROOT / "tests" / "data" / "tei").glob("*.xml"))
    print(f"{'volume':24} {'docs':>5} {'resolved':>9} {'as written':>11} {'no writer':>10}  bases")
    for path in paths:
        c = coverage(path, walk=walk)
        n = c["documents"]

        def share(key: str, n: int = n, c: Counter = c) -> str:
            return f"{100 * c[key] / n:.1f}%" if n else "–"

        bases = ", ".join(f"{k[3:]} {v}" for k, v in sorted(c.items()) if k.startswith("by "))
        print(
            f"{path.stem:24} {n:>5} {share('resolved'):>9} {share('as written'):>11} "
            f"{share('no writer'):>10}  {bases}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
