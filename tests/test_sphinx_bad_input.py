"""Bad citations are Sphinx warnings at their file and line, never a crash."""

from __future__ import annotations

import re
from pathlib import Path

from sphinx_build import ROOTS, build, footnotes

ROOT = ROOTS / "test-bad-input"


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "WARNING" in line]


def test_bad_citations_warn_with_file_and_line(tmp_path: Path) -> None:
    result = build(ROOT, tmp_path, "html")
    warnings = _warnings(result.stderr)
    index = str(ROOT / "index.rst")
    found = {
        (int(m.group(1)), m.group(2))
        for line in warnings
        if (m := re.match(re.escape(index) + r":(\d+): WARNING: .*\[fru_cite\.([a-z-]+)\]$", line))
    }
    assert found == {
        (6, "bad-locator"),  # p. 999
        (8, "bad-locator"),  # n. 77
        (10, "bad-locator"),  # doc. 5 in a volume that prints no numbers
        (12, "unknown-key"),  # d99999
        (14, "unknown-key"),  # not a key
        (16, "syntax"),  # no key
    }
    line6 = next(line for line in warnings if f"{index}:6:" in line)
    assert "685–687" in line6 and "p. 999" in line6
    conf = [line for line in warnings if "[fru_cite.data-dir]" in line]
    assert len(conf) == 1 and "no-such-folder" in conf[0] and "conf.py" in conf[0]


def test_bad_citations_stay_as_written(tmp_path: Path) -> None:
    build(ROOT, tmp_path, "html")
    page = tmp_path / "html" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert ":frus:`frus1943v01-d620, p. 999`" in html
    assert ":frus:`hull memo, p. 686`" in html
    assert len(footnotes(page)) == 1  # only the good citation became a note


def test_warnings_can_be_errors(tmp_path: Path) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "sphinx", "-W", "-b", "html", str(ROOT), str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "[fru_cite." in result.stderr
