"""Propose figures and procurement dates from any council document, for an analyst to review.

`propose(lines_or_path, authority_code, doc_id)` -> one row per proposed figure or date, in
PROPOSAL_COLUMNS. Nothing is accepted automatically: every row carries its source line and a
confidence, and what the proposer cannot place is marked low rather than guessed.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from data.dates import MONTHS, QUARTER_WORD, ContractTerm, DateSpan, find_dates, parse_any_date, parse_contract_term, unfuse
from data.ingest import areas as area_lookup
from data.ingest.bilingual import english_lines
from data.ingest.characters import plain_characters, slashed_financial_years
from data.ingest.code_columns import without_code_columns
from data.ingest.footmarks import unlinked_references, unmarked_headers, unmarked_notes
from data.ingest.markup import tracked_changes
from data.ingest.spacing import respaced
from data.ingest.classify import (PEOPLE, THEME_OF, band_of, breakdown_rules, classify, measure_ruled_out,
                                  planned_twin, ruled_out, says_planned, subject_of, theme_of)
from data.ingest.errors import IngestError
from data.ingest.layout import (
    BULLET, LONE_FIGURE, PIPE_RULE, Layout, TableBlock, analyse, join_definition_lists, key_figure_blocks, figure_first_rows, label_cell, close_pipe_rows, join_grid_rows, join_multiline_rows, csv_rows, join_broken_cells, join_label_tails, join_wrapped_rows, is_heading, join_stacked_cells, join_spaced_stacked_cells, untab_numbered_lines, blank_email_quotes, is_number_cell, DATED_FIGURE, axis_ticks, CHART_TITLE, chart_axis_ticks, chart_tables, is_dated_figure, is_year_cell, quarter_period, row_cells, running_lines, footnote_lines, gantt_columns,
)
from data.ingest.long_table import read_long_tables
from data.ingest.numbers import Number, find_numbers
from data.ingest.paragraphs import field_line, paragraphs, sentences
from data.ingest.procurement import (
    _MEETING, _NO_GANTT_STAGE, _UNDECIDED, FIELD_STAGES, _derived_ends, excel_month, _extension_after, _timetable_service, gantt_row,
    procurement_fields, procurement_prose, service_without_status, stage_row,
)
from data.ingest.proposals import PROPOSAL_COLUMNS, Proposals
from data.ingest.readers import read_document
from data.vocab import MEASURES

_YEAR = re.compile(r"(?:(?<=\b[Mm]id-)|(?<![\d,./£-]))((?:19|20)\d{2})(?:\s*/\s*(\d{2}))?(?![\d%])")
_NOT_PERIOD = re.compile(
    r"(?:\b(?:act|regulations?|strategy|plan|census|order|bill|framework|review|report|policy|programme|"
    r"statement|vision|since|than(?:\s+in)?|compared\s+(?:to|with)(?:\s+in)?|from)\s*\(?\s*$|"
    r"\d%?\s+(?:on|over)\s*$)", re.IGNORECASE)  # ('a rise of 2,410 on 2011': the year compared with)
_PROJECTION = re.compile(r"\b(?:project(?:ed|ion|ions)?|forecast|expected to|set to|will (?:rise|increase|grow|fall|reach)|"
                         r"predicted|by (?:19|20)\d{2})\b", re.IGNORECASE)
_ESTIMATE = re.compile(r"\bestimat|\best\.", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:planned|pipeline|proposed|will (?:deliver|provide|open)|due to open|opens? in|opening in|"
                   r"under construction|plans? (?:to|for)|planning (?:to|for)|(?:to|will|would|shall) add)\b",
                   re.IGNORECASE)
# a change's words: a rise's, a fall's ('fell by 550', '550 fewer carers', 'down 410'), and either's
# ... and their -ing forms ('the population falling by 1.8% between 2022 and 2032')
_RISE_WORDS = r"increase[ds]?|increasing|rise|rising|rose|risen|grow|growing|grew|grown|gone up|growth|up"
_FALL_WORDS = r"fall|falling|fell|fallen|decrease[ds]?|decreasing|reduction|drop(?:ped|ping)?|decline[ds]?|declining|" \
              r"reduced|gone down|down"
_CHANGE_APPROX = r"around|about|approximately|nearly|over|some|roughly|almost|just over"
_FALL_AFTER = re.compile(r"^\s*(?:%\s*)?(?:(?:fewer|less|lower)\s+(?:(?:older|younger|elderly|unpaid)\s+)?"
                         r"(?:than|people|carers|residents)|(?:decrease|fall|reduction|down)\b)", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"^\s*(?:%\s*)?(?:more|higher|additional|extra)\s+(?:(?:older|younger|elderly|"
                           r"unpaid)\s+)?(?:than|people|carers|residents)|"
                           r"^\s*(?:%\s*)?(?:increase|rise|growth|up)\b|" + _FALL_AFTER.pattern, re.IGNORECASE)
_CHANGE_BEFORE = re.compile(rf"(?:{_RISE_WORDS}|{_FALL_WORDS}|change)\s+(?:of|by)\s+(?:{_CHANGE_APPROX})?\s*$",
                            re.IGNORECASE)
_FALL_BEFORE = re.compile(rf"(?:{_FALL_WORDS})\s+(?:of|by)\s+(?:{_CHANGE_APPROX})?\s*$", re.IGNORECASE)
# a minus sign (U+2212), a hyphen or an en dash standing before a figure: 'Change since 2011: −550', '(−5.3%)'
_MINUS_BEFORE = re.compile(r"(?:^|[\s(:])[\u2212–-]\s*$")


def _falls(before: str, after: str) -> bool:
    """Whether a change's figure, between `before` and `after` in its sentence, is a fall: 'fell by 550', 'a fall of
    4,100 (9%)' (both figures), '550 fewer carers', 'down 410', '−550'. A change is proposed with its sign, as the
    atlas's tables hold it ('-20' per cent), so a fall never reads as a rise."""
    bracket = re.search(r"\d[\d,.]*\s*\(\s*$", before)
    return bool(_FALL_BEFORE.search(before) or _FALL_AFTER.match(after) or _MINUS_BEFORE.search(before)
                or re.search(rf"\b(?:{_FALL_WORDS})\s*$", before, re.IGNORECASE) or _DOWN_ARROW_BEFORE.search(before)
                or bracket and _FALL_BEFORE.search(before[:bracket.start()]))


_BREAKDOWN = re.compile(
    r"\b(?:aged\s+(?:under\s+)?\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3}|\s*\+|\s+(?:and|or)\s+(?:over|above|older))?|of\s+working\s+age|"
    r"working[- ]age|over\s+(?:the\s+age\s+of\s+)?\d{2}s?|under\s+(?:the\s+age\s+of\s+)?\d{2}s?|older\s+people|young\s+(?:adult\s+)?carers|"
    r"young\s+people|(?:men|women|males|females)\b|adults?\b(?!['’]?\s+(?:social\s+care|services?|care))|all\s+ages)", re.IGNORECASE)
_STOP = re.compile(r"^(?:who|that|which|were|are|is|was|have|has|had|said|say|in|of|across|within|for|with|at|by|"
                   r"from|on|to|than|and|or|but|provide|provided|providing|live|lived|living|will|would|could|may|aged|"
                   r"currently|now|being|between|among|including|under|over|into|per|each|as|the|a|an|this|these|those|they|we|"
                   r"our|it|there|more|fewer|so|then|whom|whose|whilst|while|aged|having|are|known|registered|supported|"
                   r"identified|receiving|assessed|helped|recorded|counted|diagnosed|using|accessing|waiting|"
                   r"compared|versus|against|since|between|"
                   # a participle after the counted noun ('14,920 people estimated to live with dementia')
                   r"estimated|thought|believed|expected|caring|giving|"
                   # ... or after a figure alone, a projection's ('11,430 projected by 2030' under the big number)
                   r"projected|forecast|predicted|"
                   r"can|could|should|must|might|shall|cannot|do|does|did|"
                   r"less|receive|received|look|looked|do|did|does|opens?|opened|opening|due|expected|planned|completed|delivered|"
                   r"give|gives|gave|giving|offer|offers|offered|offering|told|tell|tells|reported|reporting|stated|"
                   r"answered|responded|indicated|today|altogether|overall|combined|respectively|cared|"
                   r"starts?|started|starting|begins?|began|beginning|finishes|finished|"
                   # who holds or runs what is counted ('2,870 sheltered housing properties owned by the council')
                   r"owned|managed|operated|leased)$", re.IGNORECASE)
# a clause saying when a scheme still to come opens, after what it adds ('will add 84 flats when it opens in 2028'): the
# end of the counted phrase ('36 flats when it opened', '11 schemes when all are open' are left unread)
_WHEN_IT_OPENS = re.compile(r"\s(?:when|once)\s+(?:it|they|the\s+(?:new\s+)?(?:scheme|development|building)s?)\s+"
                            r"(?:opens?|completes?|is\s+(?:completed|built|finished))\b", re.IGNORECASE)
_PER = re.compile(r"^\S{0,3}\s*(?:[a-z]+\s+){0,3}(?:per|for\s+every)\s+(?:1,000|1000|100,000|100000|10,000|1 000)\b",
                  re.IGNORECASE)
_SHARE_WORDS = re.compile(r"%|\bper\s*cent|\bpercent|\bproportion|\bpercentage|\bshare\b|\bas %|\brate\b(?!.*per\s+1)",
                          re.IGNORECASE)
# a row label that opens on a share's words ('% of residents aged 5+', 'Percentage of population', 'Share of adults')
_SHARE_LABEL = re.compile(r"\s*(?:%|per\s*cent\b|percentage\b|proportion\b|share\b)", re.IGNORECASE)
# (a header wrapped over two lines joins its lines with ' | ': 'Apartments per | 1,000 aged 75+' is a rate)
_RATE_WORDS = re.compile(r"\b(?:per|for\s+every)\s+(?:\|\s+)?(?:1,000|1000|100,000|100000|10,000|1 000)\b", re.IGNORECASE)
# a council's benchmarking group: its CIPFA nearest (or statistical) neighbours, comparators, family or peer group
_COMPARATORS = (r"(?:cipfa\s+)?(?:comparators?(?:\s+(?:group|councils|authorities))?|(?:cipfa\s+|nearest\s+|statistical\s+)+"
                r"neighbou?rs?['’]?(?:\s+group)?|cipfa\s+group|similar\s+(?:councils|authorities)|(?:family|peer)\s+group)")
_BENCH_ROW = re.compile(r"^(?:england|uk|united kingdom|great britain|england and wales|england & wales|national|"
                        r"national average|scotland|wales|northern ireland|north east|north west|yorkshire and (?:the )?"
                        r"humber|east midlands|west midlands|east of england|eastern|east|south east|south west|london|"
                        r"region|regional(?: average)?|"
                        # a city region the registry does not hold ('Greater Manchester' beside the borough and England)
                        r"greater\s+[a-z]+(?:\s+average)?|"
                        # an average over the council's benchmarking group ('Comparator average', 'CIPFA nearest
                        # neighbours (mean)', 'Average of statistical neighbours'): no one council's figure
                        r"(?:the\s+)?(?:average|mean|median)\s+(?:of|for|across)\s+(?:the\s+|our\s+)?" + _COMPARATORS + r"|"
                        + _COMPARATORS + r"\s*(?:average|mean|median|\((?:average|mean|median)\))"
                        r")$", re.IGNORECASE)
_COUNT_AND_SHARE = re.compile(r"^\d[\d,]*(?:\.\d+)?\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)$")
_YEAR_ONLY_WORDS = re.compile(r"\b(?:projected|projections?|forecasts?|estimated?|est\.?|predicted|"
                              r"actual|baseline|in|by|year)\b", re.IGNORECASE)
# an 'Intention' cell beside a bare date ('Re-commission' | 'Winter 2026/27'): when the procurement starts; (beside
# 'Extend for 12 months' the date is when the extension is agreed, which is no stage)
_INTENTIONS = tuple((s, re.compile(p, re.IGNORECASE)) for s, p in (
    ("procurement_start", r"\bre-?(?:tender|procure|commission)|\btender|\bprocure|\bcommission"),))
# a column naming who leads each row's action ('Action | Lead | By when'): a team's name ('BMBC Commissioning') says who
# does it, no intention to commission
_LEAD_KEY = re.compile(r"^(?:lead(?:s|\s+(?:officer|organisation|partner|agency|team|body))?|(?:action\s+)?owner|"
                       r"responsib(?:le|ility)(?:\s+(?:officer|team|lead))?|who|by\s+whom|accountable)$", re.IGNORECASE)
_TIMING_KEY = re.compile(r"timescales?|timing|timetable|\bwhen\b|target date|key dates?|next steps?|intentions?|"
                         r"\bactions?\b|\bplans?\b|\bcurrent\s+(?:contract|arrangement)s?\b", re.IGNORECASE)
# a header cell that is a sentence, no column's name: a label/value list's first row read as its header ('Purpose |
# Contracts we plan to recommission over the next three years ... Dates are indicative.') names no stage or timing
_SENTENCE_KEY = re.compile(r"^(?:\S+\s+){5,}\S.*[.!?]\s*$|^(?:\S+\s+){12,}\S")
# a timing column a revised one replaces: the previous statement's, the original or old one
_SUPERSEDED_KEY = re.compile(r"\b(?:previous(?:ly)?|original(?:ly)?|old|earlier|was|as\s+(?:published|planned)\s+in)\b|"
                             r"\b(?:19|20)\d{2}(?:/\d{2})?\s+(?:MPS|market\s+position\s+statement|statement|plan)\b",
                             re.IGNORECASE)
# a column saying whether each row is open or planned ('Status': 'Open', 'Planned', 'In development')
_STATUS_KEY = re.compile(r"^(?:status|current status|development status|position)$", re.IGNORECASE)
# a column giving each row's year ('Measure | Surrey | England | Source | Year'): the row's figures' period
_PERIOD_KEY = re.compile(r"^(?:year|period|data\s+year|reference\s+year|year\s+of\s+data)$", re.IGNORECASE)
# a row of a scheme already open in a table whose opening column holds the pipeline's years too ('Opened 2018' or
# 'Open' under 'Expected opening' or 'Status'; a 'Total open' row): stock in place, not planned
_IN_PLACE_CELL = re.compile(r"^(?:total\s+)?(?:open|opened|operational|in\s+operation|existing)(?:\s+(?:schemes?|units|"
                            r"(?:in\s+|since\s+)?(?:19|20)\d{2}))?$", re.IGNORECASE)
# a column of the year each scheme opened or opens, open and planned alike ('Opening year', 'Year opened', 'Opened')
_OPENING_KEY = re.compile(r"^(?:(?:opening|completion)\s+(?:year|date)|year\s+(?:of\s+)?(?:opening|completion)|"
                          r"(?:year|date)\s+open(?:ed|s)?|opened|opens|open(?:ed|s)?\s+in)$", re.IGNORECASE)
# a column naming each row's district beside a first column of names ('Scheme | District | Apartments'); not 'Town',
# whose town may share a district's name without the scheme being the district's (73)
_PLACE_KEY = re.compile(r"^(?:district|borough|local authority|council area|district council)$", re.IGNORECASE)
# a title of open and planned rows ('Existing and planned schemes'), not one whose rows are all yet to come (a title
# with the planned rule's words: 'Two more schemes are in the pipeline:', 'A further 3 schemes will open by 2029:')
_OPEN_TITLE = re.compile(r"\b(?:existing|current|opened|open now|operational)\b", re.IGNORECASE)
# a column naming each row's stage ('Activity | Timing': 'Tender closes | w/c 5 July 2027'): the stage of the row's date
# a column only a scheme not yet open has ('Expected opening', 'Planning status'): the table's units are planned
_PIPELINE_KEY = re.compile(r"^(?:planning\s+(?:status|stage|position|permission)|(?:expected|planned|anticipated|estimated|"
                           r"target|projected|forecast)\s+(?:opening|completion|handover|delivery)(?:\s+(?:date|year))?|"
                           r"(?:due|expected|planned|scheduled|anticipated)\s+to\s+(?:open|complete))$", re.IGNORECASE)
# a column of dates alone, its stage in an activity column beside it ('Date', 'Target date', 'Month', 'When')
_DATE_KEY = re.compile(r"^(?:(?:target|planned|expected|indicative|estimated|anticipated|key)\s+)?(?:dates?|month|quarter|when|by when)$",
                       re.IGNORECASE)
# ('Next step | Timescale': each row's step names the stage of its date, 'Tender return' beside '09/08/2026')
_ACTIVITY_KEY = re.compile(r"^(?:(?:procurement|commissioning|planned|next)\s+)?(?:activit(?:y|ies)|stages?|milestones?|key stages?|"
                           r"steps?)$", re.IGNORECASE)  # ('Re-tender (Q2 2026/27)' under 'Our intention')
# a list value or label saying it is a change ('down 1,120', 'an increase of 1,050'; 'Change since 2011')
_CHANGE_CELL = re.compile(r"^(?:up|down|an?\s+(?:increase|rise|fall|decrease|reduction)\s+of|increase of|fall of)\s+(?=\d)",
                          re.IGNORECASE)
# a change cell's sign: a minus sign (U+2212), a hyphen, an en dash or a plus before the figure
_SIGNED_CELL = re.compile(r"^[\u2212+–-]\s*(?=\d)")
_SIGNED_SHARE = re.compile(r"\(\s*[\u2212+–-]\s*(?=\d[\d.]*\s*%\s*\)$)")  # the per cent's sign in '+260 (+6.6%)'
_CHANGE_LABEL = re.compile(r"\b(?:change|increase|decrease|rise|fall|reduction|difference)\b", re.IGNORECASE)
_FALL_LABEL = re.compile(rf"\b(?:{_FALL_WORDS})\b", re.IGNORECASE)
_RISE_LABEL = re.compile(rf"\b(?:{_RISE_WORDS}|change|difference)\b", re.IGNORECASE)


def _falling_cell(cell: str, key: str, row_label: str) -> bool:
    """Whether a table's change cell is a fall: its own sign or word ('−550', '-3.2%', 'down 410', 'a fall of 90'), or,
    with neither, a column or row naming a fall and nothing else ('Decrease since 2011 | 550')."""
    cell = cell.strip()
    if _SIGNED_CELL.match(cell) or _CHANGE_CELL.match(cell):
        return bool(re.match(rf"[\u2212–-]|(?:an?\s+)?(?:{_FALL_WORDS})\b", cell, re.IGNORECASE))
    named = f"{key} {row_label}"
    return bool(_FALL_LABEL.search(named)) and not _RISE_LABEL.search(named)
# a first column of references ('Ref', 'Contract ref.', 'ID') before the column naming each row's service
# ('Description', 'Service', 'Contract name'): a spreadsheet's pipeline, the service that column's
_REF_KEY = re.compile(r"^(?:(?:contract|procurement|project)\s+)?(?:ref(?:erence)?\.?(?:\s*(?:no\.?|number))?|id|no\.?|#|item)$",
                      re.IGNORECASE)
_SERVICE_KEY = re.compile(r"^(?:services?(?:\s+(?:name|area|description))?|description(?:\s+of\s+(?:the\s+)?"
                          r"(?:service|contract|requirement))?|(?:contract|project)(?:\s+(?:name|title|description))?|"
                          r"title|name|requirement)$", re.IGNORECASE)
# a column of contract lengths ('Initial term', 'Contract length', 'Duration'); its extensions are the 'Extension
# options' column's ('12 + 12 months', 'Up to 2 x 12 months', '+1 year')
_TERM_KEY = re.compile(r"^(?:initial\s+|contract\s+|core\s+)?(?:term|length|duration)(?:\s+\([^()]*\))?$|"
                       r"^(?:initial|contract)\s+period$", re.IGNORECASE)
# ('County' alone, or 'Countywide', in a county's table: the county as a whole; not 'County Durham')
_TOTAL_ROW = re.compile(r"^(?:total|all|overall|grand total|sum|all areas|whole county|county total)\b|"
                        r"^(?:the\s+)?county(?:[- ]?wide)?$|"
                        r"^[A-Za-z][\w'’&. -]{0,40}(?:\s+total|\s*\(total\))$", re.IGNORECASE)
# --------------------------------------------------------------------------------- helpers

def _period_from(text: str) -> str:
    """The one period a header or title names ('2015', '2014/15', a quarter 'Q1 2025/26'), else ''."""
    quarter = quarter_period(text, whole=False)
    if quarter:
        return quarter
    # ('Extra care schemes opened since 2015': a starting point, not the figures' year)
    # ('2018-based projections': the projections' base year, not the figures')
    years = [m for m in _YEAR.finditer(text) if not re.search(r"\bsince\s*$", text[:m.start()], re.IGNORECASE)
             and not re.match(r"-based\b", text[m.end():])]
    month = _MONTH_YY.fullmatch(text.strip()) if not years else None
    if month:  # a month column as a spreadsheet writes it ('Apr-25', "Sep '25"): the month's calendar year
        return "20" + month.group(1)
    if len(years) != 1:
        return ""
    m = years[0]
    return f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1)


def _title_year_of(title: str, words: str) -> str:
    """The year a title with several gives the column whose words (`words`, its header less any year) it names
    before that year: 'Extra care schemes and units at 1 April 2026, and modelled need in 2035, by district' dates the
    'Units' column 2026 (the words since the year before are that year's); '' when no one year does."""
    years = [m for m in _YEAR.finditer(title) if not re.match(r"-based\b", title[m.end():])]
    stems = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", words)]
    if len(years) < 2 or not stems or any(re.fullmatch(r"\s*(?:to|-|–|and)\s*", title[a.end():b.start()], re.IGNORECASE)
                                          for a, b in zip(years, years[1:])):
        return ""  # (a span, '2025 to 2040', is the rows' or columns' years, no one of them)
    found, since = set(), 0
    for m in years:
        if any(re.search(rf"\b{re.escape(stem)}", title[since:m.start()], re.IGNORECASE) for stem in stems):
            found.add(f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1))
        since = m.end()
    return found.pop() if len(found) == 1 else ""


# a month and a two-digit year, alone in a column header ('Apr-25', 'Sept 25', "Mar '26")
_MONTH_YY = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s?[-/'’ ]\s?(\d{2})")
# a month before a year ('in March 2024'), optional
_MONTH_WORD = r"(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
# a year labelling the figure after it inside a bracket ('(2011: 38,820)', '(2022/23: 1,240)')
_YEAR_LABEL = re.compile(r"\(\s*((?:19|20)\d{2}(?:\s*/\s*\d{2})?)\s*:\s*£?(\d)")
# a year compared with, its figure in brackets after it ('up 1.4 percentage points on 2023/24 (60.4%)', 'against
# 2022 (9,310)'): the bracket's figure is that year's, and the year no other figure's
_YEAR_COMPARED = re.compile(r"\b(?:on|from|since|than|against|over)\s+(?:the\s+)?((?:19|20)\d{2})(?:\s*/\s*(\d{2}))?"
                            r"\s*\(\s*(?:around\s+|about\s+)?$", re.IGNORECASE)


# a goal with a month and year after a rise from a baseline ('from 1,310 to 1,800 by March 2027'), to the year
_GOAL_DATE = re.compile(r"\bfrom\s+\d[\d,.]*\s*%?\s+to\s+(?P<goal>\d[\d,.]*)\s*%?\s+(?:[a-z]+\s+){0,2}?by\s+"
                        + _MONTH_WORD + r"(?=(?:19|20)\d{2})", re.IGNORECASE)


def _prose_period(text: str, num: Number) -> tuple[str, bool]:
    """The year a prose figure is for: nearest year not naming an act, plan or comparison; and whether
    it is a projection ('by 2035')."""
    best, best_dist, projection = "", 10**6, False
    own = re.match(r"\s*(?:people|residents|carers|units|schemes)?\s*(?:in|by|for)\s+" + _MONTH_WORD + _YEAR.pattern,
                   text[num.end:])
    if own:  # '8,300 in 2035', '3,150 in March 2024': the year written right after the figure is its own
        year = f"{own.group(1)}/{own.group(2)}" if own.group(2) else own.group(1)
        return year, bool(re.match(r"\s*\w*\s*by\b", text[num.end:]))
    compared = _YEAR_COMPARED.search(text[:num.start])
    if compared:  # '... on 2023/24 (60.4%)': the bracket's figure is the year's
        return (f"{compared.group(1)}/{compared.group(2)}" if compared.group(2) else compared.group(1)), False
    # a year written right after another figure is that figure's ('rising to 2,900 by 2035')
    claimed = {m.end() for m in re.finditer(r"\d[\d,.]*\s*%?\s*(?:people|residents|carers|units|schemes)?\s*"
                                            r"(?:in|by|for)\s+(?=(?:19|20)\d{2})", text) if m.start() != num.start}
    # ... and a year labelling the figure after it in brackets ('36,480 (2011: 38,820)', '(2022/23: 1,240)'): the
    # earlier figure's, as accounts write the year before
    claimed |= {m.start(1) for m in _YEAR_LABEL.finditer(text) if m.start(2) != num.start}
    claimed |= {text.rfind(m.group(1), 0, m.end()) for m in (_YEAR_COMPARED.search(text[:n.start]) for n in
                _figures_in(text) if n.start != num.start) if m}
    # ... and a goal's date after a rise from one figure to another ('from 1,310 to 1,800 by March 2027'): the goal's
    # year, never the baseline's
    claimed |= {m.end() for m in _GOAL_DATE.finditer(text) if m.start("goal") != num.start}
    claimed |= _opening_years(text, num)
    claimed -= _shared_by_next_verb(text, num)
    governed = _governed_years(text, num)
    # a year in the figure's own clause is its own before any other clause's ('had 13,920 unpaid carers in 2021 and an
    # estimated 3,060 people aged 65+ with dementia in 2025': 2021 is nearer 3,060, but its clause's year is 2025)
    c_start, c_text = _clause(text, num.start)
    for m in _YEAR.finditer(text):
        if m.start() in claimed or m.start() in governed:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if _NOT_PERIOD.search(before) and not re.search(r"\(\s*(?:the\s+)?census\s*$", before, re.IGNORECASE) and not (
                re.search(r"census\s*$", before, re.IGNORECASE) and m.end() < num.start and re.match(
                    r"\**\s*(?:,|(?:also\s+)?(?:found|recorded|showed|shows|counted|reported|identified)\b)", text[m.end():])) and not (
                re.search(r"census\s*\(\s*$", before, re.IGNORECASE) and m.end() < num.start) and not (
                m.end() < num.start and _WHEN_THEN.fullmatch(text[m.end():num.start])) and not (
                m.end() < num.start and re.search(r"(?:^|[^\w\s]\s*)(?:at|in)\s+(?:the\s+)?(?:(?:scotland|england|wales)['’]s\s+)?census\s*$", before,
                                                  re.IGNORECASE)) and not (
                _AT_CENSUS.search(before)) and not _census_as_source(text, m, num):
            continue  # ('unpaid carers (Census 2021)', 'the Census 2022 found that N', 'At Census 2021, N' and 'At the
            #            last census (2021), N' are the figure's own year, as is a sentence opening 'At Census 2021 the
            #            region was home to N', or 'At Scotland's Census 2022 Fife had N', or one after a figure or before its
            #            share in the middle of a sentence ('N residents were unpaid carers at Census 2021 (X% of ...)')
        after = text[m.end():m.end() + 6]
        if re.match(r"\s*(?:act|census|strategy|plan)\b", after, re.IGNORECASE):
            continue
        if m.start() > num.end and (_CONTRACT_DATE.search(text[max(num.end, m.start() - 80):m.start()])
                                    or _ONE_OPENED.search(text[max(num.end, m.start() - 80):m.start()])):
            continue  # '11 schemes ... under a block contract due to end on 31 March 2029': the contract's date
        if m.start() > num.end and re.search(r"\bopened\s+(?:in\s+)?$", before, re.IGNORECASE):
            continue  # 'Orchard Court, Cheltenham – 60 apartments ..., opened 2011': when the scheme opened, not the
            # year its count is for
        dist = abs(m.start() - num.start) + (0 if c_start <= m.start() < c_start + len(c_text) else 10**5)
        if dist < best_dist:
            best_dist = dist
            best = f"{m.group(1)}/{m.group(2)}" if m.group(2) else m.group(1)
            quarter = re.search(rf"\b{QUARTER_WORD}\s*([1-4])\s*$", before, re.IGNORECASE)
            best = f"Q{quarter.group(1)} {best}" if quarter else best  # 'in Q3 2025/26', as a quarter column reads
            projection = bool(re.search(r"\bby\s*$", before, re.IGNORECASE))
    return best, projection


def _census_as_source(text: str, year: re.Match, num: Number) -> bool:
    """Whether `year` is a census named after the figure as its source, closing the line or sentence ('Unpaid carers:
    6,480 (9.8% of residents aged 5+), Census 2021'): the figure's own year, as a census named before it is."""
    return year.start() > num.end and bool(_CENSUS_AS_SOURCE.search(text[:year.start()])) and bool(
        re.match(r"\s*\)?\s*(?:[.;]|$)", text[year.end():]))


# ', Census 2021' or '; source: Census 2021' or '(Census 2021)' after a figure
_CENSUS_AS_SOURCE = re.compile(r"(?:[,;(–—]|\bsource:)\s*(?:the\s+)?census\s*$", re.IGNORECASE)


# a year closing the first of two verbs sharing one subject, the figure right after the second ('supported 2,380 carers in
# 2023/24 and completed 640 carers' assessments', '... and made 1,210 ...', '... and carried out 980 ...'): the year dates
# the second verb's figure too
# (a past verb not ending '-ed', and the particle some verbs take before their figure)
_IRREGULAR_PAST = r"(?:made|did|held|gave|took|ran|saw|paid|sent|undertook)"
_AND_NEXT_VERB = re.compile(rf"\s+and\s+(?:also\s+)?(?:[a-z]+ed|{_IRREGULAR_PAST})(?:\s+out)?\s+"
                            r"(?:(?:around|about|over|some|nearly)\s+)?$")


def _shared_by_next_verb(text: str, num: Number) -> set[int]:
    """The start of a year written right after another figure that `num`'s verb shares ('... in 2023/24 and
    completed 640 ...'), when no year follows `num` in its own clause."""
    years = [y for y in _YEAR.finditer(text, max(0, num.start - 60), num.start)
             if _AND_NEXT_VERB.fullmatch(text[y.end():num.start])]
    if not years or _YEAR.search(_clause(text, num.start)[1]):
        return set()
    return {years[-1].start()}


# the census a figure was counted at, named in the middle of its sentence ('86,930 residents were unpaid carers at
# Census 2021 (10.9% of residents aged 5 and over)'): the census's year is the figure's own and its share's
_AT_CENSUS = re.compile(r"\b(?:at|in)\s+(?:the\s+)?census\s*$", re.IGNORECASE)


# a year compared with, then a clause saying what was so in it ('an increase of 9.0% since 2011, when 275,700 people
# lived here', 'up from 2011, when there were 5,925'): the year is the figure's after all
_WHEN_THEN = re.compile(r"\s*,?\s*when\s+(?:(?:there|it|they|we)\s+(?:were|was|had|stood\s+at)\s+|(?:the\s+)?(?:census\s+)?"
                        r"(?:counted|recorded|found)\s+)?(?:(?:about|around|some|nearly|just\s+over|only)\s+)?",
                        re.IGNORECASE)


# the words between a scheme's figure and the year it opens ('80 apartments in Winsford due to open in 2027')
_OPENS_IN = re.compile(r"\b(?:due(?:\s+to\s+(?:open|complete|finish))?|opens?|opening|completes?|completing|"
                       r"completion)\s+(?:in\s+)?(?:(?:early|late|mid|spring|summer|autumn|winter)[\s-]+)?$",
                       re.IGNORECASE)


def _opening_years(text: str, num: Number) -> set[int]:
    """The years before `num` that the figure before them opens in ('one of 80 apartments due to open in 2027 and one
    of 60 apartments due in 2028': 2027 is the 80's, so not the 60's though nearer it): their positions."""
    figures = [n for n in _figures_in(text) if n.start != num.start and not _YEAR.fullmatch(text[n.start:n.end])]
    out = set()
    for m in _YEAR.finditer(text):
        if m.end() > num.start:
            break
        before = [n for n in figures if n.end <= m.start()]
        if not before:
            continue
        between, after = text[before[-1].end:m.start()], text[m.end():num.start]
        if m.start() - before[-1].end <= 80 and not re.search(r"[.;:\d]", between) and _OPENS_IN.search(between) \
                and re.search(r"[,;]|\b(?:and|while|whilst|but)\b", after) \
                and not (_SCHEMES_COUNTED.match(between) and _UNITS_OF_THOSE_SCHEMES.fullmatch(after)):
            out.add(m.start())  # (the year before 'with 64 apartments' is the scheme's own: 'opens in 2028 with 64')
    return out


# a count of schemes before the year they open ('Two new housing with care developments, at A and at B, are due to open
# in'), and the words from that year to a figure of those same schemes' units ('2027/28, adding 70 flats between them'):
# the year is the units' too
_SCHEMES_COUNTED = re.compile(r"\s+(?:new\s+|further\s+|more\s+|additional\s+)?[\w\s-]{0,40}?\b(?:schemes|developments|"
                              r"complexes|courts|sites)\b", re.IGNORECASE)
_UNITS_OF_THOSE_SCHEMES = re.compile(r"\s*,\s*(?:adding|providing|with|offering|delivering)\s+(?:a\s+further\s+|"
                                     r"another\s+|around\s+|about\s+)?", re.IGNORECASE)


# a cell naming the year a scheme not yet open opens ('Due 2026', 'Opening 2027', 'Due to open spring 2028')
_OPENS_CELL = re.compile(r"(?:due(?:\s+to\s+(?:open|complete))?|opens?|opening|completes?|completion)\s+(?:in\s+)?"
                         r"(?:(?:early|late|mid|spring|summer|autumn|winter)[\s-]+)?((?:19|20)\d{2})", re.IGNORECASE)


# a column naming when a scheme opens, not when it opened ('Opens', 'Opening year', 'Due to open', 'Year due')
# and a column naming both, for open and planned schemes alike ('Opened / expected opening', 'Year opened or due to
# open'): a planned scheme's year there is when it opens
_OPENS_KEY = re.compile(r"^(?:(?:(?:year\s+)?opened|open)\s*(?:/|or|and|&)\s*)?(?:opens|(?:expected\s+|planned\s+)?opening"
                        r"(?:\s+(?:date|year))?|(?:year\s+)?(?:expected\s+|planned\s+)?(?:due(?:\s+to\s+open)?(?:\s+(?:date|year))?|"
                        r"to\s+open)|year\s+"
                        r"(?:of\s+)?opening)$", re.IGNORECASE)


def _row_opening_year(cells: list[str], j: int, keys: list[str] = (), planned: bool = False) -> str:
    """The year another cell of the row says its scheme opens in ('Due 2026'), or, in a band of planned schemes, the
    year under a column naming when schemes open ('Opens | 2026'), else ''."""
    years = {m.group(1) for k, cell in enumerate(cells) if k != j for m in [_OPENS_CELL.fullmatch(cell.strip())] if m}
    if not years and planned:
        years = {cell.strip() for k, cell in enumerate(cells) if k != j and k < len(keys)
                 and _OPENS_KEY.match(keys[k].strip()) and re.fullmatch(r"(?:19|20)\d{2}", cell.strip())}
    return years.pop() if len(years) == 1 else ""


def _planned_key(keys: list[str], j: int) -> bool:
    """Whether column `j`'s name says its figures are still to come ('Planned units', 'Units in the pipeline')."""
    return j < len(keys) and says_planned(keys[j])


# clauses that count a sub-group of the figure before ('18,500 people, of whom 12,100 have a diagnosis in 2025'): a
# year there is the whole sentence's
_SUBGROUP_SPLIT = re.compile(r"^,?\s*(?:of\s+(?:whom|which)|including|of\s+these)\b", re.IGNORECASE)
# ', and 1,240 of them had an assessment in 2024/25': a part of the figure before, at the same time
_SUBGROUP_AFTER = re.compile(r"\s*(?:(?:about|around|some|nearly|over|almost|just)\s+)?\d[\d,.]*\s*%?\s+of\s+"
                             r"(?:them|these|those|whom)\b", re.IGNORECASE)


# a contract's date after the figure ('... under a contract due to end on 31 March 2029', '... a framework that runs
# until March 2028'): no year of the figure
_CONTRACT_DATE = re.compile(r"\b(?:contract|agreement|framework)s?\b[^.;]{0,40}\b(?:ends?|ending|expir\w*|until|till|"
                            r"began|begins?|started|starts?|commenced|"
                            r"runs?\s+(?:to|until))\b[^.;\d]{0,12}(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]*\s*$",
                            re.IGNORECASE)


# when one of the schemes counted opened ('9 schemes, the oldest opened in 2004'): no year of the count
_ONE_OPENED = re.compile(r"\b(?:the\s+)?(?:oldest|first|newest|latest|most\s+recent)\b[^.;\d]{0,50}?\b(?:opened|was\s+"
                         r"(?:built|completed|opened))\b[^.;\d]{0,30}?$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _figures_in(text: str) -> tuple[Number, ...]:
    return tuple(find_numbers(text))


def _governed_years(text: str, num: Number) -> set[int]:
    """Where the years of other clauses start that those clauses' own figures govern: 'There are 4 schemes with 212
    units today, with a further 2 schemes planned by 2028' -- 2028 is the further schemes' year, not the 4 schemes'.
    A year in a later clause that has a figure of its own before the year is that clause's; so is a 'by <year>'
    after a figure in any other clause. A clause counting a sub-group ('of whom', 'including') shares its year."""
    # (start, clause start): a clause opened by a bracket ends at its closing bracket, where the clause before resumes
    marks: list[tuple[int, int]] = [(0, 0)]
    for m in _CLAUSE_SPLIT.finditer(text):
        if _SUBGROUP_SPLIT.match(m.group(0)) or _SUBGROUP_AFTER.match(text, m.end()):
            continue
        resume = marks[-1][1]
        marks.append((m.start(), m.start()))
        close = text.find(")", m.end()) if m.group(0) == "(" else -1
        if close >= 0:
            marks.append((close + 1, resume))
    marks.sort()

    def clause_of(pos: int) -> int:
        return max((mk for mk in marks if mk[0] <= pos), default=(0, 0))[1]

    mine = clause_of(num.start)
    others = [y for y in _YEAR.finditer(text) if clause_of(y.start()) != mine]
    if not others:
        return set()
    figures = [n for n in _figures_in(text) if n.start != num.start]
    out: set[int] = set()
    for y in others:
        c0 = clause_of(y.start())
        own = [n for n in figures if c0 <= n.start and n.end <= y.start() and clause_of(n.start) == c0]
        if not own and c0 > mine and re.search(r"\b(?:by|in)\s+$", text[max(0, y.start() - 6):y.start()], re.IGNORECASE) \
                and any(n.start > y.end() and clause_of(n.start) == c0 for n in figures):
            out.add(y.start())  # '10,990 in 2030, and by 2040 it is projected to be 12,870': the later clause's year
            continue
        if not own:
            continue
        if c0 > mine or re.search(r"\bby\s+$", text[max(0, y.start() - 6):y.start()], re.IGNORECASE):
            out.add(y.start())
    return out


# housing a clause says is outside the count, or gone from the stock ('is not counted as extra care', 'were
# decommissioned in 2023', 'was demolished')
_NOT_STOCK = re.compile(r"\b(?:is|are|was|were|be)\s+not\s+(?:counted|included)\b|\bnot\s+(?:counted|included)\s+in\b|"
                        r"\b(?:is|are)\s+not\s+extra\s+care\b|\bexcluded\s+from\b|"
                        r"\b(?:decommissioned|demolished|(?:was|were|have\s+been|has\s+been)\s+closed)\b", re.IGNORECASE)
_PARTICIPLE_AFTER = frozenset({"designed", "suitable"})  # (not "set aside" or "reserved for": a part of the units)
_SOME_OF = re.compile(r"\s*(?:oldest|newest|largest|smallest|biggest|latest|most\s+recent|remaining)\b", re.IGNORECASE)
_SIZES_JOINED = re.compile(r"\b([A-Za-z\d]+)-(?:\s*,\s*|\s+(and|or|to)\s+)(?=[A-Za-z\d]+-)", re.IGNORECASE)
# one bedroom size right after a count ('14 two-bedroom flats for couples', '20 one-bedroom and 8 two-bedroom
# apartments'): a part of a scheme by size, not a count of schemes or units (sizes joined, 'one- and two-bedroom', are not)
_ONE_SIZE = re.compile(r"\s*[-‐]?\s*(?:one|two|three|four|[1-4])[- ]?(?:bed(?:room)?s?|bed(?:room)?ed)\b", re.IGNORECASE)
# the household a few of a scheme's homes are for ('10 apartments for couples', '6 flats suitable for wheelchair users'):
# a part of the units, as a bedroom size is
_FOR_HOUSEHOLD = re.compile(r"\s*(?:[a-z-]+\s+)?(?:apartments?|flats?|units?|homes|bungalows)\s+(?:(?:designed|suitable|"
                            r"adapted|set aside)\s+)?for\s+(?:couples|wheelchair users)\b", re.IGNORECASE)


# nouns a figure counts that two describing words joined by 'and' or 'or' may share ('sheltered and retirement flats')
_JOINED_NOUNS = frozenset({"flats", "apartments", "units", "homes", "schemes", "bungalows", "properties", "places",
                           "carers", "people"})


def _noun_after(text: str, end: int) -> str:
    """The noun a prose number counts: the last word of the phrase after it ('' when a verb follows)."""
    fused = re.match(r"\s?[-‐]\s?([A-Za-z]+)\b", text[end:])
    if fused and fused.group(1).lower() not in {"year", "years", "hour", "hours", "week", "month", "day"}:
        return fused.group(1).lower()  # 'a 60-unit scheme', 'an 80-bed home' count units and beds
    # ('5 schemes / 371 flats', '7 extra care schemes – 516 units': a spaced slash or dash ends the phrase; a slash in
    # 'short break/enabling carers' does not)
    phrase = re.sub(r"(?i)\bhousing with care\b", "housing-with-care", text[end:end + 80])
    # ('112 supported living properties': the kind of housing, not the verb 'supported' ending the phrase)
    phrase = re.sub(r"(?i)\bsupported (housing|living|accommodation)\b", r"supported-\1", phrase)
    phrase = _WHEN_IT_OPENS.sub(" ,", phrase)
    # ('45 one- and two-bedroom apartments': sizes joined by 'and' are one word before the noun)
    phrase = _SIZES_JOINED.sub(lambda m: f"{m.group(1)}-{m.group(2) + '-' if m.group(2) else ''}", phrase)
    words = re.findall(r"[A-Za-z'’]+(?:-[A-Za-z'’]+)*-?|[,.;:()%–—|]|(?<=\s)[-/](?=\s)|/(?=\s*\d)|\*\*", phrase)
    run: list[str] = []
    if len(words) > 1 and words[0].lower() in {"more", "further", "additional", "new", "extra", "other"} \
            and words[1].lower() != "than":
        words = words[1:]
    if len(words) > 2 and words[0].lower() == "of" and words[1].lower() in {"these", "those", "the", "our", "its"}:
        words = words[2:]  # 'two of these schemes' counts schemes
    for k, w in enumerate(words):
        if run and w.lower() in ("and", "or") and run[-1] not in _JOINED_NOUNS and any(
                x.lower() in _JOINED_NOUNS for x in words[k + 1:k + 3]):
            continue  # ('4,300 sheltered and retirement flats': two words before one noun, which the figure counts)
        if w in ",.;:()/–—|-" or w == "**" or _STOP.match(w) or run and w.lower() in _PARTICIPLE_AFTER:
            break  # (the end of a bold run ends the phrase: '**84 apartments** designed for ...'; a participle after
            # the noun: '36 apartments designed for people living with dementia', not '36 specially designed flats')
        run.append(w.lower())
        if len(run) >= 6:
            break
    return run[-1] if run else ""


_FIGURE = re.compile(r"\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*%|\b(?:19|20)\d{2}\b")


# a count's own share in brackets right after it ('61,200 (20.8%) were aged 65 and over')
_OWN_SHARE = re.compile(r"\s*\(\s*(?:c\.\s*|around\s+|about\s+)?\d{1,3}(?:\.\d+)?\s*%\s*\)")


# people or carers a service supported, a count straight after the verb ('supported 2,140 carers', 'helped 310 people')
_SUPPORTED_COUNT = re.compile(r"\b(?:supported|supports|helped|helps)\s+(?:(?:around|about|some|over|nearly|almost|"
                              r"more\s+than)\s+)?\d[\d,]*\s+(?:(?:unpaid|young|adult|older)\s+)?"
                              r"(?:people|carers|families|individuals)\b", re.IGNORECASE)
# a bullet's trailing clause that says nothing more is planned ('1 scheme, 62 flats; no further scheme planned', '; none
# in development'): no status of the figure before it, which is stock in place
_NONE_PLANNED = re.compile(r"\W*(?:(?:there\s+(?:is|are)|with)\s+)?(?:no|none|nothing)\b", re.IGNORECASE)
# 'all' right before a count ('for all 14 extra care schemes', 'across all of our 9 schemes'): every one there is
_ALL_THERE_ARE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+)?$", re.IGNORECASE)
# carers counted by whom they look after, people living with dementia ('around 2,400 carers look after someone living
# with dementia', '1,900 carers of people with dementia'): a part of the carers, by the cared-for's condition; where
# they live may stand between ('1,500 carers in the city look after someone with dementia')
_CARERS_OF_DEMENTIA = re.compile(r"\d[\d,]*\s+(?:[A-Za-z'’-]+\s+)?carers\s+(?:(?:in|across)\s+(?:the\s+|our\s+)?"
                                 r"[A-Za-z'’-]+\s+)?(?:who\s+)?(?:(?:look(?:s|ed|ing)?\s+after|"
                                 r"care\s+for|caring\s+for)\s+(?:someone|somebody|a\s+(?:person|relative|loved\s+one|"
                                 r"family\s+member)|people|relatives?|family\s+members?|loved\s+ones?)|of\s+(?:people|"
                                 r"someone|a\s+person|those))\s+(?:(?:who\s+(?:is|are)\s+)?living\s+)?with\s+dementia\b",
                                 re.IGNORECASE)
# a share of the age group named before it ('10.4% of that age group', 'of the same age group')
_SAME_AGE_GROUP = re.compile(r"\s*of\s+(?:that|this|the\s+same)\s+age\s+(?:group|band)\b", re.IGNORECASE)


def _own_breakdown(sentence: str, num: Number, c_start: int, c_end: int) -> str:
    """The sub-group written beside a figure ('131,700 are aged 65 and over'): looked for after it up to the next
    figure or the clause's end, else before it back to the previous figure, a closing bracket or the clause's start
    ('(9.6% of residents aged 5+), down from 13,020 in 2011': the bracket is the share's, not 13,020's)."""
    if num.percent and _SAME_AGE_GROUP.match(sentence[num.end:]):
        return ""  # '83,460 residents aged 5 and over provided unpaid care, 10.4% of that age group': the ages before
        # are the share's base, no sub-group
    after = sentence[num.end:min(num.end + 60, max(c_end, num.end))]
    own_share = None if num.percent else _OWN_SHARE.match(after)
    if own_share:  # '61,200 (20.8%) were aged 65 and over': the count's own share in brackets, the group after it
        after = after[own_share.end():]
    nxt = _FIGURE.search(after)
    after = after[:nxt.start()] if nxt else after
    reason = _REASON_CLAUSE.search(after)
    after = after[:reason.start()] if reason else after
    base = _DENOMINATOR.match(after) if num.percent else None
    if base:  # '9.4% of residents aged 5 and over': the share's population base, not a sub-group
        after = re.sub(r"^\s*(?:aged\s+\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3}|\s*\+|\s+(?:and|or)\s+(?:over|above|older))?|"
                       r"of\s+working\s+age|(?:all\s+)?ages)", "", after[base.end():], flags=re.IGNORECASE)
    start = max(0, c_start, num.start - 40)
    wide = max(0, c_start, num.start - 60)
    aged = re.search(r"\baged\b", sentence[wide:start + 4])
    if aged:  # 'residents aged 75 and over is projected to rise from 91,800': an age the window would cut
        start = wide + aged.start()
    before = _BASE_AGES.sub(lambda m: " " * len(m.group(0)), sentence[:num.start])[start:]
    # ('Residents aged 65 and over (mid-2024): 48,400': a bracket giving only the period is no figure's, no cut)
    before = _PERIOD_BRACKET.sub(lambda m: " " * len(m.group(0)), before)
    cut = max([m.end() for m in _FIGURE.finditer(before)] + [before.rfind(")") + 1, before.rfind(";") + 1])
    return _breakdown(after) or _breakdown(before[cut:])


# a clause after a figure giving the reason for it ('rising to 6,300 by 2035, as the number of residents aged 85 and over
# grows', '... because more people aged 90+ live alone'): its age group is the reason's people, no sub-group of the figure
_REASON_CLAUSE = re.compile(r",\s*(?:as|since|reflecting)\s+(?=\D)|,?\s+(?:because|due\s+to|driven\s+by)\s+",
                            re.IGNORECASE)


# a bracket giving only a period or a date and what kind of figure it is ('(mid-2024)', '(Census 2021)', '(March 2025)',
# '(2035 projection)', '(2024/25)')
_PERIOD_BRACKET = re.compile(r"\(\s*(?:(?:mid|census|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[- ]?\s*)?"
                             r"(?:19|20)\d{2}(?:\s*/\s*\d{2})?(?:\s+(?:estimate|projection|census|figures?))?\s*\)",
                             re.IGNORECASE)


def _own_band(sentence: str, num: Number, c_end: int) -> str:
    """The hours band written after a figure, up to the next figure or the clause's end ('9,880 provide 19 hours or
    less a week and 2,630 ...'), else ''."""
    after = sentence[num.end:max(c_end, num.end)]
    nxt = _FIGURE.search(after)
    return band_of(after[:nxt.start()] if nxt else after) if "hour" in after else ""


def _breakdown(text: str) -> str:
    m = _BREAKDOWN.search(text)
    # ('people under the age of 65' and 'people under 65' are the group 'aged under 65', as 'aged under 65' writes it)
    return re.sub(r"^under (?:the age of )?(\d+)", r"aged under \1", " ".join(m.group(0).lower().split())) if m else ""


def _qualifier(context: str, num: Number | None, kind: str, period: str, projection: bool) -> str:
    if kind in ("share", "rate") and re.search(r"diagnos|prevalence|rate|ambition|target", context, re.IGNORECASE):
        return "rate"
    if projection or (_PROJECTION.search(context) and period and period[:4] > "2025"):
        return "projection"
    if _PLAN.search(context):
        return "plan"
    if num is not None and num.approximate:
        return "approximate"
    if _ESTIMATE.search(context):
        return "estimate"
    return "count"


# 'up 14% on last year', 'referrals were down 8% from 2024/25', 'up 1,120 on 2011': 'up' or 'down' right before the
# figure, with no 'of' or 'by' ('up to 40%' is a bound, not a change)
# (an infographic's arrow kept as a character stands for 'up' or 'down': '▲ 12% since 2011', '▼ 6% since 2011')
_UP_ARROWS, _DOWN_ARROWS = "▲△↑⬆", "▼▽↓⬇"
# ('made up 9% of those the service supported' is a part of a whole, no rise)
_UP_DOWN_BEFORE = re.compile(rf"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)\b(?:up|down)\s+$|"
                             rf"(?:^|\s)[{_UP_ARROWS}{_DOWN_ARROWS}]\s*$", re.IGNORECASE)
_DOWN_ARROW_BEFORE = re.compile(rf"(?:^|\s)[{_DOWN_ARROWS}]\s*$")
_UP_DOWN_AFTER = re.compile(r"^\s*(?:%\s*)?(?:on|from|since|compared|over\s+the|year[- ]on[- ]year)\b", re.IGNORECASE)


def _kind_for(num: Number, context: str, after: str, before: str) -> str:
    if num.percent:
        if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after) or _UP_DOWN_BEFORE.search(before):
            return "change_pct"
        bracket = re.search(r"\d[\d,.]*\s*\(\s*$", before)
        if bracket and _CHANGE_BEFORE.search(before[:bracket.start()]):
            return "change_pct"  # 'a fall of 4,100 (9%)': the change in per cent beside the change's size
        return "share"
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after) \
            or _UP_DOWN_BEFORE.search(before) and _UP_DOWN_AFTER.match(after):
        return "change"
    if _RATE_WORDS.search(context):
        return "rate"
    return "count"


def _unit(measure: str) -> str:
    return MEASURES[measure].unit


# --------------------------------------------------------------------------------- tables

def _label_counts_other(label: str, kind: str, subject: str, clause: str) -> bool:
    """Whether a list label's noun phrase, which ends before a participle or preposition ('Adult Carer Support Plans
    completed', 'Short breaks funded', 'Carers known to the council'), ends in a plural noun naming no measure: the
    figure counts those ('plans', 'statements', 'breaks'), not the carers or people the words before name."""
    words = re.findall(r"[A-Za-z'’-]+", label.split("(")[0])
    cut = next((k for k, w in enumerate(words) if _STOP.match(w) or k and len(w) > 4 and w.lower().endswith("ed")),
               len(words))
    last = words[cut - 1].lower() if cut else ""
    return bool(last) and last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us")) \
        and last not in {"hours", "days", "weeks", "months", "years"} \
        and not PEOPLE.match(last) and not classify(kind, subject, last, clause)


# a row naming a decision's date ('Decision due date', 'Date of decision', 'Expected decision date') in a forward plan's
# label/value table: a meeting's date, no stage, whatever the entry's title over the values says ('approval to tender')
_DECISION_DATE_ROW = re.compile(r"^\s*(?:(?:expected|planned|anticipated|proposed|provisional)\s+)?(?:date\s+of\s+(?:the\s+)?"
                                r"decision|decision\s+(?:due\s+)?date|decision\s+due)\b", re.IGNORECASE)
# an end column's cell naming an extension already taken ('Extended to 31/03/27', 'Ext. until Sep-27')
_EXTENDED_CELL = re.compile(r"^\s*(?:now\s+)?(?:extended|ext(?:n|d)?\.?)\s+(?:to|until|till|through)\b", re.IGNORECASE)
# an end cell with the extension taken in brackets after it ('31/03/2026 (extended to 30/09/2026)', '31/03/26 [ext. to
# 31/03/27]')
_EXTENDED_ASIDE = re.compile(r"^\s*(?P<end>[^()\[\]]+?)\s*[(\[]\s*(?:now\s+)?(?:extended|ext(?:n|d)?\.?)\s+"
                             r"(?:to|until|till|through)\s+(?P<ext>[^()\[\]]+?)\s*[)\]]\s*$", re.IGNORECASE)


def _extended_aside(cell: str) -> tuple[DateSpan, DateSpan] | None:
    """The end and the extension's end of an end cell with the extension in brackets after it, both parsed; else
    None."""
    m = _EXTENDED_ASIDE.match(cell)
    if not m:
        return None
    end, ext = parse_any_date(m.group("end")), parse_any_date(m.group("ext"))
    return (end, ext) if end.parsed and ext.parsed and ext.latest > end.latest else None


# a register's contract reference: letters and digits with a dash or slash between ('ASC-2021-014', 'WAL/22/010')
_REFERENCE_SHAPE = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*\d)[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+")


def _reference_named(text: str, references: dict[str, str]) -> str:
    """The one reference of a register's rows a line of prose names whole ('Contract WAL-2022-010 has been extended
    ...'), or '' where it names none or more than one, or is a table's row (which names its own service)."""
    if "\t" in text:
        return ""
    named = {ref for ref in references if _REFERENCE_SHAPE.fullmatch(ref)
             and re.search(rf"(?<![\w/-]){re.escape(ref)}(?![\w/-])", text)}
    return named.pop() if len(named) == 1 else ""


# a stage's date the cell says it replaces ('Nov-26 (was Jun-26)', 'March 2027 (previously Dec 2026)'): no longer the plan
_SUPERSEDED_ASIDE = re.compile(r"\s*[(\[]\s*(?:was|previously|formerly|originally|(?:revised|moved|delayed|slipped)\s+from)"
                               r"\b[^()\[\]]*[)\]]", re.IGNORECASE)


# a risk register's scoring columns ('Risk | Likelihood | Impact | Score | Mitigation', 'Probability | Severity | RAG')
_RISK_KEY = re.compile(r"^(?:likelihood|probability|impact|severity|consequence|(?:risk|residual|inherent|overall|"
                       r"current|target)?\s*(?:score|rating)|l\s*[x×*]\s*i|rag)\b", re.IGNORECASE)

_YEAR_KEY = re.compile(r"(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?")


def _table_rows(block: TableBlock, lines: list[str], props: Proposals, layout: Layout, document_subject: str = "") -> None:
    keys = block.column_keys()
    if sum(1 for k in keys[1:] if _RISK_KEY.match(k.strip())) >= 2:
        # a risk register: its cells are likelihoods, impacts and scores, whatever the risk's own words ('Too few
        # bids for the dementia service | 3 | 4 | 12')
        return
    if _comparator_area_line(block.title):
        return  # ('Area: England' over a projection tool's table, beside the council's own: the country's figures)
    # the heading above names the subject only when the title does not ('Dementia projections' before a
    # table titled 'Unpaid carers by district' is the previous section's)
    # and not when the title names a subject outside the vocabulary ('Care homes for older people' under 'Extra care
    # housing and care homes': the homes and beds are no extra care units)
    parents = [] if _SUBJECT_WORDS.search(block.title) or _OTHER_SUBJECT.search(block.title) else [
        h for h in block.headings if h != block.title][:1]
    context_head = " ".join([block.title, *parents])
    if document_subject and not _SUBJECT_WORDS.search(context_head) and not _OTHER_SUBJECT.search(block.title):
        # a table whose title and heading name no subject ('Table 7.2: Apartments by tenure' under '7.2 Tenure') in a
        # statement about extra care alone: the statement's subject, as for its prose
        context_head = f"{context_head} {document_subject}"
    if not _SUBJECT_WORDS.search(context_head) and not _OTHER_SUBJECT.search(block.title):
        # a table under a slide's box heading naming no subject ('At a glance'), the slide's title naming it
        context_head = f"{context_head} {_subject_above(block.headings)}".strip()
    prefer_ccg = bool(re.search(r"\bccg|clinical commissioning|sub-icb", context_head + " ".join(keys), re.IGNORECASE))
    confidence = {"tabs": "high", "pipes": "high", "spaces": "medium", "list": "medium", "cards": "medium",
                  "chart": "medium", "flattened": "low"}[block.style]
    stage_cols, timing_cols = {}, set()
    for j, k in enumerate(keys):
        if _SENTENCE_KEY.search(k.strip()):
            continue
        stage = next((s for s, rx in FIELD_STAGES if rx.search(k)), None)
        if j > 0 and stage and not (_PIPELINE_KEY.match(k.strip()) and any(_HOUSING_NOUN.search(c) for c in keys)):
            stage_cols[j] = stage  # (not 'Expected completion' beside a scheme's 'Units': a building's, no contract's)
        elif j > 0 and _TIMING_KEY.search(k):
            timing_cols.add(j)  # 'Timescale': the cell names its stage ('Tender Q2 2026/27')
    if len(timing_cols) > 1:
        # 'Timetable in 2024 MPS | Revised timetable', 'Original timing | Current timing': the dates the revised
        # column replaces are no longer the plan
        timing_cols -= {j for j in timing_cols if _SUPERSEDED_KEY.search(keys[j])}
    above = ""  # the row label above (a target row's subject: 'National ambition: 66.7%' under the diagnosis rate)
    # a list of key figures under a place's section ('3. Sandwell' / 'Sandwell at a glance' / '– Unpaid carers: 31,240')
    # is that place's, not the authority's
    # and so is a table of measures under it ('**3.4 Harborough**' / 'Measure | Value'), as the paragraphs there are
    # and so is a table under a line naming its area ('Area: Boston' over a projection tool's table), to the next one
    section = _area_line_place(block.title, props.authority) or (
        (_field_block_place(lines, min(r.line for r in block.rows), props.authority)
         or _section_place(layout, min(r.line for r in block.rows), props.authority)) if block.rows else None)
    activity_cols = [j for j, k in enumerate(keys) if j > 0 and _ACTIVITY_KEY.match(k.strip())]
    if activity_cols:  # 'Service | Milestone | Date': the milestone names the stage of the date beside it
        timing_cols |= {j for j, k in enumerate(keys) if j > 0 and j not in stage_cols and _DATE_KEY.match(k.strip())}
    status_cols = [j for j, k in enumerate(keys) if j > 0 and _STATUS_KEY.match(k.strip())]
    pipeline = " | planned" if any(j > 0 and _PIPELINE_KEY.match(k.strip()) for j, k in enumerate(keys)) else ""
    # the year a scheme not yet open opens ('Due to open | 2028'): its planned figures' period, as in prose
    opening_col = next((j for j, k in enumerate(keys) if j > 0 and _PIPELINE_KEY.match(k.strip())
                        and not re.match(r"planning", k.strip(), re.IGNORECASE)), None)
    # and a column of when each scheme opened or opens beside a status column ('Status | Opening year': 'Open | 2014',
    # 'Under construction | 2027'): a scheme not yet open opens that year, one open is stock in place
    opening_any = opening_col is None and bool(status_cols)
    if opening_any:
        opening_col = next((j for j, k in enumerate(keys) if j > 0 and _OPENING_KEY.match(k.strip())), None)
        opening_any = opening_col is not None
    # a row's own cell saying when its scheme opens ('Due 2026', 'Opening 2027' under 'Opened' below a 'Planned' band):
    # its planned figures' period, as an opening column's year is
    # and, in a planned band, the year under a column naming when schemes open ('Opens | 2026')
    planned_band = says_planned(block.title)
    # and under a column that itself says planned ('Planned units' beside 'Due'): the year in the column naming when
    # schemes open, not a caption's date
    block_opens = (lambda cells, j: _row_opening_year(cells, j, keys, planned_band or _planned_key(keys, j))) \
        if opening_col is None else None
    # a pipeline's trajectory: its schemes' units under the years they open, with a Total column
    trajectory = planned_band and any(_YEAR_KEY.fullmatch(k.strip()) for k in keys) \
        and any(k.strip().lower() == "total" for k in keys)
    carried = ""  # the label of a cell merged over several rows in Word: written once, blank on the rows below
    service_col = next((j for j, k in enumerate(keys) if j > 0 and _SERVICE_KEY.match(k.strip())), None) \
        if keys and _REF_KEY.match(keys[0].strip()) else None
    term_col = next((j for j, k in enumerate(keys) if j > 0 and _TERM_KEY.match(k.strip())), None)
    place_col = next((j for j, k in enumerate(keys) if j > 0 and _PLACE_KEY.match(k.strip())), None)
    carried_place = ""  # the place cell merged down over several schemes' rows: written once, blank below
    period_col = next((j for j, k in enumerate(keys) if j > 0 and _PERIOD_KEY.match(k.strip())), None)
    pipeline_title = block.title if says_planned(block.title) and not _OPEN_TITLE.search(
        block.title) else ""  # (the planned extra care rule's words, measure_rules.csv)
    table_census = ""  # the census year a row gave a census count ('Unpaid carers (Census 2021)')
    list_periods: dict[str, str] = {}  # theme -> the period a row above in a list of fields gave it
    sub_col = _sub_label_column(block, keys)
    stock_rows = set()  # the row labels seen so far that are the stock in place, and those that are the pipeline
    for row in block.rows:
        if row.band:
            section = _band_place(row.cells[0], props.authority, section)
            continue
        row_start_at = len(props.rows)
        cells = row.cells
        label = cells[0].strip() if cells else ""
        if band_census := _census_band_year(cells):
            table_census = band_census  # 'Census 2011' merged across the table: the census of the rows
            continue  # under it, until the next such row
        if label and _EXISTING_LABEL.search(label):
            stock_rows.add("existing")
        elif label and says_planned(label):
            stock_rows.add("planned")
        elif stock_rows == {"existing", "planned"} and _TOTAL_ROW.match(label):
            continue  # 'Total' under an existing and a pipeline row: the two added up, neither the stock nor the plan
        if not label and carried and (block.style in ("tabs", "pipes") or sub_col) and any(c.strip() for c in cells[1:]):
            label = carried
        carried = label
        # a lot number before the service ('| 1 | Carers support hub |'): the service names the row
        row_label = label if not re.fullmatch(r"\d{1,2}", label) or len(cells) < 2 else cells[1].strip()
        if service_col is not None and service_col < len(cells) and cells[service_col].strip():
            row_label = cells[service_col].strip()  # ('ASC-2027-011 | Single lot | Carers Support Service | ...')
            if re.search(r"\d", label):
                props.references[label] = row_label
        place = _merged_down_place(cells, place_col, label, carried_place, block.style)
        if place_col is not None and place_col < len(cells) and cells[place_col].strip():
            carried_place = cells[place_col].strip()
        if place and area_lookup.exact(place):
            row_label = place  # ('Meadow Rise | Wealden | 64': the scheme's district is the row's area)
        line_text = lines[row.line - 1]
        if stage_cols and label and parse_any_date(label).parsed:
            # a roadmap's milestones as a header over a row of dates ('Market engagement | ITT published | Award'
            # over 'Jun 2025 | Oct 2025 | Jan 2026'): the first date is a milestone's, the service the heading's
            row_label = _timetable_service(block, lines)
        # a row of dates under stage headers: procurement dates
        row_start, row_end, row_written = None, None, set()
        decision_row = bool(_DECISION_DATE_ROW.match(label))
        for j, cell in enumerate(cells[1:], start=1):
            if j in stage_cols and cell.strip() and not decision_row:
                cell = _SUPERSEDED_ASIDE.sub("", cell)
                span = parse_any_date(cell.strip())
                if not span.parsed:  # '1 year to 31/03/2028'
                    found = find_dates(cell, bare_years=False)
                    span = found[-1].span if found else excel_month(cell)  # ('Apr-26')
                stage = stage_cols[j]
                if stage not in ("contract_end", "extension_end"):
                    span = _window_cell(cell) or span  # ('Q4 2025/26 – Q1 2026/27' under 'Procurement start')
                if stage == "contract_end" and _EXTENDED_CELL.match(cell):
                    stage = "extension_end"  # 'Extended to 31/03/27' under 'Current expiry': the extension's end
                if stage == "extension_end" and row_end is not None and span.parsed and span.latest == row_end.latest:
                    continue  # a 'Maximum end date' that is the end date itself: no extension to take
                aside = _extended_aside(cell) if stage == "contract_end" else None
                span = aside[0] if aside else span  # ('31/03/2026 (extended to 30/09/2026)': the end, and below the
                # extension's end)
                if span.parsed:
                    props.add(line=row.line, kind="procurement", theme="procurement", area_code=props.authority,
                              area_name=area_lookup.area_name(props.authority), service=row_label,
                              stage=stage, date_text=cell.strip(), earliest=span.earliest.isoformat(),
                              latest=span.latest.isoformat(), confidence=confidence, text=line_text)
                    row_written.add(stage)
                    row_start = span if stage == "contract_start" and row_start is None else row_start
                    row_end = span if stage == "contract_end" and row_end is None else row_end
                if aside:
                    props.add(line=row.line, kind="procurement", theme="procurement", area_code=props.authority,
                              area_name=area_lookup.area_name(props.authority), service=row_label,
                              stage="extension_end", date_text=cell.strip(), earliest=aside[1].earliest.isoformat(),
                              latest=aside[1].latest.isoformat(), confidence=confidence, text=line_text)
                    row_written.add("extension_end")
        if term_col is not None and row_start is not None and term_col < len(cells):
            _term_columns(cells, term_col, stage_cols, row_label, row_start, row_written, row.line, line_text, props)
        elif row_end is not None and "extension_end" not in row_written:
            _options_after_end(cells, stage_cols, row_label, row_end, row.line, line_text, props)
        if timing_cols:
            _commentary_cells(cells, stage_cols, row_label, row.line, line_text, confidence, props)
        for j in timing_cols:
            cell = cells[j].strip() if j < len(cells) else ""
            if _commentary_cell(cell):
                continue  # a sentence of commentary ('Go out to tender ..., with market engagement in June 2026'): read
                # clause by clause above
            # every date of the cell, its stage from the words since the previous date ('Tender Sept 2026; award Dec
            # 2026'), else from the row's intention ('Re-commission' beside 'Winter 2026/27'; a sentence's words
            # without its dates)
            intention = " ".join(_DATES_OUT(c) if _commentary_cell(c) else c for k, c in enumerate(cells[1:], start=1)
                                 if k != j and (_commentary_cell(c) or not find_dates(c))
                                 and not (k < len(keys) and _LEAD_KEY.match(keys[k].strip())))
            since = 0
            for d in find_dates(cell, bare_years=False):
                stage = next((s for s, rx in FIELD_STAGES if rx.search(cell[since:d.start])), None)
                if stage == "extension_end" and _UNDECIDED.search(cell[since:d.start]):
                    since = d.end
                    continue  # 'Decision on first extension by March 2027': a decision's date, no extension's end
                activity = " ".join(cells[k] for k in activity_cols if k < len(cells) and k != j)
                if stage is None and since == 0 and activity.strip():
                    stage = next((s for s, rx in FIELD_STAGES if rx.search(activity)), None)
                    if stage and _UNDECIDED.search(activity):
                        stage = None  # 'Extension decision | Jan 2027': a decision's date, no stage
                    elif stage is None:
                        stage = next((s for s, rx in _INTENTIONS if rx.search(activity)), None)
                elif stage is None and since == 0 and not _NO_GANTT_STAGE.search(cell[:d.start]):
                    # (not a date the cell gives an activity that is no stage: 'Market engagement spring 2027;
                    # Tender Q1 2027/28' beside 'Jointly commission ...')
                    stage = next((s for s, rx in _INTENTIONS if rx.search(intention)), None)
                since = d.end
                if stage:
                    props.add(line=row.line, kind="procurement", theme="procurement", area_code=props.authority,
                              area_name=area_lookup.area_name(props.authority), service=row_label, stage=stage,
                              date_text=cell, earliest=d.span.earliest.isoformat(),
                              latest=d.span.latest.isoformat(), confidence=confidence, text=line_text)
        if block.style != "cards" and (
                (not stage_cols or _chart_beside_dates(keys, stage_cols))
                and gantt_row(block, row, lines, props, confidence, row_label if service_col else "")
                or not stage_cols and stage_row(block, row, label, lines, props, confidence)):
            continue
        if _BENCH_ROW.match(label) and not area_lookup.exact(label):
            continue
        # ('Opened 2018' or 'Open' under 'Expected opening' or 'Status' in a pipeline's table: a scheme in place)
        in_place = bool(pipeline or pipeline_title or planned_band or opening_any) \
            and _row_in_place(cells, [0, *status_cols, opening_col])
        for j, cell in enumerate(cells[1:], start=1):
            key = keys[j] if j < len(keys) else ""
            if j in stage_cols or j == period_col or _BENCH_ROW.match(key) and not area_lookup.exact(key):
                continue  # a date column, a year column, or a region's column ('London' beside the borough and England)
            if _councils_total_column(keys, j, props.authority):
                continue  # 'Total' beside 'Reading | West Berkshire | Wokingham' in a joint statement: the councils'
                # figures summed, no council's
            if trajectory and _TOTAL_ROW.match(label.strip()) and _YEAR_KEY.fullmatch(key.strip()):
                continue  # 'Total new units | 48 | 144 | ... | 446' under a pipeline's years of opening: the year's
                # openings summed, which the schemes' rows give; only its Total column is the pipeline's
            if sub_col and j > sub_col and sub_col < len(cells):
                key = f"{cells[sub_col].strip()} | {key}"  # 'Units' under 'Measure' beside 'Planned': planned units
            cell = _marked_total(block, row, j, label, cell)
            change = block.style == "list" and bool(_CHANGE_CELL.match(cell.strip()))
            if (_CHANGE_LABEL.search(key) or _CHANGE_LABEL.search(row_label)) \
                    and (_CHANGE_CELL.match(cell.strip()) or _SIGNED_CELL.match(cell.strip())):
                change = True  # '−550', '+140', 'down 410' under 'Change 2011 to 2021' (or in a row so named, as a
                # table written in column order has it): a change
            # a fall keeps its sign: '−550', 'down 410', or a bare figure under a column naming only a fall ('Decrease')
            falling = _falling_cell(cell, key, row_label)
            if change:  # '+260 (+6.6%)': the change and its per cent, each as a figure (a fall's negative)
                cell = _SIGNED_SHARE.sub("(", _SIGNED_CELL.sub("", _CHANGE_CELL.sub("", cell.strip())))
            dated = DATED_FIGURE.fullmatch(cell.strip()) if is_dated_figure(cell) else None
            cell_period = _period_from(dated.group("when")) if dated else ""
            if not cell_period and period_col is not None and period_col < len(cells):
                cell_period = _period_from(cells[period_col])  # ('Population aged 65+ | 232,900 | - | ONS | 2024')
            if not cell_period and opening_col is not None and j != opening_col and opening_col < len(cells) \
                    and not in_place and find_dates(cells[opening_col], bare_years=True):
                cell_period = _opening_year(cells[opening_col])
            if not cell_period and block_opens is not None:
                cell_period = block_opens(cells, j)
            if cell_period and dated:  # '3,410 (2022/23)', '61.2% (Mar-23)' under 'Baseline (year)': the figure and its
                cell = dated.group("figure")  # own year
            for num, label in _cell_parts(cell,
                                          row_label,
                                          block.style in ("list", "cards")):
                _table_cell(block, keys, key, num, label, line_text, row.line, props, context_head, prefer_ccg,
                            confidence, change=change, above=above, section=section,
                            status=" ".join([*(cells[k].strip() for k in status_cols if k < len(cells)),
                                             pipeline_title]).strip() + ("" if in_place else pipeline),
                            census=_row_source_census(cells) or table_census, cell_period=cell_period,
                            falling=falling, in_place=in_place)
        above = above if _TARGET_WORDS.search(row_label) else row_label
        if block.style == "list":
            _dated_by_fields_above(props.rows[row_start_at:], list_periods)
        if _CENSUS_WORD.search(row_label):
            # 'Unpaid carers (Census 2021) | 9,415' over '% of residents aged 5+ | 10.4%': the census year of the
            # rows of census measures below that give none
            table_census = next((str(r["period"]) for r in props.rows[row_start_at:] if r["measure"] in
                                 _CENSUS_MEASURES and _CENSUS_YEAR.fullmatch(str(r["period"]))), table_census)


def _dated_by_fields_above(rows: list[dict[str, object]], periods: dict[str, str]) -> None:
    """A list of fields' row giving no year ('Residents aged 65+: 20,100' under 'Population (mid-2023): 104,900'): the
    year a field above gave its measure (not its theme: a census year dates no carers known, a rate's month no
    ambition); `periods` then takes the years this row gave."""
    for r in rows:
        if r["kind"] == "measure" and not r["period"] and r["qualifier"] != "projection":
            r["period"] = periods.get(str(r["measure"]), "")
    periods.update(_sentence_periods(rows, by="measure"))


# a column summing the columns before it ('Total', 'Combined', 'All councils')
_SUM_KEY = re.compile(r"(?:total|combined(?:\s+total)?|all(?:\s+(?:areas|councils|authorities))?|overall|sum)",
                      re.IGNORECASE)


def _councils_total_column(keys: list[str], j: int, authority: str) -> bool:
    """Whether column `j` sums columns of the authority and of other councils ('Measure | Reading | West Berkshire |
    Wokingham | Total' in a joint statement led by West Berkshire): a figure of several councils, no council's. (A total
    over the authority's own districts is the authority's: there the authority heads no column of its own.)"""
    if j >= len(keys) or not _SUM_KEY.fullmatch(keys[j].rsplit(" | ", 1)[-1].strip()):
        return False
    codes = {_column_council(k) for i, k in enumerate(keys) if i not in (0, j)} - {None}
    return authority in codes and len(codes) >= 2


def _column_council(key: str) -> str | None:
    """The council a column header names alone ('Reading', 'West Berkshire'); None for a nation, a region or no area."""
    code = area_lookup.exact(key.rsplit(" | ", 1)[-1].strip())
    return None if not code or code in area_lookup.BENCHMARKS.values() or code.startswith("E12") else code


# a census named alone, as a row merged across a Word table names it ('Census 2021', '2011 Census', 'The 2011 Census')
_CENSUS_BAND = re.compile(r"(?:the\s+)?(?:census\s+(?P<after>(?:19|20)\d1|2022)|(?P<before>(?:19|20)\d1|2022)\s+census)",
                          re.IGNORECASE)


# a row's source cell naming a census and its year ('Unpaid carers | 24,960 | ONS Census 2021', 'Census 2021 (TS039)')
_SOURCE_CENSUS_CELL = re.compile(r"\s*(?:sources?\s*:?\s*)?(?:(?:ONS|Office\s+for\s+National\s+Statistics)[,:\s]+|the\s+)?"
                                 r"(?:census\s+(?P<after>(?:19|20)\d1|2022)|(?P<before>(?:19|20)\d1|2022)\s+census)"
                                 r"(?:\s*\(\s*[A-Z]{2}\d{3}\s*\))?\s*", re.IGNORECASE)


def _row_source_census(cells: list[str]) -> str:
    """The census year a row's source cell names ('ONS Census 2021'), for the row's census counts and shares that give
    no year of their own; '' where no cell after the label is such a source."""
    for cell in cells[1:]:
        m = _SOURCE_CENSUS_CELL.fullmatch(cell)
        if m:
            return m.group("after") or m.group("before")
    return ""


def _census_band_year(cells: list[str]) -> str:
    """The year of the census a row names alone, its other cells empty (a row merged across a Word table: 'Census
    2011' then empty cells, over the rows of that census's counts and shares); '' for any other row."""
    band = _CENSUS_BAND.fullmatch(cells[0].strip()) if len(cells) >= 2 else None
    if band is None or any(c.strip() for c in cells[1:]):
        return ""
    return band.group("after") or band.group("before")


def _band_place(band: str, authority: str, section: tuple[str, str] | None) -> tuple[str, str] | None:
    """The place the rows under a band row are ('Basildon' alone across a table of years, over that district's rows):
    the band's place; none under the authority's own name; `section` (the table's) under a band naming no place."""
    place = _place_named(band)
    if place is None:
        return section
    return None if place[0] == authority else place


def _opening_year(cell: str) -> str:
    """The period of a planned scheme's figures from the cell saying when it opens: its year ('Q3 2027', a quarter
    of the calendar year, is 2027; 'Spring 2028' is 2028; a financial year's quarter, 'Q3 2027/28', stays whole)."""
    period = _period_from(cell)
    calendar = re.fullmatch(r"Q[1-4]\s+((?:19|20)\d{2})", period)
    return calendar.group(1) if calendar else period


def _row_in_place(cells: list[str], cols: list[int | None]) -> bool:
    """Whether the row's label, status or opening cell says its scheme is open ('Open', 'Opened 2018', 'Total open')."""
    return any(k is not None and k < len(cells) and _IN_PLACE_CELL.match(cells[k].strip()) for k in cols)


def _marked_total(block: TableBlock, row, j: int, label: str, cell: str) -> str:
    """A total row's cell with the footnote marker a PDF's text layer ran into it cut off: '347' set with its note's
    number '9' reads '3479', which no sum of the column's figures above comes near; dropping the last one or two
    digits gives about that sum ('60 72 45 80 90' above '3479': 347). Cells with a thousands comma are read by
    numbers.py ('16,5757'); any other cell is returned as it is."""
    raw = cell.strip()
    if not re.fullmatch(r"\d{3,6}", raw) or not _TOTAL_ROW.match(label):
        return cell
    above = []
    for r in block.rows:
        if r is row:
            break
        c = r.cells[j].strip().replace(",", "") if j < len(r.cells) else ""
        if re.fullmatch(r"\d+(?:\.\d+)?", c):
            above.append(float(c))
    total = sum(above)
    if len(above) < 3 or int(raw) <= 3 * total:
        return cell
    for k in (1, 2):
        cut = int(raw[:-k])
        if total * 0.9 <= cut <= total * 1.6:
            return cell.replace(raw, raw[:-k], 1)
    return cell


_COMMENTARY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# where a clause of a commentary cell starts: after a comma, semicolon, full stop or 'and'/'with'/'but'
_CLAUSE_BREAK = re.compile(r"[,;.:]\s|\s(?:and|with|but|while|whilst)\s", re.IGNORECASE)


def _commentary_cell(cell: str) -> bool:
    """A cell of a commissioning plan's table written as sentences ('Delivered by one provider under a contract that
    ends on 31 March 2027.'), not a timetable's terse cell ('Tender Sept 2026; award Dec 2026'): eight words or more."""
    return len(_COMMENTARY_WORD.findall(cell)) >= 8


def _DATES_OUT(cell: str) -> str:
    """The cell's words without its dates."""
    out, at = [], 0
    for d in find_dates(cell, bare_years=False):
        out.append(cell[at:d.start])
        at = d.end
    return " ".join([*out, cell[at:]])


def _own_row_subject(title: str, key: str, label: str) -> bool:
    """Whether a row's label names a subject that the table's title and the cell's column do not."""
    return not _SUBJECT_WORDS.search(title) and not _SUBJECT_WORDS.search(key) and bool(_SUBJECT_WORDS.search(label))


def _chart_beside_dates(keys: list[str], stage_cols: dict[int, str]) -> bool:
    """Whether a plan's period columns stand beside its date columns ('Service | Current contract end | Q1 25/26 |
    ... | Q4 26/27'): the dated columns are read as such, and the periods' stage words as a chart's."""
    periods = gantt_columns(keys)
    return bool(periods) and not set(periods) & set(stage_cols)


def _commentary_cells(cells: list[str], stage_cols: dict[int, str], service: str, line: int, line_text: str,
                      confidence: str, props: Proposals) -> None:
    """The dates inside a plan table's commentary cells ('Current position', 'Commissioning intention'), each staged
    by the words of its own clause ('... a contract that ends on 31 March 2027' an end; 'The contract was extended to
    30 September 2026' an extension's end; '..., with market engagement events in June 2026' none)."""
    for j, cell in enumerate(cells[1:], start=1):
        if j in stage_cols or not _commentary_cell(cell):
            continue
        for d in find_dates(cell, bare_years=False):
            before = cell[:d.start]
            clause = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0):]
            stage = next((s for s, rx in FIELD_STAGES if rx.search(clause)), None)
            if stage is None or _MEETING.search(clause) or stage == "extension_end" and _UNDECIDED.search(clause):
                continue  # (nor an event's date: 'Re-procure after a market engagement event in September 2026')
            props.add(line=line, kind="procurement", theme="procurement", area_code=props.authority,
                      area_name=area_lookup.area_name(props.authority), service=service, stage=stage,
                      date_text=cell[d.start:d.end], earliest=d.span.earliest.isoformat(),
                      latest=d.span.latest.isoformat(), confidence=confidence, text=line_text)


def _sub_label_column(block: TableBlock, keys: list[str]) -> int:
    """1 when a table's second column labels its rows within the first's ('Locality | Measure | Existing | Planned'
    over 'Coast | Schemes | 4 | 1' and ' | Units | 212 | 60', the locality's cell merged over both rows in Word): a
    short word or two, no figure, date or place, repeated down the table, with figures to its right; else 0."""
    rows = block.rows
    if len(keys) < 3 or len(rows) < 2 or _PLACE_KEY.match(keys[1].strip()) or any(len(r.cells) < 3 for r in rows):
        return 0
    subs = [r.cells[1].strip() for r in rows]
    if not all(s and len(s.split()) <= 4 and not re.search(r"\d", s) and not area_lookup.exact(s) for s in subs):
        return 0
    if len({s.lower() for s in subs}) == len(subs) or not any(not r.cells[0].strip() for r in rows):
        return 0  # (the first column's cell merged over rows below: blank there)
    return 1 if any(is_number_cell(c) for r in rows for c in r.cells[2:]) else 0


def _term_columns(cells: list[str], term_col: int, stage_cols: dict[int, str], service: str, start: DateSpan,
                  written: set[str], line: int, line_text: str, props: Proposals) -> None:
    """A row's contract length in a column of its own ('36 months', '3+1+1 yrs', '24 months + 12 + 12') and its
    extensions in another ('12 + 12 months', 'Up to 2 x 12 months', '+1 year'; 'n/a', 'TBC' none): the ends derived
    from the row's contract start."""
    term = parse_contract_term(cells[term_col])
    if term is None:
        return
    # (not the term's own column when its header names the extensions it holds: 'Term (with extensions)')
    ext_cols = [j for j, st in stage_cols.items() if st == "extension_end" and j < len(cells) and j != term_col]
    for j in ext_cols:
        cell = cells[j].strip()
        ext = _options_term(cell) if cell and not find_dates(cell, bare_years=False) else None
        if ext and not term.extension_months:
            term = ContractTerm(f"{term.text}; {cell}", term.initial_months, (ext.total_months,))
    _derived_ends(props, line, line_text, service, term, start, written)


# an extension column's cell giving extensions still to take ('1 x 12 months', 'Up to 2 x 12 months', '+1 year'), not
# 'None', 'n/a' or an extension already used ('None (6-month extension used)', 'Used (6 months taken)')
_OPTIONS_LEFT = re.compile(r"^(?:up to\s+|a further\s+|further\s+|\+\s*)?(?:\d|one\b|two\b|three\b|an?\b)(?!.*\b(?:used|taken|"
                           r"exercised|expired)\b)", re.IGNORECASE)


# a bare sum in an extension options column ('1+1', '2+1'): extensions of so many years each, all of them options
_BARE_SUM = re.compile(r"^\d{1,2}(?:\s*\+\s*\d{1,2})+$")


def _options_term(cell: str) -> ContractTerm | None:
    """The extensions an options cell gives ('1 x 12 months', '24 months', '1+1' read as one year and one more)."""
    return parse_contract_term(f"{cell} years" if _BARE_SUM.match(cell) else cell)


# a stage's cell giving a window of two dates ('Q4 2025/26 – Q1 2026/27', 'Jan-26 – Mar-26', 'Q3 2025/26 to Q4 2025/26')
_WINDOW_JOIN = re.compile(r"\s+(?:–|—|-|to|until)\s+", re.IGNORECASE)


def _window_cell(cell: str) -> DateSpan | None:
    """A stage's cell that is a window of two dates, each whole: from the first's start to the second's end."""
    parts = _WINDOW_JOIN.split(cell.strip())
    if len(parts) != 2:
        return None
    first, last = (_cell_date(part) for part in parts)
    if not (first.parsed and last.parsed) or last.latest < first.earliest:
        return None
    return DateSpan(cell.strip(), first.earliest, last.latest)


def _cell_date(part: str) -> DateSpan:
    """One date written whole ('Q1 2026/27', '01/04/2026', 'Apr-26'), else an unparsed span."""
    found = find_dates(part, bare_years=False)
    if len(found) == 1 and found[0].span.text.strip() == part.strip():
        return found[0].span
    return excel_month(part)


def _options_after_end(cells: list[str], stage_cols: dict[int, str], service: str, end: DateSpan, line: int,
                       line_text: str, props: Proposals) -> None:
    """A register's contract end and its extension options in another column ('31/03/2027 | 1 x 12 months'): the
    end of the extensions after the end, derived."""
    for j in (j for j, st in stage_cols.items() if st == "extension_end" and j < len(cells)):
        cell = cells[j].strip()
        ext = _options_term(cell) if _OPTIONS_LEFT.match(cell) and not find_dates(cell, bare_years=False) else None
        if ext and ext.total_months:
            _extension_after(props, line, line_text, service, end, ext.total_months, cell)
            return


_CELL_APPROX = re.compile(r"^(?:nearly|around|about|approximately|approx\.?|almost|roughly|some|over|more than|"
                          r"just (?:over|under)|under|fewer than|less than)\s+", re.IGNORECASE)
# a figure, its counted noun (people, carers, schemes, units ...) and a bracketed share: '25,750 carers (3.0%)'
_COUNTED_CELL = re.compile(r"\d[\d,]*\s+(?:[A-Za-z'’-]+\s+){0,2}(?:people|persons?|residents?|adults?|carers?|"
                           r"individuals?|patients?|men|women|schemes?|units?|apartments|flats|homes)\b[A-Za-z'’ -]{0,30}?"
                           r"(?:\s*\((?P<share>\d+(?:\.\d+)?\s*%)[^()\d]*(?:\d+\+?[^()\d]*)?\))?", re.IGNORECASE)


# a note of bedroom sizes after a cell's figure, in brackets or after a dash
_SIZES_NOTE = re.compile(r"(\S.*?)\s*(?:\([^()]*\bbed(?:room)?s?\b[^()]*\)|[–—-]\s+[^()]*\bbed(?:room)?s?\b[^()]*)",
                         re.IGNORECASE)


# a cell's figure then a part of it in brackets ('48 (incl. 12 dementia)', '60 (of which 10 for dementia)'): the whole
_PART_NOTE = re.compile(r"(\d[\d,]*)\s*\(\s*(?:incl\.?|including|inc\.?|of\s+which|of\s+whom)\s+\d[^()]*\)", re.IGNORECASE)


def _cell_parts(cell: str, label: str, in_list: bool) -> list[tuple[Number, str]]:
    """The figures of one cell with the row label each belongs to: '2,310' -> one; '22,480 (7.5%)' -> a count and its
    share; '4 / 236' under 'Extra care schemes / units' -> schemes and units; 'Schemes: seven' in a list -> 7."""
    t = _CELL_NOTE_LETTER.sub("", _FOOTNOTE_MARK.sub("", cell).strip())  # '2,840¹', '265 (d)'
    sizes = _SIZES_NOTE.fullmatch(t)
    if sizes:  # '64 (48 one-bedroom, 16 two-bedroom)', '72 – 60 x 1 bed, 12 x 2 bed': the units, then their sizes
        t = sizes.group(1)
    part = _PART_NOTE.fullmatch(t)
    if part:  # '48 (incl. 12 dementia)': the cell's figure; its part says what some of it is, no figure of the column's
        t = part.group(1)
    bare = _CELL_APPROX.sub("", t) if in_list else t  # 'nearly three thousand', 'around 1,400'
    worded = in_list and bool(re.fullmatch(r"(?:[a-z]+[\s-]?){1,3}", bare.lower()))
    if is_number_cell(bare) or worded:
        if is_year_cell(bare) and not bare.endswith("%"):
            return []
        nums = find_numbers(t, words=worded)
        if not nums or worded and (len(nums) != 1 or len(nums[0].raw) != len(bare)):
            return []
        return [(nums[0], label)]
    counted = _COUNTED_CELL.fullmatch(bare) if in_list else None
    if counted:  # a list's value with its counted noun ('19 hours or less: 44,310 carers (5.2% of residents aged 5+)')
        nums = [n for n in find_numbers(t, words=False) if not (n.percent and not counted.group("share"))]
        return [(n, label) for n in nums[:2]] if nums and not nums[0].percent else []
    if _COUNT_AND_SHARE.match(t):
        nums = find_numbers(t, words=False)
        return [(n, label) for n in nums[:2]] if len(nums) == 2 and nums[1].percent else []
    pair = re.fullmatch(r"(\d[\d,]*)\s*/\s*(\d[\d,]*)", t)
    names = [n.strip() for n in label.split("/")]
    if pair and len(names) == 2 and all(names):
        nums = find_numbers(t, words=False)
        stem = " ".join(names[0].split()[:-1])  # 'Extra care schemes / units': units are extra care units
        second = names[1] if len(names[1].split()) > 1 else f"{stem} {names[1]}".strip()
        return list(zip(nums, [names[0], second])) if len(nums) == 2 else []
    return []


# a column naming only an age group ('Under 65', '65 and over', 'Aged 85+', 'All ages'): what it counts is the title's
_AGE_KEY = re.compile(r"\s*(?:(?:people\s+)?(?:aged|ages?)\s+)?(?:(?:under|over)\s+\d{2}|\d{2}\s*(?:\+|(?:and|or)\s+(?:over|"
                      r"older|above)|plus)|all\s+ages)\s*", re.IGNORECASE)
_GENERIC_KEY = re.compile(r"(?:(?:the\s+)?(?:rate|number|no\.|value|count|figure|total|per\s*cent|percentage|proportion|"
                          r"share|%)\s*(?:\([^()]*\))?\s*)+", re.IGNORECASE)


# a column counting schemes and nothing else ('Schemes', 'No. of schemes'): its cells count no dwellings, whatever
# size band the row's label names ('1 to 3 units | 214 | 487')
_SCHEMES_KEY = re.compile(r"(?:(?:number|no\.?)\s+(?:of\s+)?)?(?:schemes|developments)(?:\s*\([^()]*\))?",
                          re.IGNORECASE)
# a column of one tenure in a table of housing ('Affordable rent | Shared ownership | Outright sale | Total')
_TENURE_KEY = re.compile(r"((?:affordable|social|market|intermediate)\s+rent(?:ed|al)?|rent(?:ed|al)?|shared\s+ownership|"
                         r"(?:outright|open\s+market|market)\s+sale|(?:for\s+)?sale|leasehold|owner[- ]occupied)"
                         r"(?:\s*\((?:units|flats|apartments|homes|no\.?)\))?", re.IGNORECASE)
# a column totalling the dwellings of a row ('Total', 'Total units', 'Total flats'): beside tenure columns, the whole
_TOTAL_UNITS_KEY = re.compile(r"total(?:\s+(?:no\.?\s+of\s+)?(?:units|flats|apartments|homes|dwellings))?", re.IGNORECASE)


def _as_units(measure: str) -> str:
    """The measure counting the dwellings of what `measure` counts in schemes ('extra_care_schemes' -> '_units')."""
    return measure.replace("_schemes", "_units")


_SUB_COLUMN = re.compile(r"^\s*(?:of\s+(?:whom|which|these|them)|including)\b", re.IGNORECASE)
_HOUSING_NOUN = re.compile(r"\b(?:units?|flats?|apartments?|homes|tenanc(?:y|ies)|schemes?)\b", re.IGNORECASE)
# a column counting dwellings and nothing else ('Flats', 'No. of units', 'Apartments (2024)'): its cells count no people
_DWELLINGS_KEY = re.compile(r"(?:(?:number|no\.?)\s+(?:of\s+)?)?(?:units|flats|apartments|homes|bungalows|dwellings)"
                            r"(?:\s*\([^()]*\))?", re.IGNORECASE)


# a column of changes in percentage points ('(pp)' under 'Change', 'Change (% points)', 'Difference, pts')
_POINTS_KEY = re.compile(r"\(\s*(?:pp|p\.p\.|pts?|points?|%\s*pts?|%\s*points?)\s*\)|\bpercentage[- ]points?\b|"
                         r"%\s*points?\b|\bpp\s*(?:change|difference)\b|(?:change|difference)\W+pp\b", re.IGNORECASE)


# a column counting GP practices ('GP practices', 'Number of practices', 'Practices (n)'): no people
_PRACTICES_KEY = re.compile(r"(?:number\s+of\s+)?(?:GP\s+)?(?:practices|surgeries)(?:\s*\(\s*(?:n|no\.?|number)\s*\))?",
                            re.IGNORECASE)


# a header naming the rates a model or tool applied ('Prevalence rates used (all years)', 'Rates applied'): inputs the
# same for every area, no figure of the area's
_MODEL_RATES_KEY = re.compile(r"\brates?\s+(?:used|applied)\b", re.IGNORECASE)


def _table_cell(block: TableBlock, keys: list[str], key: str, num: Number, label: str, line_text: str,
                line: int, props: Proposals, context_head: str, prefer_ccg: bool, confidence: str,
                change: bool = False, above: str = "", section: tuple[str, str] | None = None, census: str = "",
                status: str = "", cell_period: str = "", falling: bool = False, in_place: bool = False) -> None:
    """One figure of a table: its measure from the header, title and row label; its area, period and qualifier;
    `section`: the place whose section the table is in, the area of rows naming no place of their own;
    `cell_period`: the year the cell gave its figure in brackets ('3,410 (2022/23)')."""
    if num.percent and num.value == 100:
        return  # '100%' beside a total row is the whole, not a figure
    if _MONEY.search(key) or (_MONEY.search(block.title) and not re.search(r"[A-Za-z]{3}", key)):
        return  # money columns ('Investment 2017/18 £000') are not counts of people or units
    if _SCORING.search(f"{key} | {label}"):
        return  # a tender's award criteria ('Weighting: 15%' under 'Engagement with carers') weigh bids, not people
    if _ORDER_KEY.search(key):
        return  # a column placing the rows ('Rank', 'Quintile') counts nothing
    if _POINTS_KEY.search(key):
        return  # 'Change' over '(pp)', 'Difference (% points)': a change in percentage points, which no measure holds
    if any(_names_other_subject(t) for t in (label, key)):
        return  # a row or column of what no measure of ours counts ('Care homes', 'Care home beds', 'Home care hours')
    if _residents_age_share(key, keys):
        return  # '% aged 65+' beside '% of residents aged 5+' in a table of wards' carers: the wards' age profile
    if _PRACTICES_KEY.fullmatch(key.strip()):
        return  # 'GP practices | 5' beside a Primary Care Network's diagnosis rate: a count of practices, no people
    if any(_MODEL_RATES_KEY.search(k) for k in {keys[0] if keys else "", key}):
        return  # 'Prevalence rates used' over age bands: the rates a model applied to every area, none of the area's
    at = keys.index(key) if key in keys else -1
    if at > 1 and _SUB_COLUMN.match(key) and _HOUSING_NOUN.search(keys[at - 1]) and not _HOUSING_NOUN.search(key):
        # 'of which for people with dementia' beside 'Units': a part of the column before, which names what it counts
        rest = _SUB_COLUMN.sub("", key).strip(" :")
        key = f"{keys[at - 1]} {rest}" if re.match(r"(?:for|with|suitable|designed|are|is)\b", rest, re.IGNORECASE) \
            else f"{rest} {keys[at - 1]}"
        keys = [*keys[:at], key, *keys[at + 1:]]
    words = re.sub(r"(?:19|20)\d{2}(?:\s*/\s*\d{2,4})?", "", key)
    if _MONTH_YY.fullmatch(key.strip()) or re.match(_MONTH_WORD[3:-2], key.strip()) and not re.search(r"\d", words) \
            and parse_any_date(key.strip()).parsed:
        words = ""  # a month's column ('Apr-25', 'September 2025'): a period, like a year's
    if not re.search(r"[A-Za-z]{3}", _YEAR_ONLY_WORDS.sub("", words)):
        words = ""  # 'Projected 2030', '2035 (forecast)': a year's column; what it counts is beside it
    elif (is_year_cell(label) or quarter_period(label)) and area_lookup.exact(key.strip()):
        words = ""  # a place's column over rows of years ('2024  61.2%' under 'Worcestershire  England'): the title says
    if re.search(r"[A-Za-z]{3}", words) and not _GENERIC_KEY.fullmatch(words.strip()) and not _AGE_KEY.fullmatch(words):
        clause = f"{key} | {label}"
    elif re.search(r"[A-Za-z]{3}", words):  # 'Rate' under 'Dementia diagnosis rate (65+), 2025/26': the title says which
        # (and an age group's column, '65 and over' under 'Dementia register by age': the title says what it counts)
        clause = f"{key} | {label} | {block.title}"
    else:  # a year's column: what it counts is in the header cells beside it, then the title above the table
        beside = [k for k in keys[1:] if k != key and re.search(r"[A-Za-z]{3}", k) and not _MONEY.search(k)]
        clause = " | ".join([*beside, block.title, key, label])
    tenure = _TENURE_KEY.fullmatch(key.strip())
    if tenure and _site_row(keys, label) and any(_TOTAL_UNITS_KEY.fullmatch(k.strip()) for k in keys):
        return  # 'Abbots Mead | 60 | 10 | 70' under 'Affordable rent | Shared ownership | Total units': one scheme's
        # tenure split, its Total beside it the scheme's figure (the total row's split stays, a part of the stock)
    if tenure:  # 'Affordable rent' over a scheme's apartments: the title says what is counted, not the row's name
        clause = f"{key} | {block.title}"
    if status:  # the row's 'Status' cell ('Planned' beside 'Ashfield | 60' under 'Units')
        clause = f"{clause} | {status}"
    if _SUPPORTED_HOUSING.search(block.title) and _HOUSING_TITLE.search(block.title) \
            and not _SUPPORTED_HOUSING.search(f"{key} | {label} | {line_text}"):
        # 'Extra care and supported housing pipeline' over 'Priory Mews | Basildon | 62': a row naming no supported
        # housing is a scheme of the title's extra care (one that is names itself: 'Rectory Lane supported living')
        clause = clause.replace(block.title, _SUPPORTED_HOUSING.sub("", block.title))
        context_head = context_head.replace(block.title, _SUPPORTED_HOUSING.sub("", block.title))
    subject = f"{context_head} | {key} | {label} | {' | '.join(keys)}"
    kind = "share" if num.percent or (_SHARE_WORDS.search(key) and not _RATE_WORDS.search(key)) else (
        "rate" if _RATE_WORDS.search(key) or (_RATE_WORDS.search(block.title) and not words.strip()) else "count")
    if kind == "count" and num.value <= 100 and (_SHARE_WORDS.search(label) or _RATE_WORDS.search(label)) \
            and area_lookup.exact(key.strip()):
        # 'Provide unpaid care (%) | 9.6 | 8.9' under 'Measure | Norfolk | England': the areas are the columns, and the
        # row's label says what its figures are
        kind = "rate" if _RATE_WORDS.search(label) else "share"
    if kind == "count" and not words.strip() and num.value <= 100 and "." in num.raw \
            and _SHARE_LABEL.match(label) and not _RATE_WORDS.search(label):
        # '% of residents aged 5+ | 10.3 | 9.8' under year columns: the row's label says its figures are shares
        kind = "share"
    if kind == "share" and not num.percent and num.value > 100:
        kind = "count"
    if kind == "share" and num.value == 100 and _TOTAL_ROW.match(label.strip()):
        return  # '**Total** | 56,870 | 100.0' under '% of all carers': the whole, as '100%' is
    if kind == "share" and re.search(r"\bchange\b|\bincrease\b|\bdifference\b|percentage points?", key,
                                      re.IGNORECASE):
        kind = "change_pct"
    if kind == "count" and _SHARE_WORDS.search(block.title) and not words.strip() and num.value <= 100 \
            and "." in num.raw:
        kind = "share"
    if kind == "count" and (change or block.style == "list" and _CHANGE_LABEL.search(label)
                            or _CHANGE_LABEL.search(key)):
        kind = "change"  # 'Change since 2011: down 1,120', 'Increase since 2011: 1,050', a 'Change' column'
    if block.style == "list" and kind == "count" and _label_counts_other(label, kind, subject, clause):
        return  # 'Adult Carer Support Plans completed: 1,165' counts plans, not carers
    measure = classify(kind, subject, None, clause)
    if kind == "count" and _NAMED_POPULATION.match(label.strip()) and _POPULATION_ROW.fullmatch(label.strip()) \
            and not _SUBJECT_WORDS.search(key):
        measure = None  # 'Population aged 65+ | 131,900' under 'Dementia and older people': the population, whatever
        # subject the title names (the row says 'population', where 'People aged 65+' under a dementia title may be
        # the people with dementia)
    if measure is None and kind == "count" and _POPULATION_ROW.fullmatch(label.strip()) \
            and not _SUBJECT_WORDS.search(key):
        # 'People aged 75 and over | 108,600' in a need model's table ('Modelled need for extra care units ...'): a row
        # naming only people of an age is the population the model starts from, whatever the title counts
        measure = classify(kind, f"population | {label}", None, f"{key} | {label}")
    if kind == "count" and _population_column(key) and not _SUBJECT_WORDS.search(f"{key} | {label} | {block.title}") \
            and any(_SUBJECT_WORDS.search(k) for k in keys if k != key):
        # 'Ashfield | 24,800' under 'People aged 65+ | 2025', a group of year columns beside 'Living with dementia
        # (65+)': a column naming only people of an age, the subject named by a column beside it and not by the title,
        # counts the places' population of that age, as such a row does
        measure = classify(kind, f"population | {key}", None, f"{key} | {label}")
    if measure is None and above and _TARGET_WORDS.search(label):
        # 'Dementia diagnosis rate (65+): 67.2%' then 'National ambition: 66.7%': the ambition is for the row above's
        measure = classify(kind, f"{subject} | {above}", None, clause)
    if measure is None and above and kind == "share" and _SHARE_BASE.match(label):
        # 'Unpaid carers (Census 2021) | 9,415' then '% of residents aged 5+ | 10.4%': a row naming only a share's
        # base is the share of the row above's subject
        measure = classify(kind, f"{subject} | {above}", None, f"{clause} | {above}")
    if measure and _SUBJECT_WORDS.search(f"{key} | {label}"):
        # a title naming two subjects ('Carers and dementia at a glance'): the row's or column's own decides
        own = classify(kind, f"{key} | {label}", None, clause)
        rx_own, rx_title = subject_of(own) if own else None, subject_of(measure)
        # and so does a row's label under a title naming none ('Table 1: Key figures' under the heading 'Dementia':
        # 'Unpaid carers (Census 2021) | 17,460'), the heading's subject only the table's place in the document
        if own and theme_of(own) != theme_of(measure) and rx_own and rx_title and (
                rx_own.search(context_head) and rx_title.search(context_head) or _own_row_subject(block.title, key, label)) \
                and not rx_title.search(f"{key} | {label}"):
            measure = own
    if measure and _SUBJECT_WORDS.search(label):
        # a row naming its own measure ('Carers assessed – 1,460' under 'Carers known to the council, 2024/25'): the
        # row's words decide, when they name more than the subject ('Carers' under that title stays carers known)
        own = classify(kind, label, None, label)
        if own and own != measure and theme_of(own) == theme_of(measure) and own != classify(kind, label, None, ""):
            measure = own
        elif own is None and ruled_out(kind, label, None, label) and not re.search(re.escape(label), block.title or "",
                                                                                   re.IGNORECASE):
            # 'Carers supported by the Carers Hub' under 'Carers known to us': the row's own words rule out every
            # measure of its subject (carers one service supported), so the title's measure is not the row's
            return
    if (_TARGET_WORDS.search(key) or _PLAN_KEY.search(key)) and measure and not measure.endswith("_target"):
        # a 'Target' column beside a measure's figures holds the council's aims, never the measure's own figures: a
        # diagnosis rate's is the diagnosis target; a count's has no measure in the vocabulary
        # (and so does a plan's column beside the actuals, '2025/26 plan', a plan's figure being its aim)
        measure = classify(kind, subject, None, f"{_PLAN_KEY.sub('target', key)} | {label}")
        measure = measure if measure and measure.endswith("_target") else None
    if tenure and measure and _unit(measure) == "schemes" and _as_units(measure) in MEASURES:
        measure = _as_units(measure)  # 'Market sale' under 'Existing extra care schemes by tenure': a tenure is of
        # dwellings, so its column counts units, whatever the title counts
    if measure is None or kind == "count" and _another_columns(measure, key, words, keys):
        return
    if kind == "count" and _DWELLINGS_KEY.fullmatch(key.strip()) and _unit(measure) == "people":
        return  # 'Flats' beside a scheme under a sentence on flats for people with dementia: dwellings, never people
    if kind == "count" and _SCHEMES_KEY.fullmatch(key.strip()) and _unit(measure) != "schemes":
        measure = classify(kind, subject, None, f"{key} | {block.title}")  # the column's and title's words, not the row's
        if measure is None or _unit(measure) != "schemes":
            return  # 'Schemes' beside a size band '1 to 3 units': schemes, never units
    if in_place and measure.endswith("_planned") and measure.removesuffix("_planned") in MEASURES:
        measure = measure.removesuffix("_planned")  # an open scheme's row under a 'pipeline' title: stock in place
    if status and theme_of(measure) == "extra_care" and not measure.endswith("_planned") \
            and f"{measure}_planned" not in MEASURES and says_planned(status):
        return  # 'Of which dementia | 12' in a row of a scheme still planned: the vocabulary holds no planned figure of it,
        # and it is no part of the stock open today
    if status and measure.startswith("supported_") and says_planned(status):
        return  # 'Rectory Lane supported living | Epping Forest | 14 | On site': a supported housing scheme still to
        # come, which no rule reads as planned, is no supported housing in place
    if kind == "change" and measure.endswith("_change"):
        counted = classify("count", label, None, label) or classify("count", subject, None, clause)
        if counted and counted != measure[:-len("_change")]:
            return  # '+280' beside the dementia register: the vocabulary has no change in the register
    # a sentence above the table gives its period only when it holds no figure of its own ('The table below shows
    # carers by ward (Census 2021).'; not 'Of these, 5,910 ... in 2021.', whose year is its figure's)
    # nor does a list's item above the list's rows ('• Unpaid carers (Census 2021): 9,870 (10.8%)' over '• Extra care
    # schemes: 2'), which a second figure kept out of the list: its year is its own
    sentence = block.title.rstrip().endswith((".", ";")) or block.style == "list"
    title_period = "" if sentence and find_numbers(block.title, words=False) else _period_from(block.title)
    if not title_period and not sentence and not _period_from(label):
        title_period = _title_year_of(block.title, words)
    period = _period_from(key) or (_period_from(label) or title_period if block.style == "list"
                                   else title_period or _period_from(label))
    if not _period_from(key) and key in keys and keys.index(key) > 1 and _SUB_COLUMN.match(key):
        # 'Of whom 50+ hours a week' beside 'Unpaid carers (Census 2021)': a part of the column before, of its year
        period = _period_from(keys[keys.index(key) - 1]) or period
    period = cell_period or period
    if not period and census and measure in _CENSUS_MEASURES:
        period = census  # (a census count's year in a row above: `census`)
    if not period and measure in _CENSUS_MEASURES:
        period = _census_column_year(keys, key)
    if measure.endswith("_target"):
        # a target's period is only one written in its own row or column ('National ambition (2026/27): 66.7%'), never
        # the title's or heading's ('Key figures (March 2026)' dates the rates beside it), as in prose
        period = _period_from(key) or _period_from(label)
    if kind in ("change", "change_pct") and re.search(r"\b(?:since|from|on|compared (?:with|to))\s+(?:19|20)\d{2}\b",
                                                     f"{key} {label}", re.IGNORECASE):
        period = ""  # the year a change is measured from is not its period
    area_code, area_name, breakdown, conf = _row_area(label, key, props.authority, prefer_ccg, period, props.own_name)
    if area_code == props.authority and breakdown and _site_row(keys, label):
        area_code, area_name, breakdown, conf = "", label.strip(), "", "low"  # 'Mill Lane, Crewe' under 'Site': the
        # site's figure, its area left to the analyst (as a scheme's name under 'Scheme')
    national = _national_column(key) if measure.endswith("_target") else None
    if national:  # 'Suffolk | 60.4% | 66.7%' under 'Area | Diagnosis rate | National ambition': England's aim, in
        area_code, area_name = national  # whichever row it stands (a 'Local target' column stays the row's own)
    if breakdown and _STOCK_LABEL.fullmatch(breakdown):
        breakdown = ""  # 'Extra care housing - existing', 'Pipeline': the stock or its pipeline, no sub-group of it
    if measure == "population" and not breakdown and re.search(r"\baged\b", key, re.IGNORECASE):
        breakdown = _breakdown(key)  # 'Residents aged 65+' over rows of places: each place's people of that age
    if measure == "population" and not breakdown and _HEAD_AGE_GROUP.search(key):
        breakdown = "aged " + " ".join(_HEAD_AGE_GROUP.search(key).group(1).lower().split())  # '65 and over 2015'
    if area_code == props.authority and not section and _WIDER_ROW.search(label) \
            and (not area_lookup.find_areas(label) or _NHS_BODY.search(label.strip())):
        return  # 'North Central London ICB | 64.6%' under rows of boroughs: the ICB's figure, no one borough's
        # (and 'NHS Surrey Heartlands Integrated Care Board' in a county's table: an NHS body named after the county
        # covers another patch, never the council's)
    if area_code == props.authority and _wider_grouping(label, props.authority):
        return  # 'Lancashire-14 (including Blackpool and Blackburn with Darwen)' under the county's districts
    if section and area_code == props.authority and not (block.style != "list" and area_lookup.find_areas(label)):
        # (a row naming the authority, 'Leicestershire total', stays the authority's)
        area_code, area_name = section
    # ('Under 65 (young onset)': the band, its bracket a note on it)
    band = _BARE_AGE_BAND.fullmatch(re.sub(r"\s*\([^()]*\)$", "", label.strip()))
    if band and not breakdown.startswith("aged") and (
            re.match(r"\s*age(?:\s+(?:band|group|range)s?)?\s*(?:\(years\))?\s*$", keys[0] if keys else "", re.IGNORECASE)
            or re.search(r"\bby\s+age\b", block.title, re.IGNORECASE)):
        breakdown = "aged " + " ".join(band.group(0).lower().split())  # '65-69' in an 'Age' column: that age band
    if not breakdown and _TOTAL_ROW.match(label.strip()) and re.search(r"\baged\b", block.title, re.IGNORECASE) \
            and not block.title.rstrip().endswith((".", ";")) and any(
                _BARE_AGE_BAND.fullmatch(r.cells[0].strip()) or re.match(r"\s*(?:people\s+)?aged\b", r.cells[0], re.IGNORECASE)
                for r in block.rows if r.cells):
        # 'Total' under rows of age bands and the title 'People aged 65 and over providing unpaid care': the title's
        # age group is the whole the bands make up
        breakdown = _breakdown(block.title)
    if measure in _OWN_AGE and _OWN_AGE[measure].fullmatch(breakdown) and _TOTAL_ROW.match(label.strip()):
        breakdown = ""  # 'Total population aged 65 and over predicted to have dementia': the estimates' own age group
        # names the measure (as a column header 'People aged 65+ with dementia' does), no sub-group
    if breakdown and breakdown.lower() in label.lower() and not _BREAKDOWN.search(breakdown) \
            and not _MEASURE_WORDS.sub(" ", breakdown).strip():
        breakdown = ""  # a row label that only names what is counted ('Unpaid carers (2021)') is no sub-group
    if kind == "share" and breakdown and any(_names_share_base(t) and breakdown in t.lower() for t in (label, key)):
        breakdown = ""  # '% of residents aged 5+' as a row or column: the share's population base, not a sub-group
    if theme_of(measure) == "carers":
        # an hours band in the row or column, else in the title ('Carers providing 50 or more hours a week, by district')
        # (a sentence above the table is no title: 'Of these, 5,360 provide 50 or more hours of care a week.')
        titled = "" if block.title.rstrip().endswith((".", ";")) else band_of(block.title)
        # a bare band under a first column naming hours ('19 or less' under 'Hours a week'): the band
        hours = bool(keys) and re.search(r"\bhours?\b", keys[0], re.IGNORECASE) and band_of(f"{label} hours")
        # and a bare band under a group header naming hours ('Hours of care a week' over '19 or less | 20 to 49')
        under = " | " in key and re.search(r"\bhours?\b", key, re.IGNORECASE) and band_of(f"{key.rsplit(' | ', 1)[-1]} hours")
        # and a band whose words a PDF's header wrapped over two lines ('19 hours' over 'or less')
        wrapped = _wrapped_band(key)
        breakdown = band_of(f"{key} | {label}") or hours or under or wrapped or titled or breakdown
    if measure.endswith("_target"):
        breakdown = _breakdown(label)  # ('National ambition', 'Our local target (2026/27)' name no sub-group)
    if measure in _DEFINED_FOR_65 and _OWN_AGE["dementia_estimated"].fullmatch(breakdown):
        breakdown = ""  # 'Dementia diagnosis rate (aged 65+)': the rate is defined for people aged 65 and over
    if tenure and _unit(measure) == "units":
        breakdown = " ".join(tenure.group(1).lower().split())  # the units of one tenure: a part of the whole
    qualifier = _qualifier(clause, num, kind, period, False)
    if re.search(r"\bprojection|projected|forecast\b", key, re.IGNORECASE):
        qualifier = "projection"
    if measure.endswith("_planned"):
        qualifier = "plan"  # planned units or schemes are a plan, whatever year they are planned for
    value = -num.value if falling and kind in ("change", "change_pct") else num.value
    props.add(line=line, kind="measure", theme=theme_of(measure), measure=measure, area_code=area_code,
              area_name=area_name, period=period, value=value, unit=_unit(measure), qualifier=qualifier,
              breakdown=breakdown, confidence=_lower(confidence, conf, "low" if num.footnote else None),
              text=line_text)


# a row naming only people of an age ('People aged 75 and over', 'Population aged 65+', 'Residents aged 85+')
_POPULATION_ROW = re.compile(r"(?:total\s+)?(?:(?:older\s+)?people|persons|residents|population)\s+aged\s+\d{1,3}\s*"
                             r"(?:\+|(?:and|or)\s+(?:over|older|above)|(?:-|–|to)\s*\d{1,3})(?:\s*\([^()]*\))?", re.IGNORECASE)


def _population_column(key: str) -> bool:
    """Whether a column's key names only people of an age, alone or over a year ('People aged 65+ | 2025')."""
    return any(_POPULATION_ROW.fullmatch(part.strip()) for part in key.split(" | "))


# a row naming the population itself ('Population aged 65+', 'Total population aged 85 and over')
_NAMED_POPULATION = re.compile(r"(?:total\s+)?population\b", re.IGNORECASE)
_MEASURE_WORDS = re.compile(
    # ('New referrals to the Carers' Support Service, 2025/26': where the referrals go, no sub-group)
    r"\b(?:new\s+)?referrals?\s+(?:made\s+)?to\s+[^,;:()\d]{0,60}\b|"
    r"\b(?:unpaid|number|no\.|people|persons|residents|estimated?|est\.?|total|rate|diagnosis|diagnosed|recorded|"
    r"assessed|assessments?|reviews?|reviewed|known(?:\s+to\s+(?:the\s+council|(?:adult\s+)?social\s+care|(?:the\s+)?local\s+authority|us))?|referrals?|referred|completed|received|"
    r"registers?|prevalence|schemes?|units?|flats|apartments|places|count|all|with|living|housing|care|extra|of|the|"
    r"and|or|in|a|an|on|who|have|has|per\s+cent|percentage|share|proportion|population|carers?|dementia|"
    # the caring verb, a stock's state and a benchmark's name ('People providing unpaid care', 'Extra care schemes
    # open', 'England: % providing unpaid care') name no sub-group either
    r"provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|caring|open(?:ed)?|operating|currently|now|england|wales|scotland|"
    r"national|uk|"
    # the register's keepers and their patients ('Patients on GP dementia registers'): where the count is kept, no
    # sub-group
    r"GPs?|(?:general\s+)?practices?|patients|NHS|QOF|"
    # a stock still to come, which the planned measure names ('Planned extra care flats', 'Extra care flats planned by
    # 2029')
    r"planned|further|additional|proposed|pipeline|future|development|by|"
    # the label's time, which its period gives ('Carers' assessments completed in the year: 1,185')
    r"year|month|quarter|period|during|so\s+far|to\s+date|this|that|last|at|as|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b|\([^()]*\)|[%/+:,.\d'’-]",
    re.IGNORECASE)


def _census_column_year(keys: list[str], key: str) -> str:
    """The census year a column to the left names ('Unpaid carers (Census 2021)') for a census measure's column that
    names no year ('% of residents aged 5+', 'Providing 50+ hours a week' beside it): the share and the hours band
    come from the same census as the count, as a row's do from a census row above (`census` in _table_cell)."""
    at = keys.index(key) if key in keys else len(keys)
    for left in reversed(keys[1:at]):
        year = _CENSUS_COLUMN_YEAR.search(left)
        if year:
            return year.group(1) or year.group(2)
    return ""


# a column header naming a census and its year ('Unpaid carers (Census 2021)', '2021 Census', 'Census 2011 count')
_CENSUS_COLUMN_YEAR = re.compile(r"\bcensus\s*,?\s*(20[012]1|2022)\b|\b(?:(20[012]1|2022)\s+census)\b", re.IGNORECASE)


def _wrapped_band(key: str) -> str:
    """An hours band whose words a PDF's header wrapped over two lines ('19 hours' over 'or less': '19 hours | or less')."""
    return band_of(re.sub(r"\s*\|\s*", " ", key)) if " | " in key else ""


def _another_columns(measure: str, key: str, words: str, keys: list[str]) -> bool:
    """The subject is another column's: 'People aged 65+' beside 'People with dementia' is not a dementia count."""
    rx = subject_of(measure)
    if rx is None or not re.search(r"[A-Za-z]{3}", words) or rx.search(key):
        return False
    if theme_of(measure) == "carers" and (band_of(key) or _wrapped_band(key)):
        return False  # 'Providing 50+ hours a week (number)' beside 'Unpaid carers (number)': a band of the carers
    # ('% of all people with dementia' beside 'People': the share the count makes of its own whole, not another count)
    # ('Diagnosed' beside 'Estimated to have dementia': a sibling measure of the same subject, which its own word picks)
    return any(rx.search(k) for k in keys[1:] if k != key and not _SHARE_OF_KEY.match(k)
               and not measure == classify("count", f"{k} | {key}", None, key) != classify("count", k, None, ""))


# (and a share column naming the count's own subject, under a year too: '2021 | % of carers' beside '2021 | Number',
# the share the count makes of all of them, its own whole)
_SHARE_OF_KEY = re.compile(r"\s*(?:(?:19|20)\d{2}(?:/\d{2,4})?\s*\|\s*)?(?:%|per\s*cent|percentage|proportion|share)\s+of\s+"
                           r"(?:all|the\s+total|total|[a-z])", re.IGNORECASE)


def _lower(*levels: str | None) -> str:
    order = ["high", "medium", "low"]
    return max((lv for lv in levels if lv), key=order.index)


# an age band written alone as a row label under an 'Age' column ('65-69', '90+', '85 and over')
_BARE_AGE_BAND = re.compile(r"\d{1,3}\s*(?:-|–|to)\s*\d{1,3}|\d{1,3}\s*\+|\d{1,3}\s+(?:and|or)\s+(?:over|older)|"
                            r"(?:under|below)\s+\d{1,3}", re.IGNORECASE)
# a column header opening on an age group with no 'aged' ('65 and over 2015', '85+ | 2020' over rows of districts)
_HEAD_AGE_GROUP = re.compile(r"(?:^|\|)\s*(?:(?:people|residents|population)\s+)?(\d{2}\s*\+|\d{2}\s+(?:and|or)\s+"
                             r"(?:over|older))(?=\s|$)", re.IGNORECASE)
# the age group a measure's figures are of unless a row says otherwise: a dementia estimate is of people aged 65+
# measures defined for people aged 65 and over: an age group of 65+ beside them names no sub-group
_DEFINED_FOR_65 = frozenset({"dementia_diagnosis_rate", "dementia_diagnosis_target"})
_OWN_AGE = {"dementia_estimated": re.compile(r"aged\s+65\s*(?:\+|and\s+over|or\s+over|and\s+older)", re.IGNORECASE)}
# a row naming an area wider than one council the registry does not hold: an ICB or ICS, a region, London
_WIDER_ROW = re.compile(r"\b(?:ICB|ICS|STP|integrated care (?:board|system|partnership)|(?:sub-?)?region(?:al)?|"
                        r"(?-i:London))\b", re.IGNORECASE)


# a row of the council's place taken with others beyond it ('Lancashire-14 (including Blackpool and Blackburn with
# Darwen)', 'Cumbria plus Carlisle'): the words that bring in the others
_GROUPED_WITH = re.compile(r"\b(?:including|incl\.|plus|together\s+with)\s+(.+)", re.IGNORECASE)


def _wider_grouping(label: str, authority: str) -> bool:
    """Whether a row label adds to the council's place a registry area outside it: a wider grouping's figure (the
    ceremonial county with its unitaries), no one council's."""
    more = _GROUPED_WITH.search(label)
    return bool(more) and any(not area_lookup.within(h.code, authority) for h in area_lookup.find_areas(more.group(1)))


# an NHS body's name, though it names a place ('NHS Surrey Heartlands Integrated Care Board', 'Frimley ICB')
_NHS_BODY = re.compile(r"^NHS\s|\b(?:ICB|ICS|integrated care (?:board|system))$", re.IGNORECASE)
# (or a clinical commissioning group's: 'Hastings and Rother CCG' where the registry holds none of the county's CCGs)
_NHS_PATCH = re.compile(r"\S\s+(?:PCN|primary care network|CCG|clinical commissioning group)$", re.IGNORECASE)
# a numbered part of the council's own market or geography, named in a row label ('Zone 1 (North)', 'Locality 3 – South',
# 'Area 2', 'Cluster B: Coastal'): no registry area, even when it covers one district alone, for the analyst
_NUMBERED_PATCH = re.compile(r"(?:zone|locality|area|patch|cluster|quadrant|sector)\s+(?:\d{1,2}|[A-H])"
                             r"(?:\s*(?:\([^()]+\)|[:–—-]\s*\w[\w '’&-]*))?", re.IGNORECASE)
# a sentence comparing GP networks or practices, whose figures are theirs ('... between the three Primary Care Network
# clusters, from 57% in the east to 66% around Lewes'), and a place after a figure saying only where
_NHS_PATCHES = re.compile(r"\b(?:primary care networks?|PCNs?|GP practices|GP surgeries|practice clusters)\b", re.IGNORECASE)
_PLACED_AFTER = re.compile(r"\s*(?:in|around|near|across)\s+(?:the\s+)?[A-Za-z]", re.IGNORECASE)


def _own_place_named(clause: str, props: Proposals) -> bool:
    return any(h.code == props.authority for h in area_lookup.find_areas(clause))


def _own_place(place: str, authority: str, own_name: str = "") -> bool:
    """Whether a row's place names the authority: its name, 'County' or 'Council', or the short form counties write
    ('Notts', 'Lancs', 'Staffs': the name's first letters and an s)."""
    p = place.strip().lower()
    name = area_lookup.area_name(authority).lower()
    if p in {name, own_name.lower(), "county", "council", "county council", "borough", "district", "local authority"}:
        return bool(p)
    return bool(re.fullmatch(r"[a-z]{3,}s", p)) and name.startswith(p[:-1]) and name != p[:-1]


# after a place's name in a column header, more of a longer name ('Somerset West and Taunton', 'High Peak and Dales'):
# a place the registry does not hold, not the one inside it ('Somerset Total', 'Mendip (number)' name the place)
_MORE_OF_NAME = re.compile(r"\s*(?:(?:\band|&|\+|/)\s+[A-Z]|(?!(?:Total|Average|Overall|Council|County|Borough|District|"
                           r"City|Area|Rate|Number|Count|Share|Estimate[sd]?|Projected|Census|Change)\b)[A-Z][a-z]+\b)")


def _more_of_name(key: str, end: int) -> bool:
    return bool(_MORE_OF_NAME.match(key, end)) and not re.search(r"\d", key)


def _renamed_as(code: str, authority: str) -> bool:
    """Whether the registry's area `code` was followed by `authority` (a county council by the unitary of its name)."""
    return area_lookup._rows().get(code, {}).get("successor_code", "") == authority


def _national_column(key: str) -> tuple[str, str] | None:
    """England's (or a nation's) code and name for a column header naming a national figure ('National ambition',
    'England target'), whose cells are that nation's in every row; None for any other column."""
    head = key.rsplit(" | ", 1)[-1].strip()
    bench = area_lookup.benchmark_in(head)
    return bench if bench and re.match(r"^(?:england|national|uk|the uk)\b", head, re.IGNORECASE) else None


# a first column naming each row's scheme or site ('Site | Units | Status', 'Scheme name | Town | Units')
_SITE_KEY = re.compile(r"^(?:(?:scheme|site|development)s?(?:\s+(?:name|address))?|(?:name|address)\s+of\s+(?:scheme|site))$",
                       re.IGNORECASE)


def _merged_down_place(cells: list[str], place_col: int | None, label: str, carried: str, style: str) -> str:
    """The place a row's place column gives: its own cell, else, for a scheme's row of a Word table whose place cell is
    blank ('Kingsfield Court |  | 48' under 'Abbots Mead | Dacorum | 70'), the place merged down from the row above."""
    if place_col is None or place_col >= len(cells):
        return ""
    own = cells[place_col].strip()
    if own or style not in ("tabs", "pipes") or not label or _TOTAL_ROW.match(label):
        return own
    return carried


def _site_row(keys: list[str], label: str) -> bool:
    """Whether a row label names a scheme or site, under a first column of them (no total, no stock or band label)."""
    return bool(keys) and bool(_SITE_KEY.fullmatch(keys[0].strip())) and not _TOTAL_ROW.match(label.strip()) \
        and not _STOCK_LABEL.fullmatch(label.strip()) and not says_planned(label) and bool(re.search(r"[A-Z]", label))


def _row_area(label: str, key: str, authority: str, prefer_ccg: bool, period: str,
              own_name: str = "") -> tuple[str, str, str, str]:
    """(area code, area name, breakdown, confidence) for a table row label (or its column header). `own_name` is the
    place the document's title names as its council ('Castlemere' in 'Castlemere City Council'): the authority."""
    year = int(period[:4]) if period[:4].isdigit() else None
    clean = re.sub(r"\s*(?:\*+|\[\d+\]|\(\d+\))$", "", label).strip()
    code = area_lookup.exact(clean, prefer_ccg=prefer_ccg, year=year)
    if code and code != authority and year is not None and _renamed_as(code, authority) \
            and area_lookup.exact(clean, prefer_ccg=prefer_ccg) == authority:
        code = authority  # 'North Yorkshire' in a 2021 column of the unitary's own statement: the council that took the
        # county's place under the same name, not the county council it replaced (as the rows' total is the council's)
    if code:
        return code, clean, "", "high"
    if own_name and re.sub(r"\s+(?:total|(?:city|borough|county|district)(?:\s+council)?|council)$", "", clean,
                           flags=re.IGNORECASE).lower() == own_name.lower():
        return authority, area_lookup.area_name(authority), "", "medium"
    if is_year_cell(clean) or quarter_period(clean):  # a row per year ('2030  2,210') or quarter: the authority's,
        # unless the column is a place ('2025 | 1,640 | 1,410' under 'Bromsgrove | Malvern Hills': districts as columns)
        code = area_lookup.exact(key.strip(), prefer_ccg=prefer_ccg, year=year) if key.strip() else None
        if code:
            return code, key.strip(), "", "high"
        bench = area_lookup.benchmark_in(key)
        if bench and re.match(r"^(?:england|national|uk|the uk)\b", key.strip(), re.IGNORECASE):
            return bench[0], bench[1], "", "medium"  # 'National ambition (%)' over rows of quarters: England's
        return authority, area_lookup.area_name(authority), "", "medium"
    if _TOTAL_ROW.match(clean):  # 'Total', '**Wyrebridge total**', 'County total': the authority's own figure
        place = re.sub(r"\s+total$|\s*\(total\)$", "", clean, flags=re.IGNORECASE)
        code = area_lookup.exact(place, prefer_ccg=prefer_ccg, year=year) if place.lower() != clean.lower() else None
        if code:
            return code, place, "", "high"
        for hit in area_lookup.find_areas(key):  # a total row under 'England' over 'Number  %': England's total
            return hit.code, hit.name, "", "medium"
        # 'Total population aged 65 and over': the whole of an age group, which is the rows' sub-group of the measure
        aged = _breakdown(clean) if re.search(r"\baged\b", clean, re.IGNORECASE) else ""
        return authority, area_lookup.area_name(authority), aged, "medium"
    average = re.fullmatch(r"(?:the\s+)?(.+?)\s+(?:average|overall)", clean, re.IGNORECASE)
    if average and _own_place(average.group(1), authority, own_name):
        # 'Notts average', 'County average', 'Nottinghamshire overall' under the districts: the authority as a whole
        return authority, area_lookup.area_name(authority), "", "medium"
    noted = re.fullmatch(r"(.+?)\s*\(([^()\d]+)\)", clean)
    code = area_lookup.exact(noted.group(1), prefer_ccg=prefer_ccg, year=year) if noted else None
    if code:  # 'East Suffolk (Suffolk Coastal and Waveney)': the place, its bracket a note on it
        return code, noted.group(1), "", "high"
    bench = area_lookup.benchmark_in(clean)
    if bench and re.match(r"^(?:england|national|uk|the uk)\b", clean, re.IGNORECASE):
        return bench[0], bench[1], clean.lower(), "medium"   # 'National ambition: 66.7%'
    benched = re.fullmatch(r"(.+?)(?:,\s*|\s+[-–—]\s+|\s*\()(England|England and Wales|the UK|UK|Wales|Scotland)\)?",
                           clean, re.IGNORECASE)
    bench = area_lookup.benchmark_in(benched.group(2)) if benched else None
    if bench:  # 'Diagnosis rate, England', 'Unpaid carers (England)': the measure's benchmark, named after it
        return bench[0], bench[1], _breakdown(benched.group(1)), "medium"
    for hit in area_lookup.find_areas(key):
        if _more_of_name(key, hit.end):  # areas as columns, one a place the registry does not hold: for the analyst
            return "", " ".join(key.split()), _breakdown(clean), "low"
        return hit.code, hit.name, _breakdown(clean) or clean, "medium"
    if _NUMBERED_PATCH.fullmatch(clean):  # 'Zone 2 (East)': a zone of the council's market, whose figures are its own
        return "", clean, "", "low"
    if _NHS_PATCH.search(clean):  # 'Seacroft PCN', 'Garforth Primary Care Network', 'Weald Vale CCG': an NHS patch, no
        return "", clean, "", "low"  # registry area (even when it holds the authority's name), for the analyst
    # ('St Mary's Court', 'St. Anne's View': a saint's or an owner's name is a name too)
    if re.match(r"^[A-Z][a-z]+\.?(?:['’]s)?(?:[\s-](?:[A-Z][a-z]+\.?(?:['’]s)?|and|&|upon|on|under|in|by|the|of))*$", clean) \
            and not _BREAKDOWN.search(clean) and not re.search(
                r"people|carers|units|schemes|services|population|total|number|rate|prevalence|dementia|care|"
                r"aged|male|female|men|women|adults|households|beds|homes", clean, re.IGNORECASE):
        # looks like a place the registry does not hold exactly: suggest, never accept
        return "", clean, "", "low"
    return authority, area_lookup.area_name(authority), _breakdown(clean) or clean.lower(), "medium"


def _infographic(lines: list[str], layout: Layout, props: Proposals) -> None:
    """An infographic's key facts as a text PDF gives them: figures side by side on one line over (or under) their
    captions side by side on the next ('1,790      5,860' / 'people on the dementia register      carers ...'),
    and a caption over its figure alone on a line ('Extra care schemes' / '4'). Each figure is read as the sentence
    '<figure> <caption>'. (A figure over its caption is read by the paragraphs already.)"""
    def blank(n: int) -> bool:  # line n (1-based) is blank or outside the document
        return n < 1 or n > len(lines) or not lines[n - 1].strip()

    def free(n: int) -> bool:
        return 1 <= n <= len(lines) and n not in layout.table_lines and n not in layout.running \
            and row_cells(lines[n - 1]) is None  # (a page number under a heading is a running footer's)

    def unclaimed(n: int) -> bool:  # (a caption line a converter wrote with tabs is a row's shape, and no row)
        return 1 <= n <= len(lines) and n not in layout.table_lines and n not in layout.running

    groups = {g.line: g for g in key_figure_blocks(lines)}
    for i, text in enumerate(lines, start=1):
        group = groups.get(i)
        if not free(i) and not (group is not None and "\t" in text and unclaimed(i)):
            continue
        if group is not None and all(free(j) or "\t" in lines[j - 1] and unclaimed(j)
                                     for j in range(group.first, group.last + 1)) \
                and any(_SUBJECT_WORDS.search(c) for c in group.captions):
            # key figures side by side with their captions under or over them, each over one or more lines
            for cell, caption in zip(group.figures, group.captions):
                _caption_figure(cell, caption, i, lines, layout, props)
            layout.table_lines.update(range(group.first, group.last + 1))
        elif LONE_FIGURE.match(text) and not is_year_cell(text.strip()) and blank(i + 1) and free(i - 1) \
                and blank(i - 2) and label_cell(lines[i - 2]) and _SUBJECT_WORDS.search(lines[i - 2]) \
                and not lines[i - 2].strip()[:1].islower():
            _caption_figure(text.strip(), lines[i - 2].strip(), i, lines, layout, props)
            layout.table_lines.update({i - 1, i})
        elif LONE_FIGURE.match(text) and not is_year_cell(text.strip()) and _boxed_pair(lines, i - 1) \
                and (_boxed_pair(lines, i - 5) or _boxed_pair(lines, i + 3)) and free(i - 2):
            # a key-facts box converted from PDF with a blank line between each label and its figure ('Unpaid
            # carers (Census 2021)' / '' / '56,310' / ''): a label two lines above a lone figure, in a run of such pairs
            _caption_figure(text.strip(), lines[i - 3].strip(), i, lines, layout, props)
            layout.table_lines.update({i - 2, i})
        elif _boxed_figure_over_caption(lines, i - 1) and free(i + 2):
            # a Word text box as a docx-to-text converter gives it, a paragraph a line with a blank line between: the
            # big figure, then its caption going on in lower case ('3,450' / '' / 'people aged 65+ living with dementia
            # (2023 estimate)'); an icon kept as a character before the figure ('► 8') is no part of it
            _caption_figure(_ICON_BEFORE.sub("", text).strip(), lines[i + 1].strip(), i, lines, layout, props)
            layout.table_lines.update({i, i + 2})


# an icon a converter kept as a character before a box's figure ('► 8', ' 512'): no part of the figure
_ICON_BEFORE = re.compile(r"^\s*[\u2022\u25a0-\u25ff\u2190-\u21ff\u2600-\u27bf\ue000-\uf8ff]\s*")


def _boxed_figure_over_caption(lines: list[str], k: int) -> bool:
    """Line k (0-based) is a lone figure (an icon character may lead it) with a blank line on each side, and the line
    after the blank below is its caption going on in lower case, a blank line under it ('' / '3,450' / '' / 'people
    aged 65+ living with dementia (2023 estimate)' / '')."""
    figure = _ICON_BEFORE.sub("", lines[k]) if 0 <= k < len(lines) else ""
    if not LONE_FIGURE.match(figure) or not figure.strip() or is_year_cell(figure.strip()) or k + 2 >= len(lines):
        return False
    caption = lines[k + 2].strip()
    return (k == 0 or not lines[k - 1].strip()) and not lines[k + 1].strip() \
        and (k + 3 == len(lines) or not lines[k + 3].strip()) and label_cell(caption) and caption[:1].islower() \
        and bool(_SUBJECT_WORDS.search(caption))


def _boxed_pair(lines: list[str], k: int) -> bool:
    """Line k (0-based) is a lone figure with a blank line on each side and, above the blank before it, a label with
    a blank line above it ('' / 'Extra care housing schemes' / '' / '17' / '')."""
    if k < 3 or k + 1 > len(lines) or not LONE_FIGURE.match(lines[k]) or is_year_cell(lines[k].strip()):
        return False
    label = lines[k - 2]
    return not lines[k - 1].strip() and not lines[k - 3].strip() and (k + 1 == len(lines) or not lines[k + 1].strip()) \
        and label_cell(label) and bool(_SUBJECT_WORDS.search(label)) and not label.strip()[:1].islower() \
        and not LONE_FIGURE.match(label)


def _labelled_figures(lines: list[str], layout: Layout, props: Proposals) -> None:
    """An 'At a glance' page's figure beside its one-word label or icon ('\uf0c0 Carers<tab>35,940') with its caption on
    the line under it ('unpaid carers in Shropshire (Census 2021)'): read as '<figure> <caption>', not as a table of
    one row whose title is the caption of the figure above."""
    keep = []
    for block in layout.tables:
        row = block.rows[0] if len(block.rows) == 1 and not block.header else None
        cells = [c.strip() for c in row.cells if c.strip()] if row else []
        below = lines[row.line].strip() if row and row.line < len(lines) else ""
        after = lines[row.line + 1].strip() if row and row.line + 1 < len(lines) else ""
        if len(cells) == 2 and len(re.findall(r"[A-Za-z][\w'’-]*", cells[0])) <= 2 and LONE_FIGURE.match(cells[1]) \
                and not is_year_cell(cells[1]) and label_cell(below) and re.match(r"[a-z(]", below) and not after \
                and row.line + 1 not in layout.table_lines:
            _caption_figure(cells[1], below, row.line, lines, layout, props)
            layout.table_lines.add(row.line + 1)
        else:
            keep.append(block)
    layout.tables[:] = keep


def _caption_figure(figure: str, caption: str, line: int, lines: list[str], layout: Layout, props: Proposals) -> None:
    caption = caption[:1].lower() + caption[1:] if not caption[1:2].isupper() else caption
    if figure.rstrip("*_ ").endswith("%") and re.match(r"(?:the\s+|all\s+)?(?:residents|population|people|adults|"
                                                       r"households)\b", caption, re.IGNORECASE):
        caption = f"of {caption}"  # '10.4%' under 'Residents aged 5 and over giving unpaid care': a share of them
    _sentence_figures(f"{figure} {caption}", lambda pos: line, lines, props, previous_subject="",
                      heads=layout.headings.get(line, ()), bullet=False)


_RANGE = re.compile(r"\b\d[\d,.]*\s*(?:to|-|–)\s*\d[\d,.]*\s+(?=[a-z])")


def _chart_axis(lines: list[str], i: int, count: int) -> tuple[list[str], str]:
    """A chart's year labels and title when the converter wrote the labels on one line and the values on the next
    (a blank line between at most): the years, one per value, and the nearest line above the labels ('Figure 3:
    Projected number of people with dementia, 2025 to 2040'); else ([], '')."""
    k = i - 1
    while k > 1 and k >= i - 2 and not lines[k - 1].strip():
        k -= 1
    labels = lines[k - 1].split() if k >= 1 else []
    if len(labels) != count or count < 3 or not all(re.fullmatch(r"(?:19|20)\d{2}(?:/\d{2})?", t) for t in labels):
        return [], ""
    t = k - 1
    while t > 1 and t >= k - 2 and not lines[t - 1].strip():
        t -= 1
    return labels, lines[t - 1].strip() if t >= 1 else ""


# a signed cell of a flattened row, its sign after a space or a bracket: '+2,400', '(+3.9%)', '-47', '−1.3'
_SIGNED_FIGURE = re.compile(r"(?:^|[\s(])[-+−]\d?$")


# a band's label alone on its line, as a chart's category ('50 or more', '65+', '20 or fewer hours a week')
_BAND_LABEL = re.compile(r"\s*\d{1,3}\s*(?:\+|or\s+(?:more|over|less|fewer|under))(?:\s+hours?(?:\s+(?:a|per)\s+week)?)?\s*")


# a correction naming the right figure and the wrong ('the 2035 projection should read 6,960, not 6,900', 'The 356
# flats should have read 392')
_NUM = r"(?!(?:19|20)\d{2}\b)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?"
_SHOULD_READ = re.compile(rf"\b(?:should|ought\s+to)\s+(?:have\s+)?(?:read|been|be)\s+(?P<right>{_NUM})\s*,?\s*"
                          rf"(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?P<wrong>{_NUM})(?![\d,.]*\d)|"
                          # (not an item's or slide's number: 'the figure given under Item 3 should be 1,180, not ...')
                          rf"(?<![\d,.])(?<!item )(?<!slide )(?<!page )(?<!table )(?<!section )(?<!paragraph )"
                          rf"(?P<wrong2>{_NUM})\s+(?:[A-Za-z'’-]+\s+){{0,4}}?(?:figure\s+)?should\s+(?:have\s+)?"
                          rf"(?:read|been|be)\s+(?P<right2>{_NUM})(?![\d,.]*\d)", re.IGNORECASE)


def _corrections(lines: list[str], props: Proposals) -> None:
    """The document's corrections of its own figures, in the two ways documents write them. One names the right figure
    and the wrong (a slide's speaker notes, a bulletin's erratum: 'the 2035 projection on this slide should read 6,960,
    not 6,900'): the wrong figure, offered from a line above, is dropped, and the right one is offered in its place (its
    measure, area, period and breakdown) unless a row of the right value is there already. The other names only the
    wrong one, beside the right figure's own sentence ('The correct figure is 1,415, and this replaces the figure of
    1,240 published in error'): the wrong figure is offered nowhere in that paragraph (an earlier sentence of it may
    have stated it)."""
    def value(raw: str) -> float:
        return float(raw.rstrip("%").replace(",", ""))
    blank = [0, *(n for n, t in enumerate(lines, start=1) if not t.strip()), len(lines) + 1]
    for start, end in zip(blank, blank[1:]):  # each paragraph, lines start+1 .. end-1
        text = " ".join(t.strip() for t in lines[start:end - 1])
        if not _ERROR_CUE.search(text):
            continue
        wrong = {num.value for m in _CORRECTED.finditer(text) for num in find_numbers(m.group(0), words=False)}
        props.rows[:] = [r for r in props.rows if not (r["kind"] == "measure" and start < int(r["line"]) < end
                                                        and r["value"] != "" and float(r["value"]) in wrong)]
    for i, text in enumerate(lines, start=1):
        # (a correction wrapped over two lines, 'should be 1,180,' / 'not 1,810; ...': read with the next line, the
        # wrong figure on that line dropped too)
        following = lines[i].strip() if i < len(lines) and lines[i].strip() else ""
        joined = f"{text.rstrip()} {following}" if following else text
        for m in _SHOULD_READ.finditer(joined):
            if m.start() >= len(text.rstrip()):
                continue  # (the next line's own correction is read on its own line)
            wrong, right = value(m.group("wrong") or m.group("wrong2")), value(m.group("right") or m.group("right2"))
            if wrong == right:
                continue
            last = i + 1 if m.end() > len(text.rstrip()) else i
            replaced = [r for r in props.rows if r["kind"] == "measure" and int(r["line"]) <= last
                        and r["value"] != "" and float(r["value"]) == wrong]
            if not replaced:
                continue
            props.rows[:] = [r for r in props.rows if not any(r is w for w in replaced)]
            if any(r["kind"] == "measure" and int(r["line"]) == i and r["value"] != "" and float(r["value"]) == right
                   for r in props.rows):
                continue
            props.rows.append({**replaced[-1], "value": right, "line": i, "text": text})


_AXIS_YEAR = re.compile(r"(?:(?<=\s{3})|^)((?:19|20)\d{2})(?=\s{3}|\s*$)")
_POINT = re.compile(r"(?:(?<=\s{3})|^)(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=\s{3}|\s*$)")
_CHART_CAPTION = re.compile(r"^\s*(?:figure|fig\.|chart|graph)\s*\d+[a-z]?\s*[.:–-]\s*(?P<what>.+)$", re.IGNORECASE)


def _chart_points(lines: list[str], layout: Layout, props: Proposals) -> None:
    """A line chart whose points carry their values, as a PDF gives it (a figure spanning a designed page's columns):
    the point labels and the value axis's ticks alone at their places on the lines above the axis of years ('15,320'
    far right over '2040'; '16,000' ... '0' down the left edge), with the caption under the axis ('Figure 2. People
    aged 65 and over estimated to be living with dementia in Leicestershire, 2025 to 2040'). The ticks (a column of
    evenly spaced values down to 0) are no figures; each point label over a year is '<value> <caption> in <year>'.
    Lines of the chart are left out of the rest of the reading either way."""
    for i, text in enumerate(lines, start=1):
        years = [(m.start(1) + 2, m.group(1)) for m in _AXIS_YEAR.finditer(text)]
        if len(years) < 3 or i in layout.running:
            continue
        steps = [b[0] - a[0] for a, b in zip(years, years[1:])]
        if min(steps) < 6 or max(steps) - min(steps) > 3:
            continue  # (a chart's axis is evenly spaced; a table's header of years is not spread like one)
        block: list[int] = []
        k = i - 1
        while k >= 1 and i - k <= 24 and k not in layout.running:
            t = lines[k - 1]
            if t.strip() and not any(_POINT.finditer(t)):
                if len(t.rstrip()) > 24:
                    break
                k -= 1  # (a margin's note beside the chart, read line by line with it: stepped over, kept)
                continue
            block.append(k)
            k -= 1
        points = [(n, m) for n in block for m in _POINT.finditer(lines[n - 1])]
        if len(points) < 4:
            continue
        ends: dict[int, list[tuple[int, float]]] = {}
        for n, m in points:
            ends.setdefault(m.end(0), []).append((n, float(m.group(0).replace(",", ""))))
        ticks: set[tuple[int, int]] = set()
        for end in ends:  # a column of values right-aligned at one place (a character either way), down to 0
            column = sorted({(n, v) for e in (end - 1, end, end + 1) for n, v in ends.get(e, [])})
            down = [v for _, v in column]
            if axis_ticks(down)[1] >= 3:
                ticks.update((n, e) for n, _ in column for e in (end - 1, end, end + 1))
        labels = [(n, m) for n, m in points if (n, m.end(0)) not in ticks]
        caption = ""
        for c in range(i + 1, min(i + 3, len(lines)) + 1):
            cap = _CHART_CAPTION.match(lines[c - 1])
            if cap:
                caption = cap.group("what")
                break
        if not ticks or not labels or not caption:
            continue
        caption = re.split(r"\.\s+Source\b|\s+Source:", caption)[0]
        caption = re.sub(r",?\s*(?:19|20)\d{2}\s*(?:to|-|–)\s*(?:19|20)\d{2}\.?\s*$", "", caption).rstrip(". ")
        taken: set[str] = set()
        for n, m in sorted(labels, key=lambda p: p[1].start()):
            centre = (m.start(0) + m.end(0)) / 2
            year = min(years, key=lambda y: abs(y[0] - centre))
            if abs(year[0] - centre) <= 4 and year[1] not in taken:
                taken.add(year[1])
                _caption_figure(m.group(0), f"{caption} in {year[1]}", n, lines, layout, props)
        layout.table_lines.update(block)
        layout.table_lines.add(i)
        mine = {*block, i}  # (the axis of years under a tick's line was taken for a table's header over one row)
        layout.tables[:] = [t for t in layout.tables if not any(r.line in mine for r in t.header + t.rows)]


def _chart_label_lines(lines: list[str], layout: Layout) -> None:
    """A chart exported with no 'Figure N:' title or 'Source:' line (a slide's chart, written as its title and axis
    labels): a run of three or more lines of one figure each, evenly spaced from 0 ('0' / '5,000' / '10,000'), is an
    axis's ticks, and a band's label alone on its line ('50 or more') a category's name; neither is a figure."""
    run: list[int] = []
    for i in range(1, len(lines) + 2):
        text = lines[i - 1] if i <= len(lines) else ""
        if LONE_FIGURE.match(text) and not is_year_cell(text.strip()):
            run.append(i)
            continue
        if len(run) >= 3:
            head, _ = axis_ticks([find_numbers(lines[k - 1], words=False)[0].value for k in run])
            layout.table_lines.update(run[:head])
        run = []
        if text and _BAND_LABEL.fullmatch(text) and not (i > 1 and LONE_FIGURE.match(lines[i - 2])):
            layout.table_lines.add(i)  # (under a figure alone on its line, '47%' / '19 or less hours a week', a caption)


_SALARY = re.compile(r"£\s?\d[\d,]*(?:\.\d\d)?\s*(?:(?:to|-|–)\s*£\s?\d[\d,]*(?:\.\d\d)?\s*)?(?:a|per)\s+(?:year|annum)\b|"
                     r"\bper\s+annum\b|\bpro\s+rata\b|\bsalary\b|\bgrade\s+\d", re.IGNORECASE)


def _prose_carried_on(lines: list[str], i: int) -> bool:
    """Line `i` (1-based) carries on the sentence of the line above: it starts in lower case and the line above, prose
    with no tab, ends mid-sentence (on a word, a comma or a hyphen broken word: 'in Wilt-' / 'shire, 9.8% of ...'), as a
    PDF's lines set as paragraphs each are."""
    text = lines[i - 1].strip()
    above = lines[i - 2].rstrip() if i >= 2 else ""
    return bool(re.match(r"[a-z]", text) and above.strip() and "\t" not in above and
                re.search(r"[A-Za-z,-]$", above) and len(re.findall(r"\b[a-z]{3,}\b", text)) >= 4)


def _flattened(lines: list[str], layout: Layout, props: Proposals) -> None:
    """A table flattened onto one line by PDF conversion: numbers are proposed, low, with no period guessed."""
    for i, text in enumerate(lines, start=1):
        # (nor a contents page's entries, or a page's running header or footer: their numbers are pages)
        if i in layout.table_lines or i in layout.running or row_cells(text) is not None:
            continue
        # a range's bounds are one value, not two cells ('20 to 49 hours: 17,880 carers' is a bullet, not a row)
        # (a year with prose's comma or bracket after it, '2026),', is a year; a day before its month, '26 June', is
        # a date's)
        tokens = _RANGE.sub("range", text).split()
        # small whole numbers before the row's first word are its reference or a marker's number ('6   1   Quarry
        # Fields   Shrewsbury   80   Open 2009': a map pin and the key's row number), no figures
        first_word = next((k for k, t in enumerate(tokens) if re.search(r"[A-Za-z]", t)), len(tokens))
        lead = re.match(r"^\s*(?:\d{1,2}\s+)*", text).end() if first_word < len(tokens) else 0
        nums = [t for k, t in enumerate(tokens) if is_number_cell(t) and not is_year_cell(t.rstrip("),;"))
                and not (k + 1 < len(tokens) and tokens[k + 1].lower().rstrip(".,;)") in MONTHS)
                and not (k < first_word and re.fullmatch(r"\d{1,2}", t))]
        years = [t for t in tokens if is_year_cell(t)]
        if len(nums) < 3 or len(nums) < len(tokens) * 0.3 or re.search(r"[.;]\s+[A-Z]", text):
            continue
        if _prose_carried_on(lines, i):
            continue  # a sentence's wrapped line ('shire, 9.8% of residents aged 5 and over, against 8.9%'): prose
        if text.rstrip().endswith(".") and len(re.findall(r"\b[a-z]{2,}\b", text)) > len(nums):
            continue  # a sentence of figures ('There were 12,400 in 2024, 1.9% of the county's jobs.')
        if _SALARY.search(text):
            continue  # a job advert's line ('Grade 8, £33,366 to £36,124 a year, 37 hours a week'): pay, no table
        if _names_other_subject(text):
            continue  # a row naming what no measure of ours counts ('Care homes (65+)  31 homes, 1,164 beds  ...')
        found = find_numbers(text, words=False)
        if len(found) == len(tokens) and len(found) in axis_ticks([n.value for n in found]):
            layout.table_lines.add(i)  # a chart's axis ('0% 2% 4% 6% 8% 10% 12%'): its ticks are no figures, here or
            continue  # as a sentence's
        heads = layout.headings.get(i, ())
        title = lines[i - 2].strip() if i > 1 else ""
        axis, chart_title = _chart_axis(lines, i, len(found)) if len(nums) == len(tokens) else ([], "")
        if axis:  # a chart converted to text: its year labels on the line above, one per value
            title = chart_title
        subject = " ".join([title, *heads[:2], text])
        if _notes_cell(text) is not None:
            # a row with a cell of text after its figures ('Costs exceed the budget 4 3 12 Price tested against 2
            # councils') is a table's row the spacing could not align: which column each figure is in is not known
            continue
        for k, num in enumerate(found):
            if num.end <= lead:
                continue  # (a row's reference number)
            if _SIGNED_FIGURE.search(text[:num.start + 1]):
                continue  # a change's cell ('61,520 63,920 +2,400 (+3.9%)', '-1.3 pts'): no count, no share
            kind = "share" if num.percent else ("rate" if _RATE_WORDS.search(subject) else "count")
            measure = classify(kind, subject, None, subject)
            if measure is None:
                continue
            if axis:
                props.add(line=i, kind="measure", theme=theme_of(measure), measure=measure, area_code=props.authority,
                          area_name=area_lookup.area_name(props.authority), period=axis[k], value=num.value,
                          unit=_unit(measure), qualifier=_qualifier(title, num, kind, axis[k], False), breakdown="",
                          confidence="medium", text=text)
                continue
            before = text[:num.start].split()
            label = " ".join(w for w in before[-4:] if not is_number_cell(w) and not is_year_cell(w))
            code = area_lookup.exact(label) if label else None
            props.add(line=i, kind="measure", theme=theme_of(measure), measure=measure,
                      area_code=code or props.authority, area_name=label or area_lookup.area_name(props.authority),
                      period="", value=num.value, unit=_unit(measure), qualifier="count",
                      breakdown="flattened table: columns not known" + (f" (years {' '.join(years)})" if years else ""),
                      confidence="low", text=text)
        layout.table_lines.add(i)


# --------------------------------------------------------------------------------- prose

# a share's population base ('10.1% of residents', '9.4 per cent of the population'): no subject of its own
# ('As the population ages, this is expected to rise to ...', '..., as the number of residents aged 85 and over grows':
# the population is no subject either)
_BASE = re.compile(r"(?:%|\bper\s*cent)(?:\s*[(\[][^()\[\]]{1,60}[)\]])?\s*of\s+(?:the\s+|all\s+|th(?:at|is|ose)\s+)?(?:residents|population)\b|"
                   r"\b(?:as|because|since)\s+(?:the|our)\s+(?:(?:\w+\s+)?population|number\s+of\s+(?:older\s+)?(?:people|"
                   r"residents)(?:\s+aged\s+\d{2}\s*(?:\+|and\s+over|or\s+over|and\s+older))?)\s+(?:ages|grows|"
                   r"gets\s+older|increases|"
                   r"continues\s+to\s+(?:age|grow))\b", re.IGNORECASE)
# (a glance table's label after its share, '11.1%<tab>of people aged 5 and over are unpaid carers', opens at 'of')
_SHARE_BASE = re.compile(r"^\s*(?:(?:%|per\s*cent|percentage|proportion|share)\s*)?of\s+(?:the\s+|all\s+)?(?:residents|"
                         r"population|people|adults|households)\b", re.IGNORECASE)
# a share's base in brackets after what a row counts ('Unpaid carers (% of residents aged 5+)')
_BRACKETED_SHARE_BASE = re.compile(r"\(\s*(?:%|per\s*cent|percentage|proportion|share)\s*of\s+(?:the\s+|all\s+)?"
                                   r"(?:residents|population|people|adults|households)\b[^()]*\)", re.IGNORECASE)
# a share's base after what a row counts, joined by 'as' ('Carers as % of residents aged 5+ (2021)', 'Unpaid carers as a
# percentage of the population')
_SUBJECT_AS_SHARE_BASE = re.compile(r"^\s*[\w'’ -]{1,40}?\s+as\s+(?:an?\s+)?(?:%|per\s*cent|percentage|proportion|share)\s*"
                                    r"of\s+(?:the\s+|all\s+)?(?:residents|population|people|adults|households)\b",
                                    re.IGNORECASE)


# a column of an age group's share and nothing else ('% aged 65+', 'Aged 65+ (%)')
_AGE_SHARE_KEY = re.compile(r"\s*(?:(?:%|per\s*cent|percentage|proportion|share)\s*(?:of\s+)?aged\s+\d{1,2}\s*"
                            r"(?:\+|and\s+over|or\s+over|plus)?|aged\s+\d{1,2}\s*(?:\+|and\s+over|or\s+over|plus)?\s*"
                            r"\(\s*%\s*\))\s*", re.IGNORECASE)


def _residents_age_share(key: str, keys: list[str]) -> bool:
    """A column of an age group's share ('% aged 65+') beside a column of a share of residents ('% of residents aged
    5+'): the residents' age profile, which no measure holds, not the share of the subject the table counts."""
    return bool(_AGE_SHARE_KEY.fullmatch(key)) and any(k != key and _SHARE_BASE.match(k) for k in keys)


def _names_share_base(text: str) -> bool:
    """A label or header that is a share's population base ('% of residents aged 5+'), names it in brackets, or after
    what it counts and 'as' ('Carers as % of residents aged 5+')."""
    return bool(_SHARE_BASE.match(text) or _BRACKETED_SHARE_BASE.search(text) or _SUBJECT_AS_SHARE_BASE.match(text))


# (a confidence interval or other aside in brackets may stand between the share and its base: '10.1% (95% CI 9.9% to
# 10.3%) of residents', '2.5% [2.4-2.6] of the population')
_ASIDE = r"(?:\s*[(\[][^()\[\]]{1,60}[)\]])?"
_DENOMINATOR = re.compile(r"(?:\*\*|__)?" + _ASIDE + r"\s*of\s+(?:the\s+|all\s+|th(?:at|is)\s+(?=population\b))?(?:(?-i:[A-Z])[\w'’-]+(?:['’]s)?\s+)?"
                          r"(?:residents|population|people|adults|households|those(?=\s+aged\b))\b", re.IGNORECASE)
# ('9.8% of those aged 5 and over': 'those' with the census's ages is the residents)
# the same base written as a ratio or fraction before the bracketed share ('around 1 in 10 residents (9.8%)', 'roughly a
# tenth of the population (9.8%)'): the share restates the ratio, so it is a share of residents too
_RATIO_BASE = re.compile(r"\b(?:(?:\d{1,2}|one|two|three|four|five)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,3}|ten|eleven|"
                         r"twelve|thirteen|fourteen|fifteen|twenty)\s+(?:of\s+)?|(?:a|one)\s+(?:tenth|ninth|eighth|"
                         r"seventh|sixth|fifth|quarter|third)\s+of\s+)(?:the\s+|all\s+|our\s+)?(?:residents|population|"
                         r"people|adults|households)\s*\(\s*$", re.IGNORECASE)
# a share's population base with its ages ('10.6% of the population aged 5 and over'): no sub-group of a later figure
# ('The share of residents aged 5 and over who care fell from 10.1% to 8.4%': the same base, written before the share)
_BASE_AGES = re.compile(r"(?:%|\b(?:share|proportion|percentage)|\bper\s?cent)\s*of\s+(?:the\s+|all\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:['’]s)?\s+)?(?:residents|population|"
                        r"people|adults|households)\s+aged\s+\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3}|\s*\+|\s+(?:and|or)\s+"
                        r"(?:over|above|older))?|"
                        # ... and the census's own ages for carers ('145,310 unpaid carers aged 5 and over in Hampshire,
                        # 9.3% of residents ...': the count's base, no sub-group of the share after it)
                        r"\bcarers\s+aged\s+(?:5|five)(?:\s*\+|\s+(?:and|or)\s+(?:over|above|older))", re.IGNORECASE)
# ('more than 50 hours a week' is an hours band, no comparison: 'than' before it ends no clause)
_CLAUSE_SPLIT = re.compile(r",\s*(?:and|but|while|whereas|compared|against|so)\b|;|\bcompared\s+(?:with|to)\b|"
                           r"\bwhereas\b|\bwhile\b|\bagainst\b|\bthan\b(?!\s+(?:\d+|twenty|fifty)\s+hours\b)|,?\s*\b(?:of\s+(?:whom|which)|including)\b|,\s*of\s+these\b|"
                           r",\s*(?:only|but only|although|though|however)\b|(?<!\d),\s*(?=\d[\d,]*\s+of\s+(?:them|these|those)\b)|,\s*with\s+(?:a\s+)?(?:further|another|additional)\b|"
                           # ('8 extra care schemes providing 436 flats, with 2 more schemes (110 flats) planned by 2029':
                           # the stock, then what is to come, each its own clause)
                           r",\s*with\s+(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|new|further|"
                           r"additional|extra)\b)|"
                           r"\b(?:and|with)\s+(?=(?:(?:firm|clear|outline)\s+)?(?:plans?|proposals?|an?\s+aim|aims?|intends?|"
                           r"intentions?)\s+(?:to|for)\b)|"  # ('388 units and plans to add 300 more by 2030')
                           # a second verb with its own figure ('supports around 4,100 carers a year and received 1,630
                           # new referrals'): each figure its own verb's
                           rf"(?<=\s)and\s+(?=(?:also\s+)?(?:[a-z]{{3,}}(?:ed|s)|{_IRREGULAR_PAST})(?:\s+out)?\s+"
                           r"(?:(?:around|about|some|over|nearly|almost|"
                           r"another|a\s+further)\s+)?\d[\d,]*\b(?![\d.,]*\s*%))|"
                           # a second figure as its own clause's subject ('3,870 carers were known to adult social care
                           # and 1,915 had a carer's assessment'): each figure its own verb's
                           r"(?<=\s)and\s+(?=(?:(?:around|about|some|over|nearly|almost|another|a\s+further)\s+)?"
                           r"(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:had|have|has|were|was|received|got|took|used)\b)|"
                           # a second figure estimated ('had 13,920 unpaid carers in 2021 and an estimated 3,060 people
                           # aged 65+ with dementia in 2025'): each figure its own clause, its own noun and year
                           r"(?<=\s)and\s+(?=an?\s+estimated\s+(?:(?:total\s+of|further)\s+)?\d[\d,]*\b(?![\d.,]*\s*%))|"
                           # ('9.8% across the North West and 8.9% in England': each share its own place)
                           r"(?<=\s)and\s+(?=(?:around\s+|about\s+)?\d[\d,.]*\s*%\s+(?:in|across|for)\s)|"
                           # ('the North West figure was 2.9% and England 2.3%': a share, then a place with its own share)
                           r"(?<=%)\s*,?\s+and\s+(?=(?:in\s+|for\s+|across\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’ -]{1,30}?\s+"
                           r"(?:was\s+|is\s+|at\s+|of\s+)?(?:around\s+|about\s+)?\d[\d,.]*\s*%)|"
                           # ('below both the national ambition of 66.7% and the England rate of 65.1%')
                           r"(?<=\s)and\s+(?=the\s+(?:England|English|UK|Wales|Welsh|Scotland|Scottish|national)\s+"
                           r"(?:rate|average|figure|share|level)\s+(?:of|was|is|at|stood)\b)|"
                           # a rate in apposition to a count ('6,710 people had a recorded diagnosis of dementia, an
                           # estimated diagnosis rate of 61.7%'): the count's clause ends at the comma
                           r",(?=\s*(?:giving\s+|which\s+gives\s+|equivalent\s+to\s+)?(?:an?\s+|the\s+)?(?:estimated\s+)?"
                           r"(?:[\w-]+\s+)?rate\s+of\b)|"
                           # ('than the East Midlands (9.4%) and England (8.9%)': each place its bracketed figure)
                           # (a share or rate: 'Riverside Park (240 homes) and The Paddocks (156 homes)' are one list)
                           r"(?<=%\))\s*,?\s+and\s+(?=(?:the\s+)?(?-i:[A-Z])[\w' -]{1,40}\(\s*(?:around\s+|about\s+)?"
                           r"\d[\d,.]*\s*%\s*\))|"
                           r"\((?=\s*(?:the\s+)?(?:national|england|wales|scotland|northern ireland|great britain|uk|regional|"
                           r"(?-i:London))\b)|"
                           # ('(London 68.9%, England 64.8%)': each place in a bracket of comparators its own figure)
                           r"(?<=%),\s*(?=(?-i:England|London|Wales|Scotland|UK)\s*:?\s*\d)|"
                           # ('an estimated 1,870 ... (1,159 with a diagnosis recorded by their GP)': the bracket's own)
                           r"\((?=\s*(?:around\s+|about\s+|some\s+)?\d[\d,]*\s+(?:with|had|have|has|were|are|on)\s)|"
                           r"(?:\b(?:is|was|are|were|remain(?:s|ed)?|sits?|sat|stayed|stays?)|,(?:\s+which\s+is)?|\band|\bbut)\s+(?:well\s+|just\s+|slightly\s+|"
                           r"still\s+|a\s+little\s+|a\s+bit\s+|somewhat\s+|marginally\s+|far\s+|much\s+|a\s+long\s+way\s+|"
                           r"comfortably\s+|considerably\s+|significantly\s+|substantially\s+|noticeably\s+)?"
                           r"(?:below|above|short\s+of|behind|ahead\s+of|in\s+line\s+with|close\s+to|similar\s+to)\b",
                           re.IGNORECASE)
# a clause about a region or several councils together ('The share in the West Midlands region was 9.6%', 'across the
# four boroughs together there were around 111,500 unpaid carers')
_NO_ONE_AREA = re.compile(r"(?-i:\b(?:North East|North West|Yorkshire and (?:the )?Humber|East Midlands|West Midlands|"
                          r"East of England|South East|South West|(?:North|South|West|East|Mid)[\s-]+Wales)\b)|"
                          r"\b(?:sub-?)?region(?:al\b|s\b|['’]s\b|\b(?!\s+of\b))|"  # ('in the region of 4,500': about)
                          # a share named as an average ('below the 9.6% average of our' with the group it averages
                          # cut off by a box set in the column): several places' average, no one area's
                          r"\d\s*%\s+average\b|"
                          r"\b(?:across|in|for)\s+(?:all\s+)?(?:the\s+|our\s+)?(?:two|three|four|five|six|seven|eight|"
                          r"nine|ten|\d{1,2})\s+(?:partner\s+)?(?:councils|local authorities|authorities|boroughs)\b|"
                          # work done for several councils ('610 assessments were completed on the councils' behalf')
                          r"\bon\s+(?:the|our)\s+(?:(?:two|three|four|five|six|partner)\s+)?(?:councils|authorities|boroughs)['’]"
                          r"\s+behalf\b|\bon\s+behalf\s+of\s+(?:the|our|all)\s+(?:(?:two|three|four|five|six|partner)\s+)?"
                          r"(?:councils|authorities|boroughs)\b|"
                          # an integrated care board's footprint or London as a whole ('Across the ICB, 14,920 people
                          # ...', 'Across London as a whole, an estimated 72,400 ...'): no one borough's
                          # ('Across West Yorkshire, 24,700 ...': a county or sub-region the registry does not hold)
                          r"\bacross\s+(?-i:(?:West|South|North|East|Greater)\s+[A-Z][a-z]+)\b|"
                          r"\bacross\s+(?:the\s+(?:whole\s+(?:of\s+)?(?:the\s+)?)?)?(?:ICB|ICS|integrated care (?:board|system)|"
                          r"(?-i:London))\b|\b(?-i:London)(?:\s+as\s+a\s+whole|-wide|\s+(?:figure|average|rate|share|"
                          r"level|total)s?)\b|"
                          # ('... is above London (27.1%)': London named with its figure in brackets)
                          r"\b(?-i:London)\s*\(\s*(?=\d)|"
                          # ('(London 68.9%, England 64.8%)': London named before its figure)
                          r"\b(?-i:London)\s*:?\s+(?=\d)|"
                          # ('an average of 310 flats for London boroughs': the boroughs' average, no one borough's)
                          r"\baverage\s+(?:[\w,.%]+\s+){0,4}?(?:for|across|of|among)\s+(?:all\s+)?(?:the\s+)?"
                          r"(?-i:London)\s+boroughs\b|"
                          # ('compared with 7.9% in London': London named as the place of the figure right before it)
                          r"\d\s*%?\s+(?:in|for|across)\s+(?-i:London)\b(?!\s+(?i:borough))|"
                          # a city region named as its figure's ('Greater Manchester: 9.4% of residents', 'the Greater
                          # Manchester rate of 70.1%'): the registry holds no such area, and it is no borough's
                          r"\b(?-i:Greater\s+[A-Z][a-z]+)(?:\s*:|\s*\(\s*(?=\d)|\s+as\s+a\s+whole|-wide|"
                          r"\s+(?:figure|average|rate|share|level|total)s?\b)|"
                          # the average of the council's benchmarking group ('the comparator average of 9.4', 'the
                          # average of our statistical neighbours (8.7)')
                          # ('the average share across the council's 15 CIPFA nearest neighbours was 9.5%')
                          r"\b(?:average|mean|median)(?:\s+(?:share|rate|figure|proportion|percentage|level|value))?\s+"
                          r"(?:of|for|across|among|amongst)\s+(?:the\s+|our\s+|its\s+|[\w-]+['’]s\s+)*(?:\d{1,2}\s+)?"
                          + _COMPARATORS + r"|" + _COMPARATORS + r"\s+(?:average|mean|median)\b",
                          re.IGNORECASE)
# an integrated care board named ('Mid and South Essex ICB', 'NHS Norfolk and Waveney Integrated Care Board'), or leading
# the sentence (its name wrapped onto the line above, read as a line of its own: 'ICB, which covers ...')
_BOARD_NAMED = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+|^\W*)(?:ICB|ICS|(?-i:I)ntegrated\s+(?-i:C)are\s+(?:(?-i:B)oard|(?-i:S)ystem))\b")
# the places a board covers, in a clause about the board ('NHS Derby and Derbyshire ICB, which also covers Derby City,
# ...'): where the board is, not whose its figure is
_BOARD_FOOTPRINT = re.compile(r"\b(ICB|ICS|(?-i:B)oard|(?-i:S)ystem)(?:,\s*|\s+)(?:which|that)\s+(?:also\s+)?"
                              r"(?:covers?|includes?|spans?|serves?)\s+[^,;.]*", re.IGNORECASE)
# a health board named before a figure ('Hywel Dda University Health Board had a diagnosis rate of 57.1%'): an NHS body
# over more than one council, as an ICB is, unless it is named for the council alone ('Powys Teaching Health Board')
_HEALTH_BOARD = re.compile(r"(?-i:(?P<place>[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*)*?)\s+"
                           r"(?:(?:University|Teaching)\s+)?Health\s+Board)\b")


# a Scottish NHS board named by its place after 'NHS' ('NHS Forth Valley, which also serves Stirling ...', 'NHS
# Tayside estimates ...'): a board over more than one council unless named for the council alone ('NHS Fife'); the
# national bodies ('NHS England', 'NHS Digital'), a trust ('NHS Foundation Trust') and NHS-funded care ('NHS Continuing
# Healthcare') are no board of a place
_NHS_BOARD = re.compile(r"(?-i:\bNHS\s+(?!(?:England|Scotland|Wales|Digital|Improvement|Inform|Information|Education|"
                        r"Providers|Confederation|Choices|Business|National|Health|Foundation|Trust|Resolution|"
                        r"Property|Blood|Continuing|Funded|Trusts?)\b)(?P<place>[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*)*))")


def _wider_health_board(before: str, authority: str) -> bool:
    """Whether the words before a figure name a health board whose name is no more than the council's place."""
    boards = [*_HEALTH_BOARD.finditer(before), *_NHS_BOARD.finditer(before)]
    return any(not _own_place(m["place"], authority) and area_lookup.exact(m["place"]) != authority for m in boards)


_NEVER = re.compile(r"(?!)")
_SUBJECT_WORDS = re.compile(r"carer|unpaid care|caring|\blook(?:s|ed|ing)? after\b|\bcares? for\b|dementia|extra care|\bECH\b|"
                            r"housing with care|population|residents|\bpeople\s+(?:live|living)\s+in\s+(?-i:[A-Z])|"
                            # ('The number of people aged 75 and over was 104,800': the population rule's own subject)
                            r"\bnumber\s+of\s+(?:older\s+)?people\s+aged\b|"
                            # ('Rotherham is home to about 267,400 people': the place's population)
                            r"\bhome\s+to\s+(?:[a-z]+\s+){0,2}\d[\d,.]*\s*(?:k|m|million)?\s+people\b|"
                            r"(?<!very )(?<!very-)sheltered|"
                            r"supported (?:housing|accommodation|living)", re.IGNORECASE)


_CARE_SUBJECT = re.compile(r"\b(?:extra|unpaid|housing\s+with)\s+care\b", re.IGNORECASE)


def _rate_of_target(target: str, mine: list, previous_rows) -> str | None:  # noqa: ANN001 - rows as proposed
    """The rate a target is for: the last share the sentence (or the sentence before) gave of the target's theme that
    is no target itself."""
    return next((str(r["measure"]) for r in [r for _, r in reversed(mine)] + list(previous_rows or ())
                 if str(r["unit"]) == "percent" and not str(r["measure"]).endswith("_target")
                 and theme_of(str(r["measure"])) == theme_of(target)), None)


def _bracketed_benchmark_of_ruled_out(sentence: str, c_start: int, clause: str, measure: str) -> bool:
    """Whether a bracketed benchmark's clause ('(England: 30.0%)') follows words that rule its measure out: the words
    before the bracket, back to the sentence's last semicolon, say what it compares."""
    before = sentence[:c_start].rstrip()
    if not before.endswith("(") or not area_lookup.benchmark_in(clause):
        return False
    return measure_ruled_out(measure, before[before.rfind(";") + 1:])


def _bracket_after_target(sentence: str, c_start: int, num, mine: list) -> bool:  # noqa: ANN001 - a found number
    """Whether a bracket holding a figure ('(England 64.8%)') comes straight after a target the sentence gave, with no
    target's words of its own before its figure."""
    if not mine or not str(mine[-1][1]["measure"]).endswith("_target") or _TARGET_WORDS.search(
            sentence[c_start:num.start]):
        return False
    last = next((n for n in find_numbers(sentence) if n.start == mine[-1][0]), None)
    return last is not None and re.fullmatch(r"\s*%?\s*\(\s*", sentence[last.end:c_start]) is not None


def _clause(sentence: str, pos: int) -> tuple[int, str]:
    """The clause of a sentence around position `pos` (split at ', and', ';', 'compared with', 'than')."""
    start, end = 0, len(sentence)
    lead = None
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if m.end() <= pos:
            start = m.start() if m.group(0).lower().startswith(("compared", "than", "against")) else m.end()
            lead = m
        elif m.start() >= pos:
            end = m.start()
            break
    if lead is not None and _LEADING_SUBORDINATE.fullmatch(sentence[:lead.end()]):
        # 'While the number of carers has fallen by 1,870 since 2011, the number caring for 50 or more hours ...':
        # a subordinate clause leading the sentence ends at its comma; the main clause after it is another's
        comma = sentence.find(",", pos)
        if 0 <= comma < end:
            end = comma
    return start, sentence[start:end]


_LEADING_SUBORDINATE = re.compile(r"\W*(?:(?:so|and|but|yet)\s+)?(?:while|whereas|whilst)", re.IGNORECASE)


_PERCENTAGE_POINTS = re.compile(r"\b(?:percentage|%)[- ]points?\b", re.IGNORECASE)
_SCORING = re.compile(r"\b(?:weightings?|weighted|scores?|marks?|points)\b", re.IGNORECASE)
# a criterion bids or options are weighed by, its weight in brackets ('appraised against quality (60%) and cost (40%)')
_CRITERION_WEIGHT = re.compile(r"\b(?:quality|price|cost|social\s+value)\s*\(\s*$", re.IGNORECASE)
# a sentence or field opening on a rank ('Rank in county (care homes): 1 of 12', '- Rank in county compares ...')
_RANK_LEAD = re.compile(r"^\W*(?:the\s+)?(?:rank(?:s|ed|ing)?|ranking\s+position)\b", re.IGNORECASE)
_ORDER_KEY = re.compile(r"\b(?:rank(?:ing|ed)?|position|quintile|decile|quartile|order)\b", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")  # superscript footnote marks after a figure or word
# a note's letter after a figure in a cell ('265 (d)', '9.1%(a)'), its note under the table
_CELL_NOTE_LETTER = re.compile(r"(?<=[\d%])\s*\([a-z]\)$")
# (and a contract's value, 'Est. annual value', 'Contract value'; a bare 'Value' heads a column of figures)
_MONEY = re.compile(r"£|\bgbp\b|\binvestment\b|\bbudget\b|\bspend\b|\bcosts?\b|\bfunding\b|\bincome\b|"
                    r"\b(?:annual|contract|estimated|total|lot|whole[- ]life|indicative)\s+values?\b", re.IGNORECASE)
# subjects a sentence or a table's title may name that no measure of the vocabulary counts (the workforce's vacancies
# and turnover: 'the vacancy rate was 9.4%' after a paragraph on carers is no share of carers; a registered or housing
# provider, a housing association, builds the schemes it names: 'schemes in development with registered provider
# partners will add 236 units')
_OTHER_SUBJECT = re.compile(r"learning disabilit|physical disabilit|mental health|autis|sensory|children|young people|"
                            r"homeless|offenders?|in-patient|residential care|nursing care|(?:care|nursing|residential) "
                            r"homes?|domestic abuse|substance|alcohol|drugs?\b|\bstaff\b|workforce|\bvacanc(?:y|ies)\b|"
                            r"\bvacant\s+posts?\b|\b(?:staff\s+)?turnover\b|"
                            r"(?<!registered )(?<!housing )providers?|beds?\b|"
                            r"\b(?:home|domiciliary)\s+care\b|\bday\s+(?:care|services|opportunities)\b|"
                            r"\bretirement\s+(?:villages?|communit(?:y|ies))\b", re.IGNORECASE)

# a scheme's field naming who gives its care ('..., opened 2011, care provider: Severn Vale Care'): who runs it, no
# other group the figure counts
_NAMED_PROVIDER = re.compile(r"\b(?:care(?:\s+and\s+support)?\s+)?provider\s*:\s*[^,;.]*", re.IGNORECASE)


# dementia apartments and schemes a plan says a scheme will hold ('will each include a wing of 16 apartments')
_DEMENTIA_HOUSING = frozenset({"extra_care_units_dementia", "extra_care_schemes_dementia"})
_WILL_HOLD = re.compile(r"\bwill\s+(?:each\s+|also\s+|both\s+)?(?:include|have|provide|contain|offer)\b",
                        re.IGNORECASE)

# a second comparator after a benchmark ('below the England average of 14.2 and the South West average of 13.4')
_AND_ANOTHER_AVERAGE = re.compile(r"\s+and\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:average|rate|figure|level)\b")

# a rate rounded for a comparison ('almost 20 apartments for every 1,000', 'fewer than 10')
_ROUGH_RATE = re.compile(r"\b(?:almost|nearly|fewer\s+than|less\s+than|more\s+than|just\s+(?:over|under))\s*$",
                         re.IGNORECASE)

# a bare figure summing those before it in its sentence ('each ... 16 apartments ..., 32 in all')
_IN_ALL = re.compile(r"\s*(?:in\s+all|in\s+total|altogether|between\s+them)\b", re.IGNORECASE)


def _blank_provider(text: str) -> str:
    """`text` with a scheme's care provider field blanked, its other words where they were."""
    return _NAMED_PROVIDER.sub(lambda m: " " * len(m.group(0)), text)


# a scheme named first, then its town, then a dash before its figure ('• Abbey Mead, Cirencester – 64 apartments')
_SCHEME_LEAD = re.compile(r"^\W*(?-i:(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))\s*,\s*"
                          r"(?-i:[A-Z][\w'’-]+(?:[\s-]+(?:[A-Z][\w'’-]+|in|on|upon|under|by)){0,3})\s*[–—-]\s*$")


def _scheme_named_first(lead: str) -> str:
    """The scheme a sentence names before its town and a dash, when the town is no area the registry holds (the
    scheme's figures are then its own, its area left to the analyst: 'Abbey Mead, Cirencester – 64 apartments'); ''
    when the lead is no such name or names a registry place ('Orchard Court, Cheltenham – 60 apartments')."""
    m = _SCHEME_LEAD.match(lead)
    if not m or area_lookup.find_areas(m.group(0)) or area_lookup.benchmark_in(m.group(0)):
        return ""
    return m.group("name")


# a figure counting organisations or people who are no subject of ours ('120 dementia-friendly businesses', '45
# volunteers'): a bare figure in the next sentence counts the same
_COUNTS_OTHERS = re.compile(r"\d[\d,]*\s+(?:[\w'’-]+\s+){0,2}(?:businesses|organisations|employers|shops|schools|"
                            r"volunteers|champions|venues|partners)\b[^.;]*[.;]?\s*$", re.IGNORECASE)


def _names_other_subject(text: str) -> bool:
    """Words naming what no measure of ours counts ('Care homes (65+)', 'Home care hours') and none of ours."""
    return bool(_OTHER_SUBJECT.search(text)) and not _SUBJECT_WORDS.search(text)


_IT_WAS = re.compile(r"\s*(?:it|this|that)\s+(?:was|is|stood at|stands at|has been|had been)\b", re.IGNORECASE)
_RATE_NP = re.compile(r"\b(?:[\w'-]+\s+){0,3}(?:rate|prevalence|proportion|percentage|share)\b", re.IGNORECASE)
# (a place's or the nation's before it: 'The England rate in September 2025 was 65.0%', 'the national rate'; or the
# place's own, possessive: "England's rate was 64.9%")
_THE_RATE = re.compile(r"(?:\b(?:the|this|that|its)\s+(?:(?:national|english|welsh|scottish|(?-i:[A-Z][a-z]+))\s+)?"
                       r"|\b(?-i:[A-Z][a-z]+)['’]s\s+)(?:rate|figure|proportion|percentage|share)\b", re.IGNORECASE)
_SHARE_CUE = re.compile(r"diagnos|prevalence", re.IGNORECASE)
# the census's population base for unpaid care ('aged 5 and over'; Scotland's 'aged 3+'): no sub-group
_CENSUS_BASE = re.compile(r"aged\s+[35]\s*(?:\+|and\s+over|or\s+over|and\s+older)", re.IGNORECASE)
# a row of the stock in place, as against its pipeline ('Extra care housing - existing', 'Current provision')
_EXISTING_LABEL = re.compile(r"\b(?:existing|current(?:ly)?|operational|in operation|open now)\b", re.IGNORECASE)
_STOCK_STATUS = r"(?:existing|current|operational|in operation|open|pipeline|planned|proposed|in development|future|new)"
# a row label naming only the housing and whether it is in place or to come: no sub-group of the figures
_STOCK_LABEL = re.compile(rf"(?:{_STOCK_STATUS}\s+)?(?:(?:extra care|housing with care|very sheltered)(?:\s+housing)?"
                          rf"(?:\s+(?:schemes?|units?|provision|capacity))?)?(?:\s*[-–:(]?\s*{_STOCK_STATUS}"
                          rf"(?:\s+(?:schemes?|units?|provision|capacity))?\)?)?", re.IGNORECASE)
# (and a rate a plan will raise the area's to: 'commits us to raise the diagnosis rate to 67.0% by March 2028')
_TARGET_WORDS = re.compile(r"\b(?:target|ambition)\b|\b(?:raise|increase|improve|lift)\s+(?:the\s+|our\s+|its\s+)?"
                           r"(?:dementia\s+)?diagnosis\s+rate\s+to\b", re.IGNORECASE)


def _after_target(sentence: str, figures, num, c_start: int) -> bool:
    """Whether a sentence's target words are only the figure before's: 'The national ambition is 66.7% and the rate
    for England was 65.0%' ('the rate' after the target's figure is a rate, not a second target)."""
    prev = max((n.end for n in figures if c_start <= n.start and n.end <= num.start and not n.words), default=-1)
    return prev >= 0 and not _TARGET_WORDS.search(sentence[prev:num.start]) \
        and bool(_TARGET_WORDS.search(sentence[c_start:prev]))
# a column of a plan's figures beside the actuals ('2025/26 plan', 'Plan 2026/27', 'Trajectory'): not 'Planned', which a
# table of existing and planned extra care names its pipeline by
_PLAN_KEY = re.compile(r"\b(?:plan|trajectory)\b", re.IGNORECASE)
# a target an area's rate has met ('to have met the ambition, at 67.9%', 'exceeding the national target with 68.2%'):
# the figure after it is the rate
_MET_TARGET = re.compile(r"\b(?:met|meets|reached|reaches|achieved|achieves|exceeded|exceeds|exceeding|surpassed|"
                         r"surpasses|beaten|beats)\s+(?:the\s+|its\s+|our\s+|their\s+|this\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:target|ambition)s?\s*,?\s*(?:at|with|on)?\s*(?:around|about|nearly|almost|just\s+over)?\s*$",
                         re.IGNORECASE)
_AIM = re.compile(r"\b(?:we\s+(?:want|aim|hope|would like)|our\s+(?:aim|ambition|goal)\s+is|aim(?:ing)?)\s+to\s+"
                  r"(?:grow|increase|raise|expand|double|treble|reach|get|complete|carry\s+out|undertake|assess|"
                  r"identify|support|achieve)\b", re.IGNORECASE)  # ('We aim to complete 4,000 carers' assessments a year')
# (or those waiting named before the figure: 'Reduce the number of carers waiting for an assessment from 310 to 150')
_WAITING_BEFORE = re.compile(r"\bwaiting\s+lists?\b[^.;,\d]{0,25}$|\b(?:people|carers|adults|residents|families)\s+"
                             r"waiting\s+(?:for|on|to)\b[^.;,\d]{0,40}$", re.IGNORECASE)
_WAITING_AFTER = re.compile(r"\s*(?:[A-Za-z'’-]+\s+){0,2}(?:(?:are|were)\s+)?(?:on\s+(?:the|a|our|its)\s+"
                            r"(?:(?!waiting\b)[A-Za-z'’-]+\s+){0,3}waiting\s+lists?|"  # ('on the extra care waiting list')
                            r"on\s+(?:the|a|our|its)\s+(?:council['’]s\s+)?housing\s+(?:registers?|lists?)|"
                            r"waiting\s+(?:for|to))\b", re.IGNORECASE)
# a condition of reaching another's rate or a target ('If Norfolk reached the national ambition', 'Were we to match
# Suffolk's rate'): what 'would' follow is no figure of anyone's
_WHAT_IF = re.compile(r"\b(?:if\s+(?:[\w'’]+\s+){1,4}?(?:matched|reached|achieved|met|hit|equalled)|were\s+(?:[\w'’]+\s+){1,3}?to\s+"
                      r"(?:match|reach|achieve|meet|hit|equal))\b", re.IGNORECASE)
_NEED = re.compile(r"\b(?:will|would|could|may|might|(?:expects?|expected|likely|estimated?)\s+to)\s+(?:still\s+)?"
                   r"(?:need|require)\b|\b(?:need|requirement|demand)\s+"
                   r"for\s+(?:around\s+|about\s+|an?\s+(?:further|additional|extra)\s+)?(?=\d)|\b(?:shortfall|gap)\s+of\b|"
                   # (a need a model gives, 'of' its figure: 'a modelled need of 1,465 units by 2034')
                   r"\b(?:modell?ed|estimated|projected|assessed|calculated)\s+(?:need|requirement|demand)\s+of\s+"
                   r"(?:around\s+|about\s+|some\s+)?(?=\d|$)|"
                   # ('We expect to need about 150 more flats by 2035'; a need in the present tense: 'estimates that
                   # the county needs a further 240 units by 2030')
                   r"\bneeds?\s+(?:a\s+further|an?\s+(?:additional|extra)|another|some)\s+(?:(?:around|about|some)\s+)?(?=\d|$)",
                   re.IGNORECASE)
# a time a 'when' clause opens on, its figure straight after ('fewer than in 2011, when 113,950 residents did so'): the
# figure's year, not the comparison's
_WHEN_YEAR = re.compile(r"\b(?:in|at)\s+(?:the\s+)?((?:19|20)\d\d(?:/\d\d)?)(?:\s+census)?\s*,?\s+when\s+"
                        r"(?:(?:around|about|some|approximately|nearly|over)\s+)?$", re.IGNORECASE)
# a figure whose verb is 'did so' ('when 113,950 residents (10.1%) did so', '12% do so'): the verb is the sentence before's
_DID_SO = re.compile(r"[%)\s]*(?:[A-Za-z'’-]+\s+){0,3}?(?:\([^()]{1,40}\)\s*)?(?:did|do|does|(?:had|have|has)\s+done)\s+so\b",
                     re.IGNORECASE)
# (the figure, its noun and its 'did so' name no subject of their own: 'when 113,950 residents did so, a fall of 8.0%')
_DID_SO_PHRASE = re.compile(r"\d[\d,.]*%?\s*(?:[A-Za-z'’-]+\s+){0,3}?(?:\([^()]{1,40}\)\s*)?(?:did|do|does|"
                            r"(?:had|have|has)\s+done)\s+so\b", re.IGNORECASE)
# (after a time it is said of: 'By 2035 this will reach 16,900')
_ANAPHOR = re.compile(r"^\s*(?:(?:by|in|from|at|over)\s+(?:the\s+(?:end|start)\s+of\s+)?(?:19|20)\d\d(?:/\d\d)?\s*,?\s+)?"
                      r"(?:the\s+(?:number|total|figure|count)|this(?:\s+(?:number|total|figure|count))?|it)\s+(?:is|was|has|"
                      r"had|will|would|could|may|might)\b", re.IGNORECASE)
# a rate a plan works to, not one an area has ('a planning ratio of 25 per 1,000', 'the recommended level')
_PLANNING_RATE = re.compile(r"\bplanning\s+(?:guides?|guidance|guidelines?|ratios?|assumptions?|standards?|norms?|levels?|targets?|benchmarks?)\b|"
                            # a rate a need model uses or is tested at ('We have used 25 units per 1,000 ...', 'tested
                            # it at 20 and 30 per 1,000', 'the model assumes 30 per 1,000')
                            r"\bwe\s+(?:have\s+)?(?:used|use|applied|apply|assumed|assume)\s+(?:a\s+(?:rate|ratio)\s+of\s+)?(?=\d)|"
                            r"\b(?:model|modelling)\s+(?:assumes|uses|applies)\b|\btested\s+(?:it|this|them|the\s+\w+)?\s*at\b|"
                            r"\b(?:recommended|suggested)\s+(?:rate|ratio|level|provision)\b", re.IGNORECASE)
_RATE_TARGET = re.compile(r"\b(?:(?:targets?|aims?|ambitions?|goals?)\s+(?:of|is|was|for|to\s+(?:reach|achieve))|"
                          # (a rate to be reached: '... units by 2030, to reach 16 units per 1,000 aged 75+')
                          r"to\s+(?:reach|achieve|get\s+to)|"
                          # (a rate a plan would bring about: '..., which would bring the borough to around 30 units per
                          # 1,000 people aged 75+')
                          r"\b(?:would|will|could)\s+(?:bring|take|raise|lift|increase)\s+(?:[\w'’-]+\s+){0,4}?to)"
                          r"\s+(?:around\s+|about\s+|at\s+least\s+)?$", re.IGNORECASE)
# who a survey or a consultation heard from ('Our survey in autumn 2025 heard from 1,036 carers', 'the consultation
# received 418 responses'): respondents, no count of the people they are
_SURVEY_REACH = re.compile(r"\b(?:survey|consultation|questionnaire)s?\b[^.;:]{0,60}?\b(?:heard\s+from|received|drew|"
                           r"reached|had\s+responses\s+from|was\s+(?:answered|completed)\s+by)\s+(?:around\s+|about\s+|"
                           r"over\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.IGNORECASE)
# who the council spoke to ('We spoke to 312 older people and carers at 14 events'): those it heard, no count of carers
_SPOKE_TO = re.compile(r"\b(?:we|officers|commissioners|staff|the\s+team)\s+(?:have\s+)?(?:spoke|spoken|talked|"
                       r"listened|met)\s+(?:to|with)\s+(?:around\s+|about\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
                       re.IGNORECASE)
# a count a target names ('Our target is 1,100 apartments by 2032'): no stock or pipeline
# (or the figure straight after the word, a colon or dash between: 'Carers known: 3,900 (2023/24); target 4,500')
_COUNT_TARGET = re.compile(r"\b(?:targets?|aims?|ambitions?|goals?)(?:\s+(?:of|is|was|for)\s+|\s*[:–-]\s*|\s+)"
                           r"(?:around\s+|about\s+|at\s+least\s+)?$", re.IGNORECASE)
# the goal of an action written as a command, with its baseline or not ('Increase carers' assessments from 1,310 to
# 1,800 by March 2027', 'Raise carers' breaks to 800 a year', an action plan's cell after a tab; 'We will increase
# ... from 1,050 a year to 1,400 by 2027'): what the council means to reach, no figure of today (the figure 'from' is
# the baseline, today's); a past or projected rise ('rose from 7,170 to 8,260', 'is expected to increase from ... to')
# is not a command, nor a noun ('Increase in carers since 2011')
_COMMAND_GOAL = re.compile(r"(?:^|[\t;:]|[.!?]\s)\W*(?:we\s+(?:will|shall|aim\s+to|want\s+to|plan\s+to|intend\s+to)\s+)?"
                           r"(?:increase|raise|grow|reduce|cut|lift|boost|double|improve|"
                           r"expand)\s+(?!(?:in|of|on|since)\b)[^.;:\t]{0,100}?"
                           r"(?:\bfrom\s+(?:around\s+|about\s+)?\d[\d,.]*\s*%?\s+"
                           r"(?:\([^()]{1,40}\)\s+|(?:a|per|each)\s+year\s+|(?:in\s+)?(?:19|20)\d\d(?:[/-]\d\d)?\s+)?)?"
                           r"\bto\s+(?:around\s+|about\s+|at\s+least\s+|over\s+)?$", re.IGNORECASE)
# a goal written as a headline, a noun phrase and an infinitive with no verb before it ('Young carers known to services
# to increase to 1,400 by 2027', a success measure's cell): no figure of today; a projection has its verb ('is expected
# to increase to', 'will continue to rise to')
_HEADLINE_GOAL = re.compile(r"(?:^|\t)\W*(?-i:[A-Z])[^.;:\t\d]{2,80}?(?<!\bexpected)(?<!\bprojected)(?<!\bforecast)"
                            r"(?<!\bpredicted)(?<!\bestimated)(?<!\bset)(?<!\blikely)(?<!\bdue)(?<!\bgoing)(?<!\bcontinue)"
                            r"(?<!\bcontinues)(?<!\bcontinuing)(?<!\banticipated)(?<!\bexpect)(?<!\bexpects)(?<!\bplanned)"
                            r"\s+to\s+(?:increase|rise|grow|reach|fall|reduce|double)\s+(?:to\s+)?"
                            r"(?:around\s+|about\s+|at\s+least\s+)?$", re.IGNORECASE)
# a rate named as a level other councils plan to, after it ('the 25 per 1,000 that most councils now plan for'; a
# 'planning ratio' or 'recommended level' is _PLANNING_RATE's): no provision of the area's
_LEVEL_AFTER = re.compile(r"\s*(?:units?\s+|flats\s+|apartments\s+)?(?:per|for\s+every)\s+1,?000\s+(?:[A-Za-z'’]+\s+){0,4}?"
                          r"(?:(?:that|which)\s+(?:many\s+|most\s+|other\s+|some\s+)?(?:councils|authorities|areas|"
                          r"commissioners)\s+(?:now\s+)?(?:plan|aim|use|work|recommend)|"
                          # ('... below the 15 per 1,000 we think the county will need by 2030': a need, not ours)
                          r"(?:(?:that|which)\s+)?(?:we|it\s+is)\s+(?:think|believe|estimate|expect|calculate)d?\b"
                          r"[^.;\d]{0,40}?\b(?:need|needed|require|required)\b)",
                          re.IGNORECASE)
# a part named before its figure, whose noun the figure counts: 'Of the existing apartments, 96 are ...'
_OF_THE_NOUN = re.compile(r"^\s*Of\s+(?:the|these|those|our|its|their|all)\s+(?:(?:\d[\d,]*|[\w'’-]+)\s+){0,3}?([A-Za-z]+)\s*,\s*"
                          r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$", re.IGNORECASE)
# the whole a part is of, with its figure: 'Of the 862 apartments,' (the rest of the sentence is the part's)
_OF_THE_WHOLE = re.compile(r"^\s*Of\s+(?:the|our|its|their|all|(?:the\s+)?[A-Z][\w'’ -]{0,30}?['’]s)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?\d[\d,]*\s+[A-Za-z][\w'’ -]{0,40}?,", re.IGNORECASE)
_N_OF_WHICH = re.compile(r"(?<=,\s)(\d[\d,]*)(\s+)(of\s+(?:which|whom))\b", re.IGNORECASE)
# (a leading bracket closes the exact figure after a rounded one: 'around five thousand (5,120) cared for ...')
_BORROW_CUE = re.compile(r"^\s*(?:\)|,(?=\s*(?:give|gave|provide|provided|care)\b))?\s*(?:\(\s*\d[\d.,]*\s*%\s*\)\s*)?(?:were|are|was|is|of (?:these|them|whom)|aged|have|had|live|lived|provide|provided|"
                         r"gave|give|giving|care[sd]? for|"
                         # a projection's figure with no noun, its year after ('11,430 projected by 2030' under the
                         # big number '8,960 people aged 65+ living with dementia')
                         r"(?:projected|forecast|expected|predicted)\s+(?:by|in|for)\s+(?:19|20)\d\d)\b",
                         re.IGNORECASE)
# the words that hedge a figure written after them ('around 5,100', 'some 3,000'), one list for the patterns below
_HEDGE = "around|about|nearly|over|some|approximately"
# 'Up from 3,150 in March 2024' under '3,400 people with dementia on GP registers': the figure it is compared with
_FROM_BEFORE = (r"\b(?:up|down|rise|rising|fall|falling|rose|fell|risen|fallen|grow|growing|grew|increase|increased|"
                r"decrease|decreased)\s+from\s+"
                rf"(?:{_HEDGE})?\s*$")
_BORROW_CUE_BEFORE = re.compile(r"\b(?:the|this|our|that)\s+(?:estimate|projection|forecast|figure|count|number|total)"
                                r"(?:\s+(?:in|at|for|by)\s+(?:19|20)\d\d(?:/\d\d)?)?\s+(?:is|was|will\s+be|would\s+be)"
                                rf"\s+(?:{_HEDGE})?\s*$|"
                                # ('This compares with 62,410 in 2011': the figure before, at another time)
                                rf"^\W*(?:this|that|it)\s+(?:compares|compared)\s+(?:with|to)\s+(?:{_HEDGE})?\s*$|"
                                r"\b(?:it|this|that)\s+is\s+(?:projected|expected|forecast|predicted|estimated)\s+to\s+be\s+"
                                rf"(?:{_HEDGE})?\s*$|"
                                # ('By 2035 it could be 12,980', 'this number will be nearly 13,000')
                                r"\b(?:it|this(?:\s+number)?|the\s+number)\s+(?:will|would|could|may|might)\s+be\s+"
                                rf"(?:{_HEDGE}|almost|more\s+than)?\s*$|"
                                r"(?:rise|rising|increase|increasing|grow|growing|fall|falling|reach|reaching)\w*\s+"
                                rf"to\s+(?:{_HEDGE})?\s*$|" +
                                _FROM_BEFORE + r"|"
                                rf"\bthere\s+(?:were|are|was|is)\s+(?:{_HEDGE}|an\s+estimated)?\s*$|"
                                rf"\b(?:counted|recorded|found|identified)\s+(?:{_HEDGE})?\s*$|"
                                rf"\breach(?:es|ed|ing)?\s+(?:{_HEDGE}|an\s+estimated)?\s*$",
                                re.IGNORECASE)
# a later year's figure of the same rise, its verb left out ('projected to rise to 5,020, and by 2035 to 5,790', 'rise
# to 5,020 by 2030 and to 5,790 by 2035', and, after a figure with its own year, 'rise to 5,020 by 2030 and 5,790 by
# 2035')
_RISE_GOES_ON = re.compile(r"\b(?:ris|increas|grow|reach|climb|fall|decreas|drop)\w*\s+to\s+(?:around\s+|about\s+)?"
                           r"\d[\d,.]*\s*%?(?:(?:\s+(?:by|in)\s+(?:19|20)\d{2})?,?\s+and\s+(?:then\s+)?"
                           r"(?:(?:by|in)\s+(?:19|20)\d{2},?\s+)?to\s+|"
                           r"\s+(?:by|in)\s+(?:19|20)\d{2},?\s+and\s+)(?:around\s+|about\s+|nearly\s+)?$", re.IGNORECASE)
# 'is forecast to rise from 10,350 in 2025 to 13,900 by 2035', 'from around 2,010 people to approximately 2,820': the
# end of the rise (read in the 80 characters before the figure)
# (and a third figure going on with the pair, each with its year: 'from 78,400 in 2025 to 90,200 in 2030 and 101,600')
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+(?:around\s+|about\s+|approximately\s+)?\d[\d,.]*\s*%?\s*(?:people\s+)?"
                             r"(?:in\s+(?:19|20)\d{2}(?:/\d{2})?\s+)?to\s+"
                             r"(?:\d[\d,.]*\s*%?\s+(?:by|in)\s+(?:19|20)\d{2}(?:/\d{2})?,?\s+and\s+)?"
                             rf"(?:{_HEDGE})?\s*$", re.IGNORECASE)


# a figure continuing the one before it in its sentence ('..., rising to 17,400 by 2035', 'and is projected to reach')
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|than|versus|vs\.?|below|above|short\s+of|behind|ahead\s+of|"
                       r"in\s+line\s+with|close\s+to|similar\s+to)\s", re.IGNORECASE)
_GOES_ON = re.compile(r"\d[^;.]{0,80}?(?:,|\band\b)\s*(?:(?:(?:is|are)\s+)?(?:projected|expected|forecast|set)\s+to\s+)?"
                      r"(?:ris|increas|grow|fall|falling|decreas|reach|climb|drop)\w*\s+(?:to\s+)?"
                      rf"(?:{_HEDGE}|almost|just\s+over|an\s+estimated)?\s*$|"
                      r"\bfrom\s+(?:around\s+|about\s+)?\d[\d,.]*\s*%?\s*(?:in\s+(?:19|20)\d{2}(?:/\d{2})?\s+)?to\s+"
                      r"(?:\d[\d,.]*\s*%?\s+(?:by|in)\s+(?:19|20)\d{2}(?:/\d{2})?,?\s+and\s+)?(?:around\s+|about\s+)?$|"
                      # ('9,876 people aged 65 and over ... in 2023; this is expected to rise to 12,345 by 2030 and 14,100
                      # by 2035': after a semicolon, 'this' or 'which' going on, and each later year's figure after 'and')
                      r"\d[^.]{0,80}?;\s*(?:this|which|that)(?:\s+(?:number|figure|total))?\s+(?:is|are)\s+(?:projected|"
                      r"expected|forecast|set|likely)\s+to\s+(?:rise|increase|grow|reach|climb)\s+(?:to\s+)?"
                      r"(?:around\s+|about\s+)?$|"
                      r"\d[\d,]*\s+by\s+(?:19|20)\d{2},?\s+and\s+(?:to\s+)?(?:around\s+|about\s+)?$|"
                      # ('4,870 young carers aged 5 to 17 in 2021, down from 5,640 in 2011': the same people earlier)
                      r"\d[^;.]{0,80}?,\s*(?:down|up|falling|rising|increasing|decreasing|an?\s+(?:fall|rise|drop|decrease|"
                      r"increase))\s+(?:from|on)\s+(?:around\s+|about\s+)?$",  # ('rise from 91,800 in 2025 to 118,400 in 2035')
                      re.IGNORECASE)


# the council's own figure after a rate, its noun left out ('...; we have 18.6', ', while the county has 11.2')
_OURS_AFTER_RATE = re.compile(r"^[^;.]*?[;,]\s*(?:but\s+|while\s+|whereas\s+|and\s+)?(?:we|the\s+(?:council|county|borough|"
                              r"city|district))\s+(?:currently\s+)?(?:have|has|had|provides?|provided)\s+"
                              r"(?:around\s+|about\s+|only\s+|just\s+)?$", re.IGNORECASE)


# a sentence whose subject is a modelled gap or need ('The gap is largest in ...', 'Even with the pipeline built, the
# county shortfall in 2035 would be ...', 'At 20 per 1,000 the need in 2035 falls to ...')
_GAP_SUBJECT = re.compile(r"^\W*(?:(?:[^,;.]|[,.](?=\d)){0,60}?(?:,\s*|\s))?(?:the|our|this|that|any|a)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?P<what>gaps?|shortfalls?|deficits?|unmet\s+needs?|needs?|requirements?)"
                          r"(?:\s+(?:in|for|by|across|at)\s+[^,;.]{0,40}?)?\s+(?P<verb>is|are|was|were|would|will|could|may|"
                          r"might|falls?|fell|drops?|dropped|rises?|rose|grows?|increases?|decreases?|remains?|reaches|stands)\b",
                          re.IGNORECASE)
# sizes a range spans ('vary in size from 36 to 84 units', 'range between 40 and 90 apartments')
_SIZE_RANGE = re.compile(r"\b(?:var(?:y|ies|ied|ying)|rang(?:e|es|ed|ing))\s+(?:(?:in|by)\s+size\s+)?(?:from|between)\s+"
                         r"(?:around\s+|about\s+)?(?:\d[\d,]*\s+(?:[a-z]+\s+)?(?:to|and|-|–)\s+(?:around\s+|about\s+)?)?$",
                         re.IGNORECASE)
# a total once a plan is built ('which would bring total provision to 1,618 units', 'taking the total to 410')
_TOTAL_TO = re.compile(r"\b(?:bring|brings|bringing|take|takes|taking)\s+(?:the\s+|our\s+|overall\s+)?(?:[\w'’-]+\s+){0,2}?"
                       r"(?:total|provision|supply|stock)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:around\s+|about\s+|some\s+)?$",
                       re.IGNORECASE)
# a smallest size asked of each scheme ('bring forward schemes of at least 50 units'): one's size, no whole
_MINIMUM_SIZE = re.compile(r"\b(?:schemes?|developments?|sites?|buildings?|homes?)\s+(?:of|(?:to|should|must|will|would)\s+"
                           # (a size asked of new schemes in a verb: 'new schemes to have at least 60 units', 'New
                           # schemes should have no fewer than 40 units')
                           r"(?:have|be|provide|offer|contain|include)(?:\s+(?:of|for))?)\s+(?:at\s+least|a\s+minimum\s+of|"
                           r"no\s+(?:fewer|less)\s+than)\s+$", re.IGNORECASE)
# one scheme of a group, with its size ('4 schemes with 310 units are planned, including one of 72 units in Bolsover'):
# one's size, no whole
_ONE_OF_SIZE = re.compile(r"\b(?:including|includ(?:es|ed)|among\s+them|of\s+which)\s+one\s+(?:new\s+)?"
                          r"(?:(?:scheme|development|site|building)\s+)?(?:of|with)\s+(?:around\s+|about\s+)?$",
                          re.IGNORECASE)
# what closing a gap would mean ('Closing the gap to the ambition would mean around 380 more people with a diagnosis')
_GAP_CLOSED = re.compile(r"\b(?:clos(?:e|ed|ing)|narrow(?:ed|ing)?|bridg(?:e|ed|ing)|halv(?:e|ed|ing))\s+(?:the|this|that|our)\s+"
                         r"gap\b[^.;]{0,60}?\bwould\s+(?:mean|give|add|see|bring)\b[^.;\d]{0,30}$", re.IGNORECASE)
# a clause on each one of several ('Each lot will cover ... around 350 units'): one's size, no whole
_EACH = re.compile(r"^\W*(?:[^,;.]{0,40},\s*)?each\s+(?!of\b|year\b|month\b|week\b)[a-z]+\b", re.IGNORECASE)
# a scheme's completion or opening, in a clause of its own ('expected to complete in autumn 2027', 'opens in 2028')
_COMPLETES = re.compile(r"\b(?:complet\w*|open(?:s|ing)?|hand\s*over|handover)\b", re.IGNORECASE)
# one named owner's or scheme's count, not the area's: a name in capitals with a possessive right before the figure
# ('included Stourside's two schemes', 'Wessex Care's 240 clients'), or a named building 'alone' ('Marnhull Court
# alone has 54 flats'); a place's own possessive ('Dorset's 11 schemes') or the council's is the area's
_OWNERS_COUNT = re.compile(r"(?-i:\b(?P<name>[A-Z][\w’-]*(?:\s+(?:[A-Z][\w’-]*|and|of|&))*?))(?:['’]s\s+(?:(?:own|current|existing|other|remaining)\s+)?|"
                           r"\s+alone\s+(?:has|had|have|provides?|provided|offers?|holds?|is\s+home\s+to)\s+)$")
_BUILDING_WORD = re.compile(r"\b(?:Court|House|Gardens?|Lodge|View|Mews|Place|Meadows?|Manor|Grange|Heights|Hall|Fields?|"
                            r"Green|Close|Park|Rise|Wharf|Quay|Yard)$")
_COUNCIL_WORD = re.compile(r"\b(?:Council|County|Borough|City|District|Authority|Government|NHS|ICB|England|Wales|Scotland|"
                           r"Britain|UK|Kingdom|Census|ONS)$")


def _owners_count(before: str) -> bool:
    """Whether the words right before a count give it to one named owner or scheme, not to the area (`_OWNERS_COUNT`)."""
    m = _OWNERS_COUNT.search(before)
    if not m:
        return False
    name = m.group("name").strip()
    if re.match(r"(?:The|This|That|Our|Its|Their|In|Of|At|By)$", name) or _COUNCIL_WORD.search(name) \
            or area_lookup.exact(name) or area_lookup.find_areas(name):
        return False
    return "alone" not in m.group(0) or bool(_BUILDING_WORD.search(name))


_ONE_OF_GROUP = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,3}?of\s+(?:the|these|those|our|its|their)\s+(?:two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve|\d{1,3}(?![\d,.]))\b(?!\s*%)", re.IGNORECASE)


# a change in an age group, named right after the figure ('+22% growth in people aged 65+ expected by 2035', '15% more
# residents aged 85 and over'): the age group's, never a subject borrowed from the sentences before (no measure of ours)
_AGE_GROUP_CHANGE = re.compile(r"\s*(?:growth|rise|increase|fall|decrease|drop|more|fewer)\s+(?:in\s+)?(?:the\s+)?"
                               r"(?:number\s+of\s+)?(?:people|persons|residents|adults|population)\s+aged\b",
                               re.IGNORECASE)


def _sentence_figures(sentence: str, line_at, lines: list[str], props: Proposals, *, previous_subject: str,
                      heads: tuple[str, ...], bullet: bool, column: str = "", column_area: tuple[str, str] | None = None,
                      carried: dict[str, str] | None = None,
                      previous_rows: list[dict[str, object]] | None = None,
                      spans: dict[str, tuple[str, str]] | None = None, document_subject: str = "",
                      said_before: str = "", region_before: bool = False) -> bool:
    """Figures in one sentence (or one prose cell of a table, with its row and column words as `column`); True when
    the sentence gave a figure of no one area (a region's, several councils' together).

    `carried`: theme -> the period the paragraph's sentences before gave their figures ('The 2021 Census recorded
    19,460 carers. Of these, 5,910 provide 50 or more hours': 5,910 is a 2021 figure too). `previous_rows`: the figures
    the sentence before proposed (what a sub-group opening this sentence, 'Of these, 1,500 ...', is a part of).
    `said_before`: the paragraph's text before the sentence (the year 'the same year' refers to). `region_before`:
    the sentence before gave a figure of no one area and none of the authority's."""
    sentence = _FOOTNOTE_MARK.sub(" ", sentence)  # '1,790² have a recorded diagnosis' (a space: positions hold)
    # '318 flats, 22 of which are designed for people living with dementia' is read as ', of which 22 are ...' (the
    # same length: positions hold), a part of the figure before
    sentence = _N_OF_WHICH.sub(lambda m: f"{m.group(3)}{m.group(2)}{m.group(1)}", sentence)
    if re.search(r"\b(?:ref(?:erence)?s?|bidders?|tenderers?|suppliers? list|tel|telephone|phone|fax|"
                 r"postcode|lot numbers?)\b", sentence, re.IGNORECASE):
        return False  # reference lists and contact details: their numbers are identifiers
    if _RANK_LEAD.match(sentence):
        return False  # 'Rank in county (population): 6 of 12', 'Ranking compares all 12 districts': places in an order
    no_one_area = False  # a figure of the sentence so far was a region's or several councils' together
    gapped_from: dict[str, object] | None = None  # a region's figure skipped, which a listed place's figure may count
    # a share's denominator names no subject ('There were 58,940 in 2021, 10.1% of residents aged 5 and over' is
    # about the heading's carers, not about residents)
    # (nor is the cause a closing clause gives: 'Rushmoor's share is the lowest at 7.6%, reflecting its younger
    # population' is about the subject before)
    own_subject = bool(_SUBJECT_WORDS.search(_BASE.sub("%", _EXPLAINED.sub("", _DID_SO_PHRASE.sub(" ", sentence)))))
    # 'The number is forecast to rise from 10,350 in 2025 to 13,900 by 2035, ... driven by growth in the population aged
    # 85 and over': a sentence opening on what the sentence before counted; a subject a later clause names is not its
    anaphor = bool(_ANAPHOR.match(sentence))
    figures = find_numbers(sentence)
    earlier: dict[str, str] = {}  # theme -> the period of this sentence's figures so far
    last_period = ""  # the period of the sentence's last figure with one (for 'in the same year')
    mine: list[tuple[int, dict[str, object]]] = []  # (where, row) of the figures proposed so far in the sentence
    rounded_at = -1  # where a rounded figure skipped for the exact one in brackets after it starts
    for num in figures:
        if _rounded_before_exact(sentence, num, figures):
            rounded_at = num.start
            continue  # 'about 62 thousand people (62,040)': the figure is the exact one in brackets
        if re.match(r"\s*\+\s*\d", sentence[num.end:]) or re.search(r"\d\s*(?:years?|months?)?\s*\+\s*$",
                                                                     sentence[:num.start]):
            continue  # a contract term written '3 years + 1 + 1' or '2+1+1'
        c_start, clause = _clause(sentence, num.start)
        if bullet and sentence[c_start + len(clause):].startswith(";") and not any(
                n.start > num.start for n in figures):
            # '• Kingsley Quay, Bideford – 54 units; reserved matters submitted; due to complete in 2028': the clauses
            # after a bullet's last figure, with none of their own, say what it counts (its status and its year)
            trailing = sentence[c_start + len(clause):].rstrip(" .")
        else:
            trailing = ""
        if (lead := _OF_THE_WHOLE.match(sentence)) and num.end <= lead.end():
            c_start, clause = 0, lead.group(0)  # 'Of the 862 apartments, 96 are designed for ...': 862 is the whole
        after = sentence[num.end:num.end + 40]
        before = sentence[max(0, num.start - 40):num.start]
        head = _noun_after(sentence, num.end)
        if not head and (of_the := _OF_THE_NOUN.match(sentence[:num.start])) and "dementia" in sentence.lower():
            # 'Of the existing apartments, 96 are designed for people with dementia' counts dementia apartments ('Of
            # the 7 schemes, 2 are run by a company' counts no part of ours)
            head = of_the.group(1).lower()
        if column and not head:  # a bare number under 'Units - Dorset' counts units
            m = re.search(r"\b(units?|schemes?|flats|places|beds|people|carers|homes)\b", column, re.IGNORECASE)
            head = m.group(1).lower() if m else ""
        if not head and not num.percent and (_OF_THEM.match(sentence, num.end) or _subgroup(sentence, num)):
            # 'nomination rights to 110 of them' after '4 dementia units', '640 flats, of which 90 are designed for
            # people living with dementia': 'them' and 'which' are what the figure before counted
            head = _referent(sentence[:num.start]) or _referent(previous_subject)
            head = "" if PEOPLE.match(head) else head
        # (not when the sentence names, before the figure, what no measure of ours counts: 'Our home care providers
        # delivered ..., and around 1,610 people were supported at home' borrows no subject from the paragraph before)
        other_named = _names_other_subject(sentence[:num.start])
        # (a figure opening the answer to a question is the question's, whatever a later clause names: 'A: About
        # 46,000 - that is the 2021 Census count; ... many people who look after a relative ...')
        answer = bool(heads) and bool(_QUESTION.fullmatch(heads[0])) and not said_before.strip() and bool(
            _ANSWER_LEAD.fullmatch(sentence[:num.start]))
        # ('... fewer than in 2011, when 113,950 residents (10.1%) did so': 'did so' is the sentence before's verb, whose
        # subject the figure counts, whatever noun it counts them by)
        did_so = bool(_DID_SO.match(sentence, num.end))
        named = _SUBJECT_WORDS.search(_BASE.sub("%", _EXPLAINED.sub("", _DID_SO_PHRASE.sub(" ", clause))))
        borrowed = (did_so or not named) and (not own_subject or anaphor or answer or did_so) and not other_named \
            and not _AGE_GROUP_CHANGE.match(sentence, num.end) \
            and not _COUNTS_OTHERS.search(previous_subject[-300:])
        # (a change its own words give an age group: no subject's; nor a bare figure after a sentence counting
        # businesses or volunteers: 'We want 120 dementia-friendly businesses signed up by 2027. In 2025 there were 86.')
        context = f"{column} {previous_subject} {' '.join(heads[:1])} {_EXPLAINED.sub('', sentence)}" if borrowed \
            else f"{column} {sentence}"
        if re.search(rf"\b{QUARTER_WORD}\s*$", before, re.IGNORECASE) and re.match(r"\s*(?:of\s+)?(?:19|20)\d{2}", after):
            continue  # 'Report, Quarter 4 2025/26': the quarter's number
        if re.search(r"(?:^|[^a-z])per\s*$", before, re.IGNORECASE):
            continue  # the denominator of a rate ('per 100,000 population')
        # a sentence naming a rate: the figures 'per 1,000' follows are rates ('14.1 units per 1,000'), the others in
        # it are not ('11 schemes with 702 units, equivalent to 14.1 units per 1,000')
        rated = [n for n in figures if _PER.match(sentence[n.end:n.end + 40])]
        own_rate = bool(_RATE_WORDS.search(f"{column} {sentence}"))  # (not the sentence before's rate)
        # '12.3 apartments per 1,000 people aged 75 and over, compared with an England average of 14.8': a bare figure
        # after a rate, compared with it and naming a benchmark, is that rate's benchmark
        rate_before = max((n for n in rated if n.end <= num.start), key=lambda n: n.end, default=None)
        benchmark_rate = rate_before is not None and not num.percent and not _FIGURE.search(
            sentence[rate_before.end:num.start].split(",", 1)[-1]) and (re.fullmatch(r"\s*(?:[.;)]|,\s|$).*", after)
                                                         or _AND_ANOTHER_AVERAGE.match(after)) \
            and _COMPARED.search(sentence[rate_before.end:num.start]) \
            and area_lookup.benchmark_in(sentence[rate_before.end:num.start])
        # 'a need for 25 units per 1,000 people aged 75 and over; we have 18.6': a bare figure the council has, after
        # a rate, is its own of that rate
        ours_after_rate = rate_before is not None and not num.percent and not benchmark_rate \
            and re.fullmatch(r"\s*(?:[.;)]|,\s|$).*", after) \
            and bool(_OURS_AFTER_RATE.search(sentence[rate_before.end:num.start]))
        benchmark_rate = benchmark_rate or ours_after_rate
        kind = _kind_for(num, context if own_rate and (not rated or num in rated or column or benchmark_rate) else "",
                         after, before)
        if num.words and (kind != "count" or not head and (num.value < 100 or not _BORROW_CUE.match(after))):
            continue  # ('of whom one and a half thousand are aged 65 and over' counts the subject before)
        if _UNNAMED_PLACE.search(sentence[c_start:num.start]):
            continue  # 'A neighbouring county reported 10.6% of residents as carers': another place's figure, unnamed
        if _SCORING.search(_PERCENTAGE_POINTS.sub(" ", sentence[c_start:num.start])):
            continue  # 'Weighting: 15%' under an award criterion naming carers weighs bids (a change in percentage
            # points before the figure is no score: '61.8%, up 1.4 percentage points on 2023/24 (60.4%)')
        if num.percent and _CRITERION_WEIGHT.search(before):
            continue  # 'Four options were appraised against quality (60%) and cost (40%) by a panel of carers': weights
        if kind == "count" and not head and _IN_ALL.match(after) and not mine and any(
                n.end <= num.start and not n.words for n in figures):
            continue  # '... a wing of 16 apartments for people living with dementia, 32 in all': the sum of the
            # figures before it, none of which was a figure of ours
        if kind == "count" and _ONE_OF_GROUP.match(after):
            continue  # 'One scheme of the four, opened in 2011, has ...': one of a group counted before, no count
        if kind == "count" and _owners_count(sentence[max(c_start, num.start - 80):num.start]):
            continue  # 'Stourside's two schemes', 'Marnhull Court alone has 54 flats': one owner's or scheme's
        if kind == "count" and _AIM.search(sentence[c_start:num.start]):
            continue  # 'we want to grow this to 720 apartments by 2031': an aim, not a count or a plan
        if kind == "count" and (_WAITING_BEFORE.search(before) or _WAITING_AFTER.match(sentence[num.end:num.end + 80])):
            continue  # 'a waiting list of around 20 people', '310 people waiting for a place': no measure of ours
        if kind == "rate" and _ROUGH_RATE.search(before):
            continue  # 'Gloucester city has almost 20 apartments for every 1,000 people aged 75 and over, while Stroud
            # and the Cotswolds have fewer than 10': a rate rounded for a comparison, no figure to file
        if kind == "rate" and _PLANNING_RATE.search(clause):
            continue  # '... well short of the 25 per 1,000 that the statement uses as a planning guide': a guide, no
            # area's provision
        if kind == "count" and _SURVEY_REACH.search(sentence[c_start:num.start]):
            continue  # 'Our carers' survey in autumn 2025 heard from 1,036 carers': who answered, not a count of carers
        if kind == "count" and _SPOKE_TO.search(sentence[c_start:num.start]):
            continue  # 'We spoke to 312 older people and carers at 14 events': who the council heard, no count
        if kind == "count" and (_COMMAND_GOAL.search(sentence[:num.start])
                                or _HEADLINE_GOAL.search(sentence[:num.start])):
            continue  # 'Increase young carers known to services from 1,140 to 1,500', 'Raise carers' breaks to 800 a
            # year', 'Young carers known to services to increase to 1,400 by 2027': an action's goal, no figure of
            # today (a share's goal may be a target the vocabulary holds: 'Increase our diagnosis rate to 67%')
        if kind == "count" and _COUNT_TARGET.search(sentence[c_start:num.start]):
            continue  # 'Our target is 1,100 apartments by 2032': a target of a count (the vocabulary has none), not the
            # stock or a pipeline
        if kind == "rate" and _RATE_TARGET.search(sentence[c_start:num.start]):
            continue  # '... about 13 apartments per 1,000 people aged 75 and over, against our target of 20 per 1,000 by
            # 2030': a target, no provision (the vocabulary has no target of a rate)
        if kind == "rate" and _LEVEL_AFTER.match(sentence, num.end):
            continue  # '... below the 25 per 1,000 that many councils now plan to': a planning level, not a rate of ours
        if kind in ("count", "change") and _WHAT_IF.search(sentence[:num.start]) \
                and re.search(r"\bwould\b", sentence[num.end:num.end + 60], re.IGNORECASE):
            continue  # 'If we matched the England rate, about 960 more people would have a diagnosis': a what-if
        if kind in ("count", "rate") and _NEED.search(sentence[c_start:num.start]):
            continue  # 'the county will need around 1,600 apartments by 2035 ... at a rate of 25 per 1,000': a need
            # estimate and its planning rate, neither provision nor a pipeline
        gap = _GAP_SUBJECT.match(sentence) if kind in ("count", "rate") else None
        if gap and gap.group("what").lower() in ("need", "needs") and gap.group("verb").lower() in (
                "is", "are", "was", "were", "grows", "grow", "increases", "increase", "remains", "remain", "stands"):
            gap = None  # ('The need for carers' support is growing: ...' says the need grows; the figures are others')
        if gap and (kind == "rate" or gap.end() <= num.start and (
                gap.group("what").lower() not in ("need", "needs") or c_start < gap.end()
                or re.search(r"\b(?:it|this)\b", sentence[c_start:num.start], re.IGNORECASE))):
            continue  # 'The gap is largest in Teignbridge (435 units) and East Devon (402) ...', 'the county shortfall in
            # 2035 would be some 1,877 units', 'the need in 2035 falls to 2,796 units; at 30 per 1,000 it rises to
            # 4,194': a sentence about a modelled need or gap (its clauses, or those going on with 'it', for a need)
        if kind in ("count", "change") and _GAP_CLOSED.search(sentence[:num.start]):
            continue  # 'Closing the gap to the ambition would mean around 380 more people with a diagnosis': a what-if
        if kind == "count" and _MINIMUM_SIZE.search(sentence[max(0, num.start - 60):num.start]):
            continue  # 'schemes of at least 50 units': a size asked of each scheme, no count of the area's
        if kind == "count" and _ONE_OF_SIZE.search(sentence[max(0, num.start - 60):num.start]):
            continue  # 'including one of 72 units in Bolsover': one scheme's size among those just counted
        if kind == "count" and (_SIZE_RANGE.search(sentence[max(0, num.start - 60):num.start])
                                or _TOTAL_TO.search(sentence[max(0, num.start - 80):num.start])
                                or _EACH.match(sentence[c_start:num.start])):
            continue  # 'Schemes vary in size from 36 to 84 units', '... which would bring total provision to 1,618
            # units', 'Each lot will cover ... around 350 units': a range of sizes, a total after a plan, one item's size
        if borrowed and _OTHER_SUBJECT.search(_NAMED_PROVIDER.sub(" ", clause)):
            continue  # the sentence counts another group ('adults with a learning disability'), not the heading's
        if not borrowed and _OTHER_SUBJECT.search(clause) and not _SUBJECT_WORDS.search(_BASE.sub("%", clause)):
            continue  # '..., and 58% of the people we place in nursing care have a diagnosis': the clause counts
            # another group; the subject another clause of the sentence names is not its
        # (an age group's plus is a word of it: 'People aged 65+: 33,100 (20.9%)')
        label = re.match(r"^\s*([A-Za-z][\w'’ +-]{2,50}?)\s*:\s*(?:c\.\s*|about\s+|around\s+)?$", sentence[:num.start])
        if not head and kind == "count" and label:
            # 'Schemes open: 28 (1,736 units)': a word of the label before the colon names what the figure counts
            wider = f"{column} {previous_subject} {' '.join(heads[:1])} {sentence}"
            # the label's noun phrase ends before a participle or preposition ('Adult Carer Support Plans completed',
            # 'Carers known to the council'): when its last word is a plural noun naming no measure ('plans',
            # 'statements', 'breaks'), the figure counts those, not the carers the words before name
            # (the 'care' of 'extra care' names the subject, and counts no people: 'Extra care schemes open today: 6'
            # after a bullet on people with dementia counts schemes)
            words = [] if _label_counts_other(label.group(1), kind, wider, f"{column} {clause}") else \
                re.findall(r"[A-Za-z'’-]+", _CARE_SUBJECT.sub(" ", label.group(1)))
            head = next((w.lower() for w in words
                         if classify(kind, wider, w.lower(), f"{column} {clause}")), "")
        answer = answer and borrowed
        if borrowed and not head and kind == "count" and not (
                answer  # 'How many unpaid carers are there?' over 'A: About 46,000 - that is the 2021 Census count'
                or _BORROW_CUE.match(after) or _BORROW_CUE_BEFORE.search(before)
                # ('it could be nearly thirteen thousand (12,980)': the words before the rounded figure)
                or rounded_at >= 0 and _BORROW_CUE_BEFORE.search(sentence[max(0, rounded_at - 40):rounded_at])
                or _FROM_TO_BEFORE.search(sentence[max(0, num.start - 80):num.start])
                or _RISE_GOES_ON.search(sentence[max(0, num.start - 90):num.start])
                # ('187,900 in Carmarthenshire, 71,400 in Ceredigion': the figure before's noun left out)
                or (mine or gapped_from) and _names_place_first(after)):
            continue  # a bare number in a sentence about something else: not enough to go on
        # a figure compared with the subject before ('Up from 3,150 in March 2024') is the same measure: its words too
        compared = previous_subject if borrowed and re.search(_FROM_BEFORE, before, re.IGNORECASE) else ""
        if borrowed and kind == "rate":
            compared = f"{compared} {previous_subject}"  # '... per 1,000 aged 75 and over. This is below the England
            # rate of 13.1 per 1,000': the rate the sentence before gave, with its ages
        if kind == "rate" and c_start and area_lookup.benchmark_in(clause):
            compared = f"{compared} {sentence[:c_start]}"  # '7.6 flats for every 1,000 people aged 75 and over, against
            # 9.8 per 1,000 for Wales': the benchmark's clause compares the rate the clause before gave, with its ages
        if kind == "rate" and ours_after_rate:
            # (the rate's own words, its figure to its clause's end: '25 units per 1,000 people aged 75 and over', not
            # the need its clause names)
            compared = f"{compared} {sentence[rate_before.start:c_start]}"
        measure = None
        if not borrowed and len(clause) < len(sentence) and any(
                m.group(0).lower() not in ("population", "residents") or m.group(0).lower() == head
                for m in _SUBJECT_WORDS.finditer(_BASE.sub("%", clause))):
            # a clause naming its own subject ('68,450 unpaid carers; 11,480 people ... living with dementia'): its
            # words say what its figure counts before another clause's subject does (not 'residents' alone: 'this
            # will rise to 10,300 as the number of residents aged 85 and over grows' is the sentence's subject's; but
            # 'Sunbury had 312,400 residents in mid-2024, ... and of those who care for them' counts the residents
            # the figure names, whatever carers a later clause names)
            measure = classify(kind, f"{column} {clause}", head if kind in ("count", "change") else None,
                               f"{column} {compared} {clause}")
        measure = measure or classify(kind, context, head if kind in ("count", "change") else None,
                                      f"{column} {compared} {clause}")
        if measure and _bracketed_benchmark_of_ruled_out(sentence, c_start, clause, measure):
            continue  # '31.5% of carers said they had as much social contact as they would like (England: 30.0%)':
            # the benchmark is of the share the words before the bracket name, which is no figure of ours
        area_clause = clause
        if measure and measure.endswith("_target"):
            # 'the national target was 66.7% and the borough's diagnosis rate was 63.1%', '(England 65.0%, national
            # ambition 66.7%)': the target's words must come before the figure, after any figure before it
            prev = max((n.end for n in figures if c_start <= n.start and n.end <= num.start and not n.words),
                       default=c_start)
            if _MET_TARGET.search(sentence[prev:num.start]):
                # 'Kent is the only council in the group to have met the ambition, at 67.9%': the figure is the rate
                # that met it, not the target
                own = area_clause = _MET_TARGET.sub(" ", sentence[prev:num.start]) + sentence[num.start:c_start + len(clause)]
                said = _TARGET_WORDS.sub(" ", f"{column} {previous_subject if borrowed else ''} {own}")
                measure = classify(kind, _TARGET_WORDS.sub(" ", context), None, said)
            elif not _TARGET_WORDS.search(sentence[prev:num.start]) and (
                    prev > c_start or _TARGET_WORDS.search(sentence[num.end:c_start + len(clause)])):
                own = sentence[prev:c_start + len(clause)]
                own = area_clause = _TARGET_WORDS.split(own)[0]
                measure = classify(kind, context, None, f"{column} {own}")
                if measure is None and sentence[:c_start].rstrip().endswith("("):
                    measure = classify(kind, context, None, f"{column} {sentence[:c_start]}")
        if measure is None and not borrowed and not other_named and (previous_subject or heads or column) and not (
                # '38% increase in people aged 65+ with dementia by 2040': a change of what its own clause names
                # (no measure of ours), never the subject before's
                kind in ("change", "change_pct") and (_SUBJECT_WORDS.search(sentence[num.end:c_start + len(clause)])
                                                      or _AGE_GROUP_CHANGE.match(sentence, num.end))) and (
                head or kind == "share" and _DENOMINATOR.match(after)  # '9.8% of residents aged 5 and over'
                or kind == "share" and _RATIO_BASE.search(before)  # 'around 1 in 10 residents (9.8%) aged 5 and over'
                or kind == "change" and _CHANGE_BEFORE.search(before)  # ', an increase of 1,050 since 2011'
                # 'That was 4.2% fewer than in 2011, but more of them now care ...': the change of the subject before
                # (not when the sentence named its own subject before it: 'people ... with dementia is expected to
                # reach 11,200, an increase of 13% on today' is a change in people with dementia, no measure of ours)
                or kind == "change_pct" and (_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after))
                and not _SUBJECT_WORDS.search(_BASE.sub("%", sentence[:num.start]))
                or kind == "share" and re.search(r"\bof\s+(?:them|these|those)\s*\(?\s*$", before)):
            # ('Over a quarter of them (26.4%) care for 50 or more hours': a share of the subject before)
            # the sentence names something else; what it counts may still be the heading's subject
            borrowed = True
            # (and a statement about extra care alone: 'Several schemes have apartments designed for people living
            # with dementia, 64 units in all' under 'Dementia and carers' counts extra care apartments)
            context = f"{column} {previous_subject} {' '.join(heads[:1])} {document_subject} {sentence}"
            # (the clause words are the figure's own clause's and the borrowed subject's, never another clause's of the
            # sentence: '72 apartments, of which 18 are designed for people living with dementia')
            measure = classify(kind, context, head if kind in ("count", "change") else None,
                               f"{column} {previous_subject} {' '.join(heads[:1])} {clause}")
            if measure and own_subject and ruled_out(kind, f"{column} {sentence}", head if kind in ("count", "change")
                                                     else None, f"{column} {clause}"):
                # 'The Carers Hub supported 1,870 carers' names its subject, and its own words rule the measure out:
                # the sentence before ('... a carer's assessment') cannot make it an assessment count
                measure = None
            if measure in _DEMENTIA_HOUSING and says_planned(clause):
                # 'A new scheme at Glossop, with 64 apartments, is due to open in 2026, and ... dementia-friendly
                # design' after '120 of these apartments are designed for people living with dementia': the planned
                # scheme's apartments, the sentence before's dementia words no words of its own clause
                measure = classify(kind, context, head, f"{column} {clause}") or measure
        if measure is None and answer:
            # the figure the answer opens on answers the question ('What is the diagnosis rate?' over 'A: 67.5%.'):
            # the question's words say what it counts
            # (a pronoun after the figure is no noun it counts: 'About 46,000 - that is the census count')
            own_head = head if kind in ("count", "change") and not _PRONOUN.fullmatch(head) and not re.match(
                r"\s*[-–—]\s", after) else None  # (nor a word after a dash: 'Roughly 6,900 - a modelled figure')
            measure = classify(kind, context, own_head, f"{column} {heads[0]} {clause}")
        if measure is None and kind == "share" and c_start and _IT_WAS.match(clause):
            # '...the diagnosis rate to reach 66.7% by March 2027; it was 61.8% in December 2025': 'it' is the
            # noun phrase of the clause before
            np = _RATE_NP.search(sentence[:c_start])
            if np:
                measure = classify(kind, f"{context} {np.group(0)}", None, f"{column} {np.group(0)} {clause}")
        if measure is None and kind == "share" and borrowed and (_THE_RATE.search(clause)
                                                                  or _THE_RATE.match(sentence.lstrip())):
            # ('The rate has risen every month, and at 64.0% in May it ...': the sentence's subject)
            # 'The rate varies from 55.0% in Waverley to 70.4% in Woking' after a sentence on the diagnosis rate: 'the
            # rate' is the rate the sentence before named
            np = _RATE_NP.search(previous_subject)
            if np:
                said = f"{column} {np.group(0)} {clause}"
                if _after_target(sentence, figures, num, c_start):
                    context, said = _TARGET_WORDS.sub(" ", context), _TARGET_WORDS.sub(" ", said)
                measure = classify(kind, context, None, said)
            rates = {str(r["measure"]) for r in previous_rows or () if r["unit"] == "percent"
                     and not str(r["measure"]).endswith("_target") and r["area_code"] == props.authority}
            if measure is None and len(rates) == 1:
                # ('This gives a diagnosis rate of 61.8%. The rate has improved since March 2024, when it stood at
                # 58.9%.': the sentence before named no subject to carry, but gave one rate of the authority's)
                measure = next(iter(rates))
        if measure is None and not borrowed and kind == "share" and (previous_subject or heads):
            # 'Recorded prevalence was 0.98% of the registered population' under a dementia heading or sentence: the
            # share names its kind (prevalence, diagnosis) and the subject is the heading's; '(England 65.0%)' after
            # such a share is its benchmark
            own = sentence[:c_start] if sentence[:c_start].rstrip().endswith("(") else clause
            own = own[own.rfind(";") + 1:]
            if _SHARE_CUE.search(own):
                borrowed = True
                context = f"{column} {previous_subject} {' '.join(heads[:1])} {sentence}"
                measure = classify(kind, context, None, f"{column} {own}")
        if measure is None and kind == "share" and mine:
            # 'That is 11.6% of residents aged 3 and over, close to the Scotland figure of 12.0%': a share after the
            # sentence's share, a nation named between them and the figure (or just after it), is that share's
            # benchmark
            s0, last = mine[-1]
            between = sentence[s0:num.start]
            if str(last["unit"]) == "percent" and not _FIGURE.search(between[len(between.split("%")[0]) + 1:]) and (
                    area_lookup.benchmark_in(between[len(between.split("%")[0]):])
                    or area_lookup.benchmark_in(sentence[num.end:num.end + 20])):
                measure = str(last["measure"])
                if measure.endswith("_target") and not _TARGET_WORDS.search(between):
                    # 'below both the national ambition of 66.7% and the England rate of 65.1%': England's rate is
                    # the rate the target is for (the sentence's or the sentence before's), not a second target
                    measure = _rate_of_target(measure, mine, previous_rows)
        if measure is None and sentence[:c_start].rstrip().endswith("("):
            # '(Wales 60.9%)': the bracketed benchmark is the figure the words before the bracket name
            measure = classify(kind, context, None, f"{column} {sentence[:c_start]}")
        same_as = None
        if measure is None and mine and re.search(_FROM_BEFORE, before, re.IGNORECASE) \
                and not re.search(r"[A-Za-z]{3}", re.sub(_FROM_BEFORE, "", sentence[mine[-1][0]:num.start],
                                                         flags=re.IGNORECASE).split(",")[-1]):
            # '50 or more hours a week: 11,260 people, up from 9,870 in 2011': the figure before it, earlier
            same_as = mine[-1][1]
            measure = str(same_as["measure"])
        elif measure is None and mine and num.percent and str(mine[-1][1]["unit"]) == "percent" \
                and _YEAR_COMPARED.search(sentence[:num.start]):
            # '61.8%, up 1.4 percentage points on 2023/24 (60.4%)': the share the year compared with had
            same_as = mine[-1][1]
            measure = str(same_as["measure"])
        elif measure is None and kind == "count" and not head and (mine or gapped_from) \
                and _names_place_first(after):
            # '386,500 people: 187,900 in Carmarthenshire, 71,400 in Ceredigion and 127,200 in Pembrokeshire': a bare
            # figure and its place, the figure before's noun left out, counts what the figure before counted
            same_as = mine[-1][1] if mine else gapped_from
            measure = str(same_as["measure"])
        if same_as is None and measure and mine and kind == "count" and not head \
                and measure == str(mine[-1][1]["measure"]) and _place_named_before(before):
            same_as = mine[-1][1]  # '4,050 carers gave 50 or more hours of care a week; in Ceredigion, 2,230': the
            # figure before's words left out, its hours band too
        if measure is None and kind in ("share", "rate") and c_start and area_lookup.benchmark_in(clause) \
                and _RATE_NP.search(sentence[:c_start]):
            # 'a diagnosis rate of 53.6%, well below the all-Wales rate of 61.2%': the benchmark's clause compares the
            # rate the clause before named (its words up to the figure only: not a target named after it)
            measure = classify(kind, context, None, f"{column} {sentence[:c_start]} {sentence[c_start:num.end]}")
        if measure and measure.endswith("_target") and _bracket_after_target(sentence, c_start, num, mine):
            # 'below the national ambition of 66.7% (England 64.8%)': the place's figure in brackets after the target
            # is the rate the target is for, not a second target
            measure = _rate_of_target(measure, mine, previous_rows)
        if measure is None:
            continue
        if measure in _DEMENTIA_HOUSING and _WILL_HOLD.search(sentence[c_start:num.start]):
            continue  # 'Hempsted Wharf and Stonehouse Park will each include a wing of 16 apartments for people living
            # with dementia': a plan's dementia apartments, which no measure holds (dementia units are those open now)
        if trailing and not measure.endswith("_planned") and not _NONE_PLANNED.match(trailing) and (
                twin := planned_twin(measure, trailing)):
            measure = twin  # (the bullet's trailing clauses say the scheme is planned: 'reserved matters submitted')
        if borrowed and anaphor and previous_rows and theme_of(measure) not in {
                theme_of(str(r["measure"])) for r in previous_rows}:
            continue  # 'The number is projected to rise by about 30%' after a sentence on dementia, under 'Dementia and
            # carers': the number is the sentence before's, never the heading's other subject's
        if kind == "share" and _SURVEY.search(sentence) or theme_of(measure) == "carers" and kind == "count" and (
                _RESPONDED.match(sentence, num.end) or _SURVEY_OF.search(sentence[:num.start])):
            # ('61% of carers of people with dementia who answered our survey said they didn't know where to turn after
            # the diagnosis': a survey's answer is no diagnosis rate either)
            continue  # '812 carers responded. Of those respondents, 64% said ...; only 41% felt ...': a survey's
        if kind == "count" and (_ATTENDED_BY.search(before) or _RESPONDED.match(sentence, num.end)
                                or _RESPONSES.search(sentence) and _FROM_SOURCE.match(after)) \
                or kind == "share" and _ANSWERED.match(after):
            continue  # a consultation's responses by source ('1,146 responses: 812 from carers, 139 from people living
            # with dementia'), an event's attendance ('attended by 214 people') or an answer ('71% agreed with ...')
        if kind == "count" and re.match(r"(?:places?|seats?|spaces?|tickets?)$", head or "") and _EVENT_BOOKING.search(
                sentence):
            continue  # 'a provider briefing on the Supported Living lots ... with 80 places; please book by 12 June':
            # an event's places, no service's
        if kind == "count" and borrowed and not column and re.match(r"referr", head or ""):
            continue  # 'The service received 1,960 referrals in 2025/26' after a sentence on a dementia service for
            # people and their carers: a service's referrals, whose people its own sentence does not name
        if kind in ("share", "change_pct") and _UPLIFT.search(clause):
            continue  # 'The fee uplift for 2026/27 is 5.8%': a price's rise, no share of people
        if kind == "share" and borrowed and heads and _FEEDBACK_HEADING.search(heads[0]):
            continue  # '• 46%: no break in the last year' under 'What we heard': an engagement's answer
        if kind in ("share", "change_pct") and borrowed and _MONEY.search(clause):
            continue  # 'The proposed annual value is £1,240,000, an uplift of 4.6%': a price's change, no figure of ours
        if _subgroup(sentence, num) and (_SUPPORTED_COUNT.search(sentence[:num.start])
                                         or _CARERS_OF_DEMENTIA.search(sentence[:num.start])):
            continue  # 'Devon Carers supported 2,140 carers ..., and 780 of them had a carer's assessment': a part of
            # the people a service supported is the service's count, no measure of ours; so is a part of the carers
            # of people living with dementia ('..., and 1,050 of them care for 50 or more hours a week')
        if measure in _WHOLE_MEASURES and measure.endswith("_planned") and _ALL_THERE_ARE.search(before):
            continue  # 'a new care and support contract for all 14 extra care schemes': all the schemes there are,
            # which a plan's word elsewhere in the clause does not make planned (the count is the stock's, given elsewhere)
        if measure in _WHOLE_MEASURES and _NOT_STOCK.search(clause):
            continue  # 'a retirement village of 120 homes ... is not counted as extra care', 'two schemes were
            # decommissioned in 2022': housing outside the count, or gone from it
        if (_ONE_SIZE.match(after) or _SOME_OF.match(after) or _FOR_HOUSEHOLD.match(after)) and measure in _WHOLE_MEASURES:
            continue  # '14 two-bedroom flats for couples': a part of a scheme by size; 'the two oldest schemes': a part
            # of the schemes
        if measure in _WHOLE_MEASURES and re.search(r"\b(?:the|our|its|their)\s+(?:other|remaining)\s+$", before,
                                                     re.IGNORECASE):
            continue  # 'The other three schemes are served by ...': a part of the schemes, after the rest
        if _PART_OF.match(after) and measure in _WHOLE_MEASURES and _OPEN_BY_YEAR.match(after) \
                and f"{measure.removesuffix('_planned')}_planned" in MEASURES \
                and any(str(r["measure"]).endswith("_planned") for r in [*(r for _, r in mine), *(previous_rows or [])]):
            # 'Five sites are in the pipeline, with 332 units between them. ... we expect 278 of these units to be open
            # by 2029': the part of the pipeline to open by a year is the plan by that year
            measure = f"{measure.removesuffix('_planned')}_planned"
        elif _PART_OF.match(after) and measure in _WHOLE_MEASURES and num.raw.lower() not in ("both", "all"):
            continue  # 'Seven of the 19 schemes are more than 15 years old': a part of the schemes, not their number
        if measure in _ONE_SCHEMES_UNITS and _ONE_SCHEME.match(sentence[:num.start]) \
                and not _TOGETHER.search(sentence[num.start:num.end + 40]):
            continue  # 'The scheme, built by a housing association, has 68 apartments': one scheme's, not the total
        if measure in _ONE_SCHEMES_UNITS and _SINGLED_OUT_SCHEME.match(sentence[:num.start]):
            continue  # 'Elm Court, the oldest scheme, has 48 flats': one scheme singled out, not the total
        if _singled_out_part(sentence[:num.start]):
            continue  # 'The largest, Castle, has about 24,900 residents': one ward's, not the area's
        if measure in _WHOLE_MEASURES and _SCHEME_AT_PLACE.match(sentence[:num.start]) \
                and _counted_planned_schemes(previous_rows):
            continue  # 'Three new schemes will add 210 flats ... The scheme at Melksham, with 80 flats, is due to open
            # in 2027': one of the schemes the sentence before counted
        named = _NAMED_BRACKET.search(sentence[:num.start])
        if named and measure in _WHOLE_MEASURES and not area_lookup.exact(named.group("name")) \
                and not _TOGETHER.search(sentence[num.end:num.end + 40]):
            continue  # 'Avon Mill in Melksham (70 apartments, due to open in spring 2027)': one named scheme's units
        if _place_within_bracketed(sentence[:num.start]):
            continue  # 'Towns with the most people living with dementia include Morecambe (about 1,300)': the town's
        if measure in ("carers_referrals", "carers_assessed") and _SERVICE_REACHED.search(sentence[:num.start]):
            continue  # 'worked with 6,240 carers last year and took 1,930 new referrals': the people it reached
        if _place_within_subject(sentence[:num.start], said_before):
            continue  # 'Recorded prevalence varies across the city's wards. ... Werrington had 104 people on the
            # register.': the ward's
        if kind == "share" and _NHS_PATCHES.search(sentence) and _PLACED_AFTER.match(after) \
                and not _own_place_named(area_clause, props):
            continue  # 'Diagnosis rates differ between the county's Primary Care Network clusters, from 57% in the east
            # to 66% around Lewes': a GP network's rate, no area's the registry holds (the place only says where)
        if measure in _WHOLE_MEASURES and _places_together(sentence[:num.start]):
            continue  # '- East Hertfordshire and St Albans: two schemes with full consent': the places' together, no
            # figure of one area
        if _NO_ONE_AREA.search(area_clause) and not area_lookup.find_areas(area_clause) \
                and not area_lookup.benchmark_in(area_clause):
            no_one_area = True
            gapped_from = {"measure": measure, "breakdown": ""}  # what a bare figure and its place after it counts
            continue  # a region's figure, or several councils' together: no figure of one area the registry holds
        if _BOARD_NAMED.search(sentence[:num.start]) and not area_lookup.find_areas(
                _BOARD_FOOTPRINT.sub(r"\1 ", sentence[:num.start])) \
                and not area_lookup.benchmark_in(area_clause):
            no_one_area = True
            continue  # 'Most residents are in Mid and South Essex ICB, which covers around 1.2 million people; its
            # diagnosis rate was 61.4%': the board's figures, no area's the registry holds (the places name the board)
        if _wider_health_board(sentence[c_start:num.start], props.authority) \
                and not area_lookup.benchmark_in(area_clause):
            no_one_area = True
            continue  # 'Aneurin Bevan University Health Board had a diagnosis rate of 60.2%': the board's, no council's
        if _goes_on_without_a_place(clause, named) and (no_one_area or region_before and borrowed and not any(
                r.get("area_code") == props.authority for r in previous_rows or [])):
            # 'An estimated 6,570 ... in the region in 2025, and this is projected to rise to 8,050 by 2030', or 'The
            # 2021 Census counted 38,715 unpaid carers across West Wales. In 2011 there were 43,920.': the figure goes
            # on with the region's, naming no place (nor a subject) of its own
            no_one_area = True
            continue
        line = line_at(num.start)
        if column_area is not None and not area_lookup.find_areas(clause):
            area_code, area_name = column_area
        else:
            # (a scheme's care provider's name is no place: 'care provider: Cotswold Home Support')
            area_code, area_name = _prose_area(_blank_provider(sentence), _blank_provider(area_clause), num,
                                               props.authority)
            if column_area is not None and area_code == props.authority and not any(
                    h.code == props.authority for h in area_lookup.find_areas(sentence)):
                # 'one extra care scheme in the district, Wyndham Lodge in Melton Mowbray' under '3.6 Melton': the
                # place locates the named scheme, and the figure is the section's place's, not the authority's
                area_code, area_name = column_area
        sub = _sub_place(sentence[c_start:num.start])
        if not sub and theme_of(measure) == "extra_care":
            sub = _scheme_named_first(sentence[:num.start])  # 'Abbey Mead, Cirencester – 64 apartments': the scheme's
        if sub:  # 'Egerton ward in Melton Mowbray had 640 unpaid carers': no area the registry holds, nor Melton
            area_code, area_name = "", sub
        local = _local_place_after(sentence, num)
        if local:  # 'The rate varies across the county's community areas, from 52.3% in Pewsey to ...': the locality's
            area_code, area_name = "", local
        seg = sentence.rfind(";", 0, num.start) + 1  # 'a sixth scheme opens in 2027' after ';' is another figure's year
        seg_end = sentence.find(";", num.end)
        seg_end = len(sentence) if seg_end < 0 else seg_end
        if measure.endswith("_target"):
            # a target's period is a year written in its own clause ('the national ambition of 66.7% for 2026/27'),
            # never the year the sentence gives a rate beside it ('61.4% in January 2025, below the national
            # ambition of 66.7%') or the paragraph's
            own = clause
            opened = sentence.rfind("(", 0, num.start)
            if opened >= 0 and ")" not in sentence[opened:num.start] and ")" in clause[num.end - c_start:]:
                own = clause[:clause.index(")", num.end - c_start)]  # '(national ambition 66.7%) in December 2025'
            period, projection = _prose_period(own, replace(num, start=num.start - c_start, end=num.end - c_start))
        else:
            period, projection = "", False
            close = sentence.find(")", num.end)
            if re.search(r"\(\s*(?:around\s+|about\s+|some\s+)?$", sentence[:num.start]) and close > 0 \
                    and "(" not in sentence[num.end:close]:
                # '... in 2025 (1,159 with a diagnosis recorded by their GP in March 2026)': a bracket opening on its
                # figure gives that figure its own year before the sentence's
                o = sentence.rfind("(", 0, num.start)
                period, projection = _prose_period(sentence[o:close], replace(num, start=num.start - o,
                                                                              end=num.end - o))
            if not period:
                period, projection = _prose_period(sentence[seg:seg_end],
                                                   replace(num, start=num.start - seg, end=num.end - seg))
            if measure in _CENSUS_MEASURES:
                # '36,480 (2011: 38,820)': the census after the bracketed one; 'the previous census recorded 1,930
                # ...; in 2021 the figure was 2,260': the census before the one the sentence names
                period = _census_beside(sentence, num, figures, seg, seg_end, period, props.authority)
            if when := _WHEN_YEAR.search(sentence[max(seg, num.start - 80):num.start]):
                period = _period_from(when.group(1)) or period  # '... fewer than in 2011, when 113,950 residents did so'
        if not period and trailing:
            # (the bullet's trailing clauses: the year it completes or opens, not the year planning was granted)
            period = next((y for part in sentence[seg_end:].split(";") if _COMPLETES.search(part)
                           and (y := _period_from(part))), "")
        if not period and seg and not _PROJECTION.search(clause) and not _OWN_TIME.search(sentence[seg:]) \
                and not measure.endswith("_target"):
            period = earlier.get(_carry_key(measure), "")  # '...at the 2021 Census; 7,120 of them provide 50 or more hours'
        if not period and num.percent and not measure.endswith("_target") and earlier.get(_carry_key(measure)) and any(
                re.fullmatch(r"[^;.()]{0,30}?(?:,|\(|\bor\b|\bthat is\b)\s*", sentence[n.end:num.start])
                for n in figures if n.end <= num.start and not n.percent and not n.words):
            # a share beside the count it describes ('58,940 in 2021, 10.1% of residents'): the count's year
            period = earlier[_carry_key(measure)]
        span = (spans or {}).get(_carry_key(measure))
        if not period and span and _SAME_SPAN.search(sentence[num.end:]):
            # 'from around 2,010 people to approximately 2,820 over the same period' after a projection from 2025 to
            # 2035: the start is the span's first year, the end its last
            if re.search(r"\bfrom\s+(?:around\s+|about\s+|approximately\s+|some\s+)?$", sentence[:num.start]):
                period = span[0]
            elif _FROM_TO_BEFORE.search(sentence[max(0, num.start - 80):num.start]):
                period, projection = span[1], True
        if not period and not measure.endswith("_target") and _SAME_YEAR.search(clause):
            # '... supported 3,150 carers in 2024/25, and 1,240 carers received an assessment in the same year': the
            # period the sentence gave its figures before, else the one the sentences before gave
            written = [m for m in _YEAR.finditer(sentence[:c_start])
                       if not _NOT_PERIOD.search(sentence[max(0, m.start() - 30):m.start()])]
            last_period = (f"{written[-1].group(1)}/{written[-1].group(2)}" if written[-1].group(2)
                           else written[-1].group(1)) if written else last_period
            period = last_period or (carried or {}).get(_carry_key(measure), "") or (
                next(iter(set((carried or {}).values()))) if len(set((carried or {}).values())) == 1 else "")
            if not period and (said := [m for m in _YEAR.finditer(said_before) if not _NOT_PERIOD.search(
                    said_before[max(0, m.start() - 30):m.start()])]):
                # ('In 2024/25 the Carers Centre ran 85 sessions. Over the same year, 4,615 carers were known ...': the
                # year the sentence before wrote, though its figure was no measure)
                period = f"{said[-1].group(1)}/{said[-1].group(2)}" if said[-1].group(2) else said[-1].group(1)
        if not period and (year_and := _YEAR_AND_BEFORE.search(sentence[:num.start])) \
                and _DONE_AFTER.match(sentence[num.end:]):
            period = _period_from(year_and.group(1))  # '... in 2023/24 and 3,160 carers' assessments were completed'
        if not period and carried and not _PROJECTION.search(clause) and not _OWN_TIME.search(sentence) \
                and not measure.endswith("_target"):
            period = carried.get(_carry_key(measure), "") or (
                carried.get(_CENSUS_KEY, "") if measure in _CENSUS_MEASURES else "")
        if re.fullmatch(r"(?:19|20)\d\d", period) and _DECADE_EARLIER.search(clause) and not _YEAR.search(clause):
            # 'Ten years earlier the figure was 23,410', 'compared with 11.2% a decade earlier': ten years before the
            # year the sentence or the one before gave
            period = str(int(period) - 10)
        elif measure in _CENSUS_MEASURES and _PREVIOUS_CENSUS.search(clause) and not _YEAR.search(sentence):
            # 'At the previous census there were 23,900 carers' after a 2021 count, the sentence naming no year: the
            # census before the one carried to it
            period = _census_before(period, props.authority) or period
        qualifier = _qualifier(clause if not borrowed else sentence, num, kind, period, projection)
        if qualifier == "plan" and borrowed and not _PLAN.search(clause):
            # '8 schemes open with 486 apartments, and 3 more schemes are planned': another clause's plan, not theirs
            qualifier = _qualifier(clause, num, kind, period, projection)
        if measure.endswith("_planned"):
            qualifier = "plan"  # 'plans to add 300 more units by 2030' is a plan, not a projection
        breakdown = _own_breakdown(sentence, num, c_start, c_start + len(clause))
        if not breakdown and mine and _GOES_ON.search(sentence[max(0, num.start - 160):num.start]):
            # '13,950 people aged 65 and over ... in 2025, rising to 17,400 by 2035': the same people later
            breakdown = next((str(r["breakdown"]) for s0, r in reversed(mine)
                              if r["measure"] == measure and r["area_code"] == area_code), "")
        if not breakdown and mine and area_code != props.authority and area_code in area_lookup.BENCHMARKS.values():
            # '3.5% gave 50 or more hours a week, compared with ... 2.7% in England': the benchmark of the same group
            s0, last = max(((s0, r) for s0, r in mine if r["measure"] == measure), default=(0, None),
                           key=lambda x: x[0])
            if last is not None and _COMPARED.search(sentence[s0:num.start]):
                breakdown = str(last["breakdown"])
        if theme_of(measure) == "carers":
            breakdown = _own_band(sentence, num, c_start + len(clause)) or band_of(clause) or breakdown
            # ('19,870 provide 50 or more hours a week'; '9,880 provide 19 hours or less a week and 2,630 provide
            # between 20 and 49 hours': each figure's own band, the words after it up to the next figure)
            if _CENSUS_BASE.fullmatch(breakdown):
                breakdown = ""  # '41,200 people aged 5 and over who provide unpaid care': the census's base, no group
        if same_as is not None and not breakdown:
            breakdown = str(same_as["breakdown"] or "")
        if measure.startswith("extra_care") and re.fullmatch(r"older (?:people|persons|adults|residents)", breakdown):
            breakdown = ""  # ('418 units of accommodation for older people': whom extra care is for, no sub-group)
        if _subgroup(sentence, num):
            # '2,500 carers known to the council, of whom 1,500 are aged 65 and over': a part of the main clause's
            # figure is that figure's measure with the part as its breakdown, never the whole; with no part named it
            # is not proposed. A clause naming its own measure ('of whom 1,240 have had an assessment') keeps it.
            head_arg = head if kind in ("count", "change") else None
            generic = classify(kind, context, head_arg, column) == measure  # its own clause names no measure
            if num.percent and generic and not (theme_of(measure) == "carers" and band_of(clause)):
                continue  # 'of whom 35% are aged 65 and over' is a share of the figure before, no measure of ours
            main = next((r for s0, r in reversed(mine) if s0 < num.start and _same_kind(r, measure)), None)
            whole = [n for n in figures if n.end <= c_start and not n.percent]
            if main is None and generic and whole and not mine:
                continue  # 'The Carers Hub supports 1,900 carers, of whom 700 ...': the whole was no figure of ours
            if main is None and not _SUBJECT_WORDS.search(sentence[:num.start]):
                main = next((r for r in reversed(previous_rows or []) if _same_kind(r, measure)), None)
            if main is not None:
                if measure != main["measure"] and generic:
                    measure = str(main["measure"])  # the sub-group's clause names no measure of its own
                elif measure != main["measure"] and not breakdown and area_code == main["area_code"] and not (
                        main["measure"] in _OWN_AGE and _OWN_AGE[str(main["measure"])].fullmatch(str(main["breakdown"]))):
                    # '310 people aged under 65 ..., and 180 of them have a diagnosis': a part of that group, its
                    # own measure, of the group's ages (not of the ages that name a dementia estimate, 65 and over)
                    breakdown = str(main["breakdown"] or "")
                if measure == main["measure"] and not breakdown and area_code == main["area_code"] \
                        and not _by_own_year(period, main):
                    continue
        confidence = _lower("medium", "low" if borrowed or num.footnote or column else None,
                            "low" if bullet and not own_subject else None)
        added = len(props.rows)
        value = -num.value if kind in ("change", "change_pct") and _falls(before, after) else num.value
        props.add(line=line, kind="measure", theme=theme_of(measure), measure=measure, area_code=area_code,
                  area_name=area_name, period=period, value=value, unit=_unit(measure),
                  qualifier=qualifier, breakdown=breakdown, confidence=confidence, text=lines[line - 1])
        if len(props.rows) > added:
            mine.append((num.start, props.rows[-1]))
        if period and qualifier != "projection" and not measure.endswith(("_change", "_target")):
            earlier.setdefault(_carry_key(measure), period)
            last_period = period
    return no_one_area


# a label naming places joined by 'and' before a colon ('East Hertfordshire and St Albans:', 'Babergh, Mid Suffolk and
# Ipswich:')
_PLACES_LABEL = re.compile(r"^\W*(?P<places>[A-Z][\w'’ -]+?(?:,\s*[A-Z][\w'’ -]+?)*\s+(?:and|&)\s+[A-Z][\w'’ -]+?)\s*:")


def _places_together(before: str) -> bool:
    """Whether the words before a figure are a label naming two or more places the registry holds."""
    label = _PLACES_LABEL.match(before)
    return bool(label) and len({hit.code for hit in area_lookup.find_areas(label.group("places"))}) >= 2


def _by_own_year(period: str, main: dict[str, object]) -> bool:
    """Whether a part of the figure before gives a year the whole did not ('332 units between them. We expect 278 of
    these units to be open by 2029'): the part is that year's figure of the whole's measure, no mere sub-group."""
    return bool(period) and period != str(main["period"] or "")


_IN_PLACE = re.compile(r"\s*(?:in|for)\s+(?:the\s+)?(?=[A-Z])")


def _names_place_first(after: str) -> bool:
    """The words after a figure open on a registry place ('71,400 in Ceredigion and ...')."""
    lead = _IN_PLACE.match(after)
    return bool(lead) and any(h.start == lead.end() for h in area_lookup.find_areas(after))


_PLACE_BEFORE_GAP = re.compile(r"(?:[;,]|\band)\s*(?:and\s+)?(?:in|for)\s+(?:the\s+)?([A-Z][\w'’ -]+?)\s*,?\s*$")


def _place_named_before(before: str) -> bool:
    """The words before a figure end on a registry place after a comma or semicolon ('...; in Ceredigion, 2,230')."""
    m = _PLACE_BEFORE_GAP.search(before)
    return bool(m) and area_lookup.exact(m.group(1)) is not None


# a clause saying whose figure it is ('ours', 'here', 'the county's'): the authority's, whatever came before
_OWN_PLACE_WORDS = re.compile(r"\b(?:our|ours|here|locally|the\s+(?:council|county|borough|city|district)['’]s?)\b",
                              re.IGNORECASE)


def _goes_on_without_a_place(clause: str, named) -> bool:
    """A clause that names no place, benchmark or subject of its own ('and this is projected to rise to 8,050 by
    2030', 'In 2011 there were 43,920'): it goes on with the figure before, wherever that figure was."""
    return not named and not area_lookup.find_areas(clause) and not area_lookup.benchmark_in(clause) \
        and not _OWN_PLACE_WORDS.search(clause)


# a figure ten years before the one beside it ('Ten years earlier the figure was 23,410'; not 'a decade ago', the
# writer's own time)
_DECADE_EARLIER = re.compile(r"\b(?:ten|10)\s+years\s+(?:earlier|before|previously)\b|\ba\s+decade\s+(?:earlier|before|"
                             r"previously)\b", re.IGNORECASE)


# a survey's respondents and their answers: no count or share of the carers the survey asked
_SURVEY = re.compile(r"\b(?:respondents?|responded|surveyed|answered|polls?)\b|\bwho\s+(?:replied|answered|took\s+part)\b|\bsurvey\b[^.;]{0,60}\b(?:said|told us|felt|reported|found)\b|"
                     # ('around 73% of people who came said they would come again': the answer of those who came to
                     # a cafe, a group or an event)
                     r"\bwho\s+(?:came|attended|used\s+(?:it|them|the\s+\w+)|visited|joined)\b[^.;]{0,40}?\b(?:said|told\s+us|felt|"
                     r"rated|agreed|would)\b|"
                     # ('In the Survey of Adult Carers, 34.8% of carers were very satisfied with support (England 36.3%)')
                     r"\bsurvey\b(?:[^.;]|\.\d){0,100}\bsatisf(?:ied|action)\b|\bsatisf(?:ied|action)\b(?:[^.;]|\.\d){0,100}\bsurvey\b",
                     re.IGNORECASE)
# the title of a list of a survey's or an engagement's answers ('What carers told us (412 replies):', 'Results of our
# carers survey:', 'Of the 380 who responded:')
_SURVEY_LIST = re.compile(r"\btold\s+us\b|\b(?:replies|respondents|responses|questionnaires?|surveys?|surveyed)\b|"
                          r"\bwho\s+(?:replied|responded|answered|took\s+part)\b", re.IGNORECASE)
# ... and its sample ('In a survey of 412 carers in 2025, 38% said ...', 'we surveyed 650 carers')
_SURVEY_OF = re.compile(r"\b(?:(?:a|our|the|an?\s+\w+)\s+(?:survey|poll|questionnaire)\s+of|surveyed|interviewed|asked)\s+"
                        r"(?:some\s+|around\s+|about\s+|over\s+|more than\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
_RESPONDED = re.compile(r"\s*(?:[A-Za-z'’-]+\s+){0,3}(?:responded|replied|answered|took part|attended|completed (?:the|our|a) survey)\b",
                        re.IGNORECASE)
_ATTENDED_BY = re.compile(r"\b(?:attended|visited|joined)\s+by\s+(?:some\s+|around\s+|about\s+|over\s+|more than\s+|"
                          r"nearly\s+|almost\s+)?$", re.IGNORECASE)
_RESPONSES = re.compile(r"\b(?:responses|respondents|replies|submissions)\b", re.IGNORECASE)
_FROM_SOURCE = re.compile(r"\s+(?:were\s+|came\s+)?from\s+(?!(?:19|20)\d{2}\b)", re.IGNORECASE)
# a survey's answer after a share ('71% agreed with the proposal', '64% of respondents said')
_ANSWERED = re.compile(r"\s*(?:of\s+(?:respondents|those\s+(?:who\s+)?(?:responded|asked|surveyed))\b|"
                       r"(?:strongly\s+)?(?:agreed|disagreed)\b)", re.IGNORECASE)


# a part of a whole written after it ('Seven of the 19 schemes', '12 of our 19 schemes'): no count of the whole's kind
# a sentence about an event one books a place at (its places are the event's, not a service's beds or places)
_EVENT_BOOKING = re.compile(r"\b(?:briefings?|events?|workshops?|webinars?|drop-in|market\s+engagement\s+session)\b"
                            r"(?:[^.]|\.(?=\d))*\b(?:book(?:ing)?|register|reserve|places?\s+(?:are\s+)?limited)\b", re.IGNORECASE)
_PART_OF = re.compile(r"\s+of\s+(?:the|our|its|their|all)\s+(?:[\w'’]+\s+){0,2}?(?!(?:19|20)\d{2}\b)\d|"
                      # 'Care in seven of the schemes is provided by ...': a part of the schemes written of before;
                      # '8 of its flats will be for younger adults': a part of one scheme's flats
                      r"\s+of\s+(?:the|our|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:schemes|developments|sites|courts|"
                      r"units|apartments|flats|homes)\b", re.IGNORECASE)
# a count in brackets right after a name of two or more capitalised words, with its town ('Avon Mill in Melksham (70
# apartments', 'Cley Rise (58 apartments)'): that scheme's, not the authority's (a registry place so named is an area's)
_NAMED_BRACKET = re.compile(r"\b(?!(?:The|Our|This|These|In|At|By|We|All)\b)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)(?:\s+in\s+[A-Z][\w'’-]+"
                            r"(?:\s+[A-Z][\w'’-]+)*)?\s*\(\s*(?:about\s+|around\s+|c\.\s*)?$")
# a sentence about places within the council's area ('Towns with the most people living with dementia include
# Morecambe (about 1,300), Accrington (about 720) ...') and a figure in brackets right after one of them: that place's
_PLACES_WITHIN = re.compile(r"\b(?:towns|villages|wards|neighbourhoods|localities|parishes|settlements)\b", re.IGNORECASE)
_PLACE_BRACKET = re.compile(r"(?-i:\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))\s*\(\s*(?:about\s+|around\s+|approximately\s+|"
                            r"c\.\s*|some\s+)?$", re.IGNORECASE)


# a sentence opening on a place's name, its count straight after ('Werrington had 104 people on the register'), in a
# paragraph about the area's wards, towns or villages: that place's count (a sentence opening on a word that is no name
# of a place, 'The county had ...', 'Our city has ...', is left as it was)
_PLACE_SUBJECT = re.compile(r"\W*(?!(?:The|This|That|These|Those|Our|Its|It|We|There|Here|In|By|At|Of|On|For|From|Each|"
                            r"Every|All|Some|Around|About|Over|Across|Overall|Together|Between|Since|Today|Now)\b)"
                            r"(?-i:(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))\s+(?:has|had|have|is\s+home\s+to)\s+"
                            rf"(?:(?:{_HEDGE}|almost|roughly)\s+)?$", re.IGNORECASE)


# the carers a service worked with, supported or helped ('Our carers support service worked with 6,240 carers last year
# and took 1,930 new referrals'): the people it reached, no count of referrals or assessments (the referrals' own figure
# stays)
_SERVICE_REACHED = re.compile(r"\b(?:supported|supports|helped|helps|worked\s+with|works\s+with)\s+"
                              rf"(?:(?:{_HEDGE}|almost|more\s+than)\s+)?$", re.IGNORECASE)


def _place_within_subject(before: str, said_before: str) -> bool:
    """Whether a sentence opens on a place the registry does not hold, its figure straight after, in a paragraph about
    the area's towns, wards or villages: the place's figure, no area's."""
    place = _PLACE_SUBJECT.match(before)
    return bool(place) and bool(_PLACES_WITHIN.search(said_before)) and not area_lookup.exact(place.group("name"))


def _place_within_bracketed(before: str) -> bool:
    """Whether a figure follows, in brackets, a place the registry does not hold, in a sentence about towns, wards or
    villages: the town's figure, no area's."""
    place = _PLACE_BRACKET.search(before)
    return bool(place) and bool(_PLACES_WITHIN.search(before[:place.start()])) \
        and not area_lookup.exact(place.group("name"))


_TOGETHER = re.compile(r"\b(?:in total|altogether|together|between them|combined|across)\b", re.IGNORECASE)
# a part of the stock counted before to be open by a year ('278 of these units to be open by 2029', '3 of them
# completed by the end of 2027')
_OPEN_BY_YEAR = re.compile(r"\s+of\s+(?:these|those|them|the)\b[^.;:]{0,40}?\b(?:open(?:ed)?|complete[d]?|built|delivered|"
                           r"ready|available|occupied)\s+by\s+(?:(?:the\s+)?end\s+of\s+)?(?:19|20)\d{2}\b", re.IGNORECASE)
_WHOLE_MEASURES = frozenset({"extra_care_schemes", "extra_care_units", "extra_care_schemes_planned",
                             "extra_care_units_planned", "sheltered_housing_schemes", "sheltered_housing_units",
                             "supported_housing_schemes", "supported_housing_units"})
# a sentence whose subject is one scheme written of before ('The scheme, run by ..., has 68 apartments', 'Each scheme has
# 40 flats'): its units are that scheme's, no count of the authority's (a scheme still to open keeps its planned units)
# and a scheme counted by its place in the order schemes opened ('Our eighteenth scheme, at Bicester, opened ... with 72
# units'): that one scheme's
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|"
            r"seven|eigh|nine)teenth|twentieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth)|\d+(?:st|nd|rd|th))\s+")
_ONE_SCHEME = re.compile(r"\W*(?:the|this|that|each|every|our\s+new|its|our(?=\s+" + _ORDINAL + r"))\s+(?:new\s+|"
                         r"latest\s+|" + _ORDINAL + r"|extra\s+care\s+)?(?:scheme|development|building)\b(?![\w'’-])"
                         r"(?=\s*,|\s+(?:has|had|have|offers|provides|contains|includes|will\s+have)\b)", re.IGNORECASE)
# (a scheme named by its place is left as written: 'The extra care scheme at Mill Lane has 60 flats' is offered, as
# excerpt 03 and tests/test_ingest_probe18_r18e.py expect)
# one scheme singled out by a superlative beside its name ('Elm Court, the oldest scheme, has 48 flats', 'The largest
# scheme, Elm Court, offers 90 flats'): that scheme's units, whatever the name
_SCHEME_NAME = r"(?:[A-Z][\w'’-]*\s+(?:(?:of|on|in|upon|the)\s+)?){0,4}[A-Z][\w'’-]*"
_SUPERLATIVE_SCHEME = (r"(?i:(?:the|our)\s+(?:largest|smallest|oldest|newest|biggest|most\s+recent)\s+(?:extra\s+care\s+)?"
                       r"(?:scheme|development|building))")
_SINGLED_OUT_SCHEME = re.compile(rf"\W*(?:{_SCHEME_NAME}\s*,\s*{_SUPERLATIVE_SCHEME}|{_SUPERLATIVE_SCHEME}\s*,\s*"
                                 rf"{_SCHEME_NAME})\s*,\s*(?:has|had|offers|provides|contains|includes)\s+$")
# one part of the area singled out by a superlative and named ('The largest, Castle, has about 24,900 residents', 'Its
# biggest ward, Abbey, is home to 21,300 people'): a ward's or a town's figure, not the area's, unless the name is an
# area of the registry (a county's largest district)
_SUPERLATIVE_PART = (r"(?i:(?:the|its|our|their)\s+(?:largest|smallest|biggest|most\s+populous|least\s+populous)"
                     r"(?:\s+(?:wards?|towns?|villages?|neighbourhoods?|localit(?:y|ies)|areas?|places?|communit(?:y|ies)|"
                     r"districts?|one))?)")
_SINGLED_OUT_PART = re.compile(rf"\W*{_SUPERLATIVE_PART}\s*,\s*(?P<name>{_SCHEME_NAME})\s*,\s*(?i:has|had|is\s+home\s+to|"
                               rf"houses|contains)\s+(?i:(?:about|around|some|over|nearly|almost|roughly|approximately|"
                               rf"just\s+(?:over|under))\s+)?$")
# a sentence opening on one scheme named by its place, its size straight after ('The scheme at Melksham, with 80 flats,
# ...', 'The new development in Calne will have 60 flats'): after a sentence counting several planned schemes, one of
# those, no whole (a new scheme after a count of open ones is no part of them)
_SCHEME_AT_PLACE = re.compile(r"\W*the\s+(?:new\s+|planned\s+)?(?:extra\s+care\s+)?(?:scheme|development)\s+(?:at|in)\s+"
                              r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s*,?\s*(?:with|has|will\s+have|will\s+add|"
                              r"of|providing)\s+(?:around\s+|about\s+)?$", re.IGNORECASE)


def _singled_out_part(before: str) -> bool:
    """The words before a figure single out one part of the area the registry does not hold ('The largest, Castle,
    has about ')."""
    part = _SINGLED_OUT_PART.match(before)
    return bool(part) and not area_lookup.exact(part.group("name"))


def _counted_planned_schemes(rows: list[dict[str, object]] | None) -> bool:
    """The figures of the sentence before counted several planned schemes."""
    return any(str(r.get("measure", "")).endswith("_schemes_planned") and float(r.get("value") or 0) > 1
               for r in rows or [])


_ONE_SCHEMES_UNITS = frozenset({"extra_care_units", "extra_care_units_dementia", "sheltered_housing_units",
                                "supported_housing_units"})
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
_SUBGROUP_BEFORE = re.compile(r"(?:\bof\s+(?:whom|which|these|them|those)|\bincluding)\s*,?\s*(?:(?:about|around|some|"
                              r"nearly|over|almost|just(?:\s+over|\s+under)?|approximately|roughly|an\s+estimated)\s+)?$",
                              re.IGNORECASE)


def _rounded_before_exact(sentence: str, num: Number, figures: tuple[Number, ...]) -> bool:
    """A rounded figure ('about 62 thousand', 'around eleven thousand') with the exact one in brackets a few words
    after it ('people (62,040)'), within a tenth of it: one figure written twice, the exact one kept."""
    if num.percent or not (num.words or num.approximate or re.search(r"thousand|\bk\b", num.raw, re.IGNORECASE)):
        return False
    exact = next((n for n in figures if n.start > num.end), None)
    return bool(exact and not exact.percent and exact.value and
                # (a few words between, or the rest of its clause: 'about nine thousand seven hundred people aged 65
                # and over in Cornwall have dementia in 2025 (9,710)')
                re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,14}\(\s*", sentence[num.end:exact.start]) and
                abs(exact.value - num.value) <= 0.1 * exact.value)


def _subgroup(sentence: str, num: Number) -> bool:
    """Whether a figure counts a part of one before it ('of whom 1,500', 'Of these, 5,910', '1,240 of them')."""
    return bool(_SUBGROUP_BEFORE.search(sentence[:num.start])
                or re.match(r"\s*%?\s*of\s+(?:them|these|whom)\b", sentence[num.end:], re.IGNORECASE))
    # ('54,300 residents (9.6% of those aged 5 and over)': 'of those' names the share's denominator)


def _same_kind(row: dict[str, object], measure: str) -> bool:
    """A row of the same theme and unit as `measure` (a count of people beside a count of people)."""
    return row["theme"] == theme_of(measure) and row["unit"] == _unit(measure)


def _referent(text: str) -> str:
    """The noun the last counted figure of `text` counts ('There are 4 dementia units at Elm Court' -> 'units'):
    what 'them' or 'these' after a later figure refers to; '' when no figure there counts a noun."""
    for n in reversed(_figures_in(text)):
        noun = _noun_after(text, n.end)
        if noun:
            return noun
    return ""


# a statement about housing with care alone names it in its title or its running header ('Housing with Care MPS
# 2026-2029'): its sections' schemes and apartments are extra care when they name nothing else ('3. Schemes in the
# pipeline' / '• Melbourne: a 60-unit scheme planned for 2028')
_HOUSING_TITLE = re.compile(r"extra care|housing with care|\bECH\b", re.IGNORECASE)
# a subject a pipeline can be of: housing with care, sheltered or supported housing
_HOUSING_SUBJECT = re.compile(r"extra care|housing with care|\bECH\b|(?<!very )(?<!very-)sheltered|"
                              r"supported (?:housing|accommodation|living)", re.IGNORECASE)
_SUPPORTED_HOUSING = re.compile(r"(?:\s*(?:and|&|,)\s*)?\bsupported\s+(?:housing|accommodation|living)\b", re.IGNORECASE)


def _document_subject(lines: list[str]) -> str:
    """The title (its first lines, before any contents entry or sentence) or the running header of a statement about
    extra care alone ('Housing with Care Market Position Statement'), else ''. A title naming another subject too
    ('Extra care, dementia and carers') or a contents page listing extra care among other sections is no such title."""
    first: list[str] = []
    for text in (t.strip() for t in lines if t.strip()):
        if len(first) == 5 or "\t" in text or len(text) > 90 or re.search(r"(?:\d|[.;:])$", text) and not (
                first and re.search(r"[A-Za-z]\s+(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?$", text)):
            break  # (a title line ending in its year, 'Accommodation Needs Assessment 2026', is no contents entry)
        first.append(text)
    for text in [*first, *(lines[n - 1] for n in sorted(running_lines(lines)))]:  # (not a contents page's lines)
        flat = " ".join(text.replace("\t", " ").split())
        said = [m.group(0) for m in _SUBJECT_WORDS.finditer(flat)]
        if said and all(_HOUSING_TITLE.fullmatch(w) for w in said) and not _OTHER_SUBJECT.search(flat):
            return flat
    return ""


# a lead-in ending in a colon that is a sentence counting what the table or list under it names ('Two more schemes are
# in the pipeline:', 'A further 3 schemes will open by 2028:'): read as prose, not passed over as a heading
_COUNTING_LEAD_IN = re.compile(r"^(?:a\s+further\s+|another\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
                               r"(?:more\s+|new\s+|further\s+|additional\s+)?[a-z][\w -]{2,40}?\s+(?:are|is|will|have|has|were)\b"
                               r"[^.;:]*:$", re.IGNORECASE)


# a closing clause giving a figure's cause ('..., reflecting its younger population', '..., largely because of its
# older residents'): it names no subject of the figure
_EXPLAINED = re.compile(r",\s*(?:(?:largely|partly|mainly|probably|likely)\s+)?(?:reflecting|because|owing\s+to|"
                        r"due\s+to(?!\s+(?:open|be|complete|start|begin|finish|end|close|launch|go|run|expire)\b)|"
                        r"driven\s+by|explained\s+by)\b[^;]*", re.IGNORECASE)
_TABLE_NOTE = re.compile(r"^\s*(?:\*{0,2})(?:sources?|notes?|data)\b", re.IGNORECASE)


def _table_above(lines: list[str], layout: Layout, line: int) -> str:
    """The words of the table just above paragraph line `line` (its title and column headers), when only blank lines,
    running headers or its source note lie between and no heading does, and they name a subject of ours: what a
    sentence under it naming none is about ('Rushmoor's share is the lowest in the county at 7.6%')."""
    n = line - 1  # 1-based line above
    while n >= 1 and (not lines[n - 1].strip() or n in layout.running or _TABLE_NOTE.match(lines[n - 1])):
        n -= 1
    if n < 1 or n not in layout.table_lines or layout.heading_lines.get(n) != layout.heading_lines.get(line):
        return ""
    for block in layout.tables:
        if block.rows and block.rows[-1].line == n:
            # (a second block's header, 'In development | Units', is only its rows': a note under both has the title's)
            words = block.title if block.follows else f"{block.title} {' | '.join(block.column_keys())}"
            return words if _SUBJECT_WORDS.search(words) else ""
    return ""


_SUBHEAD = re.compile(r"[A-Z][A-Za-z’']*(?:\s+[a-z][A-Za-z’']*){0,4}")  # a short sub-heading in sentence case


# a chapter's own numbered heading ('3. What we have now', 'Section 4 Delivery'), not a sub-section's ('3.2 ...')
_CHAPTER_HEADING = re.compile(r"^\s*(?:(?:section|chapter|part)\s+)?\d{1,2}\.?\s+[A-Z]", re.IGNORECASE)


def _subject_above(heads: tuple[str, ...]) -> str:
    """The nearest heading above naming a subject, past headings naming none; '' at one naming another subject or a
    page's or slide's number, and past a chapter's numbered heading naming none (a heading above it is the chapter
    before's: 'Dementia' in chapter 2 is no subject of 'Our schemes' under '3. What we have now')."""
    for h in heads:
        if _OTHER_SUBJECT.search(h) or re.fullmatch(r"\d{1,3}", h.strip()):
            return ""
        if _SUBJECT_WORDS.search(h):
            return h
        if _CHAPTER_HEADING.match(h):
            return ""
    return ""


# a notice's description field ('Description', 'Procurement description', 'Description of the contract'): its value is
# prose, read for figures as any paragraph is
_DESCRIPTION_FIELD = re.compile(r"^(?:(?:contract|procurement|lot)\s+)?description(?:\s+of\s+the\s+(?:contract|procurement))?$",
                                re.IGNORECASE)


# an infographic's trend mark alone on its line, its arrow kept as a character ('▲ 12% since 2011', '▼ 6% on 2011'):
# the change of the caption right above it
_ARROWED_CHANGE = re.compile(rf"[{_UP_ARROWS}{_DOWN_ARROWS}]\s*\d[\d,.]*\s*%?\s+(?:since|on|from|compared\s+with)\s+"
                             r"(?:19|20)\d{2}(?:/\d{2})?\.?")


def _caption_above(lines: list[str], line: int) -> str:
    """The nearest line with words above `line` (1-based): the caption of the box an infographic's trend mark is in."""
    return next((lines[k - 1].strip() for k in range(line - 1, 0, -1) if lines[k - 1].strip()), "")


def _prose(lines: list[str], layout: Layout, props: Proposals, document_subject: str | None = None) -> None:
    # (a notice's description is prose: 'for tenants of the 14 extra care schemes in Staffordshire, which ...')
    skip = set(layout.table_lines) | {f.line for f in layout.fields if not _DESCRIPTION_FIELD.match(f.label)} \
        | footnote_lines(lines)
    document_subject = _document_subject(lines) if document_subject is None else document_subject
    previous_subject, previous_head = document_subject, ()
    list_census = ""  # the census year a bullet of the list gave a census count ('15,240 unpaid carers (Census 2021)')
    section_census = ""  # the census year a key figure of the section gave ('**17,240**' / 'unpaid carers (Census 2021)')
    chart_year = ""  # the year of a chart's title ('Figure 2: Carers by hours of care a week (Census 2021)')
    chart_none = False
    prose_periods: dict[str, str] = {}  # theme -> the period the section's last paragraph of figures gave them
    bullet_periods: dict[str, str] = {}  # theme -> the period the bullet just before gave its figures
    spans: dict[str, tuple[str, str]] = {}  # theme -> the section's last projection (from its year to its end year)
    field_periods: dict[str, str] = {}  # theme -> the period the fields above in a block of fields gave it
    for para in paragraphs(lines, skip, layout.running):
        heads = layout.headings.get(para.heading_line, ())
        if heads != previous_head:
            # a heading naming a section's stage and nothing else ('Pipeline', 'Future developments') goes on with
            # the section before's subject; any other heading starts afresh
            keep = previous_subject if heads and _STAGE_HEADING.fullmatch(_heading_words(heads[0])) else ""
            if keep and document_subject and not _HOUSING_SUBJECT.search(keep):
                # ('5. The development pipeline' after '... Stevenage has the most for its older population' in a housing
                # with care strategy: the pipeline is of the document's housing, not of the population the sentence
                # before named as a rate's base)
                keep = ""
            section = layout.outline.get(para.heading_line, ())
            if not keep and heads and section and section[-1][1] not in heads[:1] and not any(
                    _SUBJECT_WORDS.search(h) or _OTHER_SUBJECT.search(h) for h in heads[:2] if h != section[-1][1]) \
                    and _SUBJECT_WORDS.search(section[-1][1]):
                # 'Still in the pipeline' (or its lead-in line) under '5. Extra care housing': a sub-heading naming no
                # subject goes on with its numbered section's
                keep = section[-1][1]
            if not keep and heads and _SUBHEAD.fullmatch(heads[0]) and not (
                    _SUBJECT_WORDS.search(heads[0]) or _OTHER_SUBJECT.search(heads[0])):
                # a slide's box heading naming no subject ('At a glance', 'Known to us') under the slide's title
                # ('Extra care housing'), a subtitle naming none between them: it goes on with the title's subject
                keep = _subject_above(heads[1:])
            if not keep and heads and _QUESTION.fullmatch(heads[0]):
                # a question over its answer ('How many unpaid carers are there?' over 'A: About 46,000 - that is
                # the 2021 Census count'): the question is the answer's subject; one naming none ('What is the
                # diagnosis rate?') asks on about the subject of the answers before it; one a chapter's number leads
                # ('1. Who lives in Barnet?') opens the chapter, asking on about no box of key facts above it
                keep = heads[0] if _SUBJECT_WORDS.search(heads[0]) else "" if _CHAPTER_HEADING.match(heads[0]) else \
                    f"{previous_subject[-300:]} {heads[0]}"
            previous_subject, previous_head, chart_year, chart_none = keep or document_subject, heads, "", False
            bullet_periods = {}  # (a bullet under another heading is no part of the last bullet's figures)
            if not (heads and _QUESTION.fullmatch(heads[0])):
                # (a question is no new section: the census year its answers gave goes on to the next answer's census
                # shares and hours bands)
                prose_periods, spans, section_census = {}, {}, ""
        chart = CHART_TITLE.match(para.text.strip())
        if chart and not find_numbers(para.text.strip()[chart.end():], words=False):
            chart_year = _list_title_period(para.text.strip())
            title = para.text.strip()[chart.end():]
            # a chart of shares of what no share of ours counts ('Carers known to the council by age'): no figures
            chart_none = ruled_out("share", title, None, title) and classify("share", title, None, title) is None
        elif not LONE_FIGURE.match(lines[para.heading_line - 1]):
            chart_year, chart_none = "", False  # a chart's labels are figures alone on a line, each over its label
        elif chart_none and lines[para.heading_line - 1].strip().endswith("%"):
            continue
        if is_heading(lines, para.heading_line - 1, layout.margin) and not _COUNTING_LEAD_IN.match(para.text.strip()):
            continue
        if _LABEL_LOST.fullmatch(para.text):
            continue  # ('13,250     8.9%' set apart from its row's wrapped label by a converter: no one's figures)
        if row_cells(lines[para.heading_line - 1]) is not None:
            if para.heading_line not in layout.running:  # ('Council <tab> Housing MPS 2026-2029 <tab> 8': a page's)
                _text_table_row(lines, para.heading_line, layout, props)
            continue
        if not para.bullet and (table_subject := _table_above(lines, layout, para.heading_line)):
            previous_subject = table_subject  # 'Rushmoor's share is the lowest ...' under a table of carers by district
        carried: dict[str, str] = {}
        survey_list = False
        if para.bullet:
            title, first = _list_title(lines, para.heading_line, layout.running)
            survey_list = bool(_SURVEY_LIST.search(title or _colon_lead_in(lines, para.heading_line, layout.running)))
            list_census = "" if first else list_census
            year = _list_title_period(title)
            if year:  # 'Key facts: unpaid carers (Census 2021)' over its bullets: their year when they give none
                carried = {theme: year for theme in THEME_OF.values()}
            elif _lead_in(lines, para.heading_line):
                # 'At the 2021 Census, 49,630 people ... Of the county's carers:' over '• 20,940 gave 19 hours or less':
                # parts of the figures above, of their year
                carried = dict(prose_periods)
            elif _PART_OF_BULLET_ABOVE.match(para.text):
                # '• 831,900 people live in Leeds (mid-2025 estimate)' over '• 141,200 of them are aged 65 and over': a
                # part of the bullet above's figures, of their year
                carried = dict(bullet_periods)
            if first and _SUBJECT_WORDS.search(title):
                previous_subject = title  # and the first bullet's subject when it names none
        elif _PART_OF_ABOVE.match(para.text) or _SAME_YEAR_LEAD.match(para.text):
            # a paragraph opening 'Of Fife's carers, 11,930 provide 50 or more hours' after 'Census 2022 counted 41,860
            # carers': a part of the figures in the paragraph above, of their year; and one opening 'During the same
            # year' (a report's numbered sub-paragraph, '4.2.1 In the same year 1,980 carers were assessed', under
            # '4.2 In 2024/25, 5,120 carers were known ...'): the year of the paragraph above
            carried = dict(prose_periods)
        elif heads and _list_title_period(heads[0]):
            # 'Unpaid carers (Census 2021)' over a paragraph: its figures' year when they give none, as a list's title
            carried = {theme: _list_title_period(heads[0]) for theme in THEME_OF.values()}
        if chart_year and not chart:  # a pie chart's labels as text ('47%' over '19 or less hours a week')
            carried = {theme: chart_year for theme in THEME_OF.values()}
        tile = bool(_TILE_FIGURE.match(para.text))
        if not para.bullet and section_census and (tile or (_CENSUS_WORD.search(para.text) or "hour" in para.text and sum(
                1 for _, rx in breakdown_rules() if rx.search(para.text)) >= 2 or _CENSUS_SHARE.search(para.text))
                and not _YEAR.search(para.text)):
            # a page of key figures: '**17,240**' over 'unpaid carers (Census 2021)', then '**9.6%**' over 'of
            # residents aged 5 and over give unpaid care' and 'Of the 17,240 carers counted by the census, 9,880 ...':
            # the census shares and hours bands of the figures after it, of its year (not carers known); and a
            # paragraph giving the hours bands (two or more) naming no year after the section's census count in prose
            # ('At the 2021 Census, just under 26,000 ...' then 'Most carers – around 14,300 – give up to 19 hours a
            # week. Some 3,400 people care for between 20 and 49 hours ...'): the census's breakdown by hours of care
            # (one band alone in another paragraph is not carried: test_ingest_probe4)
            carried.setdefault(_CENSUS_KEY, section_census)
        if para.bullet and list_census:
            # '• 15,240 unpaid carers (Census 2021)' over '• 9.0% of residents aged 5+ provide unpaid care': a census
            # count's year for the census shares and hours bands of the bullets below it, not for carers known
            carried.setdefault(_CENSUS_KEY, list_census)
        in_fields = _field_under_field(lines, para.heading_line, para.text)
        if in_fields:
            # 'People aged 65 and over: 27,900' under 'Population (mid-2023): 136,800', 'Carers providing 50+ hours a
            # week: 3,340' under 'Unpaid carers (Census 2021): 12,370': the year a field above in the block gave its
            # theme
            carried = {**field_periods, **carried}
        previous_rows: list[dict[str, object]] = []
        place = _field_block_place(lines, para.heading_line, props.authority) or \
            _section_place(layout, para.heading_line, props.authority)
        parent = _parent_bullet(lines, para.heading_line) if para.bullet else ""
        if parent and (named := _place_named(parent)):
            place = named  # '• East Lindsey' over 'o 3,940': the sub-bullet's figure is of the place above it
        first_row = len(props.rows)
        plan_before = ""  # a sentence of no figure that says what is planned ('The first one should open in 2028.')
        region_before = False  # the sentence before gave a region's figure (or several councils' together)
        for s_start, sentence in sentences(para.text):
            before = len(props.rows)
            region_before = _sentence_figures(
                sentence, lambda pos, s0=s_start: para.line_at(s0 + pos), lines, props,
                previous_subject=_caption_above(lines, para.line_at(0)) if _ARROWED_CHANGE.fullmatch(para.text.strip())
                else previous_subject, heads=heads, bullet=para.bullet, carried=carried,
                previous_rows=previous_rows, column_area=place, spans=spans, document_subject=document_subject,
                said_before=para.text[:s_start], region_before=region_before)
            if plan_before and _SAME_SCHEME.match(sentence):
                # '... should open in 2028. It will have 65 flats.': the scheme the sentence before plans, and its year
                year = _YEAR.search(plan_before)
                for r in props.rows[before:]:
                    if r["kind"] == "measure" and (twin := planned_twin(str(r["measure"]).removesuffix("_planned"),
                                                                        plan_before)):
                        r["measure"] = twin
                        r["period"] = r["period"] or (year.group(0) if year else "")
                # ('It will have 64 flats, 12 of them designed for people living with dementia': the planned scheme's
                # dementia flats have no planned measure, and are no stock)
                props.rows[before:] = [r for r in props.rows[before:] if not _unplanned_housing_part(r)]
            added = props.rows[before:]
            plan_before = sentence if says_planned(sentence) and all(
                r["kind"] == "measure" and str(r["measure"]).endswith("_planned") for r in added) else ""
            if len(props.rows) > before:
                props.rows[before:] = [r for r in props.rows[before:] if r["kind"] != "measure" or not _figure_row(
                    lines[int(r["line"]) - 1])]
            if survey_list and len(props.rows) > before:
                # 'What carers told us (412 replies):' over '• Breaks ... matter most (68% of replies)', '• 27% work
                # full time': the list's shares are the survey's answers, no share of the carers the section counts
                props.rows[before:] = [r for r in props.rows[before:] if r["kind"] != "measure"
                                       or str(r.get("unit")) != "percent"]
            previous_rows = props.rows[before:]
            if not _DECADE_EARLIER.search(sentence):  # (a look ten years back dates no sentence after it)
                carried.update(_sentence_periods(previous_rows))
            spans.update(_projection_spans(previous_rows))
            said = {m.group(0).lower() for m in _SUBJECT_WORDS.finditer(_BASE.sub("%", sentence))}
            if said and not (said == {"residents"} and not previous_rows):
                # ('9.6% of residents' is no subject to carry; nor is 'opened its doors to residents in 2024', a
                # sentence giving no figure whose one subject word is 'residents')
                # 'This' in the next sentence refers to the main clause ('18,500 have dementia'), not to a
                # sub-group after ', of whom'
                first = re.split(r",?\s*\bof\s+(?:whom|which)\b", sentence, maxsplit=1)[0]
                own = first if _SUBJECT_WORDS.search(first) else sentence
                themes = {r["theme"] for r in previous_rows}
                # a sentence whose figures borrowed their subject ('Two of the schemes have a dementia floor, with 36
                # apartments ...' after a sentence on extra care) passes that subject on with its own words
                kept = previous_subject if themes and not any(
                    (subject_of(str(r["measure"])) or _NEVER).search(own) for r in previous_rows) else ""
                previous_subject = f"{kept[-300:]} {own}" if kept else own
            elif _SHARE_CUE.search(sentence) and _RATE_NP.search(sentence) and (
                    not find_numbers(sentence, words=False) or any(r["unit"] == "percent" for r in previous_rows)):
                # 'Dividing the register by the estimate gives the diagnosis rate.', or 'Our diagnosis rate was 61.2%
                # in March 2025.': the rate 'the rate' of a later sentence means, of the subject before
                previous_subject = f"{previous_subject} {sentence}"
        if parent.endswith(":"):
            # '• Caring for 50 or more hours a week:' over 'o 21,650 people' and 'o 2.8% of residents aged 5+': the
            # sub-bullets' carer figures are of the hours band their parent bullet names; 'In development:' over
            # '▪ 3 schemes': planned
            band = band_of(parent)
            for r in props.rows[first_row:]:
                if r["kind"] != "measure":
                    continue
                if band and not r["breakdown"] and theme_of(str(r["measure"])) == "carers":
                    r["breakdown"] = band
                r["measure"] = planned_twin(str(r["measure"]), parent) or r["measure"]
        if para.bullet and (when := _dated_by_sub_bullet(lines, para.heading_line)):
            # '• Diagnosis rate a year earlier: 61.9%' over 'o March 2025': the sub-bullet dates the bullet's figures
            for r in props.rows[first_row:]:
                if r["kind"] == "measure" and not r["period"]:
                    r["period"] = when
        if not para.bullet and len(props.rows) > first_row:
            prose_periods = _sentence_periods(props.rows[first_row:])
        bullet_periods = _sentence_periods(props.rows[first_row:]) if para.bullet else {}
        field_periods = {**(field_periods if in_fields else {}), **_sentence_periods(props.rows[first_row:])} \
            if field_line(para.text) else {}
        if not para.bullet and _CENSUS_WORD.search(para.text):
            section_census = next((str(r["period"]) for r in props.rows[first_row:]
                                   if r["measure"] in _CENSUS_MEASURES and _CENSUS_YEAR.fullmatch(str(r["period"]))),
                                  section_census)
        if para.bullet and _CENSUS_WORD.search(para.text):
            list_census = next((str(r["period"]) for r in props.rows[first_row:]
                                if r["measure"] in _CENSUS_MEASURES and _CENSUS_YEAR.fullmatch(str(r["period"]))),
                               list_census)


# a row of figures no table took (a table's cells a single space apart that the spacing did not recognise): a label
# naming no verb, then two or more figures to the line's end, with their marks ('3,410 (2022/23)', '+2.5 pts', '▲',
# 'Amber', '700 by 2030'): 'Carers known to adult social care 3,410 (2022/23) 3,865 (2024/25) 4,200 ▲ Amber' is no
# sentence, and which column each figure is in cannot be told
_ROW_FIGURE = re.compile(r"[-+−]?£?\d[\d,]*(?:\.\d+)?%?\*?")
_ROW_MARK = re.compile(r"\([^()\s]{1,12}\)|[^\w\s]{1,3}|n/a|N/A|pts|pp|[A-Z][a-z]{1,8}|[A-Z]{2,5}")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d(?:/\d\d)?")
_FINITE_VERB = re.compile(r"(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|"
                          r"must|do|does|did|rose|fell|grew|remains?|remained|stands?|stood|reached|totall?ed|gives?|"
                          r"provides?|counts?|shows?|means?)", re.IGNORECASE)


def _figure_row(line: str) -> bool:
    """The line is a label and a row of figures (see _ROW_FIGURE's note), no sentence; or a label, then two figures
    side by side and a cell of text after them ('Gedling 11,320 10.2 Young carers group of about 45 members', 'Costs
    exceed the budget 4 3 12 Price tested against 2 neighbouring councils'): a row whose notes cell, a phrase of its
    own, is no sentence either (two bare figures one space apart are no prose; OCR's thousands '11 320' are one)."""
    text = line.strip().removeprefix("• ")
    if not text or text.endswith((".", ":", ";", ",")) or "  " in text or "\t" in text:
        return False
    words = text.split(" ")
    k, figures = len(words), 0
    while k > 0:
        w = words[k - 1]
        if _ROW_FIGURE.fullmatch(w):
            figures += 0 if _BARE_YEAR.fullmatch(w) else 1
        elif not (_ROW_MARK.fullmatch(w) or w.lower() == "by" and k < len(words) and _BARE_YEAR.fullmatch(words[k])):
            break
        k -= 1
    return _row_label(words[:k]) if figures >= 2 else _notes_cell(text) is not None


def _notes_cell(text: str) -> int | None:
    """Where a row's cell of text after its figures starts ('Gedling 11,320 10.2 Young carers group ...': at 'Young'),
    after a label (see _figure_row); else None."""
    words = text.strip().split(" ")
    k = next((n for n in range(1, len(words) - 2) if _row_pair(words[n], words[n + 1]) and words[n + 2][:1].isupper()),
             0)
    if not k or not _row_label(words[:k]) or "  " in text or "\t" in text:
        return None
    return len(text) - len(text.lstrip()) + len(" ".join(words[:k + 2])) + 1


def _row_pair(first: str, second: str) -> bool:
    """Two figures side by side, one space apart, that are no OCR thousands ('11 320') and no years."""
    return all(_ROW_FIGURE.fullmatch(w) and not _BARE_YEAR.fullmatch(w) for w in (first, second)) \
        and not (re.fullmatch(r"\d{1,3}", first) and re.fullmatch(r"\d{3}", second))


def _row_label(label: list[str]) -> bool:
    return 0 < len(label) <= 12 and any(w[:1].isalpha() for w in label) and not any(
        _FINITE_VERB.fullmatch(w.strip(",;()")) and not (n and label[n - 1].lower() in ("who", "that", "which"))
        for n, w in enumerate(label))  # ('Carers who are satisfied with support': a label's clause)


# a sentence about the scheme the sentence before named ('It will have 65 flats.', 'The scheme will provide 80 apartments')
def _unplanned_housing_part(row: dict) -> bool:
    """A housing figure with no planned measure (dementia flats) in a sentence about the scheme the sentence before
    planned: no stock."""
    measure = str(row["measure"])
    return row["kind"] == "measure" and theme_of(measure) == "extra_care" and not measure.endswith("_planned") \
        and f"{measure}_planned" not in MEASURES


_SAME_SCHEME = re.compile(r"^\s*(?:it|this(?:\s+scheme)?|the\s+(?:new\s+)?(?:scheme|development|building))\s+(?:will|would|"
                          r"should|is\s+(?:to|expected\s+to|due\s+to|planned\s+to))\b", re.IGNORECASE)
# a price's rise ('fee uplift', 'an uplift of 4.6%'); a heading
# over an engagement's answers ('What we heard', 'You said', 'What carers told us')
_UPLIFT = re.compile(r"\buplifts?\b|\bfee\s+(?:increase|rise)s?\b", re.IGNORECASE)
_FEEDBACK_HEADING = re.compile(r"\bwhat\s+(?:we|you)\s+heard\b|\byou\s+said\b|\bwhat\s+(?:[a-z]+\s+){0,2}told\s+us\b|"
                               r"\bfeedback\b", re.IGNORECASE)
_ERROR_CUE = re.compile(r"\berror|\bincorrect|\bwrong(?:ly)?\b|\breplac|\bsupersed", re.IGNORECASE)
# a figure a correction replaces ('replaces the figure of 1,240 published in error', '1,240 was published in error',
# 'the figure of 1,240 given in our 2023 statement was incorrect')
_CORRECTED = re.compile(r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:the\s+|our\s+)?(?:figure|number|estimate|"
                        r"total|count)\s+of\s+\d[\d,.]*|\d[\d,.]*\s+(?:[a-z'’]+\s+){0,4}?(?:was\s+|were\s+)?"
                        r"(?:published|reported|printed|given|shown|stated)\s+(?:\w+\s+){0,4}?in\s+error|\b(?:figure|number|"
                        r"estimate|total)\s+of\s+\d[\d,.]*\s+(?:[a-z'’0-9]+\s+){0,6}?(?:was|is)\s+(?:incorrect|wrong|an\s+error)",
                        re.IGNORECASE)


# a heading that asks a question ('Q3. How many unpaid carers are there?', 'What is the diagnosis rate?'), as a page of
# questions and answers writes it
_QUESTION = re.compile(r"[^?]{6,120}\?")


# what may come before the figure an answer opens on ('A: About 46,000', 'Yes, around 9,000', 'Answer: 67.5%')
_ANSWER_LEAD = re.compile(r"\s*(?:(?:A|Answer)\s*[:.]\s*)?(?:(?:yes|no)\s*[.,]\s*)?(?:(?:about|around|approximately|"
                          r"roughly|some|nearly|almost|just\s+(?:over|under)|over|under|c\.|~)\s*)?", re.IGNORECASE)


_PRONOUN = re.compile(r"that|this|these|those|which|it|they|there", re.IGNORECASE)


# a place not named before the figure in its clause ('a neighbouring county', 'another council', 'one nearby
# authority', 'other councils'): its figure is no area's the registry holds
_UNNAMED_PLACE = re.compile(r"(?:^|[•:(]\s*)neighbouring\s+(?=(?:councils?|county|authority)\b)|"
                            r"\b(?:(?:a|an|one|another|some|two|several)\s+(?:(?:neighbouring|nearby|other|similar|"
                            r"comparable|rural|shire)\s+){1,2}|another\s+|other\s+)(?:councils?|county|counties|"
                            r"authorit(?:y|ies)|boroughs?|districts?|unitar(?:y|ies))\b", re.IGNORECASE)


_STAGE_HEADING = re.compile(r"(?:the\s+)?(?:(?:development|building|future|new)\s+)?(?:pipeline|developments?|schemes?|"
                            r"provision)(?:\s+(?:pipeline|in\s+(?:the\s+)?pipeline|in\s+development|coming\s+forward))?|"
                            r"(?:the\s+)?pipeline|what\s+is\s+(?:planned|coming(?:\s+forward)?)|future\s+plans", re.IGNORECASE)


def _heading_words(heading: str) -> str:
    """A heading's words without its number and bold marks ('**7.3 The development pipeline**' -> 'The development
    pipeline')."""
    return re.sub(r"^\s*(?:#+\s*)?(?:\d+(?:\.\d+)*[.:)]?\s+)?", "", heading.replace("**", "")).strip(" *_:")


# a paragraph opening on the year the paragraph above gave ('During the same year', 'In that year'), perhaps after its
# number in a report's numbered paragraphs ('3.4.1', '(b)')
# a line of figures and nothing else, two or more: a table's row whose label a converter set apart (a PDF slide's
# row whose district name wraps over two lines around its cells)
_LABEL_LOST = re.compile(r"\s*(?:\d[\d,.]*\s*%?\s+)+\d[\d,.]*\s*%?\s*")
_SAME_YEAR_LEAD = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+|\(?[a-z]{1,3}\)\s+)?(?:in|during|over|for|within)\s+"
                             r"(?:the\s+same|that\s+same|that)\s+(?:year|period)\b", re.IGNORECASE)
# the hedge a rounded figure opens on, in words or abbreviated ('around 14,900', 'approx. 19,640', 'c.2,000', '~1,850')
_HEDGE_LEAD = (r"(?:(?:around|about|some|roughly|approximately|nearly|almost|just\s+(?:over|under)|over|more\s+than)\s+|"
               r"(?:approx\.?|c\.|ca\.|circa|~)\s*)")
# a bullet opening on a part of what the bullet above counted ('141,200 of them are aged 65 and over', 'Around 40% of
# these live alone')
_PART_OF_BULLET_ABOVE = re.compile(r"^\s*" + _HEDGE_LEAD + r"?\d[\d,.]*\s*%?\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
# a paragraph opening on a part of what the paragraph above counted ('Of these,', 'Of these carers,', 'Of Fife's carers,',
# 'Of the county's unpaid carers,'), the figure perhaps rounded ('Of these, around 14,900 ...'); a report's numbered
# paragraph too ('3.3 Of these carers, 41,260 ...' under '3.2 At the 2021 Census, ...')
_PART_OF_ABOVE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+|\(?[a-z]{1,3}\)\s+)?"
                            r"Of\s+(?:these|them|those|(?:the|our|all|these|those)\s+[\w'’ -]{0,40}?|[A-Z][\w'’ -]{0,30}?['’]s\s+"
                            r"[\w'’ -]{0,30}?)\s*,\s*" + _HEDGE_LEAD + r"?\d")


def _heading_place(heads: tuple[str, ...], authority: str) -> tuple[str, str] | None:
    """The place a section's heading is, when the heading is only a place's name ('Boston' over a locality's
    paragraphs or a slide's bullets): the area of its figures that name no place of their own."""
    found = _place_named(heads[0]) if heads else None
    return found if found and found[0] != authority else None


def _place_named(heading: str) -> tuple[str, str] | None:
    """(code, name) when a heading is only a place's name ('Boston', '3. Sandwell', 'City of Wolverhampton Council');
    a benchmark's name is no section's place."""
    name = re.sub(r"^\s*(?:#+\s*)?(?:(?:section|part|chapter)\s+)?(?:\d+(?:\.\d+)*[.:)]?\s*[–-]?\s+)", "", heading,
                  flags=re.IGNORECASE).strip().strip("*_:").strip()
    code = area_lookup.exact(name) if name else None
    if not code or code in area_lookup.BENCHMARKS.values():
        return None
    return code, name


# a line naming the area of the table under it, as a projection tool or a data download writes it ('Area: Boston',
# 'Geography: Lincoln', 'Local authority: Norwich')
_AREA_LINE = re.compile(r"^\s*(?:area(?:\s+name)?|geography|local\s+authority(?:\s+name)?)\s*:\s*(?P<place>\S.*?)\s*$",
                        re.IGNORECASE)


def _comparator_area_line(title: str) -> bool:
    """A table's title line naming a benchmark as its area ('Area: England', 'Geography: East Midlands'), a place no
    council's figures are filed under (the benchmark rows' names, _BENCH_ROW)."""
    m = _AREA_LINE.match(title)
    return bool(m) and bool(_BENCH_ROW.match(m.group("place")))


def _area_line_place(title: str, authority: str) -> tuple[str, str] | None:
    """The place a table's title line names as its area ('Area: Boston'), when it is a place the registry holds and
    not the authority itself; None else."""
    m = _AREA_LINE.match(title)
    found = _place_named(m.group("place")) if m else None
    return found if found and found[0] != authority else None


# a factsheet's field naming the place its fields are of ('District: Canterbury' over 'Population (mid-2023): 158,200'
# and the other fields of its block, no blank line between)
_PLACE_FIELD = re.compile(r"^\s*(?:district|borough|district\s+council|local\s+authority(?:\s+area)?|area)\s*:\s*"
                          r"(?P<place>[^\d:]+?)\s*$", re.IGNORECASE)


def _field_under_field(lines: list[str], n: int, text: str) -> bool:
    """Paragraph `text` at line `n` is a factsheet's field right under another field of its block."""
    return n >= 2 and field_line(lines[n - 2]) and field_line(text)


def _field_block_place(lines: list[str], line: int, authority: str) -> tuple[str, str] | None:
    """The place a 'District: <name>' field names, when line `line` is in the block of lines it opens (no blank line
    between): the area of the block's figures; None when no such field is above or it names the authority."""
    k = line
    while k >= 1 and lines[k - 1].strip():
        m = _PLACE_FIELD.match(lines[k - 1])
        if m:
            found = _place_named(m.group("place"))
            return found if found and found[0] != authority else None
        k -= 1
    return None


def _section_place(layout: Layout, line: int, authority: str) -> tuple[str, str] | None:
    """The place whose section line `line` is in: the nearest heading's when it is a place's name, else the nearest
    place heading of the headings of known level around it ('3. Sandwell' over '3.1 Key figures' or an unnumbered
    'Sandwell at a glance', until '4. Walsall'); None in the authority's own section or none. A place heading's figures
    end with its slide: a later slide's title may be no heading ('Carers: 1,240 ...')."""
    nearest = layout.heading_lines.get(line, 0)
    if layout.same_slide(nearest, line):
        found = _heading_place(layout.headings.get(line, ()), authority)
        if found:
            return found
    for at, heading in reversed(layout.outline.get(line, ())):
        found = _place_named(heading)
        if found:
            return found if found[0] != authority and layout.same_slide(at, line) else None
    return None


def _list_title(lines: list[str], n: int, running: set[int] = frozenset()) -> tuple[str, bool]:
    """The title line above the bulleted list that line `n` belongs to (a short line, no full stop, above the first
    bullet with at most one blank line between, a page's running header and footer stepped over), and whether line
    `n` is the list's first bullet."""
    k, first, blanks = n - 1, True, 0
    while k >= 1:
        text = lines[k - 1].strip()
        above = k
        while above >= 1 and (not lines[above - 1].strip() or above in running):
            above -= 1
        if any(j in running for j in range(above + 1, k + 1)):
            # (a page break between a title and its list: 'Support for carers in 2024/25' / header / bullets)
            k, blanks = above, 0
            continue
        if not text:
            blanks += 1
            if blanks > 1:
                return "", first
        elif _BULLET_LINE.match(lines[k - 1]):
            first, blanks = False, 0
        else:
            break
        k -= 1
    if k < 1:
        return "", first
    text = lines[k - 1].strip().lstrip("#").strip().strip("*_").strip()
    return (text, first) if len(text) <= 100 and not text.endswith((".", ";", ",")) else ("", first)


def _parent_bullet(lines: list[str], n: int) -> str:
    """The words of the bullet a sub-bullet at line `n` hangs from ('•<tab>Caring for 50 or more hours a week:' over
    'o<tab>21,650 people', '•<tab>East Lindsey' over 'o<tab>3,940 people'); '' for a bullet of the top level.
    A sub-bullet is marked otherwise than the bullet above it ('o', '▪' or '-' under '•') or indented further."""
    mark = _BULLET_LINE.match(lines[n - 1])
    if not mark:
        return ""
    k = n - 1
    while k >= 1 and (above := _BULLET_LINE.match(lines[k - 1])) and above.group(0) == mark.group(0):
        k -= 1  # the sub-bullets above this one, marked the same way
    parent = _BULLET_LINE.match(lines[k - 1]) if k >= 1 else None
    if not parent or parent.group(0) == mark.group(0):
        return ""
    text = lines[k - 1][parent.end():].strip()
    deeper = len(mark.group(0)) - len(mark.group(0).lstrip()) >= len(parent.group(0)) - len(parent.group(0).lstrip())
    return text if deeper else ""


def _dated_by_sub_bullet(lines: list[str], n: int) -> str:
    """The period of the bullet at line `n` when the one sub-bullet under it is only a date ('o<tab>March 2025',
    '▪ at 31 March 2026', 'o 2024/25'); '' else."""
    if n >= len(lines) or not _parent_bullet(lines, n + 1):
        return ""
    text = _BULLET_LINE.sub("", lines[n]).strip().rstrip(".")
    text = re.sub(r"^(?:as\s+(?:at|of)|at|in|for|on|by)\s+", "", text, flags=re.IGNORECASE)
    when = parse_any_date(text)
    if when.parsed and len(text) <= 30 and not re.search(r"\b(?:by|until|from|to)\b", text, re.IGNORECASE):
        return str(when.earliest.year) if not re.fullmatch(r"(?:19|20)\d{2}\s*/\s*\d{2}", text) else _period_from(text)
    return ""


def _lead_in(lines: list[str], n: int) -> bool:
    """Whether the bulleted list line `n` belongs to is led in by prose ending in a colon ('Of the county's carers:')."""
    k = n - 1
    while k >= 1 and (not lines[k - 1].strip() or _BULLET_LINE.match(lines[k - 1])):
        k -= 1
    text = lines[k - 1].strip() if k >= 1 else ""
    # (a title ending in a colon is no lead-in, unless it holds a sentence before: 'Many care for long hours. Of these:')
    return n - k <= 12 and text.endswith(":") and (not is_heading(lines, k - 1) or bool(re.search(r"[.!?]\s+[A-Z]", text)))


def _list_title_period(title: str) -> str:
    """The year a list's title gives its figures: one year in brackets, after 'Census' or after a comma at its end
    ('Key facts (Census 2021)', 'Carers known to the council, 2024/25'), not a plan's ('Our priorities for 2026')."""
    year = _period_from(title)
    if not year or _PROJECTION.search(title):
        return ""
    y = re.escape(year)
    return year if re.search(rf"\([^()]*{y}[^()]*\)|census\s+{y}|,\s*{y}\s*:?$", title, re.IGNORECASE) else ""


_BULLET_LINE = BULLET


def _colon_lead_in(lines: list[str], n: int, running: set[int] = frozenset()) -> str:
    """The last sentence of a paragraph over the bulleted list that line `n` belongs to, when the paragraph ends with a
    colon and so leads into the list ('Of the 412 responses, 268 were from carers. Of the carers who responded:'): a
    paragraph too long to be the list's title still says what its bullets are; else ''."""
    k, blanks = n - 1, 0
    while k >= 1 and (not lines[k - 1].strip() or k in running or _BULLET_LINE.match(lines[k - 1])):
        blanks = blanks + 1 if not lines[k - 1].strip() else 0
        if blanks > 1:
            return ""
        k -= 1
    text = lines[k - 1].strip() if k >= 1 else ""
    if not text.endswith(":") or row_cells(text) is not None:
        return ""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[-1]


# ('In 2025/26, 5,870 carers were known ... During the year 2,340 had an assessment': the year just named)
# a financial year ending one clause and a figure opening the next, whose things were done ('supported 7,420 carers in
# 2023/24 and 3,160 carers' assessments were completed'): the work of that same year
_YEAR_AND_BEFORE = re.compile(r"\b((?:19|20)\d\d\s*/\s*\d\d)\s+and\s+(?:around\s+|about\s+|some\s+|over\s+)?$")
_DONE_AFTER = re.compile(r"^[^.;]*?\b(?:were|was)\s+(?:completed|carried\s+out|undertaken|done|made|reviewed|"
                         r"assessed|issued|provided)\b", re.IGNORECASE)


_SAME_YEAR = re.compile(r"\b(?:in|during|over|for|within)\s+(?:the\s+same|that\s+same|that)\s+(?:year|period)\b|"
                        r"\bduring\s+the\s+year\b(?!\s+(?:to|ending|ended|from)\b)", re.IGNORECASE)
# a sentence naming its own time, even one written broken ('In the period 201-15', 'in the year'): nothing carried
_OWN_TIME = re.compile(r"\b(?:in|during|for|over)\s+(?:the|that|this)\s+(?:period|year)\b|\b(?:19|20)\d{1,2}\s*[-/–]\s*\d{2}\b",
                       re.IGNORECASE)


def _bullet_runs(lines: list[str], layout: Layout) -> list[list[int]]:
    """The 1-based lines of each run of bullets outside the tables (sub-bullets and blank lines between them kept)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for n, line in enumerate(lines, 1):
        if _BULLET_LINE.match(line) and n not in layout.table_lines:
            run.append(n)
        elif line.strip() or not run:
            if run:
                runs.append(run)
            run = []
    return runs + ([run] if run else [])


def _periods_from_prose_above(lines: list[str], layout: Layout, props: Proposals) -> None:
    """A table or a run of bullets whose header, caption and rows name no period takes the one period the paragraph
    right above it gave its figures of the same measure ('The 2021 Census recorded 19,460 carers ...' above a table of
    carers by ward; '... counted 82,470 carers' / 'The census also tells us how much care people give:' above bullets of
    hours bands), within the same section; one with no such paragraph keeps no period for the analyst to give."""
    tables = [block for block in layout.tables if block.style not in ("list", "cards")]
    blocks = [[r.line for r in block.header + block.rows] for block in tables]
    titles = [block.title_line for block in tables]
    for run in _bullet_runs(lines, layout):
        blocks.append(run)
        k = run[0] - 1
        while k >= 1 and not lines[k - 1].strip():
            k -= 1
        titles.append(k if k >= 1 and lines[k - 1].rstrip().endswith(":") else 0)  # its lead-in, if it has one
    for block_lines, title_line in zip(blocks, titles):
        first = min(block_lines)
        k, para, found = first - 1, set(), []
        for _ in range(2):  # the paragraph above, or above a caption line with no figure
            while k >= 1 and not lines[k - 1].strip():
                k -= 1
            para = set()
            while k >= 1 and lines[k - 1].strip() and k not in layout.table_lines and (
                    k == title_line or not is_heading(lines, k - 1)):  # (a lead-in ending in a colon reads as one)
                para.add(k)
                k -= 1
            found = [r for r in props.rows if r["kind"] == "measure" and r["line"] in para]
            if found or para != {title_line}:
                break
        section = layout.headings.get(first, ())
        if title_line and is_heading(lines, title_line - 1):
            section = layout.headings.get(title_line, ())[1:2]  # the section the lead-in read as a heading is in
        if not found or layout.headings.get(min(para), ())[:len(section) or None] != section:
            continue
        above = _sentence_periods(found, "measure")
        # (a census count's year is its share's too: 'Of the 17,240 carers counted by the census, ...' over 'Hours a
        # week | Carers | Share of all carers')
        census = next((above[m] for m in sorted(_CENSUS_MEASURES) if _CENSUS_YEAR.fullmatch(above.get(m, ""))), "")
        rows = set(block_lines)
        for r in props.rows:
            if r["kind"] == "measure" and r["line"] in rows and not r["period"] and (
                    above.get(str(r["measure"])) or census and r["measure"] in _CENSUS_MEASURES):
                r["period"] = above.get(str(r["measure"])) or census


# a note under a table, led by its letter ('(a) 2021 Census. Usual residents aged 5 and over.', 'b) Estimates for 2025')
_LETTER_NOTE = re.compile(r"^\s*\(?([a-z])\)\s+(\S[^\t]*)$")
_NOTES_LABEL = re.compile(r"^\s*(?:\*\*)?(?:notes?|source|sources|key)\b.*$", re.IGNORECASE)


def _table_notes(lines: list[str], layout: Layout) -> dict[int, dict[str, str]]:
    """Each table's lettered notes under it (table index -> letter -> the note's words), the notes' lines added to the
    table's: a note is no sentence of the text ('(a) ... counts rounded to the nearest 10' counts nothing)."""
    out: dict[int, dict[str, str]] = {}
    for b, block in enumerate(layout.tables):
        if block.style in ("list", "cards") or not block.rows:
            continue
        notes: dict[str, str] = {}
        k = max(r.line for r in block.rows)  # 1-based line of the last row; lines[k] is the line after it
        while k < len(lines) and k < max(r.line for r in block.rows) + 15:
            text = lines[k].strip()
            m = _LETTER_NOTE.match(text)
            if m and (not notes or ord(m.group(1)) == ord(list(notes)[-1]) + 1) and m.group(1) not in notes:
                notes[m.group(1)] = m.group(2)
                layout.table_lines.add(k + 1)
            elif notes and text and not m and (text[:1].islower() or not re.search(r"[.;]$", lines[k - 1].strip())):
                last = list(notes)[-1]  # a note wrapped over lines ('(a) ... counts rounded to' / 'the nearest 10.')
                notes[last] = f"{notes[last]} {text}"
                layout.table_lines.add(k + 1)
            elif text and (notes or not _NOTES_LABEL.match(text) or len(text) > 80):
                break
            k += 1
        if notes:
            out[b] = notes
    return out


def _periods_from_table_notes(layout: Layout, notes: dict[int, dict[str, str]], props: Proposals) -> None:
    """A row whose label carries a note's letter ('Unpaid carers (number) (a)') and names no period of its own takes
    the one period its note under the table gives ('(a) 2021 Census.'), as the title's would be taken."""
    for b, letters in notes.items():
        for row in layout.tables[b].rows:
            marks = re.findall(r"\(([a-z])\)", row.cells[0] if row.cells else "")
            periods = {_period_from(letters[m]) for m in marks if m in letters} - {""}
            if len(periods) != 1:
                continue
            for r in props.rows:
                if r["kind"] == "measure" and r["line"] == row.line and not r["period"] \
                        and not str(r["measure"]).endswith("_target"):
                    r["period"] = next(iter(periods))


# a table's source note led by the census it counts ('Census 2021, usual residents aged 5 and over.', 'Source: 2021
# Census'), under the table or under a slide's text beside it
_CENSUS_NOTE = re.compile(r"^(?:sources?\s*:?\s*)?(?:ONS\s+|the\s+)?(?:census\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s+census)\b",
                          re.IGNORECASE)


def _census_note_under_tables(lines: list[str], layout: Layout, props: Proposals) -> None:
    """A table's census counts and shares with no period of their own take the year of a source note led by the census
    within twelve lines under the table, before any other table ('Census 2021, usual residents aged 5 and over.')."""
    starts = sorted(min(r.line for r in b.rows) for b in layout.tables if b.rows)
    for block in layout.tables:
        if block.style in ("list", "cards") or not block.rows:
            continue
        last = max(r.line for r in block.rows)
        stop = min([s for s in starts if s > last] + [last + 13, len(lines) + 1])
        year = next((m.group(1) or m.group(2) for k in range(last + 1, stop)
                     if (m := _CENSUS_NOTE.match(lines[k - 1].strip()))), "")
        if not year:
            continue
        rows = {r.line for r in block.rows}
        for r in props.rows:
            if r["kind"] == "measure" and r["line"] in rows and not r["period"] and r["measure"] in _CENSUS_MEASURES:
                r["period"] = year


_SAME_SPAN = re.compile(r"^[^.;]{0,40}?\b(?:over|during|in|across)\s+the\s+same\s+(?:period|time|timescale|years)\b",
                        re.IGNORECASE)


def _projection_spans(rows: list[dict[str, object]]) -> dict[str, tuple[str, str]]:
    """theme -> (from, to) of a sentence's one projection ('forecast to rise from 10,350 in 2025 to 13,900 by 2035')."""
    out: dict[str, tuple[str, str]] = {}
    for theme in {_carry_key(str(r["measure"])) for r in rows if r["kind"] == "measure"}:
        mine = [r for r in rows if r["kind"] == "measure" and _carry_key(str(r["measure"])) == theme and r["period"]]
        starts = {str(r["period"]) for r in mine if r["qualifier"] != "projection"}
        ends = {str(r["period"]) for r in mine if r["qualifier"] == "projection"}
        if len(starts) == 1 and len(ends) == 1 and min(starts) < min(ends):
            out[theme] = (min(starts), min(ends))
    return out


# the measures a census counts, and the key their census year is carried under to them alone (not to carers known)
_CENSUS_MEASURES = frozenset({"carers_unpaid", "carers_unpaid_pct"})
_CENSUS_KEY = "census"
# a key figure over its caption, the figure in bold or alone on its line ('**17,240**' / 'unpaid carers (Census 2021)')
_TILE_FIGURE = re.compile(r"^\s*(?:\*\*|__)?(?:c\.\s*)?\d[\d,]*(?:\.\d+)?\s*%?(?:\*\*|__)?(?:\s*\n|\s+(?=[a-z(]))")
_CENSUS_WORD = re.compile(r"\bcensus\b", re.IGNORECASE)
# a share of the census's base ('9.4% of residents aged five and over', '11.8% of those aged 5 and over'): a census
# share
_CENSUS_SHARE = re.compile(r"%\s+of\s+(?:all\s+)?(?:residents|people|those|the\s+population)\s+aged\s+(?:5|five|3|three)\s*(?:\+|and\s+over|"
                           r"or\s+over|and\s+older)", re.IGNORECASE)
_CENSUS_YEAR = re.compile(r"20[012]1|2022")
# the censuses in order, by the first letter of the area code (Scotland's came a year later in 2022)
_CENSUSES = {"S": ("2001", "2011", "2022"), "": ("2001", "2011", "2021")}
_PREVIOUS_CENSUS = re.compile(r"\b(?:previous|preceding|earlier|prior)\s+census\b|\bcensus\s+before\b(?!\s+(?:19|20)\d\d)",
                              re.IGNORECASE)
_AFTER_YEAR_LABEL = re.compile(r"\s*" + _YEAR_LABEL.pattern)


def _census_years(authority: str) -> tuple[str, ...]:
    return _CENSUSES.get(authority[:1], _CENSUSES[""])


def _census_before(year: str, authority: str) -> str:
    """The census before census year `year` for the authority's nation ('2021' -> '2011'); '' when `year` is no later
    census."""
    censuses = _census_years(authority)
    return censuses[censuses.index(year) - 1] if year in censuses[1:] else ""


def _census_beside(sentence: str, num: Number, figures: list[Number], seg: int, seg_end: int, period: str,
                   authority: str) -> str:
    """The census year of a census figure that the sentence dates only against another census: the census after the
    one a bracket after it labels ('36,480 (2011: 38,820)'), or the census before the one the sentence names when the
    figure is the one 'the previous census' counted ('The previous census counted 12,480 carers, while in 2021 there
    were 11,930'); else `period`."""
    censuses = _census_years(authority)
    label = _AFTER_YEAR_LABEL.match(sentence, num.end)
    if label and label.group(1) in censuses[:-1]:
        return censuses[censuses.index(label.group(1)) + 1] if period in ("", label.group(1)) else period
    phrase = _PREVIOUS_CENSUS.search(sentence, seg, seg_end)
    if not phrase or re.match(r"\W*(?:in\s+|of\s+)?(?:19|20)\d\d\b", sentence[phrase.end():phrase.end() + 16]):
        return period  # ('the previous census in 2011' dates its figure itself)
    nearest = min((n for n in figures if seg <= n.start < seg_end and not _YEAR.fullmatch(n.raw)),
                  key=lambda n: min(abs(n.start - phrase.end()), abs(phrase.start() - n.end)), default=None)
    later = [y.group(1) for y in _YEAR.finditer(sentence) if y.group(1) in censuses[1:]]
    if nearest is None or nearest.start != num.start or not later or period not in ("", max(later)):
        return period
    return _census_before(max(later), authority)


def _carry_key(measure: str) -> str:
    """What a figure's period is carried under: its theme; a plan's year only to other plans ('2 schemes planned by
    2028. A hundred and twenty of the units are designed for ...' keeps no year)."""
    return theme_of(measure) + (":plan" if measure.endswith("_planned") else "")


def _sentence_periods(rows: list[dict[str, object]], by: str = "theme") -> dict[str, str]:
    """theme (or measure) -> the one period a sentence's figures of it share (projections and changes aside)."""
    seen: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for r in rows:
        if r["period"] and r["qualifier"] != "projection" and not str(r["measure"]).endswith(("_change", "_target")):
            key = _carry_key(str(r["measure"])) if by == "theme" else str(r[by])
            seen.setdefault(key, set()).add(str(r["period"]))
            first.setdefault(key, str(r["period"]))
    # ('the 2021 Census showed 39,460 unpaid carers, up from 37,910 in 2011': the sentence's first figure is its own
    # year's, the later ones a look back to earlier years; the first figure's year goes on to 'That was 10.4% ...')
    return {theme: next(iter(periods)) if len(periods) == 1 else first[theme] for theme, periods in seen.items()
            if len(periods) == 1 or all(p[:4] < first[theme][:4] for p in periods - {first[theme]})}


_STATUS_LABEL = re.compile(r"^(?:the\s+)?(?:pipeline|planned|proposed|future|in development|under construction|"
                           r"current(?:ly)?|existing|now|today|open(?:ed)?|total)\b", re.IGNORECASE)


def _text_table_row(lines: list[str], n: int, layout: Layout, props: Proposals) -> None:
    """A tab-separated (or Markdown) row whose cells are prose ('195 units in four schemes'): each cell read
    as sentences, with its row label and its column header ('Units - Dorset') as context."""
    header_line = n - 1
    while header_line > 1 and (row_cells(lines[header_line - 2]) is not None or PIPE_RULE.match(lines[header_line - 2])):
        header_line -= 1
    header = (row_cells(lines[header_line - 1]) or []) if header_line < n else []
    cells = row_cells(lines[n - 1]) or []
    label = cells[0].strip()
    heads = layout.headings.get(n, ())
    if _names_other_subject(label):
        return  # a row of care homes ('Care homes (65+)  31 homes, 1,164 beds') beside the extra care rows
    # the table's title over its header ('Table 7: Housing with care and care homes by locality') names the subject
    # of cells that name none ('Pipeline  |  64 apartments due on site 2027')
    above = [t.strip() for t in lines[max(0, header_line - 4):header_line - 1] if t.strip()] if header_line < n else []
    title = above[-1] if above and row_cells(above[-1]) is None and _SUBJECT_WORDS.search(above[-1]) else ""
    if not _SUBJECT_WORDS.search(label):
        # a row naming no subject of ours is about its own label ('Woman's refuge | 18 (hostel ...)' under 'Sheltered and
        # extra care housing'), unless it only says which of the title's it counts ('Pipeline', 'Current')
        heads = ()
        title = title if _STATUS_LABEL.match(label) else ""
    for j, cell in enumerate(cells[1:], start=1):
        if not cell.strip():
            continue
        key = header[j].strip() if j < len(header) else ""
        # a column header is where a place needs no cue word ('High Peak and Dales' heads a locality's column)
        hits = area_lookup.find_areas(key) or [replace(h, start=h.start - 3, end=h.end - 3)
                                               for h in area_lookup.find_areas(f"in {key}") if h.start >= 3]
        column_area = (hits[0].code, hits[0].name) if hits else None
        if len(hits) > 1 or hits and re.search(r"(?:\band|&|\+|/)\s+[A-Z]", key[hits[0].end:hits[0].end + 8]):
            # a column of several places ('North (Chesterfield, Bolsover, NE Derbyshire)', 'High Peak and Dales'):
            # a locality the registry does not hold, none of its places
            column_area = ("", " ".join(key.split()))
        text = unfuse(cell.strip())
        for _, sentence in sentences(text):
            _sentence_figures(sentence, lambda pos: n, lines, props, previous_subject=title, heads=heads, bullet=False,
                              column=f"{label} | {key}", column_area=column_area)


_NAMED_IN = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s+in\s+$")


# a part of a district written as a clause's subject: a ward, a Primary Care Network, a neighbourhood, or a town
# 'itself', 'alone' or two towns 'together' ('Egerton ward in Melton Mowbray had 640', 'Loughborough Central PCN has
# the largest register, with 612', 'Lutterworth alone has 1,320', 'Earl Shilton and Barwell together had 2,450'); a
# name joined by 'of', 'upon', 'on' or 'under' is read whole ('the Forest of Dean alone', 'Newcastle upon Tyne itself'),
# so a district's is found as the registry's, not its last word as a town
_SUB_PLACE = re.compile(r"(?-i:\b(?P<name>[A-Z][\w'’-]+(?:\s+(?:and|&|of|upon|on|under)\s+[A-Z][\w'’-]+|"
                        r"\s+[A-Z][\w'’-]+){0,3}))"
                        r"(?:\s+(?P<kind>ward|PCN|Primary Care Network|neighbourhood)\b|\s+(?:itself|alone|together)\b)")


def _sub_place(before: str) -> str:
    """The name of a ward, PCN or town written in the clause before a figure, when the registry holds no such area."""
    m = _SUB_PLACE.search(before)
    if not m or area_lookup.exact(m.group("name")) or re.match(
            r"(?:The|This|That|These|Those|Our|Their|Its|It|They|We|In|Of|Taken|Put|Added|Combined|Both|All|Each)\b",
            m.group("name")):  # ('Taken together, the pipeline would add 170 apartments': no place)
        return ""
    return m.group("name") + (f" {m.group('kind')}" if m.group("kind") in ("PCN", "Primary Care Network") else "")


# a sentence comparing the authority's own parts, which the registry does not hold ('The rate varies across the
# county's community areas, from 52.3% in Pewsey to 63.1% in Chippenham'), and a place named straight after a figure
_LOCAL_AREAS = re.compile(r"\b(?:community(?:\s+network)?\s+areas|localities|locality\s+areas|neighbourhoods|towns|"
                          r"wards)\b", re.IGNORECASE)
_IN_PLACE_AFTER = re.compile(r"\s*%?\s*(?:in|for)\s+(?-i:(?P<name>[A-Z][\w'’-]+(?:\s+(?:upon|on|in|under)\s+[A-Z][\w'’-]+|"
                             r"\s+[A-Z][\w'’-]+){0,3}))")


def _local_place_after(sentence: str, num: Number) -> str:
    """The locality named right after a figure ('52.3% in Pewsey') in a sentence comparing the authority's localities,
    community areas, towns or wards, when the registry holds no such area (a registry place is left to the areas'
    reading); else ''."""
    m = _IN_PLACE_AFTER.match(sentence, num.end)
    if not m or not _LOCAL_AREAS.search(sentence):
        return ""
    name = m.group("name")
    if area_lookup.exact(name) or area_lookup.benchmark_in(name) or area_lookup.find_areas(name) \
            or _period_from(name) or re.match(r"(?:The|This|That|Our|Its|Their)\b", name):
        return ""
    return name


def _named_in(sentence: str, start: int, num: Number) -> bool:
    """Whether a place after the figure locates something named ('Both of our dementia schemes, Brindley Court in
    Stafford and Mill Meadow in Leek, are full'): the named scheme's town, not the area the figure counts."""
    return start > num.end and "," in sentence[num.end:start] and bool(_NAMED_IN.search(sentence[:start]))


def _a_parts_place(sentence: str, start: int, num: Number) -> bool:
    """Whether a place comes after a colon after the figure that opens a list of parts with figures of their own
    ('which will add 260 units by 2028: 60 in Bromsgrove and 120 in Wychavon'): a part's place, not the whole's."""
    colon = sentence.find(": ", num.end, start) if start > num.end else -1
    return colon >= 0 and bool(re.search(r"\d", sentence[colon:start]))


def _listed(hits: list[area_lookup.AreaHit], text: str) -> bool:
    """Whether the places found are one list ('Erewash and Amber Valley', 'Bolsover, Chesterfield and Erewash'): a
    figure written with them is for them together, none of them alone."""
    hits = sorted(hits, key=lambda h: h.start)
    return len(hits) > 1 and all(re.fullmatch(r"\s*(?:,|&|\band\b|,\s*and\b)\s*", text[a.end:b.start])
                                 for a, b in zip(hits, hits[1:]))


_NAME = r"[A-Z][\w'’-]+(?:\s+(?:upon\s+|on\s+)?[A-Z][\w'’-]+){0,2}"
_TOWN_LIST = re.compile(rf"(?-i:(?<![\w'’-]){_NAME}(?:\s*,\s*{_NAME})*\s*(?:,\s*)?(?:and|&)\s+{_NAME})")


def _among_towns(text: str, hit: area_lookup.AreaHit) -> bool:
    """Whether a place is one of a list of names some of which are no area the registry holds ('three new schemes,
    at Boston, Louth and Sleaford'): towns saying where things are, so the list is no area of the figure's."""
    for m in _TOWN_LIST.finditer(text):
        if m.start() <= hit.start and hit.end <= m.end():
            # (the place's own name may hold 'and': 'Perth and Kinross', 'Oadby and Wigston' alone are no list)
            rest = text[m.start():hit.start] + "," + text[hit.end:m.end()]
            names = re.split(r"\s*(?:,\s*and|,|\band\b|&)\s*", rest)
            return any(n and not area_lookup.exact(n) for n in names)
    return False


# the wider place a place heads ('Truro, the county town of Cornwall, has 19,000 residents', 'the capital city of
# Wales'): it says what the place is, and the figure is the place's, not the wider one's
_HEADS_OF = re.compile(r"\b(?:capital(?:\s+city)?|county\s+town|largest\s+(?:city|town)|principal\s+(?:city|town))\s+"
                       r"of\s+(?:the\s+)?$", re.IGNORECASE)


def _headed_by(text: str, hit: area_lookup.AreaHit) -> bool:
    """Whether a place follows 'the capital (city) of' or 'the county town of': the wider place the one before heads."""
    return bool(_HEADS_OF.search(text[:hit.start]))


# an aside between commas after a place, describing it (', which has the oldest population in Essex,'): a place it names
# is no figure's area after it
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|where|whose)\b[^,;]*,")


def _in_aside(clause: str, hit, pos: int) -> bool:  # noqa: ANN001 - an area found
    """Whether the place `hit` sits in an aside that closes before position `pos` of the clause."""
    return any(m.start() < hit.start and hit.end <= m.end() <= pos for m in _RELATIVE_ASIDE.finditer(clause))


# a clause after a figure saying where the most or least of it is (', with the largest rise in South Norfolk', ', the
# highest share being in Norwich'): that place is no area of the figure's, which is the whole area's
_WHERE_MOST = re.compile(r",\s*(?:with\s+)?the\s+(?:largest|biggest|greatest|highest|lowest|smallest|fastest|slowest|"
                         r"steepest|sharpest)\b[^,.;]{0,40}?\b(?:in|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _where_most(text: str, hit, end: int) -> bool:  # noqa: ANN001 - an area found
    """Whether the place `hit` is named after position `end` (the figure's end) in a clause saying where most is."""
    return hit.start >= end and bool(_WHERE_MOST.search(text[end:hit.start]))


def _prose_area(sentence: str, clause: str, num: Number, authority: str) -> tuple[str, str]:
    """The clause's own place or national benchmark, else the sentence's nearest place, else the authority."""
    bench = area_lookup.benchmark_in(clause)
    at = max(sentence.find(clause), 0)
    hits = [h for h in area_lookup.find_areas(clause) if not _named_in(sentence, at + h.start, num)
            and not _among_towns(clause, h) and not _headed_by(clause, h)
            and not _a_parts_place(sentence, at + h.start, num) and not _where_most(clause, h, num.end - at)]
    kept = [h for h in hits if not _in_aside(clause, h, num.start - at)]
    hits = kept or hits  # ('In Tendring, which has the oldest population in Essex, 16,230 ...': Tendring's)
    if bench and not hits:
        return bench
    if _listed(hits, clause):
        return authority, area_lookup.area_name(authority)  # 'in development in Erewash and Amber Valley': all of them
    if len(hits) > 1:
        # several places in one clause ('from 55.0% in Waverley to 70.4% in Woking', 'Waverley has 2,310 and Woking
        # 1,380'): the place written right after the figure ('in Woking'), else the nearest before it
        at = sentence.find(clause)
        pos, end = num.start - max(at, 0), num.end - max(at, 0)
        right_after = [h for h in hits if h.start >= end and re.fullmatch(
            r"\s*%?\s*(?:\w+\s+){0,3}?(?:in|for|across|within|at)\s+(?:the\s+)?", clause[end:h.start])]
        before = [h for h in hits if h.end <= pos]
        hit = right_after[0] if right_after else (max(before, key=lambda h: h.end) if before else hits[0])
        return hit.code, hit.name
    if hits:
        return hits[0].code, hits[0].name
    hits = [h for h in area_lookup.find_areas(sentence) if h.code not in area_lookup.BENCHMARKS.values()
            and not _named_in(sentence, h.start, num) and not _among_towns(sentence, h) and not _headed_by(sentence, h)
            and not _a_parts_place(sentence, h.start, num) and not _where_most(sentence, h, num.end)]
    if hits and not _listed(hits, sentence):
        hit = min(hits, key=lambda h: abs(h.start - num.start))
        return hit.code, hit.name
    if area_lookup.benchmark_in(sentence) and not area_lookup.benchmark_in(sentence.replace(clause, "")):
        return area_lookup.benchmark_in(sentence)  # type: ignore[return-value]
    return authority, area_lookup.area_name(authority)


# --------------------------------------------------------------------------------- entry point

_COUNCIL_TITLE = re.compile(r"^(?:#+\s*)?(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|upon|on|and|of))*?)"
                            r"\s+(?i:(?:(?:metropolitan|royal)\s+)?(?:(?:borough|city|county|district)\s+)?council)\b")


def _own_name(lines: list[str], authority: str) -> str:
    """The place a document's title names as its council ('Castlemere City Council', '# Ravensholme Council: ...'),
    when the registry holds no other area by that name; else ''."""
    for text in [t.strip() for t in lines if t.strip()][:4]:
        m = _COUNCIL_TITLE.match(text)
        if m:
            code = area_lookup.exact(m.group(1))
            return m.group(1) if code in (None, authority) else ""
    return ""


def _first_cell(text: str) -> str:
    return re.split(r"\t|\s*\|\s*", text.strip().strip("|").strip())[0].strip()


# a heading naming only the pipeline ('6. The pipeline', 'Development pipeline', 'Schemes in the pipeline')
_PIPELINE_HEADING = re.compile(r"(?:the\s+)?(?:(?:extra\s+care|development|housing)\s+)?pipeline|"
                               r"schemes?\s+in\s+(?:the\s+)?pipeline", re.IGNORECASE)
# words saying a sentence is about the stock open now, not what is to come
_STOCK_NOW = re.compile(r"\b(?:existing|current(?:ly)?|open(?:ed)?|today|now|already|operational|in\s+place|"
                        r"at\s+present)\b", re.IGNORECASE)


def _pipeline_section_counts(layout: Layout, props: Proposals) -> None:
    """A count of extra care schemes or units in prose under a heading naming only the pipeline ('6. The pipeline'
    over '... and the three schemes have a capital cost of ...'): the pipeline's, unless its paragraph names the stock
    open now."""
    for r in props.rows:
        measure, line = str(r["measure"]), int(r["line"])
        if r["kind"] != "measure" or measure not in ("extra_care_schemes", "extra_care_units") \
                or line in layout.table_lines or _STOCK_NOW.search(str(r["text"])):
            continue
        heads = layout.headings.get(line, ())
        if heads and _PIPELINE_HEADING.fullmatch(_heading_words(heads[0])):
            r["measure"], r["qualifier"] = f"{measure}_planned", "plan"


def _planned_schemes_named(props: Proposals) -> None:
    """A scheme a table lists as not yet open ('Stanwell Court | Spelthorne | 48 | Site identified | TBC') named in a
    sentence ('Stanwell Court includes 12 apartments designed for people living with dementia'): the sentence's extra
    care figures are that planned scheme's, no stock open today; a planned measure where the vocabulary has one, else
    none. A scheme's name is two words at least and no place of the registry's (a district's row is no scheme)."""
    names = {_first_cell(str(r["text"])) for r in props.rows if r["kind"] == "measure"
             and str(r["measure"]).endswith("_planned") and re.search(r"\t|\|", str(r["text"]))}
    names = [n for n in names if len(n.split()) >= 2 and not _TOTAL_ROW.match(n) and not says_planned(n)
             and not area_lookup.exact(n)]
    if not names:
        return
    kept = []
    for r in props.rows:
        text = str(r["text"])
        if r["kind"] == "measure" and theme_of(str(r["measure"])) == "extra_care" \
                and not str(r["measure"]).endswith("_planned") and not re.search(r"\t|\|", text) \
                and any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
            if f"{r['measure']}_planned" not in MEASURES:
                continue
            r["measure"] = f"{r['measure']}_planned"
        kept.append(r)
    props.rows[:] = kept


def _without_councils_sums(rows: list[dict], authority: str) -> list[dict]:
    """The rows less a count given to the authority that is its own count of the same measure plus other councils'
    ('36,130 unpaid carers' in a joint statement whose table gives Reading 11,140, West Berkshire 12,380 and Wokingham
    12,610): several councils' figure together, no council's. (The authority's own districts are no other councils:
    a county's total of its districts is the county's.)"""
    sums = [r for r in rows if r["kind"] == "measure" and r["area_code"] == authority and _summable(r)
            and not _total_row_line(str(r["text"])) and _sum_of_councils(r, rows, authority)]
    return [r for r in rows if not any(r is s for s in sums)]


def _total_row_line(text: str) -> bool:
    """Whether a line is a table's Total row ('Total  4  248'): its figure is left to the table's reading, which gives
    a total row the authority's."""
    first = re.split(r"\t|\s{2,}|\s*\|\s*", text.strip().strip("|").strip(), maxsplit=1)[0]
    return bool(_TOTAL_ROW.match(first.strip("*_ ")))


def _summable(row: dict) -> bool:
    return row["value"] != "" and str(row["unit"]) != "percent"


def _same_count(a: dict, b: dict) -> bool:
    """Whether two figures count the same thing in the same year (a figure with no year fits any year)."""
    return a["measure"] == b["measure"] and str(a["breakdown"]) == str(b["breakdown"]) and _summable(b) \
        and (not str(a["period"]) or not str(b["period"]) or str(a["period"]) == str(b["period"]))


def _other_council(code: str, authority: str) -> bool:
    row = area_lookup._rows().get(code)
    return bool(row) and code != authority and code not in area_lookup.BENCHMARKS.values() \
        and not code.startswith("E12") and row.get("parent_code") != authority


def _sum_of_councils(total: dict, rows: list[dict], authority: str) -> bool:
    """Whether `total` is the authority's own figure of the same count plus one figure each of one or more other
    councils."""
    value = round(float(total["value"]), 2)
    own = {round(float(r["value"]), 2) for r in rows if r is not total and r["area_code"] == authority
           and _same_count(total, r) and round(float(r["value"]), 2) != value}
    others: dict[str, set[float]] = {}
    for r in rows:
        if r["kind"] == "measure" and _other_council(str(r["area_code"]), authority) and _same_count(total, r):
            others.setdefault(str(r["area_code"]), set()).add(round(float(r["value"]), 2))
    if not own or not others:
        return False
    reachable = set(own)
    for values in others.values():
        reachable |= {round(s + v, 2) for s in reachable for v in values if s + v <= value}
    return value in reachable - own


def propose(document: list[str] | str | os.PathLike[str], authority_code: str, doc_id: str = "upload") -> pd.DataFrame:
    """Proposals for one document: a DataFrame with exactly PROPOSAL_COLUMNS, in line order.

    `document` is the list of lines `read_document` returns, or a path to read. Raises
    IngestError when the authority is unknown or nothing recognisable is found.
    """
    written = read_document(document) if isinstance(document, (str, os.PathLike, Path)) else plain_characters(document)
    written = blank_email_quotes(written)
    # a draft with its tracked changes showing: the text as it now stands; the source line shows the markup
    marked_up, (written, margin) = written, tracked_changes(written)
    # '2024-25' read as '2024/25' (same length); the source line shows it as written
    slashed = slashed_financial_years(written)
    # a table header's footnote markers run into its years ('20255') blanked; the source line shows them
    # and a note cited in square brackets ('[note 1]', the accessible-spreadsheet style's) blanked
    # and a text browser's link references run into their links' text ('[20]2021 Census') taken out
    lines = unlinked_references(unmarked_notes(unmarked_headers(respaced(slashed))))
    # a table's area code column beside the area's name ('Area code | Area name | ...') taken out: the name labels
    # the row
    lines = without_code_columns(lines)
    # a Welsh and English document read as its English ('Sir Benfro / Pembrokeshire'); the source line as written
    lines = english_lines(lines)
    # a single-spaced table's rows are read aligned; the source line shows each line as written (its markup too)
    respaced_from = {new: marked_up[i] for i, new in enumerate(lines) if new != marked_up[i] and new}
    lines = join_wrapped_rows(join_label_tails(join_broken_cells(csv_rows(join_spaced_stacked_cells(join_stacked_cells(close_pipe_rows(join_multiline_rows(join_grid_rows(untab_numbered_lines(lines))))))))), area_lookup.exact)
    lines = figure_first_rows(lines)
    listed = join_definition_lists(lines)
    # a definition list's pairs are read as bullets; the source line shows the label and value as written, unmarked
    as_written = {new: new.removeprefix("• ") for new, old in zip(listed, lines) if new != old and new}
    as_written.update(respaced_from)
    lines = listed
    if area_lookup.exact(authority_code) is None and authority_code not in {a for a in area_lookup._rows()}:
        raise IngestError(f"Authority code {authority_code!r} is not in the area registry (data/registry/areas.csv).",
                          "authority")
    props = Proposals(authority=authority_code, own_name=_own_name(lines, authority_code))
    # a tidy, long table (a row per area, measure and period, its figure in a Value column): read by its header's
    # roles, its lines then blanked for the readers below
    lines = read_long_tables(lines, props)
    layout = analyse(lines, margin)
    chart_tables(lines, layout)
    chart_axis_ticks(lines, layout)
    _chart_label_lines(lines, layout)
    _chart_points(lines, layout, props)
    notes = _table_notes(lines, layout)
    _labelled_figures(lines, layout, props)
    document_subject = _document_subject(lines)
    for block in layout.tables:
        _table_rows(block, lines, props, layout, document_subject)
    _periods_from_table_notes(layout, notes, props)
    _census_note_under_tables(lines, layout, props)
    _infographic(lines, layout, props)
    _flattened(lines, layout, props)
    _prose(lines, layout, props, document_subject)
    _periods_from_prose_above(lines, layout, props)
    _corrections(lines, props)
    _pipeline_section_counts(layout, props)
    _planned_schemes_named(props)
    procurement_prose(lines, layout, props)
    procurement_fields(lines, layout, props)
    for r in props.rows:  # a note led by a plan row's reference: that row's service
        if r["kind"] == "procurement" and str(r["service"]).strip() in props.references:
            r["service"] = props.references[str(r["service"]).strip()]
        elif r["kind"] == "procurement" and (named := _reference_named(str(r["text"]), props.references)):
            r["service"] = props.references[named]  # ('Contract WAL-2022-010 has been extended to ...': that row's)
        if r["kind"] == "procurement":  # ('Carers Breaks Grants Programme (new service)': the service, not its status)
            r["service"] = service_without_status(str(r["service"]))
    rows = [r for r in props.rows if not (r["kind"] == "measure" and r["value"] != "" and
                                          area_lookup.beyond_population(str(r["area_code"]), str(r["unit"]), float(r["value"])))]
    rows = _without_councils_sums(rows, authority_code)
    for r in rows:
        r["text"] = as_written.get(str(r["text"]), r["text"])
    frame = pd.DataFrame(rows, columns=list(PROPOSAL_COLUMNS))
    if frame.empty:
        raise IngestError(f"No recognisable figure or procurement date was found in {doc_id!r}: the proposer looks "
                          "for carers, dementia, extra care, population figures and contract dates.", "no_figures")
    frame["value"] = pd.to_numeric(frame["value"].replace("", None), errors="coerce")
    frame["term_months"] = pd.to_numeric(frame["term_months"].replace("", None), errors="coerce").astype("Int64")
    frame["line"] = frame["line"].astype(int)
    return frame.sort_values(["line", "kind"], kind="stable").reset_index(drop=True)
