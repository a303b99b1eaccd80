"""Procurement dates: a stage from the words before each date, contract lengths turned into derived ends,
tender-notice fields, and timetables with a stage per row."""
from __future__ import annotations

import re
from datetime import date, timedelta

from data.dates import MONTHS, SEASONS, DateMatch, DateSpan, add_months, end_after, find_dates, parse_any_date, parse_contract_term
from data.ingest import areas as area_lookup
from data.ingest.layout import (_FIELD_LABELS, _FIGURE_CELL, _FY_KEY, GANTT_MARK, NEWS_KICKER, OPEN_PERIOD, REF_LED,
                                Layout, Row, TableBlock, gantt_columns, is_heading, reads_on)
from data.ingest.paragraphs import paragraphs, sentences
from data.ingest.proposals import Proposals

# Sentences that date meetings, reports and presentations, never a procurement stage
_MEETING = re.compile(r"\b(?:cabinet|committees?|meetings?|minutes|agenda|report (?:dated|to|of)|presentation|"
                      # a scrutiny body ('the Health Select Commission considered the proposals on 26 February 2026'):
                      # its 'Commission' commissions nothing
                      r"scrutiny|select\s+commission|"
                      r"(?<!tender )(?<!notice )(?<!ITT )(?<!ITT to be )(?<!tender to be )(?<!tender will be )(?<!notice will be )(?<!ITT will be )published|"
                      r"(?<!tender )(?<!notice )(?<!ITT )publication|consultation closed|(?:supplier|provider) (?:event|day|session|presentation|forum)s?|"
                      # an event's date ('a provider event for the tender will be held on 17 September 2026')
                      r"(?:will\s+be|to\s+be|was|were)\s+held\s+(?:on|at|in)|"
                      r"market (?:engagement )?event|briefing|webinar|workshop|launch event|printed|updated on|"
                      # a draft's own circulation ('This draft was circulated to commissioning leads on 12 November')
                      r"(?:this|the)\s+(?:[\w'’-]+\s+){0,2}(?:draft|document|paper|version)\s+(?:was|is|has\s+been|will\s+be)\s+"
                      r"(?:circulated|shared|sent|distributed)|"
                      r"revised|version|audit\w*|clarification\w*|questions|enquir(?:y|ies)|fee(?:s| rates?| uplifts?| levels?)|"
                      r"uplifts?|(?:last|next)\s+review\w*|"
                      # a price of care ('added a rural rate of £2.10 an hour to the framework from April 2026')
                      r"rates?\s+of\s+£|£\s*\d[\d.,]*\s+(?:an|per|a)\s+(?:hour|week|night|visit)|review\s+date|date\s+of\s+(?:next\s+)?review|"
                      r"registered\s+(?:with|as|since)|"
                      # a strategy's or plan's approval ('Cabinet approved the Commissioning Strategy ... on 14 October')
                      r"(?:approv|endors|adopt)\w*\s+(?:the|our|a|its|this)\s+(?:[\w'’-]+\s+){0,4}(?:strategy|plan|"
                      r"statement|policy)|"
                      r"over\s+the\s+(?:next\s+)?(?:\w+\s+)?(?:financial\s+)?years?\s+from)\b|\bsources?\s*:", re.IGNORECASE)
# the next of a list of actions after a date (', publish the tender in', ' and then award the contract in')
_NEXT_ACTION = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:then\s+)?|and\s+(?:then\s+)?)(?:we\s+(?:will|would|plan\s+to|expect\s+to|intend\s+to)\s+)?"
                          r"(?:publish|issue|launch|open|go\s+out\s+to|award|start|begin|commence|tender|advertise)\b",
                          re.IGNORECASE)
# a condition on a meeting's approval names no meeting's date ('Subject to Cabinet approval, a new contract will begin
# on 1 April 2028')
_SUBJECT_TO = re.compile(r"\bsubject\s+to\s+(?:the\s+)?(?:cabinet|committee|executive|board|member)(?:['’]s)?\s+"
                         r"(?:approval|agreement|decision|sign-?off|endorsement)\b", re.IGNORECASE)
# (an audit, a deadline for questions, fee rates 'with effect from', a table's source line; a document's review dates
# ('Last reviewed: September 2026'), a provider's registration ('registered with the Charity Commission in March
# 1998'), a plan's own years ('over the three financial years from April 2026'))
# words saying an extension is still to be decided ('Decision on first extension by March 2027', 'a report on whether
# to take the first extension ... in March 2027'): the date is the decision's, not the extension's end
_UNDECIDED = re.compile(r"\b(?:whether|decision|decide[sd]?|deciding|consider(?:s|ed|ing|ation)?)\b", re.IGNORECASE)
# ... and any stage still to be decided ('a decision on re-procurement will be made by December 2026'); a 'decision to
# award' is the award's
_UNDECIDED_ANY = re.compile(r"\b(?:whether|decision (?:on|about|whether)|decid(?:e|es|ing))\b", re.IGNORECASE)
# a service's start told with its length ('The Carers Hub Service started on 1 July 2015 and runs for three years'): a
# contract's start and term though the sentence never says contract
# (or will start: 'with the new service starting on 1 October 2026 for three years')
_STARTED_FOR = re.compile(r"\bservices?\s+(?:started|began|commenced|starting|starts|(?:will|is\s+to)\s+start|beginning|begins|"
                          r"commencing|commences)\s+(?:on|in|from)\b[^.;]{0,60}?\b(?:runs?|lasts?|for)\s+"
                          r"(?:a\s+(?:term|period)\s+of\s+)?(?:\w+\s+)?(?:years?|months?)\b", re.IGNORECASE)
_PROCUREMENT_CUE = re.compile(r"\b(?:tender|procure|procurement|re-?commission|commission(?:ing|ed)?|contract|framework|"
                              r"(?:open|restricted|competitive(?: flexible)?) procedure|"
                              r"go(?:es|ing)? (?:out )?to market|dynamic purchasing|DPS|"
                              r"grants? (?:will|are|is)|grant (?:prospectus|programme|agreement)|"
                              r"award|re-?tender|service (?:will|is due|is planned|is expected)|new service|"
                              # a timetable's step in a sentence of its own ('Bids must be returned by 6 November 2026')
                              r"(?:bids?|expressions?\s+of\s+interest)\s+(?:(?:will|must|should|are to)\s+be\s+|are\s+)?"
                              r"(?:due|returned|submitted|received)|"
                              r"go(?:es)?[- ]live|went[- ]live|gone[- ]live|expir|extend|extension|"
                              r"mobilis|invitation to|ITT|market test|(?:providers|organisations|bidders) to bid|"
                              r"(?:look|search)\w* for (?:a )?new (?:providers?|organisations?)|"
                              # 'Our arrangement with Greenway Home Support ends on 31 May 2027'
                              r"(?:arrangement|agreement|service)s?\b[^.;]{0,60}\b(?:ends?|expires?|runs? (?:until|to))\b|"
                              # 'Its initial term ends on 31 March 2026' (the contract named in the sentence before)
                              r"\b(?:initial|current|original|main|core|first)\s+(?:term|period)\s+(?:ends?|expires?|runs? (?:until|to))\b)",
                              re.IGNORECASE)
STAGE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((stage, re.compile(p, re.IGNORECASE)) for stage, p in (
    # ('having been extended once in 2025': when it was extended, not to when)
    # (the object named between may be long: 'extended the extra care care and support contracts to 31 March 2028')
    ("extension_end", r"(?:extend(?:ed)?|extension|option)\w*(?:\s+\w+){0,8},?\s+(?:until|to|till|up to|through|by|"
                      r"(?<!extended\s)(?<!once\s)(?<!twice\s)(?<!again\s)(?<!already\s)(?<!previously\s)"
                      r"(?<!months\s)(?<!month\s)(?<!years\s)(?<!year\s)(?<!taken\s)(?<!used\s)(?<!agreed\s)"
                      r"(?<!approved\s)(?<!exercised\s)(?<!granted\s)in)\s*$|"
                      r"extension\s+(?:end|to)\w*\s*:?\s*$|"
                      # an extension taken, then the end it brings ('We will use the 12-month extension, so they will
                      # now end on', 'took up the one-year extension and the contract now runs to')
                      r"\b(?:us(?:e|ed|ing)|tak(?:e|en|ing)|took|exercis\w*|invok\w*)\s+(?:up\s+)?(?:the|an?|its|our|their)\s+"
                      r"(?:[\w-]+\s+){0,3}extension\b[^.;]{0,50}?\bnow\s+(?:end|run|expire)s?\s+(?:on|to|until|in)\s*$"),
    # ('bids will be due ... by midday on', 'tenders must be returned by'; a time of day is stepped over: `_stage_for`)
    ("tender_deadline", r"(?:deadline|closing date|closes?|closed|return(?:ed)? by|(?:tender|bid)s?\s+returns?|submi\w+(?:\s+\w+){0,4}\s+by|"
                        r"(?:bids?|tenders?|submissions?)\s+(?:(?:will|must|should|are to)\s+be\s+|are\s+)?(?:due|(?:(?:in|received|submitted|returned|"
                        r"lodged|uploaded)\s+)?by))\b[^.;]{0,30}$|"
                        # an application window's close ('the next window runs from 4 January to 29 January 2027')
                        r"\bwindow\b[^.;]{0,30}\bfrom\s+[^.;]{3,25}?\s+(?:to|until|till|–|-)\s*$"),
    # ('Awarded to a partnership of local providers in March 2025': the month of the award, a provider between)
    # ('We expect to award the Dementia Navigation and Support Service in June 2026': the award of a service named in
    # capitals, however long its name)
    ("award", r"\baward\w*\b[^.;]{0,30}$|\bawarded\s+to\b[^.;]{0,60}\b(?:in|during)\s*$|"
              r"\baward\s+(?:the|our|its)\s+(?:new\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+(?:(?:and|of|for|at)\s+)?){1,8}"
              r"(?:in|by|during|on)\s*$"),
    # ('a new four-year contract from 1 April 2027 (to 31 March 2031)': the end in brackets after the start)
    ("contract_end", r"\b(?:contract|service|agreement|framework)\b[^.;]{0,40}\bfrom\s+[^.;]{4,25}?\s+\(?(?:to|until|till|–|-)\s*$|"
                     r"(?:until|till|to end|\bend(?:s|ing)?|expir\w*|terminat\w*|(?:runs?|lasts?) (?:for [^.;,]{2,30}?,?\s+)?(?:to|until)|due to end|"
                     r"ceases?|conclude\w*|finish(?:es|ed)?|contract end|end date)\b[^.;]{0,25}$|\bend of (?:the |some |our |existing |"
                     r"current )*[\w\s']{0,30}contracts? (?:in|on|at)\s*$"),
    # ('Commissioning Intentions 2025/26 to 2029/30', 'commissioning strategy 2024-2029': a plan's title and period)
    # (a regulator is no commissioning: 'figures from the Care Quality Commission register at 1 April 2024')
    # (a portal or website named by its purpose is no stage: 'register on the procurement portal by 28 February 2027')
    # ('notices on Find a Tender (copied 4 November 2026)': the service that publishes notices is no tender)
    ("procurement_start", r"(?:\bITT\b|(?<!find a )tender\w*(?!\s+(?:portal|website|platform|service\b))|procure\w*(?!\s+(?:portal|website|platform))|"
                          r"advertis\w*|procurement(?!\s+(?:portal|website|platform))|"
                          r"(?:open|restricted|competitive(?:\s+flexible)?)\s+procedure|(?<!quality )(?<!charity )(?:re-?)?commission\w*\b"
                          r"(?!\s+(?:intentions?|strateg(?:y|ies)|plans?|statements?|prospectus|boards?|committees?|panels?|groups?)\b)"
                          # (housing counted by the number: 'commission at least 400 more extra care units by 2030' is
                          # a supply target's year, no procurement's)
                          r"(?![^.;]{0,20}?\b\d[\d,]*\s+(?:[\w-]+\s+){0,4}?(?:units?|homes?|flats?|apartments?|beds?|places?)\b)|"
                          r"go(?:ing)? (?:out )?to (?:tender|market)|"
                          r"invitation to tender|(?<!soft )(?<!soft-)(?<!pre-)market test\w*|review|window|(?:opportunity|chance) to (?:join|apply|bid)|"
                          # 'we will ask providers to bid in autumn 2026', 'start to look for new providers in'
                          r"(?:ask|invit)\w* (?:\w+ ){0,2}(?:providers|organisations|bidders) to (?:bid|tender)|"
                          # tenders invited in the passive, the contracts named between ('Tenders for new home care
                          # contracts will be invited in January 2027'): longer than the 40 characters after 'tender'
                          r"(?:tenders?|bids?|quotations?)\b[^.;]{0,60}?\b(?:(?:will|are\s+to|is\s+to)\s+be|are|were|"
                          r"(?:is|are)\s+being)\s+invited|"
                          r"(?:look|search)\w* for (?:a )?new (?:providers?|organisations?)|"
                          r"(?:framework|DPS|list)\s+refresh|"
                          # a framework or list that reopens to providers ('the framework reopens', 'open framework – next
                          # reopening'), not a building reopening
                          r"(?:framework|DPS|dynamic purchasing system|approved list|provider list)\b[^.;]{0,30}\bre-?open\w*|"
                          # ... and its next reopening in a clause of its own ('The framework reopens every 12 months;
                          # the next reopening is in May 2026')
                          r"\bnext\s+(?:framework\s+|DPS\s+)?re-?opening\b|"
                          # a framework or DPS first opening to providers ('The DPS will open for applications on')
                          r"(?:framework|DPS|dynamic purchasing system|approved list|provider list)\b[^.;]{0,30}\bopen\w*\s+"
                          r"(?:to|for)\s+(?:new\s+)?(?:providers|applications|bids|tenders)|"
                          # the council opening one, the verb first ('We will open a dynamic purchasing system for care
                          # home places in October 2023')
                          r"(?<!re-)\bopen(?:s|ing)?\s+(?:a|an|the|our|its)\s+(?:new\s+)?(?:dynamic purchasing system|"
                          r"DPS|framework|approved list|provider list)\b|"
                          r"re-?open\w*\s+(?:to|for)\s+(?:new\s+)?(?:providers|applications|bids|tenders))\b[^.;]{0,40}$"),
    # ('the new service had gone live on 1 September 2026': a go-live told after it)
    # ('notices copied from Find a Tender on 2 February 2026': where a text was taken from starts nothing)
    ("contract_start", r"(?:start\w*|commenc\w*|begin\w*|began|(?<!copied )(?<!taken )(?<!downloaded )(?<!extracted )"
                       r"(?<!pasted )from|go(?:es)?[- ]live|went live|gone live|in place|new (?:contract|service)\w*|"
                       r"mobilis\w*|effective|contract start|start date|operational|re-?let\w*|\blet\b|awarded to|"
                       # (starting market engagement, before a procurement, starts no contract: 'start market engagement in')
                       r"made available)\b(?!\s+(?:(?:the|our|some|soft|early|pre-?)\s*)*market\s+engagement\b)[^.;]{0,30}$|"
                       # a plan's bullet led by its verb, the service named between ('Start our new all-age carers'
                       # support contract on 1 October 2025'): longer than the 30 characters above
                       r"\b(?:start|begin|commence|launch)\b[^.;]{0,70}\b(?:contract|service|framework|agreement)s?\s+"
                       r"(?:on|from)\s*$"),
))
FIELD_STAGES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((s, re.compile(p, re.IGNORECASE)) for s, p in (
    ("tender_deadline", r"deadline|closing|\btenders?\s+clos(?:es|ed)\b|return date|time limit|receipt of tenders|\b(?:bids?|tenders?)\s+(?:due|returned)\b|"
                        # a timetable's 'Tender return' or 'Bid return' column (the tenders' return is their deadline)
                        r"\b(?:bids?|tenders?)\s+returns?\b"),
    ("award", r"award|preferred bidder"),
    # (a register's 'Maximum end date' or 'Max. end': the end with every extension taken)
    ("extension_end", r"extension|\bextend(?:ed)?\b|\boptions?\s+(?:remaining|available|left)\b|"
                      r"\b(?:maximum|max\.?)\s+(?:contract\s+)?end\b"),
    ("contract_end", r"\bends?\b|expir\w*|completion"),
    ("procurement_start", r"tender|procure\w*|\badvert\w*|re-?open(?:s|ing)?\b|\bITT\b|\bgo(?:ing)?\s+(?:out\s+)?to\s+market|"
                          # (soft market testing, before a procurement, is no stage of the vocabulary)
                          r"(?<!soft )(?<!soft-)\bmarket\s+test|\bre-?commission"),
    ("contract_start", r"start|commencement|go[- ]live|\bnew (?:service|contract)s?\b|"
                       r"\bnew\s+(?:\w+\s+){1,2}live\b|"  # 'New framework live Apr-28'
                       # 'New advocacy service from 1 July 2026' (a roadmap's cell), 'New framework from 1 April 2029'
                       r"\bnew\s+(?:[\w'’-]+\s+){0,2}(?:service|contract|framework)s?\s+(?:from|in place)\b|"
                       # a new model of care, or new arrangements, from a date ('Service | Current contract end | New
                       # model from'): the new contract's start
                       r"\bnew\s+(?:[\w'’-]+\s+){0,2}(?:model|arrangements?|provision|offer)s?\s+(?:from|in place|live)\b"),
))


