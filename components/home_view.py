"""The landing page's pieces: where the documents cover, a few headline figures, and the tender dates around today.

Everything here is read from the committed tables and the registries, so the landing page
says only what the documents say: headline figures carry their period and line, coverage is
drawn on the boundaries of each document's time, and tender dates are quoted as written.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from components.area_figures import ALL_AUTHORITIES, AREA_PARAM, authority_picker
from components.cards import Card, show_cards
from components.export import png_download
from components.provenance import md_escape, short_names
from components.maps import ClassLegend, area_features, context_land, coverage_map, map_attribution
from components.navigation import PAGES, PageSpec, link_target
from components.theme import LAND_FILL_HEX, document_colours, format_value, hex_to_rgb, value_with_unit
from data.paths import registry_dir
from data.store import area_name, period_year
from data.vocab import PROCUREMENT_STAGES, STAGE_LABELS, measure_label

NOT_COVERED = "Not covered by these documents"
# --- coverage -------------------------------------------------------------------------------------

def coverage_frame(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document and authority it covers, with the boundary vintage of the document's time.

    Columns: number (1.. in registry order, the label on the map), doc_id, short_name, title,
    period, area_code, area_name, vintage ('' when the area has no shape), note (where it is today).
    """
    from geo.lookup import boundary_for

    rows = []
    for number, doc in enumerate(documents.itertuples(index=False), start=1):
        year = period_year(str(doc.period))
        for code in [c for c in str(doc.authorities).split("|") if c]:
            ref = boundary_for(code, year)
            rows.append({
                "number": number, "doc_id": doc.doc_id, "short_name": doc.short_name, "title": doc.title,
                "publisher": doc.publisher, "period": doc.period, "published": doc.published,
                "area_code": code, "area_name": area_name(code),
                "vintage": ref.vintage if ref else "", "note": ref.note if ref else "",
            })
    return pd.DataFrame(rows)


def coverage_legend(coverage: pd.DataFrame) -> ClassLegend:
    """Each document as a legend entry ('1 Durham MPS 2019/21') in its colour (by registry order), then the land
    not covered."""
    docs = coverage.drop_duplicates("doc_id").sort_values("number")
    labels = [f"{n} {s}" for n, s in zip(docs["number"], docs["short_name"])]
    palette = document_colours(docs["doc_id"])
    colours = [palette[d] for d in docs["doc_id"]]
    return ClassLegend((), (*colours, LAND_FILL_HEX), (*labels, NOT_COVERED), "")


def coverage_collection(coverage: pd.DataFrame, shapes_by_vintage: dict[str, dict], legend: ClassLegend) -> dict:
    """The covered areas, each coloured by its document, with tooltips naming authority, document and period."""
    by_code = {}
    for vintage, fc in shapes_by_vintage.items():
        for feature in fc.get("features", []):
            by_code[(feature["properties"]["area_code"], vintage)] = feature
    position = {n: i for i, n in enumerate(coverage.drop_duplicates("doc_id")["number"])}
    features = []
    for row in coverage.itertuples(index=False):
        feature = by_code.get((row.area_code, row.vintage))
        if feature is None:
            continue
        colour = legend.colours[position[row.number]]
        name = f"{row.area_name}\n{row.note}" if row.note else row.area_name
        props = {
            **feature["properties"],
            "value": float(row.number), "unit": "", "value_text": str(row.number), "period": str(row.period),
            "source": f"{row.publisher}; published {row.published}", "class_label": legend.labels[position[row.number]],
            "fill": hex_to_rgb(colour, 235), "fill_hex": colour,
            "tooltip_name": name, "tooltip_value": f"{row.short_name}: {row.title}",
            "tooltip_period": str(row.period), "tooltip_source": f"{row.publisher}; published {row.published}",
        }
        features.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
    _thin_labels(features)
    return {"type": "FeatureCollection", "vintage": "+".join(sorted(shapes_by_vintage)), "features": features}


