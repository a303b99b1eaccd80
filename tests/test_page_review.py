"""Add a document: upload, proposals beside their source lines, corrections, save, bad input (AppTest + logic)."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.review_view import (
    STATE_KEY, UPLOAD_KEY, Upload, check_rows, dates_frame, figures_frame, label_code, read_upload, reviewed_rows,
    upload_summary,
)
from data.ingest import PROPOSAL_COLUMNS
from data.userdb import UserStore
from tests.conftest import run_page

PAGE = "pages/add-document.py"
AUTHORITY = "E10000016"   # the document is made up; the authority must be one the registry knows

# A made-up statement in the layouts real ones use: a `Label: value` list under a heading naming the
# measure, a tender notice's form fields, and prose.
DOCUMENT = """Wessex Vale County Council
Market Position Statement 2025 to 2028

Extra care housing
There are currently seven extra care schemes in the county.

Units per 1,000 people aged 65+
Ashford: 31
Dover: 6
Swale: 12

Home care framework
Contract start date
1 October 2026
The contract will run for 4 years with the option to extend for a further 2.
"""

# A made-up tender notice in the form-field layout (label on one line, value on the next).
TENDER = """Wessex Vale County Council: contract notice
Title
Community equipment service
Procurement start date
1 March 2026
Contract start date
1st October 2026
Contract end date
30 September 2030
"""


def proposal(line: int, kind: str, **values) -> dict:
    row = {c: "" for c in PROPOSAL_COLUMNS}
    row.update({"line": line, "kind": kind, "text": DOCUMENT.splitlines()[line - 1], "value": float("nan"),
                "term_months": pd.NA, "confidence": "medium", **values})
    return row


# What a proposer finds in DOCUMENT, fixed here so the page's own logic is tested whatever the proposer's recall
# (the proposer is tested by its owner on its corpus; `test_the_real_proposer_feeds_the_page` joins the two).
PROPOSALS = pd.DataFrame([
    proposal(5, "measure", theme="extra_care", measure="extra_care_schemes", area_code=AUTHORITY, area_name="Kent",
             value=7.0, unit="schemes", qualifier="count"),
    proposal(8, "measure", theme="extra_care", measure="extra_care_units_per_1000_65plus", area_code="E07000105",
             area_name="Ashford", value=31.0, unit="per_1000", qualifier="rate"),
    proposal(9, "measure", theme="extra_care", measure="extra_care_units_per_1000_65plus", area_code="E07000108",
             area_name="Dover", value=6.0, unit="per_1000", qualifier="rate"),
    proposal(10, "measure", theme="extra_care", measure="extra_care_units_per_1000_65plus", area_code="",
             area_name="Swayle", value=12.0, unit="per_1000", qualifier="rate", confidence="low"),
    proposal(14, "procurement", theme="procurement", service="Home care framework", stage="contract_start",
             date_text="1 October 2026", earliest="2026-10-01", latest="2026-10-01", confidence="high"),
    proposal(15, "procurement", theme="procurement", service="Home care framework", stage="contract_end",
             date_text="for 4 years", term_months=48, confidence="low"),
], columns=list(PROPOSAL_COLUMNS))
N_FIGURES, N_DATES = 4, 2


@pytest.fixture(autouse=True)
def user_db(monkeypatch, tmp_path):
    """Every test saves to its own SQLite file (never the developer's .userdata)."""
    monkeypatch.delenv("CMA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "atlas.sqlite"))
    return tmp_path / "atlas.sqlite"


@pytest.fixture
def proposals(monkeypatch) -> pd.DataFrame:
    """The page's proposer returns PROPOSALS for DOCUMENT (the reader is the real one)."""
    import data.ingest

    def fixed(lines, authority_code, doc_id="upload"):
        assert lines[:len(DOCUMENT.splitlines())] == DOCUMENT.splitlines() and authority_code == AUTHORITY
        return PROPOSALS.copy()

    monkeypatch.setattr(data.ingest, "propose", fixed)
    return PROPOSALS


def uploaded(data: bytes = DOCUMENT.encode(), name: str = "wessex.txt", query=None) -> AppTest:
    at = run_page(PAGE, query={"authority": AUTHORITY} if query is None else query)
    at.file_uploader(key=UPLOAD_KEY).set_value((name, data, "text/plain")).run()
    return at


def editor_keys(at: AppTest) -> tuple[str, str]:
    upload: Upload = at.session_state[STATE_KEY]
    return f"review_figures_{upload.editor_suffix}", f"review_dates_{upload.editor_suffix}"


def edit(at: AppTest, key: str, rows: dict[int, dict]) -> None:
    at.session_state[key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}


def fill_periods(at: AppTest, n: int, period: str = "2025") -> None:
    fig_key, _ = editor_keys(at)
    edit(at, fig_key, {i: {"period": period} for i in range(n)})


# -- the page ---------------------------------------------------------------------------------------

def test_page_is_listed_and_opens_with_the_authority_picker_and_uploader():
    at = run_page(PAGE)
    assert not at.exception
    assert at.title[0].value == "Add a document"
    assert at.selectbox(key="ctl_authority").value is None
    assert at.file_uploader(key=UPLOAD_KEY).allowed_type == [".txt", ".md", ".text", ".tsv", ".csv", ".docx", ".odt",
                                                              ".xlsx", ".ods", ".pdf", ".html", ".htm"]
    assert any("None yet" in c.value for c in at.caption)


def test_the_upload_message_counts_agree_with_their_nouns():
    assert upload_summary("x.txt", 1204, 21, 3, 1) == ("Read 1,204 lines of x.txt: 21 proposed figures and 3 procurement "
                                                       "dates; 1 low-confidence row starts unticked.")
    assert upload_summary("x.txt", 9, 1, 1, 2).endswith("1 proposed figure and 1 procurement date; 2 low-confidence "
                                                         "rows start unticked.")
    assert upload_summary("x.txt", 9, 0, 2, 0).endswith("0 proposed figures and 2 procurement dates.")


def test_an_upload_shows_each_proposal_beside_its_source_line(proposals):
    at = uploaded()
    assert not at.exception and not at.error
    assert re.match(r"Read 1[56] lines of wessex.txt: 4 proposed figures and 2 procurement dates; "
                    "2 low-confidence rows start unticked", at.success[0].value)
    figures, dates = at.data_editor[0].value, at.data_editor[1].value
    lines = DOCUMENT.splitlines()
    assert figures["line"].tolist() == [5, 8, 9, 10] and dates["line"].tolist() == [14, 15]
    for table in (figures, dates):
        assert [lines[n - 1] for n in table["line"]] == table["source"].tolist()   # the document's own lines
    assert [a if isinstance(a, str) else None for a in figures["area"]] == [
        "Kent (E10000016)", "Ashford (E07000105)", "Dover (E07000108)", None]
    assert figures["near_matches"].iloc[3].startswith("Swale (E07000113)")         # a near match to confirm
    assert figures["keep"].tolist() == [True, True, True, False] and dates["keep"].tolist() == [True, False]


def test_corrected_rows_are_saved_and_dropped_rows_are_not(proposals, user_db):
    at = uploaded()
    fig_key, date_key = editor_keys(at)
    edit(at, fig_key, {0: {"period": "2025"}, 1: {"period": "2024/25", "value": 32.0, "note": "typo in the source"},
                       2: {"keep": False}, 3: {"keep": True, "area": "Swale (E07000113)", "period": "2025"}})
    at.text_input(key="review_reviewer").set_value("A. Analyst")
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Saved 3 figures and 1 procurement date from wessex.txt" in s.value for s in at.success)

    store = UserStore()
    saved = store.measures()
    assert saved[["line", "area_code", "period", "value", "note"]].values.tolist() == [
        [5, AUTHORITY, "2025", 7.0, ""], [8, "E07000105", "2024/25", 32.0, "typo in the source"],
        [10, "E07000113", "2025", 12.0, ""]]
    assert set(saved["source_kind"]) == {"analyst"}
    assert store.procurements()[["line", "stage"]].values.tolist() == [[14, "contract_start"]]
    review = store.reviews().iloc[0]
    assert review["reviewer"] == "A. Analyst" and review["n_dropped"] == 2
    listed = [d.value for d in at.dataframe if "Saved (UTC)" in d.value.columns]
    assert listed and listed[0]["Document"].tolist() == ["wessex.txt"]


def test_saving_the_same_document_again_replaces_its_figures(proposals):
    for period in ("2020", "2021"):
        at = uploaded()
        fig_key, _ = editor_keys(at)
        edit(at, fig_key, {i: {"period": period} for i in range(3)})
        at.button(key="review_save").click().run()
        assert not at.error, [e.value for e in at.error]
    assert any("replaces the 4 figures and dates saved earlier" in s.value for s in at.success)
    saved = UserStore().measures()
    assert len(saved) == 3 and set(saved["period"]) == {"2021"}


def test_a_row_without_period_or_area_is_not_saved_and_the_page_says_why(proposals, user_db):
    at = uploaded()
    fig_key, _ = editor_keys(at)
    edit(at, fig_key, {0: {"period": "2025"}, 1: {"period": "2025"}, 2: {"period": ""}, 3: {"keep": True, "period": "2025"}})
    at.button(key="review_save").click().run()
    assert not at.exception
    assert at.error[0].value == ("Nothing was saved. Please correct: figure on line 9: give its period (a year such as "
                                 "2021, or 2024/25); figure on line 10: choose its area ('Swayle' is not a known area).")
    assert UserStore().measures().empty


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 40, "cannot be used"),
    ("broken.docx", b"PK\x03\x04 this is not a real archive", "cannot be used"),
    ("scan.pdf", b"%PDF-1.4\n%%EOF\n", "cannot be used"),
    ("nothing.txt", b"Minutes of the meeting.\nApologies were received.\n", "No recognisable figure"),
])
def test_bad_uploads_get_a_message_and_no_table(name, data, message):
    at = uploaded(data, name)
    assert not at.exception
    assert at.error and message in at.error[0].value
    assert not at.data_editor