def stage_row(block: TableBlock, row: Row, label: str, lines: list[str], props: Proposals, confidence: str) -> bool:
    """A timetable row naming its stage ('Tender return deadline | 20/02/2027 at 12 noon'): one procurement date."""
    stage = next((s for s, rx in FIELD_STAGES if rx.search(label)), None)
    if stage is None or _MEETING.search(label) or stage == "extension_end" and _UNDECIDED.search(label):
        return False
    spans = [_cell_date(cell) for cell in row.cells[1:]]
    keys = block.column_keys()[1:] if sum(sp.parsed for sp in spans) >= 2 else []
    if keys and all(_service_column(keys[j]) for j, sp in enumerate(spans) if sp.parsed and j < len(keys)) \
            and len({keys[j] for j, sp in enumerate(spans) if sp.parsed and j < len(keys)}) >= 2:
        # a timetable of several services, a column each ('Milestone | Carers' Support Service | Dementia Support
        # Service'): a date for each column's service
        for j, (cell, span) in enumerate(zip(row.cells[1:], spans)):
            if span.parsed and j < len(keys):
                props.add(line=row.line, kind="procurement", theme="procurement", area_code=props.authority,
                          area_name=area_lookup.area_name(props.authority), service=keys[j].strip(), stage=stage,
                          date_text=cell.strip(), earliest=span.earliest.isoformat(), latest=span.latest.isoformat(),
                          qualifier="as written", confidence=confidence, text=lines[row.line - 1])
        return True
    for cell, span in zip(row.cells[1:], spans):
        if span.parsed:
            service = _timetable_service(block, lines)
            props.add(line=row.line, kind="procurement", theme="procurement", area_code=props.authority,
                      area_name=area_lookup.area_name(props.authority), service=service, stage=stage,
                      date_text=cell.strip(), earliest=span.earliest.isoformat(), latest=span.latest.isoformat(),
                      qualifier="as written", confidence=confidence, text=lines[row.line - 1])
            return True
    return False


def _cell_date(cell: str) -> DateSpan:
    span = parse_any_date(cell.strip())
    if not span.parsed:
        found = find_dates(cell, bare_years=False)
        span = found[0].span if found else span
    return span if span.parsed else excel_month(cell)


def excel_month(cell: str) -> DateSpan:
    """A stage's cell holding a month as Excel's mmm-yy shows it ('Apr-26', 'Sep-27'): that month. Only in a cell
    known to hold a stage's date: a header of such months heads a table's columns of figures."""
    m = re.fullmatch(r"\s*((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))[a-z]*\.?-(\d{2})\s*", cell)
    return parse_any_date(f"{m.group(1)} 20{m.group(2)}") if m else DateSpan(cell, None, None)


# a timetable column of dates that is no service's ('Planned date', 'Revised', 'Indicative timescale', 'Q3')
_DATE_COLUMN = re.compile(r"\b(?:dates?|when|timescales?|timing|planned|revised|original|actual|indicative|estimated|"
                          r"target|forecast|baseline|current|proposed|month|quarter|year|deadline|start|end|status)\b|\d",
                          re.IGNORECASE)


def _service_column(key: str) -> bool:
    key = key.strip()
    return 3 <= len(key) <= 70 and not _NOT_A_SERVICE.search(key) and not _DATE_COLUMN.search(key)


# 'Home Support – procurement timetable' (the service before the words saying what the table is), or with no dash before
# a procurement's words ('Table 4: Home care re-procurement timeline': the hyphen of 're-procurement' is no dash)
_TIMETABLE_AFTER = re.compile(r"^(?:table\s+[A-Z]?\d+(?:\.\d+)*[a-z]?\s*[:.–-]\s*)?(?P<service>[^:–]{3,60}?)(?:\s*(?:[–:]|"
                              r"(?<!\bre)-)\s*(?:(?:indicative|provisional|proposed|outline|high[- ]level|draft)\s+)?"
                              r"(?:procurement|tender|commissioning|re-?commissioning)?\s*(?:timetable|timeline|key dates|plan)|"
                              r"\s+(?:(?:indicative|provisional|proposed|outline|high[- ]level|draft)\s+)?(?:re-?procurement|"
                              r"procurement|re-?tender(?:ing)?|tender)\s+(?:timetable|timeline|key dates))$",
                              re.IGNORECASE)


# an appendix's number before its title ('Appendix 2: Procurement timetable – Home Care and Support'), and a timetable's
# kind before the service it is for
_APPENDIX_NUMBER = re.compile(r"^(?:appendix|annex)\s+[A-Z0-9]{1,2}\s*:\s+", re.IGNORECASE)
# a heading's section number ('6. Extra Care Housing', '4.2 Home care', 'Section 5: Carers'): no part of a service's name
_SECTION_NUMBER = re.compile(r"^(?:section\s+)?\d{1,2}(?:\.\d{1,2})*\s*[.):–—-]?\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
_TIMETABLE_OF = re.compile(r"^(?:(?:re-?)?procurement|commissioning|tender)?\s*(?:timetable|timeline|milestones|key dates)"
                           r"\s*(?:[–—-]|\bfor\b|:)\s*(?:the\s+)?(?=[A-Z])", re.IGNORECASE)


# a timetable's title naming only the procurement, no service ('Key dates for the re-tender', '... for the
# recommissioning exercise')
_PROCUREMENT_ONLY = re.compile(r"(?:re-?)?(?:procurement|tender(?:ing)?|commissioning)(?:\s+(?:exercise|process))?",
                               re.IGNORECASE)


def _timetable_service(block: TableBlock, lines: list[str]) -> str:
    """The service a timetable of stage rows is for: its title when that names one, else the heading above."""
    # ('**Carers Breaks Service – procurement timetable**'; an appendix's title without its number)
    title = _APPENDIX_NUMBER.sub("", block.title.strip("*_ "))
    after = _TIMETABLE_AFTER.match(title)
    if after and not _NOT_A_SERVICE.search(after.group("service")):
        return after.group("service").strip()
    top = block.title_line if title else min(r.line for r in block.header + block.rows)
    above = _line_above(lines, top) if not title else title
    if _A_SENTENCE.search(above):
        # a sentence over the table ('The dates below are indicative ...; we will confirm them ...') names no
        # service: the line above its paragraph may ('6. Procurement timetable: Home Support Services'); a PDF wraps
        # the paragraph over several lines
        first = top if title else next(k for k in range(top - 1, 0, -1) if lines[k - 1].strip())
        while first > 1 and lines[first - 2].strip():
            first -= 1
        above = _line_above(lines, first)
        title = "" if _A_SENTENCE.search(above) else _SECTION_NUMBER.sub("", above)
    # (a title leading into the table with a colon, 'Key dates for the re-procurement:', without its colon; one naming
    # only the procurement names no service, and the heading above does)
    title = title.rstrip(": ")
    titled = re.match(r"^(?:(?:indicative|provisional|proposed|outline|high[- ]level|draft)\s+)?"
                      r"(?:procurement\s+|tender\s+|commissioning\s+)?(?:timetable|timeline|key dates)\s*(?:for|[–:-])\s*"
                      r"(?:the\s+)?(.{3,60})$", title, re.IGNORECASE)
    unnamed = bool(titled) and bool(_NOT_A_SERVICE.search(titled.group(1))
                                    or _PROCUREMENT_ONLY.fullmatch(titled.group(1)))
    titled = None if unnamed else titled
    # the table's title when it names a service ('Home Support for Older People' over 'Stage  Timescale'),
    # else the heading above a title saying what the table is ('Key dates')
    own = title if title and not unnamed and not _NOT_A_SERVICE.search(title) and not re.match(
        r"^(?:table|figure|chart)\b", title, re.IGNORECASE) and not re.search(r"\d", title) else ""
    found = titled.group(1).strip() if titled else own or next(
        (_SECTION_NUMBER.sub("", h) for h in block.headings if h != block.title), title)
    return found.strip("*_ ")  # ('**Dementia Wellbeing Service**' above the table, bold kept)


# what a plan's cell or row may say that is no stage of the vocabulary: a review, market engagement before the
# procurement, evaluation, mobilisation, an extension whose end the cell does not give ('Extend' in 2026/27)
_NO_GANTT_STAGE = re.compile(r"\b(?:review\w*|evaluat\w*|mobilis\w*|mobiliz\w*|soft market|pre-?market|market engagement|"
                             r"engage\w*|consult\w*|brief\w*|decision|decide|extend\w*|extension|options? appraisal|"
                             r"business case|specification|co-?produc\w*)\b", re.IGNORECASE)


# a quarter in a plan's cell ('Re-procure (Q2)', 'Tender Q3'): that quarter of the column's financial year
_CELL_QUARTER = re.compile(r"\bQ([1-4])\b(?!\s*\d)")
# a month and a two-digit year as a spreadsheet writes it ('Mar-28', "Apr '27")
_CELL_MONTH_YY = re.compile(r"\b((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))[a-z]*[-'’ ](\d{2})\b")


def _cell_span(part: str, key: str, column: DateSpan) -> DateSpan:
    """The date a plan's cell gives its stage: its own date ('Contract ends 31/03/2028', 'Mar-28'), its quarter of
    the column's year ('Re-procure (Q2)' under 2027/28), else the column's period."""
    found = find_dates(part, bare_years=False)
    if found:
        return found[0].span
    month = _CELL_MONTH_YY.search(part)
    if month:
        span = parse_any_date(f"{month.group(1)} 20{month.group(2)}")
        if span.parsed:
            return span
    quarter = _CELL_QUARTER.search(part)
    if quarter and _FY_KEY.fullmatch(key):
        span = parse_any_date(f"Q{quarter.group(1)} {key}")
        if span.parsed:
            return span
    return column


def _worded_cells(row: Row, periods: dict) -> bool:
    """Whether a plan's row has a cell under its periods naming a stage ('Tender', 'Award', 'Start'): on a row naming
    its service ('Carers | | Tender | X | Award | Start'), its 'X' marks are the bar between the stages (evaluation,
    mobilisation, as the plan's key says), and its words are the stages."""
    return any(j in periods and not GANTT_MARK.match(c.strip()) and any(rx.search(c) for _, rx in FIELD_STAGES)
               for j, c in enumerate(row.cells))


def gantt_row(block: TableBlock, row: Row, lines: list[str], props: Proposals, confidence: str,
              service: str = "") -> bool:
    """A row of a plan laid out as a chart, its columns periods ('2026/27', 'Q1 2027/28'): a stage word in a cell is
    that stage in the column's period, the row naming the service ('Carers | Extend | Tender | New contract'); marks
    under the periods on a row naming its stage ('Tender published |  | X') date that stage by its first mark, the
    service the timetable's."""
    keys = block.column_keys()
    periods = gantt_columns(keys)  # (beside a reference, a RAG and a lead column when they are financial years)
    whole = len(periods) == len([k for k in keys[1:] if k.strip()])
    if not periods or any(_FIGURE_CELL.fullmatch(c.strip()) if j in periods else re.search(r"\d", c) and whole
                          for r in block.rows for j, c in enumerate(r.cells) if j > 0):
        return False  # (a table of figures under years is no plan)
    label = service or (row.cells[0].strip() if row.cells else "")
    marked = [j for j, c in enumerate(row.cells) if j in periods and GANTT_MARK.match(c.strip())]
    stage = next((s for s, rx in FIELD_STAGES if rx.search(label)), None)
    if marked and (stage is not None or not _worded_cells(row, periods)):
        if stage is None or stage == "extension_end" or _NO_GANTT_STAGE.search(label) or _MEETING.search(label):
            return True
        found = [(marked[0], stage, _timetable_service(block, lines))]
    else:
        found = []
        for j, cell in enumerate(row.cells):
            # a cell may hold two stages ('Re-procure (Q1); contract ends Sep-27'), each with its own quarter or month
            # or a roadmap's action then its contract's date after a dash ('Re-tender carers support – contract ends
            # Mar 26')
            for part in re.split(r"\s*;\s*|\s+[–—]\s+", cell) if j in periods else ():
                stage = next((s for s, rx in FIELD_STAGES if rx.search(part)), None)
                dated = bool(find_dates(part, bare_years=False)) or bool(_CELL_MONTH_YY.search(part))
                if stage == "extension_end" and dated and not _UNDECIDED.search(part):
                    # 'Advocacy contract extended to 30 June 2026 (final option)': the extension's end, dated
                    found.append((j, stage, label, _cell_span(part, keys[j].strip(), periods[j])))
                elif stage and stage != "extension_end" and not _NO_GANTT_STAGE.search(part) and (
                        dated or _CELL_QUARTER.search(part) or not OPEN_PERIOD.search(keys[j])):
                    # (an open column, 'Later (2027/28 onwards)', dates no stage its cell does not date)
                    found.append((j, stage, label, _cell_span(part, keys[j].strip(), periods[j])))
    for stage, service, span, written in _bars_joined([f if len(f) == 4 else (*f, periods[f[0]]) for f in found], keys):
        props.add(line=row.line, kind="procurement", theme="procurement", area_code=props.authority,
                  area_name=area_lookup.area_name(props.authority), service=service, stage=stage,
                  date_text=written, earliest=span.earliest.isoformat(), latest=span.latest.isoformat(),
                  qualifier="as written", confidence=confidence, text=lines[row.line - 1])
    return True


def _bars_joined(found: list[tuple], keys: list[str]) -> list[tuple]:
    """A plan's (stage, service, date, date text) with a bar over periods side by side joined: 'Tender' under 'Q1
    26/27' and again under 'Q2 26/27' is one tender from the first's start to the second's end, as a range of two
    quarters is."""
    joined: list[list] = []
    for j, stage, service, span in found:
        last = joined[-1] if joined else None
        if last and last[1:3] == [stage, service] and j == last[0] + 1 and (span.earliest - last[3].latest).days == 1:
            last[0], last[3] = j, DateSpan(span.text, last[3].earliest, span.latest)
            last[4] = f"{last[4]} to {keys[j].strip()}"
        else:
            joined.append([j, stage, service, span, keys[j].strip()])
    return [(stage, service, span, written) for _, stage, service, span, written in joined]


# a title that is a sentence (a full stop or semicolon, or too many words for a title)
_A_SENTENCE = re.compile(r"[.;!?]\s*$|;\s|^(?:\S+\s+){12,}\S")


def _line_above(lines: list[str], line: int) -> str:
    """The nearest line with words above `line` (1-based), spaces joined, else ''."""
    k = line - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    return " ".join(lines[k].split()) if k >= 0 and line - k <= 4 else ""


# a time of day before a date ('by 12:00 on', 'by midday on', 'at 2pm on'): no words of its stage
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?|hrs?\b|hours\b)?|\b(?:12\s+)?(?:noon|midday|midnight)\b|"
                          r"\b\d{1,2}\s*[ap]\.?m\b\.?", re.IGNORECASE)


# ... and a week named by its first day ('in the week commencing', 'w/c'): no contract's commencement
_WEEK_OF = re.compile(r"\b(?:(?:in|during)\s+)?(?:the\s+)?week\s+(?:commencing|beginning|starting)\b|\bw/?c\b", re.IGNORECASE)