# Two areas of one document whose label points are closer than this share of the map's extent carry one number: at
# country scale the numbers of neighbouring districts overprinted ("44" on Bournemouth and Poole, "22" on Tees Valley;
# a number is about 16 px of a map some 430 px tall). Every area keeps its dot and colour.
LABEL_SPACING_SHARE = 0.045


def _thin_labels(features: list[dict]) -> None:
    """Mark (`nolabel`) each area whose number would overprint the same number of an area labelled before it."""
    import math

    points = [(f, f["properties"].get("label_lon"), f["properties"].get("label_lat")) for f in features]
    points = [(f, lon, lat) for f, lon, lat in points if lon is not None and lat is not None]
    if len(points) < 2:
        return
    lats = [lat for _, _, lat in points]
    squeeze = math.cos(math.radians(sum(lats) / len(lats)))  # a degree of longitude is this much of one of latitude
    lons = [lon * squeeze for _, lon, _ in points]
    extent = max(max(lons) - min(lons), max(lats) - min(lats))
    gap = extent * LABEL_SPACING_SHARE
    shown: list[tuple[str, float, float]] = []
    for f, lon, lat in points:
        number = f["properties"]["value_text"]
        if any(n == number and math.hypot((lon - x) * squeeze, lat - y) < gap for n, x, y in shown):
            f["properties"]["nolabel"] = True
        else:
            shown.append((number, lon, lat))


def coverage_vintages(coverage: pd.DataFrame) -> tuple[str, ...]:
    """The boundary vintages the coverage map draws, plus 2023 for the land around them."""
    return tuple(sorted({v for v in coverage["vintage"] if v} | {"2023"}))


@dataclass(frozen=True, eq=False)
class CoverageView:
    joined: dict | None          # the covered areas, coloured by document (None: no map; `missing` says why)
    missing: tuple[tuple[str, ...], str] | None   # (codes, vintage) whose shapes could not be read: asked again to say why
    legend: ClassLegend
    context: dict | None
    vintages: tuple[str, ...]
    attributions: str
    unmapped: str


COVERAGE_TITLE = "Authorities covered by the atlas's documents"


def coverage_view(documents: pd.DataFrame) -> CoverageView:
    """The coverage map's areas, legend, land around and credits, worked out once (see `show_coverage_map`)."""
    from geo.sources import BoundariesUnavailable
    from geo.webshapes import features

    coverage = coverage_frame(documents)
    legend = coverage_legend(coverage)
    vintages = coverage_vintages(coverage)
    attributions = " ".join(f"Boundaries ({v}): {map_attribution(v)}" for v in vintages)
    unmapped = coverage[coverage["vintage"] == ""]
    unmapped_text = ("Not on the map (no boundary held): " + ", ".join(unmapped["area_name"]) + ".") if len(unmapped) else ""
    shapes = {}
    for vintage in sorted({v for v in coverage["vintage"] if v}):
        codes = tuple(coverage[coverage["vintage"] == vintage]["area_code"])
        try:
            shapes[vintage] = features(codes, vintage)
        except (BoundariesUnavailable, ValueError):
            return CoverageView(None, (codes, vintage), legend, None, (), attributions, unmapped_text)
    joined = coverage_collection(coverage, shapes, legend)
    if not joined["features"]:
        return CoverageView(None, None, legend, None, (), attributions, unmapped_text)
    return CoverageView(joined, None, legend, context_land(joined), vintages, attributions, unmapped_text)


def show_coverage_map(view: CoverageView, show_controls: bool) -> tuple[str, ...]:
    """Coverage map with its legend and PNG download; returns the vintages drawn (for the footer)."""
    if view.joined is None:
        if view.missing is not None:
            area_features(*view.missing)  # says why there is no map
        return ()
    coverage_map(view.joined, view.legend, COVERAGE_TITLE, "Source document", "home_coverage",
                 "Areas named in each document's list of authorities (data/registry/documents.csv)",
                 view.attributions, view.context, show_download=show_controls,
                 notes=("Each authority is drawn on the boundaries of its document's time and numbered by document. "
                        "Hover an area for the authority, document and period covered. " + view.attributions,
                        view.unmapped))
    return view.vintages


