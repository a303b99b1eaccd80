"""A tidy, long table: one row per area, measure, sub-group and period, its figure in one value column.

    Area code | Area name | Indicator     | Breakdown        | Period | Value | Unit     | Lower CI | Rank
    E07000117 | Burnley   | Unpaid carers | 50+ hours a week | 2021   | 3910  | Count    |          | 3

The header names each column's role (long_table_columns.csv: an area's code or name, its type, the measure, a
breakdown or sub-group, the period, the value, its unit or value type, a quality flag). Each row's value is filed by
its measure cell read through the measure vocabulary (measure_rules.csv), the unit picking a count, a share or a rate
of it; by the row's area code (or name), period and breakdown. Every other column (confidence limits, rank,
numerator, denominator, source) is never read. A suppressed or missing value ('c', '[x]', '*', '..') and a measure
the vocabulary does not know give nothing; nor does an area code the registry does not hold (a region, an ICB).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from data.ingest import areas as area_lookup
from data.ingest.classify import band_of, classify, theme_of
from data.ingest.layout import PIPE_RULE, quarter_period, row_cells
from data.ingest.proposals import Proposals
from data.vocab import MEASURES

COLUMNS_CSV = Path(__file__).with_name("long_table_columns.csv")
# a long table needs these roles, and one more saying which figure a row is (its period, unit or breakdown)
_NEEDED = ("measure", "value")
_DESCRIBING = ("period", "unit", "breakdown")

# a figure as a value cell holds it ('9815', '"151,320"', '62.7', '10.3%', a change '-1,120'), a provisional or revised
# marker after it ('62.0p', '455 [p]', '1,210 (r)'); anything else is no figure ('c', '[x]', '*', '..')
_VALUE = re.compile(r"^([-\u2212–+]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%?)\s*(\[[a-z]\]|\([a-z]\)|[pr])?$",
                    re.IGNORECASE)
# a flag saying the value is withheld ('S', 'c', '[c]', 'Value suppressed for disclosure control')
_SUPPRESSED_FLAG = re.compile(r"^\s*(?:s|c|\[c\]|\[s\])\s*$|\bsuppress", re.IGNORECASE)
_PROVISIONAL_FLAG = re.compile(r"^\s*(?:p|\[p\]|provisional\b.*)\s*$", re.IGNORECASE)
_PER_CENT = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
_SHARE_UNIT = re.compile(_PER_CENT.pattern + r"|\bproportion\b|\bshare\b", re.IGNORECASE)
_RATE_UNIT = re.compile(r"\bper\s+(?:1,?000|10,?000|100,?000|1 000)\b|\brate\s+per\b", re.IGNORECASE)
_THOUSANDS = re.compile(r"\bthousands?\b|\(\s*['’]?000s?\s*\)|['’]000s?\b", re.IGNORECASE)
_FRACTION = re.compile(r"\bproportion\b|\bfraction\b|\bratio\b", re.IGNORECASE)
# a measure named as a rate with no unit beside it ('Dementia diagnosis rate'): a share, unless per 1,000
_RATE_NAME = re.compile(r"\brate\b", re.IGNORECASE)
_PREVALENCE = re.compile(r"\bprevalence\b", re.IGNORECASE)
# a measure, breakdown or unit naming a change ('Change in unpaid carers since 2011', 'Increase (%)'): the change's
# size, never the count or the share
_CHANGE = re.compile(r"\b(?:change[sd]?|increase[sd]?|decrease[sd]?|difference|growth|rise|fall|reduction)\b",
                     re.IGNORECASE)
# an area type wider than any one council the registry holds
_WIDER_TYPE = re.compile(r"\b(?:region|ICB|ICS|STP|integrated care|sub-?region|NHS)\b|^(?:north east|north west|"
                         r"yorkshire and (?:the )?humber|east midlands|west midlands|east of england|east|london|"
                         r"south east|south west)$", re.IGNORECASE)
# an official code of an area wider than a council the registry does not hold: a region, an NHS region or board, a
# country or union of countries (a ward's or a neighbourhood's code gives way to its name, for the analyst)
_WIDER_CODE = re.compile(r"E1[25]\d{6}|E(?:38|40|54)\d{6}|[EWSN]92\d{6}|K0\d{7}", re.IGNORECASE)
_TOTAL_NAME = re.compile(r"^(?:total|all\s+areas|overall)$", re.IGNORECASE)

# an age group as a breakdown cell writes it ('Aged 65+', 'People aged 85 and over', 'Aged under 65 (young onset)',
# '65-74')
_AGE_OVER = re.compile(r"\b(?:aged\s+)?(\d{1,3})\s*(?:\+|plus\b|(?:years\s+)?(?:and|or)\s+(?:over|above|older)\b)",
                       re.IGNORECASE)
_AGE_UNDER = re.compile(r"\b(?:aged\s+)?(?:under|below|less\s+than)\s+(\d{1,3})\b", re.IGNORECASE)
_AGE_BAND = re.compile(r"\b(?:aged\s+)?(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\b(?!\s*hours)", re.IGNORECASE)
# a rate's population base ('Extra care units per 1,000 people aged 75+'): no sub-group
_RATE_BASE = re.compile(r"\bper\s+(?:1,?000|10,?000|100,?000|1 000)\s+(?:[a-z]+\s+){0,2}aged\s+\d{1,3}\s*(?:\+|plus\b|"
                        r"(?:years\s+)?(?:and|or)\s+(?:over|above|older)\b)?", re.IGNORECASE)
_SEX = re.compile(r"\b(?:males?|females?|men|women|boys|girls)\b", re.IGNORECASE)
# a breakdown cell naming the whole ('All ages', 'All hours', 'Persons', 'Total') or the stock in place ('Operational')
_WHOLE = re.compile(r"all\b.*|total|overall|persons|people|everyone|both sexes", re.IGNORECASE)
_STATUS = re.compile(r"(?:existing|current|operational|in operation|open|available|in place)(?:\s+(?:stock|provision|"
                     r"schemes?|units?))?", re.IGNORECASE)
_YOUNG_CARERS = re.compile(r"\byoung\s+(?:adult\s+)?carers\b", re.IGNORECASE)
# the census's population base for unpaid care ('aged 5 and over'; Scotland's 'aged 3+'): no sub-group
_CENSUS_BASE = frozenset({"aged 5 and over", "aged 3 and over"})
# measures defined for people aged 65 and over: that age beside them names no sub-group
_OWN_AGE = {"dementia_estimated": "aged 65 and over", "dementia_diagnosis_rate": "aged 65 and over",
            "dementia_diagnosis_target": "aged 65 and over"}

_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d{2})(?:\s*/\s*(\d{2}))?(?![\d%])")
_MONTH_YEAR = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s?[-/'’ ]\s?(\d{2})$",
                         re.IGNORECASE)
# a year a change is measured from ('Change in unpaid carers since 2011'): no period of the figure's
_SINCE_YEAR = re.compile(r"\b(?:since|from|on|than|compared\s+(?:with|to))\s+(?:19|20)\d{2}\b", re.IGNORECASE)
_PROJECTED = re.compile(r"\bproject(?:ed|ion|ions)?\b|\bforecast\b", re.IGNORECASE)
_ESTIMATED = re.compile(r"\bestimat", re.IGNORECASE)


@dataclass(frozen=True)
class ValueColumn:
    unit: str = ""  # the unit its header names ('Number', '%'), '' when the row's unit cell says
    area_code: str = ""  # the place its header names ('England'), '' when the row's area columns say
    area_name: str = ""


@dataclass(frozen=True)
class LongTable:
    header_line: int  # 1-based, as proposals count lines
    roles: dict[str, tuple[int, ...]]  # role -> its columns
    values: dict[int, ValueColumn]
    rows: tuple[tuple[int, list[str], str], ...]  # (1-based line, cells, the line as read)


@lru_cache(maxsize=1)
def column_roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(role, header words) pairs, in the order a column is tried against them."""
    with COLUMNS_CSV.open(newline="", encoding="utf-8") as fh:
        return tuple((r["role"], re.compile(r["pattern"], re.IGNORECASE)) for r in csv.DictReader(fh))