# an extension's year (or day), then the end it runs to ('was extended in 2025 and now runs to 31 March 2028', 'was
# extended on 12/05/2025 until 30/09/2026')
_EXTENDED_IN = re.compile(r"\b(?:was|were|has been|have been|had been)\s+extended\s+(?:again\s+|once\s+)?"
                          r"(?:in|during|on)\s*$", re.IGNORECASE)
_RUNS_ON = re.compile(r"\s*,?\s*and\s+(?:now|so)?\s*(?:runs?|ends?|expires?|lasts?|continues?)\s+"
                      r"(?:to|until|till|on)\s*|\s*,?\s*(?:until|till|to)\s*", re.IGNORECASE)


# a recommendation or action led by the verb, the service named between ('2. Tender the care and support contract at
# the extra care schemes from September 2027'): the sentence's first date is the tender's, however long the name, unless
# a start of a contract stands between
# (and after who will do it: 'We intend to re-tender the care and support in our extra care schemes in autumn 2027')
_LED_TENDER = re.compile(r"^\s*(?:\(?[\da-z]{1,2}[.)]\s*|[-•*]\s*)?"
                         r"(?:(?:we|the\s+council)\s+(?:will|shall|(?:plan|intend|aim|expect)s?\s+to)\s+)?"
                         r"(?:re-?)?tender\b(?![^.;]*\b(?:start\w*|commenc\w*|begin\w*|go[- ]live|in\s+place)\b)"
                         r"[^.;]{0,120}\b(?:from|in|during)\s*$", re.IGNORECASE)


# an aside between commas in lower case, with no figure, date or stop in it ('We will start the procurement of a new
# model, organised around eight zones, in spring 2027'): it stands between a stage's word and its date
_COMMA_ASIDE = re.compile(r",\s+(?:[a-z][\w'’-]*\s+){1,7}[a-z][\w'’-]*,(?=\s)")


# a contract already extended, or an extension agreed, then the end it now has, however long the contract's name between
# ('We have extended the Reablement at Home contract by 12 months, so it now ends on', 'The second extension has been
# agreed, so the contract now runs to'): the extension's end; not a contract that was not extended
# (or extensions used, then the end they bring: 'Both extensions have been used, so the contract will end on', 'The
# first extension was taken in May 2025, taking the end date to')
_EXTENDED_THEN_NOW = re.compile(r"(?:(?<!not\s)(?<!never\s)(?<!n't\s)(?<!not\sbeen\s)(?<!never\sbeen\s)\bextended\b|"
                                r"\bextensions?\s+(?:has\s+been|have\s+been|was|were|is|are)\s+(?:agreed|approved|granted|"
                                r"taken|used|exercised|signed\s+off)\b)[^.;]{0,90}?"
                                r"(?:\bnow\s+(?:end|run|expire)s?\s+(?:on|to|until|in)|"
                                r"\bso\s+(?:it|they|the\s+(?:contract|service|framework)s?)\s+(?:will\s+)?(?:now\s+)?"
                                r"(?:end|run|expire)s?\s+(?:on|to|until|in)|"
                                r"\btaking\s+(?:it|them|the\s+(?:end\s+date|contract|service|framework)s?)\s+(?:to|until))"
                                r"\s*$", re.IGNORECASE)


def _stage_for(prefix: str) -> str | None:
    if re.search(r"\d[:.]\d\d|noon|midday|midnight|\d\s*[ap]\.?m\b|\bweek\b|\bw/?c\b", prefix, re.IGNORECASE):
        prefix = " ".join(_WEEK_OF.sub(" ", _TIME_OF_DAY.sub(" ", prefix)).split()) + (" " if prefix[-1:].isspace() else "")
    stage = _stage_cued(prefix)
    if stage is None and _COMMA_ASIDE.search(prefix):
        stage = _stage_cued(_COMMA_ASIDE.sub("", prefix))  # (only where the words as written give no stage)
    return stage


# the new provider's mobilisation told as a window of its own ('Mobilisation will run from July to September 2026',
# 'the mobilisation period runs between'): the weeks before the start, no stage
_MOBILISATION_WINDOW = re.compile(r"\bmobilis\w*(?:\s+period)?\s+(?:will\s+|is\s+to\s+|should\s+|is\s+expected\s+to\s+)?"
                                  r"(?:run|runs|take\s+place|takes\s+place|last|lasts|be|is)\s+(?:from|between|over|during)\s*$",
                                  re.IGNORECASE)


def _stage_cued(prefix: str) -> str | None:
    """The stage the first of the stage cues finds in the words before a date (None when the stage is undecided)."""
    if _MOBILISATION_WINDOW.search(prefix):
        return None
    for stage, rx in STAGE_CUES:
        if rx.search(prefix):
            return None if _undecided(prefix, stage) else stage
    return None


# a loose time made exact by the date in brackets after it ('advertise them in the new year (January 2026)', 'go out
# to tender later this year (October 2025)'): the bracket's date is the stage's
_LOOSE_TIME_BRACKET = re.compile(r"\b(?:(?:the\s+)?(?:new|next|coming)\s+(?:year|financial\s+year|quarter)|(?:early|later?)\s+"
                                 r"(?:this|next|in\s+the(?:\s+new)?)\s+(?:year|financial\s+year)|(?:the\s+)?(?:spring|summer|"
                                 r"autumn|winter))\s*\(\s*$", re.IGNORECASE)


# a stage verb after the decision governs the date ('Following a decision on the extension, it will end on ...')
_STAGE_VERB = re.compile(r"\b(?:end|expir|start|run|commenc)\w*\b", re.IGNORECASE)


# words after a date saying a decision is taken then ('... in 2027/28 will decide whether', 'will determine if')
_DECIDES_AFTER = re.compile(r"\s*,?\s*(?:which\s+)?(?:will|to|shall|should)\s+(?:decide|determine|consider|assess)\s+"
                            r"(?:whether|if|how)\b", re.IGNORECASE)


# words after a date saying the procurement, or the choice of what to buy, comes after it ('review the service during
# 2026/27 before re-procuring it', 'before we decide what to commission'): the date is of what is done first
_BEFORE_PROCUREMENT = re.compile(r"\s*,?\s*before\s+(?:we\s+|it\s+is\s+|they\s+are\s+)?(?:re-?procur\w*|re-?tender\w*|"
                                 r"(?:decid\w*|choos\w*|agree\w*)\s+(?:what|whether|how|when)\s+(?:\w+\s+){0,2}?"
                                 r"(?:to\s+|we\s+will\s+)(?:re-?)?(?:commission|procure|tender|buy)\w*|"
                                 r"tender\w*|procur\w*|re-?commission\w*|go(?:ing)?\s+(?:out\s+)?to\s+(?:tender|market))\b",
                                 re.IGNORECASE)


# a review dated before the procurement the sentence goes on to date ('We will review the model during 2024 and
# re-tender in autumn 2025'): the review's date, no stage (the tender's date after it is the stage)
_REVIEW_LED = re.compile(r"\breview\w*\b(?![^.;]*\b(?:tender|procur|commission|advertis)\w*)[^.;]*$", re.IGNORECASE)
# the council's review dated by the words right after its verb and object ('We will review them from November
# 2026', 'review the day services during 2026/27'): the review's date, no stage
_REVIEW_DATED = re.compile(r"\b(?:we|council)\s+(?:will|plan\s+to|intend\s+to|expect\s+to)\s+review\s+(?:it|them|this|"
                           r"these|(?:the|our|its|their)(?:\s+(?!(?:and|then|before|to|(?:re-?)?tender\w*|procur\w*)\b)"
                           r"[\w'’-]+){1,4})\s+(?:from|in|during|by|over)\s*$", re.IGNORECASE)
_THEN_PROCUREMENT = re.compile(r"\s*,?\s*(?:and|then)\s+(?:then\s+)?(?:we\s+will\s+)?(?:re-?procur\w*|re-?tender\w*|"
                               r"tender\w*|procur\w*|re-?commission\w*|go(?:ing)?\s+(?:out\s+)?to\s+(?:tender|market))\b"
                               r"[^.;]*?\b(?:19|20)\d\d\b", re.IGNORECASE)


def _undecided(prefix: str, stage: str) -> bool:
    """Whether the words before a date say its stage is still to be decided (then the date is the decision's)."""
    if stage == "extension_end":
        return bool(_UNDECIDED.search(prefix))
    decision = _UNDECIDED_ANY.search(prefix)
    return bool(decision) and not _STAGE_VERB.search(prefix[decision.end():])


# '**Day opportunities**: ...', '**Reablement:** ...', '*Carers' breaks* – ...', 'Home care – ...'
# '**Lot 1 – Carers' breaks**: ...': a bold label may hold a dash
# ('**Carers Support Service.** The current contract ...': a run-in heading in bold, ending in a full stop)
_BOLD_LABEL = re.compile(r"^\s*(\*\*|__)(?P<label>[^*_:.]{3,80}?)(?:[:.]\1|\1\s*[:.])\s+")
_LABEL = re.compile(r"^\s*([*_]{0,2})(?P<label>[^:*_–—]{3,60}?)\s*(?::\s*\1|\1\s*:|\1\s+[–—-])\s+")
# labels that say what kind of line this is, not which service ('Procurement timetable: ...', 'Key dates: ...')
_NOT_A_SERVICE = re.compile(r"\b(?:timetable|timescales?|timeline|timing|dates?|status|update|progress|notes?|next steps|"
                            r"procurement|commissioning intentions?|value|length|duration|term|period|start|end|deadline|"
                            r"award|extension|options?|"
                            # a stage's event as a list's label ('Invitation to tender issued: January 2026')
                            r"issued|published|advertised|launched|opens|closes|go[- ]live|goes\s+live)$", re.IGNORECASE)


# a title saying what is bought before its colon, the service after it ('What we will buy: Carers Support Service',
# 'Commissioning intention: Home care', 'Opportunity: Carers breaks')
_BUYING = re.compile(r"^(?:what (?:we|the council) (?:will|plans? to|intends? to) (?:buy|commission|procure|tender)|"
                     r"we will (?:buy|commission|procure)|(?:commissioning|procurement) (?:intention|opportunit(?:y|ies))|"
                     r"intention|opportunity|(?:re-?)?procurement|re-?commissioning)\s*[:–-]\s*(.{3,70})$", re.IGNORECASE)


def title_line(lines: list[str], line: int, running: set[int] = frozenset()) -> str:
    """The short title line a block of lines sits under with no blank line between ('Home care framework' above
    'Contract start: 1 April 2027'), else ''. Lines with a colon or a full stop are stepped over."""
    k = line - 1
    while k >= 1 and lines[k - 1].strip():
        text = lines[k - 1].strip().lstrip("#").strip()
        bullet = re.match(r"^(?:[-•*·▪–]|o(?=\s+[A-Z]))\s+", text)
        if bullet:  # '- Home care' over its indented sub-list ('  - Contract end: ...'); a sibling bullet is no title
            own = len(lines[line - 1]) - len(lines[line - 1].lstrip())
            if len(lines[k - 1]) - len(lines[k - 1].lstrip()) >= own:
                k -= 1
                continue
            text = text[bullet.end():]
            if ":" in text and (parent := label_service(text)):
                return parent  # '• Home care framework: tender June 2025.' over its sub-list ('  • Contract award: ...')
        text = text.strip("*_").strip()
        if _NO_GANTT_STAGE.match(text) and len(text.split()) <= 3:
            k -= 1  # a milestone with no date in a list of them ('Mobilisation' between 'Award: Apr 2026' and
            continue  # 'Go-live: 1 Oct 2026'): no title
        notice = re.match(r"^(?:tender|contract|procurement|prior information)\s+notice\s*[:–-]\s*(.{3,70})$", text,
                          re.IGNORECASE)
        if notice:  # 'Tender notice: Carers support service'
            return notice.group(1).strip()
        buying = _BUYING.match(text)
        if buying and k not in running and not re.search(r"\d", buying.group(1)) and not _NOT_A_SERVICE.search(
                buying.group(1)):
            return buying.group(1).strip()  # a slide's or section's title 'What we will buy: Carers Support Service'
        if k not in running and 3 <= len(text) <= 70 and ":" not in text and not re.search(r"[.;,!?]$", text) \
                and text[:1].isupper() and not re.match(r"^\d+(?:\.\d+)*\.?\s", text) and not re.search(r"\d{3}", text) \
                and not reads_on(text, lines[k]):  # (a wrapped paragraph's line is no title)
            return text
        k -= 1
    return ""


# 'Extra care care and support, tender expected spring 2027, ...': a name, then a comma and a stage's words
_COMMA_LABEL = re.compile(r"^\s*(?P<label>[A-Z][^:,;–—\d]{3,60}?),\s+(?=(?:re-?tender\w*|tender\w*|re-?procure\w*|procurement|"
                          r"contract|ITT|invitation to tender|award|go(?:ing)? (?:out )?to (?:market|tender))\b)")


# a paragraph's run-in heading whose bold was lost (OCR, a plain-text save): a name in capitals and nothing else,
# ending in a full stop ('Carers Support Service. The tender will be published ...')
# a report's paragraph number before its sentence ('3.2 ', '4.1.3 ')
_PARA_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z])")
_RUN_IN = re.compile(r"^\s*(?P<label>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&()-]*|and|of|for|&|with|in|at)){1,7})\.$")


# ... or in sentence case, as minutes and reports typed in Word write it ('6.1 Carers' support service. RP confirmed
# ...', 'Extra care care and support. The contracts end ...'): a short name with no verb or figure, ending in a
# service's word
_RUN_IN_SENTENCE_CASE = re.compile(
    r"^\s*(?P<label>[A-Z][\w'’&-]*(?:\s+[\w'’&()-]+){0,6}?\s+(?:services?|support|care|contracts?|framework|hub|breaks|"
    r"respite|advocacy|reablement|equipment|housing|navigation|navigators?))\.$")
_VERB_WORD = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|be|been|said|noted|reported|confirmed|asked|"
                        r"added|ends?|starts?|began|begins?)\b", re.IGNORECASE)


def _labels_contract_paragraph(sentence: str) -> bool:
    """Whether a plain paragraph's first sentence opens on a service's label before a sentence of its own about the
    contract ('Carers support: The current contract ends on 31 March 2026.'): the label names the service of the
    paragraph's later sentences too ('Market Summary: we hold ...', lower case after the colon, is no such label)."""
    m = _LABEL.match(sentence)
    rest = sentence[m.end():] if m else ""
    return bool(rest[:1].isupper() and _PROCUREMENT_CUE.search(rest))


def _run_in_name(sentence: str) -> str:
    # (after a report's paragraph number: '5.1 Carers Support Service. The current contract ends ...')
    m = _RUN_IN.match(_PARA_NUMBER.sub("", sentence))
    if not m:
        m = _RUN_IN_SENTENCE_CASE.match(_PARA_NUMBER.sub("", sentence))
        if m and (_VERB_WORD.search(m.group("label")) or re.search(r"\d", m.group("label"))):
            m = None
    return m.group("label") if m and _names_service(m.group("label")) else ""


# a note under a table led by the mark one of its cells carries ('31/03/2028*' over '* the current contract has an
# option to extend to 31 March 2029'): the note is about that row
_NOTE_MARK = re.compile(r"^\s*(\*{1,3}|[†‡§])\s*(?=\w)")


def _marked_row_service(layout: Layout, lines: list[str], line: int) -> str:
    """The first cell of the one row of the table just above `line` (1-based) whose cell ends in the mark leading
    that line, else ''."""
    mark = _NOTE_MARK.match(lines[line - 1])
    if not mark:
        return ""
    for block in layout.tables:
        last = max((r.line for r in block.rows), default=0)
        if not 0 < line - last <= 4:
            continue
        marked = [r for r in block.rows if r.cells and any(
            re.search(r"[\w)]" + re.escape(mark.group(1)) + r"$", c.strip()) for c in r.cells)]
        if len(marked) == 1:
            name = marked[0].cells[0].strip().rstrip("*†‡§").strip()
            return name if _names_service(name) else ""
    return ""


def _names_service(label: str) -> bool:
    return bool(label) and not _NOT_A_SERVICE.search(label) and len(label.split()) <= 8 and not re.match(
        r"^(?:we|the council|it|this|that|these|our|there|a|an|in|by|from|until)\b", label, re.IGNORECASE)


