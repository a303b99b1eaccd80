"""Which measure a figure is, from the words around it (rules in measure_rules.csv)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from data.vocab import MEASURES

RULES_CSV = Path(__file__).with_name("measure_rules.csv")
BREAKDOWN_CSV = Path(__file__).with_name("breakdown_rules.csv")
PEOPLE = re.compile(r"^(?:people|persons?|residents?|adults?|carers?|individuals?|patients?|men|women|children|population|"
                    r"citizens|older|younger|them|aged|who|were|are|have|living|with|in|across|of|said|provide|"
                    r"provided|providing|care|look|looked|looking|is|was|will|would|could|may|might|,|\.|;|)$")
THEME_OF = {"carers": "carers", "dementia": "dementia", "extra_care": "extra_care", "population": "population"}


@dataclass(frozen=True)
class Rule:
    measure: str
    kind: str
    subject: re.Pattern[str]
    head: re.Pattern[str] | None
    people: bool
    clause: re.Pattern[str] | None
    none_of: re.Pattern[str] | None


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    out = []
    with RULES_CSV.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if None in r or None in r.values():
                # an unquoted comma inside a pattern ('{0,3}') splits the row: the rule would silently lose words
                raise ValueError(f"measure_rules.csv: the row for {r.get('measure')!r} does not have the header's "
                                 "fields; quote a pattern holding a comma")
            if r["measure"] not in MEASURES:
                raise ValueError(f"measure_rules.csv names {r['measure']!r}, which is not in data/vocab.py")
            rx = lambda p: re.compile(p, re.IGNORECASE) if p else None  # noqa: E731
            people = r["head"] == "PEOPLE"
            out.append(Rule(r["measure"], r["kind"], rx(r["subject"]), None if people else rx(r["head"]),
                            people, rx(r["clause"]), rx(r["none_of"])))
    return tuple(out)


_BOLD = re.compile(r"\*\*|__")


def classify(kind: str, subject: str, head: str | None, clause: str) -> str | None:
    """The first rule whose kind, subject words, counted noun and clause words all fit.

    `head` is the noun a prose number counts ('schemes' in 'seven extra care schemes'),
    or None for a table cell, where the header and title say what is counted (and `clause`
    is then the header and title too).
    """
    clause = _BOLD.sub("", clause)  # '**84 apartments** designed for people living with dementia'
    for r in rules():
        if r.kind != kind or not r.subject.search(subject):
            continue
        if r.none_of and r.none_of.search(clause):
            continue
        if head is not None:
            if r.people and not PEOPLE.match(head):
                continue
            if r.head and not r.head.search(head):
                continue
        elif r.head and not r.head.search(clause):
            continue
        if r.clause and not r.clause.search(clause):
            continue
        return r.measure
    return None


def ruled_out(kind: str, subject: str, head: str | None, clause: str) -> bool:
    """Whether a rule would fit but for words in the clause ruling it out ('The Carers Hub supported 1,870 carers':
    'supported' rules out the unpaid carers count)."""
    for r in rules():
        if r.kind != kind or not r.subject.search(subject) or not r.none_of or not r.none_of.search(clause):
            continue
        if head is not None and (r.people and not PEOPLE.match(head) or r.head and not r.head.search(head)):
            continue
        if head is None and r.head and not r.head.search(clause) or r.clause and not r.clause.search(clause):
            continue
        return True
    return False


def measure_ruled_out(measure: str, clause: str) -> bool:
    """Whether the measure's own rule rules out words of the clause ('31.5% of carers said they had as much social
    contact as they would like': 'social contact' rules out the carers share)."""
    return any(r.measure == measure and r.none_of and r.none_of.search(clause) for r in rules())


def subject_of(measure: str) -> re.Pattern[str] | None:
    """The subject words of a measure's rule ('dementia' for dementia_estimated)."""
    return next((r.subject for r in rules() if r.measure == measure), None)


def theme_of(measure: str) -> str:
    return THEME_OF.get(MEASURES[measure].theme, "other") if measure in MEASURES else "other"


@lru_cache(maxsize=1)
def breakdown_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(breakdown, words) pairs: the hours-of-care bands the views know (data/reference.py)."""
    from data.reference import BAND_1_19, HOURS_BANDS_2021

    known = {*HOURS_BANDS_2021, BAND_1_19}
    out = []
    with BREAKDOWN_CSV.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["breakdown"] not in known:
                raise ValueError(f"breakdown_rules.csv names {r['breakdown']!r}, which data/reference.py does not know")
            out.append((r["breakdown"], re.compile(r["pattern"], re.IGNORECASE)))
    return tuple(out)


def planned_twin(measure: str, text: str) -> str:
    """The planned measure of an existing one when `text` says what follows is planned ('In development:' over
    '3 schemes': extra_care_schemes -> extra_care_schemes_planned), by the planned rule's own clause words; '' else."""
    twin = f"{measure}_planned"
    return next((twin for r in rules() if r.measure == twin and r.clause and r.clause.search(text)), "")


def says_planned(text: str) -> bool:
    """Whether `text` says what it names is still to come ('should open in 2028', 'in the pipeline'), by the planned
    rules' own clause words."""
    return any(r.measure.endswith("_planned") and r.clause and r.clause.search(text) for r in rules())


def band_of(text: str) -> str:
    """The hours-of-care band a clause or table header names ('50 or more hours a week' -> '50+ hours a week')."""
    return next((band for band, rx in breakdown_rules() if rx.search(text)), "")
