"""The sample document built by hand from its copied page text, for locator and quote tests.

Independent of fru_cite's own page-text reader on purpose: the "[Page N]" markers
and the "50a" cue are found here with plain string searches, so the tests of
locators and pinpointing do not rest on the reader they are meant to check against.
"""

from __future__ import annotations

from pathlib import Path

from fru_cite.model import Document, Footnote, PageBreak, Volume

PAGES = Path(__file__).parent / "data" / "pages"


def sample_volume(**changes) -> Volume:
    fields = {
        "id": "frus1943v01",
        "series_title": "Foreign Relations of the United States: Diplomatic Papers",
        "subseries_title": "Foreign Relations of the United States: Diplomatic Papers, 1943",
        "volume_title": "General",
        "volume_number_printed": "Volume I",
        "volume_number": 1,
        "year": 1963,
        "prints_document_numbers": False,
    }
    fields.update(changes)
    return Volume(**fields)


def sample_by_hand() -> Document:
    raw = (PAGES / "frus1943v01-d620.txt").read_text(encoding="utf-8")
    lines = raw.split("\n")
    assert lines[0] == "740.0011 Moscow/10–3043"
    assert lines[2] == "Memorandum of Conversation, by the Secretary of State"
    body, _, notes = "\n".join(lines[4:]).partition("\n\n  1. ")
    body = body.replace("[Page 686]\n\n", "[Page 686]")  # the marker stands alone
    breaks = []
    for page in ("686", "687"):
        marker = f"[Page {page}]"
        at = body.index(marker)
        body = body[:at] + body[at + len(marker) :].lstrip(" ")
        breaks.append(PageBreak(page, at))
    cue = body.index("here.50a") + len("here.")
    body = body[:cue] + body[cue + len("50a") :]
    breaks = [PageBreak(pb.page, pb.offset - 3 if pb.offset > cue else pb.offset) for pb in breaks]
    note = Footnote(label="50a", page="686", text=notes.strip(), cue_offsets=(cue,))
    return Document(
        volume=sample_volume(),
        id="d620",
        heading=lines[2],
        first_page="685",
        last_page="687",
        text=body.strip(),
        page_breaks=tuple(breaks),
        footnotes=(note,),
    )
