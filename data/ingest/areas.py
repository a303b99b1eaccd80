"""Area names in a document -> registry codes: exact matches, and near matches to confirm.

Names match whole words only, case as written for names that are also ordinary words
('Reading', 'Bury', 'Eden' need a capital and a place-like context), and never on an
alias that is an ordinary word. Near matches (rapidfuzz) are suggestions for the analyst,
never accepted automatically.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from data.model import area_registry

BENCHMARKS = {"england": "E92000001", "uk": "K02000001", "united kingdom": "K02000001",
              "great britain": "K03000001", "england and wales": "K04000001", "scotland": "S92000003",
              "wales": "W92000004", "national": "E92000001", "nationally": "E92000001"}
# Names of places that are also ordinary English words: matched only with a capital letter
# and a place-like word before them ('in Reading', 'Bury Council') or alone in a table cell.
ORDINARY_PLACE_WORDS = frozenset({
    "reading", "bury", "eden", "harrow", "slough", "hart", "swale", "craven", "rugby", "derby", "high peak",
    "test valley", "mole valley", "three rivers", "castle point", "wirral", "sefton", "stroud",
})
_PLACE_CUE = re.compile(r"(?:\b(?:in|of|for|across|within|at|from)\s+(?:the\s+)?$)")
# a town written after a named place and its comma, before a dash or bracket ('Rodborough Place, Stroud – 72 flats')
_NAMED_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]+),\s*$")


def _alone_in_cell(text: str, m: re.Match) -> bool:
    """Whether the name is all a table cell holds ('Reading' heading a column of councils: 'Measure | Reading'), the
    last of a header's path of cells."""
    return not text[m.end():].strip() and (not text[:m.start()].strip() or text[:m.start()].rstrip().endswith("|"))


def _town_of_named(text: str, m: re.Match) -> bool:
    return bool(_NAMED_BEFORE.search(text[:m.start()])) and bool(re.match(r"\s*[–—(-]", text[m.end():]))


