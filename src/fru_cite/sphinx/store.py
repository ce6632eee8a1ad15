"""What the extension keeps in the build environment, per source document.

Only plain tuples of strings, so the environment pickles and parallel readers can
merge their parts: for each docname the citations in reading order as
(key, locator text, node id), and whether the page lists the whole project's
bibliography (such pages are re-read whenever any page changes).
"""

from __future__ import annotations

from collections.abc import Iterable

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

Entry = tuple[str, str, str]  # key, locator text, node id


def citations(env: BuildEnvironment) -> dict[str, list[Entry]]:
    if not hasattr(env, "fru_cite_citations"):
        env.fru_cite_citations = {}  # type: ignore[attr-defined]
    return env.fru_cite_citations  # type: ignore[attr-defined]


def full_bibliographies(env: BuildEnvironment) -> set[str]:
    if not hasattr(env, "fru_cite_all_pages"):
        env.fru_cite_all_pages = set()  # type: ignore[attr-defined]
    return env.fru_cite_all_pages  # type: ignore[attr-defined]


def record(env: BuildEnvironment, docname: str, entry: Entry) -> None:
    citations(env).setdefault(docname, []).append(entry)


def purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """env-purge-doc: forget a page about to be re-read."""
    citations(env).pop(docname, None)
    full_bibliographies(env).discard(docname)


def merge(
    app: Sphinx, env: BuildEnvironment, docnames: Iterable[str], other: BuildEnvironment
) -> None:
    """env-merge-info: take over what a parallel reader recorded for its pages."""
    theirs = citations(other)
    pages = full_bibliographies(other)
    for docname in docnames:
        if docname in theirs:
            citations(env)[docname] = list(theirs[docname])
        if docname in pages:
            full_bibliographies(env).add(docname)


def outdated(
    app: Sphinx,
    env: BuildEnvironment,
    added: set[str],
    changed: set[str],
    removed: set[str],
) -> list[str]:
    """env-get-outdated: a whole-project bibliography changes when any page does."""
    if not (added or changed or removed):
        return []
    return sorted(full_bibliographies(env) - removed - changed)


def project_entries(env: BuildEnvironment) -> list[tuple[str, Entry]]:
    """Every recorded citation of the project, pages in name order (the style sorts anyway)."""
    return [(doc, entry) for doc in sorted(citations(env)) for entry in citations(env)[doc]]
