"""Round 26 (r26b) of the document proposer, each rule on made-up lines or a made-up page as a landscape
commissioning pipeline prints from HTML and CSS: footnote markers set as superscripts after a date or a value, a
table row broken by a page break (its bottom rule only on the next page), towns listed where schemes are, a supply
target 'more' units, an event's places, and the window a list of contracts covers."""
from __future__ import annotations

from data.ingest import read_document
from tests.ingest_fixtures import pdf_of_pages
from tests.proposals import proposers_for

SIZE = 10
DIGIT = 0.556 * SIZE  # Helvetica's digits are 556/1000 of an em wide
SLASH = 0.278 * SIZE

measures, dates = proposers_for("E10000020")  # Norfolk (county); Norwich is one of its districts


def _text(x: float, y: float, s: str, size: float = SIZE) -> str:
    return f"BT 0 g /F1 {size} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def test_a_superscript_note_number_after_a_date_is_not_read_into_it():
    # '30/09/2027' with a note's '4' set smaller and raised right after it: pdfplumber glued it on, '30/09/20274'
    label = "Contract end: "
    x = 60 + len(label) * 0.5 * SIZE
    end = x + 8 * DIGIT + 2 * SLASH
    ops = [_text(60, 760, label), _text(x, 760, "30/09/2027"), _text(end, 764, "4", size=7),
           _text(60, 730, "4", size=7), _text(66, 726, "Extension agreed by the director.")]
    lines = [line for line in read_document(pdf_of_pages([ops]), "note.pdf") if line.strip()]
    dated = next(line for line in lines if "30/09/2027" in line)
    assert "20274" not in dated
    assert any(line.lstrip().startswith("4") for line in lines)  # a marker leading a key's line is kept


def test_a_row_broken_by_a_page_break_is_the_tables_last_row():
    # a ruled table whose last row's column rules run on to the page's foot with no rule under them (the browser
    # draws its bottom on the next page): pdfplumber left the row out of the table and its cells read as loose text
    ops = ["0 G 0.5 w"]
    ops += [f"50 {y} m 500 {y} l S" for y in (700, 680, 660, 640)]
    ops += [f"{x} 700 m {x} 600 l S" for x in (50, 200, 350, 500)]
    for y, cells in [(686, ("Service", "Contract end", "Tender")), (666, ("Carers support", "31/03/2027", "Apr-26")),
                     (646, ("Day services", "30/06/2027", "Q1 2026/27")),
                     (626, ("Home support", "31/03/2028", "Q2 2027/28"))]:
        ops += [_text(55, y, cells[0]), _text(205, y, cells[1]), _text(355, y, cells[2])]
    ops += [_text(55, 612, "(north)")]
    lines = read_document(pdf_of_pages([ops]), "broken.pdf")
    assert "Home support (north)\t31/03/2028\tQ2 2027/28" in lines


def test_a_place_listed_with_towns_the_registry_does_not_hold_is_no_area_of_the_figure():
    got = measures(["The county has 17 extra care schemes with 905 flats between them; two more are being built, at "
                    "Norwich, Wymondham and Dereham."])
    counts = {(r.measure, float(r.value)): r.area_code for r in got.itertuples()}
    assert counts[("extra_care_schemes", 17.0)] == "E10000020"
    assert counts[("extra_care_units", 905.0)] == "E10000020"
    # a place whose own name holds 'and' is no list of towns
    got = measures(["There are 6,120 unpaid carers in King's Lynn and West Norfolk, Census 2021."])
    assert set(got["area_code"]) == {"E07000146"}


def test_units_a_council_wants_to_commission_more_of_are_planned():
    got = measures(["We want to commission 250 more extra care flats over the next five years."])
    assert {(r.measure, float(r.value)) for r in got.itertuples()} >= {("extra_care_units_planned", 250.0)}
    assert "extra_care_units" not in set(got["measure"])


def test_the_places_at_a_providers_briefing_are_no_services_places():
    got = measures(["There is a market briefing on the supported living lots on 4 March 2027, 2.30pm to 4pm, with 60 "
                    "places; please book by 20 February 2027.", "Norfolk has 410 supported living places today."])
    values = {float(v) for v in got["value"]}
    assert 60.0 not in values and 410.0 in values


def test_the_window_a_list_of_contracts_covers_is_no_contracts_stage():
    got = dates(["This list shows the adult care contracts we expect to extend, re-tender or end between June 2026 "
                 "and May 2028.", "The carers service contract ends on 31 October 2027."])
    assert ("contract_end", "2027-10-31") in {(d[1], d[2]) for d in got}
    assert not any(d[2] in ("2026-06-01", "2028-05-01") for d in got)


def test_housing_a_council_will_commission_by_a_year_is_no_procurement():
    got = dates(["We aim to commission 320 additional extra care homes by 2031.",
                 "We will commission a new carers support service from April 2027."])
    assert not any(d[2] == "2031-01-01" for d in got)
    assert any(d[2] == "2027-04-01" for d in got)