def documents_table(documents: pd.DataFrame, measures: pd.DataFrame, procurements: pd.DataFrame) -> pd.DataFrame:
    """The documents as people cite them: number (as on the map), title, publisher, period, published as stated."""
    coverage = coverage_frame(documents)
    figures = measures.groupby("doc_id").size()
    tenders = procurements.groupby("doc_id").size()
    rows = []
    for number, doc in enumerate(documents.itertuples(index=False), start=1):
        covered = coverage[coverage["doc_id"] == doc.doc_id]["area_name"].tolist()
        rows.append({
            "No.": number, "Document": doc.short_name, "Title": doc.title, "Publisher": doc.publisher,
            "Authorities": ", ".join(covered), "Period": doc.period, "Published": doc.published,
            "Figures": int(figures.get(doc.doc_id, 0)), "Procurements": int(tenders.get(doc.doc_id, 0)),
        })
    return pd.DataFrame(rows)


# --- headline figures ------------------------------------------------------------------------------

@dataclass(frozen=True)
class HeadlineSpec:
    """Which figure to headline; the period is the latest that is not a projection, so new data fills in."""
    doc_id: str
    area_code: str
    measure: str
    breakdown: str = ""
    share_measure: str = ""


HEADLINE_MEASURES_BY_DEFAULT: tuple[str, ...] = ("carers_unpaid", "dementia_estimated", "extra_care_units")


def headline_specs(documents: pd.DataFrame, measures: pd.DataFrame,
                   path: Path | None = None) -> tuple[HeadlineSpec, ...]:
    """The headline figures chosen in data/registry/headlines.csv; without that file, one per key measure:
    the first document (registry order) giving it for one of its own authorities."""
    path = path or registry_dir() / "headlines.csv"
    if path.exists():
        chosen = pd.read_csv(path, dtype=str, keep_default_na=False)
        return tuple(HeadlineSpec(r["doc_id"], r["area_code"], r["measure"], r["breakdown"], r["share_measure"])
                     for r in chosen.to_dict("records"))
    specs = []
    for measure in HEADLINE_MEASURES_BY_DEFAULT:
        for doc in documents.itertuples(index=False):
            own = [c for c in str(doc.authorities).split("|") if c]
            rows = measures[(measures["doc_id"] == doc.doc_id) & (measures["measure"] == measure)
                            & measures["area_code"].isin(own)]
            if not rows.empty:
                breakdown = "" if (rows["breakdown"] == "").any() else str(rows["breakdown"].iloc[0])
                specs.append(HeadlineSpec(doc.doc_id, str(rows["area_code"].iloc[0]), measure, breakdown))
                break
    return tuple(specs)


@dataclass(frozen=True)
class Headline:
    spec: HeadlineSpec
    row: pd.Series
    share: pd.Series | None


def _latest(rows: pd.DataFrame) -> pd.Series | None:
    rows = rows[rows["qualifier"] != "projection"]
    if rows.empty:
        return None
    order = sorted(rows.index, key=lambda i: (period_year(str(rows.at[i, "period"])) or 0, str(rows.at[i, "period"])))
    return rows.loc[order[-1]]


def headline_figures(measures: pd.DataFrame, specs: tuple[HeadlineSpec, ...]) -> list[Headline]:
    """The headline figures found in the table (a spec with no matching row is left out)."""
    out = []
    for spec in specs:
        base = measures[(measures["doc_id"] == spec.doc_id) & (measures["area_code"] == spec.area_code)]
        row = _latest(base[(base["measure"] == spec.measure) & (base["breakdown"] == spec.breakdown)])
        if row is None:
            continue
        share = None
        if spec.share_measure:
            hits = base[(base["measure"] == spec.share_measure) & (base["period"] == row["period"])
                        & (base["breakdown"] == spec.breakdown)]
            share = None if hits.empty else hits.iloc[0]
        out.append(Headline(spec, row, share))
    return out


