"""Footnote cues and page markers in text copied from a history.state.gov page.

The site prints a cue as a bare number glued to the word or punctuation before it
("here.50a", "$6,000,000,51") and a page break as "[Page 686]". Copying loses the
superscript, so a cue must be told from the numbers of the text itself: "1943.",
"$6,000,000", "10:30", "3.5 per cent", "M4" are not cues.
"""

from __future__ import annotations

import re
from typing import NamedTuple

PAGE_MARKER = re.compile(r"\[Page\s+(?P<page>\d+|[IVXLCDM]+|[ivxlcdm]+)\]")
_NUMBER = re.compile(r"[1-9]\d{0,2}[a-z]?")
# Punctuation a cue may follow when it ends a word.
_CUE_AFTER = set(".,;:!?)]”’\"'")
# What may follow a cue: the end, a space, a break or closing punctuation.
_CUE_BEFORE = set(".,;:)—")
# "811.20 Defense (M)/2093a": a decimal file number's subject, not a cue's sentence
_FILE_SUBJECT = re.compile(r"[A-Z(][\w()]*(?:\s+[\w()]+){0,3}/")
_NUMBER_ABBREVIATIONS = {"no", "nos", "p", "pp", "art", "arts", "sec", "vol", "par", "pt"}
BREAK = "\ue000"  # stands for a page marker while a paragraph is cleaned
CUE = "\ue001"  # stands for a footnote cue


class Cue(NamedTuple):
    label: str  # the printed label: "50a"
    offset: int  # where it stood in the cleaned paragraph


def _ends_cue(text: str, end: int) -> bool:
    if end < len(text) - 1 and text[end] in ".," and text[end + 1].isdigit():
        return False  # "[$]1,297,085.87": the number goes on
    return end == len(text) or text[end].isspace() or text[end] in _CUE_BEFORE | {BREAK}


def _after_word(text: str, start: int) -> bool:
    """A cue glued to a word: "Molotov12", "Lamb’s16", "20th15"; "M4", "B29" are designations."""
    word = re.search(r"\S*$", text[:start]).group(0)
    if re.fullmatch(r"\d+(?:st|nd|rd|th|d)", word):
        return True
    letters = re.sub(r"[’']", "", re.search(r"(?:[^\W\d_]|[’'])*$", word).group(0))
    return len(letters) >= 2 and not any(ch.isdigit() for ch in word)


def _after_point(text: str, start: int, end: int) -> bool:
    """After "N.": "May 29, 1941.30 The" and "(no. 414)." are cues; "3.5 per cent",
    "$.90", "$66,666.66 US", "about 9.30 I" and "811.20 Defense/7b" are numbers."""
    head = text[: start - 1]
    whole = re.search(r"\d+$", head).group(0)
    label = text[start:end]
    rest = text[end:].lstrip(" ")
    follows = not rest or rest[0].isupper() or rest[0] in '“"[(…' + BREAK
    listed = re.match(r"[a-z0-9]\)", rest) is not None  # "1941.51 c) Technical"
    money = re.search(r"\$[\d,]*$", head) is not None
    clock = re.search(r"\b(?:at|about|till|until|by|before|after|from)\s+\d{1,2}$", head)
    return (
        (follows or listed)
        and not money
        and not (clock and label.isdigit() and int(label) < 60)
        and not whole.startswith("0")
        and not _FILE_SUBJECT.match(rest)
    )


def _after_number(text: str, start: int, end: int) -> bool:
    """A cue after a number and its punctuation: "6,000,000,51", "1940?62", "1903;33".

    Not "6,000" (thousands) or "10:30"; points are judged by _after_point.
    """
    before, label = text[start - 1], text[start:end]
    if before == ",":
        return not (len(label) == 3 and label.isdigit())
    if before == ".":
        return _after_point(text, start, end)
    return before in '?!;)]”’"'


def _is_cue(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a footnote cue, judged by its neighbours."""
    if start == 0 or not _ends_cue(text, end):
        return False
    before = text[start - 1]
    if before.isalpha():
        return _after_word(text, start)
    if before == "…":  # "claim …76": an omission closing a quotation
        return True
    if before not in _CUE_AFTER or start < 2 or text[start - 2].isspace():
        return False
    if text[start - 2] == "$":
        return False  # "$.90"
    if text[start - 2].isdigit():
        return _after_number(text, start, end)
    if before == ".":  # "No.1", "p.147": an abbreviation and its number
        word = re.search(r"[^\W\d_]*$", text[: start - 1]).group(0)
        return word.lower() not in _NUMBER_ABBREVIATIONS
    return True


def mark_paragraph(line: str) -> tuple[str, list[str], list[str]]:
    """The line with markers and cues replaced by placeholders, plus their pages and labels."""
    pages: list[str] = []

    def take_page(match: re.Match[str]) -> str:
        pages.append(match.group("page"))
        return BREAK

    marked = PAGE_MARKER.sub(take_page, line)
    labels: list[str] = []
    pieces: list[str] = []
    last = 0
    for match in _NUMBER.finditer(marked):
        start, end = match.span()
        inside_number = start > 0 and marked[start - 1].isdigit()
        if inside_number or not _is_cue(marked, start, end):
            continue
        pieces += [marked[last:start], CUE]
        labels.append(match.group(0))
        last = end
    pieces.append(marked[last:])
    return "".join(pieces), pages, labels


def clean_paragraph(line: str) -> tuple[str, list[tuple[int, str]], list[Cue]]:
    """The paragraph's words, the page breaks in it and its cues, located by offset.

    A marker between words leaves one space and breaks before the next word
    ("that [Page 687] view" → "that view", break at "view").
    """
    marked, pages, labels = mark_paragraph(line)
    marked = " ".join(marked.split())
    marked = re.sub(f" ?{BREAK} ?", lambda m: (" " if " " in m.group(0) else "") + BREAK, marked)
    marked = marked.lstrip(" ")
    out: list[str] = []
    length = 0
    breaks: list[tuple[int, str]] = []
    cues: list[Cue] = []
    page_iter, label_iter = iter(pages), iter(labels)
    for char in marked:
        if char == BREAK:
            breaks.append((length, next(page_iter)))
        elif char == CUE:
            cues.append(Cue(next(label_iter), length))
        else:
            out.append(char)
            length += 1
    text = "".join(out).rstrip()
    size = len(text)
    return (
        text,
        [(min(offset, size), page) for offset, page in breaks],
        [Cue(cue.label, min(cue.offset, size)) for cue in cues],
    )
