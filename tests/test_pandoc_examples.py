"""The README's minimal pandoc example (docs/examples/pandoc) through the filter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pypandoc = pytest.importorskip("pypandoc")
pytest.importorskip("panflute")

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "pandoc"


def test_pandoc_example_builds(tmp_path: Path) -> None:
    script = tmp_path / "fru-cite-pandoc"
    script.write_text(f"#!{sys.executable}\nfrom fru_cite.pandoc_filter import main\nmain()\n")
    script.chmod(0o755)
    command = [pypandoc.get_pandoc_path(), "paper.md", "--filter", str(script), "--citeproc"]
    result = subprocess.run(
        [*command, "-t", "plain", "--wrap=none"],
        cwd=EXAMPLE,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "[1] Cordell Hull, memorandum of conversation, [October 30, 1943], in" in result.stdout
    assert "[2] Ibid., 686n50a." in result.stdout
    assert "Hull, Cordell. Memorandum of conversation, [October 30, 1943]. In" in result.stdout
