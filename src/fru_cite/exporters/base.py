"""What an exporter is: a named renderer of citations into one output format.

Exporters are small records (as datasette's output renderers are) so the
registry can list, check and pick them without knowing how they render.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Citation

FORMS = ("full", "short", "bib", "note-itself")


@dataclass(frozen=True)
class RenderOptions:
    """How the user asked for the citations to be rendered.

    ``form`` picks the Chicago form (full note, short note, bibliography entry, or
    the editors' footnote itself); formats without forms ignore it. ``style`` names
    a CSL style or gives its path, for exporters that render through CSL.
    """

    form: str = "full"
    style: str | None = None


@dataclass(frozen=True)
class Exporter:
    """One output format: its name on the command line and how it renders."""

    name: str  # "biblatex": what ``--format`` takes
    description: str  # one line for ``fru-cite formats``
    extension: str  # ".bib", without which a saved file would not open in its tool
    media_type: str  # "application/x-bibtex"
    render: Callable[[Sequence[Citation], RenderOptions], str]
