"""fru_cite's Chicago notes against citeproc-js, the reference CSL processor (through node).

Both processors get the same style, locale, items and citation clusters
(chicago.note_request); both render HTML, normalised to the *italics* text form.
"""

from __future__ import annotations

import shutil

import pytest
from chicago_cases import sample_sequence, volume_documents, volume_sequence
from citeproc_js.runner import citeproc_js, installed

from fru_cite.exporters.chicago import note_request, render_request

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
    pytest.mark.skipif(
        not installed(),
        reason="citeproc-js is not installed: run `npm install` at the repository root",
    ),
]

STYLES = ("frus-chicago-notes", "frus-oh")
FORMS = ("full", "short", "bib", "note-itself")


def _compare(citations, form: str, style: str) -> None:
    request = note_request(citations, form, style)
    ours = render_request(request, "text")
    reference = citeproc_js(request)
    if request.bibliography:
        ours, reference = sorted(ours), sorted(reference)
    assert ours == reference


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("form", FORMS)
def test_sample_sequence_matches_citeproc_js(form: str, style: str) -> None:
    _compare(sample_sequence(), form, style)


VOLUMES = volume_documents()


@pytest.mark.parametrize("volume", sorted(v for v, docs in VOLUMES.items() if docs))
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("form", FORMS)
def test_corpus_volume_matches_citeproc_js(volume: str, form: str, style: str) -> None:
    _compare(volume_sequence(VOLUMES[volume]), form, style)


def test_long_sequence_across_render_windows_matches_citeproc_js() -> None:
    """More notes than one render window: ibid and short forms right at the window seams."""
    from fru_cite.exporters.csl_notes import WINDOW
    from fru_cite.model import Citation, Locator

    documents = VOLUMES["frus1941v07"]
    citations = []
    for index in range(2 * WINDOW + 5):
        document = documents[(index // 2) % len(documents)]
        citations.append(
            Citation(document, Locator(page=document.first_page) if index % 3 else None)
        )
    for form in ("full", "short"):
        _compare(citations, form, "frus-chicago-notes")
