"""Real pandoc (the pypandoc-binary wheel's) on the same citations through both paths.

(a) ``fru-cite export --format csljson`` + ``pandoc --citeproc --csl … --bibliography``;
(b) ``pandoc --filter fru-cite-pandoc --citeproc``, no bibliography file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from fru_cite.exporters.chicago import STYLES_DIR, render_notes
from fru_cite.keys import parse_key
from fru_cite.locators import parse_locator, resolve_locator
from fru_cite.model import Citation
from fru_cite.sources import document_from_key

pypandoc = pytest.importorskip("pypandoc")
pytest.importorskip("panflute")

FIXTURE = Path(__file__).parent / "roots" / "pandoc-notes"
TEI = Path(__file__).parent / "data" / "tei"
PANDOC = pypandoc.get_pandoc_path()
FILTER = [sys.executable, "-m", "fru_cite.pandoc_filter"]
CITED = [  # the fixture's citations, in order
    ("frus1943v01-d620", "p. 686"),
    ("frus1943v01-d620", "686n50a"),
    ("frus1943v01-d620", "n. 50a"),
    ("frus1943v01-d620", "p. 687"),
    ("frus1961-63v06-d6", "doc. 6"),
    ("frus1941v07-d1", "p. 1 n. 2"),
    ("frus1943v01-d620", "p. 686"),
]


def _citation(key: str, locator: str) -> Citation:
    document = document_from_key(parse_key(key), (TEI,))
    return Citation(document, resolve_locator(parse_locator(locator), document))


def expected() -> list[str]:
    return [
        " ".join(n.replace("*", "").split()) for n in render_notes([_citation(*c) for c in CITED])
    ]


def filter_script(tmp_path: Path) -> str:
    """The filter as pandoc runs it: an executable on the path (the console script's code)."""
    script = tmp_path / "fru-cite-pandoc"
    script.write_text(
        f"#!{sys.executable}\nfrom fru_cite.pandoc_filter import main\nmain()\n", encoding="utf-8"
    )
    script.chmod(0o755)
    return str(script)


def pandoc(*args: str, cwd: Path = FIXTURE, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "FRU_CITE_DATA"}
    result = subprocess.run(
        [PANDOC, *args], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def plain_notes(output: str) -> list[str]:
    notes = re.findall(r"^\[(\d+)\] (.*?)(?=\n\n|\Z)", output, flags=re.M | re.S)
    return [" ".join(text.split()) for _, text in notes]


def html_notes(output: str) -> list[str]:
    tree = lxml_html.fromstring(output)
    items = tree.xpath('//section[@id="footnotes"]//li | //aside[@id="footnotes"]//li')
    for item in items:
        for back in item.xpath('.//a[contains(@class, "footnote-back")]'):
            back.drop_tree()
    return [" ".join(item.text_content().split()) for item in items]


def test_filter_plain_notes_equal_the_chicago_exporters(tmp_path: Path) -> None:
    result = pandoc(
        "notes.md", "--filter", filter_script(tmp_path), "--citeproc", "-t", "plain", "--wrap=none"
    )
    assert plain_notes(result.stdout) == expected()


def test_filter_html_notes_equal_the_chicago_exporters(tmp_path: Path) -> None:
    result = pandoc("notes.md", "--filter", filter_script(tmp_path), "--citeproc", "-t", "html")
    assert html_notes(result.stdout) == expected()
    assert "<em>General</em>" in result.stdout


def test_filter_rewrites_locators_and_adds_references(tmp_path: Path) -> None:
    ast = pandoc("notes.md", "-t", "json").stdout
    env = {**os.environ, "FRU_CITE_DATA": ""}
    done = subprocess.run(
        [*FILTER, "html"],
        input=ast,
        capture_output=True,
        text=True,
        cwd=FIXTURE,
        env=env,
        check=True,
    )
    import json

    doc = json.loads(done.stdout)
    refs = doc["meta"]["references"]["c"]
    ids = [ref["c"]["id"]["c"] for ref in refs]
    assert ids == ["frus1943v01-d620", "frus1961-63v06-d6", "frus1941v07-d1"]
    assert doc["meta"]["csl"]["c"] == str(STYLES_DIR / "frus-chicago-notes.csl")
    cites = [b for b in json.dumps(doc["blocks"]).split('"citationSuffix": ')[1:]]
    third = json.loads(cites[2][: cites[2].index("]") + 1])
    assert [part.get("c") for part in third] == [",", None, "{686n50a}"]  # "n. 50a" resolved


def test_bibliography_file_path_keeps_the_note_in_ibid(tmp_path: Path) -> None:
    refs = tmp_path / "refs.json"
    keys = sorted({key for key, _ in CITED})
    subprocess.run(
        [
            sys.executable,
            "-m",
            "fru_cite",
            "--data-dir",
            str(TEI),
            "export",
            *keys,
            "--format",
            "csljson",
            "-o",
            str(refs),
            "-q",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    csl = str(STYLES_DIR / "frus-chicago-notes.csl")
    for fmt, read in (("plain", plain_notes), ("html", html_notes)):
        args = [
            "notes-bibfile.md",
            "--citeproc",
            "--csl",
            csl,
            "--bibliography",
            str(refs),
            "-t",
            fmt,
            "--wrap=none",
        ]
        notes = read(pandoc(*args).stdout)
        # The exported CSL-JSON marks the inferred date circa, which the style brackets:
        # this path gives exactly the Chicago exporter's notes.
        assert notes == expected()
        assert notes[1:4] == ["Ibid., 686n50a.", "Ibid.", "Ibid., 687."]


def test_bad_locator_is_one_line_naming_key_and_place(tmp_path: Path) -> None:
    result = pandoc(
        "bad-locator.md",
        "--filter",
        filter_script(tmp_path),
        "--citeproc",
        "-t",
        "plain",
        check=False,
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("fru-cite-pandoc:")]
    assert len(lines) == 1
    assert "frus1943v01-d620" in lines[0] and "p. 999" in lines[0] and "685–687" in lines[0]
    assert "[@frus1943v01-d620, p. 999]" in lines[0]


def test_unknown_key_is_one_line(tmp_path: Path) -> None:
    result = pandoc(
        "unknown-key.md",
        "--filter",
        filter_script(tmp_path),
        "--citeproc",
        "-t",
        "plain",
        check=False,
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("fru-cite-pandoc:")]
    assert len(lines) == 1 and "d99999" in lines[0] and "[@frus1941v07-d99999, p. 4]" in lines[0]


def test_missing_data_folder_is_one_line(tmp_path: Path) -> None:
    result = pandoc(
        "missing-folder.md", "--filter", filter_script(tmp_path), "-t", "plain", check=False
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith("fru-cite-pandoc:")]
    assert len(lines) == 1 and "no-such-folder" in lines[0]


def test_incompatible_pandoc_api_is_refused() -> None:
    old = '{"pandoc-api-version":[1,17,5,4],"meta":{},"blocks":[]}'
    result = subprocess.run(
        [*FILTER, "html"], input=old, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "pandoc API version 1.17.5.4 is not supported" in result.stderr


def test_pandoc_binary_speaks_a_supported_api() -> None:
    from fru_cite.pandoc_filter import SUPPORTED_API

    ast = pandoc("notes-bibfile.md", "-t", "json").stdout
    import json

    assert tuple(json.loads(ast)["pandoc-api-version"][:2]) in SUPPORTED_API
