"""Rendering a NoteRequest with citeproc-js (node + render.js), for tests and benchmarks.

The same style, locale, items and clusters fru_cite renders go to citeproc-js; its
HTML comes back normalised to the ``*italics*`` text form fru_cite prints.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import citeproc

from fru_cite.exporters.chicago import NoteRequest
from fru_cite.exporters.csl_notes import to_text

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = Path(__file__).resolve().parent / "render.js"
LOCALE = Path(citeproc.LOCALES_PATH) / "locales-en-US.xml"


def installed() -> bool:
    return (ROOT / "node_modules" / "citeproc").is_dir()


def citeproc_js(request: NoteRequest) -> list[str]:
    """Notes (or bibliography entries) as citeproc-js renders them."""
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
