"""``fru-cite show`` and ``find`` run as a user runs them: the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SCRIPT = shutil.which("fru-cite")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [SCRIPT] if SCRIPT else [sys.executable, "-m", "fru_cite"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, check=False, env=env, timeout=120
    )


def test_show_json_of_the_bundled_sample():
    result = run("show", "frus1943v01-d620", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["key"] == "frus1943v01-d620"
    assert data["url"] == "https://history.state.gov/historicaldocuments/frus1943v01/d620"
    volume = data["volume"]
    assert volume["id"] == "frus1943v01"
    assert volume["subseries_title"] == (
        "Foreign Relations of the United States: Diplomatic Papers, 1943"
    )
    assert volume["volume_number"] == 1
    assert volume["volume_title"] == "General"
    assert [e["name"] for e in volume["editors"]] == ["William M. Franklin", "E. R. Perkins"]
    assert volume["year"] == 1963
    assert volume["prints_document_numbers"] is False
    document = data["document"]
    assert document["id"] == "d620"
    assert document["number"] is None
    assert document["heading"] == "Memorandum of Conversation, by the Secretary of State"
    assert document["date"] == "1943-10-30"
    assert document["date_inferred"] is True
    assert document["source_note"] == "740.0011 Moscow/10–3043"
    assert (document["first_page"], document["last_page"]) == ("685", "687")
    [note] = document["footnotes"]
    assert (note["label"], note["page"]) == ("50a", "686")
    assert note["text"].startswith("The message was a promise “to get in and help")
    [writer] = document["writers"]
    assert (writer["given"], writer["family"]) == ("Cordell", "Hull")
    assert writer["as_written"].lower().endswith("secretary of state")


@pytest.mark.parametrize(
    "spelling",
    [
        "frus1943v01d620",
        "frus1943v01/d620",
        "https://history.state.gov/historicaldocuments/frus1943v01/d620",
    ],
)
def test_show_accepts_every_key_spelling(spelling):
    result = run("show", spelling, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["key"] == "frus1943v01-d620"


def test_show_human_readable():
    result = run("show", "frus1943v01-d620")
    assert result.returncode == 0, result.stderr
    assert "Pages:     685–687" in result.stdout
    assert "Note 50a (p. 686)" in result.stdout


def test_show_tei_file_with_doc_and_data_dir():
    tei = DATA / "tei" / "frus1961-63v06.xml"
    by_file = run("show", str(tei), "--doc", "d2", "--json")
    assert by_file.returncode == 0, by_file.stderr
    by_key = run("--data-dir", str(tei.parent), "show", "frus1961-63v06-d2", "--json")
    assert by_key.returncode == 0, by_key.stderr
    assert json.loads(by_file.stdout) == json.loads(by_key.stdout)
    document = json.loads(by_key.stdout)["document"]
    assert document["number"] == "2"
    assert document["date"] == "1960-11-10"


def test_show_page_text_file_with_id():
    page = DATA / "pages" / "frus1943v01-d620.txt"
    result = run("show", str(page), "--id", "frus1943v01-d620", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["footnotes"][0]["label"] == "50a"


def test_find_across_a_page_break_and_in_a_footnote():
    across = run("find", "frus1943v01-d620", "the soundness of that view", "--json")
    assert across.returncode == 0, across.stderr
    assert json.loads(across.stdout) == {"page": "686", "end_page": "687", "footnote": None}
    note = run("find", "frus1943v01-d620", "to get in and help to defeat the enemy", "--json")
    assert json.loads(note.stdout) == {"page": "686", "end_page": None, "footnote": "50a"}
    plain = run("find", "frus1943v01-d620", "the soundness of that view")
    assert plain.stdout.strip() == "frus1943v01-d620, p. 686–87"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("show", "frus1943v01-d9999"), "frus1943v01"),
        (("show", "nonsense"), "frus1943v01-d620"),
        (("show", "frus1899v99-d1"), "frus"),
        (("show", "missing-file.xml"), "missing-file.xml"),
        (("show", str(DATA / "tei" / "frus1961-63v06.xml")), "--doc"),
        (("show", str(DATA / "tei" / "frus1961-63v06.xml"), "--doc", "d9999"), "d9999"),
        (("find", "frus1943v01-d620", "words Hull never wrote"), "words Hull never wrote"),
        (("--data-dir", "/no/such/folder", "show", "frus1943v01-d620"), "/no/such/folder"),
    ],
)
def test_bad_input_is_one_line_exit_2(args, needle):
    result = run(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert needle in lines[0]


def test_version_and_module_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "fru_cite", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "fru-cite" in result.stdout
