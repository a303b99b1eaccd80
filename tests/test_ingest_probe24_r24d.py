"""Round 24 (r24d) of the document proposer (data/ingest), each rule on made-up lines as a council's provider bulletin
reads when it is sent by email and saved as plain text (headers, quoted lines of an earlier issue, a district roundup)."""
from __future__ import annotations

from tests.proposals import proposers_for

SURREY = "E10000030"  # districts Elmbridge E07000207 ... Waverley E07000216
ELMBRIDGE, WAVERLEY = "E07000207", "E07000216"

measures, dates = proposers_for(SURREY)


def _rows(lines):
    frame = measures(lines)
    return {(r.measure, r.area_code, r.period, r.value) for r in frame.itertuples()}


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


EMAIL_HEAD = ["From: Market Team <market.team@county.example.gov.uk>",
              "Sent: Wednesday, 3 June 2026 14:05",
              "To: Care providers",
              "Subject: Market news issue 12", ""]


def test_lines_quoted_with_a_chevron_in_an_email_are_the_earlier_message():
    # a reply's or a correction's '>' lines are an earlier issue's figures and dates, superseded: none is proposed
    lines = EMAIL_HEAD + [
        "We now run 9 extra care schemes with 540 flats. The home support tender opens in",
        "September 2026.", "",
        "Our last issue said:", "",
        "> We run 8 extra care schemes with 498 flats. The home support tender",
        "> opens in July 2026.", ""]
    rows = _rows(lines)
    assert ("extra_care_schemes", SURREY, "", 9) in rows and ("extra_care_units", SURREY, "", 540) in rows
    assert not {r for r in rows if r[3] in (8, 498)}
    stages = _stages(lines)
    assert ("procurement_start", "2026-09-01", "2026-09-30") in stages
    assert not {s for s in stages if s[1] == "2026-07-01"}


def test_a_quote_under_wrote_is_quoted_and_a_markdown_callout_is_the_page_own():
    wrote = ["On 2 May 2026, the commissioning team wrote:",
             "> There are 8 extra care schemes with 498 flats.", "",
             "There are 9 extra care schemes with 540 flats."]
    rows = _rows(wrote)
    assert ("extra_care_schemes", SURREY, "", 9) in rows and not {r for r in rows if r[3] in (8, 498)}
    callout = ["## Extra care", "", "> There are 9 extra care schemes with 540 flats in the county."]
    rows = _rows(callout)
    assert ("extra_care_schemes", SURREY, "", 9) in rows  # no email: a page's own call-out


def test_carers_who_came_to_events_are_no_unpaid_count():
    rows = _rows(["At the 2021 Census, 120,400 people in Surrey gave unpaid care. Thank you to the 57 carers who "
                  "came to our coffee mornings and workshops."])
    assert ("carers_unpaid", SURREY, "2021", 120400) in rows
    assert not {r for r in rows if r[3] == 57}


def test_a_second_figure_estimated_after_and_is_its_own_clause_with_its_own_year():
    # 'had N unpaid carers in 2021 and an estimated M people ... with dementia in 2025': M is no carers' count, N no
    # dementia estimate, and M's year is its own clause's, not the nearer census year before it
    rows = _rows(["Waverley had 12,480 unpaid carers in 2021 and an estimated 2,730 people aged 65+ with dementia in "
                  "2025."])
    assert ("carers_unpaid", WAVERLEY, "2021", 12480) in rows
    assert ("dementia_estimated", WAVERLEY, "2025", 2730) in rows
    assert not {r for r in rows if r[0] == "dementia_estimated" and r[3] == 12480}


def test_a_year_in_the_figures_own_clause_before_a_nearer_census_year():
    rows = _rows(["Elmbridge - 11,050 residents of Elmbridge gave unpaid care at the 2021 Census, and we estimate "
                  "that 1,990 people aged 65+ in the borough are living with dementia in 2025."])
    assert ("carers_unpaid", ELMBRIDGE, "2021", 11050) in rows
    assert ("dementia_estimated", ELMBRIDGE, "2025", 1990) in rows


def test_a_key_numbers_label_naming_its_subject_after_a_bullet_on_dementia():
    # 'Extra care schemes open today: 6, with 392 flats between them' after a bullet on people with dementia: the
    # label's own words say the 6 counts schemes (the bullet before's dementia does not make 'care' its people)
    rows = _rows(["Key numbers", "", "* People aged 65+ living with dementia in 2025 (estimated): 15,240",
                  "* Extra care schemes open today: 11, with 690 flats between them"])
    assert ("extra_care_schemes", SURREY, "", 11) in rows and ("extra_care_units", SURREY, "", 690) in rows
    assert not {r for r in rows if r[0] == "dementia_estimated" and r[3] == 11}
