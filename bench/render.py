"""Benchmark: Chicago notes (full and short) for every document of each corpus volume.

Three renderers on the same CSL-JSON, in one run, as ratios:
  fru_cite        the style parsed once, each volume's notes rendered in one pass
  naive           citeproc-py as its README shows it, per item: parse style, build, cite
  citeproc-js     the reference processor through node (tests/citeproc_js/render.js)
Outputs are compared: fru_cite must equal citeproc-js note for note; naive
citeproc-py's differences (its known faults) are counted.

    python bench/render.py [tests/data/tei/*.xml]
"""

from __future__ import annotations

import shutil
import sys
import time
import warnings
from pathlib import Path

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

from fru_cite.exporters.chicago import NoteRequest, note_request, render_request
from fru_cite.exporters.csl_notes import load_style, to_text
from fru_cite.model import Citation as FrusCitation
from fru_cite.sources import iter_volume

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the citeproc-js runner the tests use

from citeproc_js.runner import citeproc_js, installed  # noqa: E402


def naive(request: NoteRequest) -> list[str]:
    """Per item: a new style, source and bibliography, one citation (full notes only)."""
    notes = []
    for cluster in request.clusters:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            style = CitationStylesStyle(str(request.style), validate=False)
            item = next(i for i in request.items if i["id"] == cluster[0]["id"])
            bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.html)
        citation = Citation([CitationItem(cluster[0]["id"])])
        bibliography.register(citation)
        notes.append(to_text(str(bibliography.cite(citation, lambda _: None))))
    return notes


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main(paths: list[Path]) -> int:
    has_node = shutil.which("node") is not None and installed()
    volumes = []
    for path in paths:
        documents = list(iter_volume(path))
        if documents:
            citations = [FrusCitation(d) for d in documents]
            volumes.append(
                (path.stem, [note_request(citations, f, None) for f in ("full", "short")])
            )
    # Naive citeproc-py first, before fru_cite's mends are installed in this process.
    naive_runs = {name: timed(naive, requests[0]) for name, requests in volumes}
    load_style(volumes[0][1][0].style)  # parsing the style once is setup, as for a build
    print(
        f"{'volume':20} {'notes':>6} {'fru_cite ms/note':>17} {'naive ms/note':>14} "
        f"{'js ms/note':>11} {'naive ×':>8} {'js ×':>6} {'= js':>10} {'naive ≠':>8}"
    )
    mismatched = 0
    for name, requests in volumes:
        ours_time, ours = 0.0, []
        for request in requests:
            seconds, notes = timed(render_request, request)
            ours_time += seconds
            ours += notes
        count = len(ours)
        naive_seconds, naive_notes = naive_runs[name]
        naive_per_note = naive_seconds / len(naive_notes)  # short notes cost the same per item
        js_per_note, js_ratio, same = float("nan"), float("nan"), "-"
        if has_node:
            js_time, js_notes = 0.0, []
            for request in requests:
                seconds, notes = timed(citeproc_js, request)
                js_time += seconds
                js_notes += notes
            js_per_note = js_time / count
            js_ratio = js_time / ours_time
            equal = sum(a == b for a, b in zip(ours, js_notes, strict=True))
            mismatched += count - equal
            same = f"{equal}/{count}"
        naive_diff = sum(a != b for a, b in zip(ours, naive_notes, strict=False))
        per_note = ours_time / count
        print(
            f"{name:20} {count:6} {1000 * per_note:17.2f} {1000 * naive_per_note:14.2f} "
            f"{1000 * js_per_note:11.2f} {naive_per_note / per_note:8.1f} {js_ratio:6.1f} "
            f"{same:>10} {naive_diff:8}"
        )
    return 1 if mismatched else 0


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or sorted(
        (ROOT / "tests" / "data" / "tei").glob("*.xml")
    )
    sys.exit(main(args))