def label_service(sentence: str) -> str:
    """The service a line names before its colon ('**Day opportunities**: procurement to start ...')."""
    m = _BOLD_LABEL.match(sentence) or _LABEL.match(sentence) or _COMMA_LABEL.match(sentence)
    label = m.group("label").strip() if m else ""
    return label if _names_service(label) else ""


# a subsection heading saying only that what follows is what will be bought ('Tendering Opportunities', 'Procurement
# opportunities', 'Commissioning intentions', 'Future tenders'): no service's name
_OPPORTUNITIES_HEAD = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:tendering|tender|procurement|contracting|"
                                 r"commissioning|market)\s+(?:opportunities|intentions|plans)|future\s+(?:tenders|"
                                 r"procurements?|commissioning))", re.IGNORECASE)
# a list's lead-in opening on who will act and ending in a colon ('We want providers to:', 'We will:', 'The Council
# will:'), read as a heading over the paragraph after its bullets: no service's name, the heading above it is
_ACTORS_LEAD_IN = re.compile(r"(?:we|you|they|the\s+council|providers|commissioners)\s+[^:]{0,60}:", re.IGNORECASE)


# a table's caption saying how its figures are broken down ('Extra care by district, November 2025', 'Unpaid carers by
# age'): no service's name, the heading above it is
_FIGURES_BY = re.compile(r"\bby\s+(?:district|area|locality|localities|ward|tenure|age(?:\s+group)?|council|borough|"
                         r"place)\b", re.IGNORECASE)


def _service_for(layout: Layout, lines: list[str], line: int, sentence: str) -> str:
    """The service a sentence names ('Home care –', 'The contract for the X was', 'The home care contract'), else
    its title line, else its heading."""
    own = _own_service(sentence)
    if own:
        return own
    title = title_line(lines, line, layout.running)
    if title:
        return title
    heads = [h for h in layout.headings.get(line, ())]
    # ('Tendering Opportunities' under each service's heading: the subsection's kind, the service the heading above)
    # (nor is a list's lead-in ending in a colon between them: 'Two further schemes are planned:')
    if heads and _OPPORTUNITIES_HEAD.fullmatch(heads[0].strip()):
        heads = [h for h in heads[1:] if not h.rstrip().endswith(":")] or heads
    if len(heads) > 1 and _ACTORS_LEAD_IN.fullmatch(heads[0].strip()):
        heads = heads[1:]
    if len(heads) > 1 and _FIGURES_BY.search(heads[0]):
        heads = heads[1:]  # ('Extra care by district, November 2025' over its table: a breakdown of figures, no service)
    if heads and _asks_no_service(heads[0]) and (answered := _answer_service(sentence)):
        return answered  # ('What will we buy, and when?' over 'Our day care service will be re-tendered in May 2026')
    return heading_service(heads[0]) if heads else sentence.strip()[:80]


# a heading saying only that what follows is what will be bought ('What we will buy and when', '6. What we plan to
# commission'): no service's name, as the question 'What will we buy, and when?' names none
_BUYING_HEAD = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:what|when|how)\s+(?:we|the\s+council)\s+(?:will|plan\s+to|"
                          r"intend\s+to|expect\s+to|are\s+going\s+to)\s+(?:buy|commission|procure|tender)\b[\w ,]*",
                          re.IGNORECASE)


def _asks_no_service(heading: str) -> bool:
    """A heading asking a question that names no service ('5. What will we buy, and when?'), or saying what will be
    bought without naming it ('What we will buy and when')."""
    return heading.rstrip().endswith("?") and not _QUESTION_NAME.search(heading) or \
        bool(_BUYING_HEAD.fullmatch(heading.strip()))


# the service an answer names in lower case: after 'our' or 'the' and before its kind ('Our dementia navigator service
# will be ...', 'The home care framework was due to end ...'; 'The new contract will start ...' names none), or after
# going to tender for it ('We plan to go out to tender for the carers' hub in spring 2026')
_ANSWER_KIND = re.compile(r"^\s*(?i:our|the)\s+(?i:current\s+|existing\s+)?"
                          r"(?!(?:new|current|existing|replacement|next|previous|present|same)\s+"
                          r"(?:service|framework|hub|contract)s?\b)"
                          r"(?P<service>[a-z][a-z'’ -]{2,50}?\s+(?:service|framework|hub|contract)s?)\s+"
                          r"(?:will|is|was|are|were|has|had|ends?|runs?|expires?)\b")
_ANSWER_TENDER_FOR = re.compile(r"^\s*(?:we|the\s+council)\s+(?:will|plan\s+to|intend\s+to|expect\s+to|aim\s+to)\s+"
                                r"(?:go\s+(?:out\s+)?to\s+(?:tender|market)|re-?tender|tender)\s+for\s+"
                                r"(?:the\s+|our\s+)?(?:new\s+)?(?P<service>[a-z][a-z'’ -]{2,50}?)"
                                r"(?=\s+(?:in|from|during|by|at)\b|\s*[,.;(])", re.IGNORECASE)


# ... or before how it is delivered ('Our carers' support is provided by one hub under a contract that ends ...')
# ('The service is run by ...' names none)
_ANSWER_DELIVERED = re.compile(r"^\s*(?i:our|the)\s+(?!(?:new\s+|current\s+)?(?:services?|contracts?|frameworks?|provision|"
                               r"support)\s)(?P<service>[a-z][a-z'’ -]{2,40}?)\s+(?:is|are)\s+(?:currently\s+|now\s+)?"
                               r"(?:provided|delivered|commissioned|run|bought)\b")


def _answer_service(sentence: str) -> str:
    m = _ANSWER_KIND.match(sentence) or _ANSWER_TENDER_FOR.match(sentence) or _ANSWER_DELIVERED.match(sentence)
    name = m.group("service").strip() if m else ""
    return _without_lower_kind(re.sub(r"\s+contracts?$", "", name, flags=re.IGNORECASE)) if _names_service(name) else ""


# a story run on from an earlier page, as magazines and newsletters print them: 'Commissioning corner (continued from
# page 3)' over its paragraph, and 'continued on page 6' where the story broke off
_CONTINUED_FROM = re.compile(r"^(?P<title>[^()\[\]]*?)\s*[(\[]?\s*(?:continued|cont(?:['’]d|\.))\s+from\s+(?:page|p\.?)\s*\d{1,3}"
                             r"\s*[)\]]?\s*$", re.IGNORECASE)
_CONTINUED_ON = re.compile(r"\b(?:continued|cont(?:['’]d|\.))\s+(?:on|overleaf)\b", re.IGNORECASE)


def _in_full(own: str, lines: list[str], line: int, layout: Layout) -> str:
    """The service a sentence names, or the title line or nearest heading above it when that ends in the name ('The care
    and support contracts at our extra care schemes have been extended ...' under 'Extra care care and support'): the
    title names the same service in full."""
    if not own:
        return own
    # (or the heading a blank line above: 'Extra Care Care and Support' over 'The care and support contract across
    # our 24 schemes runs to 31 March 2028')
    for title in (title_line(lines, line, layout.running), *layout.headings.get(line, ())[:1]):
        if title and own.lower() != title.lower() and re.search(rf"\b{re.escape(own.lower())}$", title.lower()):
            return title
    return own


def _continued_service(layout: Layout, lines: list[str], line: int) -> str:
    """The service of a story's part run on from an earlier page: the service in force where the story broke off (the
    last line with words above the first 'continued on page N' under the story's heading), not the heading of the
    story printed just above the run-on."""
    k = line
    while k >= 1 and line - k <= 10 and lines[k - 1].strip() and not _CONTINUED_FROM.match(lines[k - 1].strip()):
        k -= 1
    m = _CONTINUED_FROM.match(lines[k - 1].strip()) if k >= 1 else None
    title = " ".join(m.group("title").split()).lower().rstrip(" :–-") if m else ""
    if not title:
        return ""
    start = next((j for j in range(k - 1, 0, -1) if " ".join(lines[j - 1].split()).lower().rstrip(" :") == title), 0)
    if not start:
        return ""
    marker = next((j for j in range(start + 1, k) if _CONTINUED_ON.search(lines[j - 1])), 0)
    if not marker:
        return ""
    last = next((j for j in range(marker - 1, start, -1) if lines[j - 1].strip()), 0)
    return _service_for(layout, lines, last, " ".join(lines[last - 1].split())) if last else ""


# what a notice's title says is done before or after the service it names ('Re-procurement of the Carers Support
# Service', 'Home Care Framework – award of places', 'Extension of the Dementia Support Service contract')
_ACTION_BEFORE = re.compile(r"^(?i:(?:the\s+)?(?:re-?procurement|procurement|re-?commissioning|commissioning|re-?tender(?:ing)?|"
                            r"tender(?:ing)?|award|extension|direct award)\s+(?:of|for)\s+(?:the\s+|an?\s+)?(?:new\s+)?"
                            r"(?:contracts?\s+for\s+(?:the\s+|an?\s+)?)?)(?=[A-Z])")
_ACTION_AFTER = re.compile(r"\s+[–—-]\s+(?:award\s+of\s+(?:places|contracts?|the\s+contract)|contract\s+award|"
                           r"(?:re-?)?procurement|re-?commissioning|re-?tender(?:ing)?|extension|approval\s+to\s+\w+)\b[^–—]*$",
                           re.IGNORECASE)


# a service a question names in capitals ('When will the Carers Support Service be re-tendered?')
_QUESTION_NAME = re.compile(r"\b(?:the|our)\s+(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|for|of|with)\s+)?){0,6}"
                            r"(?:Service|Contract|Framework|Hub|Partnership|Scheme|Programme|Agreement)s?)\b")


_NEWS_AFTER = re.compile(r"\s+(?:(?:has|have)\s+been\s+|is\s+|are\s+)?(?:extended|re-?tendered|awarded|launched|re-?opens?|"
                         r"opens?|closes?|updated?)$", re.IGNORECASE)


def heading_service(heading: str) -> str:
    """The service a heading names: without a reference before its colon ('KD-ASC-2026-031: ...') and without the
    decision's words before or after the name ('Re-procurement of the ...', '... – award of places')."""
    asked = _QUESTION_NAME.search(heading) if heading.rstrip().endswith("?") else None
    if asked:  # 'Q17. When will the Carers Support Service be re-tendered?': the service the question names
        return asked.group("name")
    led = REF_LED.fullmatch(heading)
    name = led.group("title") if led else heading
    # an appendix's number and a timetable's kind before the name ('Appendix 2: Procurement timetable – Home Care and
    # Support'): the name after the dash
    name = _TIMETABLE_OF.sub("", _APPENDIX_NUMBER.sub("", _SECTION_NUMBER.sub("", name)))
    name = _ACTION_AFTER.sub("", _ACTION_BEFORE.sub("", name)).strip()
    # a news item's kind before the name ('Tender alert: Carers Support Service'), and what has happened to the
    # service after it ('Notice: home care framework extended'): the name between
    news = NEWS_KICKER.match(name)
    if news:
        name = _NEWS_AFTER.sub("", name[news.end():]).strip()
    # a slide's title naming the service before a lower-case phrase ('Extra care care and support: timeline 2026')
    name = re.sub(r"^([A-Z][^:\d]{2,50}):\s+(?:[a-z][a-z’' ]{2,40}\s+(?:19|20)\d\d|"
                  r"(?:[a-z][a-z’' ]{0,30}\s)?(?:timeline|timetable|milestones|key dates|next steps|overview))$", r"\1", name)
    return name if len(name) >= 3 else heading


# a plan's verb leading a sentence or bullet, with its article ('Start our new', 'Re-tender the', 'Launch a new')
# (also after who will do it, when a name in capitals follows: 'We will re-commission the Carers Support Service from
# April 2026' and 'We expect to award the Home Care Framework in May 2025' name that service; 'We plan to tender the dementia support service during 2027/28' is left as it was)
_PLAN_VERB = re.compile(r"^\s*[-•*]?\s*(?:(?:we|the\s+council)\s+(?:will|shall|plan\s+to|intend\s+to|expect\s+to|aim\s+to)\s+"
                        r"(?=[\w-]+\s+(?:our|the|a|an|its)\s+(?:(?:new|current|existing)\s+)?(?-i:[A-Z])))?"
                        r"(?:start|begin|commence|launch|let|re-?procure|procure|re-?commission|commission|re-?tender|"
                        r"tender|renew|extend|award)\s+(?:our|the|a|an|its)\s+(?:new\s+|current\s+|existing\s+)?",
                        re.IGNORECASE)
# 'Go out to tender ... for home support in the north of the borough', 'Tender for advocacy services in 2026'
_TO_MARKET_FOR = re.compile(r"^\s*[-•*]?\s*(?:go(?:ing)?\s+(?:out\s+)?to\s+(?:tender|market)|re-?tender|tender)\b[^.;]{0,60}?"
                            r"\bfor\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:new\s+)?(?!(?:first|second|third|next|last|final|period|term|"
                            r"length|duration|years?|months?)\b)(?P<service>[a-z][\w'’ -]{3,60}?)"
                            r"(?=\s+(?:in|across|from|with|by|on|at|to|during)\b|\s*[,.;(]|\s*$)", re.IGNORECASE)


# a clause that dates a step is no service's name ('Tender opens January 2026; new service from ...')
_DATED_CLAUSE = re.compile(r";|\b(?:19|20)\d{2}\b")
# a recommendation's letter or numeral and its verb ('(b) approve the ', 'ii) agree to the ')
# ... or Word's automatic letter, which the reader writes as a bullet, and the verb agreeing with 'That Cabinet:'
# above ('• approves the procurement of Extra Care Care and Support in two lots, ...')
_RECOMMENDED = re.compile(r"^\s*(?:(?:\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)|•)\s+(?:to\s+)?(?:approve|agree(?:\s+to)?|authorise|"
                          r"endorse|note|support)|(?:(?:\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)|•)\s+)?(?:approves|agrees(?:\s+to)?|"
                          r"authorises|endorses|notes|supports))\s+(?:the\s+)?", re.IGNORECASE)


# a kind of contract in lower case after a name in capitals ('Home Care framework', 'Carers Hub contract')
_LOWER_KIND_AFTER = re.compile(r"(?<=[A-Za-z])\s+(?:framework|contracts?|service|tender)$")


