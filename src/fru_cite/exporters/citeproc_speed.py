"""Shortcuts through citeproc-py's hottest paths, each giving exactly its output.

A note passes through a few hundred element calls, and most of their time goes to
asking again what never changes: whether an element has a prefix or a font style,
whether a macro calls a variable, which layout an element sits in, a locale option.
Those answers are facts about the parsed style tree, so they are kept on the
element (as citeproc-py keeps its own state there; csl_notes keeps every element's
proxy alive). Where an element sets none of the attributes a step reads, the step
is skipped for what citeproc-py would compute anyway: ``'' + text + ''``.

The item side is sped up the same way: citeproc-py's dictionaries answer attribute
reads through two Python-level calls, which are reduced to one here, with the same
``VariableError`` when a variable is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citeproc import model
from citeproc.source import CitationItem, CustomDict, VariableError

_FORMATTING = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")
_AFFIXES = ("prefix", "suffix")
_get = dict.__getitem__
_INSTALLED = False


def _lacks(element: Any, name: str, attributes: tuple[str, ...]) -> bool:
    """Whether the element sets none of ``attributes`` (answered once per element)."""
    state = element.__dict__
    answer = state.get(name)
    if answer is None:
        attrib = element.attrib
        answer = state[name] = not any(attribute in attrib for attribute in attributes)
    return answer


def _format(original: Callable[..., Any]) -> Callable[..., Any]:
    def format(self: Any, string: Any) -> Any:  # noqa: A001 - citeproc-py's name
        if _lacks(self, "_fru_cite_unformatted", _FORMATTING):
            return str(string) if isinstance(string, (int, float)) else string
        return original(self, string)

    return format


def _wrap(original: Callable[..., Any]) -> Callable[..., Any]:
    def wrap(self: Any, string: Any) -> Any:
        if string is not None and _lacks(self, "_fru_cite_unaffixed", _AFFIXES):
            return "" + string + ""  # what affixing with '' gives, types included
        return original(self, string)

    return wrap


def _quote(original: Callable[..., Any]) -> Callable[..., Any]:
    def quote(self: Any, string: Any) -> Any:
        if _lacks(self, "_fru_cite_unquoted", ("quotes",)):
            self.get_locale_option("punctuation-in-quote").lower()  # fails as citeproc-py does
            return string
        return original(self, string)

    return quote


def _strip_periods(original: Callable[..., Any]) -> Callable[..., Any]:
    def strip_periods(self: Any, string: Any) -> Any:
        if _lacks(self, "_fru_cite_unstripped", ("strip-periods",)):
            return string
        return original(self, string)

    return strip_periods


def _kept(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    """A method without arguments, answered once per element."""

    def kept(self: Any) -> Any:
        state = self.__dict__
        if name not in state:
            state[name] = original(self)
        return state[name]

    return kept


def _kept_macro(self: Any, name: str) -> Any:
    """``get_macro``: the style's macro of that name, found once per name."""
    root = self.get_root()
    macros = root.__dict__.setdefault("_fru_cite_macros", {})
    macro = macros.get(name)
    if macro is None:
        macro = macros[name] = root.xpath_search(f"cs:macro[@name='{name}'][1]")[0]
    return macro


def _kept_locale_option(original: Callable[..., Any]) -> Callable[..., Any]:
    def get_locale_option(self: Any, name: str) -> Any:
        kept = self.get_root().__dict__.setdefault("_fru_cite_locale_options", {})
        if name not in kept:
            kept[name] = original(self, name)
        return kept[name]

    return get_locale_option


def _getattr(self: Any, name: str) -> Any:
    try:
        return _get(self, name)
    except KeyError:
        raise VariableError from None


def _reference(self: Any) -> Any:
    """``CitationItem.reference``: the item's entry in its bibliography's source."""
    try:
        bibliography = _get(_get(self, "citation"), "bibliography")
        key = _get(self, "key")
    except KeyError:
        raise VariableError from None
    return bibliography.source[key]


def _bibliography(self: Any) -> Any:
    try:
        return _get(_get(self, "citation"), "bibliography")
    except KeyError:
        raise VariableError from None


def _kept_child(original: Callable[..., Any]) -> Callable[..., Any]:
    """``element.layout``-style lookups of a child element, found once per element."""

    def __getattr__(self: Any, name: str) -> Any:
        found = original(self, name)
        if not name.startswith("_"):
            self.__dict__[name] = found
        return found

    return __getattr__


def pin(citation: Any) -> None:
    """Make a registered citation's fixed fields plain attributes, read without a call.

    citeproc-py looks back over every earlier citation item's ``key`` and
    ``citation`` for each position test; as dictionary entries each read costs a
    Python call. Both are written once (``CitationItem`` and ``Citation`` set them
    when built) and stay in the dictionary as well.
    """
    for cite in _get(citation, "cites"):
        state = cite.__dict__
        state["key"] = _get(cite, "key")
        state["citation"] = _get(cite, "citation")


ORIGINALS: dict[str, Callable[..., Any]] = {}  # citeproc-py's own, for the tests to compare


def _replace(owner: Any, name: str, make: Callable[[Callable[..., Any]], Any]) -> None:
    original = owner.__dict__[name]
    ORIGINALS[f"{owner.__name__}.{name}"] = original
    setattr(owner, name, make(original))


def install() -> None:
    """Apply the shortcuts once per process (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    element = model.CitationStylesElement
    _replace(CustomDict, "__getattr__", lambda _: _getattr)
    _replace(CustomDict, "__getitem__", lambda _: _getattr)
    _replace(CitationItem, "reference", lambda _: property(_reference))
    _replace(CitationItem, "bibliography", lambda _: property(_bibliography))
    _replace(model.Formatted, "format", _format)
    _replace(model.Affixed, "wrap", _wrap)
    _replace(model.Quoted, "quote", _quote)
    _replace(model.StrippedPeriods, "strip_periods", _strip_periods)
    _replace(model.Parent, "calls_variable", lambda m: _kept("_fru_cite_calls", m))
    _replace(model.Text, "calls_variable", lambda m: _kept("_fru_cite_calls", m))
    _replace(element, "get_layout", lambda m: _kept("_fru_cite_layout", m))
    _replace(element, "get_macro", lambda _: _kept_macro)
    _replace(element, "get_locale_option", _kept_locale_option)
    _replace(model.SomewhatObjectifiedElement, "__getattr__", _kept_child)
    _INSTALLED = True