# roles several columns may share, read together ('Sex' and 'Age' both break a figure down)
_SHARED_ROLES = frozenset({"breakdown", "unit_value", "area_value"})


def header_roles(cells: list[str]) -> dict[str, tuple[int, ...]]:
    """The columns of each role a header row's cells name (one column a role but breakdowns and values named by their
    unit; 'GEOGRAPHY_CODE' as 'Geography code'); {} unless the row is a long table's header: a measure column, a value
    column (or columns named by their units, 'Number' and '%', where no column is named 'Value') and a column saying
    which figure a row is (period, unit or breakdown). A table with no area column is the authority's."""
    roles: dict[str, tuple[int, ...]] = {}
    for j, cell in enumerate(cells):
        words = " ".join(cell.replace("_", " ").strip().strip("*").split())
        role = next((role for role, rx in column_roles() if rx.fullmatch(words)), None)
        if role is None and words and area_lookup.exact(words):
            role = "area_value"  # ('England' beside 'Value': that place's figures)
        if role and (role not in roles or role in _SHARED_ROLES):
            roles[role] = (*roles.get(role, ()), j)
    unit_named = roles.pop("unit_value", ())
    if "value" not in roles and unit_named:  # (beside a 'Value' column, a 'Count' is the numerator: never read)
        roles["value"] = unit_named
    if "area_code" in roles or "area_name" in roles:
        roles.pop("area_value", None)
    if not (all(r in roles for r in _NEEDED) and any(r in roles for r in _DESCRIBING)):
        return {}
    return roles


