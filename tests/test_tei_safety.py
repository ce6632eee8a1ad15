"""Hostile and broken input to the TEI reader: each a one-line error, never a hang.

The volumes are real corpus files; the attack payloads are the standard XXE and
"billion laughs" forms wrapped around the real 1961-63v06 header.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fru_cite.errors import InputError, TEIError
from fru_cite.tei_reader import count_volume, iter_documents, read_document, read_volume_header

DATA = Path(__file__).parent / "data"
REAL = DATA / "tei" / "frus1961-63v06.xml"


def _one_line(error: BaseException) -> str:
    message = str(error)
    assert message and "\n" not in message
    return message


def _with_doctype(tmp_path: Path, doctype: str, name: str) -> Path:
    body = REAL.read_text(encoding="utf-8")
    declaration, rest = body.split("\n", 1)
    rest = rest.replace("<teiHeader>", "<teiHeader>&boom;", 1) if "ENTITY boom" in doctype else rest
    path = tmp_path / name
    path.write_text(f"{declaration}\n{doctype}\n{rest}", encoding="utf-8")
    return path


def test_xxe_is_refused(tmp_path: Path) -> None:
    path = _with_doctype(
        tmp_path, '<!DOCTYPE TEI [<!ENTITY boom SYSTEM "file:///etc/passwd">]>', "xxe.xml"
    )
    with pytest.raises(TEIError) as caught:
        read_volume_header(path)
    message = _one_line(caught.value)
    assert "xxe.xml" in message and "entities" in message


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doctype = "<!DOCTYPE TEI [" + "".join(levels) + '<!ENTITY boom "&lol9;">]>'
    path = _with_doctype(tmp_path, doctype, "bomb.xml")
    with pytest.raises(TEIError) as caught:
        list(iter_documents(path))
    assert "bomb.xml" in _one_line(caught.value)


def test_external_dtd_is_refused(tmp_path: Path) -> None:
    path = _with_doctype(tmp_path, '<!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">', "dtd.xml")
    with pytest.raises(TEIError, match="external DTD"):
        count_volume(path)


def test_truncated_volume_names_file_and_line(tmp_path: Path) -> None:
    data = (DATA / "tei" / "frus1941v07.xml").read_bytes()
    path = tmp_path / "frus1941v07.xml"
    path.write_bytes(data[: len(data) // 2])
    lines = data[: len(data) // 2].count(b"\n") + 1
    with pytest.raises(TEIError) as caught:
        for _document in iter_documents(path):
            pass
    message = _one_line(caught.value)
    assert str(path) in message
    assert f"line {lines}" in message


def test_truncated_volume_still_serves_a_document_before_the_cut(tmp_path: Path) -> None:
    data = (DATA / "tei" / "frus1941v07.xml").read_bytes()
    path = tmp_path / "frus1941v07.xml"
    path.write_bytes(data[: len(data) // 2])
    assert read_document(path, "d5").first_page == "3"


def test_xml_that_is_not_tei(tmp_path: Path) -> None:
    path = DATA / "bibliography" / "frus1943v01.xml"  # the Office's catalog record
    with pytest.raises(TEIError) as caught:
        read_volume_header(path)
    message = _one_line(caught.value)
    assert "not a TEI file" in message and "<volume>" in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_document(tmp_path / "frus1941v99.xml", "d1")
    assert "no such file" in _one_line(caught.value)
