"""Citation sequences the Chicago tests share: the sample and documents of every TEI volume."""

from __future__ import annotations

import itertools
from pathlib import Path

from fru_cite.model import Citation, Document, Locator
from fru_cite.sources import iter_volume, sample_document

TEI = Path(__file__).parent / "data" / "tei"


def sample() -> Document:
    return sample_document()


def sample_sequence() -> list[Citation]:
    """Page, same page (ibid), next page (ibid with locator), range, note, whole document."""
    doc = sample()
    return [
        Citation(doc, Locator(page="686")),
        Citation(doc, Locator(page="686")),
        Citation(doc, Locator(page="687")),
        Citation(doc, Locator(page="685", end_page="687")),
        Citation(doc, Locator(page="686", note="50a")),
        Citation(doc, Locator(page="686", note="50a")),
        Citation(doc),
    ]


def volume_documents(count: int = 3) -> dict[str, list[Document]]:
    """The first documents of each TEI volume in tests/data, resolved to people."""
    found: dict[str, list[Document]] = {}
    for path in sorted(TEI.glob("*.xml")):
        found[path.stem] = list(itertools.islice(iter_volume(path), count))
    return found


def volume_sequence(documents: list[Document]) -> list[Citation]:
    """Whole documents, then a page pinpoint twice (ibid) and a range, interleaved."""
    citations: list[Citation] = []
    for document in documents:
        citations.append(Citation(document))
    for document in documents:
        first, last = document.first_page, document.last_page
        citations += [
            Citation(document, Locator(page=first)),
            Citation(document, Locator(page=first)),
        ]
        if last != first:
            citations.append(Citation(document, Locator(page=first, end_page=last)))
        notes = [fn for fn in document.footnotes if fn.page]
        if notes:
            citations.append(Citation(document, Locator(page=notes[0].page, note=notes[0].label)))
    return citations
