"""The placeholder nodes a FRUS citation or bibliography leaves in a doctree while reading.

They hold only strings and booleans, so doctrees pickle and travel between parallel
workers; the notes are written into them after reading (see ``notes.py``), when the
whole document's citation order is known.
"""

from __future__ import annotations

from docutils import nodes


class frus_citation(nodes.Inline, nodes.Element):  # noqa: N801 - docutils node naming
    """A ``:frus:`` citation waiting for its note: attributes key, locator, rawtext, docname."""


class frus_bibliography(nodes.General, nodes.Element):  # noqa: N801
    """A ``frus-bibliography`` directive waiting for its entries: attribute ``all``."""
