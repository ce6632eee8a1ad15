"""fru_cite: cite the Foreign Relations of the United States to the page and the footnote."""

from .errors import (
    FruCiteError,
    InputError,
    KeyFormatError,
    LocatorError,
    PageTextError,
    PluginError,
    QuoteNotFoundError,
    TEIError,
    UnknownDocumentError,
    UnknownFormatError,
)
from .keys import Key, parse_key
from .model import (
    Attachment,
    Citation,
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    DocumentKind,
    Footnote,
    Locator,
    Medium,
    PageBreak,
    Party,
    PersonName,
    SourceNote,
    Volume,
)

__version__ = "0.1.0"

__all__ = [
    "Attachment",
    "Citation",
    "DatePrecision",
    "DateState",
    "Document",
    "DocumentDate",
    "DocumentKind",
    "Footnote",
    "FruCiteError",
    "InputError",
    "Key",
    "KeyFormatError",
    "Locator",
    "LocatorError",
    "Medium",
    "PageBreak",
    "PageTextError",
    "Party",
    "PersonName",
    "PluginError",
    "QuoteNotFoundError",
    "SourceNote",
    "TEIError",
    "UnknownDocumentError",
    "UnknownFormatError",
    "Volume",
    "parse_key",
]