def headline_value(row: pd.Series) -> str:
    """'about 59,000 people': the value with its unit, and 'about' where the document says so."""
    return value_with_unit(float(row["value"]), str(row["unit"]), str(row["qualifier"]))


def headline_caption(headline: Headline, doc_names: dict[str, str]) -> str:
    row = headline.row
    kind = {"count": "count", "estimate": "estimate", "approximate": "approximate", "plan": "plan"}.get(
        str(row["qualifier"]), str(row["qualifier"]))
    lines = [f"{row['period']} ({kind})"]
    if headline.share is not None:
        lines.append(f"{format_value(float(headline.share['value']), 'percent')} of the population")
    line_nos = sorted({int(row["line"])} | ({int(headline.share["line"])} if headline.share is not None else set()))
    lines.append(f"{doc_names.get(row['doc_id'], row['doc_id'])}, line {', '.join(map(str, line_nos))} "
                 f"({row['section']})")
    return " · ".join(lines)


def headline_label(headline: Headline) -> str:
    row = headline.row
    group = f" ({row['breakdown']})" if row["breakdown"] else ""
    return f"{area_name(str(row['area_code']))}: {measure_label(str(row['measure']))}{group}"


def headline_cards(measures: pd.DataFrame, documents: pd.DataFrame) -> tuple[Card, ...]:
    """A card (label, value, caption) for each headline figure."""
    names = short_names(documents)
    return tuple(Card(headline_label(h), headline_value(h.row), headline_caption(h, names))
                 for h in headline_figures(measures, headline_specs(documents, measures)))


HEADLINES_NOTE = "Each figure is for the period shown, from a different document: they are not comparable with each other."


def show_headlines(cards: tuple[Card, ...]) -> None:
    if not cards:
        st.info("The headline figures are not in the extracted tables yet.", icon=":material/hourglass_empty:")
        return
    show_cards(cards, columns=2, notes=(HEADLINES_NOTE,), label="Headline figures")  # two a row: values stay whole


# --- tender dates around today ---------------------------------------------------------------------

def stage_events(procurements: pd.DataFrame) -> pd.DataFrame:
    """One row per dated procurement stage: its text as written and its earliest and latest day."""
    parts = []
    for stage in PROCUREMENT_STAGES:
        cols = {f"{stage}_text": "text", f"{stage}_earliest": "earliest", f"{stage}_latest": "latest"}
        part = procurements[["procurement_id", "doc_id", "authority_code", "service", "category", "line", "section",
                             *cols]].rename(columns=cols)
        part = part[part["earliest"].notna() & part["latest"].notna()]
        parts.append(part.assign(stage=stage, stage_label=STAGE_LABELS[stage]))
    return pd.concat(parts, ignore_index=True)


@dataclass(frozen=True)
class TenderMoments:
    latest_past: pd.Series | None   # the stage that ended most recently before today
    next_up: pd.Series | None       # the stage that starts soonest after today
    around_today: pd.DataFrame      # stages whose date window includes today


def tender_moments(events: pd.DataFrame, today: date) -> TenderMoments:
    """The latest past and the next upcoming dated stage across all authorities, relative to `today`.

    A stage written loosely ('Autumn 2025') is a window: it is past when its latest day is before
    today, upcoming when its earliest day is after today, and otherwise around today.
    """
    day = pd.Timestamp(today)
    past = events[events["latest"] < day].sort_values(["latest", "earliest", "procurement_id"])
    ahead = events[events["earliest"] > day].sort_values(["earliest", "latest", "procurement_id"])
    around = events[(events["earliest"] <= day) & (events["latest"] >= day)]
    return TenderMoments(past.iloc[-1] if len(past) else None, ahead.iloc[0] if len(ahead) else None, around)


