"""Round 42 (r42b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as text by a docx-to-text converter gives, its infographic pages as text boxes: a timetable row whose
first cells are merged down from a dated row (empty in the text) is that row's service's next step, no new table."""
from __future__ import annotations

from tests.proposals import proposers_for

ROCHDALE = "E08000005"

measures, dates = proposers_for(ROCHDALE)


def test_a_timetable_row_merged_down_from_the_row_above_is_that_services_next_step():
    got = dates(["Table 4: Contracts and next steps", "", "Service\tContract ends\tAction\tWhen", "",
                 "Home Support\t31/10/2026\tMarket engagement\tSummer 2025", "",
                 "\t\tTender\tQ3 2025/26", "", "Carers Breaks\t31/03/2027\tTender\tQ1 2026/27", ""])
    assert ("Home Support", "procurement_start", "2025-10-01", "2025-12-31") in got
    assert not [r for r in got if r[0] not in ("Home Support", "Carers Breaks")]