def _own_service(sentence: str) -> str:
    # (a numbered paragraph's number is no part of a name: '6.2 The current contract, which expires ...')
    sentence = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])", "", sentence)
    # (nor a recommendation's letter and verb: '(b) approve the re-procurement of the Carers Support Service, with the
    # new contract to start on ...' names the Carers Support Service)
    recommended = _RECOMMENDED.match(sentence)
    if recommended and (after := _ACTION_BEFORE.sub("", sentence[recommended.end():])) != sentence[recommended.end():]:
        # (a name ends before 'and' and lower-case words, 'the Carers Service and the ...'; 'Care and Support' is one)
        name = re.match(r"[A-Z][^,;:()]{2,60}?(?=\s*(?:[,;:(]|$)|\s+(?:with|to|from|for|at|in|by|on)\s|\s+and\s+(?![A-Z]))",
                        after)
        if name and _names_service(name.group(0)):
            return name.group(0).strip()
    label = label_service(sentence)
    if label:
        return label
    # a plan's bullet led by its verb: 'Go out to tender in the autumn of 2025 for home support in the north' names
    # home support; 'Start our new all-age carers' support contract on ...' names the contract after the verb
    market = _TO_MARKET_FOR.match(sentence)
    if market:
        return market.group("service").strip()
    sentence = _PLAN_VERB.sub("", sentence)
    # ('The procurement for the new Home Care Framework opened in April 2026 and closes to bids on ...'; 'Our contract
    # for the Carers Support Service ends on ...')
    named = re.match(r"^\s*(?:the\s+|our\s+)?(?:current\s+|existing\s+|new\s+)?(?:contract|framework|tenders?|(?:re-?)?procurement)\s+"
                     r"for\s+(?:the\s+|an?\s+|our\s+|its\s+|their\s+)?(?:new\s+|replacement\s+|re-?commissioned\s+)?"
                     r"(.{4,60}?)\s+(?:was|is|will|has|had|runs?|ends?|expires?|open(?:s|ed)|clos(?:es|ed)|launch(?:es|ed)|"
                     r"beg(?:an|ins))\b", sentence, re.IGNORECASE)
    if named and not re.fullmatch(r"(?:this|that|these|those|our|its|their|each)\s+(?:services?|contracts?|lots?)",
                                  named.group(1).strip(), re.IGNORECASE):
        # ('this service' names none; 'Tenders for the new Home Care framework will close ...': the name in capitals,
        # the lower-case kind of contract after it no part of it)
        name = named.group(1).strip()
        return _LOWER_KIND_AFTER.sub("", name) if re.match(r"[A-Z]", name) else name  # 'The contract for the Castlemere Carers Hub was awarded ...'
    m = re.match(r"^\s*(?:the\s+)?([^:*]{4,80}?)\s+(?:contract|service|framework|tender)s?\b", sentence, re.IGNORECASE)
    if m and not re.match(r"^(?:we|the council|it|this|our|there|a|an|deadline|closing date|dates?|timetable|timescales?|"
                          r"invitations?|ITT)\b", m.group(1), re.IGNORECASE) and not re.search(
            r"\b(?:this|that|these|those|our|its|their|each|the|a|an)(?:\s+(?:current|existing|new|present|previous|"
            r"replacement|next))?$", m.group(1), re.IGNORECASE) and not re.search(
            r"\b(?:will|shall|would|is|was|are|were|be|been|has|have|had)\b", m.group(1), re.IGNORECASE) and not _DATED_CLAUSE.search(
            m.group(1)) and not re.fullmatch(
            r"(?:the\s+)?(?:current|existing|new|present|previous|old|latest|next|original)(?:\s+\w+)?", m.group(1).strip(),
            re.IGNORECASE):  # ('The current contract ...' names no service)
        # (a table row's first cell: 'Dementia Advice and Navigation<tab>Contract started ...')
        # ('The Dementia Navigation Service contract runs ...', 'For the Carers Support Service, ...': the service
        # without the article or preposition before it)
        # ('The Advocacy Hub contract runs to ...': the service is the Advocacy Hub, the word 'contract' no part of it)
        # ('The current Home Care Framework began ...': which contract, in lower case, is no part of the name)
        # ('The current home care contracts end ...': which contracts, in any case, is no part of the name)
        # ('The current Care at Home framework ends ...': the name in capitals, the lower-case kind of contract after
        # it no part of it)
        return m.group(1).strip() if "\t" in m.group(0) else _without_lower_kind(re.sub(r"\s+contracts?$", "", re.sub(
            r"^(?:(?:current|existing|present)\s+|(?:new|replacement|proposed)\s+(?=[A-Z]))", "", re.sub(
                r"^(?:(?:for|of|on|under|within|with|across)\s+)?the\s+", "", m.group(0).strip(), flags=re.IGNORECASE)),
            flags=re.IGNORECASE))
    return ""


def _without_lower_kind(name: str) -> str:
    """A service's name in capitals without the lower-case kind of contract after it ('Care at Home framework')."""
    return _LOWER_KIND_AFTER.sub("", name) if re.match(r"[A-Z]", name) else name


_CAPTION = re.compile(r"^\s*(?:table|figure|chart|appendix|annex)\s+[A-Z]?\d+(?:\.\d+)*[a-z]?\s*[:.–-]", re.IGNORECASE)


# a body that decides ('Cabinet agreed on 14 January 2026 to extend it ...'): its meeting dates that date, not the next
_DECIDED_BY = re.compile(r"\b(?:cabinet|committee|board|council|members)\b", re.IGNORECASE)


# a paragraph opening on what will replace a service, named in capitals ('We will re-procure home care through a new
# Home Care and Reablement Framework.'): the service of the stages its later sentences give
_NEW_NAMED = re.compile(r"\b(?:through|via|under|into|as|with|by)\s+(?:a|an|the)\s+(?:new|single|replacement|"
                        r"re-?commissioned)\s+(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&()-]*|and|of|for|&|with)){0,7})")


# a paragraph opening on a service named in capitals and how it is delivered ('1.6 Home Care and Support is delivered
# through a framework of 14 providers'): the service of the stages its later sentences give
_DELIVERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:the\s+|our\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&()-]*|"
                        r"and|of|for|&|with|at|in)){1,7})\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:delivered|provided|"
                        r"commissioned|run|supplied|purchased|bought)\b")


def _delivered_name(sentence: str) -> str:
    m = _DELIVERED.match(sentence)
    name = re.sub(r"(?:\s+(?:and|of|for|&|with|at|in))+$", "", m.group("name")) if m else ""
    return name if len(name.split()) >= 2 and _names_service(name) else ""


def _new_service_named(sentence: str) -> str:
    m = _NEW_NAMED.search(sentence)
    name = re.sub(r"(?:\s+(?:and|of|for|&|with))+$", "", m.group("name")) if m else ""
    return name if len(name.split()) >= 2 and _names_service(name) else ""