def relative_text(day: pd.Timestamp, today: date) -> str:
    """'in about 4 months', 'about 2 years ago': how far a date is from today, roughly, in words."""
    days = (pd.Timestamp(day).date() - today).days
    n = abs(days)
    if n < 45:
        amount = f"{n} day{'s' if n != 1 else ''}"
    elif n < 548:
        months = round(n / 30.44)
        amount = f"about {months} month{'s' if months != 1 else ''}"
    else:
        amount = f"about {round(n / 365.25)} years"
    return f"in {amount}" if days >= 0 else f"{amount} ago"


def authorities_text(codes: str) -> str:
    return ", ".join(area_name(c) for c in str(codes).split("|") if c)


def stage_caption(event: pd.Series, doc_names: dict[str, str], when: str) -> str:
    return (f"{event['stage_label']}: {event['service']} · {authorities_text(event['authority_code'])} · "
            f"{when} · {doc_names.get(event['doc_id'], event['doc_id'])}, line {int(event['line'])}")


def calendar_text(earliest: date, latest: date) -> str:
    """A date window as calendar dates: '1 September 2026', or '1 September 2026 to 30 September 2026'."""
    return f"{earliest:%-d %B %Y}" if earliest == latest else f"{earliest:%-d %B %Y} to {latest:%-d %B %Y}"


def window_text(event: pd.Series) -> str:
    """The calendar dates a stage's wording allows (never the wording itself, such as 'September 2024 + 2 years')."""
    return calendar_text(pd.Timestamp(event["earliest"]).date(), pd.Timestamp(event["latest"]).date())


@dataclass(frozen=True)
class TenderView:
    """The tender dates around a day, as cards and captions (`show_tender_dates` draws them)."""
    empty: bool
    past: Card | None = None
    ahead: Card | None = None
    around: str = ""
    note: str = ""


WINDOW_HELP = "The calendar days the document's wording allows."


def _stage_card(label: str, event: pd.Series, names: dict[str, str], when: str) -> Card:
    return Card(label, window_text(event), f"Written “{event['text']}”. " + stage_caption(event, names, when),
                note=WINDOW_HELP)


def tender_view(procurements: pd.DataFrame, documents: pd.DataFrame, today: date) -> TenderView:
    events = stage_events(procurements)
    if events.empty:
        return TenderView(True)
    moments = tender_moments(events, today)
    names = short_names(documents)
    latest = moments.latest_past
    past = (_stage_card("Latest dated stage before today", latest, names, relative_text(latest["latest"], today))
            if latest is not None else Card("Latest dated stage before today", "none"))
    if moments.next_up is not None:
        e = moments.next_up
        ahead = _stage_card("Next dated stage", e, names, relative_text(e["earliest"], today))
    else:
        ahead = Card("Next dated stage", "none ahead", (
            f"No dated stage in the documents is still ahead of {today:%-d %B %Y}; the latest "
            f"dated stage in the documents is {window_text(latest)} (written '{latest['text']}'; "
            f"{latest['stage_label'].lower()}, {latest['service']})." if latest is not None else ""))
    n = len(moments.around_today)
    around = (f"{n} dated stage{'s' if n != 1 else ''} could fall today: written loosely, their date window includes "
              f"{today:%-d %B %Y}.") if n else ""
    note = (f"Relative to today, {today:%-d %B %Y}. Each stage is shown as the calendar days its wording allows "
            "(“Autumn 2025” is 1 September 2025 to 30 November 2025), with the wording as the document writes it.")
    return TenderView(False, past, ahead, around, note)


def show_tender_dates(view: TenderView) -> None:
    if view.empty:
        st.info("No procurement in the documents has a date the atlas can place.", icon=":material/event_busy:")
        return
    show_cards((view.past, view.ahead), columns=2, notes=(view.around, view.note), label="Tender dates around today")


