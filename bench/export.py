"""Bulk export of a TEI volume to every built-in format, against a bare lxml parse.

    python bench/export.py [VOLUME.xml]

Prints, from one run: the time to export the largest corpus volume (default
frus1941v07) to all built-in formats as a ratio to a bare ``lxml.etree.parse`` of
the same file (goal: at most 4×), and the peak resident memory of a fresh process
exporting one volume and the whole corpus (goal: flat, i.e. about the same).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI = ROOT / "tests" / "data" / "tei"
BUILTIN = ["bibtex", "biblatex", "csljson", "chicago", "zotero-rdf"]


def bare_parse(path: Path) -> None:
    etree.parse(str(path))


def export(paths: list[Path], out: Path) -> None:
    from click.testing import CliRunner

    from fru_cite.cli import export_command  # noqa: F401 - registers the command
    from fru_cite.cli.app import cli

    args = ["export", *map(str, paths), "-o", f"{out}/", "-q"]
    for name in BUILTIN:
        args += ["--format", name]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"export failed: {result.output}")


def best_of(rounds: int, task, *args) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        task(*args)
        best = min(best, time.perf_counter() - start)
    return best


def peak_rss_mb(paths: list[Path]) -> float:
    """Peak RSS of a fresh process that exports ``paths`` (libxml2's memory included)."""
    code = (
        "import sys, resource, tempfile\n"
        "from pathlib import Path\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "from export import export\n"
        "with tempfile.TemporaryDirectory() as out:\n"
        "    export([Path(p) for p in sys.argv[1:]], Path(out))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    volume = Path(sys.argv[1]) if len(sys.argv) > 1 else TEI / "frus1941v07.xml"
    corpus = sorted(TEI.glob("*.xml"))
    with tempfile.TemporaryDirectory() as out:
        export([volume], Path(out))  # warm caches: styles, catalog, office holders
        parse_s = best_of(3, bare_parse, volume)
        export_s = best_of(3, export, [volume], Path(out))
    print(f"volume: {volume.name} ({volume.stat().st_size / 1e6:.1f} MB), formats: {BUILTIN}")
    print(f"bare lxml parse: {parse_s * 1000:8.1f} ms")
    print(f"export, all formats: {export_s * 1000:8.1f} ms")
    print(f"ratio export / parse: {export_s / parse_s:.1f}x (goal <= 4x)")
    one = peak_rss_mb([volume])
    everything = peak_rss_mb(corpus * 3)
    print(f"peak RSS, one volume: {one:.0f} MB")
    print(f"peak RSS, whole corpus x3 ({len(corpus) * 3} volumes): {everything:.0f} MB")
    print(f"ratio corpus / one volume: {everything / one:.2f} (goal: about 1, flat)")


if __name__ == "__main__":
    main()
