"""Rendering CSL notes and bibliographies with citeproc-py, mended to match citeproc-js.

A :class:`NoteStyle` is parsed once and kept (building a style is most of
citeproc-py's cost per note); each call then renders a whole sequence of notes in
one pass, so positions (first, subsequent, ibid) come from the sequence itself.
Input is CSL-JSON items and citation clusters, exactly what citeproc-js takes, so
the conformance tests can feed both processors the same data.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
    formatter,
    model,
)
from citeproc.source.json import CiteProcJSON
from lxml import etree

from ..errors import InputError
from . import citeproc_fixes, citeproc_memo, citeproc_speed

FORMATS = ("text", "html")
WINDOW = 48  # notes rendered together; see NoteStyle.render_notes
_PARSED: dict[str, Any] = {}  # item JSON → citeproc-py reference; see _source
_PARSED_LIMIT = 20_000

Cluster = Sequence[Mapping[str, str]]  # one note: citation items {"id", "locator", "label"}


def to_text(markup: str) -> str:
    """citeproc HTML → the plain text of citing-frus.md: ``<i>…</i>`` → ``*…*``."""
    text = re.sub(r"</?(?:i|em)>", "*", markup)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


def _safe_root(path: Path) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        raise InputError(
            f"cannot read the CSL style: {error}",
            source=str(path),
            fix="give a well-formed CSL 1.0.2 style file",
        ) from error


class NoteStyle:
    """One CSL style, parsed once, rendering notes and bibliography entries."""

    def __init__(self, path: Path) -> None:
        citeproc_fixes.install()
        citeproc_memo.install()
        citeproc_speed.install()
        self.path = path
        root = _safe_root(path)
        self.is_note_style = root.get("class") == "note"
        self.range_format = root.get("page-range-format")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # citeproc-py's schema predates CSL 1.0.2
            self.style = CitationStylesStyle(str(path), validate=False)
        root_element = self.style.root
        # Keep every element's Python proxy alive, so what citeproc-py and the
        # xpath cache of citeproc_fixes store on an element stays with it.
        self._macros = [e for e in root_element.iter() if isinstance(e, model.Macro)]
        self._elements = [
            *root_element.iter(),
            *(e for loc in root_element.locales for e in loc.iter()),
        ]
        term = root_element.get_term("ibid")
        self.ibid = (term.single or term.text or "") if term is not None else ""
        self.quotes_inside = str(root_element.get_locale_option("punctuation-in-quote")) == "true"

    # --- notes ---------------------------------------------------------------------

    def _cite_item(self, cite: Mapping[str, str], previous: dict[str, Any]) -> CitationItem:
        if "locator" not in cite:
            previous.clear()
            return CitationItem(cite["id"])
        label = cite.get("label", "page")
        value = cite["locator"]
        if label == "page":
            value = format_locator(value, self.range_format)
        same = (cite["id"].lower(), label, value)
        # The very same object again: citeproc-py then sees the locator as unchanged.
        locator = previous["locator"] if previous.get("same") == same else Locator(label, value)
        previous.update(same=same, locator=locator)
        return CitationItem(cite["id"], locator=locator)

    def render_notes(
        self,
        items: Sequence[Mapping[str, Any]],
        clusters: Sequence[Cluster],
        fmt: str = "text",
        keep: Sequence[int] | None = None,
    ) -> list[str]:
        """One rendered note per cluster (or per index in ``keep``), positions by sequence.

        citeproc-py looks back over every earlier citation for each new one, so a
        long sequence costs the square of its length. It is rendered in windows
        instead, each primed with what positions depend on: one earlier citation of
        each document the window cites again, then the note just before the window.
        Primed and unwanted notes are only recorded as cited, never rendered.
        """
        _check_format(fmt)
        citeproc_memo.forget(self._macros)
        source = _source(items)
        wanted_notes = set(range(len(clusters)) if keep is None else keep)
        rendered: dict[int, str] = {}
        first_seen: dict[str, int] = {}
        for start in range(0, len(clusters), WINDOW):
            window = list(clusters[start : start + WINDOW])
            keys = {cite["id"].lower() for cluster in window for cite in cluster}
            primers: list[Cluster] = [
                [{"id": key}]
                for key, _ in sorted(first_seen.items(), key=lambda kv: kv[1])
                if key in keys
            ]
            if start:
                primers.append(clusters[start - 1])
            for offset, cluster in enumerate(window):
                for cite in cluster:
                    first_seen.setdefault(cite["id"].lower(), start + offset)
            render = [start + i in wanted_notes for i in range(len(window))]
            notes = self._render_sequence(
                source, [*primers, *window], [False] * len(primers) + render, fmt
            )
            for offset, note in enumerate(notes[len(primers) :]):
                if note is not None:
                    rendered[start + offset] = note
        order = range(len(clusters)) if keep is None else keep
        return [rendered[index] for index in order]

    def _render_sequence(
        self, source: CiteProcJSON, clusters: Sequence[Cluster], render: list[bool], fmt: str
    ) -> list[str | None]:
        bibliography = CitationStylesBibliography(self.style, source, formatter.html)
        previous: dict[str, Any] = {}
        citations = []
        for cluster in clusters:
            if len(cluster) != 1:
                previous.clear()
            citation = Citation([self._cite_item(cite, previous) for cite in cluster])
            bibliography.register(citation)
            citeproc_speed.pin(citation)
            citations.append(citation)
        notes: list[str | None] = []
        for citation, wanted in zip(citations, render, strict=True):
            if wanted:
                markup = str(bibliography.cite(citation, _ignore_missing))
                notes.append(self._finish(markup, fmt, note=True))
            else:  # what citeproc-py's cite() records, without rendering the note
                known = [cite for cite in citation.cites if not cite.is_bad()]
                known.sort(key=lambda cite: bibliography.keys.index(cite.key))
                bibliography._cites.extend(known)
                notes.append(None)
        return notes

    def render_bibliography(
        self, items: Sequence[Mapping[str, Any]], fmt: str = "text", *, sort: bool = True
    ) -> list[str]:
        """Bibliography entries, citing each item once without a locator (none can leak)."""
        _check_format(fmt)
        citeproc_memo.forget(self._macros)
        bibliography = CitationStylesBibliography(self.style, _source(items), formatter.html)
        for item in items:
            bibliography.register(Citation([CitationItem(str(item["id"]))]))
        if sort:
            bibliography.sort()
        return [self._finish(str(entry), fmt, note=False) for entry in bibliography.bibliography()]

    def _finish(self, markup: str, fmt: str, *, note: bool) -> str:
        if self.quotes_inside:
            markup = citeproc_fixes.punctuation_in_quotes(markup)
        if note and self.is_note_style:
            markup = citeproc_fixes.capitalise_note(markup, self.ibid)
        return to_text(markup) if fmt == "text" else markup


def format_locator(value: str, range_format: str | None) -> str:
    """A page locator as the style formats page ranges (citeproc-py leaves them as given)."""
    return citeproc_fixes.format_page_range(value, range_format)


def _source(items: Sequence[Mapping[str, Any]]) -> CiteProcJSON:
    """citeproc-py's item store, each item parsed once per process for its exact JSON.

    Parsing is a tenth of a note's cost, and the same items come back (full then
    short notes of a volume, page after page of a Sphinx build). A parsed reference
    is only read while rendering, so it can be shared. citeproc-py warns on CSL
    1.0.2 variables it does not know.
    """
    source = CiteProcJSON([])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for item in items:
            try:
                text = json.dumps(item, sort_keys=True)
            except (TypeError, ValueError):  # not JSON: parsed afresh, as citeproc-py would
                text = None
            reference = _PARSED.get(text) if text is not None else None
            if reference is None:
                (reference,) = CiteProcJSON([dict(item)]).values()
                if text is not None:
                    if len(_PARSED) >= _PARSED_LIMIT:
                        _PARSED.clear()
                    _PARSED[text] = reference
            source.add(reference)
    return source


def _ignore_missing(item: Any) -> None:
    """citeproc-py's callback for a cited key with no item: fru_cite always supplies it."""


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InputError(
            f"unknown note format {fmt!r}",
            source="render_notes",
            fix=f"use one of: {', '.join(FORMATS)}",
        )


@lru_cache(maxsize=16)
def load_style(path: Path) -> NoteStyle:
    """The parsed style for a file, built once per process."""
    return NoteStyle(path)
