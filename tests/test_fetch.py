"""``fetch`` against a real HTTP server on 127.0.0.1: resume, retries, verification, offline."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from fru_cite.fetch import FetchError, cached_volume, fetch_volume

DATA = Path(__file__).parent / "data" / "tei"
VOLUME = "frus1961-63v06"


class VolumeHandler(http.server.BaseHTTPRequestHandler):
    """Serves tests/data/tei with Range support; can cut the first response short."""

    cut_first_after: int | None = None
    requests: list[dict] = []

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        name = self.path.rsplit("/", 1)[-1]
        path = DATA / name
        type(self).requests.append({"path": self.path, "range": self.headers.get("Range")})
        if not path.is_file():
            self.send_error(404)
            return
        body = path.read_bytes()
        start = 0
        if self.headers.get("Range"):
            start = int(self.headers["Range"].split("=")[1].split("-")[0])
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        rest = body[start:]
        self.send_header("Content-Length", str(len(rest)))
        self.end_headers()
        cut = type(self).cut_first_after
        if cut is not None:
            type(self).cut_first_after = None
            self.wfile.write(rest[:cut])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(rest)


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("FRU_CITE_CACHE", str(tmp_path / "cache"))
    VolumeHandler.requests = []
    VolumeHandler.cut_first_after = None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), VolumeHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/volumes/{{id}}.xml"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_downloads_verifies_and_caches(server, tmp_path):
    path = fetch_volume(VOLUME, urls=[server])
    assert path == tmp_path / "cache" / f"{VOLUME}.xml"
    assert path.read_bytes() == (DATA / f"{VOLUME}.xml").read_bytes()
    assert cached_volume(VOLUME) == path
    # A second fetch is served from the cache: no request reaches the server.
    before = len(VolumeHandler.requests)
    assert fetch_volume(VOLUME, urls=[server]) == path
    assert len(VolumeHandler.requests) == before


def test_interrupted_download_resumes_with_a_range_request(server):
    VolumeHandler.cut_first_after = 100_000
    path = fetch_volume(VOLUME, urls=[server], retries=3)
    assert path.read_bytes() == (DATA / f"{VOLUME}.xml").read_bytes()
    ranges = [request["range"] for request in VolumeHandler.requests]
    assert ranges[0] is None
    assert ranges[1] == "bytes=100000-"


def test_unknown_volume_is_a_clear_error_and_leaves_nothing(server, tmp_path):
    with pytest.raises(FetchError) as error:
        fetch_volume("frus1999v99", urls=[server], retries=1)
    message = str(error.value)
    assert "frus1999v99" in message and "404" in message and "--data-dir" in message
    assert "\n" not in message
    assert not list((tmp_path / "cache").glob("*"))


def test_offline_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("FRU_CITE_CACHE", str(tmp_path / "cache"))
    # Nothing listens on port 9 of the loopback address: the connection is refused.
    with pytest.raises(FetchError) as error:
        fetch_volume(VOLUME, urls=["http://127.0.0.1:9/{id}.xml"], retries=2, timeout=2)
    assert "could not download" in str(error.value)
    assert cached_volume(VOLUME) is None


def test_a_file_that_is_not_the_volume_asked_for_is_refused(server, tmp_path):
    # The server answers for frus1894Nicaragua with the 1961-63 file: wrong id inside.
    wrong = server.replace("{id}", VOLUME)
    with pytest.raises(FetchError) as error:
        fetch_volume("frus1894Nicaragua", urls=[wrong])
    assert "not frus1894Nicaragua" in str(error.value)
    assert cached_volume("frus1894Nicaragua") is None


def test_fetch_command_then_keys_resolve_from_the_cache(server, tmp_path):
    """The console script downloads into the cache; a key then resolves offline."""
    import json
    import os
    import shutil
    import subprocess
    import sys

    script = shutil.which("fru-cite")
    command = [script] if script else [sys.executable, "-m", "fru_cite"]
    env = {**os.environ, "FRU_CITE_MIRRORS": server}
    fetched = subprocess.run(
        [*command, "fetch", VOLUME], capture_output=True, text=True, env=env, check=False
    )
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stdout.strip() == str(tmp_path / "cache" / f"{VOLUME}.xml")
    env["FRU_CITE_MIRRORS"] = "http://127.0.0.1:9/{id}.xml"  # offline from here on
    shown = subprocess.run(
        [*command, "show", f"{VOLUME}-d2", "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["document"]["number"] == "2"
