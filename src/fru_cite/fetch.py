"""Downloading the Office's TEI volumes into the user cache for offline use.

A download is resumable (an interrupted ``.part`` file is continued with an HTTP
Range request), retried with back-off, checked to parse as a FRUS TEI volume of
the id asked for, and only then renamed into place: the cache never holds a
truncated or foreign volume under a real volume's name.
"""

from __future__ import annotations

import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

from platformdirs import user_cache_path

from .errors import FruCiteError, InputError
from .keys import VOLUME_ID_PATTERN

CACHE_ENV = "FRU_CITE_CACHE"
MIRRORS_ENV = "FRU_CITE_MIRRORS"
# The Office publishes each volume's TEI in its public HistoryAtState/frus repository.
DEFAULT_MIRRORS = ("https://raw.githubusercontent.com/HistoryAtState/frus/master/volumes/{id}.xml",)
CHUNK = 1 << 16

Progress = Callable[[int, int | None], None]


class FetchError(FruCiteError):
    """A volume could not be downloaded (network, server, or not a FRUS volume)."""


def cache_dir() -> Path:
    """Where fetched volumes live: ``FRU_CITE_CACHE`` or the platform's user cache."""
    override = os.environ.get(CACHE_ENV)
    folder = Path(override) if override else user_cache_path("fru-cite") / "volumes"
    return folder


def cached_volume(volume_id: str) -> Path | None:
    path = cache_dir() / f"{volume_id}.xml"
    return path if path.is_file() else None


def mirrors() -> tuple[str, ...]:
    """URL templates with ``{id}``; ``FRU_CITE_MIRRORS`` (space-separated) overrides."""
    configured = os.environ.get(MIRRORS_ENV, "").split()
    return tuple(configured) or DEFAULT_MIRRORS


def _download(url: str, part: Path, *, timeout: float, progress: Progress | None) -> None:
    """Append the rest of ``url`` to ``part``, resuming where an earlier try stopped."""
    have = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "fru-cite"})
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - http(s) only
    except urllib.error.HTTPError as error:
        if error.code == 416 and have:  # already complete
            return
        raise
    with response:
        resumed = response.status == 206
        total_header = response.headers.get("Content-Length")
        total = int(total_header) + (have if resumed else 0) if total_header else None
        mode = "ab" if resumed else "wb"
        done = have if resumed else 0
        with part.open(mode) as out:
            while chunk := response.read(CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
        if total is not None and done < total:
            raise ConnectionError(f"connection closed after {done} of {total} bytes")


def _verify(path: Path, volume_id: str, source: str) -> None:
    from .tei_reader import read_volume_header  # the reader, not the network, judges the file

    volume = read_volume_header(path)
    if volume.id != volume_id:
        raise FetchError(
            f"the file is volume {volume.id}, not {volume_id}",
            source=source,
            fix="check the mirror list in FRU_CITE_MIRRORS",
        )


def fetch_volume(
    volume_id: str,
    *,
    urls: Sequence[str] | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    progress: Progress | None = None,
    force: bool = False,
) -> Path:
    """Download one volume's TEI into the cache and return its path."""
    if not re.fullmatch(VOLUME_ID_PATTERN, volume_id):
        raise InputError(
            "not a FRUS volume id",
            source=volume_id,
            fix="give an id such as frus1943v01 or frus1969-76v19p1",
        )
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{volume_id}.xml"
    if target.is_file() and not force:
        return target
    part = folder / f"{volume_id}.xml.part"
    failures: list[str] = []
    for template in urls or mirrors():
        url = template.format(id=volume_id)
        for attempt in range(retries):
            try:
                _download(url, part, timeout=timeout, progress=progress)
                break
            except urllib.error.HTTPError as error:
                failures.append(f"{url}: HTTP {error.code}")
                if error.code == 404 or 400 <= error.code < 500:
                    part.unlink(missing_ok=True)
                    break
            except (urllib.error.URLError, OSError, ConnectionError) as error:
                reason = getattr(error, "reason", error)
                failures.append(f"{url}: {reason}")
            if attempt + 1 < retries:
                time.sleep(min(0.2 * 2**attempt, 2.0))
        else:
            continue
        if part.exists() and part.stat().st_size:
            try:
                _verify(part, volume_id, url)
            except FruCiteError:
                part.unlink(missing_ok=True)
                raise
            os.replace(part, target)
            return target
    last = failures[-1] if failures else "no mirror configured"
    raise FetchError(
        f"could not download volume {volume_id} ({last})",
        source=volume_id,
        fix="check the network (fru-cite keeps working offline with fetched volumes), "
        "or download the TEI by hand and pass its folder with --data-dir",
    )
