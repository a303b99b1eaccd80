"""Round 10 of the document proposer (data/ingest), each rule on made-up lines: infographic key facts as a text PDF
gives them (a caption over its figure, figures side by side over their captions); tables read one cell a line;
a contract register's dates; shares spelt 'per cent', a survey's sample size and 'one in ten' (no figure)."""
from __future__ import annotations

from tests.proposals import proposers_for

WORCS = "E10000034"  # made-up text filed under a real county's code (its districts are the registry's)
BROMSGROVE, REDDITCH = "E07000234", "E07000236"

measures, dates = proposers_for(WORCS)


def _got(lines: list[str]) -> list[tuple[str, str, str, float, str]]:
    return sorted((r.measure, r.area_code, r.period, r.value, r.breakdown) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- 1. infographic key facts
def test_a_caption_over_its_figure_alone_on_a_line_is_the_figures_subject():
    lines = ["Key facts", "", "Extra care housing units", "186", "", "Extra care schemes", "4", ""]
    assert [(m, v) for m, _, _, v, _ in _got(lines)] == [("extra_care_schemes", 4.0), ("extra_care_units", 186.0)]


def test_figures_side_by_side_over_their_captions_are_each_their_captions():
    lines = ["At a glance", "",
             "1,790                             5,860                                      3,120",
             "people on the dementia register   carers providing 50+ hours of care a week   carers known to the council"]
    assert _got(lines) == [("carers_known", WORCS, "", 3120.0, ""),
                           ("carers_unpaid", WORCS, "", 5860.0, "50+ hours a week"),
                           ("dementia_register", WORCS, "", 1790.0, "")]


def test_captions_over_figures_side_by_side_are_read_too():
    lines = ["At a glance", "",
             "people on the dementia register      extra care units",
             "1,790                                186"]
    assert [(m, v) for m, _, _, v, _ in _got(lines)] == [("dementia_register", 1790.0), ("extra_care_units", 186.0)]


# ---------------------------------------------------------------- 2. tables read one cell a line
def test_a_table_read_one_cell_a_line_takes_its_titles_year_and_its_share_columns_base():
    lines = ["Table 4: Unpaid carers by district, Census 2021", "",
             "District", "Unpaid carers", "% of residents aged 5+",
             "Bromsgrove", "9,120", "9.4%", "Redditch", "7,240", "8.7%"]
    assert _got(lines) == [("carers_unpaid", BROMSGROVE, "2021", 9120.0, ""),
                           ("carers_unpaid", REDDITCH, "2021", 7240.0, ""),
                           ("carers_unpaid_pct", BROMSGROVE, "2021", 9.4, ""),
                           ("carers_unpaid_pct", REDDITCH, "2021", 8.7, "")]


def test_years_as_header_cells_one_a_line_are_the_columns_periods():
    lines = ["Table 5: Estimated people with dementia by district", "District", "2025", "2030",
             "Bromsgrove", "1,640", "1,910", "Redditch", "930", "1,080"]
    assert [(a, p, v) for _, a, p, v, _ in _got(lines)] == [
        (BROMSGROVE, "2025", 1640.0), (BROMSGROVE, "2030", 1910.0), (REDDITCH, "2025", 930.0), (REDDITCH, "2030", 1080.0)]


# ---------------------------------------------------------------- 4. shares in words, sample sizes, ratios in words
def test_a_surveys_sample_size_is_no_count_of_carers():
    lines = ["Our carers survey (n=1,234) found that most carers had not had a break.",
             "In 2021, 9.8 per cent of residents provided unpaid care."]
    assert _got(lines) == [("carers_unpaid_pct", WORCS, "2021", 9.8, "")]



# ---------------------------------------------------------------- 3. a contract register
def test_a_register_without_outer_pipes_gives_each_rows_start_and_end_and_no_figure():
    lines = ["Contract register", "",
             "Service | Provider | Contract value | Start date | End date | Extension options",
             "Carers Support Service | Brightpath Trust | £1,250,000 | 01/04/2023 | 31/03/2027 | 2 x 12 months"]
    assert dates(lines) == [("Carers Support Service", "contract_start", "2023-04-01", "2023-04-01"),
                            ("Carers Support Service", "contract_end", "2027-03-31", "2027-03-31"),
                            # the extension options after the end, derived (round 17, r17b; as corpus 85's)
                            ("Carers Support Service", "extension_end", "2029-03-31", "2029-03-31")]
    assert measures(lines).empty

