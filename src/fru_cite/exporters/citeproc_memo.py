"""Rendering each CSL macro once per distinct input, for speed across a volume's notes.

Every document of a volume shares the volume's part of a note ("in *Foreign
Relations…*, vol. 1, *General*, ed. …"), so citeproc-py would render the same
macros with the same values hundreds of times. A macro's output depends only on
the variables it reads, the item's type, the locator and the layout it runs in,
unless it tests positions, substitutes, or reads counters; such macros are never
cached. The conformance tests against citeproc-js guard the equivalence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citeproc import model

_UNCACHEABLE_VARIABLES = {
    "citation-number",
    "year-suffix",
    "first-reference-note-number",
    "citation-label",
}
_VARIABLE_ATTRIBUTES = ("variable", "is-numeric", "is-uncertain-date")
_INSTALLED = False


def _reads(macro: Any, seen: set[str] | None = None) -> tuple[str, ...] | None:
    """The variables a macro reads (nested macros included); None if it may not be cached."""
    seen = set() if seen is None else seen
    variables: set[str] = set()
    for element in macro.iter():
        tag = element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
        if tag == "substitute" or "position" in element.attrib or "disambiguate" in element.attrib:
            return None
        for attribute in _VARIABLE_ATTRIBUTES:
            variables.update(element.get(attribute, "").split())
        if "locator" in element.attrib:
            variables.add("locator")
        name = element.get("macro")
        if name and name not in seen:
            seen.add(name)
            inner = _reads(element.get_macro(name), seen)
            if inner is None:
                return None
            variables.update(inner)
    if variables & _UNCACHEABLE_VARIABLES:
        return None
    return tuple(sorted(variables))


def _key(macro: Any, item: Any, context: Any, variables: tuple[str, ...]) -> tuple | None:
    layout = context.get_layout()
    if layout.repressed:
        return None
    reference = item.reference
    values: list[Any] = [id(layout), reference.type]
    for variable in variables:
        if variable == "locator":
            locator = item.get("locator")
            values.append((locator.label, str(locator.identifier)) if locator else None)
        else:
            values.append(repr(reference.get(variable.replace("-", "_"))))
    return tuple(values)


def _memoised(original: Callable[..., Any]) -> Callable[..., Any]:
    def render(self: Any, item: Any, context: Any = None, sort_options: Any = None) -> Any:
        state = self.__dict__
        if "_fru_cite_reads" not in state:
            state["_fru_cite_reads"] = _reads(self)
            state["_fru_cite_memo"] = {}
        variables = state["_fru_cite_reads"]
        if variables is None or sort_options is not None or context is None:
            return original(self, item, context=context, sort_options=sort_options)
        key = _key(self, item, context, variables)
        if key is None:
            return original(self, item, context=context, sort_options=sort_options)
        memo = state["_fru_cite_memo"]
        if key not in memo:
            memo[key] = original(self, item, context=context, sort_options=sort_options)
        return memo[key]

    return render


def forget(elements: list[Any]) -> None:
    """Drop the outputs kept on a style's macros: a render call keeps them only for itself."""
    for element in elements:
        memo = element.__dict__.get("_fru_cite_memo")
        if memo:
            memo.clear()


def install() -> None:
    """Memoise ``Macro.render`` once per process (macros must be pinned: see csl_notes)."""
    global _INSTALLED
    if not _INSTALLED:
        model.Macro.render = _memoised(model.Macro.render)
        _INSTALLED = True
