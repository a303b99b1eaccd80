"""Round 17 (r17c) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a unitary
council's Easy Read summary of its statement: a 'data at a glance' tab table whose rows give the figure first and
its label after ('48,310<tab>unpaid carers (2021)'), a contract that 'finishes on' a date, and carers the council
'knows about'."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

SHROPSHIRE = "E06000051"

measures, dates = proposers_for(SHROPSHIRE)


_got = figure_rows(measures)


_GLANCE = [
    "Key numbers",
    "",
    "Figure\tWhat the figure tells you",
    "48,310\tpeople who give unpaid care (Census 2021)",
    "10.2%\tof residents aged 5+ who are unpaid carers (2021)",
    "7,905\tcarers the council knows (2024/25)",
    "6,480\tpeople aged 65 and over with dementia (2025)",
    "63.4%\tdementia diagnosis rate (June 2025)",
    "1,120\tcare home beds for older people",
    "",
]


def test_a_glance_table_with_the_figure_first_and_its_label_after_is_read_row_by_row():
    got = _got(_GLANCE)
    assert ("carers_unpaid", SHROPSHIRE, "2021", 48310.0) in got
    assert ("carers_unpaid_pct", SHROPSHIRE, "2021", 10.2) in got
    assert ("carers_known", SHROPSHIRE, "2024/25", 7905.0) in got
    assert ("dementia_estimated", SHROPSHIRE, "2025", 6480.0) in got
    assert ("dementia_diagnosis_rate", SHROPSHIRE, "2025", 63.4) in got
    assert not [g for g in got if g[3] == 1120.0]  # care home beds are no figure of the vocabulary


def test_a_glance_share_whose_label_opens_with_its_population_base_has_no_breakdown():
    frame = measures(_GLANCE)
    share = frame[frame["measure"] == "carers_unpaid_pct"]
    assert list(share["breakdown"].fillna("")) == [""]  # 'of residents aged 5+' is the share's base, not a sub-group


def test_a_numbered_list_of_two_cells_is_no_glance_table():
    # a small number first and a name after is a list's number, not a figure: nothing is offered from it
    lines = ["Lot\tService", "1\tCarers support", "2\tDementia support", "3\tExtra care care and support", "",
             "There are 41,200 unpaid carers in Shropshire (Census 2021)."]
    got = _got(lines)
    assert [g[3] for g in got] == [41200.0]


def test_a_contract_that_finishes_on_a_date_ends_then():
    got = dates(["Home support service", "", "The contract finishes on 30 June 2027."])
    assert [(g[1], g[2], g[3]) for g in got] == [("contract_end", "2027-06-30", "2027-06-30")]


def test_carers_the_council_knows_about_are_carers_known():
    got = _got(["In 2024/25 we knew about 7,905 carers.", "", "We know of 2,140 young carers."])
    assert ("carers_known", SHROPSHIRE, "2024/25", 7905.0) in got
    assert not [g for g in got if g[0] == "carers_unpaid"]


def test_carers_given_a_direct_payment_are_not_the_unpaid_count():
    got = _got(["There are 41,200 unpaid carers in Shropshire (Census 2021).", "",
                "Last year we gave 930 carers a direct payment to buy their own breaks."])
    assert [g[3] for g in got if g[0] == "carers_unpaid"] == [41200.0]


def test_an_italic_sub_heading_names_the_service_of_the_dates_under_it():
    got = dates(["**Contracts we will buy again**", "",
                 "*Home support in rural areas*", "",
                 "•\tThe contract finishes on 30 June 2027.",
                 "•\tThe new service starts on 1 July 2027.", "",
                 "*Carers breaks*", "",
                 "•\tThe current contract ends on 31 October 2027."])
    assert [(g[0], g[1], g[2]) for g in got] == [("Home support in rural areas", "contract_end", "2027-06-30"),
                                                 ("Home support in rural areas", "contract_start", "2027-07-01"),
                                                 ("Carers breaks", "contract_end", "2027-10-31")]


def test_asking_providers_to_bid_or_looking_for_new_providers_starts_the_procurement():
    got = dates(["**Home support in rural areas**", "",
                 "We will invite local providers to bid in spring 2027.", "",
                 "**Carers breaks**", "",
                 "We will look for a new provider in winter 2027/28."])
    assert [(g[0], g[1], g[2]) for g in got] == [("Home support in rural areas", "procurement_start", "2027-03-01"),
                                                 ("Carers breaks", "procurement_start", "2027-12-01")]
