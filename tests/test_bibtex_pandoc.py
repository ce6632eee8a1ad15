"""BibTeX and BibLaTeX exports read by a real pandoc: no warnings, no re-cased titles."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from fru_cite.exporters.bibtex import dateline, write_entries
from fru_cite.sources import iter_volume, sample_document

pypandoc = pytest.importorskip("pypandoc")
TEI = Path(__file__).parent / "data" / "tei"
VOLUMES = ["frus1894Nicaragua", "frus1941v07", "frus1961-63v06"]


def pandoc_reads(text: str, dialect: str, tmp_path: Path) -> list[dict]:
    source = tmp_path / f"refs.{dialect}.bib"
    source.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [pypandoc.get_pandoc_path(), "-f", dialect, "-t", "csljson", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr  # pandoc warns on anything it cannot read
    return json.loads(done.stdout)


@pytest.mark.parametrize("dialect", ["biblatex", "bibtex"])
@pytest.mark.parametrize("volume", VOLUMES)
def test_every_entry_reads_back_through_pandoc(volume, dialect, tmp_path):
    documents = list(iter_volume(TEI / f"{volume}.xml"))
    items = {
        item["id"]: item
        for item in pandoc_reads(write_entries(documents, dialect), dialect, tmp_path)
    }
    assert len(items) == len(documents)
    for document in documents:
        item = items[document.key]
        addon = dateline(document) if dialect == "biblatex" else None
        title = f"{document.heading}. {addon}" if addon else document.heading
        # pandoc sentence-cases English titles: protected words must come back as written.
        assert item["title"] == title, document.key
        assert (
            item["page"]
            == f"{document.first_page}-{document.last_page}".replace(
                f"{document.first_page}-{document.first_page}", document.first_page
            )
            or item["page"] == document.first_page
        )
        assert item["publisher"] == document.volume.cited_publisher
        writers = [p.person for p in document.writers if p.person]
        assert [a["family"] for a in item.get("author", [])] == [w.family for w in writers]


def test_the_sample_reads_back_with_its_file_number(tmp_path):
    [item] = pandoc_reads(write_entries([sample_document()], "biblatex"), "biblatex", tmp_path)
    assert (
        item["title"] == "Memorandum of Conversation, by the Secretary of State. [October 30, 1943]"
    )
    assert item["container-title"] == (
        "Foreign Relations of the United States: Diplomatic Papers, 1943"
    )
    assert item["volume-title"] == "General"
    assert item["note"] == "740.0011 Moscow/10–3043"
