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
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.container import Seq

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
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


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


def _people(
    graph: Graph, item: URIRef, prop: URIRef, names: Sequence[Mapping[str, str]], label: str
) -> None:
    """Creators as Zotero writes them: an ``rdf:Seq`` of ``foaf:Person``."""
    people = [name for name in names if name.get("family") or name.get("literal")]
    if not people:
        return
    seq_node = BNode(f"{label}")
    graph.add((item, prop, seq_node))
    seq = Seq(graph, seq_node, [])
    for number, name in enumerate(people, start=1):
        person = BNode(f"{label}-{number}")
        graph.add((person, RDF.type, FOAF.Person))
        graph.add((person, FOAF.surname, Literal(name.get("family") or name["literal"])))
        if first := zotero_first_name(name):
            graph.add((person, FOAF.givenName, Literal(first)))
        seq.append(person)


def add_document(graph: Graph, document: Document) -> URIRef:
    """Add one document's book section to ``graph``; its node is its URL, as Zotero's is."""
    csl = csl_item(document)
    key = document.key
    item = URIRef(csl.get("URL") or document.url)
    graph.add((item, RDF.type, BIB.BookSection))
    graph.add((item, Z.itemType, Literal("bookSection")))

    book = BNode(f"{key}-book")
    graph.add((item, DCTERMS.isPartOf, book))
    graph.add((book, RDF.type, BIB.Book))
    if csl.get("container-title"):
        graph.add((book, DC.title, Literal(csl["container-title"])))
    if csl.get("volume"):
        graph.add((book, PRISM.volume, Literal(str(csl["volume"]))))

    if csl.get("publisher") or csl.get("publisher-place"):
        publisher = BNode(f"{key}-publisher")
        graph.add((item, DC.publisher, publisher))
        graph.add((publisher, RDF.type, FOAF.Organization))
        if csl.get("publisher-place"):
            address = BNode(f"{key}-place")
            graph.add((publisher, VCARD.adr, address))
            graph.add((address, RDF.type, VCARD.Address))
            graph.add((address, VCARD.locality, Literal(csl["publisher-place"])))
        if csl.get("publisher"):
            graph.add((publisher, FOAF.name, Literal(csl["publisher"])))

    _people(graph, item, BIB.authors, csl.get("author", ()), f"{key}-authors")
    _people(graph, item, BIB.editors, csl.get("editor", ()), f"{key}-editors")

    graph.add((item, DC.title, Literal(csl.get("title") or document.heading)))
    if issued := csl_date(csl.get("issued")):
        graph.add((item, DC.date, Literal(issued)))
    if csl.get("page"):
        graph.add((item, BIB.pages, Literal(csl["page"])))
    if csl.get("language"):
        graph.add((item, DC.language, Literal(csl["language"])))
    url = BNode(f"{key}-url")
    graph.add((item, DC.identifier, url))
    graph.add((url, RDF.type, DCTERMS.URI))
    graph.add((url, RDF.value, Literal(str(item))))
    if csl.get("archive_location"):
        graph.add((item, DC.coverage, Literal(csl["archive_location"])))
    graph.add((item, Z.libraryCatalog, Literal(LIBRARY_CATALOG)))
    graph.add((item, DC.description, Literal("\n".join(extra_lines(document, csl)))))
    return item


def document_graph(documents: Sequence[Document]) -> Graph:
    """The RDF graph of the documents, each once, in the order first cited."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES:
        graph.bind(prefix, namespace)
    seen: set[str] = set()
    for document in documents:
        if document.key not in seen:
            seen.add(document.key)
            add_document(graph, document)
    return graph


def serialize(graph: Graph) -> str:
    """RDF/XML with Zotero's prefixes in Zotero's order, the same bytes on every run.

    rdflib writes the namespace declarations in hash order and text with
    ``<``/``&`` as CDATA; lxml re-writes the same tree with every Zotero prefix
    declared in a fixed order and ordinary escaping.
    """
    raw = graph.serialize(format="pretty-xml", encoding="utf-8")
    parsed = etree.fromstring(raw, _SAFE_PARSER)
    nsmap = {prefix: str(namespace) for prefix, namespace in PREFIXES}
    root = etree.Element(f"{{{RDF}}}RDF", nsmap=nsmap)
    root.extend(list(parsed))
    etree.indent(root, space="    ")
    text = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return text.decode("utf-8")


def render(citations: Sequence[Citation], options: RenderOptions) -> str:
    """A Zotero RDF file of the cited documents (locators are not part of a record)."""
    return serialize(document_graph([citation.document for citation in citations]))


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
