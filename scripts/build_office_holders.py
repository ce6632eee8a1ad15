"""Build src/fru_cite/data/office_holders.json from the Office's pocom data.

The Office of the Historian publishes who held which Department office and which
mission when ("Principal Officers and Chiefs of Mission", public domain,
github.com/HistoryAtState/pocom). fru_cite must not read that tree at run time, so
this script distils it into one compact JSON file that the package ships:

    people     person id -> [family, given, suffix], given in the Office's usual form
               (``altname`` "Sumner Welles" wins over forename "Benjamin Sumner")
    offices    position id -> {"name", "holders": [[person, appointed, start, end], ...]}
    missions   territory or organisation id -> [[person, role, appointed, start, end], ...]
    roles      role id -> its title ("Chargé d'Affaires ad interim")

``start`` is the day the holder took office (``started``, else ``appointed``); a
missing ``end`` is read as "until the next holder started" (None for the last).

pocom has no Presidents of the United States; their terms are written below by hand,
transcribed from the White House's list of presidents
(https://www.whitehouse.gov/about-the-white-house/presidents/), terms beginning and
ending on inauguration days or on the death or resignation of the incumbent.

Usage: python scripts/build_office_holders.py [POCOM_DIR] [OUTPUT]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POCOM = ROOT.parent / "shared" / "corpus" / "pocom"
DEFAULT_OUTPUT = ROOT / "src" / "fru_cite" / "data" / "office_holders.json"

# (family, given, suffix, first day, last day); the last day is the successor's first.
PRESIDENTS = [
    ("Washington", "George", "", "1789-04-30", "1797-03-04"),
    ("Adams", "John", "", "1797-03-04", "1801-03-04"),
    ("Jefferson", "Thomas", "", "1801-03-04", "1809-03-04"),
    ("Madison", "James", "", "1809-03-04", "1817-03-04"),
    ("Monroe", "James", "", "1817-03-04", "1825-03-04"),
    ("Adams", "John Quincy", "", "1825-03-04", "1829-03-04"),
    ("Jackson", "Andrew", "", "1829-03-04", "1837-03-04"),
    ("Van Buren", "Martin", "", "1837-03-04", "1841-03-04"),
    ("Harrison", "William Henry", "", "1841-03-04", "1841-04-04"),
    ("Tyler", "John", "", "1841-04-04", "1845-03-04"),
    ("Polk", "James K.", "", "1845-03-04", "1849-03-04"),
    ("Taylor", "Zachary", "", "1849-03-04", "1850-07-09"),
    ("Fillmore", "Millard", "", "1850-07-09", "1853-03-04"),
    ("Pierce", "Franklin", "", "1853-03-04", "1857-03-04"),
    ("Buchanan", "James", "", "1857-03-04", "1861-03-04"),
    ("Lincoln", "Abraham", "", "1861-03-04", "1865-04-15"),
    ("Johnson", "Andrew", "", "1865-04-15", "1869-03-04"),
    ("Grant", "Ulysses S.", "", "1869-03-04", "1877-03-04"),
    ("Hayes", "Rutherford B.", "", "1877-03-04", "1881-03-04"),
    ("Garfield", "James A.", "", "1881-03-04", "1881-09-19"),
    ("Arthur", "Chester A.", "", "1881-09-19", "1885-03-04"),
    ("Cleveland", "Grover", "", "1885-03-04", "1889-03-04"),
    ("Harrison", "Benjamin", "", "1889-03-04", "1893-03-04"),
    ("Cleveland", "Grover", "", "1893-03-04", "1897-03-04"),
    ("McKinley", "William", "", "1897-03-04", "1901-09-14"),
    ("Roosevelt", "Theodore", "", "1901-09-14", "1909-03-04"),
    ("Taft", "William Howard", "", "1909-03-04", "1913-03-04"),
    ("Wilson", "Woodrow", "", "1913-03-04", "1921-03-04"),
    ("Harding", "Warren G.", "", "1921-03-04", "1923-08-02"),
    ("Coolidge", "Calvin", "", "1923-08-02", "1929-03-04"),
    ("Hoover", "Herbert", "", "1929-03-04", "1933-03-04"),
    ("Roosevelt", "Franklin D.", "", "1933-03-04", "1945-04-12"),
    ("Truman", "Harry S.", "", "1945-04-12", "1953-01-20"),
    ("Eisenhower", "Dwight D.", "", "1953-01-20", "1961-01-20"),
    ("Kennedy", "John F.", "", "1961-01-20", "1963-11-22"),
    ("Johnson", "Lyndon B.", "", "1963-11-22", "1969-01-20"),
    ("Nixon", "Richard M.", "", "1969-01-20", "1974-08-09"),
    ("Ford", "Gerald R.", "", "1974-08-09", "1977-01-20"),
    ("Carter", "Jimmy", "", "1977-01-20", "1981-01-20"),
    ("Reagan", "Ronald", "", "1981-01-20", "1989-01-20"),
    ("Bush", "George H. W.", "", "1989-01-20", "1993-01-20"),
    ("Clinton", "William J.", "", "1993-01-20", "2001-01-20"),
    ("Bush", "George W.", "", "2001-01-20", "2009-01-20"),
    ("Obama", "Barack", "", "2009-01-20", "2017-01-20"),
    ("Trump", "Donald J.", "", "2017-01-20", "2021-01-20"),
    ("Biden", "Joseph R.", "", "2021-01-20", "2025-01-20"),
    ("Trump", "Donald J.", "", "2025-01-20", None),
]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), _PARSER)


def _text(element: etree._Element, path: str) -> str:
    return " ".join((element.findtext(path) or "").split())


def usual_name(surname: str, forename: str, suffix: str, altname: str) -> list[str]:
    """[family, given, suffix]; the given name from ``altname`` when it ends in the surname."""
    given = forename
    alt = altname
    for ending in (", Jr.", " Jr.", ", Sr.", " Sr.", ", III", " III", ", II", " II"):
        if alt.endswith(ending):
            alt = alt[: -len(ending)]
            suffix = suffix or ending.strip(", ")
            break
    if alt and alt.endswith(surname) and alt != surname:
        given = alt[: -len(surname)].strip(" ,")
    return [surname, given, suffix]


def read_people(pocom: Path) -> dict[str, list[str]]:
    people = {}
    for path in sorted(pocom.glob("people/*/*.xml")):
        root = _parse(path).getroot()
        people[_text(root, "id")] = usual_name(
            _text(root, "persName/surname"),
            _text(root, "persName/forename"),
            _text(root, "persName/genName"),
            _text(root, "persName/altname"),
        )
    return people


def _terms(entries: list[list]) -> list[list]:
    """Sort by start and close open terms at the successor's start."""
    entries = sorted(entries, key=lambda row: row[-2])
    for index, row in enumerate(entries):
        if row[-1] is None and index + 1 < len(entries):
            row[-1] = entries[index + 1][-2]
    return entries