def value_columns(cells: list[str], roles: dict[str, tuple[int, ...]]) -> dict[int, ValueColumn]:
    """Each value column: the unit its header names ('Number', '%'; '' for a 'Value' column, whose row's unit cell
    says) and the place it is for where the table has no area column and the header names one ('England')."""
    named = len(roles["value"]) > 1 or column_roles_match("unit_value", cells[roles["value"][0]])
    out = {j: ValueColumn(cells[j].strip() if named else "") for j in roles["value"]}
    for j in roles.get("area_value", ()):
        place = " ".join(cells[j].split())
        out[j] = ValueColumn("", area_lookup.exact(place) or "", place)
    return out


def column_roles_match(role: str, cell: str) -> bool:
    words = " ".join(cell.replace("_", " ").strip().strip("*").split())
    return any(r == role and rx.fullmatch(words) for r, rx in column_roles())


# a cell of a space-aligned row (a PDF's text with its layout kept): words with single spaces between them
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def spaced_cells(text: str) -> list[tuple[int, int, str]]:
    """The cells of a space-aligned line, (start, end, text), split at two spaces or more; [] for a tab or pipe row."""
    if "\t" in text or "|" in text:
        return []
    return [(m.start(), m.end(), m.group(0)) for m in _SPACED_CELL.finditer(text)]


def aligned_cells(text: str, starts: list[int]) -> list[str]:
    """A space-aligned row's cells placed under the header's columns (`starts`: where each header cell begins): each
    cell under the column it overlaps most, so empty cells (a blank confidence limit) keep the columns after them."""
    out = [""] * len(starts)
    ends = [*starts[1:], 10 ** 6]
    for start, end, cell in spaced_cells(text):
        overlaps = [min(end, b) - max(start, a) for a, b in zip(starts, ends)]
        j = max(range(len(starts)), key=lambda k: (overlaps[k], -abs(starts[k] - start)))
        out[j] = f"{out[j]} {cell}".strip()
    return out


def _wrapped_cells(text: str, roles: dict[str, tuple[int, ...]], starts: list[int] | None) -> list[str] | None:
    """Under a space-aligned header, a line holding only words wrapped from the row above's cells ('living with
    dementia' under 'Estimated people aged 65+'): one or two cells of words, none under a value or period column;
    None else."""
    spaced = spaced_cells(text)
    if starts is None or not 1 <= len(spaced) <= 2 or any(re.search(r"\d", c) for _, _, c in spaced):
        return None
    cells = aligned_cells(text, starts)
    numeric = {*roles["value"], *roles.get("period", ()), *roles.get("area_code", ())}
    return None if any(cells[j] for j in numeric) else cells


def _table_row(text: str, roles: dict[str, tuple[int, ...]], width: int, starts: list[int] | None = None
               ) -> list[str] | None:
    """The cells of a line under a long table's header (`width` cells), if it is one of its rows: a tab or pipe row
    reaching the value column; a comma-separated row of the header's width the CSV reading left as written (the rows
    after a page break's running header, no run of rows under a header of their own); under a space-aligned header
    (`starts`), a space-aligned line with a measure cell and a value."""
    if starts is not None:
        cells = aligned_cells(text, starts) if len(spaced_cells(text)) >= 3 else None
        filled = cells and _cell(cells, roles, "measure") and any(cells[j] for j in roles["value"])
        return cells if filled else None
    cells = row_cells(text)
    if cells is None and text.count(",") >= width - 1:
        fields = next(csv.reader([text.strip()]), [])
        cells = fields if len(fields) == width else None
    return cells if cells and len(cells) > min(roles["value"]) else None


