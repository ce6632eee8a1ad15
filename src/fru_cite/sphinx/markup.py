"""A rendered note (citeproc's HTML) as docutils nodes, so every builder prints it natively.

Italics become emphasis, bold strong; URLs become links; any other tag is
dropped (the FRUS styles use none). Text is unescaped exactly once.
"""

from __future__ import annotations

import html
import re

from docutils import nodes

_TAG = re.compile(r"<(/?)([a-zA-Z]+)[^>]*>")
_URL = re.compile(r"https?://[^\s<>]+[^\s<>.,;:)\]]")
_WRAPPERS = {"i": nodes.emphasis, "em": nodes.emphasis, "b": nodes.strong, "strong": nodes.strong}


def _text_nodes(text: str) -> list[nodes.Node]:
    """Plain text with any URL in it as a link."""
    result: list[nodes.Node] = []
    position = 0
    for match in _URL.finditer(text):
        if match.start() > position:
            result.append(nodes.Text(text[position : match.start()]))
        url = match.group(0)
        result.append(nodes.reference(url, url, refuri=url, classes=["frus-url"]))
        position = match.end()
    if position < len(text):
        result.append(nodes.Text(text[position:]))
    return result


def note_nodes(markup: str) -> list[nodes.Node]:
    """The inline nodes of one note or bibliography entry."""
    top: list[nodes.Node] = []
    stack: list[nodes.Element] = []

    def add(children: list[nodes.Node]) -> None:
        if stack:
            stack[-1].extend(children)
        else:
            top.extend(children)

    position = 0
    for match in _TAG.finditer(markup):
        add(_text_nodes(html.unescape(markup[position : match.start()])))
        position = match.end()
        closing, name = match.group(1) == "/", match.group(2).lower()
        wrapper = _WRAPPERS.get(name)
        if wrapper is None:
            continue
        if not closing:
            stack.append(wrapper())
        elif stack:
            element = stack.pop()
            add([element])
    add(_text_nodes(html.unescape(markup[position:])))
    while stack:  # an unclosed tag keeps its text
        element = stack.pop()
        add([element])
    return top