def test_an_upload_before_choosing_the_authority_asks_for_it():
    at = uploaded(query={})
    assert not at.exception and not at.data_editor
    assert "Choose the authority" in at.info[0].value


def test_a_read_only_server_proposes_but_does_not_offer_to_save(monkeypatch, proposals):
    monkeypatch.setenv("CMA_READ_ONLY", "1")
    at = uploaded()
    assert not at.exception and at.data_editor
    assert "Saving is switched off on this server" in at.info[0].value
    assert at.button(key="review_save").disabled


def test_an_unusable_store_is_a_message_on_save_and_in_the_list(monkeypatch, proposals):
    at = uploaded()
    fill_periods(at, 3)
    monkeypatch.setenv("CMA_DATABASE_URL", "mysql://user:secret@host/db")
    at.button(key="review_save").click().run()
    assert not at.exception
    assert any("must start with postgresql://" in e.value for e in at.error)
    assert all("secret" not in e.value for e in at.error)


# -- the logic after an upload (no Streamlit) -----------------------------------------------------------

def test_read_upload_reads_the_file_and_proposes_with_the_chosen_authority(proposals):
    upload = read_upload(DOCUMENT.encode(), "wessex.txt", AUTHORITY)
    assert upload.lines[:len(DOCUMENT.splitlines())] == DOCUMENT.splitlines()
    assert upload.proposals.equals(PROPOSALS)
    assert upload.doc_id.startswith("user-") and len(upload.sha256) == 64


