import pytest

from fru_cite.errors import KeyFormatError
from fru_cite.keys import find_document_url, parse_key


@pytest.mark.parametrize(
    "text",
    [
        "frus1943v01-d620",
        "frus1943v01d620",
        "frus1943v01/d620",
        "https://history.state.gov/historicaldocuments/frus1943v01/d620",
        "http://history.state.gov/historicaldocuments/frus1943v01/d620/",
        "  frus1943v01-d620\n",
    ],
)
def test_every_spelling_of_the_sample_key(text):
    key = parse_key(text)
    assert (key.volume_id, key.document_id) == ("frus1943v01", "d620")
    assert str(key) == "frus1943v01-d620"


@pytest.mark.parametrize(
    ("text", "volume", "doc"),
    [
        ("frus1969-76v19p1-d12", "frus1969-76v19p1", "d12"),
        ("frus1969-76ve16d3", "frus1969-76ve16", "d3"),
        ("frus1958-60v05mSupp/d1", "frus1958-60v05mSupp", "d1"),
        ("frus1894Nicaraguad83", "frus1894Nicaragua", "d83"),
    ],
)
def test_volume_ids_of_every_shape(text, volume, doc):
    assert parse_key(text) == (volume, doc)


@pytest.mark.parametrize(
    "text",
    ["", "d620", "frus1943v01", "https://history.state.gov/historicaldocuments/frus1943v01/pg_686"],
)
def test_not_a_document_key(text):
    with pytest.raises(KeyFormatError) as error:
        parse_key(text)
    assert "\n" not in str(error.value)
    assert "frus1943v01-d620" in str(error.value)  # the fix shows the form


def test_url_found_in_copied_text():
    text = "copied from https://history.state.gov/historicaldocuments/frus1943v01/d620.\n"
    assert str(find_document_url(text)) == "frus1943v01-d620"
    assert find_document_url("no address here") is None


def test_named_early_pieces_need_a_separator():
    key = parse_key("frus1894Nicaragua-message-of-the-president")
    assert key == ("frus1894Nicaragua", "message-of-the-president")
    url = "https://history.state.gov/historicaldocuments/frus1894Nicaragua/message-of-the-president"
    assert parse_key(url) == key


def test_a_page_anchor_is_not_a_document():
    with pytest.raises(KeyFormatError, match="--at"):
        parse_key("frus1943v01/pg_686")
