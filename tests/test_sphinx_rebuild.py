"""Incremental builds: editing one page re-renders its notes and the project bibliography."""

from __future__ import annotations

import shutil
from pathlib import Path

from sphinx_build import ROOTS, TEI, bibliography, build, footnotes


def test_editing_one_page_rerenders_its_notes(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(ROOTS / "test-notes", src)
    data = ("-D", f"fru_cite_data_dir={TEI}")
    build(src, tmp_path, "html", 1, *data)
    page = tmp_path / "html" / "moscow.html"
    assert footnotes(page)[0].endswith(
        "1963), 686, https://history.state.gov/historicaldocuments/frus1943v01/d620."
    )
    before_index = bibliography(tmp_path / "html" / "index.html")

    source = src / "moscow.rst"
    text = source.read_text(encoding="utf-8")
    text = text.replace(
        ":frus:`frus1943v01-d620, p. 686`\nThe", ":frus:`frus1943v01-d620, p. 685`\nThe", 1
    )
    text = text.replace(":frus:`frus1941v07-d5, p. 4 n. 10a`", ":frus:`frus1961-63v06-d1`")
    source.write_text(text, encoding="utf-8")
    result = build(src, tmp_path, "html", 1, *data)

    # moscow was edited; index is re-read because its :all: bibliography depends on it
    assert "0 added, 2 changed, 0 removed" in result.stdout
    read = {line.split()[-1] for line in result.stdout.splitlines() if "reading sources" in line}
    assert read == {"index", "moscow"}
    notes = footnotes(page)
    assert notes[0].endswith(
        "1963), 685, https://history.state.gov/historicaldocuments/frus1943v01/d620."
    )
    assert notes[1] == "Ibid., 686n50a."
    assert notes[4].startswith("Nikita S. Khrushchev to John F. Kennedy, message")
    # The :all: bibliography of index.rst now lists the newly cited document too.
    after_index = bibliography(tmp_path / "html" / "index.html")
    assert len(after_index) == len(before_index) + 1
    assert any("frus1961-63v06/d1." in entry for entry in after_index)