def procurement_prose(lines: list[str], layout: Layout, props: Proposals) -> None:
    # (and a field's label on the line above its value; a field written on one line has none there; and a terminated
    # procurement's notice)
    skip = set(layout.table_lines) | {f.line for f in layout.fields} | {
        f.line - 1 for f in layout.fields if f.label not in lines[f.line - 1]} | terminated_lines(lines)
    numbered: dict[str, str] = {}  # a report's paragraph number -> the service its run-in heading named
    for para in paragraphs(lines, skip, layout.running):
        pending: list[tuple[int, str, object, set[str], str, DateSpan | None]] = []  # terms whose start is elsewhere
        para_start: DateSpan | None = None
        para_end: tuple[DateSpan, str] | None = None  # the last written contract end, and its service
        para_last: DateSpan | None = None  # the paragraph's last date so far
        # 'Reablement at home – current contracts expire 30 June 2027. We will go out to tender in autumn 2026.': the
        # label before the first sentence's dash names the service of the paragraph's later sentences too; so does a
        # paragraph's run-in heading in bold ('**Carers Support Service.** ... We will go out to tender ...')
        first = sentences(para.text)[0][1] if para.text.strip() else ""
        para_label = label_service(first) if para.bullet or _BOLD_LABEL.match(first) or _labels_contract_paragraph(
            first) else _run_in_name(first)
        if not para_label and para.bullet:
            para_label = _marked_row_service(layout, lines, para.starts[0][1])
        # '5.1.1 The tender will be published in September 2026' under '5.1 Carers Support Service. The current
        # contract ends ...': a numbered sub-paragraph naming no service is about the one its parent paragraph named
        number = re.match(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s", para.text) if not para.bullet else None
        inherited = ""
        if number and para_label:
            numbered[number.group(1)] = para_label
        elif number and (inherited := numbered.get(number.group(1).rsplit(".", 1)[0], "")):
            numbered[number.group(1)] = inherited
        # (a 'Label:' leading a plain paragraph is carried only in a bullet, above: 'Market Summary: we hold ...')
        para_named = _own_service(first) if _PROCUREMENT_CUE.search(first) and not label_service(first) else ""
        if not re.match(r"[A-Z][a-z]*(?:\s+[A-Z&(]|\s*$)", para_named):
            para_named = ""  # (a name in capitals only: 'the current carers support contract' names the heading's)
        if not para_named and _PROCUREMENT_CUE.search(first):
            para_named = _new_service_named(first)  # ('We will re-procure home care through a new Home Care and ...')
        if not para_named:
            para_named = _delivered_name(first)  # ('Home Care and Support is delivered through a framework of ...')
        if not para_named and _asks_no_service(next(iter(layout.headings.get(para.heading_line, ())), "")):
            # an answer under a question naming no service: the service its first sentence names in lower case ('Our
            # day care service will be re-tendered in May 2026. The new contract will start ...') is its later ones'
            para_named = _answer_service(first)
        listed = _expiry_item(first) if para.bullet and _EXPIRY_LIST.search(
            next(iter(layout.headings.get(para.heading_line, ())), "")) else None
        if listed:  # '• Community Equipment Service – 31.12.2027' under 'Contracts due to expire in the next 24 months'
            name, d = listed
            props.add(line=para.line_at(d.start), kind="procurement", theme="procurement", area_code=props.authority,
                      area_name=area_lookup.area_name(props.authority), service=name, stage="contract_end",
                      date_text=d.span.text, earliest=d.span.earliest.isoformat(), latest=d.span.latest.isoformat(),
                      qualifier="as written", confidence="medium", text=lines[para.line_at(d.start) - 1])
            continue
        for s_start, sentence in sentences(para.text):
            if not (_PROCUREMENT_CUE.search(sentence) or _LED_START.match(sentence) or _STARTED_FOR.search(sentence)
                    or _NEW_SERVICE_RUNS.search(sentence)) \
                    or _CAPTION.match(sentence):
                continue  # ('Table 2.1: Dudley contracts ending before 2029' says what a table holds)
            dates = find_dates(sentence)
            dates = _weeks_without_year(sentence, dates, para_last)
            dates = _seasons_without_year(sentence, dates)
            term = parse_contract_term(sentence) if re.search(r"\b(?:years?|months?)\b", sentence, re.IGNORECASE) \
                else None
            if term and (not (re.search(r"contract|term|extend|extension|period|framework|agreement|grant|programme|\+",
                                        sentence, re.IGNORECASE) or _STARTED_FOR.search(sentence)
                              or _NEW_SERVICE_RUNS.search(sentence)) or re.search(
                    r"including (?:all |any )?(?:possible )?extensions|maximum contract length", sentence, re.IGNORECASE)):
                term = None  # ('5 years, the maximum contract length including extensions': the whole length)
            if term and re.search(r"£\s*\d[^;]{0,60}?\bover\s+(?:the\s+)?(?:full\s+|whole\s+|next\s+)?" + re.escape(term.text),
                                  sentence, re.IGNORECASE):
                term = None  # ('a total value of up to £6.2 million over five years': what it costs over a span)
            # ('will last for four years, to 30 June 2030': 'last' after a modal is the verb, the length the contract's)
            if term and re.search(r"\b(?:first|(?<!will\s)(?<!would\s)(?<!shall\s)(?<!to\s)last|final|within|every|each|after|"
                                  r"over the(?: next)?|(?:in )?the next)\s+" + re.escape(term.text) + r"\b|\b"
                                  + re.escape(term.text) + r"\s+(?:before|after|prior to|ahead of|from when)\b",
                                  " ".join(sentence.lower().split())):
                term = None  # ('agreed in the first three months of the contract': a time inside it, not its length)
            if term and re.search(re.escape(term.text) + r"\W+(?:\w+\W+){0,2}(?:to|for|of)\s+(?:mobilis|set\s+up|prepar|"
                                  r"transition|implement)", " ".join(sentence.lower().split())):
                term = None  # ('gives the new provider three months to mobilise': a lead time, not the contract's length)
            if term and _NOTATION_KEY.search(sentence):
                term = None  # "'1+1' means two optional extensions of one year each": a key's example
            extensions = _extension_months(sentence)
            if term and extensions and term.text in sentence[extensions[1]:extensions[2]]:
                term = None  # 'two 12-month extensions' is no contract length
            if term and _only_an_extension(sentence, term):
                extensions, term = (term.initial_months, 0, 0), None  # '... with the option to extend for a further 2 years'
            found: list[tuple[str, DateMatch]] = []
            own_service = ""
            for k, d in enumerate(dates):
                # the words since the date before name this date's stage when they name one ('tender expected spring
                # 2027, contract start 1 October 2027'), else the words before it ('runs from 1 April 2024 to ...')
                since = sentence[dates[k - 1].end:d.start] if k else ""
                own = _stage_for(since) if re.search(r"[A-Za-z]{3}", since) and not _MEETING.search(since) else None
                if own == "contract_end" and _RUNS_ON.fullmatch(since) and _EXTENDED_IN.search(
                        sentence[max(0, dates[k - 1].start - 60):dates[k - 1].start]):
                    own = "extension_end"  # 'was extended in 2025 and now runs to 31 March 2028': the extension's end
                prefix = sentence[max(0, d.start - 70):d.start]
                prefix = re.split(r"[;]|(?:,\s*(?:and|with|then|followed by)\s+)|\band\s+(?=(?:the\s+)?(?:contract|service|award|"
                                  r"tender)|(?:runs?|ends?|expires?|finish\w*|will (?:run|end|expire)|is due)\b)", prefix)[-1]
                if k == 0 and _DATE_LED.match(sentence[:d.start]):
                    # 'Oct 2027 – Carers Support Service tender opens': a list led by its months, the stage after the dash
                    led = _date_led(sentence[d.end:dates[1].start if len(dates) > 1 else len(sentence)], props)
                    if led:
                        found.append((led[0], d))
                        own_service = led[1]
                    continue
                # (a publication before an earlier date is that date's: 'was published on 14 September 2026 and closes
                # on 6 November 2026' dates the close by the words since)
                published = own and all(re.fullmatch(r"published|publication", m.group(0), re.IGNORECASE)
                                        for m in _MEETING.finditer(prefix))
                # (the tender's own publication may sit far from its verb: 'The tender for a new Dementia Support and
                # Navigation Service will be published on ...')
                tender_out = _TENDER_OUT.search(sentence[max(0, d.start - 140):d.start])
                # (a stage named since the date before is this date's, whatever meeting dated that one: 'Cabinet agreed
                # on 14 January 2026 to extend it for six months, to 30 September 2027')
                decided = own and k and not _MEETING.search(_SUBJECT_TO.sub(" ", since)) and all(
                    _DECIDED_BY.search(m.group(0)) for m in _MEETING.finditer(prefix))
                # (a list of actions, each with its date: 'hold a market engagement event in spring 2026, publish the
                # tender in February 2027': the event is the date before's, the stage named since it this date's)
                listed = own and k and not _MEETING.search(since) and _NEXT_ACTION.match(since)
                if _MEETING.search(_SUBJECT_TO.sub(" ", prefix)) and not published and not tender_out and not decided \
                        and not listed:
                    continue  # the date of a meeting, report, publication or presentation
                if _PROGRAMME.search(prefix):
                    continue  # 'listed eight procurements we planned to run by March 2027': a programme's horizon
                if _window_of_many(sentence, d):
                    continue  # 'the contracts we expect to re-let, extend or end between April 2026 and March 2029':
                    # the window a list of contracts covers, no one contract's stage
                if _SUPERSEDED.search(sentence[max(0, d.start - 40):d.start]):
                    continue  # 'will now start on 1 July 2026, previously 1 April 2026': the date it replaces
                for rel in _relative_dates(sentence, d, prefix):
                    found.append(rel)  # 'six months before the contract ends on 31 March 2028', 'the following day'
                stage = own or ("procurement_start" if k == 0 and _LED_TENDER.match(sentence[:d.start]) else None) \
                    or _stage_for(prefix) or ("procurement_start" if tender_out else None)
                if stage == "contract_end" and _EXTENDED_THEN_NOW.search(sentence[:d.start]):
                    stage = "extension_end"
                if stage and _DECIDES_AFTER.match(sentence[d.end:d.end + 40]):
                    continue  # ('A review in 2027/28 will decide whether to use the extensions': the decision's date)
                if stage == "procurement_start" and _BEFORE_PROCUREMENT.match(sentence[d.end:d.end + 40]):
                    continue  # ('We will review the service during 2026/27 before re-procuring it': the review's date)
                if stage == "procurement_start" and _REVIEW_LED.search(prefix) \
                        and _THEN_PROCUREMENT.match(sentence[d.end:d.end + 80]):
                    continue  # ('We will review the model during 2024 and re-tender in autumn 2025': the review's date)
                if stage and _REVIEW_DATED.search(prefix):
                    continue  # ('We will review them from November 2026': the review's date, no stage)
                if d.kind == "year" and not re.search(r"\b(?:in|by|until|till|from|during|through(?:out)?|to|end of|before)"
                                                     r"\s*$", prefix,
                                                     re.IGNORECASE):
                    continue
                if re.search(r"\b(?:act|plan|strategy|census|pipeline)\s*$|\(\s*$|\b(?:plan|strategy|statement|programme|"
                             r"pipeline)\s+(?:19|20)\d{2}(?:/\d{2})?\s*(?:to|-|–)\s*$", prefix, re.IGNORECASE) \
                        and not _LOOSE_TIME_BRACKET.search(prefix):
                    continue  # ('Care Act 2014', 'Commissioning Plan 2026 to 2028', 'Commissioning pipeline 2026/27 to
                    # 2028/29': a plan's or a pipeline's period)
                if stage is None:
                    continue
                if d.kind == "fy" and (part := _PART_OF_FY.search(prefix)):
                    # 'early in the new financial year (2026/27)': its first four months ('late in': its last four), as
                    # 'early 2026' is January to April
                    first = part.group(1).lower() == "early"
                    lo = d.span.earliest if first else add_months(d.span.earliest, 8)
                    hi = add_months(d.span.earliest, 4) - timedelta(days=1) if first else d.span.latest
                    d = DateMatch(DateSpan(d.span.text, lo, hi), d.start, d.end, d.kind)
                found.append((stage, d))
            final = _FINAL_YEAR.search(sentence)
            if final and para_end is not None and _stage_for(sentence[max(0, final.start() - 70):final.start()]):
                # 're-procure during the final year of the contract': the year before the contract's written end
                end = para_end[0]
                first = add_months(end.latest + timedelta(days=1), -12)
                found.append((_stage_for(sentence[max(0, final.start() - 70):final.start()]), DateMatch(
                    DateSpan(final.group(0), first, end.latest), final.start(), final.end(), "relative")))
            fy_end = _FY_END.search(sentence)
            if fy_end and (dates or para_last) and _stage_for(sentence[max(0, fy_end.start() - 70):fy_end.start()]):
                # 'we expect to award the contract by the end of the financial year': the financial year of the date
                # before (in this sentence or the paragraph's last)
                near = [d.span for d in dates if d.start < fy_end.start()] or ([para_last] if para_last else [])
                if near:
                    last = near[-1].earliest
                    year = last.year if last.month >= 4 else last.year - 1
                    fy = date(year + 1, 3, 31)
                    found.append((_stage_for(sentence[max(0, fy_end.start() - 70):fy_end.start()]), DateMatch(
                        DateSpan(fy_end.group(0), fy, fy), fy_end.start(), fy_end.end(), "relative")))
            if dates:
                para_last = dates[-1].span
            if not found and not term and not (extensions and para_end is not None):
                continue
            line = para.line_at(s_start)
            # ('The current Home Care Framework began on ... We will begin the re-tender in October 2026': a sentence
            # naming no service is about the one the paragraph's first sentence named, not the section's heading)
            service = own_service or label_service(sentence) or para_label or _in_full(
                _own_service(sentence), lines, para.line_at(s_start), layout) or (
                para_named) or inherited or _continued_service(layout, lines, para.line_at(s_start)) or _service_for(
                layout, lines, para.heading_line, sentence)
            term_months = term.initial_months if term else ""
            start_span: DateSpan | None = None
            for stage, d in found:
                if stage == "contract_start" and start_span is None:
                    start_span = d.span
                at = para.line_at(s_start + d.start)
                props.add(line=at, kind="procurement", theme="procurement", area_code=props.authority,
                          area_name=area_lookup.area_name(props.authority), service=service, stage=stage,
                          date_text=d.span.text, earliest=d.span.earliest.isoformat(), latest=d.span.latest.isoformat(),
                          term_months=term_months, qualifier="as written",
                          confidence="medium" if d.kind != "year" else "low", text=lines[at - 1])
            if start_span is not None and para_start is None:
                para_start = start_span
            ends = [d.span for st, d in found if st == "contract_end"]
            if extensions and not term and "extension_end" not in {st for st, _ in found}:
                if ends:
                    _extension_after(props, line, lines[line - 1], service, ends[0], extensions[0], sentence)
                elif para_end is not None and not found:
                    # 'The current contract ends in March 2027. There is an option to extend it for a further 12 months.'
                    _extension_after(props, line, lines[line - 1], para_end[1], para_end[0], extensions[0], sentence)
            if ends:
                para_end = (ends[0], service)
            if term and start_span is None:
                pending.append((line, service, term, {s for s, _ in found}, sentence, ends[0] if ends else None))
            elif term:
                # an end written before the start is the current contract's ('current contract ends 31 August 2026;
                # new contract from 1 September 2026 for 3 years'): the new one's end is still derived
                written = {st for st, d in found if not (st == "contract_end" and d.span.latest < start_span.earliest)}
                _derived_ends(props, line, lines[line - 1], service, term, start_span, written)
        for line, service, term, written, sentence, end in pending:
            # 'The contract is for three years ... It will commence from 1st April 2016.'
            # (the sentence too, whole where a converter wrapped it over lines)
            start = para_start if para_start is not None else _new_start_beside(props, service, line,
                                                                                f"{lines[line - 1]} {sentence}")
            _derived_ends(props, line, lines[line - 1], service, term, start, written, end)


# the early or late part of a financial year written before it in brackets ('early in the new financial year (2026/27)')
_PART_OF_FY = re.compile(r"\b(early|late)\s+(?:in\s+)?(?:the\s+)?(?:new\s+|next\s+|coming\s+)?financial\s+year\s*\(\s*$",
                         re.IGNORECASE)
# a week named by its first day with no year ('Tenders will close in the week commencing 4 May'), as a timetable writes
# it after a date that gave the year
_WEEK_NO_YEAR = re.compile(rf"\b(?:week\s+(?:commencing|beginning|starting)|w/?c)\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                           rf"(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b(?![\s,]*\d)", re.IGNORECASE)


def _weeks_without_year(sentence: str, dates: list[DateMatch], para_last: DateSpan | None) -> list[DateMatch]:
    """`dates` and each week commencing a day with no year, of the year of the date before it (in the sentence, else
    the paragraph's last), or the year after when its month comes earlier than that date's."""
    extra = []
    for m in _WEEK_NO_YEAR.finditer(sentence):
        if any(d.start <= m.start("day") < d.end for d in dates):
            continue
        before = [d.span for d in dates if d.end <= m.start() and d.span.earliest] or ([para_last] if para_last else [])
        if not before:
            continue
        ref = before[-1].earliest
        month = MONTHS[m.group("month").lower()]
        year = ref.year + (month < ref.month)
        try:
            day = date(year, month, int(m.group("day")))
        except ValueError:
            continue
        extra.append(DateMatch(DateSpan(m.group(0), day, day), m.start("day"), m.end(), "dmy"))
    return sorted([*dates, *extra], key=lambda d: d.start) if extra else dates


# a season with no year ('Procurement will launch in the autumn with award in early 2027'), as a plan writes a stage
# before a later one it dates
_SEASON_NO_YEAR = re.compile(r"\b(?:in|during|over|from|by)\s+the\s+(?P<season>spring|summer|autumn|winter)\b"
                             r"(?!\s*(?:of\s+|in\s+)?(?:19|20)?\d{2})", re.IGNORECASE)


def _seasons_without_year(sentence: str, dates: list[DateMatch]) -> list[DateMatch]:
    """`dates` and each season with no year that a dated stage follows in the sentence: the last such season to begin
    before that date ('in the autumn with award in early 2027' is autumn 2026)."""
    extra = []
    for m in _SEASON_NO_YEAR.finditer(sentence):
        if any(d.start <= m.start("season") < d.end for d in dates):
            continue
        after = [d.span for d in dates if d.start >= m.end() and d.span.earliest]
        if not after:
            continue
        ref = after[0].earliest
        first_month, months = SEASONS[m.group("season").lower()]
        year = ref.year - (first_month >= ref.month)
        span = DateSpan(f"{m.group('season')} {year}", *_season_days(year, first_month, months))
        extra.append(DateMatch(span, m.start("season"), m.end(), "season"))
    return sorted([*dates, *extra], key=lambda d: d.start) if extra else dates


def _season_days(year: int, first_month: int, months: int) -> tuple[date, date]:
    """The first and last day of a season that begins in `first_month` of `year` and lasts `months` months."""
    return date(year, first_month, 1), add_months(date(year, first_month, 1), months) - timedelta(days=1)


def _new_start_beside(props: Proposals, service: str, line: int, text: str) -> DateSpan | None:
    """The start of the new contract a sentence gives a length ('The new contract will run for four years') from a
    timetable just above it ('Go-live | 1 Apr 2026'), the same service's nearest start in the lines before; else from
    the one start of a timetable just below it ('Milestone | Date' with 'New service starts | 1 April 2027'); else the
    service's one start further up (its timetable row, over the prose under its heading); else None."""
    if not service or not (re.search(r"\bnew\s+(?:[\w'’-]+\s+){0,2}(?:contract|service|framework)s?\b", text,
                                     re.IGNORECASE) or _names_service_running(text, service)):
        return None
    starts = [r for r in props.rows if r["kind"] == "procurement" and r["stage"] == "contract_start"
              and r["service"] == service and r["earliest"]]
    above = [r for r in starts if 0 < line - int(r["line"]) <= 6]
    below = {(r["date_text"], r["earliest"], r["latest"]) for r in starts if 0 < int(r["line"]) - line <= 12}
    if above:
        last = max(above, key=lambda r: int(r["line"]))
        chosen = (last["date_text"], last["earliest"], last["latest"])
    elif len(below) == 1:
        chosen = below.pop()
    elif len(earlier := {(r["date_text"], r["earliest"], r["latest"]) for r in starts if int(r["line"]) < line}) == 1 \
            and len({r["earliest"] for r in starts}) == 1:
        chosen = earlier.pop()  # the service's one start, given further up (a timetable's row over its service's prose)
    else:
        return None
    return DateSpan(str(chosen[0]), date.fromisoformat(str(chosen[1])), date.fromisoformat(str(chosen[2])))


def _names_service_running(text: str, service: str) -> bool:
    """Whether `text` names `service` itself as what will run for a length ('The Carers Support Service ... will run for
    five years')."""
    named = _NEW_SERVICE_RUNS.search(text)
    return bool(named) and service.lower() in named.group(0).lower()


# a new service that runs for a length ('The new service will start on 1 April 2020 and run for three years'): the
# service's contract term, though the sentence names no contract
# and a named service that will run for a length ('The Carers Support Service is worth £1.9 million a year and will run
# for five years', after its new contract's start): that service's new contract's term
# a key saying what a register's notation means ("'1+1' means two optional extensions of one year each", "'24 months'
# stands for one extension"): a legend's example, no contract's length
_NOTATION_KEY = re.compile(r"['‘\"“][^'’\"”]{1,25}['’\"”]\s+(?:means|stands\s+for|is\s+short\s+for|shows|indicates)\b",
                           re.IGNORECASE)
_NEW_SERVICE_RUNS = re.compile(r"\bnew\s+(?:[\w'’-]+\s+){0,2}services?\b[^.;]*?\b(?:run|last)s?\s+for\b|"
                               r"(?-i:\b[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*\s+Service)\b"
                               r"(?:[^.;]|(?<=\d)\.(?=\d))*?\bwill\s+(?:run|last)\s+for\b", re.IGNORECASE)


# a count of procurements before the date: the horizon of a programme of several, no one procurement's stage
_PROGRAMME = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:planned\s+|separate\s+)?"
                        r"(?:re-?)?(?:procurements|tenders|procurement\s+exercises|commissioning\s+exercises)\b", re.IGNORECASE)
# several contracts' window before the date ('the contracts ... expects to re-let or end between April 2026 and ...')
_WINDOW_OF_MANY = re.compile(r"\b(?:contracts|agreements|arrangements|procurements|tenders|opportunities)\b[^.;]{0,100}?"
                             r"\bbetween\s+(?:[^.;]{3,20}?\s+and\s+)?$", re.IGNORECASE)
# a span of whole years, either end ('Contracts due for re-commissioning, 2026/27 to 2028/29')
_YEARS_TO_AFTER = re.compile(r"\s*(?:to|-|–)\s*(?:19|20)\d{2}\b")
_YEARS_TO_BEFORE = re.compile(r"\b(?:19|20)\d{2}(?:\s*/\s*\d{2})?\s*(?:to|-|–)\s*$")
# two financial years joined, either one ('the contracts that end or are reviewed in 2025/26 and 2026/27'), unless
# each is one contract's ('..., respectively')
_FYS_AND_AFTER = re.compile(r"\s*(?:and|or)\s+(?:19|20)\d{2}\s*/\s*\d{2}(?![\d/])", re.IGNORECASE)
_FYS_AND_BEFORE = re.compile(r"\b(?:19|20)\d{2}\s*/\s*\d{2}\s+(?:and|or)\s+$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"^[^.;]*\brespectively\b", re.IGNORECASE)
_MANY_CONTRACTS = re.compile(r"\b(?:contracts|agreements|arrangements|procurements|tenders|opportunities)\b[^.;]{0,100}?$",
                             re.IGNORECASE)


# how many contracts end in a year ('The register holds 38 contracts, of which 11 end in 2026/27', '6 of them expire
# during 2027', '9 contracts end in 2026'): a count's year, no one contract's end
_COUNT_ENDING = re.compile(r"(?:\bof\s+(?:which|them|these)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)|"
                           r"(?<!lot\s)(?<!lots\s)\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:them|these|"
                           r"those)|contracts))\s+(?:will\s+|are\s+(?:due|set)\s+to\s+)?(?:end|expire|finish|come\s+to\s+an\s+end)"
                           r"\s+(?:in|during|by|before)\s*$", re.IGNORECASE)


def _window_of_many(sentence: str, d: DateMatch) -> bool:
    """Whether the date is one end of the window several contracts fall in: 'between April 2026 and March 2029', the
    year a count of them ends in ('of which 11 end in 2026/27'), or a span of whole years after them ('Contracts due
    for re-commissioning, 2026/27 to 2028/29', a forward plan's contents line) or two financial years joined ('the
    contracts that end in 2025/26 and 2026/27'), no one contract's stage."""
    before = sentence[max(0, d.start - 160):d.start]
    if _WINDOW_OF_MANY.search(before) or d.kind in ("year", "fy") and _COUNT_ENDING.search(before):
        return True
    return d.kind in ("year", "fy") and bool(_MANY_CONTRACTS.search(before)) and bool(
        _YEARS_TO_AFTER.match(sentence[d.end:]) or _YEARS_TO_BEFORE.search(before)
        or d.kind == "fy" and (_FYS_AND_AFTER.match(sentence[d.end:]) or _FYS_AND_BEFORE.search(before))
        and not _RESPECTIVELY.match(sentence[d.end:]))


# a date a revised one replaces ('now start on 1 July 2026, previously 1 April 2026', 'in Q2 2027/28 (originally Q4
# 2026/27)', 'rather than in March 2027', '(was spring 2026)')
_SUPERSEDED = re.compile(r"(?:\b(?:previously|originally|formerly|rather\s+than|instead\s+of)\s*(?:(?:planned|scheduled|due|"
                         r"expected|intended)\s+)?(?:(?:for|in|on|by|from)\s+)?|\(\s*(?:was|were)\s+)$", re.IGNORECASE)


# a heading over a list of contracts and their end dates ('Contracts due to expire in the next 24 months', 'Contracts
# ending before March 2029', 'Contract expiry dates', 'Expiring contracts')
_EXPIRY_LIST = re.compile(r"\b(?:contracts?|agreements?|arrangements?)\b[^.;:]{0,30}\b(?:expir\w*|end(?:s|ing)?|"
                          r"due to end|coming to an end|end dates?)\b|\bexpir\w+\s+(?:contracts?|agreements?)\b",
                          re.IGNORECASE)


def _expiry_item(item: str) -> tuple[str, DateMatch] | None:
    """A list item naming a contract, a dash or colon, then its end ('Home Care Framework – 31 Mar 2028'; the name may
    hold a dash of its own, 'Supported Living – North – 31.03.2028'), else None."""
    found = find_dates(item, bare_years=False)
    if not found:
        return None
    m = re.fullmatch(r"\s*(?P<name>[A-Z][^.;:]{2,90}?)\s*[–—:-]\s*(?:(?:ends?|expires?|expiry|on|in|by)\s+)?",
                     item[:found[0].start], re.IGNORECASE)
    return (m.group("name").strip(), found[0]) if m else None


# a list item led by its date ('Jan 2027 – soft market testing for ...', '- Mar 2027: contract award'): nothing but a bullet
# before the date
_DATE_LED = re.compile(r"^\s*(?:[-•*·▪–]\s*)?$")
# ... naming a start in words no other procurement sentence needs ('Jul 2027 – new Dementia Support service begins')
# ... or a timeline's milestone with no dash, its month before a few words ending in the start ('Oct 2027 Service start')
_LED_START = re.compile(r"^\s*(?:[-•*·▪–]\s*)?[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d{2}(?:\s*[–—:-]\s+[^.;]*\b(?:begins?|starts?|"
                        r"commenc\w*|go(?:es)?[- ]live)\b|\s+(?:[A-Za-z]+\s+){0,3}(?:begins?|starts?|commenc\w*|"
                        r"go(?:es)?[- ]live)\s*$)")
# a tender that has gone out ('The tender for this service was published on ...') is no publication of a document
_TENDER_OUT = re.compile(r"\b(?:tender|ITT|invitation to tender|contract notice|tender notice)\b[^.;]{0,80}\b(?:was|is|will be|"
                         r"has been|were)\s+(?:published|issued|advertised|launched)\s+(?:on|in)?\s*$", re.IGNORECASE)
_FINAL_YEAR = re.compile(r"\b(?:during|in|within|over)\s+the\s+(?:final|last)\s+(?:year|12 months|twelve months)\s+of\s+the\s+"
                         r"(?:current\s+|existing\s+)?(?:contract|framework|agreement)\b", re.IGNORECASE)
_FY_END = re.compile(r"\b(?:by|before|at)\s+the\s+end\s+of\s+(?:the|this)\s+financial\s+year\b", re.IGNORECASE)
_NUMBER_WORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12, "eighteen": 18}
# 'six months before the contract ends on 31 March 2028' (the date is the end; the stage before it is six months earlier)
_BEFORE_END = re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen)\s+(?P<unit>months?|years?)\s+"
                         r"(?P<dir>before|prior to|ahead of|after)\s+(?:the\s+)?[^.;,]{0,40}?\b(?:ends?|expires?|starts?|"
                         r"begins?|commences?|end|expiry|start)\b[^.;,\d]{0,12}?(?:on|in)?\s*$", re.IGNORECASE)
