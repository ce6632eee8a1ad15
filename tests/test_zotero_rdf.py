"""Zotero RDF: golden sample, real-corpus documents, and round trips through rdflib.

``zotero_import`` reads a file the way Zotero's "RDF" import translator does
(zotero/translators, RDF.js: detectType and importItem): the item type from
``z:itemType``, the book from ``dcterms:isPartOf`` typed ``bib:Book``, creators
from ``rdf:Seq`` containers of ``foaf:Person``, the publisher and place from a
``foaf:Organization`` and its ``vcard:adr``, the URL from a ``dcterms:URI``,
``dc:coverage`` as archive location and ``dc:description`` as Extra (because the
node has ``z:itemType``), and every other ``z:`` property as a field of its name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.container import Seq

from fru_cite.exporters.base import RenderOptions
from fru_cite.exporters.zotero_rdf import BIB, DC, DCTERMS, FOAF, PRISM, VCARD, Z, render
from fru_cite.model import (
    Citation,
    DatePrecision,
    DateState,
    Document,
    DocumentDate,
    Party,
    PersonName,
    SourceNote,
    Volume,
)
from fru_cite.registry import load_registry
from fru_cite.sources import document_from_tei, iter_volume, sample_document
from fru_cite.tei_reader import iter_documents

HERE = Path(__file__).parent
TEI = HERE / "data" / "tei"
GOLDEN = HERE / "golden" / "sample.rdf"
SITE = "https://history.state.gov/historicaldocuments"


def _one(graph: Graph, node, prop):
    values = list(graph.objects(node, prop))
    assert len(values) <= 1, f"{prop} given {len(values)} times"
    return values[0] if values else None


def _text(graph: Graph, node, prop) -> str | None:
    value = _one(graph, node, prop)
    return None if value is None else str(value)


def _creators(graph: Graph, item, prop, creator_type: str) -> list[tuple[str, str, str]]:
    seq_node = _one(graph, item, prop)
    if seq_node is None:
        return []
    assert (seq_node, RDF.type, RDF.Seq) in graph
    people = []
    for person in Seq(graph, seq_node).items():
        assert (person, RDF.type, FOAF.Person) in graph
        people.append(
            (creator_type, _text(graph, person, FOAF.surname), _text(graph, person, FOAF.givenName))
        )
    return people


def zotero_import(text: str) -> list[dict]:
    """The items Zotero's RDF importer would make of ``text``, read with rdflib."""
    graph = Graph()
    graph.parse(data=text, format="xml")
    items = []
    for item in graph.subjects(RDF.type, BIB.BookSection):
        parts = graph.objects(item, DCTERMS.isPartOf)
        books = [part for part in parts if (part, RDF.type, BIB.Book) in graph]
        assert len(books) == 1
        book = books[0]
        publisher = _one(graph, item, DC.publisher)
        assert (publisher, RDF.type, FOAF.Organization) in graph
        address = _one(graph, publisher, VCARD.adr)
        url_node = _one(graph, item, DC.identifier)
        assert (url_node, RDF.type, DCTERMS.URI) in graph
        z_fields = {
            str(p).removeprefix(str(Z)): str(o)
            for p, o in graph.predicate_objects(item)
            if str(p).startswith(str(Z))
        }
        items.append(
            {
                "uri": str(item),
                "itemType": z_fields.pop("itemType"),
                "title": _text(graph, item, DC.title),
                "bookTitle": _text(graph, book, DC.title),
                "volume": _text(graph, book, PRISM.volume),
                "creators": _creators(graph, item, BIB.authors, "author")
                + _creators(graph, item, BIB.editors, "editor"),
                "publisher": _text(graph, publisher, FOAF.name),
                "place": _text(graph, address, VCARD.locality),
                "date": _text(graph, item, DC.date),
                "pages": _text(graph, item, BIB.pages),
                "language": _text(graph, item, DC.language),
                "url": _text(graph, url_node, RDF.value),
                "archiveLocation": _text(graph, item, DC.coverage),
                "extra": _text(graph, item, DC.description),
                **z_fields,
            }
        )
    return items


def cite(*documents: Document) -> str:
    return render([Citation(document) for document in documents], RenderOptions())


@pytest.fixture(scope="module")
def sample() -> Document:
    return sample_document()


# --- the sample, checked by hand against citing-frus.md §4, §5 and §7 ---------------------


def test_sample_is_the_golden_file_byte_for_byte(sample):
    assert cite(sample) == GOLDEN.read_text(encoding="utf-8")


def test_registry_offers_zotero_rdf():
    exporter = load_registry(entry_points=False).get("zotero-rdf")
    assert (exporter.extension, exporter.media_type) == (".rdf", "application/rdf+xml")


