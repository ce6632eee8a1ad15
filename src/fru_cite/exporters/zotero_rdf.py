"""Zotero RDF: a FRUS document as the book section Zotero's own RDF importer reads.

The graph takes the shapes of Zotero's "Zotero RDF" export translator, because
Zotero's "RDF" import translator reads exactly those back: a ``bib:BookSection``
(``z:itemType`` "bookSection") whose ``dcterms:isPartOf`` is a ``bib:Book`` with
the container title and ``prism:volume``; creators as ``rdf:Seq`` lists of
``foaf:Person``; the publisher a ``foaf:Organization`` with a ``vcard:Address``;
the URL a ``dcterms:URI``; the file number in ``dc:coverage`` (Zotero's "Loc. in
Archive"); and ``dc:description``, which the importer keeps as Extra only when
the node carries ``z:itemType``.

Zotero's book section has no field for the document's genre, date, place or
recipient, nor for the volume title, so those go into Extra as the CSL-variable
lines Zotero's citation processor reads (``genre: …``, ``event-date: …``,
``recipient: Family || Given``), with Better BibTeX's ``Citation Key: …`` last.
``z:type`` and ``z:recipients`` are not used: the importer copies every ``z:``
property of the item into a field of that name, which a book section lacks.

Values come from the shared CSL mapping (:func:`fru_cite.exporters.csljson.csl_item`),
so every exporter names the same author, title, publisher and place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from lxml import etree
from rdflib import RDF, Graph, Namespace

from ..hookspecs import hookimpl
from ..model import Citation, Document
from .base import Exporter, RenderOptions
from .csljson import csl_item

BIB = Namespace("http://purl.org/net/biblio#")
DC = Namespace("http://purl.org/dc/elements/1.1/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
LINK = Namespace("http://purl.org/rss/1.0/modules/link/")
PRISM = Namespace("http://prismstandard.org/namespaces/1.2/basic/")
VCARD = Namespace("http://nwalsh.com/rdf/vCard#")
Z = Namespace("http://www.zotero.org/namespaces/export#")

# The prefixes, in the order Zotero's own export writes them on the root element.
PREFIXES: tuple[tuple[str, Namespace], ...] = (
    ("rdf", Namespace(str(RDF))),
    ("z", Z),
    ("dcterms", DCTERMS),
    ("bib", BIB),
    ("foaf", FOAF),
    ("link", LINK),
    ("dc", DC),
    ("vcard", VCARD),
    ("prism", PRISM),
)

LIBRARY_CATALOG = "Office of the Historian"


def csl_date(value: Any) -> str | None:
    """A CSL date as Zotero writes one: ``{"date-parts": [[1943, 10, 30]]}`` → "1943-10-30"."""
    if not isinstance(value, Mapping):
        return str(value) if value else None
    parts = [[int(number) for number in part] for part in value.get("date-parts") or () if part]
    if parts:
        # a date known only to lie between two days is written as an ISO 8601 interval
        return "/".join(
            "-".join([f"{part[0]:04d}", *(f"{number:02d}" for number in part[1:])])
            for part in parts
        )
    return value.get("raw") or value.get("literal")


def zotero_first_name(name: Mapping[str, str]) -> str:
    """Zotero keeps a suffix after a comma in the first name ("Richard, Jr.")."""
    given, suffix = name.get("given", ""), name.get("suffix", "")
    return f"{given}, {suffix}" if given and suffix else given or suffix


def extra_lines(document: Document, csl: Mapping[str, Any]) -> list[str]:
    """Zotero's Extra: what a book section has no field for, one ``label: value`` a line."""
    lines = []
    if csl.get("part"):
        lines.append(f"part-number: {csl['part']}")
    if csl.get("volume-title"):
        lines.append(f"volume-title: {csl['volume-title']}")
    if csl.get("genre"):
        lines.append(f"genre: {csl['genre']}")
    if event_date := csl_date(csl.get("event-date")):
        lines.append(f"event-date: {event_date}")
    if csl.get("event-place"):
        lines.append(f"event-place: {csl['event-place']}")
    for name in csl.get("recipient", ()):
        if "family" in name:
            given = zotero_first_name(name)
            lines.append(
                f"recipient: {name['family']} || {given}"
                if given
                else f"recipient: {name['family']}"
            )
        elif "literal" in name:
            lines.append(f"recipient: {name['literal']}")
    lines.append(f"Citation Key: {document.key}")
    # Extra is one field of lines: a value with a line break would start a false label.
    return [" ".join(line.split()) for line in lines]


def _tag(namespace: Namespace, local: str) -> str:
    return f"{{{namespace}}}{local}"


_RDF = Namespace(str(RDF))
_ABOUT, _NODE_ID = _tag(_RDF, "about"), _tag(_RDF, "nodeID")


def _node(parent: etree._Element, prop: str, kind: str, node_id: str) -> etree._Element:
    """``<prop><kind rdf:nodeID="…">``: a blank node written inside the property naming it."""
    return etree.SubElement(etree.SubElement(parent, prop), kind, {_NODE_ID: node_id})


