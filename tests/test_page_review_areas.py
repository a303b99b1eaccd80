"""Add a document (AppTest, the real proposer): a Markdown table's district the registry does not hold is
shown with no area; saving it is refused with a message naming the row; once the analyst picks the area it saves."""
from __future__ import annotations

import pytest

from components.review_view import STATE_KEY, UPLOAD_KEY, Upload
from data.userdb import UserStore
from tests.conftest import run_page

PAGE = "pages/add-document.py"
BURNLEY = "E07000117"   # the made-up borough's statement is filed under a real authority code

# A made-up statement: a Markdown table whose first row is a district no registry holds.
STATEMENT = """# Fenwold Borough Council: market position statement

## Extra care by district
Extra care housing, March 2026

| District | Schemes | Units |
|---|---:|---:|
| Ashby Marsh | 2 | 120 |
| Burnley | 3 | 180 |
| South East | 180 | 11,000 |
"""


@pytest.fixture(autouse=True)
def user_db(monkeypatch, tmp_path):
    monkeypatch.delenv("CMA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "atlas.sqlite"))


def test_an_unknown_district_blocks_its_row_until_the_analyst_chooses_the_area():
    at = run_page(PAGE, query={"authority": BURNLEY})
    at.file_uploader(key=UPLOAD_KEY).set_value(("fenwold.md", STATEMENT.encode(), "text/markdown")).run()
    assert not at.exception and not at.error
    figures = at.data_editor[0].value
    unknown = figures[figures["area_as_written"] == "Ashby Marsh"]
    assert len(unknown) == 2 and unknown["area"].isna().all() and not unknown["keep"].any()   # shown, unticked
    assert set(figures.loc[figures["area_as_written"] == "Burnley", "area"]) == {"Burnley (E07000117)"}
    assert "South East" not in set(figures["area_as_written"])

    upload: Upload = at.session_state[STATE_KEY]
    key = f"review_figures_{upload.editor_suffix}"
    units = int(unknown.index[unknown["measure"] == "extra_care_units"][0])
    keep_only = {i: {"keep": i == units} for i in range(len(figures))}
    at.session_state[key] = {"edited_rows": keep_only, "added_rows": [], "deleted_rows": []}
    at.button(key="review_save").click().run()
    assert not at.exception
    assert at.error[0].value == ("Nothing was saved. Please correct: figure on line 8: choose its area "
                                 "('Ashby Marsh' is not a known area).")
    assert UserStore().measures().empty

    keep_only[units] = {"keep": True, "area": "Burnley (E07000117)"}
    at.session_state[key] = {"edited_rows": keep_only, "added_rows": [], "deleted_rows": []}
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error
    saved = UserStore().measures()
    assert saved[["line", "measure", "area_code", "period", "value"]].values.tolist() == [
        [8, "extra_care_units", BURNLEY, "2026", 120.0]]
