"""Turning plain text into BibTeX field text: escaping, encoding and brace protection.

Two readers are served. Biber (BibLaTeX) reads UTF-8, so only the characters
LaTeX treats as commands are escaped. Classic BibTeX with a ``.bst`` style counts
bytes, so Latin letters and typographic punctuation are written as LaTeX
accents and ligatures (``{\\'e}``, ``{--}``); scripts with no LaTeX accent form
(Cyrillic, Greek, CJK) stay UTF-8, which is what a UTF-8 LaTeX document expects.

Braces are written as ``\\textbraceleft{}``/``\\textbraceright{}``, not ``\\{``:
BibTeX counts every brace, escaped or not, so a lone ``\\{`` breaks the entry.
Ligatures the input did not ask for (``--``, ``''``, ``?```) are broken with ``{}``.

Styles lower-case titles ("sentence case"); runs of capitalised words — proper
nouns, Roman numerals, "United States" — are wrapped in braces so they survive:
``{Memorandum of Conversation}, by the {Secretary of State}``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import UnicodeToLatexEncoder

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
# Characters that form a ligature with the next one of the same set in LaTeX.
_LIGATURE_PAIRS = {("-", "-"), ("`", "`"), ("'", "'"), ("?", "`"), ("!", "`"), ("<", "<"),
                   (">", ">"), (",", ",")}  # fmt: skip
# Typographic punctuation written as LaTeX ligatures for classic BibTeX.
_ASCII_PUNCTUATION = {
    "\u2013": "{--}",
    "\u2014": "{---}",
    "\u201c": "{``}",
    "\u201d": "{''}",
    "\u00a0": "{~}",
}
_CONNECTORS = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "at",
        "to",
        "by",
        "de",
        "du",
        "la",
        "le",
        "von",
        "van",
        "der",
        "des",
        "den",
        "y",
        "et",
    ]
)
_WORD = re.compile(r"^(?P<lead>\W*)(?P<core>.*?)(?P<trail>\W*)$", re.DOTALL)

_ENCODER = UnicodeToLatexEncoder(
    non_ascii_only=True,
    replacement_latex_protection="braces-all",
    unknown_char_policy="keep",
    unknown_char_warning=False,
)
_DECODER = LatexNodes2Text()


@lru_cache(maxsize=4096)
def _latin(char: str) -> str:
    """A LaTeX accent form for a Latin letter or sign, where one reads back exactly."""
    code = ord(char)
    if not (0x00A0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF or 0x2010 <= code <= 0x2044):
        return char
    encoded = _ENCODER.unicode_to_latex(char)
    if encoded != char and _DECODER.latex_to_text(encoded) == char:
        return encoded
    return char


# What escape() rewrites: a special, the first of a ligature pair (the pair's second
# character only looked at), and for classic BibTeX any character beyond ASCII.
_LIGATURE_FIRST = "|".join(
    f"{re.escape(first)}(?={re.escape(second)})" for first, second in sorted(_LIGATURE_PAIRS)
)
_SPECIAL_CLASS = "[" + "".join(re.escape(char) for char in _SPECIALS) + "]"
_TO_ESCAPE = re.compile(f"{_SPECIAL_CLASS}|{_LIGATURE_FIRST}")
_TO_ESCAPE_ASCII = re.compile(f"{_SPECIAL_CLASS}|{_LIGATURE_FIRST}|[^\\x00-\\x7f]")


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SPECIALS:
        return _SPECIALS[char]
    if char in _ASCII_PUNCTUATION:
        return _ASCII_PUNCTUATION[char]
    if ord(char) > 127:
        return _latin(char)
    return char + "{}"  # the first of a ligature pair


@lru_cache(maxsize=8192)
def escape(text: str, *, ascii_only: bool = False) -> str:
    """Plain text as LaTeX field text: specials escaped, stray ligatures broken."""
    return (_TO_ESCAPE_ASCII if ascii_only else _TO_ESCAPE).sub(_escaped, text)


def _capitalised(core: str) -> bool:
    return any(ch.isupper() for ch in core)


def _past_connectors(words: list[re.Match[str] | None], start: int) -> int:
    """The index after the lower-case connectors ("of", "the") that begin at ``start``."""
    index = start
    while index < len(words):
        word = words[index]
        if not word or word["lead"] or word["trail"] or word["core"] not in _CONNECTORS:
            break
        index += 1
    return index


@lru_cache(maxsize=4096)
def protect(text: str, *, ascii_only: bool = False) -> str:
    """Escape a title and brace each run of capitalised words against lower-casing."""
    chunks = re.split(r"(\s+)", " ".join(text.split()))
    words = [_WORD.match(chunk) for chunk in chunks[::2]]
    parts: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if not word or not _capitalised(word["core"]):
            parts.append(escape(chunks[2 * index], ascii_only=ascii_only))
            index += 1
            continue
        end = index  # extend the run while words join without punctuation between
        while end + 1 < len(words) and not words[end]["trail"]:
            nxt = words[end + 1]
            if nxt["lead"]:
                break
            if _capitalised(nxt["core"]):
                end += 1
                continue
            after = _past_connectors(words, end + 1)  # "of the" in "Relations of the United"
            if after == end + 1 or after >= len(words) or words[after]["lead"]:
                break
            if not _capitalised(words[after]["core"]):
                break
            end = after
        run = " ".join(chunks[2 * i] for i in range(index, end + 1))
        lead, trail = word["lead"], words[end]["trail"]
        inner = run[len(lead) : len(run) - len(trail)]
        parts.append(
            escape(lead, ascii_only=ascii_only)
            + "{"
            + escape(inner, ascii_only=ascii_only)
            + "}"
            + escape(trail, ascii_only=ascii_only)
        )
        index = end + 1
    return " ".join(parts)


@lru_cache(maxsize=4096)
def name_part(text: str, *, ascii_only: bool = False) -> str:
    """One part of a personal name, braced where BibTeX would split or misread it."""
    clean = " ".join(text.split())
    tokens = escape(clean, ascii_only=ascii_only).split(" ")
    # A word opening with a macro is braced: some readers take "and \t…" for "and" + tab.
    value = " ".join("{" + t + "}" if t.startswith("\\") else t for t in tokens)
    if "," in clean or re.search(r"(^|\s)and(\s|$)", clean, re.IGNORECASE):
        return "{" + value + "}"
    return value
