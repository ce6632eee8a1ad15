"""BibLaTeX exports read by biber, the program biblatex itself uses (skipped without it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest

from fru_cite.exporters.bibtex import write_entries
from fru_cite.sources import iter_volume, sample_document

BIBER = shutil.which("biber")
TEI = Path(__file__).parent / "data" / "tei"
pytestmark = pytest.mark.skipif(BIBER is None, reason="biber is not installed")


def corpus_documents():
    documents = [sample_document()]
    for path in sorted(TEI.glob("*.xml")):
        documents.extend(iter_volume(path))
    return documents


def biber_tool(source: Path, *options: str) -> tuple[str, Path]:
    """Run ``biber --tool`` (read a .bib, write it back) and return its log and output."""
    output = source.with_suffix(".biber.bib")
    done = subprocess.run(
        [BIBER, "--tool", *options, f"--output-file={output}", str(source)],
        capture_output=True,
        text=True,
        check=False,
        cwd=source.parent,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr, output


def fields_by_key(text: str) -> dict[str, dict[str, str]]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return {
        entry.key: {field.key.lower(): field.value for field in entry.fields}
        for entry in library.entries
    }


def test_biber_reads_every_entry_without_a_warning_and_keeps_every_field(tmp_path):
    documents = corpus_documents()
    source = tmp_path / "corpus.bib"
    source.write_text(write_entries(documents, "biblatex"), encoding="utf-8")
    log, output = biber_tool(source)
    assert not re.findall(r"^(?:WARN|ERROR) .*$", log, re.M)
    ours = fields_by_key(source.read_text(encoding="utf-8"))
    theirs = fields_by_key(output.read_text(encoding="utf-8"))
    assert len(ours) == len(documents)
    assert theirs == ours


def test_the_datamodel_only_misses_what_the_record_does_not_have(tmp_path):
    """Strict validation flags only authors nobody resolved and editors no title page names."""
    documents = corpus_documents()
    source = tmp_path / "corpus.bib"
    source.write_text(write_entries(documents, "biblatex"), encoding="utf-8")
    log, _ = biber_tool(source, "--validate-datamodel")
    flagged = set(re.findall(r"Entry '([^']+)' .*Missing mandatory field '(\w+)'", log))
    expected = set()
    for document in documents:
        if not any(party.person for party in document.writers):
            expected.add((document.key, "author"))
        if not document.volume.editors:
            expected.add((document.key, "editor"))
    assert flagged == expected
    others = [
        line for line in log.splitlines() if line.startswith("WARN") and "Missing" not in line
    ]
    assert others == []
