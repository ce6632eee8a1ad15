"""The bundled sample document, so ``fru-cite show frus1943v01-d620`` works with no data.

It is FRUS 1943 vol. I doc. 620 exactly as copied from its history.state.gov page,
read by the same page-text reader a user's copy goes through.
"""

from __future__ import annotations

from importlib import resources

from .catalog import load_catalog
from .keys import Key
from .model import Document
from .page_text import read_page_text

SAMPLE_KEY = "frus1943v01-d620"
SAMPLE_RESOURCE = "data/samples/frus1943v01-d620.txt"


def sample_text() -> str:
    """The copied page text of the sample, as bundled."""
    return resources.files("fru_cite").joinpath(SAMPLE_RESOURCE).read_text(encoding="utf-8")


def load_sample() -> Document:
    """The sample document, its volume from the bundled catalog."""
    key = Key("frus1943v01", "d620")
    return read_page_text(
        sample_text(),
        key=key,
        volume=load_catalog().get(key.volume_id),
        source=f"{SAMPLE_KEY} (bundled sample)",
    )
