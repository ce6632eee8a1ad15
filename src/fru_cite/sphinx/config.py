"""Reading the project's ``fru_cite_*`` settings into what the lookups need.

Data folders are given relative to the folder of ``conf.py``, as Sphinx does for
its own paths; a folder that does not exist is warned about once and skipped, so
keys from the other folders and the bundled sample still resolve.
"""

from __future__ import annotations

import os
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from ..exporters.chicago import CHICAGO_STYLE
from ..sources import DATA_ENV

logger = logging.getLogger(__name__)


def configured_folders(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """``fru_cite_data_dir`` as a list: a string is one folder, a list several."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(entry) for entry in value]


def data_dirs(config: Config) -> tuple[Path, ...]:
    """The existing data folders: the configured ones, then those of FRU_CITE_DATA."""
    found = [Path(entry) for entry in configured_folders(config.fru_cite_data_dir)]
    env = os.environ.get(DATA_ENV, "")
    found += [Path(entry).resolve() for entry in env.split(os.pathsep) if entry]
    return tuple(folder for folder in found if folder.is_dir())


def settle_paths(app: Sphinx, config: Config) -> None:
    """config-inited: make the data folders and a .csl style absolute, warn about missing ones.

    Relative paths are read from the folder of conf.py, as Sphinx reads its own.
    """
    conf_py = str(Path(app.confdir, "conf.py"))
    folders = []
    for entry in configured_folders(config.fru_cite_data_dir):
        folder = Path(app.confdir, entry).resolve()
        folders.append(str(folder))
        if not folder.is_dir():
            logger.warning(
                "%s: fru_cite_data_dir: data folder %s does not exist; give a folder of "
                "<volume-id>.xml TEI files, relative to the folder of conf.py",
                conf_py,
                folder,
                type="fru_cite",
                subtype="data-dir",
            )
    config.fru_cite_data_dir = folders
    style = config.fru_cite_style or CHICAGO_STYLE
    if style.endswith(".csl") and Path(app.confdir, style).is_file():
        style = str(Path(app.confdir, style).resolve())
    config.fru_cite_style = style
