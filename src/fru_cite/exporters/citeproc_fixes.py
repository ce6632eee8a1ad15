"""Work-arounds for citeproc-py, so its notes read as citeproc-js (the reference) renders them.

citeproc-py is used as released (never forked): the faults are mended around it.

- ``initialize="false"`` is ignored, so "Cordell Hull" comes out "C. Hull":
  :func:`install` makes a name element with ``initialize="false"`` only tidy the
  initials already there ("E.R." → "E. R."), as CSL 1.0.2 says.
- a variable rendered through a macro inside ``<substitute>`` is not suppressed
  afterwards, so an item without an author prints its title twice: :func:`install`
  records what the substitute rendered and suppresses it for the rest of the entry.
- commas and periods land outside closing quotes: :func:`punctuation_in_quotes`.
- "ibid." is never capitalised at the head of a note: :func:`capitalise_note`.
- the same locator again prints "ibid., 686": :mod:`fru_cite.exporters.csl_notes`
  passes the same ``Locator`` object, which citeproc-py then sees as unchanged.
- the first citation's locator leaks into the bibliography and locators get no
  page-range formatting: handled where notes are rendered (:mod:`csl_notes`,
  :func:`format_page_range`).

:func:`install` patches three methods of citeproc-py's model classes once per
process (name initials, substitute suppression, and ``xpath_search``, whose answers
about the unchanging style tree it keeps instead of recomputing); each patch keeps
citeproc-py's own behaviour wherever the fault is absent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from citeproc import model

_INSTALLED = False
_RECORDERS: list[list[tuple[str, str]]] = []  # variables rendered inside open substitutes


def normalise_initials(given: str, mark: str) -> str:
    """Tidy the initials a given name already has: ("E.R.", ". ") → "E. R."; names stay whole."""
    words = []
    for word in given.split():
        pieces = [piece for piece in word.split(".") if piece]
        if pieces and all(len(piece) == 1 and piece.isupper() for piece in pieces):
            words.append(mark.join(pieces) + mark.rstrip())
        else:
            words.append(word)
    return " ".join(words)


def _initialize_option(element: Any, context: Any) -> str:
    """The effective ``initialize`` option: the element's own, else its citation's or style's."""
    if "initialize" in element.attrib:
        return element.get("initialize")
    layout_parent = (context if context is not None else element).xpath_search(
        "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
    )
    for holder in (*layout_parent, element.get_root()):
        if "initialize" in holder.attrib:
            return holder.get("initialize")
    return "true"


def _patched_initialize(original: Callable[..., str]) -> Callable[..., str]:
    def initialize(self: Any, given: str, mark: str, context: Any) -> str:
        if _initialize_option(self, context) == "false":
            return normalise_initials(given, mark)
        return original(self, given, mark, context)

    return initialize


def _patched_variable(original: Callable[..., Any]) -> Callable[..., Any]:
    def _variable(self: Any, item: Any, context: Any) -> Any:
        text = original(self, item, context)
        if text and _RECORDERS:
            _RECORDERS[-1].append((self.tag, self.get("variable")))
        return text

    return _variable


def _patched_substitute(original: Callable[..., Any]) -> Callable[..., Any]:
    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        _RECORDERS.append([])
        try:
            text = original(self, item, context=context, **kwargs)
        finally:
            rendered = _RECORDERS.pop()
        if text:
            layout = (context if context is not None else self).get_layout()
            for tag, variable in rendered:
                layout.repressed.setdefault(tag, []).append(variable)
            if _RECORDERS:  # a substitute inside a substitute: the outer one suppresses too
                _RECORDERS[-1].extend(rendered)
        return text

    return render


def _cached_xpath_search(self: Any, expression: str) -> list[Any]:
    """citeproc-py's ``xpath_search``, answered once per element and expression.

    Every query citeproc-py makes is about the style's own tree (ancestors, macros,
    locale terms), which never changes once parsed, so the answer can be kept on the
    element itself, as citeproc-py keeps its own state there.
    """
    cache = self.__dict__.setdefault("_fru_cite_xpath", {})
    found = cache.get(expression)
    if found is None:
        found = cache[expression] = self.xpath(expression, namespaces=self.nsmap)
    return list(found)


def install() -> None:
    """Apply the model patches once (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    model.CitationStylesElement.xpath_search = _cached_xpath_search
    model.Name.initialize = _patched_initialize(model.Name.initialize)
    model.Text._variable = _patched_variable(model.Text._variable)
    model.Substitute.render = _patched_substitute(model.Substitute.render)
    _INSTALLED = True


_OUTSIDE = re.compile(r"([”’]+)((?:</[a-z]+>)*)([.,])")


def punctuation_in_quotes(text: str) -> str:
    """American style: ``“Title”,`` → ``“Title,”`` (periods and commas inside closing quotes)."""
    return _OUTSIDE.sub(lambda m: m.group(3) + m.group(1) + m.group(2), text)


def capitalise_note(text: str, ibid: str) -> str:
    """ "ibid., 687" → "Ibid., 687": a note that opens with the ibid term starts a sentence."""
    if ibid and text.startswith(ibid):
        return ibid[:1].upper() + text[1:]
    for tag in ("<i>", "<em>"):
        if ibid and text.startswith(tag + ibid):
            return tag + ibid[:1].upper() + text[len(tag) + 1 :]
    return text


def _minimal_end(first: str, last: str, keep: int) -> str:
    """The end page without the digits it shares with the start, keeping at least ``keep``."""
    if len(first) != len(last):
        return last
    common = 0
    for a, b in zip(first, last, strict=True):
        if a != b:
            break
        common += 1
    return last[min(common, max(len(last) - keep, 0)) :]


def _chicago_end(first: str, last: str, edition: str) -> str:
    """CSL's "chicago-15"/"chicago-16" rules (CMOS 9.64)."""
    start = int(first)
    if start < 100 or start % 100 == 0:
        return last
    if start % 100 < 10:
        return _minimal_end(first, last, 1)
    if edition == "chicago-15" and len(first) == 4:
        shortened = _minimal_end(first, last, 2)
        return last if len(shortened) > 2 else shortened
    return _minimal_end(first, last, 2)


_RANGE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")


def format_page_range(text: str, range_format: str | None, delimiter: str = "–") -> str:
    """A locator range in the style's page-range-format: ("685-687", "chicago") → "685–87"."""
    match = _RANGE.match(text.strip())
    if not match:
        return text
    first, last = match.groups()
    if len(last) < len(first):  # "685-87": expand before reformatting
        last = first[: len(first) - len(last)] + last
    if range_format is None or len(last) > len(first) or int(last) <= int(first):
        return f"{first}{delimiter}{last}"
    if range_format in ("chicago", "chicago-15", "chicago-16"):
        end = _chicago_end(first, last, "chicago-15" if range_format == "chicago" else range_format)
    elif range_format == "minimal":
        end = _minimal_end(first, last, 1)
    elif range_format == "minimal-two":
        end = _minimal_end(first, last, 2)
    else:
        end = last
    return f"{first}{delimiter}{end}"