def read_offices(pocom: Path) -> dict[str, dict]:
    offices = {}
    for path in sorted(pocom.glob("positions-principals/*.xml")):
        root = _parse(path).getroot()
        holders = []
        for item in root.iter("principal"):
            appointed = _text(item, "appointed/date") or None
            start = _text(item, "started/date") or appointed
            if not start:
                continue
            end = _text(item, "ended/date") or None
            holders.append([_text(item, "person-id"), appointed, start, end])
        offices[_text(root, "id")] = {
            "name": _text(root, "names/singular"),
            "holders": _terms(holders),
        }
    offices["president"] = {
        "name": "President of the United States",
        "holders": [[_president_id(row), row[3], row[3], row[4]] for row in PRESIDENTS],
    }
    return offices


def _president_id(row: tuple) -> str:
    family, given = row[0], row[1]
    slug = f"{family}-{given}".lower().replace(" ", "-").replace(".", "")
    return f"president:{slug}"


def read_missions(pocom: Path) -> dict[str, list[list]]:
    missions: dict[str, list[list]] = {}
    paths = sorted(pocom.glob("missions-countries/*.xml")) + sorted(
        pocom.glob("missions-orgs/*.xml")
    )
    for path in paths:
        root = _parse(path).getroot()
        key = _text(root, "territory-id") or _text(root, "id") or path.stem
        chiefs = []
        for item in root.iter("chief"):
            appointed = _text(item, "appointed/date") or None
            start = _text(item, "started/date") or appointed
            if not start:
                continue
            end = _text(item, "ended/date") or None
            role = _text(item, "role-title-id")
            chiefs.append([_text(item, "person-id"), role, appointed, start, end])
        missions.setdefault(key, []).extend(chiefs)
    return {key: _terms(rows) for key, rows in missions.items()}


def read_roles(pocom: Path) -> dict[str, str]:
    return {
        _text(root, "id"): _text(root, "names/singular")
        for root in (_parse(p).getroot() for p in sorted(pocom.glob("roles-country-chiefs/*.xml")))
    }


def build(pocom: Path) -> dict:
    people = read_people(pocom)
    offices = read_offices(pocom)
    missions = read_missions(pocom)
    used = {row[0] for office in offices.values() for row in office["holders"]}
    used |= {row[0] for rows in missions.values() for row in rows}
    kept = {pid: name for pid, name in people.items() if pid in used}
    for row in PRESIDENTS:
        kept[_president_id(row)] = [row[0], row[1], row[2]]
    return {
        "source": "Office of the Historian, Principal Officers and Chiefs of Mission "
        "(github.com/HistoryAtState/pocom); presidents from whitehouse.gov",
        "people": dict(sorted(kept.items())),
        "offices": offices,
        "missions": missions,
        "roles": read_roles(pocom),
    }


def main(argv: list[str]) -> int:
    pocom = Path(argv[1]) if len(argv) > 1 else DEFAULT_POCOM
    output = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUTPUT
    data = build(pocom)
    output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    output.write_text(text + "\n", encoding="utf-8")
    print(
        f"{output}: {len(data['people'])} people, {len(data['offices'])} offices, "
        f"{len(data['missions'])} missions, {len(text)} characters"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
