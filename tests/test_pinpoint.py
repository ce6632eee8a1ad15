"""Finding a quotation's page in the sample document (frus1943v01-d620, pages 685–687)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pinpoint_sample import sample_by_hand

from fru_cite.errors import QuoteNotFoundError
from fru_cite.locators import chicago_locator
from fru_cite.pinpoint import find_quote, find_quotes
from fru_cite.sample import load_sample
from fru_cite.tei_reader import read_document

TEI = Path(__file__).parent / "data" / "tei"


@pytest.fixture(scope="module", params=["built-by-hand", "load_sample"])
def sample(request):
    """The sample as these tests build it from the page text, and as fru_cite loads it."""
    return sample_by_hand() if request.param == "built-by-hand" else load_sample()


def test_quote_on_the_last_page(sample):
    where = find_quote(sample, "isolation had almost ruined my country")
    assert (where.page, where.end_page, where.footnote) == ("687", None, None)
    assert where.pages == "687"


def test_quote_running_across_a_page_break(sample):
    # "...the soundness of that [Page 687] view by again pointing out..."
    where = find_quote(sample, "the soundness of that view")
    assert (where.page, where.end_page) == ("686", "687")
    assert where.pages == "686–87"
    assert chicago_locator(where.locator) == "686–87"


def test_quote_ending_just_before_a_break_stays_on_its_page(sample):
    where = find_quote(sample, "the soundness of that")
    assert (where.page, where.end_page) == ("686", None)
    assert find_quote(sample, "view by again pointing out").page == "687"
    assert find_quote(sample, "I inferred that either he").page == "686"
    assert find_quote(sample, "the conclusion reached by him seemed to be final").page == "685"


def test_quote_in_the_editors_footnote(sample):
    where = find_quote(sample, "to get in and help to defeat the enemy")
    assert where.footnote is not None
    assert (where.footnote.label, where.page) == ("50a", "686")
    assert chicago_locator(where.locator) == "686n50a"
    assert where.footnote.text[where.start : where.end] == "to get in and help to defeat the enemy"


@pytest.mark.parametrize(
    ("quote", "page"),
    [
        ("members of the Tri-partite Conference", "685"),  # as printed
        ("members of the Tripartite Conference", "685"),  # hyphen dropped
        ("members of the Tri-\npartite Conference", "685"),  # broken across a line
        ("members of the Tri- partite\n  Conference", "685"),
        ('"You have had a successful conference."', "685"),  # straight for curly quotes
        ("cooperation--military, political, economic", "685"),  # -- for an em dash
        ("cooperation - military, political", "685"),
        ("cooperation—military", "685"),
        ("as to Mr. Molotov's going", "686"),  # straight apostrophe for ’
        ("I inferred that either he\nor his advisers", "686"),
        ("a  mistake\tmade here and there", "687"),
        ('to get in and help to defeat the enemy in the Far East after German defeat."', "686"),
    ],
)
def test_tolerant_of_how_a_quotation_was_typed(sample, quote, page):
    assert find_quote(sample, quote).page == page


def test_quotation_marks_around_the_whole_quote_are_ignored(sample):
    where = find_quote(sample, "“isolation had almost ruined my country”")
    assert where.page == "687"
    assert sample.text[where.start : where.end] == "isolation had almost ruined my country"


def test_case_counts_first_then_is_ignored(sample):
    exact = find_quote(sample, "Tri-partite Conference")
    assert exact.exact_case
    folded = find_quote(sample, "TRIPARTITE CONFERENCE which came to a close today")
    assert not folded.exact_case and folded.page == "685"


def test_an_ellipsis_stands_for_omitted_words(sample):
    where = find_quote(sample, "He said that his country … had almost ruined my country")
    assert (where.page, where.end_page) == ("686", "687")


def test_every_occurrence_is_counted(sample):
    # "Marshal Stalin" stands once on 685 (the dinner) and three times on 686.
    found = find_quotes(sample, "Marshal Stalin")
    assert [f.page for f in found] == ["685", "686", "686", "686"]
    assert find_quote(sample, "Marshal Stalin").occurrences == 4
    assert find_quote(sample, "Marshal Stalin").page == "685"


def test_a_footnote_cue_left_in_the_text_does_not_hide_a_quote(sample):
    # A reader may keep the cue as the page shows it: "without inserting them here.50a".
    cue = sample.footnotes[0].cue_offsets[0]
    text = sample.text[:cue] + "50a" + sample.text[cue:]
    breaks = tuple(
        dataclasses.replace(pb, offset=pb.offset + 3) if pb.offset > cue else pb
        for pb in sample.page_breaks
    )
    with_cue = dataclasses.replace(sample, text=text, page_breaks=breaks)
    assert find_quote(with_cue, "inserting them here. We had some general").page == "686"
    assert find_quote(with_cue, "the soundness of that view").pages == "686–87"


@pytest.mark.parametrize("quote", ["isolation had entirely ruined my country", "", "   "])
def test_a_quote_not_in_the_document_is_one_line_error(sample, quote):
    with pytest.raises(QuoteNotFoundError) as caught:
        find_quote(sample, quote)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("frus1943v01-d620: ")
    assert caught.value.fix


# --- a TEI volume: frus1941v07 d31 (pages 35–38), values read from the XML ------------


@pytest.fixture(scope="module")
def colombia_d31():
    return read_document(TEI / "frus1941v07.xml", "d31")


@pytest.mark.parametrize(
    ("quote", "page", "end_page"),
    [
        # "...the Colombian people and Government <pb n="36"/>and himself as Foreign Minister"
        ("the Colombian people and Government and himself as Foreign Minister", "35", "36"),
        # "...they were thinking in terms <pb n="37"/>of millions when, in fact,"
        ("they were thinking in terms of millions", "36", "37"),
        ("of millions when, in fact, perhaps it should be hundreds", "37", None),
        # "...assistance and facilities of a military or economic <pb n="38"/>nature"
        ("of a military or economic\nnature we may grant to Colombia", "37", "38"),
    ],
)
def test_quotes_in_a_tei_document(colombia_d31, quote, page, end_page):
    where = find_quote(colombia_d31, quote)
    assert (where.page, where.end_page, where.footnote) == (page, end_page, None)


def test_quote_in_a_tei_footnote(colombia_d31):
    # <note n="61">For text, see Department of State Bulletin, December 20, 1941, p. 546.</note>
    # stands before <pb n="36"/>, so on page 35.
    where = find_quote(colombia_d31, "Department of State Bulletin, December 20, 1941")
    assert where.footnote is not None
    assert (where.footnote.label, where.page) == ("61", "35")
    assert chicago_locator(where.locator) == "35n61"