def test_golden_file_has_the_triples_zotero_reads():
    graph = Graph()
    graph.parse(GOLDEN, format="xml")
    item = URIRef(f"{SITE}/frus1943v01/d620")
    assert (item, RDF.type, BIB.BookSection) in graph
    assert (item, Z.itemType, Literal("bookSection")) in graph
    assert (item, Z.libraryCatalog, Literal("Office of the Historian")) in graph
    assert (item, DC.coverage, Literal("740.0011 Moscow/10–3043")) in graph
    (book,) = graph.objects(item, DCTERMS.isPartOf)
    assert (book, RDF.type, BIB.Book) in graph
    assert (book, PRISM.volume, Literal("1")) in graph


def test_sample_imports_with_every_field_kept(sample):
    assert zotero_import(cite(sample)) == [
        {
            "uri": f"{SITE}/frus1943v01/d620",
            "itemType": "bookSection",
            "title": "Memorandum of Conversation, by the Secretary of State",
            "bookTitle": "Foreign Relations of the United States: Diplomatic Papers, 1943",
            "volume": "1",
            "creators": [
                ("author", "Hull", "Cordell"),
                ("editor", "Franklin", "William M."),
                ("editor", "Perkins", "E. R."),
            ],
            "publisher": "Government Printing Office",
            "place": "Washington, DC",
            "date": "1963",
            "pages": "685-687",
            "language": "en",
            "url": f"{SITE}/frus1943v01/d620",
            "archiveLocation": "740.0011 Moscow/10–3043",
            "libraryCatalog": "Office of the Historian",
            "extra": "volume-title: General\n"
            "genre: memorandum of conversation\n"
            "event-date: 1943-10-30\n"
            "Citation Key: frus1943v01-d620",
        }
    ]


def test_a_document_cited_twice_is_one_record(sample):
    twice = render([Citation(sample), Citation(sample)], RenderOptions())
    assert len(zotero_import(twice)) == 1


# --- one document of each corpus volume, checked by hand against its TEI ----------------

VOLUME_GOLDEN = {
    # frus1941v07.xml lines 6-20 (titles, editors, imprint) and 499-522 (d1)
    ("frus1941v07.xml", "d1"): {
        "title": "The Ambassador in Colombia (Braden) to the Secretary of State",
        "bookTitle": "Foreign Relations of the United States: Diplomatic Papers, 1941",
        "volume": "7",
        "creators": [
            ("author", "Braden", "Spruille"),
            ("editor", "Franklin", "William M."),
            ("editor", "Perkins", "E. R."),
        ],
        "date": "1962",
        "pages": "1",
        "archiveLocation": "810.20 Defense/577 2/4",
        "extra": "volume-title: The American Republics\n"
        "genre: telegram\n"
        "event-date: 1941-02-01\n"
        "event-place: Bogotá\n"
        "recipient: Hull || Cordell\n"
        "Citation Key: frus1941v07-d1",
    },
    # frus1894Nicaragua.xml lines 6-18 (imprint, no editors) and 1349-1365 (d2, pages 9-10)
    ("frus1894Nicaragua.xml", "d2"): {
        "volume": None,
        "creators": [("author", "Gresham", "Walter Q.")],
        "date": "1895",
        "pages": "9-10",
        "archiveLocation": None,
    },
    # frus1961-63v06.xml lines 5-25 and 1008-1050 (d3, page 2; persons list lines 794-854)
    ("frus1961-63v06.xml", "d3"): {
        "bookTitle": "Foreign Relations of the United States, 1961–1963",
        "volume": "6",
        "date": "1996",
        "pages": "2",
        "archiveLocation": None,
    },
}


@pytest.mark.parametrize(("file", "doc_id"), sorted(VOLUME_GOLDEN))
def test_one_document_of_each_volume(file, doc_id):
    document = document_from_tei(TEI / file, doc_id)
    (record,) = zotero_import(cite(document))
    volume_id = file.removesuffix(".xml")
    assert record["uri"] == record["url"] == f"{SITE}/{volume_id}/{doc_id}"
    imprint = (record["publisher"], record["place"])
    assert imprint == ("Government Printing Office", "Washington, DC")
    assert record["extra"].endswith(f"Citation Key: {volume_id}-{doc_id}")
    for field, expected in VOLUME_GOLDEN[(file, doc_id)].items():
        assert record[field] == expected, field


def test_kennedy_khrushchev_creators_come_from_the_persons_list():
    # frus1961-63v06.xml persons list: "Khrushchev, Nikita S." (p_KNS2), "Brezhnev, Leonid I."
    # (p_BLI1), "Kennedy, John F." (p_KJF2); the general editor (LaFantasie) is never named.
    document = document_from_tei(TEI / "frus1961-63v06.xml", "d3")
    (record,) = zotero_import(cite(document))
    assert record["creators"] == [
        ("author", "Khrushchev", "Nikita S."),
        ("author", "Brezhnev", "Leonid I."),
        ("editor", "Sampson", "Charles S."),
    ]
    assert "recipient: Kennedy || John F." in record["extra"].splitlines()
    assert "event-place: Moscow" in record["extra"].splitlines()