def test_the_real_proposer_feeds_the_page():
    """No stand-in: what data.ingest proposes for a made-up tender notice is what the page shows, line by line."""
    from data.ingest import IngestError, propose, read_document

    notice = TENDER.encode()
    try:
        expected = propose(read_document(notice, name="notice.txt"), AUTHORITY)
    except IngestError as exc:
        expected, message = None, exc.message
    at = uploaded(notice, "notice.txt")
    assert not at.exception
    if expected is None:
        assert message in at.error[0].value
        return
    shown = pd.concat([e.value for e in at.data_editor], ignore_index=True)
    assert sorted(shown["line"]) == sorted(expected["line"])
    lines = TENDER.splitlines()
    assert [lines[n - 1] for n in shown["line"]] == shown["source"].tolist()


def test_low_confidence_rows_start_unticked_and_dropped_rows_are_counted():
    figs, dates = figures_frame(PROPOSALS, {"E07000105": "Ashford (E07000105)"}), dates_frame(PROPOSALS)
    assert figs["keep"].tolist() == [True, True, True, False]
    figs["keep"] = True
    figs.loc[0, "keep"] = False
    dates["keep"] = False
    rows, dropped = reviewed_rows(figs, dates)
    assert dropped == 1 + len(dates)
    assert rows["kind"].tolist() == ["measure"] * (len(figs) - 1)
    assert rows["area_code"].tolist() == ["E07000105", "E07000108", ""]   # labels back to codes; none chosen: empty


def test_check_rows_names_each_row_to_fix():
    rows = pd.DataFrame([
        {"kind": "measure", "line": 4, "area_code": "", "area_name": "Ashtonn", "area_label": "", "measure": "carers_unpaid",
         "period": "2021", "value": 5.0},
        {"kind": "measure", "line": 5, "area_code": "E07999999", "area_name": "", "area_label": "X (E07999999)",
         "measure": "made_up_measure", "period": "2021", "value": 5.0},
        {"kind": "measure", "line": 7, "area_code": "E07000105", "area_name": "Ashford", "area_label": "Ashford (E07000105)",
         "measure": "carers_unpaid", "period": " ", "value": None},
        {"kind": "procurement", "line": 9, "stage": ""},
    ])
    problems = check_rows(rows, {"E07000105"})
    assert problems == [
        "figure on line 4: choose its area ('Ashtonn' is not a known area)",
        "figure on line 5: the area 'X (E07999999)' is not in the area registry",
        "figure on line 5: choose a measure from the list ('made_up_measure' is not one)",
        "figure on line 7: give its period (a year such as 2021, or 2024/25)",
        "figure on line 7: give its value",
        "date on line 9: choose its stage",
    ]


def test_area_labels_round_trip_to_codes():
    assert label_code("Ashford (E07000105)") == "E07000105"
    assert label_code("Bournemouth, Christchurch and Poole (E06000058)") == "E06000058"
    assert label_code(None) == "" and label_code("Ashford") == ""
