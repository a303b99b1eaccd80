"""The pieces of the Data and sources page: figure browser, locator panel, findings summary."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.passage import original_passage
from components.provenance import md_escape, short_names
from components.timeline_readings import finding_id
from components.url_state import note_ignored
from components.theme import format_value
from data.vocab import COLUMN_LABELS, MEASURES, THEMES, measure_label

ALL = "all"


def figures_frame(measures: pd.DataFrame, documents: pd.DataFrame, doc_id: str, theme: str) -> pd.DataFrame:
    """The measures table, filtered and labelled for people, keeping its locator columns."""
    df = measures
    if doc_id != ALL:
        df = df[df["doc_id"] == doc_id]
    if theme != ALL:
        df = df[df["measure"].map(lambda m: MEASURES[m].theme if m in MEASURES else "") == theme]
    titles = short_names(documents)
    return pd.DataFrame({
        "Area (as written)": df["area_name"],
        "Area code": df["area_code"],
        "Figure": df["measure"].map(measure_label),
        "Group": df["breakdown"],
        "Period": df["period"],
        "Value": [format_value(v, u) for v, u in zip(df["value"], df["unit"])],
        "Kind": df["qualifier"],
        "Document": df["doc_id"].map(lambda d: titles.get(d, d)),
        "Section or table": df["section"],
        "Line": df["line"],
        "doc_id": df["doc_id"],
        "measure": df["measure"],
    }).reset_index(drop=True)


def figures_model(tables, doc_id: str, theme: str) -> tuple[pd.DataFrame, pd.DataFrame]:  # noqa: ANN001
    """(the figures frame, what the table shows) for a document and theme (for components.view_cache.view_model)."""
    table = figures_frame(tables.measures, tables.documents, doc_id, theme)
    return table, table.drop(columns=["doc_id", "measure"])


def themes_model(tables) -> list[str]:  # noqa: ANN001
    return theme_options(tables.measures)


def findings_model(tables) -> pd.DataFrame:  # noqa: ANN001
    return findings_summary(tables.findings)


def theme_options(measures: pd.DataFrame) -> list[str]:
    present = {MEASURES[m].theme for m in measures["measure"].unique() if m in MEASURES}
    return [ALL, *[t for t in THEMES if t in present]]


def theme_label(theme: str) -> str:
    return "All themes" if theme == ALL else THEMES.get(theme, theme)


def locator_panel(row: pd.Series, seed_files: dict[str, str]) -> None:
    """The selected figure's locator and, when the document is here, its original passage."""
    st.markdown(f"**{row['Figure']}** — {row['Area (as written)']}, {row['Period']}: **{row['Value']}**")
    st.caption(
        f"Document: {row['Document']} · file `{seed_files.get(row['doc_id'], '?')}` · "
        f"section: {row['Section or table']} · line {row['Line']}"
    )
    original_passage(row["doc_id"], int(row["Line"]))


def findings_summary(findings: pd.DataFrame) -> pd.DataFrame:
    if findings.empty:
        return pd.DataFrame(columns=[COLUMN_LABELS["check"], COLUMN_LABELS["severity"], "Findings"])
    out = findings.groupby(["check", "severity"]).size().reset_index(name="Findings")
    return out.rename(columns=COLUMN_LABELS)


def finding_by_id(findings: pd.DataFrame, wanted: str) -> pd.Series | None:
    """The finding a link names ('<document>-L<line>-<check>', see timeline_readings.finding_id), if any."""
    for i, (doc, line, check) in enumerate(zip(findings["doc_id"], findings["line"], findings["check"])):
        if not pd.isna(line) and finding_id(doc, line, check) == wanted:
            return findings.iloc[i]
    return None


def show_followed_finding(findings: pd.DataFrame, documents: pd.DataFrame) -> pd.Series | None:
    """The finding named in the URL (`?finding=`), shown first; an unknown name is ignored with a note."""
    wanted = st.query_params.get("finding")
    if wanted is None:
        return None
    hit = finding_by_id(findings, wanted)
    if hit is None:
        note_ignored("finding")
        return None
    doc = short_names(documents).get(hit["doc_id"], hit["doc_id"])
    st.info(f"**The finding you followed** ({md_escape(hit['severity'])}, {md_escape(doc)}, line {int(hit['line'])}, "
            f"check *{md_escape(hit['check'])}*): {md_escape(hit['message'])}  \nEvery finding is in the "
            "*Data-quality findings* tab below.", icon=":material/fact_check:")
    return hit
