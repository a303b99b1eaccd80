"""Durham: where the document contradicts itself (JSNA text vs table, abbreviations vs text)."""
from __future__ import annotations

import re
from datetime import date

from data.model import Extraction
from data.specs.prose import as_number, locate
from data.specs.runner import Spec, select

PLANNED = "11. Planned procurements for 2019/20 and 2020/21"


def life_expectancy_text(ex: Extraction, spec: Spec) -> None:
    """The JSNA bullet above the table states life expectancy again; report where the two disagree."""
    for sex, written in (("men", "78.0"), ("women", "81.4")):
        [row] = select(ex, spec, {"measure": "life_expectancy", "breakdown": sex})
        line = locate(ex.doc, "life expectancy for both men", written)
        if as_number(written) != row.value:
            cell = ex.doc.line(row.line).split("\t")[1 if sex == "men" else 2].strip()
            ex.finding(check="document", severity="warning", area_code=row.area_code, measure="life_expectancy",
                       period=row.period, expected=row.value, observed=as_number(written), line=line,
                       message=f"Life expectancy for {sex} is {written} years in the JSNA text (line {line}) "
                               f"but {cell} in the table below it (line {row.line})")


def procurements_before_the_table_period(ex: Extraction, spec: Spec) -> None:
    """The table is titled for 2019/20 and 2020/21; count its procurements starting before April 2019."""
    rows = [p for p in ex.procurements if p.section == PLANNED]
    early = sum(1 for p in rows if (s := p.stages.get("procurement_start")) and s.latest and s.latest < date(2019, 4, 1))
    if early:
        ex.finding(check="document", severity="info", area_code=spec.area("durham").code,
                   line=ex.doc.find("Service\tAnticipated\tAnticipated"),
                   message=f"{early} of the procurements in the table titled for 2019/20 and 2020/21 "
                           "are to start before April 2019")


def abbreviations(ex: Extraction, spec: Spec) -> None:
    """The abbreviations list against the text: report expansions that contradict it."""
    doc, durham = ex.doc, spec.area("durham").code
    start = doc.find("Abbreviations", doc.find("Planned procurements for 2019/20", 100))
    expansions = {}
    for n in range(start, len(doc.lines) + 1):
        cells = doc.line(n).split("\t")
        if len(cells) == 2:
            expansions[cells[0].strip()] = (n, cells[1].strip())
    ccg_line, ccg = expansions.get("CCG", (0, ""))
    cqc_line, cqc = expansions.get("CQC", (0, ""))
    if ccg and cqc == ccg:
        used = locate(doc, "Care Quality Commission (CQC)")
        ex.finding(check="document", severity="info", area_code=durham, line=cqc_line,
                   message=f"The abbreviations list expands CQC as {cqc!r}, the same as CCG (line {ccg_line}); "
                           f"the text uses CQC for the Care Quality Commission (line {used})")
    ibcf_line, ibcf = expansions.get("IBCF", (0, ""))
    used = locate(doc, "Better Care Fund (IBCF)")
    named = re.search(r"((?:[A-Z]\w+ )+)\(IBCF\)", doc.line(used))
    if ibcf and named and named.group(1).strip() != ibcf:
        ex.finding(check="document", severity="info", area_code=durham, line=ibcf_line,
                   message=f"The abbreviations list expands IBCF as {ibcf!r}; the text (line {used}) "
                           f"calls it the {named.group(1).strip()}")
