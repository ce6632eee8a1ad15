"""fru_cite's Chicago notes against citeproc-js, the reference CSL processor (through node).

Both processors get the same style, locale, items and citation clusters
(chicago.note_request); both render HTML, normalised to the *italics* text form.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import citeproc
import pytest
from chicago_cases import sample_sequence, volume_documents, volume_sequence

from fru_cite.exporters.chicago import NoteRequest, note_request, render_request
from fru_cite.exporters.csl_notes import to_text

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "citeproc_js" / "render.js"
LOCALE = Path(citeproc.LOCALES_PATH) / "locales-en-US.xml"

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
    pytest.mark.skipif(
        not (ROOT / "node_modules" / "citeproc").is_dir(),
        reason="citeproc-js is not installed: run `npm install` at the repository root",
    ),
]

STYLES = ("frus-chicago-notes", "frus-oh")
FORMS = ("full", "short", "bib", "note-itself")


def citeproc_js(request: NoteRequest) -> list[str]:
    payload = {
        "style": str(request.style),
        "locale": str(LOCALE),
        "items": request.items,
        "clusters": request.clusters,
        "bibliography": request.bibliography,
        "format": "html",
    }
    done = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    out = json.loads(done.stdout)
    if request.bibliography:
        return [to_text(entry) for entry in out["bibliography"]]
    notes = [to_text(note) for note in out["notes"]]
    return notes if request.keep is None else [notes[i] for i in request.keep]


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