# 'and the new arrangement will start the following day' (the day after the date before)
_NEXT_DAY = re.compile(r"^(?P<words>[^.;\d]{0,60}?)\bthe\s+(?:following|next)\s+day\b", re.IGNORECASE)


def _relative_dates(sentence: str, d: DateMatch, prefix: str) -> list[tuple[str, DateMatch]]:
    """Stages dated from a written date: 'begin the procurement six months before the contract ends on 31 March 2028'
    (1 October 2027); 'will end on 31 March 2028 and the new arrangement will start the following day' (1 April 2028)."""
    out: list[tuple[str, DateMatch]] = []
    m = _BEFORE_END.search(prefix)
    if m and d.span.earliest == d.span.latest:
        stage = _stage_for(prefix[:m.start()])
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORD[m.group("n").lower()]
        months = n * (12 if m.group("unit").lower().startswith("y") else 1) * (-1 if m.group("dir").lower() != "after" else 1)
        day = d.span.earliest
        # from an end (its last day) the months count back from the day after it: six months before 31 March is 1 October
        ends = re.search(r"\b(?:ends?|expires?|end|expiry)\b", m.group(0), re.IGNORECASE)
        at = add_months(day + timedelta(days=1), months) if ends and months < 0 else add_months(day, months)
        if stage:
            out.append((stage, DateMatch(DateSpan(f"{m.group(0).strip()} {d.span.text}", at, at), d.start, d.end,
                                         "relative")))
    nxt = _NEXT_DAY.match(sentence[d.end:])
    if nxt and d.span.earliest == d.span.latest:
        stage = next((st for st, rx in FIELD_STAGES if rx.search(nxt.group("words"))), None) \
            or (_stage_for(nxt.group("words")) if re.search(r"\b(?:start|begin|commenc)\w*", nxt.group("words"), re.I) else None)
        if stage in ("contract_start", "procurement_start", "award"):
            day = d.span.earliest + timedelta(days=1)
            out.append((stage, DateMatch(DateSpan(nxt.group(0).strip(), day, day), d.end + nxt.start(),
                                         d.end + nxt.end(), "relative")))
    return out


_MILESTONE = re.compile(r"\s+[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s*")


def _date_led(rest: str, props: Proposals) -> tuple[str, str] | None:
    """The stage and service of a list item after its leading date ('– Carers Support Service tender opens'); None
    when the item names no stage or an activity that is none ('– soft market testing', '– provider briefing')."""
    words = rest.strip(" –—:-\t")
    # (a timeline's milestone, its month over or before its event with nothing between: 'Mar 2027 Tender published')
    bare = bool(_MILESTONE.fullmatch(rest))
    if not (re.match(r"^\s*[–—:-]", rest) or bare) or _NO_GANTT_STAGE.search(words) or _MEETING.search(words):
        return None
    stage = next((st for st, rx in FIELD_STAGES if rx.search(words)), None)
    if stage is None and re.search(r"\b(?:begin|begins|commenc\w*|starts?)\b", words, re.IGNORECASE):
        stage = "contract_start"
    if stage is None or stage == "extension_end":
        return None
    # the service: one the document has already named (a table's row, a heading), the longest the item holds
    known = sorted({str(r["service"]) for r in props.rows if r["kind"] == "procurement" and r["service"]
                    and str(r["service"]).lower() in words.lower()}, key=len, reverse=True)
    return stage, known[0] if known else ""


_WORD_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "a": 1, "an": 1, "a further": 1, "1": 1, "2": 2, "3": 3, "4": 4}
_EXTENSIONS = re.compile(r"\b(one|two|three|four|an?|[1-4](?!\d))\s*(?:x\s*|further\s+|additional\s+)?(\d{1,2}|twelve|six|one|two)"
                         r"[- ](months?|years?)\s+extensions?\b", re.IGNORECASE)


# an option written after the end it extends ('ends 31 March 2028 (+1 year option)', 'plus a 6-month option', 'with a
# one-year extension option')
_OPTION_AFTER = re.compile(r"(?:\+\s*|\bplus\s+|\bwith\s+)(?:an?\s+)?(?:optional\s+|further\s+)?(\d{1,2}|one|two|six|twelve)"
                           r"[- ](months?|years?)\s+(?:extension\s+)?options?\b", re.IGNORECASE)


def _extension_months(sentence: str) -> tuple[int, int, int] | None:
    """('the option of two 12-month extensions', 'two one-year extensions') -> (24, start, end of the phrase), else None."""
    m = _EXTENSIONS.search(sentence)
    if not m:
        option = _OPTION_AFTER.search(sentence)
        if not option:
            return None
        each = _NUMBER_WORD.get(option.group(1).lower()) or int(option.group(1))
        return each * 12 if option.group(2).lower().startswith("y") else each, option.start(), option.end()
    each = _NUMBER_WORD.get(m.group(2).lower()) or int(m.group(2))
    months = each * 12 if m.group(3).lower().startswith("y") else each
    return _WORD_COUNTS[m.group(1).lower()] * months, m.start(), m.end()


# (the contract's name between may be long: 'extended the Reablement at Home contract by 12 months')
_EXTENSION_BEFORE = re.compile(r"(?:\b(?:further|additional|extra|another)|\bextend\w*(?:\s+[\w'’-]+){0,6}\s+(?:for|by)|"
                               r"\bextension\s+(?:period\s+)?(?:of|for))\s+(?:up\s+to\s+)?(?:a\s+)?(?:period\s+of\s+|(?:maximum|max\.?)\s+(?:of\s+)?)?$")


# an extension named by its length before the word ('We will use the one-year extension of the current framework',
# 'a further 12-month extension'): that length is the extension's
_EXTENSION_NAMED_AFTER = re.compile(r"^\s*(?:optional\s+|further\s+|additional\s+)?extensions?\b")


def _only_an_extension(sentence: str, term) -> bool:
    """True when the only length read is an extension's ('runs until May 2026 with the option to extend for a further
    2 years', 'we will use the one-year extension': the length is no contract's)."""
    flat = " ".join(sentence.lower().replace("(", " ").replace(")", " ").split())
    at = flat.find(term.text)
    lead = re.match(r"(?:for|by)\s", term.text)  # a length read with its preposition ('extend it | for six months')
    before = flat[max(0, at - 60):at] + (lead.group(0) if lead else "")
    named_after = at >= 0 and bool(_EXTENSION_NAMED_AFTER.match(flat[at + len(term.text):]))
    return at >= 0 and not term.extension_months and (at > 0 and bool(_EXTENSION_BEFORE.search(before)) or named_after)


def _extension_after(props: Proposals, line: int, raw: str, service: str, end: DateSpan, months: int, text: str) -> None:
    """The end of every extension after a written contract end ('runs until 31 March 2028, with the option of two
    12-month extensions' -> 31 March 2030), marked derived."""
    ext = end_after(DateSpan(end.text, end.earliest + timedelta(days=1), end.latest + timedelta(days=1)), months,
                    f"derived: {months} months of extensions after {end.text}")
    props.add(line=line, kind="procurement", theme="procurement", area_code=props.authority,
              area_name=area_lookup.area_name(props.authority), service=service, stage="extension_end",
              date_text=ext.text, earliest=ext.earliest.isoformat(), latest=ext.latest.isoformat(), term_months=months,
              qualifier="derived", confidence="medium", text=raw)


def _derived_ends(props: Proposals, line: int, raw: str, service: str, term, start: DateSpan | None,
                  stages_written: set[str], end_written: DateSpan | None = None) -> None:
    """A contract length with a start date gives its end (and the end of any extension), marked derived; an end
    written with the length gives the end of the extensions the length names after it."""
    if (start is None or not start.parsed) and "contract_end" in stages_written:
        # 'will run for five years, to 30 September 2032': the end is written; the length adds no date, but an option
        # it names ('..., with an option to extend for up to two further years') runs on from that end
        if end_written is not None and term.extension_months and "extension_end" not in stages_written:
            _extension_after(props, line, raw, service, end_written, sum(term.extension_months), raw)
        return
    if start is None or not start.parsed:
        props.add(line=line, kind="procurement", theme="procurement", area_code=props.authority,
                  area_name=area_lookup.area_name(props.authority), service=service, stage="contract_end",
                  date_text=term.text, term_months=term.initial_months, qualifier="term only: no start date",
                  confidence="low", text=raw)
        return
    if "contract_end" not in stages_written:
        end = end_after(start, term.initial_months, f"derived: {term.text} from {start.text}")
        props.add(line=line, kind="procurement", theme="procurement", area_code=props.authority,
                  area_name=area_lookup.area_name(props.authority), service=service, stage="contract_end",
                  date_text=end.text, earliest=end.earliest.isoformat(), latest=end.latest.isoformat(),
                  term_months=term.initial_months, qualifier="derived", confidence="medium", text=raw)
    if term.extension_months and "extension_end" not in stages_written:
        end = end_after(start, term.total_months, f"derived: {term.text} from {start.text}, all extensions taken")
        props.add(line=line, kind="procurement", theme="procurement", area_code=props.authority,
                  area_name=area_lookup.area_name(props.authority), service=service, stage="extension_end",
                  date_text=end.text, earliest=end.earliest.isoformat(), latest=end.latest.isoformat(),
                  term_months=term.total_months, qualifier="derived", confidence="medium", text=raw)


def _heading(layout: Layout, f, used: set[str] = frozenset()) -> str:
    """A notice's service when it has no title line and no service field: the nearest heading that is not another
    notice's title line, else its first label."""
    heads = [h for h in layout.headings.get(f.line, ()) if h not in used]
    if heads and heads[0].rstrip().endswith("?") and (asked := _QUESTION_NAME.search(heads[0])):
        return asked.group("name")  # ('When will the Carers Support Service be re-tendered?' over its timetable)
    return heading_service(heads[0]) if heads else f.label


# 'UK4: Tender notice - Procurement Act 2023', 'Contract notice (excerpt)', 'Tender notice: Carers support service'
_NOTICE_HEAD = re.compile(r"^\s*(?:UK\d{1,2}\s*:\s*)?(?:tender|contract|procurement|prior information|planned procurement|"
                          r"pipeline|contract award|contract details|transparency|(?:preliminary\s+)?market engagement|"
                          r"procurement termination|contract (?:change|termination|performance)|dynamic market)\s+notice\b\s*(?:\(excerpt\))?\s*"
                          r"(?:[:–—-]\s*(?P<rest>.*))?$", re.IGNORECASE)
# 'Lot 1. Carers Support Hub', 'Lot 2: Coldbrook - Night Sitting', '**Lot 3 – Day services**'
_LOT_LINE = re.compile(r"^\s*(?:[-•*]\s+)?(?:\*\*|__)?lot\s+(?:\d{1,2}|[A-H])\s*[.:–—-]\s*(?P<name>[A-Za-z][^:£]{2,80}?)"
                       r"(?:\*\*|__)?\s*$", re.IGNORECASE)
# a notice's identifier on Find a Tender ('2026/S 000-009815'): a line naming one refers to that notice ('Tender notice:
# 2026/S 000-009815 (published 24 March 2026)' in a termination notice), and heads none
_NOTICE_ID = re.compile(r"\b(?:19|20)\d{2}/S\s+\d{3}-\d{6}\b")


def notice_head(text: str) -> re.Match[str] | None:
    """The match of a notice's type line ('UK4: Tender notice - Procurement Act 2023'), not a line citing a notice."""
    return None if _NOTICE_ID.search(text) else _NOTICE_HEAD.match(text)


# a pipeline notice's planned procurement, its title on the next line ('Planned procurement 2' / 'Extra Care Housing
# Care and Support'): its fields are that procurement's, as a lot's are the lot's
_PLANNED_LINE = re.compile(r"^\s*(?:\*\*|__)?planned\s+procurement\s+\d{1,2}(?:\*\*|__)?\s*$", re.IGNORECASE)
# a notice's sections after its lots: what follows is the whole notice's again
_SECTION_END = re.compile(r"^(?:section\s+[IVX]+\b|submission|participation|procedure|other information|"
                          r"contracting authorit|contact|documents|conditions of participation|key dates|timetable)",
                          re.IGNORECASE)
# a section of the document (a Markdown heading, a numbered one): the notice and its lot end there, however long they ran
_DOC_SECTION = re.compile(r"^(?:#{1,6}\s+\S|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]|(?:part|chapter)\s+\d+\b)", re.IGNORECASE)
# headings inside a lot, outside a notice: the lot's own parts, not the document's next section
_LOT_PART = re.compile(r"^(?:description|scope|cpv|classification|contract locations?|award criteria|quality|price|cost|"
                       r"social value|weighting|options?|renewals?|lot value|value|same for all lots|main (?:procurement )?"
                       r"category|services|goods|works)\b", re.IGNORECASE)
# 'seeking a provider to deliver an integrated carers' support service for ...'
_DESCRIBED = re.compile(r"\b(?:deliver(?:ing)?|provide|providing|provision of|procur(?:e|ing)|commission(?:ing)?|"
                        r"re-?tender(?:ing)?)\s+(?:an?\s+|the\s+)?((?:[\w'’-]+\s+){0,6}?services?)\b", re.IGNORECASE)


# the end of the contract a notice's procurement replaces, in its description ('replacing the current service, which
# ends on 31 March 2027', 'The council's current contracts end on 30 September 2027')
_CURRENT_END = re.compile(r"\b(?:current|existing|present)\b[^.;]{0,80}?\b(?:ends?|expires?|ending|expiring|runs?\s+"
                          r"(?:until|to))\s+(?:on\s+)?$", re.IGNORECASE)


def current_ends(text: str) -> list[DateMatch]:
    """The dates a notice's description gives as the current contract's end."""
    return [d for d in find_dates(text, bare_years=False)
            if _CURRENT_END.search(re.split(r"\.\s", text[max(0, d.start - 120):d.start])[-1])]


def described_service(text: str) -> str:
    """The service a notice's description says it buys ('... to deliver a reablement and hospital discharge service
    for adults ...' -> 'reablement and hospital discharge service'), else ''."""
    first = re.split(r"(?<=[a-z)])\.\s", text, maxsplit=1)[0]
    m = _DESCRIBED.search(first)
    if not m or re.fullmatch(r"(?:the|a|an|this|our|new|current|existing|services?)(?:\s+services?)?", m.group(1),
                             re.IGNORECASE):
        return ""
    return m.group(1).strip()


