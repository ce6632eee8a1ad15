"""The README's minimal Sphinx example (docs/examples/sphinx) builds to the documented notes."""

from __future__ import annotations

from pathlib import Path

from sphinx_build import bibliography, build, footnotes

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "sphinx"


def test_sphinx_example_builds(tmp_path: Path) -> None:
    build(EXAMPLE, tmp_path, "html")
    page = tmp_path / "html" / "index.html"
    notes = footnotes(page)
    assert notes[0].startswith("Cordell Hull, memorandum of conversation, [October 30, 1943], in")
    assert notes[1] == "Ibid., 686n50a."
    assert bibliography(page)[0].startswith("Hull, Cordell. Memorandum of conversation")
