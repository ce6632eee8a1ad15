"""Sphinx extension: Chicago notes for FRUS documents, to the page and the footnote.

``extensions = ["fru_cite.sphinx"]``, then ``:frus:`frus1943v01-d620, p. 686 n. 50a```
in reStructuredText (``{frus}`…``` in MyST) and ``.. frus-bibliography::``.
Settings: ``fru_cite_data_dir`` (folder or list of folders of <volume-id>.xml TEI,
relative to conf.py) and ``fru_cite_style`` (default ``frus-chicago-notes``).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .. import __version__
from . import config, store
from .directive import FrusBibliography
from .nodes import frus_bibliography, frus_citation
from .notes import FrusNotes
from .role import FrusRole


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("fru_cite_data_dir", [], "env", types=[str, list, tuple])
    app.add_config_value("fru_cite_style", "frus-chicago-notes", "env", types=[str])
    app.add_node(frus_citation)
    app.add_node(frus_bibliography)
    app.add_role("frus", FrusRole())
    app.add_directive("frus-bibliography", FrusBibliography)
    app.add_post_transform(FrusNotes)
    app.connect("config-inited", config.settle_paths)
    app.connect("env-purge-doc", store.purge)
    app.connect("env-merge-info", store.merge)
    app.connect("env-get-outdated", store.outdated)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
