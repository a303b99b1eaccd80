"""Round 26 (r26g) of the document proposer, each rule on made-up lines or a made-up page set as a magazine sets a
statement: three narrow justified columns, a box or a pull quote that moves one column's lines off the other's
baselines, a chart spanning the columns, drop caps, a sentence running on from one column into the next, a figure's
caption wrapped in a narrow box, a line chart whose points carry their values; and the wordings such a page used."""
from __future__ import annotations

from data.ingest import read_document
from tests.ingest_fixtures import pdf_of_pages
from tests.proposals import or_nothing, proposers_for

SIZE = 10
measures, dates = proposers_for("E10000018")


def _text(x: float, y: float, s: str, size: float = SIZE) -> str:
    return f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def _lines(ops: list[str]) -> list[str]:
    return [line.strip() for line in read_document(pdf_of_pages([ops]), "page.pdf") if line.strip()]


COL_A = ["Alpha one of the first column", "alpha two of the first column", "alpha three of the first col",
         "alpha four of the first column", "alpha five of the first column"]
COL_B = ["Bravo one of the second column", "bravo two of the second column", "bravo three of the second col",
         "bravo four of the second column", "bravo five of the second column"]
COL_C = ["Charlie one of the third column", "charlie two of the third colum", "charlie three of the third co",
         "charlie four of the third colu", "charlie five of the third colu"]


def test_three_columns_are_read_one_after_another():
    # the page's gutter split it in two; the side holding two columns was read line by line across them
    ops = []
    for k, (a, b, c) in enumerate(zip(COL_A, COL_B, COL_C)):
        y = 760 - 14 * k
        ops += [_text(40, y, a, 9), _text(225, y, b, 9), _text(410, y, c, 9)]
    lines = _lines(ops)
    assert [line for line in lines if line.lower().startswith("bravo")] == [s for s in COL_B]
    at = [lines.index(s) for s in COL_B]
    assert at == list(range(at[0], at[0] + len(COL_B)))
    at = [lines.index(s) for s in COL_C]
    assert at == list(range(at[0], at[0] + len(COL_C)))


def test_columns_whose_lines_do_not_share_baselines_are_read_apart():
    # under a run of two-sided lines (the page's gutter), a box in the right column set its lines half a line off
    # the left's: no line had prose on both sides, so the lower part was read across, line by line
    ops = []
    for k in range(4):
        y = 760 - 14 * k
        ops += [_text(50, y, COL_A[k]), _text(320, y, COL_B[k])]
    left = ["Delta one of the lower left part", "delta two of the lower left part", "delta three of the lower left",
            "delta four of the lower left par"]
    right = ["Echo one of the lower right part", "echo two of the lower right part", "echo three of the lower right",
             "echo four of the lower right par"]
    for k in range(4):
        ops += [_text(50, 680 - 14 * k, left[k]), _text(320, 673 - 14 * k, right[k])]
    lines = _lines(ops)
    for part in (left, right):
        at = [lines.index(s) for s in part]
        assert at == list(range(at[0], at[0] + 4))


def test_a_rule_across_the_gutter_ends_the_columns_above_it():
    # a chart spanning both columns under them: its sparse labels leave the gutter blank, so the columns' band ran on
    # over it, and its left half was read with the left column's text before the right column's
    ops = []
    for k in range(4):
        y = 760 - 14 * k
        ops += [_text(50, y, COL_A[k]), _text(320, y, COL_B[k])]
    ops += ["0 G 0.5 w", "50 690 m 545 690 l S", "50 600 m 545 600 l S"]
    ops += [_text(60, 670, "16,000"), _text(470, 676, "15,320"), _text(60, 640, "12,000"), _text(300, 646, "11,560")]
    lines = _lines(ops)
    assert lines.index("16,000") > lines.index(COL_B[3])


def test_a_drop_cap_is_the_first_letter_of_its_word():
    ops = [_text(50, 734, "I", 30), _text(72, 752, "n 2021 the Census counted 7,450"),
           _text(72, 740, "people giving unpaid care in the"), _text(72, 728, "county, up from 7,020 in 2011."),
           _text(50, 714, "care of a relative or a friend or a neighbour"), _text(50, 660, "9", 30),
           _text(72, 678, ",870 people are living with dementia"), _text(72, 666, "in the county, it is estimated"),
           _text(72, 654, "by the county council in its plan"), _text(50, 640, "and the plan says more on it here")]
    lines = _lines(ops)
    assert any(line.startswith("In 2021 the Census counted") for line in lines)
    assert any(line.startswith("9,870 people") for line in lines)


def test_a_stretched_justified_line_keeps_one_space_between_its_words():
    # a short line of a narrow justified column ('group. Our target is 1,100') has every space stretched alike, wider
    # than a column gap: it was written with runs of spaces, as a table's row
    import io

    import pdfplumber

    words = ["group.", "Our", "target", "is", "1,100"]
    with pdfplumber.open(io.BytesIO(pdf_of_pages([[_text(60, 760 - 20 * k, w) for k, w in enumerate(words)]]))) as pdf:
        widths = [line["x1"] - line["x0"] for line in pdf.pages[0].extract_text_lines()]
    ops = [_text(60, 760, "over, against 11.0 in our comparator"), _text(60, 732, "apartments by 2032, and we want")]
    x = 60.0
    for w, width in zip(words, widths):
        ops.append(_text(x, 746, w))
        x += width + 16.0
    lines = _lines(ops)
    assert "group. Our target is 1,100" in lines