def _literal(parent: etree._Element, prop: str, value: str) -> None:
    element = etree.SubElement(parent, prop)
    if value:  # an empty literal is an empty element, as rdflib and lxml write it
        element.text = value


def _people(
    item: etree._Element, prop: str, names: Sequence[Mapping[str, str]], label: str
) -> None:
    """Creators as Zotero writes them: an ``rdf:Seq`` of ``foaf:Person``."""
    people = [name for name in names if name.get("family") or name.get("literal")]
    if not people:
        return
    seq = _node(item, prop, _tag(_RDF, "Seq"), label)
    for number, name in enumerate(people, start=1):
        person = _node(seq, _tag(_RDF, f"_{number}"), _tag(FOAF, "Person"), f"{label}-{number}")
        _literal(person, _tag(FOAF, "surname"), name.get("family") or name["literal"])
        if first := zotero_first_name(name):
            _literal(person, _tag(FOAF, "givenName"), first)


def add_document(root: etree._Element, document: Document) -> etree._Element:
    """Append one document's book section to ``root``; its node is its URL, as Zotero's is.

    The element tree is the one rdflib's "pretty-xml" writer makes of the same
    triples: every blank node is used once, so it is written inside its property
    (with its ``rdf:nodeID``), its ``rdf:type`` as the element name.
    """
    csl = csl_item(document)
    key = document.key
    url = csl.get("URL") or document.url
    item = etree.SubElement(root, _tag(BIB, "BookSection"), {_ABOUT: url})
    _literal(item, _tag(Z, "itemType"), "bookSection")

    book = _node(item, _tag(DCTERMS, "isPartOf"), _tag(BIB, "Book"), f"{key}-book")
    if csl.get("container-title"):
        _literal(book, _tag(DC, "title"), csl["container-title"])
    if csl.get("volume"):
        _literal(book, _tag(PRISM, "volume"), str(csl["volume"]))

    if csl.get("publisher") or csl.get("publisher-place"):
        publisher = _node(
            item, _tag(DC, "publisher"), _tag(FOAF, "Organization"), f"{key}-publisher"
        )
        if csl.get("publisher-place"):
            address = _node(publisher, _tag(VCARD, "adr"), _tag(VCARD, "Address"), f"{key}-place")
            _literal(address, _tag(VCARD, "locality"), csl["publisher-place"])
        if csl.get("publisher"):
            _literal(publisher, _tag(FOAF, "name"), csl["publisher"])

    _people(item, _tag(BIB, "authors"), csl.get("author", ()), f"{key}-authors")
    _people(item, _tag(BIB, "editors"), csl.get("editor", ()), f"{key}-editors")

    _literal(item, _tag(DC, "title"), csl.get("title") or document.heading)
    if issued := csl_date(csl.get("issued")):
        _literal(item, _tag(DC, "date"), issued)
    if csl.get("page"):
        _literal(item, _tag(BIB, "pages"), csl["page"])
    if csl.get("language"):
        _literal(item, _tag(DC, "language"), csl["language"])
    identifier = _node(item, _tag(DC, "identifier"), _tag(DCTERMS, "URI"), f"{key}-url")
    _literal(identifier, _tag(_RDF, "value"), url)
    if csl.get("archive_location"):
        _literal(item, _tag(DC, "coverage"), csl["archive_location"])
    _literal(item, _tag(Z, "libraryCatalog"), LIBRARY_CATALOG)
    _literal(item, _tag(DC, "description"), "\n".join(extra_lines(document, csl)))
    return item


def document_tree(documents: Sequence[Document]) -> etree._Element:
    """The ``rdf:RDF`` element of the documents, each once, in the order first cited.

    Every Zotero prefix is declared on the root, in Zotero's order.
    """
    nsmap = {prefix: str(namespace) for prefix, namespace in PREFIXES}
    root = etree.Element(_tag(_RDF, "RDF"), nsmap=nsmap)
    seen: set[str] = set()
    for document in documents:
        if document.key not in seen:
            seen.add(document.key)
            add_document(root, document)
    return root


def document_graph(documents: Sequence[Document]) -> Graph:
    """The RDF graph of the documents, as a reader of the file gets it."""
    graph = Graph(bind_namespaces="none")
    graph.parse(data=serialize(document_tree(documents)), format="xml")
    return graph


def serialize(root: etree._Element) -> str:
    """RDF/XML indented by four spaces, with ordinary escaping: the same bytes on every run."""
    etree.indent(root, space="    ")
    text = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return text.decode("utf-8")


def render(citations: Sequence[Citation], options: RenderOptions) -> str:
    """A Zotero RDF file of the cited documents (locators are not part of a record)."""
    return serialize(document_tree([citation.document for citation in citations]))


ZOTERO_RDF = Exporter(
    name="zotero-rdf",
    description="Zotero RDF: book sections that Zotero imports with every field kept",
    extension=".rdf",
    media_type="application/rdf+xml",
    render=render,
)


@hookimpl
def fru_cite_exporters() -> list[Exporter]:
    return [ZOTERO_RDF]
