"""WCAG 2.2 AA: axe-core finds no A or AA violation on any page at any of the three sizes.

axe-core comes from npm (tests/browser/package-lock.json, installed by `make axe`) and is
injected into each page after Streamlit has finished drawing it, charts included.
"""
from __future__ import annotations

import pytest

from tests.browser.sweep import all_cases, case_id


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} element(s)")
        for n in v["nodes"][:5]:
            lines.append(f"    {n['target']}: {n['summary'].splitlines()[-1].strip() if n['summary'] else ''}")
    return "\n".join(lines)


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_no_wcag_a_or_aa_violation(page_visits, case):
    seen = page_visits(*case)
    assert not seen.violations, f"axe-core at {seen.url} ({case[1].width}x{case[1].height}):\n" + describe(seen.violations)



def contrast_on_white(colour: str) -> float:
    """WCAG's contrast ratio of a #rrggbb (or #rgb) colour against white."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    channels = [int(hex_digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def test_contrast_on_white_matches_wcags_own_figures():
    assert round(contrast_on_white("#000"), 1) == 21.0 and round(contrast_on_white("#ffffff"), 1) == 1.0
    assert round(contrast_on_white("#808495"), 2) == 3.72  # Streamlit's chart text grey
    assert round(contrast_on_white("#767676"), 2) == 4.54  # the lightest grey that passes AA, a known reference


@pytest.mark.parametrize("case", all_cases(), ids=case_id)
def test_every_charts_axis_and_legend_text_meets_aa_contrast(page_visits, case):
    """Charts are drawn on a canvas, where axe-core cannot read them: the axis, legend, header and title texts Vega
    drew must reach 4.5:1 on the white page (Streamlit's chart theme drew them 3.7:1, faint on a projector)."""
    seen = page_visits(*case)
    unread = [t for t in seen.chart_texts if not t["fill"].startswith("#")]
    assert not unread, f"{seen.url}: text colours this test cannot read: {unread[:3]}"
    faint = [t for t in seen.chart_texts if contrast_on_white(t["fill"]) < 4.5]
    assert not faint, f"{seen.url}: " + "; ".join(
        f"chart {t['chart']} {t['role']} “{t['text'][:30]}” in {t['fill']} "
        f"({contrast_on_white(t['fill']):.1f}:1)" for t in faint[:8])
