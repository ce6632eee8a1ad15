"""``fru-cite-pandoc``: a pandoc filter that turns FRUS citation keys into checked citations.

Run it before citeproc: ``pandoc --filter fru-cite-pandoc --citeproc in.md -o out.html``.
For every citation whose key is a FRUS key (``[@frus1943v01-d620, p. 686 n. 50a]``) it
finds the document (folders from the metadata field ``fru-cite-data-dir`` or
``FRU_CITE_DATA``, then the bundled sample and the fetch cache), checks the pinpoint
and rewrites it in pandoc's canonical form (``{686n50a}``: braces keep page and note
one locator through pandoc's locator parsing), then adds the CSL-JSON items to the
``references`` metadata, so no bibliography file is needed, and points ``csl`` at the
bundled Chicago style unless the document names one (``fru-cite-style`` picks another).
Any key that is not a FRUS key is left to citeproc.

Each mistake is one line on stderr naming the key and the citation as written; the
filter then exits non-zero and pandoc reports the failure.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import panflute as pf
from panflute.elements import builtin2meta

from .errors import FruCiteError, InputError
from .exporters.chicago import (
    CHICAGO_STYLE,
    OFFICE_STYLE,
    STYLES_DIR,
    office_item,
    style_path,
)
from .exporters.csljson import csl_item
from .keys import looks_like_key, parse_key
from .locators import pandoc_locator, parse_locator, resolve_locator
from .model import Document
from .sources import data_dirs_from, document_from_key

NAME = "fru-cite-pandoc"
# The pandoc-types API versions panflute 2.3 reads and writes (pandoc 2.17 to 3.x).
SUPPORTED_API = ((1, 22), (1, 23))
# What a locator starts with; anything else after the key is ordinary suffix text.
_LOCATOR_START = re.compile(
    r"^(?:\{|\[?\d|(?:pp?|pgs?|pages?|nn?|notes?|fn|footnote|doc(?:ument)?|no|number)\b\.?"
    r"|[ivxlcdm]+$)",
    re.IGNORECASE,
)


class CitationProblem(Exception):
    """One bad FRUS citation: already a one-line message."""


def check_api_version(ast: dict[str, Any]) -> None:
    """Refuse a pandoc whose JSON AST panflute cannot read, before panflute misreads it."""
    version = ast.get("pandoc-api-version") if isinstance(ast, dict) else None
    if not isinstance(version, list) or tuple(version[:2]) not in SUPPORTED_API:
        shown = ".".join(str(part) for part in version) if isinstance(version, list) else "?"
        supported = ", ".join(f"{major}.{minor}" for major, minor in SUPPORTED_API)
        raise InputError(
            f"pandoc API version {shown} is not supported (panflute reads {supported})",
            source=NAME,
            fix="use pandoc 2.17 to 3.x, e.g. the one in the pypandoc-binary wheel",
        )


def split_suffix(text: str) -> tuple[str, str]:
    """A citation suffix (", p. 686, emphasis added") → locator text and the rest."""
    text = text.strip()
    text = text[1:].strip() if text.startswith(",") else text
    if not text or not _LOCATOR_START.match(text):
        return "", text
    if text.startswith("{"):
        end = text.find("}")
        if end < 0:
            return text[1:], ""
        locator, rest = text[1:end], text[end + 1 :]
    else:
        locator, _, rest = text.partition(",")
    return locator.strip(), rest.strip().lstrip(",").strip()


def _words(text: str) -> list[pf.Inline]:
    inlines: list[pf.Inline] = []
    for word in text.split():
        if inlines:
            inlines.append(pf.Space())
        inlines.append(pf.Str(word))
    return inlines


def new_suffix(locator: str, rest: str) -> list[pf.Inline]:
    """The suffix pandoc's locator parser reads as exactly ``locator``, then the rest."""
    inlines: list[pf.Inline] = []
    if locator:
        inlines += [pf.Str(","), pf.Space(), *_words(locator)]
    if rest:
        inlines += [pf.Str(","), pf.Space(), *_words(rest)]
    return inlines