def test_a_sentence_running_on_into_the_next_column_has_no_blank_line_between():
    # a full last line with no stop at the foot of the left column: its sentence goes on at the top of the right one
    left = ["At the end of March 2026, 6,010 people", "aged 65 and over were recorded on GP",
            "dementia registers in the county and in", "the same month the council said that the"]
    right = ["county, a diagnosis rate of 60.9%. This", "is below the national ambition of 66.7%",
             "and below the regional rate this year", "as the council said in the last report"]
    ops = []
    for k in range(4):
        ops += [_text(50, 760 - 14 * k, left[k]), _text(320, 760 - 14 * k, right[k])]
    raw = read_document(pdf_of_pages([ops]), "page.pdf")
    at = [line.strip() for line in raw].index(right[0])
    assert raw[at - 1].strip() == left[3]


def test_a_line_ending_on_a_counting_verb_runs_on_to_its_count():
    # 'In 2021 the Census counted' alone on a narrow column's first line was read as a heading
    got = measures(["Unpaid carers", "", "In 2021 the Census counted", "76,540 people in the county",
                    "providing unpaid care to a rela-", "tive, friend or neighbour."])
    row = got[got["value"] == 76540.0]
    assert list(row["measure"]) == ["carers_unpaid"] and list(row["period"]) == ["2021"]


def test_a_figures_caption_wrapped_in_a_narrow_box_keeps_its_year():
    got = measures(["Did you know?", "4,870", "carers known to adult social care", "in 2025/26", "2,140",
                    "carers’ assessments or reviews", "completed in 2025/26"])
    known = got[got["measure"] == "carers_known"]
    assessed = got[got["measure"] == "carers_assessed"]
    assert list(known["period"]) == ["2025/26"] and list(assessed["period"]) == ["2025/26"]


def test_a_reason_about_older_residents_is_no_subject_of_the_projection():
    got = measures(["9,870 people aged 65 and over are estimated to be living with dementia in 2025. On current "
                    "trends this will rise to 11,560 by 2030, as the number of residents aged 85 and over grows "
                    "fastest of all."])
    row = got[got["value"] == 11560.0]
    assert list(row["measure"]) == ["dementia_estimated"] and list(row["period"]) == ["2030"]


def test_whom_a_survey_heard_from_is_no_count_of_carers():
    got = measures(["There were 76,540 unpaid carers in the county in 2021.",
                    "Our carers’ survey in spring 2026 heard from 1,204 carers."])
    assert 76540.0 in set(got["value"]) and 1204.0 not in set(got["value"])


def test_a_target_of_units_is_no_count_of_units():
    got = measures(["The county has 14 extra care schemes with 812 apartments. Our target is 1,100 apartments by "
                    "2032."])
    assert 812.0 in set(got["value"]) and 1100.0 not in set(got["value"])


def test_a_share_named_as_an_average_is_no_share_of_the_areas():
    # the group it averages was cut off by a box set in the column ('below the 9.6% average of our' / box / 'CIPFA
    # nearest neighbours ...')
    got = measures(["Unpaid carers", "", "There were 5,000 unpaid carers in 2021, 9.3% of residents.",
                    "The county’s share is a little", "below the 9.6% average of our", "", "Did you know?"])
    assert 9.3 in set(got["value"]) and 9.6 not in set(got["value"])


def test_a_retender_through_a_year_and_an_extension_of_a_long_named_contract():
    got = or_nothing(dates)(["We have extended the extra care care and support contracts to 31 March 2028 and will "
                             "retender them through 2027."])
    stages = {(stage, earliest, latest) for _, stage, earliest, latest in got}
    assert ("extension_end", "2028-03-31", "2028-03-31") in stages
    assert ("procurement_start", "2027-01-01", "2027-12-31") in stages


def test_a_line_charts_point_labels_are_read_by_year_and_its_ticks_are_not():
    got = measures(["dementia.",
                    "                                                                        8,400",
                    "                       8,000",
                    "                                                    7,350",
                    "                                  6,620",
                    "                       6,000",
                    "                   5,900",
                    "",
                    "                       4,000",
                    "",
                    "                       2,000",
                    "",
                    "                           0",
                    "                   2025              2030              2035              2040",
                    "Figure 3. People aged 65 and over estimated to be living with dementia, 2025 to 2040. Source: "
                    "POPPI."])
    pairs = {(float(r.value), r.period) for r in got.itertuples() if r.measure == "dementia_estimated"}
    assert {(5900.0, "2025"), (6620.0, "2030"), (7350.0, "2035"), (8400.0, "2040")} <= pairs
    assert not {8000.0, 6000.0, 4000.0, 2000.0} & set(got["value"])
