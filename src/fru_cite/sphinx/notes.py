"""Writing the notes and bibliographies once a page's citations are all known.

A post-transform, run for each page as it is written (after reading, so with
``-j N`` exactly as with ``-j 1``): the page's citations in reading order go to
the Chicago exporter together, which gives the full note on the first citation
of a document, then short notes and "Ibid.". Each citation becomes a docutils
footnote reference and footnote, numbered after the page's own numbered notes;
it runs before Sphinx's LaTeX footnote handling so LaTeX gets real footnotes.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from ..errors import FruCiteError
from ..exporters.chicago import note_request, render_notes, render_request
from ..model import Citation
from . import config, lookup, store
from .markup import note_nodes
from .nodes import frus_bibliography, frus_citation
from .role import subtype_of

logger = logging.getLogger(__name__)


def _highest_label(document: nodes.document) -> int:
    numbers = [
        int(label.astext())
        for footnote in document.findall(nodes.footnote)
        for label in footnote.findall(nodes.label)
        if label.astext().isdigit()
    ]
    return max(numbers, default=0)


def _footnote(node: frus_citation, number: int, note: str, document: nodes.document) -> Any:
    """A footnote reference in place of ``node`` and the footnote it points to."""
    note_id = f"{node['ids'][0]}-note"
    ref_id = f"{node['ids'][0]}-ref"
    docname = node.get("docname", "")
    footnote = nodes.footnote("", ids=[note_id], backrefs=[ref_id], docname=docname)
    footnote += nodes.label("", str(number))
    footnote += nodes.paragraph("", "", *note_nodes(note))
    footnote.source, footnote.line = node.source, node.line
    reference = nodes.footnote_reference(
        "", str(number), ids=[ref_id], refid=note_id, docname=docname
    )
    reference.source, reference.line = node.source, node.line
    document.ids[note_id], document.ids[ref_id] = footnote, reference
    return reference, footnote


class FrusNotes(SphinxPostTransform):
    """Replace ``frus_citation`` and ``frus_bibliography`` placeholders with rendered text."""

    default_priority = 5  # before LaTeXFootnoteTransform (600) and the HTML writer

    def run(self, **kwargs: Any) -> None:
        style = self.config.fru_cite_style
        dirs = config.data_dirs(self.config)
        self._notes(style, dirs)
        for node in list(self.document.findall(frus_bibliography)):
            self._bibliography(node, style, dirs)

    def _notes(self, style: str, dirs: tuple) -> None:
        pending = list(self.document.findall(frus_citation))
        if not pending:
            return
        cited: list[tuple[frus_citation, Citation]] = []
        for node in pending:
            try:
                cited.append((node, lookup.find_citation(node["key"], node["locator"], dirs)))
            except FruCiteError as error:  # the data changed since reading
                logger.warning(
                    "%s", error, type="fru_cite", subtype=subtype_of(error), location=node
                )
                node.replace_self(nodes.Text(node.rawsource))
        if not cited:
            return
        rendered = render_notes([citation for _, citation in cited], style, fmt="html")
        start = _highest_label(self.document)
        footnotes = []
        for number, ((node, _), note) in enumerate(zip(cited, rendered, strict=True), start + 1):
            reference, footnote = _footnote(node, number, note, self.document)
            node["ids"] = []  # the reference carries its own id
            node.replace_self(reference)
            footnotes.append(footnote)
        self.document.extend(footnotes)

    def _bibliography(self, node: frus_bibliography, style: str, dirs: tuple) -> None:
        if node.get("all"):
            entries = [entry for _, entry in store.project_entries(self.env)]
        else:
            entries = list(store.citations(self.env).get(node.get("docname", ""), []))
        citations = []
        for key, locator, _ in entries:
            try:
                citations.append(lookup.find_citation(key, locator, dirs))
            except FruCiteError:
                continue  # warned about where it is cited
        if not citations:
            node.replace_self([])
            return
        rendered = render_request(note_request(citations, "bib", style), "html")
        container = nodes.container("", classes=["frus-bibliography"])
        for entry in rendered:
            container += nodes.paragraph("", "", *note_nodes(entry), classes=["frus-entry"])
        node.replace_self(container)