# a page's furniture inside a table a page break split: a running header or footer with its page number, a page number
# alone, a form feed
_PAGE_FURNITURE = re.compile(r"\s*(?:\f|(?:.*\S\s+)?page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|"
                             r"(?:.*\S(?:\s{2,}|\t))?\d{1,4})\s*", re.IGNORECASE)
_MOST_PASSED = 4


def _page_gap(lines: list[str], k: int, roles: dict[str, tuple[int, ...]], width: int,
              starts: list[int] | None = None) -> int:
    """How many lines from `k` to pass over inside a long table: a Markdown rule; or blank lines and a page's
    furniture (a running header's 'Page 3', a page number, a form feed), up to four, when a row of the table follows
    them (a spreadsheet's empty separator row, a page break); 0 else."""
    if PIPE_RULE.match(lines[k]):
        return 1
    n = 0
    while k + n < len(lines) and n < _MOST_PASSED and not _table_row(lines[k + n], roles, width, starts) \
            and (not lines[k + n].strip() or _PAGE_FURNITURE.fullmatch(lines[k + n])):
        n += 1
    return n if n and k + n < len(lines) and _table_row(lines[k + n], roles, width, starts) else 0


def long_tables(lines: list[str]) -> list[LongTable]:
    """The long tables in a document's lines: a header row naming the roles (tab, pipe or space-aligned), then the rows
    under it up to the first line that is no table row (a Markdown rule, a spreadsheet's empty separator row and a page
    break's running header are passed over: `_page_gap`)."""
    out, i = [], 0
    while i < len(lines):
        cells, starts = row_cells(lines[i]), None
        if cells is None:  # (a space-aligned header: its cells and where each begins)
            spaced = spaced_cells(lines[i])
            cells, starts = [c for _, _, c in spaced], [a for a, _, _ in spaced]
        roles = header_roles(cells) if cells and len(cells) >= 4 else {}
        if not roles:
            i += 1
            continue
        rows, k = [], i + 1
        while k < len(lines):
            gap = _page_gap(lines, k, roles, len(cells), starts)
            if gap:
                k += gap
                continue
            below = _table_row(lines[k], roles, len(cells), starts)
            wrapped = _wrapped_cells(lines[k], roles, starts) if below is None and rows else None
            if wrapped:  # (a cell's words wrapped onto a line of their own: the row above's)
                line, above, text = rows[-1]
                rows[-1] = (line, [f"{a} {w}".strip() for a, w in zip(above, wrapped)], text)
                k += 1
                continue
            if below is None:
                break
            rows.append((k + 1, below, _row_text(lines[k], below, starts)))
            k += 1
        if rows:
            out.append(LongTable(i + 1, roles, value_columns(cells, roles), tuple(rows)))
        i = k
    return out


def _cells(cells: list[str], roles: dict[str, tuple[int, ...]], role: str) -> list[str]:
    """A row's cells of a role (several for a role columns share), spaces collapsed, empty ones left out."""
    return [" ".join(cells[j].split()) for j in roles.get(role, ()) if j < len(cells) and cells[j].strip()]


def _cell(cells: list[str], roles: dict[str, tuple[int, ...]], role: str) -> str:
    return " ".join(_cells(cells, roles, role))


def value_of(cell: str) -> tuple[float, bool, bool] | None:
    """(the figure, whether written with %, whether marked provisional or revised) in a value cell; None for a
    suppressed or missing one."""
    m = _VALUE.fullmatch(cell.strip().strip('"'))
    if not m:
        return None
    figure = float(m.group(2).replace(",", "") + (m.group(3) or ""))
    return (-figure if m.group(1) and m.group(1) != "+" else figure), bool(m.group(4)), bool(m.group(5))


def kind_of(unit: str, measure: str, percent: bool, value: float = 0.0) -> str:
    """Count, share or rate: a rate per 1,000 where the unit or measure says so; else as the unit cell says ('Per cent',
    'Percentage', 'Number'), the value ('62.7%') or the measure's name ('Dementia diagnosis rate', 'QOF prevalence')
    does; a change (in per cent) when the measure or unit names one."""
    if _CHANGE.search(f"{measure} {unit}"):
        return "change_pct" if percent or _SHARE_UNIT.search(f"{measure} {unit}") else "change"
    if _RATE_UNIT.search(f"{unit} {measure}"):  # ('Extra care units per 1,000 people aged 75+' over a unit 'Rate')
        return "rate"
    if percent or _SHARE_UNIT.search(unit):
        return "share"
    if unit:
        return "count"
    # (with no unit: a prevalence or a rate by its name, and a figure with decimals, which no count of people, homes or
    # schemes has, 'Carers, unpaid care 50+ hours a week' 2.3, are shares)
    named_share = _SHARE_UNIT.search(measure) or _RATE_NAME.search(measure) or _PREVALENCE.search(measure)
    return "share" if named_share or value != int(value) and abs(value) <= 100 else "count"


