"""The ``:frus:`` role: ``:frus:`frus1943v01-d620, p. 686 n. 50a```.

The key comes first, then, after the first comma, an optional pinpoint in any form
the locator grammar accepts. Key and pinpoint are checked while reading, so a
mistake is reported at its file and line; a citation that fails is left in the
text as written. The note itself is written after reading (``notes.py``).
"""

from __future__ import annotations

from docutils import nodes
from docutils.nodes import Node, system_message
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from ..errors import FruCiteError, KeyFormatError, LocatorError, UnknownDocumentError
from . import config, lookup, store
from .nodes import frus_citation

logger = logging.getLogger(__name__)


def subtype_of(error: FruCiteError) -> str:
    """The warning subtype users can filter with ``suppress_warnings``."""
    if isinstance(error, KeyFormatError | UnknownDocumentError):
        return "unknown-key"
    if isinstance(error, LocatorError):
        return "bad-locator"
    return "input"


class FrusRole(SphinxRole):
    """Cite a FRUS document: a numbered footnote holding its Chicago note."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        key, locator = lookup.split_role_text(self.text)
        location = (self.env.docname, self.lineno)
        if not key:
            logger.warning(
                "empty :frus: citation; write :frus:`frus1943v01-d620, p. 686`",
                type="fru_cite",
                subtype="syntax",
                location=location,
            )
            return [nodes.Text(self.rawtext)], []
        dirs = config.data_dirs(self.config)
        try:
            lookup.find_citation(key, locator, dirs)
        except FruCiteError as error:
            logger.warning(
                "%s", error, type="fru_cite", subtype=subtype_of(error), location=location
            )
            return [nodes.Text(self.rawtext)], []
        tei = lookup.tei_file(key, dirs)
        if tei is not None:
            self.env.note_dependency(str(tei))
        node_id = f"frus-cite-{self.env.new_serialno('fru_cite')}"
        store.record(self.env, self.env.docname, (key, locator, node_id))
        node = frus_citation(
            self.rawtext, key=key, locator=locator, docname=self.env.docname, ids=[node_id]
        )
        self.set_source_info(node)
        return [node], []
