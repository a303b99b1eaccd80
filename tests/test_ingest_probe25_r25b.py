"""Round 25 (r25b) of the document proposer (data/ingest), each rule on made-up lines as a council's draft statement
reads when saved from Word to text or PDF with its tracked changes and comments showing: deletions and insertions
inline ('[Deleted: x][Inserted: y]', '~~x~~ y', HTML's and pandoc's marks), Word's margin balloons on lines of their
own or beside the text, comment anchors and the printed summary of markup; and three wordings such a draft used (a
rise's later year with its verb left out, a service's waiting list, a provider event)."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

BEDFORD = "E06000055"

measures, dates = proposers_for(BEDFORD)
dates = or_nothing(dates)


def _rows(lines):
    return {(r.measure, str(r.period), float(r.value)) for r in measures(lines).itertuples()}


def _values(lines):
    return {float(v) for v in measures(lines)["value"]}


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


def test_the_inserted_figure_stands_and_the_deleted_one_goes():
    rows = _rows(["Unpaid carers", "",
                  "The 2021 Census counted [Deleted: 12,300][Inserted: 12,940] unpaid carers in Bedford, or "
                  "~~9.4%~~ 9.8% of residents aged five and over."])
    assert ("carers_unpaid", "2021", 12940.0) in rows
    assert ("carers_unpaid_pct", "2021", 9.8) in rows
    assert not {v for _, _, v in rows} & {12300.0, 9.4}


def test_a_struck_through_count_before_its_replacement_is_no_figure():
    values = _values(["Housing with care", "",
                      "Bedford now has ~~5~~ 6 extra care schemes, with [Deleted by R Tate: 301][Inserted by R Tate: "
                      "346] flats between them."])
    assert {6.0, 346.0} <= values
    assert not values & {5.0, 301.0}


def test_html_and_pandoc_marks_of_a_change():
    values = _values(["Dementia", "",
                      "We estimate that <del>2,410</del><ins>2,530</ins> people aged 65 and over in Bedford are "
                      "living with dementia in 2025. In March 2026, [1,380]{.deletion author=\"R Tate\"}"
                      "[1,455]{.insertion author=\"R Tate\"} people were on a GP dementia register."])
    assert {2530.0, 1455.0} <= values
    assert not values & {2410.0, 1380.0}


def test_a_balloon_on_its_own_line_is_the_margin_and_the_sentence_runs_on_across_it():
    # the deleted figure's balloon splits a sentence the way a PDF of a draft with markup gives it; the comments'
    # and formatting balloons' numbers are no figures
    lines = ["Extra care housing", "",
             "There are 6 extra care schemes in Bedford, providing 346",
             "Deleted: 301",
             "flats between them. 28 of the flats are for people living with dementia.",
             "Comment [RT1]: the 2019 statement said 3,010 carers - check.",
             "Formatted: Font: 11 pt, Bold",
             "Commented [JM2]: agreed."]
    rows = _rows(lines)
    assert ("extra_care_schemes", "", 6.0) in rows
    assert ("extra_care_units", "", 346.0) in rows
    assert ("extra_care_units_dementia", "", 28.0) in rows
    assert not {v for _, _, v in rows} & {301.0, 3010.0, 2019.0, 11.0, 1.0, 2.0}


def test_a_balloon_beside_the_text_is_cut_off():
    # a PDF converter keeps the margin beside the line after a wide gap: the balloon is no column of a table, its
    # words ('Deleted') no service and its date no stage
    got = dates(["Carers support service", "",
                 "The current contract ends on 31 March 2027.                Deleted: 31 December 2026",
                 "The new service will start on 1 April 2027.                Formatted: Font: Bold"])
    assert {(service, stage, earliest) for service, stage, earliest, _ in got} == {
        ("Carers support service", "contract_end", "2027-03-31"),
        ("Carers support service", "contract_start", "2027-04-01")}
    values = _values(["Key facts", "",
                      "Extra care schemes          6",
                      "Extra care flats            346                    Deleted: 301",
                      "Formatted Table"])
    assert {6.0, 346.0} <= values
    assert 301.0 not in values


def test_a_comment_anchor_stuck_to_a_word_is_no_figure():
    rows = _rows(["Dementia", "",
                  "In March 2026, 1,455 people[JM3] were on a GP dementia register in Bedford, a diagnosis rate of "
                  "~~61.2%~~ 63.1%.",
                  "Commented [JM3]: register or QOF? Please confirm."])
    assert ("dementia_register", "2026", 1455.0) in rows
    assert 63.1 in {v for _, _, v in rows}
    assert not {v for _, _, v in rows} & {3.0, 61.2}


def test_a_tracked_cell_keeps_its_table_columns():
    # a space-aligned table whose changed cell is wider than the figure it now holds: the share column beside it
    # stays the share column
    got = measures(["Table 3: Unpaid carers by hours of care a week, Bedford, Census 2021",
                    "Hours a week        Carers                              Share of carers",
                    "19 or less          7,010                               54.2%",
                    "20 to 49            [Deleted: 2,180][Inserted: 2,290]   [Deleted: 17.0%][Inserted: 17.7%]",
                    "50 or more          3,640                               28.1%"])
    got = {(r.measure, r.breakdown, float(r.value)) for r in got.itertuples()}
    assert ("carers_unpaid", "20-49 hours a week", 2290.0) in got
    assert ("carers_unpaid_pct", "20-49 hours a week", 17.7) in got
    assert not {v for *_, v in got} & {2180.0, 17.0}


def test_deleted_dates_are_no_stages():
    got = _stages(["Carers support service", "",
                   "The current contract ends on 31 December 2026.",
                   "Deleted: 30 June 2026",
                   "The tender will open in ~~May 2026~~ July 2026 and the new service will start on 1 January 2027.",
                   "Deleted: We will go out to tender in Quarter 1 of 2026/27 and"])
    assert ("contract_end", "2026-12-31", "2026-12-31") in got
    assert ("procurement_start", "2026-07-01", "2026-07-31") in got
    assert ("contract_start", "2027-01-01", "2027-01-01") in got
    assert not {s for s in got if s[1] in ("2026-06-30", "2026-05-01", "2026-04-01")}


def test_the_summary_of_markup_is_no_text():
    got = _stages(["Home support", "",
                   "The current contracts end on 31 October 2026 and the new ones start on 1 November 2026.",
                   "Deleted: 31 August 2026", "",
                   "Summary of markup",
                   "Page 4: [1] Deleted        R Tate        14/01/2026 11:20:00",
                   "The current contracts end on 31 August 2026",
                   "Page 4: [2] Formatted      J Marsh       20/01/2026 09:05:00",
                   "Font: Bold"])
    assert ("contract_end", "2026-10-31", "2026-10-31") in got
    assert not {s for s in got if s[1] in ("2026-08-31", "2026-01-14", "2026-01-20")}


def test_markup_marks_once_are_left_as_written():
    # a form's 'Deleted:' field, once, in a document with no other markup, is text
    assert 2.0 in _values(["Extra care housing", "", "Deleted: 0", "There are 2 extra care schemes in Bedford."])


def test_a_later_year_of_a_rise_with_its_verb_left_out():
    rows = _rows(["Dementia", "",
                  "We estimate that 2,530 people aged 65 and over are living with dementia in 2025. By 2030 this is "
                  "projected to rise to 2,980, and by 2035 to 3,410."])
    assert ("dementia_estimated", "2030", 2980.0) in rows
    assert ("dementia_estimated", "2035", 3410.0) in rows
    rows = _rows(["Dementia", "",
                  "We estimate that 2,530 people aged 65 and over are living with dementia in 2025; the number is "
                  "projected to rise to 2,980 by 2030 and to 3,410 by 2035."])
    assert ("dementia_estimated", "2035", 3410.0) in rows


def test_a_services_waiting_list_is_no_figure():
    # 'on the extra care waiting list': a waiting list named after its service, the words after the figure reaching
    # past the 40 characters a figure's own noun is read in
    values = _values(["Dementia and extra care", "",
                      "Of the flats, 28 are for people living with dementia. The average scheme has 58 flats, and 41 "
                      "people were on the extra care waiting list in January 2026."])
    assert 28.0 in values
    assert not values & {41.0, 58.0}


def test_a_provider_event_is_no_stage():
    got = _stages(["Dementia support service", "",
                   "The current contract ends on 31 March 2027.",
                   "A provider event for the dementia support tender will be held on 9 September 2026."])
    assert ("contract_end", "2027-03-31", "2027-03-31") in got
    assert not {s for s in got if s[1] == "2026-09-09"}