def scaled(value: float, kind: str, words: str, percent: bool) -> float:
    """A value as the atlas counts it: a count in thousands ('Persons (thousands)', "Number ('000)") times 1,000; a
    share written as a proportion of one ('Proportion' 0.096) as a per cent."""
    if kind == "count" and _THOUSANDS.search(words):
        return value * 1000
    if kind == "share" and not percent and 0 < value <= 1 and _FRACTION.search(words) and not _PER_CENT.search(words):
        return round(value * 100, 6)
    return value


def period_of(cell: str) -> str:
    """The period a period cell names: a year ('2021'), a financial year ('2024/25', 'April 2024 to March 2025'), a
    quarter ('Q3 2025/26', 'Q3 2025'), a month's year ('Mar-26', 'March 2026'); '' when it names none or several."""
    quarter = quarter_period(cell, whole=False)
    if quarter:
        return quarter
    years = [m for m in _YEAR.finditer(cell) if not re.match(r"-based\b", cell[m.end():])]
    if len(years) == 1:
        m = years[0]
        return f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1)
    if len(years) == 2 and not any(m.group(2) for m in years) and int(years[1].group(1)) == int(years[0].group(1)) + 1:
        # ('April 2025 to March 2026', '2025-2026': a year's span, the financial year)
        return f"{years[0].group(1)}/{years[1].group(1)[2:]}"
    month = _MONTH_YEAR.search(cell.strip()) if not years else None
    return "20" + month.group(1) if month else ""


def age_group(cell: str) -> str:
    """The age group a breakdown cell names, as the corpus writes it ('aged 65 and over', 'aged under 65',
    'aged 65 to 74'), else ''."""
    band = _AGE_BAND.search(cell)
    if band:
        return f"aged {band.group(1)} to {band.group(2)}"
    under = _AGE_UNDER.search(cell)
    if under:
        return f"aged under {under.group(1)}"
    over = _AGE_OVER.search(cell)
    return f"aged {over.group(1)} and over" if over else ""


def groups_in(cell: str, measure: str) -> tuple[str, bool]:
    """The sub-group a cell's words name for the measure (a sex, an hours band of care, young carers, an age group),
    and whether it names any group at all: the census's base for carers ('All hours (aged 5+)'), the measure's own ages
    (dementia estimates of people aged 65+) and a rate's base ('per 1,000 aged 75+') are groups but no sub-group."""
    cell = _RATE_BASE.sub(" ", cell)
    carers = theme_of(measure) == "carers"
    sex = _SEX.search(cell)
    age = age_group(cell)
    group = (carers and band_of(cell)) or ("young carers" if _YOUNG_CARERS.search(cell) else "") or age
    if carers and age in _CENSUS_BASE or _OWN_AGE.get(measure) == age:
        group = ""
    return " ".join(w for w in (sex.group(0).lower() if sex else "", group) if w), bool(sex or group or age)


def breakdown_of(cell: str, measure: str, names_measure: bool) -> str:
    """The sub-group a breakdown cell names for the measure (`groups_in`); nothing for the whole ('All ages',
    'Persons') or for words saying which figure it is rather than whose ('Operational', or 'Planned' and
    'Dementia-specialist', which named the measure: `names_measure`). Any other cell is a sub-group the analyst should
    see, as written ('Most deprived quintile'), never the whole's figure."""
    group, named = groups_in(cell, measure)
    if named:
        return group
    plain = re.sub(r"\s*\([^()]*\)", "", cell).strip()
    if not plain or names_measure or _WHOLE.fullmatch(plain) or _STATUS.fullmatch(plain):
        return ""
    return " ".join(cell.lower().split())