def _strings(value: Any) -> Any:
    """Numbers as strings: pandoc metadata has no numbers, and citeproc reads "1963"."""
    if isinstance(value, dict):
        return {key: _strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_strings(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _meta_text(doc: pf.Doc, name: str) -> list[str]:
    value = doc.get_metadata(name, default=None)
    if value is None:
        return []
    return [str(entry) for entry in value] if isinstance(value, list) else [str(value)]


def prepare(doc: pf.Doc) -> None:
    doc.fru_documents = {}
    doc.fru_problems = []
    doc.fru_dirs = tuple(data_dirs_from(_meta_text(doc, "fru-cite-data-dir")))


def _document(doc: pf.Doc, key: str) -> Document:
    if key not in doc.fru_documents:
        doc.fru_documents[key] = document_from_key(parse_key(key), doc.fru_dirs)
    return doc.fru_documents[key]


def cite(elem: pf.Element, doc: pf.Doc) -> None:
    """Check and rewrite each FRUS citation of a Cite element."""
    if not isinstance(elem, pf.Cite):
        return
    written = pf.stringify(elem)
    for citation in elem.citations:
        if not looks_like_key(citation.id):
            continue
        locator_text, rest = split_suffix(pf.stringify(citation.suffix))
        try:
            document = _document(doc, citation.id)
            locator = ""
            if locator_text:
                resolved = resolve_locator(parse_locator(locator_text), document)
                # A document number is the item's own ``number``, which the style
                # prints already: as a locator too it would print twice (csl_locator).
                locator = "" if resolved.document_number else pandoc_locator(resolved)
        except FruCiteError as error:
            message = str(error)  # most errors already start with the key they concern
            if not message.startswith(citation.id):
                message = f"{citation.id}: {message}"
            doc.fru_problems.append(f"{NAME}: {message} (in “{written}”)")
            continue
        citation.suffix = new_suffix(locator, rest)


def _style(doc: pf.Doc) -> Path:
    chosen = _meta_text(doc, "fru-cite-style")
    if chosen:
        return style_path(chosen[0])
    named = _meta_text(doc, "csl")
    return Path(named[0]) if named else style_path(CHICAGO_STYLE)


def _item(document: Document, style: Path) -> dict[str, Any]:
    if style.resolve() == (STYLES_DIR / f"{OFFICE_STYLE}.csl").resolve():
        return office_item(document)
    return csl_item(document)


def finalize(doc: pf.Doc) -> None:
    """Add the cited documents to ``references`` and name the style."""
    if doc.fru_problems:
        return
    style = _style(doc)
    if not _meta_text(doc, "csl") or _meta_text(doc, "fru-cite-style"):
        doc.metadata["csl"] = pf.MetaString(str(style))
    if not doc.fru_documents:
        return
    existing = doc.metadata["references"] if "references" in doc.metadata else pf.MetaList()
    known = {str(pf.stringify(entry["id"])) for entry in existing if "id" in entry}
    for key, document in doc.fru_documents.items():
        if key not in known:
            existing.append(builtin2meta(_strings(_item(document, style))))
    doc.metadata["references"] = existing


def run(text: str) -> tuple[str, list[str]]:
    """The filtered JSON AST and the problems found (one line each)."""
    ast = json.loads(text)
    check_api_version(ast)
    doc = pf.load(io.StringIO(text))
    doc = pf.run_filter(cite, prepare=prepare, finalize=finalize, doc=doc)
    out = io.StringIO()
    pf.dump(doc, out)
    return out.getvalue(), list(doc.fru_problems)


def main() -> None:
    """Console script: JSON AST on stdin → JSON AST on stdout (pandoc passes the format)."""
    try:
        output, problems = run(sys.stdin.read())
    except FruCiteError as error:
        print(f"{NAME}: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    except json.JSONDecodeError:
        print(
            f"{NAME}: stdin is not a pandoc JSON AST; run it as pandoc --filter {NAME}",
            file=sys.stderr,
        )
        raise SystemExit(1) from None
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1)
    sys.stdout.write(output)


if __name__ == "__main__":
    main()
