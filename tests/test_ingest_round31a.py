"""Round 31 (r31a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes
`pdftotext -layout` gives a designed PDF (a JSNA chapter): a page's footer over the next page's header, both spaced
apart from their page and chapter numbers, is no table."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

STOCKPORT = "E08000007"

measures, dates = proposers_for(STOCKPORT)
rows = figure_rows(measures)


def _page(body: list[str], number: int, first: bool = False) -> list[str]:
    header = ("" if first else "\f") + "Borough JSNA 2026 | Older people" + " " * 40 + "Section 4"
    return [header, "", *body, "", "Borough JSNA 2026 | Dementia" + " " * 50 + str(number)]


def test_a_pages_footer_over_the_next_pages_header_is_no_table():
    lines = [*_page(["An estimated 2,950 people aged 65 and over were living with dementia in 2025."], 21, first=True),
             *_page(["In 2011 there were 24,100 unpaid carers."], 22),
             *_page(["The 2021 Census recorded 22,480 unpaid carers."], 23)]
    got = rows(lines)
    assert sorted(got) == [("carers_unpaid", STOCKPORT, "2011", 24100.0), ("carers_unpaid", STOCKPORT, "2021", 22480.0),
                           ("dementia_estimated", STOCKPORT, "2025", 2950.0)]
