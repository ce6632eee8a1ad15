"""Inclusive page numbers as Chicago and the Office of the Historian print them.

Chicago (CMOS 9.64) abbreviates the second number of a range by the first one:

    first number             rule                              examples
    less than 100            all digits                        3–10, 71–72, 96–117
    100 or a multiple        all digits                        100–104, 1100–1113
    101–109 (per hundred)    changed part only                 101–8, 808–33, 1103–4
    110–199 (per hundred)    two digits, or more as needed     321–28, 498–532, 1087–89,
                                                               11564–615, 12991–3001

The manual's own example 1496–1500 (not "1496–500") keeps the older rule that a
four-digit number in which three digits change is printed whole; we apply it to
both abbreviating rows. The Office writes ranges in full ("685–687"). Pages that
are not Arabic numbers (front matter "XIV", "xii") are printed as given.
"""

from __future__ import annotations

EN_DASH = "–"


def is_numeric(page: str) -> bool:
    """True for an Arabic page number ("686"), False for "XIV" or "[3]"."""
    return page.isascii() and page.isdigit()


def expand_end(first: str, last: str) -> str:
    """The end page written in full: ``("685", "87")`` → "687", ``("1496", "500")`` → "1496".

    An end with fewer digits than the start borrows the start's leading digits, as
    a reader of "pp. 685–87" does. Non-numeric pages are returned unchanged.
    """
    if is_numeric(first) and is_numeric(last) and len(last) < len(first):
        return first[: len(first) - len(last)] + last
    return last


def _changed_from(first: str, last: str) -> int:
    """Index of the first digit where two equally long numbers differ."""
    for index, (a, b) in enumerate(zip(first, last, strict=True)):
        if a != b:
            return index
    return len(first)


def chicago_end(first: str, last: str) -> str:
    """The end page as Chicago prints it after ``first`` (see the module's table)."""
    last = expand_end(first, last)
    if not (is_numeric(first) and is_numeric(last)):
        return last
    start, end = int(first), int(last)
    first, last = str(start), str(end)  # drop any leading zeros the input carried
    if start < 100 or start % 100 == 0 or len(first) != len(last) or end <= start:
        return last
    changed = _changed_from(first, last)
    kept = len(last) - changed
    if start % 100 >= 10:
        kept = max(kept, 2)
    if len(last) == 4 and kept >= 3:
        return last  # three digits change in a four-digit number: 1496–1500
    return str(int(last[-kept:]))  # "changed part only, omitting unneeded zeros": 101–8


def chicago_range(first: str, last: str | None = None) -> str:
    """``("685", "687")`` → "685–87"; one page when ``last`` is absent or the same."""
    if last is None or expand_end(first, last) == first:
        return first
    return f"{first}{EN_DASH}{chicago_end(first, last)}"


def office_range(first: str, last: str | None = None) -> str:
    """The Office of the Historian's full form: ``("685", "87")`` → "685–687"."""
    if last is None or expand_end(first, last) == first:
        return first
    return f"{first}{EN_DASH}{expand_end(first, last)}"
