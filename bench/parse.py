"""Build the model of every document of a TEI volume and compare with a bare lxml parse.

    python bench/parse.py [VOLUME.xml]

Default: the largest corpus volume bundled with the tests (frus1941v07). Prints
both times, their ratio (goal: at most 2×) and the peak Python memory of each,
measured in this one run: RSS growth of a fresh process per task (libxml2's
memory included) and tracemalloc's Python-only peak.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from fru_cite.tei_reader import iter_documents

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "tei" / "frus1941v07.xml"


def bare_parse(path: Path) -> int:
    return len(etree.parse(str(path)).getroot())


def build_model(path: Path) -> int:
    return sum(len(document.text) for document in iter_documents(path))


def timed(task: Callable[[Path], int], path: Path, rounds: int) -> float:
    """Best of ``rounds`` wall-clock times: the least disturbed by other work."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        task(path)
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory(task: Callable[[Path], int], path: Path) -> int:
    tracemalloc.start()
    task(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def peak_rss(task: str, path: Path) -> int:
    """Peak resident memory (bytes) of a fresh process that runs only ``task``."""
    output = subprocess.run(
        [sys.executable, __file__, "--only", task, str(path)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return int(output.strip())


def _status_kib(field: str) -> int:
    """A memory figure of this process from /proc (Linux); ru_maxrss survives exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _only(task: str, path: Path) -> None:
    before = _status_kib("VmRSS")
    {"parse": bare_parse, "model": build_model}[task](path)
    peak = _status_kib("VmHWM")
    print(max(peak - before, 0) * 1024)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--only":
        _only(sys.argv[2], Path(sys.argv[3]))
        return
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rounds = 9  # best of N: the machine may be busy with other work
    bare_parse(path)  # warm the file cache
    parse_time = timed(bare_parse, path, rounds)
    model_time = timed(build_model, path, rounds)
    documents = sum(1 for _ in iter_documents(path))
    parse_peak = peak_memory(bare_parse, path)
    model_peak = peak_memory(build_model, path)
    parse_rss, model_rss = peak_rss("parse", path), peak_rss("model", path)
    size = path.stat().st_size
    print(f"volume          {path.name} ({size / 1e6:.1f} MB, {documents} documents)")
    print(
        f"lxml parse      {parse_time * 1000:8.1f} ms   peak growth {parse_rss / 1e6:6.1f} MB RSS,"
        f" {parse_peak / 1e6:5.2f} MB Python"
    )
    print(
        f"document model  {model_time * 1000:8.1f} ms   peak growth {model_rss / 1e6:6.1f} MB RSS,"
        f" {model_peak / 1e6:5.2f} MB Python"
    )
    print(f"ratio           {model_time / parse_time:8.2f}x  (goal <= 2x; best of {rounds} each)")
    print("RSS: growth of a fresh process over its start (includes libxml2's tree)")


if __name__ == "__main__":
    main()
