import pytest

from fru_cite.names import parse_name, split_names


@pytest.mark.parametrize(
    ("text", "given", "family", "suffix"),
    [
        ("William M. Franklin", "William M.", "Franklin", ""),
        ("E. R. Perkins", "E. R.", "Perkins", ""),
        ("Khrushchev, Nikita S.", "Nikita S.", "Khrushchev", ""),
        ("Martin Luther King, Jr.", "Martin Luther", "King", "Jr."),
        ("Foy D. Kohler Jr.", "Foy D.", "Kohler", "Jr."),
        ("Charles de Gaulle", "Charles", "de Gaulle", ""),
        ("Nixon", "", "Nixon", ""),
    ],
)
def test_parse_name(text, given, family, suffix):
    name = parse_name(text)
    assert (name.given, name.family, name.suffix) == (given, family, suffix)


def test_display_forms():
    name = parse_name("Martin Luther King, Jr.")
    assert name.display == "Martin Luther King, Jr."
    assert name.inverted == "King, Martin Luther, Jr."


def test_split_editors():
    names = split_names("William M. Franklin and E. R. Perkins")
    assert [n.family for n in names] == ["Franklin", "Perkins"]
