"""Rendering each CSL macro once per distinct input, for speed across a volume's notes.

Every document of a volume shares the volume's part of a note ("in *Foreign
Relations…*, vol. 1, *General*, ed. …"), so citeproc-py would render the same
macros with the same values hundreds of times. A macro's output depends only on
the variables it reads, the item's type, the locator, the layout it runs in and
(for a sort key) the sort's name options, unless it tests positions, substitutes,
or reads counters; such macros are never cached. The conformance tests against
citeproc-js guard the equivalence.

Lookups about the style's own tree (its root, a locale's options, a term) are kept
on the element asked, as citeproc-py keeps its own state there: the tree never
changes once parsed, and csl_notes keeps every element's proxy alive.
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
        if variables is None or context is None:
            return original(self, item, context=context, sort_options=sort_options)
        key = _key(self, item, context, variables)
        if key is None:
            return original(self, item, context=context, sort_options=sort_options)
        if sort_options is not None:  # a sort key: rendered with the sort's name options
            key += (tuple(sorted(sort_options.items())),)
        memo = state["_fru_cite_memo"]
        if key not in memo:
            memo[key] = original(self, item, context=context, sort_options=sort_options)
        return memo[key]

    return render


def _kept_root(self: Any) -> Any:
    """``get_root``: the style (or locale) root, found once per element."""
    state = self.__dict__
    root = state.get("_fru_cite_root")
    if root is None:
        root = state["_fru_cite_root"] = self.getroottree().getroot()
    return root


def _formatter(self: Any) -> Any:
    """``get_formatter`` on the kept root: asked for by every piece of text rendered."""
    root = self.__dict__.get("_fru_cite_root")
    if root is None:
        root = _kept_root(self)
    return root.style.formatter if isinstance(root, model.Locale) else root.formatter


def _kept_locale_option(original: Callable[..., Any]) -> Callable[..., Any]:
    def get_option(self: Any, name: str) -> Any:
        kept = self.__dict__.setdefault("_fru_cite_options", {})
        if name not in kept:
            try:
                kept[name] = (original(self, name), None)
            except IndexError as error:  # no style-options: the caller tries the next locale
                kept[name] = (None, error)
        value, error = kept[name]
        if error is not None:
            raise IndexError(*error.args)
        return value

    return get_option


def _kept_term(original: Callable[..., Any]) -> Callable[..., Any]:
    def get_term(
        self: Any, name: str, form: Any = None, fallback_locale: bool = True, zero_padded=False
    ) -> Any:
        kept = self.get_root().__dict__.setdefault("_fru_cite_terms", {})
        key = (name, form, fallback_locale, zero_padded)
        if key not in kept:
            kept[key] = original(self, name, form, fallback_locale, zero_padded)
        return kept[key]

    return get_term


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
        model.CitationStylesElement.get_root = _kept_root
        model.CitationStylesElement.get_formatter = _formatter
        model.Locale.get_option = _kept_locale_option(model.Locale.get_option)
        model.CitationStylesElement.get_term = _kept_term(model.CitationStylesElement.get_term)
        _INSTALLED = True
