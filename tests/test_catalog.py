"""The bundled catalog: the Office's records for volumes, and the script that builds it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fru_cite.catalog import load_catalog
from fru_cite.errors import UnknownDocumentError
from fru_cite.model import Medium, PersonName

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
BUNDLED = ROOT / "src" / "fru_cite" / "data" / "catalog.json"
CORPUS_TEI = ["frus1894Nicaragua", "frus1941v07", "frus1958-60v05mSupp", "frus1961-63v06"]


def test_every_record_is_in_the_catalog() -> None:
    records = sorted(path.stem for path in (DATA / "bibliography").glob("*.xml"))
    assert len(records) == 8
    assert list(load_catalog().ids) == records
    assert load_catalog() is load_catalog()


def test_frus1943v01_the_sample_volume() -> None:
    volume = load_catalog().get("frus1943v01")
    assert (
        volume.subseries_title == "Foreign Relations of the United States: Diplomatic Papers, 1943"
    )
    assert volume.series_title == "Foreign Relations of the United States: Diplomatic Papers"
    assert volume.volume_title == "General"
    assert (volume.volume_number_printed, volume.volume_number) == ("Volume I", 1)
    assert volume.editors == (
        PersonName(family="Franklin", given="William M."),
        PersonName(family="Perkins", given="E. R."),
    )
    assert volume.general_editor is None
    assert volume.year == 1963
    assert volume.prints_document_numbers is False
    assert volume.medium is Medium.PRINT
    assert volume.publisher == "United States Government Printing Office"
    assert volume.publisher_place == "Washington"


def test_frus1961_63v06_keeps_the_general_editor_apart() -> None:
    volume = load_catalog().get("frus1961-63v06")
    assert volume.editors == (PersonName(family="Sampson", given="Charles S."),)
    assert volume.general_editor == PersonName(family="LaFantasie", given="Glenn W.")
    assert volume.subseries_title == "Foreign Relations of the United States, 1961–1963"
    assert volume.volume_title == "Kennedy-Khrushchev Exchanges"
    assert volume.volume_number == 6
    assert volume.year == 1996
    assert volume.isbn == "9780160420184"  # not in the catalog record: from the TEI header
    assert volume.prints_document_numbers is True


def test_frus1958_60v05msupp_is_a_microfiche_supplement() -> None:
    volume = load_catalog().get("frus1958-60v05mSupp")
    assert volume.medium is Medium.MICROFICHE
    assert volume.volume_title == "American Republics"
    assert volume.volume_number == 5
    assert volume.editors == ()
    assert volume.year == 1991


def test_frus1969_76v01() -> None:
    volume = load_catalog().get("frus1969-76v01")
    assert volume.subseries_title == "Foreign Relations of the United States, 1969–1976"
    assert volume.volume_title == "Foundations of Foreign Policy, 1969–1972"
    assert volume.volume_number == 1
    assert [editor.display for editor in volume.editors] == ["Louis J. Smith", "David H. Herschler"]
    assert volume.general_editor == PersonName(family="Patterson", given="David S.")
    assert volume.year == 2003
    assert volume.prints_document_numbers is True


def test_frus1941v07_and_frus1894_titles() -> None:
    catalog = load_catalog()
    assert (
        catalog.get("frus1941v07").subseries_title
        == "Foreign Relations of the United States: Diplomatic Papers, 1941"
    )
    nicaragua = catalog.get("frus1894Nicaragua")
    assert nicaragua.subseries_title == "Foreign Relations of the United States, 1894"
    assert nicaragua.volume_title == "Nicaragua (Mosquito Territory)"
    assert nicaragua.volume_number is None
    assert nicaragua.year == 1895


def test_an_unknown_volume_names_the_nearest_ids() -> None:
    with pytest.raises(UnknownDocumentError) as error:
        load_catalog().get("frus1943v02")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("frus1943v02: ")
    nearest = message.split("(nearest: ")[1].split(")")[0].split(", ")
    assert len(nearest) == 3 and nearest[0] == "frus1943v01"
    assert "--data-dir" in message


def test_search() -> None:
    catalog = load_catalog()
    assert [v.id for v in catalog.search("Kennedy")] == ["frus1961-63v06"]
    assert [v.id for v in catalog.search("franklin 1943")] == [
        "frus1943CairoTehran",
        "frus1943v01",
    ]
    assert [v.id for v in catalog.search("microfiche")] == ["frus1958-60v05mSupp"]
    assert catalog.search("") == []


def test_the_bundled_catalog_is_what_the_script_builds(tmp_path: Path) -> None:
    tei = tmp_path / "tei"
    tei.mkdir()
    for name in CORPUS_TEI:
        shutil.copy(DATA / "tei" / f"{name}.xml", tei)
    output = tmp_path / "catalog.json"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_catalog.py"),
            "--bibliography",
            str(DATA / "bibliography"),
            "--tei",
            str(tei),
            "--output",
            str(output),
        ],
        check=True,
        capture_output=True,
    )
    assert output.read_text(encoding="utf-8") == BUNDLED.read_text(encoding="utf-8")
