"""Durham County Council, Market Position Statement 2019/2021 (seed 000)."""
from __future__ import annotations

from data.dates import parse_date_text
from data.model import Extraction
from data.seeds import Document
from data.tables import parse_number, read_table

DURHAM = "E06000047"


def extract(doc: Document) -> Extraction:
    ex = Extraction(doc)
    _life_expectancy(ex)
    _prose(ex)
    _planned_procurements(ex)
    return ex


def _life_expectancy(ex: Extraction) -> None:
    table = read_table(ex.doc, "Life expectancy (2014-16)", header_lines=0)
    head = ex.doc.find("\tMen\tWomen", table.title_line - 3)
    section = "Key Messages from the JSNA: life expectancy table"
    for label, measure in (
        ("Life expectancy (2014-16)", "life_expectancy"),
        ("Healthy life expectancy (2014-16)", "healthy_life_expectancy"),
        ("Years in poor health", "years_in_poor_health"),
    ):
        row = table.row(label)
        for col, sex in ((1, "men"), (2, "women")):
            ex.measure(line=row.line, section=section, area_code=DURHAM, area_name="County Durham",
                       measure=measure, period="2014-16", value=row.number(col), qualifier="estimate",
                       breakdown=sex)
    assert head < table.rows[0].line


def _prose(ex: Extraction) -> None:
    section = "Key Messages from the JSNA"
    n = ex.doc.find("adult carers in County Durham")
    ex.measure(line=n, section=section, area_code=DURHAM, area_name="County Durham",
               measure="carers_unpaid", period="2019", value=parse_number("59,000"),
               qualifier="approximate", breakdown="adults")


def _planned_procurements(ex: Extraction) -> None:
    table = read_table(ex.doc, "Service\tAnticipated\tAnticipated", header_lines=2)
    section = "11. Planned procurements for 2019/20 and 2020/21"
    pending = ""
    for row in table.rows:
        name = row.label
        start_text = row.cells[1].strip() if len(row.cells) > 1 else ""
        if not start_text:  # a service name wrapped onto the next line
            pending = name
            continue
        if pending:
            name, pending = f"{pending} {name}", ""
        ex.procurement(
            line=row.line, section=section, authority_codes=(DURHAM,), service=name.rstrip("."),
            category="other", status="planned",
            stages={"procurement_start": parse_date_text(start_text),
                    "contract_start": parse_date_text(row.cells[2].strip())},
        )
