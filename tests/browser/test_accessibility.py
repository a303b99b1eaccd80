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
