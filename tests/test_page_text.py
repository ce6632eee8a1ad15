"""Reading the sample page text (FRUS 1943 vol. I doc. 620) and broken copies of it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from fru_cite.catalog import load_catalog
from fru_cite.errors import PageTextError
from fru_cite.footnote_cues import clean_paragraph
from fru_cite.keys import Key
from fru_cite.model import DatePrecision, DateState, Document, DocumentKind
from fru_cite.page_text import read_page_text
from fru_cite.sample import SAMPLE_KEY, load_sample, sample_text

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "pages" / "frus1943v01-d620.txt"
KEY = Key("frus1943v01", "d620")
NOTE_50A = (
    "The message was a promise “to get in and help to defeat the enemy in the Far East after "
    "German defeat.” See two telegrams of November 2, 1943, from the Secretary of State to "
    "President Roosevelt, Foreign Relations, The Conferences at Cairo and Tehran, 1943, p. 147."
)
TEI = "{http://www.tei-c.org/ns/1.0}"


def read(text: str, key: Key | None = KEY) -> Document:
    volume = load_catalog().get("frus1943v01")
    return read_page_text(text, key=key, volume=volume, source="d620.txt")


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(text: str) -> Document:
    return read(text)


def test_identity_and_heading(doc: Document) -> None:
    assert doc.key == "frus1943v01-d620"
    assert doc.id == "d620"
    assert doc.heading == "Memorandum of Conversation, by the Secretary of State"
    assert doc.kind is DocumentKind.DOCUMENT
    assert doc.number is None  # the 1943 volumes print no document numbers
    assert [party.as_written for party in doc.writers] == ["the Secretary of State"]
    assert doc.recipients == ()


def test_source_note_and_file_number(doc: Document) -> None:
    assert doc.source_note is not None
    assert doc.source_note.text == "740.0011 Moscow/10–3043"
    assert doc.source_note.file_number == "740.0011 Moscow/10–3043"


def test_date_inferred_from_the_file_number(doc: Document) -> None:
    assert doc.date.state is DateState.INFERRED
    assert doc.date.iso == "1943-10-30"
    assert doc.date.precision is DatePrecision.DAY
    assert doc.date.inferred_from == "file number 740.0011 Moscow/10–3043"
    assert doc.place is None  # the copy has no dateline


def test_pages_685_to_687(doc: Document) -> None:
    assert (doc.first_page, doc.last_page) == ("685", "687")
    assert doc.pages == ("685", "686", "687")
    assert [pb.page for pb in doc.page_breaks] == ["686", "687"]


def test_page_breaks_stand_where_the_markers_stood(doc: Document) -> None:
    own_line, inline = doc.page_breaks
    assert doc.text[own_line.offset :].startswith("I inferred that either he or his advisers")
    assert doc.text[: own_line.offset].endswith("seemed to be final in his mind.\n\n")
    assert doc.text[inline.offset :].startswith("view by again pointing out")
    assert doc.text[: inline.offset].endswith("I emphasized the soundness of that ")


def test_text_has_paragraphs_and_no_markers_or_cues(doc: Document) -> None:
    assert doc.text.startswith("I sat at the right of Marshal Stalin")
    assert doc.text.endswith("This he subscribed to very heartily.")
    assert len(doc.text.split("\n\n")) == 7
    assert "[Page" not in doc.text
    assert "here.50a" not in doc.text
    assert "without inserting them here.\n\nWe had some general exchange" in doc.text


def test_quote_across_pages_686_and_687(doc: Document) -> None:
    quote = (
        "I emphasized the soundness of that view by again pointing out that isolation had "
        "almost ruined my country and his."
    )
    start = doc.text.index(quote)
    assert doc.page_at(start) == "686"
    assert doc.page_at(start + len(quote) - 1) == "687"


def test_footnote_50a_on_page_686(doc: Document) -> None:
    (note,) = doc.footnotes
    assert note.label == "50a"  # the cue's label, not the list's "1."
    assert note.page == "686"
    assert note.text == NOTE_50A
    assert doc.footnotes_labelled("50a") == (note,)
    assert doc.footnotes_labelled("1") == ()
    (cue,) = note.cue_offsets
    assert doc.text[:cue].endswith("without inserting them here.")


def test_the_bundled_sample_is_the_copied_page(text: str) -> None:
    assert sample_text() == text
    assert SAMPLE_KEY == "frus1943v01-d620"
    sample = load_sample()
    assert sample.key == SAMPLE_KEY
    assert sample.text == read(text).text
    assert sample.footnotes == read(text).footnotes
    assert sample.volume == load_catalog().get("frus1943v01")


def test_id_from_a_history_state_gov_url_in_the_text(text: str) -> None:
    url = "https://history.state.gov/historicaldocuments/frus1943v01/d620"
    doc = read(f"{url}\n\n{text}", key=None)
    assert doc.key == "frus1943v01-d620"
    assert doc.text == read(text).text


def test_a_copy_opening_with_its_page_marker_starts_on_that_page(text: str) -> None:
    doc = read("[Page 685]\n\n" + text)
    assert (doc.first_page, doc.last_page) == ("685", "687")
    assert [pb.page for pb in doc.page_breaks] == ["686", "687"]


def test_windows_line_endings_read_alike(text: str) -> None:
    doc = read(text.replace("\n", "\r\n"))
    assert doc.text == read(text).text
    assert doc.footnotes == read(text).footnotes


def one_line(error: pytest.ExceptionInfo[PageTextError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("d620.txt: ")
    return message


def test_no_markers_is_an_error(text: str) -> None:
    bare = re.sub(r"\s*\[Page \d+\]", "", text)
    with pytest.raises(PageTextError) as error:
        read(bare)
    message = one_line(error)
    assert "cannot be known" in message
    assert "[Page N]" in message and "TEI" in message


def test_a_missing_footnote_is_a_mismatch(text: str) -> None:
    cut = text[: text.index("  1. The message")]
    with pytest.raises(PageTextError) as error:
        read(cut)
    assert "1 footnote cues in the text but 0 footnotes" in one_line(error)


def test_an_extra_footnote_is_a_mismatch(text: str) -> None:
    with pytest.raises(PageTextError) as error:
        read(text + "\n  2. Not printed.\n")
    assert "1 footnote cues in the text but 2 footnotes" in one_line(error)


def test_no_id_is_an_error_that_says_how_to_give_it(text: str) -> None:
    with pytest.raises(PageTextError) as error:
        read(text, key=None)
    assert "--id frus1943v01-d620" in one_line(error)


def test_a_key_from_another_volume_is_refused(text: str) -> None:
    with pytest.raises(PageTextError) as error:
        read(text, key=Key("frus1941v07", "d620"))
    assert "frus1941v07-d620" in one_line(error)


def test_empty_text_is_an_error() -> None:
    with pytest.raises(PageTextError):
        read("")
    with pytest.raises(PageTextError):
        read("740.0011 Moscow/10–3043\n\nMemorandum of Conversation, by the Secretary of State\n")


@pytest.mark.parametrize(
    ("line", "labels", "words"),
    [
        ("inserting them here.50a", ["50a"], "inserting them here."),
        ("a loan of $6,000,000,51 was", ["51"], "a loan of $6,000,000, was"),  # tei-notes.md
        (
            "See two telegrams of November 2, 1943, from the Secretary of State, p. 147.",
            [],
            "See two telegrams of November 2, 1943, from the Secretary of State, p. 147.",
        ),
        ("the soundness of that [Page 687] view", [], "the soundness of that view"),
    ],
)
def test_cues_and_numbers(line: str, labels: list[str], words: str) -> None:
    cleaned, _, cues = clean_paragraph(line)
    assert [cue.label for cue in cues] == labels
    assert cleaned == words


def _as_the_site_shows(element: etree._Element, labels: list[str]) -> str:
    """A TEI paragraph as copied from the site: note → its label, pb → [Page N]."""
    out = [element.text or ""]
    for child in element:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "note":
            labels.append(child.get("n") or "")
            out.append("\x00" + (child.get("n") or ""))
        elif name == "pb":
            out.append(f"[Page {child.get('n')}]")
        elif name:
            out.append(_as_the_site_shows(child, labels))
        out.append(child.tail or "")
    return "".join(out)


@pytest.mark.parametrize("volume", ["frus1941v07", "frus1894Nicaragua", "frus1961-63v06"])
def test_cues_of_real_paragraphs(volume: str) -> None:
    """Every TEI paragraph rendered as the site shows it: cues found are the notes' @n.

    A cue glued to a letter or punctuation is found exactly; one glued to digits
    ("194130)") or standing after a space cannot be told from the text's numbers,
    but is never invented: no number of the text is taken for a cue.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(str(DATA / "tei" / f"{volume}.xml"), parser)
    exact = wrong = ambiguous = invented = 0
    for paragraph in tree.iter(f"{TEI}p"):
        where = {etree.QName(a).localname for a in paragraph.iterancestors()}
        if where & {"note", "teiHeader", "front"}:
            continue
        labels: list[str] = []
        shown = " ".join(_as_the_site_shows(paragraph, labels).split())
        if not all(label[:1].isdigit() for label in labels):
            continue  # "*", "†": symbols, not numbers
        _, _, cues = clean_paragraph(shown.replace("\x00", ""))
        found = [cue.label for cue in cues]
        remaining = iter(labels)
        invented += not all(label in remaining for label in found)
        glued_to = [shown[m.start() - 1 : m.start()] for m in re.finditer("\x00", shown)]
        if not all(re.fullmatch(r"[^\d\s]", char) for char in glued_to):
            ambiguous += 1
        elif found == labels:
            exact += 1
        else:
            wrong += 1
    assert invented == 0
    assert wrong <= 1  # 1941v07: "Wilson of U–L19" reads as a designation like "B29"
    assert exact > 1000


def test_a_dateline_in_the_copy_is_read_as_printed(text: str) -> None:
    heading = "Memorandum of Conversation, by the Secretary of State\n"
    doc = read(text.replace(heading, heading + "\n[Moscow,] October 30, 1943.\n"))
    assert doc.date.state is DateState.DATED
    assert doc.date.iso == "1943-10-30"
    assert doc.place == "Moscow"
    assert doc.text == read(text).text
