"""Writing output files whole or not at all.

An interrupted export must never leave a half-written file that looks finished:
everything is written to a temporary file beside the target and renamed over it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_writer(target: Path, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Yield a text stream; on success the text replaces ``target`` in one rename."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".part", dir=target.parent
    )
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; outputs are not
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(target: Path, text: str) -> None:
    with atomic_writer(target) as stream:
        stream.write(text)
