"""The ``fru-cite`` command line: one group, commands in modules of their own."""

from __future__ import annotations

from .app import main

__all__ = ["main"]
