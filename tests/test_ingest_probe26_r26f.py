"""Round 26 (r26f) of the document proposer (data/ingest), each rule on made-up lines as a designed PDF's text layer
gives a statistical chapter's tables by district: footnote markers set as superscripts after header years, words and
a total row's figure (read run into them), and a footnote giving other councils' rates per 100,000 as comparators."""
from __future__ import annotations

from data.ingest.footmarks import unmarked_headers
from tests.proposals import figure_rows, proposers_for

KENT = "E10000016"
ASHFORD, CANTERBURY, DARTFORD = "E07000105", "E07000106", "E07000107"

measures, _ = proposers_for(KENT)
rows = figure_rows(measures)


def test_a_header_year_with_its_footnote_marker_run_in_is_the_year():
    # 'Unpaid carers 2021<sup>1</sup>' is read 'Unpaid carers 20211': the column is 2021's, and no 20211 is a figure
    lines = ["Table 2: Unpaid carers by district",
             "District            Unpaid carers 20213     Unpaid carers 20114",
             "Ashford                          9,415                  9,880",
             "Canterbury                      12,205                 12,640",
             "Dartford                         7,330                  7,015"]
    got = rows(lines)
    assert ("carers_unpaid", ASHFORD, "2011", 9880.0) in got
    assert ("carers_unpaid", CANTERBURY, "2021", 12205.0) in got
    assert ("carers_unpaid", DARTFORD, "2011", 7015.0) in got
    assert not {20213.0, 20114.0} & {v for *_, v in got}


def test_year_columns_each_with_a_marker_keep_their_own_years():
    # 'District | 2024² | 2030 | 2040³' read as '20242  2030  20403': three columns, three years
    lines = ["Table 5: People aged 65+ estimated to be living with dementia, by district",
             "District        20242      2030      20403",
             "Ashford         1,480     1,730      2,150",
             "Canterbury      2,260     2,590      3,240",
             "Dartford          905     1,060      1,385"]
    got = rows(lines)
    assert ("dementia_estimated", CANTERBURY, "2024", 2260.0) in got
    assert ("dementia_estimated", CANTERBURY, "2030", 2590.0) in got
    assert ("dementia_estimated", DARTFORD, "2040", 1385.0) in got
    assert not {20242.0, 20403.0} & {v for *_, v in got}


def test_a_marker_after_a_header_word_is_blanked_and_no_figure_cell_is_touched():
    lines = ["Area        Schemes     Open units     Planned units6",
             "Ashford           2            96             40",
             "Total 12          3            96         3,1402"]
    out = unmarked_headers(lines)
    assert out[0].rstrip() == "Area        Schemes     Open units     Planned units"
    assert len(out[0]) == len(lines[0])
    assert out[1:] == lines[1:]
    # a year in a sentence, and a header over no figures, are left alone
    prose = ["In 20211 the count rose   and  fell", "no figures here"]
    assert unmarked_headers(prose) == prose


def test_a_total_cell_with_its_marker_run_in_is_the_sum_it_stands_for():
    # 'Total | 14 | 812 | 265<sup>7</sup>': the planned units total read '2657', ten times the column's sum
    lines = ["Table 4: Extra care housing by district",
             "District       Schemes     Existing units     Planned units",
             "Ashford              4                250                110",
             "Canterbury           6                372                 95",
             "Dartford             4                190                 60",
             "Total               14                812               2657"]
    got = rows(lines)
    assert ("extra_care_units_planned", KENT, "", 265.0) in {(m, a, "", v) for m, a, _, v in got}
    assert 2657.0 not in {v for *_, v in got}
    assert ("extra_care_units", KENT, "", 812.0) in {(m, a, "", v) for m, a, _, v in got}


def test_extra_care_units_per_100000_are_no_rate_per_1000():
    # a footnote's comparators: rates per 100,000 aged 65+, which the vocabulary does not hold
    lines = ["Kent has 14 extra care schemes with 812 units.", "",
             "3 Surrey and Essex, used as comparators, have 205 and 238 extra care units per 100,000 people aged",
             "65 and over."]
    values = {v for *_, v in rows(lines)}
    assert 812.0 in values
    assert not {205.0, 238.0} & values


def test_a_footnote_wrapped_over_lines_is_a_note_to_its_end():
    # a page's numbered notes, each wrapped as the page's width or a converter breaks it: the lines after a note's
    # first that carry on its sentence are the note's too, so their counts and ages are no figures of the text
    lines = ["Kent has 14 extra care schemes with 812 units.", "",
             "1 Census 2021, usual residents aged 5 and over who look after someone because of",
             "illness or old age.",
             "2 Dartford's 2011 count includes 315 carers in three output areas moved",
             "from Gravesham in a 2018 boundary review; the 70 to 74 age group is",
             "assumed to grow by 1.4% a year.",
             "",
             "                              31"]
    values = {v for *_, v in rows(lines)}
    assert 812.0 in values
    assert not {315.0, 70.0, 74.0, 1.4} & values
