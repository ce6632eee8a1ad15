"""Running a real Sphinx build of a fixture project and reading its footnotes back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import html as lxml_html

ROOTS = Path(__file__).parent / "roots"
TEI = Path(__file__).parent / "data" / "tei"


def build(
    srcdir: Path, outdir: Path, builder: str = "html", jobs: int = 1, *extra: str
) -> subprocess.CompletedProcess[str]:
    """``python -m sphinx`` as a user runs it; fails the test on a crash."""
    # --no-color: CI sets variables that make Sphinx colour its log, which tests read.
    command = [sys.executable, "-m", "sphinx", "--no-color", "-b", builder, "-j", str(jobs)]
    command += ["-d"]
    command += [str(outdir / ".doctrees"), *extra, str(srcdir), str(outdir / builder)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def footnotes(page: Path) -> list[str]:
    """The footnote texts of an HTML page, in order, whitespace normalised."""
    tree = lxml_html.parse(str(page))
    notes = tree.xpath('//aside[contains(@class, "footnote") and @role="doc-footnote"]/p')
    return [" ".join(note.text_content().split()) for note in notes]


def footnote_markup(page: Path) -> list[str]:
    tree = lxml_html.parse(str(page))
    notes = tree.xpath('//aside[contains(@class, "footnote") and @role="doc-footnote"]/p')
    return [lxml_html.tostring(note, encoding="unicode") for note in notes]


def bibliography(page: Path) -> list[str]:
    tree = lxml_html.parse(str(page))
    entries = tree.xpath('//div[contains(@class, "frus-bibliography")]/p')
    return [" ".join(entry.text_content().split()) for entry in entries]


def plain(note: str) -> str:
    """A note of citing-frus.md or of render_notes(fmt="text"): italics markers dropped."""
    return " ".join(note.replace("*", "").split())
