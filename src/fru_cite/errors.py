"""What fru_cite raises, so a user knows what to catch.

    FruCiteError                 anything fru_cite refuses, with a one-line message
    ├── InputError               the user's input is wrong (exit status 2)
    │   ├── KeyFormatError       a citation key or URL that names no FRUS document
    │   ├── UnknownDocumentError a well-formed key whose volume or document is not known
    │   ├── LocatorError         a page, note or document number the document does not have
    │   ├── TEIError             a TEI file that is not well-formed, hostile, or not FRUS
    │   ├── PageTextError        copied page text that cannot be read as a FRUS document
    │   ├── UnknownFormatError   an output format no installed exporter provides
    │   └── PluginError          a plugin that cannot be loaded, or clashes with another
    └── QuoteNotFoundError       a quotation that does not occur in the document

Every error names the input (``source``), where in it (``place``) and the fix,
because the command line prints exactly ``str(error)`` and nothing else.
"""

from __future__ import annotations


class FruCiteError(Exception):
    """Base of every error fru_cite raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        place: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.place = place
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.source, self.place) if part)
        text = f"{where}: {self.message}" if where else self.message
        if self.fix:
            text = f"{text}; {self.fix}"
        return " ".join(text.split())  # always one line


class InputError(FruCiteError):
    """The user's input is wrong; the command line exits with status 2."""


class KeyFormatError(InputError):
    pass


class UnknownDocumentError(InputError):
    pass


class LocatorError(InputError):
    pass


class TEIError(InputError):
    pass


class PageTextError(InputError):
    pass


class UnknownFormatError(InputError):
    pass


class PluginError(InputError):
    pass


class QuoteNotFoundError(FruCiteError):
    pass