@dataclass(frozen=True)
class AreaHit:
    code: str
    name: str      # as the document writes it
    start: int
    end: int


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("&", "and").replace(".", "").split())


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, ...]]:
    """Normalised name or alias -> codes (several when a name is ambiguous: 'Ashford' district and CCG)."""
    out: dict[str, list[str]] = {}
    for a in area_registry():
        for n in {a["name"], *a["document_names"].split("|")}:
            if n.strip():
                out.setdefault(_key(n), []).append(a["area_code"])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, str]]:
    return {a["area_code"]: a for a in area_registry()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = set()
    for a in area_registry():
        for n in {a["name"], *a["document_names"].split("|")}:
            n = n.strip()
            if len(n) >= 3 and not n.isupper() or n in {"UK", "BCP", "KCC"}:
                names.add(re.escape(n).replace(r"\ and\ ", r"\s+(?:and|&)\s+").replace(r"\ ", r"\s+"))
    alternation = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


TIER_PREFERENCE = ("unitary authority", "metropolitan district", "london borough", "council area",
                   "non-metropolitan district", "county", "country", "region", "district (Northern Ireland)",
                   "partnership", "clinical commissioning group")


def pick(codes: tuple[str, ...], *, prefer_ccg: bool = False, year: int | None = None) -> str:
    """One code for an ambiguous name: a district over a CCG unless the table is about CCGs,
    and the area that existed in the figure's year ('Dorset' in 2015 is the county)."""
    rows = [_rows()[c] for c in codes]

    def score(r: dict[str, str]) -> tuple[int, int]:
        tier = r["tier"]
        ccg = tier == "clinical commissioning group"
        alive = True
        if year is not None:
            if r["valid_from"] and int(r["valid_from"][:4]) > year:
                alive = False
            if r["valid_to"] and int(r["valid_to"][:4]) < year:
                alive = False
        elif r["valid_to"]:
            alive = False
        rank = TIER_PREFERENCE.index(tier) if tier in TIER_PREFERENCE else len(TIER_PREFERENCE)
        return (0 if ccg == prefer_ccg else 1, 0 if alive else 1, rank)

    return min(rows, key=score)["area_code"]


def exact(name: str, *, prefer_ccg: bool = False, year: int | None = None) -> str | None:
    """The code for a name written exactly as a registry name or alias (case-insensitive), else None."""
    key = _key(name)
    key = re.sub(r"^(?:total|all)\s+", "", key) if key not in _index() else key
    council = re.sub(r"\s+(?:county|city|borough|district|metropolitan (?:borough|district))?\s*council$", "", key)
    for k in (key, council, re.sub(r"^(?:the\s+)?(?:city|county|royal\s+borough|borough)\s+of\s+", "", council),
              re.sub(r"^(?:the\s+)?(?:london\s+)?borough\s+of\s+", "", key), re.sub(r"\s+ccg$", "", key)):
        if k in BENCHMARKS:
            return BENCHMARKS[k]
        codes = _index().get(k)
        if codes:
            return pick(codes, prefer_ccg=prefer_ccg, year=year)
    return None


_STREET_AFTER = re.compile(r"\s+(?:Road|Street|Lane|Avenue|Way|Drive|Close|Court|House|Gardens|Place|Mews|Terrace|"
                           r"Crescent|Square|Walk|Lodge|Grange|Mill)\b")


# the rest of an integrated care board's name after a place in it ('Mid and South Essex| ICB', 'Suffolk| and North
# East Essex Integrated Care Board', 'North East| Essex ICB')
_BOARD_AFTER = re.compile(r"(?:\s+(?:and|&))?(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}?\s+(?:ICB|ICS|integrated\s+care\s+(?:board|system))\b",
                          re.IGNORECASE)


# a national body named after the country ('NHS England Primary Care Dementia Data', 'Public Health England'): the
# source of a figure, not its area
_BODY_WORDS = r"\b(?:NHS|Public\s+Health|Health\s+Education|Sport|Natural|Historic|Arts\s+Council)\s+"
_NATIONAL_BODY = re.compile(_BODY_WORDS + r"(?:England|Wales|Scotland)\b")
_BODY_BEFORE = re.compile(_BODY_WORDS + "$")
_NATIONS = frozenset({"England", "Wales", "Scotland"})


def find_areas(text: str) -> list[AreaHit]:
    """Area names written in a sentence, whole words, longest first; ordinary words need a capital and a cue."""
    hits = []
    for m in _pattern().finditer(text):
        written = m.group(0)
        key = _key(written)
        if re.match(r"['’]s\s+census|\s+census\b", text[m.end():m.end() + 12], re.IGNORECASE):
            continue  # "Scotland's Census 2022" names the source of a figure, not its area
        if _STREET_AFTER.match(text, m.end()):
            continue  # 'at Bolton Road', 'Sefton House': a street's or a building's name, not the area
        if _BOARD_AFTER.match(text, m.end()):
            continue  # 'Mid and South Essex ICB', 'Hertfordshire and West Essex ICB': a board's name, not the county
        if written in _NATIONS and _BODY_BEFORE.search(text[:m.start()]):
            continue  # 'NHS England Primary Care Dementia Data': a national body, the figure's source, not its area
        if re.search(r"(?-i:\bGreater)\s+$", text[:m.start()]):
            continue  # 'Greater Manchester': a wider area (a city region) whose name holds a district's, not the district
        if key.lower() == "wales" and re.search(r"\b(?:North|South|West|East|Mid)[\s-]+$", text[:m.start()]):
            continue  # 'West Wales', 'North Wales', 'Mid Wales': a region of Wales, not Wales
        if key in ORDINARY_PLACE_WORDS or written.lower() == written:
            if not written[:1].isupper():
                continue
            before = text[max(0, m.start() - 20):m.start()].lower()
            after = text[m.end():m.end() + 20].lower()
            if key in ORDINARY_PLACE_WORDS and not (_PLACE_CUE.search(before) or re.match(
                    r"\s*(?:council|district|borough|city|county|'s\b)", after) or _town_of_named(text, m)
                                                    or _alone_in_cell(text, m)):
                continue
        code = exact(written)
        if code:
            hits.append(AreaHit(code, written, m.start(), m.end()))
    return hits


_WALES_REGION = re.compile(r"\b(?:North|South|West|East|Mid)[\s-]+Wales\b")


def benchmark_in(text: str) -> tuple[str, str] | None:
    """('E92000001', 'England') when a sentence gives a national figure ('in England', 'nationally')."""
    m = re.search(r"\b(England and Wales|England|United Kingdom|the UK|UK|Great Britain|Scotland|Wales|(?i:nationally)|"
                  r"(?i:national (?:average|figure|target|ambition|rate|prevalence))|(?i:across the country)|"
                  # ('The government wants every area to reach 66.7%': England's ambition, as a plain-English summary
                  # writes it; the Welsh or Scottish Government's is not)
                  r"(?<!Welsh )(?<!Scottish )(?i:the government)(?=\s+(?:wants|aims|expects)\b)|"
                  # ('the Welsh Government's target of 75%': a devolved government's target is its nation's)
                  r"(?:Welsh|Scottish) Government['’]s\s+(?i:target|ambition))\b"
                  r"(?!['’]s\s+census|\s+census)", _WALES_REGION.sub(" ", _NATIONAL_BODY.sub(" ", text)))
    # ('Scotland's Census 2022 found' names the source, not the area; 'West Wales' is a region of Wales, not Wales;
    # 'NHS England' is a body)
    if not m:
        return None
    word = m.group(1)
    key = _key(word.replace("the ", "")).lower()
    if key.startswith(("welsh government", "scottish government")):
        return ("W92000004", "Wales") if key.startswith("welsh") else ("S92000003", "Scotland")
    if key.startswith("national") or key == "across the country" or key.endswith("government"):
        return ("E92000001", "England")
    return (BENCHMARKS.get(key, "E92000001"), word.replace("the ", ""))


NOT_PLACES = frozenset({"total", "all", "overall", "county", "council", "district", "borough", "city", "area",
                        "region", "other", "england", "national", "none", "unknown", "sum"})


def suggest_areas(name: str, limit: int = 3, cutoff: float = 85.0) -> list[tuple[str, str, float]]:
    """Near matches for a name the registry does not hold exactly: (code, registry name, score 0-100).

    Whole-name similarity (typos, '&' for 'and', word order), never a part of a name, so an
    ordinary word ('Total') is not matched to a name that contains it ('Total Kent').
    """
    from rapidfuzz import fuzz, process, utils

    key = _key(name)
    if key in NOT_PLACES or len(key) < 3:
        return []
    keys = list(_index())
    found = process.extract(key, keys, scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                            limit=limit * 3, score_cutoff=cutoff)
    out: list[tuple[str, str, float]] = []
    for key, score, _ in found:
        for code in _index()[key]:
            if all(code != c for c, _, _ in out):
                out.append((code, _rows()[code]["name"], round(float(score), 1)))
    return out[:limit]


def within(code: str, authority: str) -> bool:
    """Whether the registry's area `code` is `authority` or one of its districts."""
    return code == authority or _rows().get(code, {}).get("parent_code", "") == authority


def area_name(code: str) -> str:
    row = _rows().get(code)
    return row["name"] if row else code


# A count of people, homes or schemes in an area is never above everyone who lives there ('an estimated twenty one
# million people in our country know someone with dementia' is no figure for one borough). 20% over the largest
# official population allows for growth to a projection year.
COUNTED_UNITS = frozenset({"people", "units", "schemes", "homes", "beds"})
_POPULATION_MARGIN = 1.2


@lru_cache(maxsize=1)
def _populations() -> dict[str, float]:
    """The largest official all-ages population of each area in data/reference.csv; a county's is its districts'
    sum. Empty when the reference figures are missing (then nothing is ruled out)."""
    from data.reference import ReferenceDataError, load_reference
    try:
        ref = load_reference()
    except (ReferenceDataError, OSError):
        return {}
    pop = ref[(ref["measure"] == "population") & (ref["breakdown"].fillna("").isin(["", "all ages"]))]
    largest = pop.groupby("area_code")["value"].max().to_dict()
    by_period = pop.groupby(["area_code", "period"])["value"].max()
    for code, row in _rows().items():
        if row["tier"] == "county" and code not in largest:
            districts = [c for c, r in _rows().items() if r["parent_code"] == code]
            sums = by_period[by_period.index.get_level_values(0).isin(districts)].groupby(level=1).sum()
            if len(districts) and len(sums):
                largest[code] = float(sums.max())
    return largest


def beyond_population(area_code: str, unit: str, value: float) -> bool:
    """True when a count of `unit` in the area is more than the area's population could hold."""
    population = _populations().get(area_code) if unit in COUNTED_UNITS else None
    return population is not None and value > population * _POPULATION_MARGIN

