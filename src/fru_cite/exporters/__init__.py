"""Exporters: each output format is a plugin, built-in ones included.

Built-in exporter modules are listed in :data:`BUILTIN_EXPORTERS`; the registry
registers them on the plugin manager exactly as it registers third-party plugins.
"""

from __future__ import annotations

from .base import Exporter, RenderOptions

BUILTIN_EXPORTERS = (
    "fru_cite.exporters.bibtex",
    "fru_cite.exporters.csljson",
    "fru_cite.exporters.chicago",
    "fru_cite.exporters.zotero_rdf",
)

__all__ = ["BUILTIN_EXPORTERS", "Exporter", "RenderOptions"]