def _area(cells: list[str], roles: dict[str, tuple[int, ...]], authority: str) -> tuple[str, str] | None:
    """(code, name) of a row's area; ('', name) for a place the registry does not hold, for the analyst to choose;
    None for an area wider than a council the registry does not hold (by its official code, 'E12000008', its area
    type or its name: a region, an ICB). Any other code the registry does not hold (a council's own 'KCC-07', a
    ward's) gives way to the place's name."""
    if "area_code" not in roles and "area_name" not in roles:
        return authority, area_lookup.area_name(authority)
    code, name = _cell(cells, roles, "area_code"), _cell(cells, roles, "area_name")
    if code and area_lookup.area_name(code) != code:
        return code, name or area_lookup.area_name(code)
    if code and _WIDER_CODE.fullmatch(code) or not name:
        return None
    if _TOTAL_NAME.match(name):
        return authority, area_lookup.area_name(authority)
    found = area_lookup.exact(name)
    if found:
        return found, name
    wider = _WIDER_TYPE.search(_cell(cells, roles, "area_type")) or _WIDER_TYPE.search(name)
    return None if wider else ("", name)


def _qualifier(kind: str, measure: str, words: str, period: str) -> str:
    if measure.endswith("_planned"):
        return "plan"
    if kind in ("share", "rate") and theme_of(measure) == "dementia":
        return "rate"
    if _PROJECTED.search(words):
        return "projection"
    if _ESTIMATED.search(words) or measure == "dementia_estimated":
        return "estimate"
    return "count"


def propose_row(line: int, text: str, cells: list[str], table: LongTable, props: Proposals) -> bool:
    """Propose a long row's values (`text`: its line as read), one a value column; whether any was."""
    proposed = [propose_value(line, text, cells, table.roles, j, column, props) for j, column in table.values.items()]
    return any(proposed)


def propose_value(line: int, text: str, cells: list[str], roles: dict[str, tuple[int, ...]], j: int,
                  column: ValueColumn, props: Proposals) -> bool:
    """Propose the value in column `j` of a long row, its unit and place the column header's or else the row's."""
    flag = _cell(cells, roles, "flag")
    value = value_of(cells[j] if j < len(cells) else "")
    if value is None or _SUPPRESSED_FLAG.search(flag):
        return False
    # ('DEMENTIA_REGISTER_65_PLUS': a measure's code written with underscores, read as words)
    named, sub = _cell(cells, roles, "measure").replace("_", " "), _cell(cells, roles, "breakdown")
    unit = column.unit or _cell(cells, roles, "unit")
    kind = kind_of(unit, f"{named} {sub}", value[1], value[0])
    figure = scaled(value[0], kind, f"{named} {unit}", value[1])
    # (a status column's words say what is counted too: 'Planned' under 'Status')
    words = " ".join(w for w in (named, sub, unit, flag) if w)
    measure = classify(kind, f"{named} {sub}", None, words)
    # ('Extra care units' over 'Planned': the breakdown made the measure the planned units, so it is no sub-group)
    names_measure = bool(sub) and classify(kind, named, None, " ".join(w for w in (named, unit) if w)) != measure
    area = (column.area_code, column.area_name) if column.area_name else _area(cells, roles, props.authority)
    if measure is None or area is None:
        return False
    # (no period column, or an empty cell: the one year the measure's own words name, 'Unpaid carers (Census 2021)')
    period = period_of(_cell(cells, roles, "period")) or period_of(_SINCE_YEAR.sub(" ", named))
    # (the measure's own words may name its sub-group: 'Population aged 85 and over', 'Carers providing 50+ hours')
    parts = [groups_in(named, measure)[0],
             *(breakdown_of(c, measure, names_measure) for c in _cells(cells, roles, "breakdown"))]
    breakdown = " ".join(dict.fromkeys(p for p in parts if p))
    props.add(line=line, kind="measure", theme=theme_of(measure), measure=measure, area_code=area[0],
              area_name=area[1], period=period, value=figure, unit=MEASURES[measure].unit,
              qualifier=_qualifier(kind, measure, words, period), breakdown=breakdown,
              confidence="low" if not area[0] else "medium" if value[2] or _PROVISIONAL_FLAG.match(flag) else "high",
              text=text)
    return True


def _row_text(line: str, cells: list[str], starts: list[int] | None) -> str:
    """A row's line as read; a comma-separated row as the CSV reading writes its rows (tab-separated, its empty
    trailing cells dropped)."""
    return line if starts is not None or row_cells(line) else "\t".join(cells).rstrip("\t")


def read_long_tables(lines: list[str], props: Proposals) -> list[str]:
    """Propose every long table's rows; the lines with each table that gave a figure blanked (header and rows), so
    no other reader takes its columns for a wide table's."""
    out = list(lines)
    for table in long_tables(lines):
        proposed = [propose_row(line, text, cells, table, props) for line, cells, text in table.rows]
        if any(proposed):
            for k in range(table.header_line, table.rows[-1][0] + 1):
                out[k - 1] = ""
    return out