# --- every document of every corpus volume reads back to the model's values ------------


def _zotero_name(person: PersonName) -> tuple[str, str | None]:
    """Zotero has no suffix field: "Jr." follows the first name after a comma."""
    first = ", ".join(part for part in (person.given, person.suffix) if part)
    return person.family, first or None


def _expected_pages(document: Document) -> str:
    first, last = document.first_page, document.last_page
    return first if last == first else f"{first}-{last}"


@pytest.mark.parametrize("path", sorted(TEI.glob("*.xml")), ids=lambda p: p.stem)
def test_every_document_of_each_volume_reads_back(path):
    documents = list(iter_volume(path))
    records = {record["uri"]: record for record in zotero_import(cite(*documents))}
    assert len(records) == len(documents)
    for document in documents:
        record = records[document.url]
        volume = document.volume
        assert record["itemType"] == "bookSection"
        assert record["title"] == document.heading
        assert record["bookTitle"] == volume.subseries_title
        assert record["volume"] == (str(volume.volume_number) if volume.volume_number else None)
        assert record["pages"] == _expected_pages(document)
        assert record["date"] == str(volume.year)
        authors = [w.person for w in document.writers if w.person]
        assert record["creators"] == [("author", *_zotero_name(p)) for p in authors] + [
            ("editor", *_zotero_name(p)) for p in volume.editors
        ]
        file_number = document.source_note.file_number if document.source_note else None
        assert record["archiveLocation"] == file_number
        extra = record["extra"].splitlines()
        assert extra[-1] == f"Citation Key: {document.key}"
        if document.date.day:
            assert f"event-date: {document.date.day}" in extra or any(
                line.startswith(f"event-date: {document.date.day[:7]}") for line in extra
            )


def test_a_volume_without_documents_gives_an_empty_file():
    path = TEI / "frus1958-60v05mSupp.xml"  # "in the process of being digitized": no documents
    assert list(iter_documents(path)) == []
    assert zotero_import(render([], RenderOptions())) == []


# --- property: XML specials, quotes, dashes and non-Latin scripts survive ---------------

_text_chars = st.characters(
    blacklist_categories=("Cs", "Cc", "Cn", "Zl", "Zp"),
)
_specials = st.sampled_from(
    ["<", ">", "&", '"', "'", "]]>", "&amp;", "–", "—", "„“", "Хрущёв", "毛泽东", "עברית", "ﷺ"]
)
words = st.lists(st.one_of(st.text(_text_chars, min_size=1, max_size=8), _specials), min_size=1)
field = words.map("".join).map(lambda s: " ".join(s.split())).filter(bool)
names = st.builds(PersonName, family=field, given=field)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    heading=field,
    subseries=field,
    volume_title=field,
    editors=st.lists(names, max_size=3),
    writer=names,
    recipient=names,
    file_number=field,
    place=field,
    genre=field,
)
def test_specials_round_trip(
    heading, subseries, volume_title, editors, writer, recipient, file_number, place, genre
):
    volume = Volume(
        id="frus1943v01",
        series_title="Foreign Relations of the United States",
        subseries_title=subseries,
        volume_title=volume_title,
        volume_number=1,
        editors=tuple(editors),
        year=1963,
    )
    document = Document(
        volume=volume,
        id="d620",
        heading=heading,
        first_page="685",
        last_page="687",
        source_note=SourceNote(text=file_number, file_number=file_number),
        place=place,
        date=DocumentDate(DateState.DATED, iso="1943-10-30", precision=DatePrecision.DAY),
        writers=(Party(as_written="x", person=writer),),
        recipients=(Party(as_written="y", person=recipient),),
        genre=genre,
    )
    (record,) = zotero_import(cite(document))
    assert record["title"] == heading
    assert record["bookTitle"] == subseries
    assert record["archiveLocation"] == file_number
    assert record["creators"] == [("author", writer.family, writer.given)] + [
        ("editor", e.family, e.given) for e in editors
    ]
    assert record["extra"].splitlines() == [
        f"volume-title: {volume_title}",
        f"genre: {genre}",
        "event-date: 1943-10-30",
        f"event-place: {place}",
        f"recipient: {recipient.family} || {recipient.given}",
        "Citation Key: frus1943v01-d620",
    ]


def test_records_come_in_the_order_first_cited():
    # frus1941v07.xml: d1..d5 are the volume's first five documents; cited in reverse, with
    # d3 cited twice, the file lists each once, in the order the citations first name them.
    wanted = {"d1", "d2", "d3", "d4", "d5"}
    documents = {d.id: d for d in iter_volume(TEI / "frus1941v07.xml") if d.id in wanted}
    order = ["d5", "d3", "d4", "d3", "d2", "d1"]
    text = render([Citation(documents[i]) for i in order], RenderOptions())
    abouts = re.findall(r'<bib:BookSection rdf:about="[^"]+/(d\d+)">', text)
    assert abouts == ["d5", "d3", "d4", "d2", "d1"]
