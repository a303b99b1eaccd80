"""No chart, map or table is wider than the viewport, on a phone (390x844) above all, on every page; every option of
every button group (segmented control, pills) and radio group is seen whole.

The shared visits (tests/browser/sweep.py) also save a screenshot of every page at each
of the three sizes in tests/screenshots/<page>-<size>.png.
"""
from __future__ import annotations

import pytest

from tests.browser.maphelp import overlapping
from tests.browser.sweep import all_cases, case_id

# Known and reported to the page's owner; non-strict so the fix passes without editing this file first.
KNOWN_WIDE: dict[str, str] = {}


def cases():
    return [pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN_WIDE[case_id(c)], strict=False))
            if case_id(c) in KNOWN_WIDE else c for c in all_cases()]


@pytest.mark.parametrize("case", cases(), ids=case_id)
def test_nothing_wider_than_the_viewport(page_visits, case):
    seen = page_visits(*case)
    width = case[1].width
    assert seen.boxes, f"{seen.url}: no chart, map or table measured (the page did not draw?)"
    too_wide = [b for b in seen.boxes if b["right"] > width + 1 or b["left"] < -1]
    assert not too_wide, f"{seen.url} at {width}px: " + "; ".join(
        f"{b['what']} spans {b['left']:.0f}..{b['right']:.0f}px" for b in too_wide)
    assert seen.page_width <= width + 1, f"{seen.url}: the page scrolls sideways ({seen.page_width}px wide)"
    assert seen.screenshot is not None and seen.screenshot.exists()


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_every_chart_uses_the_width_of_its_column(page_visits, case):
    """A chart drawn at a fixed width sits as a narrow strip in a wide column: the official figures on Compare were
    326 of 940 px at 1400x1000 (a facet's panels keep their own width). Every chart and map is as wide as the
    column it is placed in."""
    seen = page_visits(*case)
    narrow = [b for b in seen.boxes if b["what"] == "stVegaLiteChart" and b["width"] < b["room"] - 2]
    assert not narrow, f"{seen.url} at {case[1].width}px: " + "; ".join(
        f"a chart {b['width']:.0f} of {b['room']:.0f}px wide" for b in narrow)


def _inside(text: dict) -> bool:
    """Whether a chart's text lies inside the chart (1 px spare) and inside its clipping region if it has one."""
    left, right = -1.0, text["chart_width"] + 1
    if text.get("clip_x1") is not None:
        left, right = max(left, text["clip_x1"] - 1), min(right, text["clip_x2"] + 1)
    return left <= text["x1"] and text["x2"] <= right


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_no_axis_legend_or_title_text_runs_off_its_chart(page_visits, case):
    """A chart's axis titles, labels, legends and titles lie inside the chart: a long axis title is centred past both
    edges on a phone ("upported housing, each authority's own year (units)", its first letter cut). So do the texts its
    marks draw, inside the chart and inside the region a clipping mark cuts them to (a timeline's plot, panned): a
    70-character name above a bar ran to 390 px of a phone's 358 px chart ("...drugs/alcohol and offe")."""
    seen = page_visits(*case)
    cut = [t for t in seen.chart_texts + seen.mark_texts if t.get("x1") is not None and not _inside(t)]
    assert not cut, f"{seen.url} at {case[1].width}px: " + "; ".join(
        f"chart {t['chart']} {t['role']} “{t['text'][:40]}” spans {t['x1']:.0f}..{t['x2']:.0f} of "
        f"{t['chart_width']:.0f}px" for t in cut[:6])


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_no_text_is_drawn_over_a_bar(page_visits, case):
    """A chart's names and values are written beside or above its bars and a map's circles, never across one: a
    wrapped name's second line was drawn over its own bar ("term" on "Dorset County (2015): mental health, long term",
    Vega writing further lines below the first), and a symbol map's value across the top of its circle ("177" on
    South Tyneside's, lifted by a fixed half of the largest radius)."""
    seen = page_visits(*case)
    over = [(t, b) for t in seen.mark_texts for b in seen.bars if b["chart"] == t["chart"] and t.get("y1") is not None
            and overlapping([t["x1"], t["y1"], t["x2"], t["y2"]], b["box"], margin=1.5)]
    assert not over, f"{seen.url} at {case[1].width}px: " + "; ".join(
        f"chart {t['chart']} “{t['text'][:50]}” at {t['x1']:.0f}..{t['x2']:.0f}, {t['y1']:.0f}..{t['y2']:.0f} over a "
        f"bar at {b['box'][0]:.0f}..{b['box'][2]:.0f}, {b['box'][1]:.0f}..{b['box'][3]:.0f}" for t, b in over[:4])


def _same_place(a: dict, b: dict) -> bool:
    """A text and its white halo: the same words drawn at the same point (the halo's box is its stroke wider)."""
    return a["text"] == b["text"] and abs((a["x1"] + a["x2"]) - (b["x1"] + b["x2"])) < 2 \
        and abs((a["y1"] + a["y2"]) - (b["y1"] + b["y2"])) < 2


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_no_two_texts_of_a_chart_overprint(page_visits, case):
    """No two names, values or map labels of a chart are drawn over each other: the home page's coverage map wrote the
    numbers of neighbouring areas of one document into each other ("44" for Bournemouth and Poole)."""
    seen = page_visits(*case)
    texts = [t for t in seen.mark_texts if t.get("y1") is not None and t["text"].strip()]
    clash = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1:] if a["chart"] == b["chart"]
             and not _same_place(a, b) and overlapping([a["x1"], a["y1"], a["x2"], a["y2"]],
                                                       [b["x1"], b["y1"], b["x2"], b["y2"]], margin=1.5)]
    assert not clash, f"{seen.url} at {case[1].width}px: " + "; ".join(
        f"chart {a['chart']} “{a['text'][:30]}” at {a['x1']:.0f},{a['y1']:.0f} over “{b['text'][:30]}” at "
        f"{b['x1']:.0f},{b['y1']:.0f}" for a, b in clash[:4])


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_every_option_of_a_button_group_is_seen_whole(page_visits, case):
    """A segmented control placed in a column scrolls sideways inside its own box instead of widening the page, so the
    width test above misses an option cut at the box's edge ("24 months" on a phone): each option must lie inside the
    viewport and inside every box that clips it. So must every tab (the tenders lists' "Ending within 6 months" showed
    59 of its 138 px on a phone, the rest behind Streamlit's scroll arrow)."""
    seen = page_visits(*case)
    width = case[1].width
    cut = [o for o in seen.options if o["seen"] < o["width"] - 1 or o["left"] < -1 or o["right"] > width + 1]
    assert not cut, f"{seen.url} at {width}px: " + "; ".join(
        f"“{o['text']}” of “{o['group']}” spans {o['left']:.0f}..{o['right']:.0f}px, {o['seen']:.0f} of "
        f"{o['width']:.0f}px seen" for o in cut)


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_no_control_label_breaks_inside_a_word(page_visits, case):
    """A tab, button or option label wraps between words, never inside one: the Data and sources page's five tabs
    broke "Documents" into "Documen" / "ts" on a phone (each tab a fifth of the row, words wrapped anywhere)."""
    seen = page_visits(*case)
    assert not seen.broken_words, f"{seen.url} at {case[1].width}px: " + "; ".join(
        f"“{b['word']}” of “{b['label']}” is split across lines" for b in seen.broken_words[:6])
