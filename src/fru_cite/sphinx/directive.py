"""The ``frus-bibliography`` directive: the documents cited, as bibliography entries.

Without options it lists what the current page cites; with ``:all:`` what the
whole project cites. Entries are rendered after reading, in the style's order.
"""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from . import store
from .nodes import frus_bibliography


class FrusBibliography(SphinxDirective):
    has_content = False
    option_spec = {"all": directives.flag}

    def run(self) -> list[nodes.Node]:
        whole_project = "all" in self.options
        if whole_project:
            store.full_bibliographies(self.env).add(self.env.docname)
        node = frus_bibliography("", all=whole_project, docname=self.env.docname)
        self.set_source_info(node)
        return [node]