# --- the page, once per data version and day ----------------------------------------------------------

@dataclass(frozen=True, eq=False)
class HomeView:
    headlines: tuple[Card, ...]
    coverage: CoverageView
    documents: pd.DataFrame
    tenders: TenderView


def home_model(tables, today: date) -> HomeView:  # noqa: ANN001 - components.data_access.Tables
    """Everything the home page shows from the tables (for components.view_cache.view_model: shared, read-only)."""
    measures, documents, procurements = tables.measures, tables.documents, tables.procurements
    return HomeView(headline_cards(measures, documents), coverage_view(documents),
                    documents_table(documents, measures, procurements), tender_view(procurements, documents, today))


# --- where next: every page, and the theme pages at one authority ----------------------------------------

# The home page's choice in its own URL: a name of its own, so the theme pages' pickers (?area=) keep their state
HOME_AREA_PARAM = "for"  # "/?for=E10000016": the home page for Kent (?authority= is Add a document's)


@dataclass(frozen=True)
class PageLinkSpec:
    """One link of the home page's "Where next": the page, its label and the query string it opens."""
    page: PageSpec
    label: str
    query: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, eq=False)
class WhereNext:
    authorities: pd.DataFrame            # area_code, name: every authority some theme page lists (by name)
    by_theme: dict[str, frozenset[str]]  # theme -> codes its page lists

    @cached_property
    def names(self) -> dict[str, str]:
        """Code -> name of every authority listed (worked out once per model, not on every run)."""
        return dict(zip(self.authorities["area_code"], self.authorities["name"]))


def where_next_model(tables) -> WhereNext:  # noqa: ANN001 - components.data_access.Tables
    """The authorities the theme pages list, for the home page's picker (components.view_cache.view_model)."""
    from components.theme_view import authorities_model

    frames = {page.theme: authorities_model(tables, page.theme) for page in PAGES if page.theme}
    every = pd.concat(list(frames.values()), ignore_index=True)[["area_code", "name"]] if frames else \
        pd.DataFrame(columns=["area_code", "name"])
    every = every.drop_duplicates("area_code").sort_values("name").reset_index(drop=True)
    return WhereNext(every, {theme: frozenset(frame["area_code"]) for theme, frame in frames.items()})


def where_next_links(view: WhereNext, code: str | None) -> tuple[PageLinkSpec, ...]:
    """A link to every page but home. With an authority chosen, each theme page that lists it opens at it
    (`?area=CODE`, its label naming the authority); a theme page that does not list it opens as usual."""
    names = view.names
    links = []
    for page in PAGES[1:]:
        if code in names and code in view.by_theme.get(page.theme, ()):
            links.append(PageLinkSpec(page, f"{page.title}: {names[code]}", ((AREA_PARAM, code),)))
        else:
            links.append(PageLinkSpec(page, page.title))
    return tuple(links)


def show_where_next(view: WhereNext, show_controls: bool) -> None:
    """The picker (`?area=CODE`; in presenter mode none) and the links to every other page."""
    code = (authority_picker(view.authorities, show_controls, with_all=True,
                             help="Open the theme pages at one authority: every authority the documents give "
                                  "figures for", param=HOME_AREA_PARAM) if show_controls else ALL_AUTHORITIES)
    links = where_next_links(view, code)
    names = view.names
    missing = [link.page.title for link in links if link.page.theme and not link.query]
    if code in names and missing:
        st.caption(f"The documents give no {md_escape(' or '.join(missing))} figures for {md_escape(names[code])}: "
                   + ("that page opens" if len(missing) == 1 else "those pages open") + " at its first authority.")
    for link in links:
        st.page_link(link_target(link.page), label=link.label, icon=link.page.icon, help=link.page.summary,
                     query_params=dict(link.query) or None)
