"""The hooks a fru_cite plugin may implement; built-in exporters use the same ones.

A plugin module marks its functions with :data:`hookimpl`; a marked function
whose name is not a hook below is rejected when the registry loads, so a typo
in a plugin fails loudly instead of silently adding nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .exporters.base import Exporter

PROJECT = "fru_cite"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def fru_cite_exporters() -> list[Exporter]:
    """Return the exporters this plugin adds."""
    raise NotImplementedError  # a specification only; pluggy never calls it