def notice_title(lines: list[str], line: int) -> str:
    """The title of the notice whose type is written on `line`: after the type ('Tender notice: X'), else the line
    right under it ('UK4: Tender notice - Procurement Act 2023' over 'Community Support Service'; 'Title: X')."""
    head = _NOTICE_HEAD.match(lines[line - 1])
    rest = (head.group("rest") or "").strip() if head else ""
    if rest and not re.match(r"(?:procurement act|public contracts regulations|\(?excerpt)", rest, re.IGNORECASE):
        return rest.split(" - ")[0].strip()
    k = line
    while k < len(lines) and not lines[k].strip():
        k += 1
    nxt = lines[k].strip().strip("*_").strip() if k < len(lines) else ""
    field = re.match(r"^(?:(?:contract|procurement|notice)\s+)?title\s*:\s*(.{3,90})$", nxt, re.IGNORECASE)
    if field:
        return field.group(1).strip()
    if 3 <= len(nxt) <= 90 and ":" not in nxt and not re.search(r"[.;,]$", nxt) and nxt[:1].isupper() \
            and not _FIELD_LABELS.match(nxt) and not re.search(r"\d{3}", nxt):
        return nxt
    return ""


# a procurement termination notice (UK12): the procurement it names was ended, so none of its dates is a stage
_TERMINATED = re.compile(r"\bprocurement\s+termination\s+notice\b", re.IGNORECASE)
_NOTICE_END = re.compile(r"^(?:notice\s+end|end\s+of\s+notice)$", re.IGNORECASE)


def terminated_lines(lines: list[str]) -> set[int]:
    """The lines of procurement termination notices: from the notice's type line to the next notice, its 'Notice
    end' or the document's next section."""
    out: set[int] = set()
    inside = False
    for i, raw in enumerate(lines, start=1):
        t = raw.strip()
        if notice_head(t):
            inside = bool(_TERMINATED.search(t))
        elif inside and (_NOTICE_END.match(t) or _DOC_SECTION.match(t) and is_heading(lines, i - 1)):
            inside = False
        if inside:
            out.add(i)
    return out


def _planned_title(lines: list[str], line: int) -> str:
    """The title on the first line under a pipeline notice's 'Planned procurement N' line, else ''."""
    k = line
    while k < len(lines) and not lines[k].strip():
        k += 1
    nxt = lines[k].strip().strip("*_").strip() if k < len(lines) else ""
    if 3 <= len(nxt) <= 90 and ":" not in nxt and not re.search(r"[.;,]$|\d{3}", nxt) and nxt[:1].isupper() \
            and not _FIELD_LABELS.match(nxt):
        return nxt
    return ""


def notice_contexts(lines: list[str], layout: Layout) -> dict[int, tuple[int, int, str, str]]:
    """For each field's line: (line of its notice's type, line of its lot, the lot's name, the notice's title).
    A lot runs from its 'Lot N. Name' line to the next lot, a section of the whole notice ('Submission'), a new
    notice, a second title or description (another notice's), or the document's next section (a Markdown or numbered
    heading; outside a notice, any heading but a field's or the lot's own parts), however many lines its description,
    codes and criteria take; a notice runs to the next notice, the document's next section, or 150 lines past its last
    field."""
    at = {f.line: f for f in layout.fields}
    out: dict[int, tuple[int, int, str, str]] = {}
    notice, title, lot, seen = 0, "", None, 0  # (seen: the notice's last field or lot line)
    named: set[str] = set()  # the notice's title and description fields so far (outside its lots)
    for i, raw in enumerate(lines, start=1):
        t = raw.strip()
        section = bool(_DOC_SECTION.match(t)) and is_heading(lines, i - 1) and not find_dates(t, bare_years=False)
        if notice_head(t):
            notice, title, lot, named, seen = i, notice_title(lines, i), None, set(), i
        elif notice and (section or i - seen > 150):
            # the document's next section ('# Extra care', '5. Extra care housing'), or 150 lines with no field of it
            notice, title, lot, named = 0, "", None, set()
        m = _LOT_LINE.match(t)
        planned = _planned_title(lines, i) if notice and _PLANNED_LINE.match(t) else ""
        if planned:
            lot, seen = [i, planned, 0], i
        elif m and not find_dates(m.group("name"), bare_years=False):
            lot, seen = [i, m.group("name").strip(), 0], i
        elif lot and (section or (len(t) <= 40 and _SECTION_END.match(t) and not _FIELD_LABELS.match(
                t.rstrip(":")) and not re.search(r":\s*\S", t)) or not notice and is_heading(lines, i - 1) and not (
                _FIELD_LABELS.match(t.rstrip(":")) or _LOT_PART.match(t))):
            lot = None  # (outside a notice, any heading but a field's or a lot's own ends the lot)
        f = at.get(i)
        if f is not None:
            seen = i
            kind = next((k for k in ("description", "title") if k in f.label.lower()), "")
            if lot and lot[2] and kind:
                lot = None
            if lot:
                lot[2] += 1
            elif kind and kind in named:  # a second title or description: another notice, which the type named not
                notice, title = 0, ""
            if kind and not lot:
                named.add(kind)
            out[i] = (notice, lot[0] if lot else 0, lot[1] if lot else "", title)
    return out


# a job advert's words ('Grade 8, £33,366 to £36,124 a year, 37 hours a week', 'Salary:', 'Job ref'), or a heading of
# job adverts ('Jobs with us', 'Vacancies'): its 'Closing date:' is the applications', no tender's
_JOB_ADVERT = re.compile(r"£\s?\d[\d,]*(?:\.\d\d)?\s*(?:(?:to|-|–)\s*£\s?\d[\d,]*(?:\.\d\d)?\s*)?(?:a|per)\s+(?:year|annum)\b|"
                         r"\bper\s+annum\b|\bpro\s+rata\b|\bsalary\b|\bgrade\s+\d|\bjob\s+(?:ref|reference|title)\b|"
                         r"\bapplications?\b|\bvacanc(?:y|ies)\b|\bjobs?\b|\bcareers?\b|\brecruit\w*|\bwe['’]re\s+hiring\b",
                         re.IGNORECASE)


def _job_closing(lines: list[str], line: int, label: str) -> bool:
    """A 'Closing date' in a job advert: the lines of its paragraph (up to a blank line above) or the heading of its
    section name a salary, a grade, a job reference or applications."""
    if not re.search(r"closing|closes", label, re.IGNORECASE):
        return False
    k = line - 1
    while k >= 0 and line - k <= 5 and lines[k].strip():
        if _JOB_ADVERT.search(lines[k]):
            return True
        k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    # the heading over the adverts ('JOBS WITH US' / 'Commissioning Officer' / ...): the nearest line in capitals above
    for j in range(k, max(-1, k - 12), -1):
        t = lines[j].strip()
        if t and t.upper() == t and re.search(r"[A-Z]{3}", t):
            return bool(_JOB_ADVERT.search(t))
    return False


def procurement_fields(lines: list[str], layout: Layout, props: Proposals) -> None:
    """Tender notice fields ('Contract start date' / '1 October 2026'): one notice per run of fields, a run ending
    where a label comes again ('Contract start' under 'Home care', then under 'Day services') or where a lot begins
    or ends."""
    runs: list[list] = []
    seen: set[str] = set()
    contexts = notice_contexts(lines, layout)
    ended = terminated_lines(lines)
    for f in layout.fields:
        if f.line in ended:
            continue  # (a terminated procurement's dates are no stages)
        label = " ".join(f.label.lower().split())
        if _job_closing(lines, f.line, label):
            continue  # 'Closing date: 24 April 2026' under 'Grade 8, £33,366 to £36,124 a year': a job's applications
        # a list under another title (or none) after a sentence or bullet between them starts another notice
        between = [lines[k - 1].strip() for k in range(max(runs[-1][-1].line, runs[-1][-1].end) + 1, f.line)] if runs else []
        apart = any(re.search(r"[.;]$|^[-•*·▪–]\s", t) and not _FIELD_LABELS.match(t.rstrip(":")) for t in between) and \
            title_line(lines, f.line, layout.running) != title_line(lines, runs[-1][-1].line, layout.running)
        moved = bool(runs) and contexts[f.line][:2] != contexts[runs[-1][-1].line][:2]
        if not runs or label in seen or apart or moved:
            runs.append([])
            seen = set()
        runs[-1].append(f)
        seen.add(label)
    used: set[str] = set()  # title lines of the notices before
    for run in runs:
        _notice(lines, layout, run, props, used, contexts[run[0].line] if run else (0, 0, "", ""))
        used.update(t for t in (title_line(lines, f.line, layout.running) for f in run) if t)


def _timetable_start_above(props: Proposals, service: str, line: int) -> DateSpan | None:
    """The start of the new contract a length field gives no start for ('Contract length: 3 years + 2 x 12-month
    extensions') from the timetable just above it for the same service ('Contract start   1 April 2027'), else None."""
    starts = [r for r in props.rows if r["kind"] == "procurement" and r["stage"] == "contract_start" and service
              and r["service"] == service and r["earliest"] and 0 < line - int(r["line"]) <= 4]
    if not starts:
        return None
    last = max(starts, key=lambda r: int(r["line"]))
    return DateSpan(str(last["date_text"]), date.fromisoformat(str(last["earliest"])),
                    date.fromisoformat(str(last["latest"])))


def _notice(lines: list[str], layout: Layout, fields: list, props: Proposals, used: set[str] = frozenset(),
            context: tuple[int, int, str, str] = (0, 0, "", "")) -> None:
    # the lot's name, else the run's own title or service field, else the notice's title, else the service its
    # description names (a description is never the service itself)
    described = next((described_service(f.value) for f in fields if re.search(r"description", f.label, re.IGNORECASE)
                      and described_service(f.value)), "")
    service = ""
    start: DateSpan | None = None
    end: DateSpan | None = None
    renewal = None
    term = None
    term_line = 0
    written: set[str] = set()
    titled = ""
    for f in fields:
        label = f.label.lower()
        titled = titled or title_line(lines, f.line, layout.running)
        ext_to = re.search(r"\b(?:to|until|till|ending)\s+(.+)$", f.value) if re.search(r"option|extension", label) else None
        ext_dates = find_dates(ext_to.group(1), bare_years=False) if ext_to else []
        if ext_dates:  # 'Extension: 12 months to 30 September 2027': the extension's end, as written
            written.add("extension_end")
            props.add(line=f.line, kind="procurement", theme="procurement", area_code=props.authority,
                      area_name=area_lookup.area_name(props.authority), service=context[2] or service or context[3] or described or titled or _heading(layout, f, used),
                      stage="extension_end", date_text=ext_dates[0].span.text, earliest=ext_dates[0].span.earliest.isoformat(),
                      latest=ext_dates[0].span.latest.isoformat(), qualifier="as written", confidence="high",
                      text=lines[f.line - 1])
            continue
        if _NOTATION_KEY.search(f.value) and not find_dates(f.value, bare_years=False):
            continue  # ("Extension Options: '1+1' means two optional extensions of one year each": a key's example)
        if re.search(r"renewal|option|extension", label) and term is None and not re.search(r"date", label):
            t = parse_contract_term(f.value)
            if t and not t.extension_months:  # 'Description of renewals: extended by up to 24 months'
                renewal = (t, f.line)
                continue
        if re.search(r"provider|supplier|incumbent", label):
            continue  # who holds the contract now: no date, and not the service's name
        if re.search(r"description", label):
            continue  # (read before the loop: the service it names, never the whole description)
        if re.search(r"title|service|name of", label):
            service = f.value
            continue
        if re.search(r"length|duration|term|period|option|extension", label) and not re.search(r"date", label):
            t = parse_contract_term(f.value) or parse_contract_term(f"{f.label} {f.value}")
            if t:
                if re.search(r"option|extension", label) and term is not None and not t.extension_months:
                    term = type(term)(f"{term.text}; {t.text}", term.initial_months,
                                      (*term.extension_months, t.initial_months))
                else:
                    term, term_line = t, f.line
                continue
        span_dates = find_dates(f.value, bare_years=False)
        if re.search(r"period|term|duration|contract dates", label) and len(span_dates) == 2 and re.match(
                r"\s*(?:to|until|till|-|–)\s*$", f.value[span_dates[0].end:span_dates[1].start]):
            # 'Contract period: 01/04/2027 to 31/03/2030': the start and the end, as written
            for stage, d in (("contract_start", span_dates[0]), ("contract_end", span_dates[1])):
                written.add(stage)
                start, end = (d.span, end) if stage == "contract_start" else (start, d.span)
                props.add(line=f.line, kind="procurement", theme="procurement", area_code=props.authority,
                          area_name=area_lookup.area_name(props.authority), service=context[2] or service or context[3] or described or titled or _heading(layout, f, used),
                          stage=stage, date_text=d.span.text, earliest=d.span.earliest.isoformat(),
                          latest=d.span.latest.isoformat(), qualifier="as written", confidence="high",
                          text=lines[f.line - 1])
            continue
        where = lines[f.line - 2] if label == "date" and f.line >= 2 else label  # 'Date:' under 'Time limit for ...'
        stage = next((s for s, rx in FIELD_STAGES if rx.search(where)), None)
        if stage is None:
            continue
        span = parse_any_date(f.value)
        if not span.parsed:
            ds = find_dates(f.value)
            span = ds[0].span if ds else span
        if not span.parsed:
            continue
        written.add(stage)
        if stage == "contract_start":
            start = span
        if stage == "contract_end":
            end = span
        props.add(line=f.line, kind="procurement", theme="procurement", area_code=props.authority,
                  area_name=area_lookup.area_name(props.authority), service=context[2] or service or context[3] or described or titled or _heading(layout, f, used), stage=stage,
                  date_text=f.value, earliest=span.earliest.isoformat(), latest=span.latest.isoformat(),
                  qualifier="as written", confidence="high", text=lines[f.line - 1])
    service = context[2] or service or context[3] or described or titled or (
        _heading(layout, fields[0], used) if fields else "")
    for f in (f for f in fields if re.search(r"description", f.label, re.IGNORECASE)):
        for d in current_ends(f.value):  # ('Description' / '... replacing the current service, which ends on ...')
            props.add(line=f.line, kind="procurement", theme="procurement", area_code=props.authority,
                      area_name=area_lookup.area_name(props.authority), service=service, stage="contract_end",
                      date_text=d.span.text, earliest=d.span.earliest.isoformat(), latest=d.span.latest.isoformat(),
                      qualifier="as written", confidence="medium", text=lines[f.line - 1])
    if term:
        start = start or _timetable_start_above(props, service, term_line)
        _derived_ends(props, term_line, lines[term_line - 1], service, term, start, written)

    elif renewal and end is not None and end.parsed and "extension_end" not in written:
        t, at = renewal
        ext = end_after(DateSpan(end.text, end.earliest + timedelta(days=1), end.latest + timedelta(days=1)),
                        t.initial_months, f"derived: {t.text} after {end.text}")
        props.add(line=at, kind="procurement", theme="procurement", area_code=props.authority,
                  area_name=area_lookup.area_name(props.authority), service=service, stage="extension_end",
                  date_text=ext.text, earliest=ext.earliest.isoformat(), latest=ext.latest.isoformat(),
                  term_months=t.initial_months, qualifier="derived", confidence="medium", text=lines[at - 1])


# a bracketed aside after a service's name saying where it stands, not what it is ('Carers Breaks Grants Programme (new
# service)', 'Home Care (re-procurement)'): a plan's status, which the service's record does not carry
_STATUS_ASIDE = re.compile(r"\s*\((?:new(?:\s+(?:service|contract|provision|requirement))?|re-?procure(?:ment|d)?|"
                           r"re-?tender(?:ed)?|re-?commission(?:ed|ing)?|recommissioning)\)$", re.IGNORECASE)


def service_without_status(service: str) -> str:
    """The service's name without a status aside after it (see _STATUS_ASIDE)."""
    return _STATUS_ASIDE.sub("", service) if service.endswith(")") else service
