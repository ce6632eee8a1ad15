"""The {frus} role and the frus-bibliography directive in a MyST Markdown project."""

from __future__ import annotations

from pathlib import Path

import pytest
from sphinx_build import ROOTS, bibliography, build, footnotes, plain

pytest.importorskip("myst_parser")

FULL_686 = (
    "Cordell Hull, memorandum of conversation, [October 30, 1943], in Foreign Relations "
    "of the United States: Diplomatic Papers, 1943, vol. 1, General, ed. William M. "
    "Franklin and E. R. Perkins (Washington, DC: Government Printing Office, 1963), 686, "
    "https://history.state.gov/historicaldocuments/frus1943v01/d620."
)


def test_myst_role_and_directive(tmp_path: Path) -> None:
    build(ROOTS / "test-myst", tmp_path, "html")
    page = tmp_path / "html" / "index.html"
    # A pandoc-style braced locator is accepted too; a range is printed Chicago's way.
    assert footnotes(page) == [FULL_686, "Ibid., 686n50a.", "Ibid., 686–87."]
    assert [entry.split(".")[0] for entry in bibliography(page)] == ["Hull, Cordell"]
    assert plain(bibliography(page)[0]).endswith(
        "1963. https://history.state.gov/historicaldocuments/frus1943v01/d620."
    )
