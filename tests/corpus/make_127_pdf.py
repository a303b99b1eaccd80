"""Build tests/corpus/127_footnoted_tables.pdf: a made-up Nottinghamshire County Council Market Position
Statement chapter ("3. Population and need") whose tables are by district, laid out as a designed PDF
(HTML + CSS printed by headless Chromium).

The hazards are the ones statistical chapters in real PDFs have: superscript footnote markers set right
after figures and header years (<sup>, so the text layer reads '10,9603' or '20255'), a table that runs
over a page break and goes on under 'Table 3.2 (continued)' with its header repeated, suppressed or
unavailable cells ('..', 'n/a', '*', '-'), a bold Total row, figures rounded to the nearest 5 with a note
saying so, a chart with its caption and a source line under every table, and a numbered notes block at
the foot of each page whose notes hold years, counts and other councils' figures.

Every figure, scheme and provider is invented; only the council's and its seven districts' names are
real. Only local system fonts are used (Liberation Sans / DejaVu Sans); nothing is fetched. Run from the
repository root:

    python tests/corpus/make_127_pdf.py

The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import pathlib
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "127_footnoted_tables.pdf"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.8pt;
       color: #222; line-height: 1.4; }
.page { width: 210mm; height: 297mm; position: relative; padding: 22mm 18mm 20mm 18mm;
        page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.runhead { position: absolute; top: 8mm; left: 18mm; right: 18mm; font-size: 7.8pt; color: #5a2a6e;
           border-bottom: 0.8pt solid #5a2a6e; padding-bottom: 1.2mm; display: flex; justify-content: space-between; }
.runfoot { position: absolute; bottom: 7mm; left: 18mm; right: 18mm; font-size: 7.8pt; color: #555;
           text-align: center; }
.notes { position: absolute; bottom: 14mm; left: 18mm; right: 18mm; font-size: 7.2pt; color: #333;
         border-top: 0.5pt solid #888; padding-top: 1.5mm; line-height: 1.3; }
.notes p { margin: 0 0 0.6mm 0; }
.notes sup { font-size: 6pt; }
h1 { font-size: 19pt; color: #5a2a6e; margin: 0 0 3mm 0; }
h2 { font-size: 12.5pt; color: #5a2a6e; margin: 4mm 0 2mm 0; }
p { margin: 0 0 2.2mm 0; }
sup { font-size: 6.5pt; line-height: 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 1mm 0; font-size: 8.8pt; }
caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: 1.2mm; font-size: 9.4pt; }
th { border-top: 1pt solid #5a2a6e; border-bottom: 1pt solid #5a2a6e; text-align: left; padding: 1.4mm 2mm;
     font-weight: 700; vertical-align: bottom; background: #f1eaf4; }
td { padding: 1.1mm 2mm; border-bottom: 0.4pt solid #d6cfda; }
td.n, th.n { text-align: right; }
tr.total td { font-weight: 700; border-top: 1pt solid #5a2a6e; border-bottom: 1pt solid #5a2a6e; }
.src { font-size: 7.4pt; color: #555; margin: 0 0 2mm 0; }
.figcap { font-size: 8pt; font-style: italic; color: #444; margin: 0.5mm 0 3mm 0; }
.cont { font-size: 7.6pt; font-style: italic; color: #555; text-align: right; margin: 0; }
"""

DISTRICTS = ["Ashfield", "Bassetlaw", "Broxtowe", "Gedling", "Mansfield", "Newark and Sherwood", "Rushcliffe"]


def page(n: int, body: str, notes: list[str]) -> str:
    note_html = "".join(f"<p><sup>{k}</sup> {t}</p>" for k, t in notes)
    return f"""
<div class="page">
  <div class="runhead"><span>Nottinghamshire County Council &middot; Adult Social Care Market Position Statement 2026&ndash;2029</span>
  <span>3. Population and need</span></div>
  {body}
  <div class="notes">{note_html}</div>
  <div class="runfoot">{n}</div>
</div>"""


def hbar(rows: list[tuple[str, list[float]]], colours: list[str], legend: list[str], vmax: float) -> str:
    """A horizontal bar chart: district names on the left, bars, a legend; no figures on it."""
    w, rowh = 600, 17
    left = 130
    h = rowh * len(rows) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
             'font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="9.5">']
    nb = len(colours)
    for i, (name, vals) in enumerate(rows):
        y = 4 + i * rowh
        parts.append(f'<text x="{left - 6}" y="{y + rowh / 2 + 3:.1f}" text-anchor="end" fill="#333">{name}</text>')
        bh = (rowh - 5) / nb
        for j, v in enumerate(vals):
            bw = (w - left - 20) * v / vmax
            parts.append(f'<rect x="{left}" y="{y + j * bh:.1f}" width="{bw:.1f}" height="{bh - 0.5:.1f}" fill="{colours[j]}"/>')
    ly = h - 10
    x = left
    for c, lab in zip(colours, legend):
        parts.append(f'<rect x="{x}" y="{ly - 8}" width="9" height="8" fill="{c}"/>'
                     f'<text x="{x + 13}" y="{ly}" fill="#333">{lab}</text>')
        x += 110
    parts.append("</svg>")
    return "".join(parts)


CARERS = [("Ashfield", "12,340", "10.3%", "13,110", "&minus;770"),
          ("Bassetlaw", "11,285", "10.5%", "12,050", "&minus;765"),
          ("Broxtowe", "10,630", "9.4%", "11,480", "&minus;850"),
          ("Gedling", "11,905", "10.1%", "12,355", "&minus;450"),
          ("Mansfield", "10,215", "10.4%", "10,960<sup>3</sup>", "&minus;745"),
          ("Newark and Sherwood", "12,470", "10.6%", "12,890", ".."),
          ("Rushcliffe", "11,060", "9.5%", "11,275", "&minus;215")]


def carers_table() -> str:
    rows = "".join(f'<tr><td>{d}</td><td class="n">{a}</td><td class="n">{b}</td><td class="n">{c}</td>'
                   f'<td class="n">{e}</td></tr>' for d, a, b, c, e in CARERS)
    return f"""
<table>
<caption>Table 3.1: Unpaid carers by district, 2011 and 2021</caption>
<thead><tr><th>District</th><th class="n">Unpaid carers 2021<sup>1</sup></th><th class="n">% of residents aged 5+</th>
<th class="n">Unpaid carers 2011<sup>2</sup></th><th class="n">Change 2011&ndash;2021</th></tr></thead>
<tbody>{rows}
<tr class="total"><td>Total</td><td class="n">79,905<sup>4</sup></td><td class="n">10.1%</td><td class="n">84,120</td><td class="n">&minus;4,215</td></tr>
</tbody></table>
<p class="src">Source: ONS, Census 2021 (TS039) and Census 2011 (QS301EW). Counts are rounded to the nearest 5 and may not
sum to the total. '..' = not comparable.</p>"""


P1_BODY = """
<h1>3. Population and need</h1>
<p>This chapter sets out who needs care and support in Nottinghamshire now, and how that is likely to change over the
life of this statement. Figures are shown for each of the county's seven districts, because the market differs
sharply between the former coalfield towns in the west and north and the more rural and suburban south and east.</p>
<h2>3.1 Unpaid carers</h2>
<p>The 2021 Census counted 79,905 people in Nottinghamshire providing unpaid care, 10.1% of residents aged 5 and
over, against 8.9% for England. The number fell in every district between the two censuses, most in Broxtowe.
Table 3.1 gives each district's count; Figure 3.1 shows the two censuses side by side.</p>
""" + carers_table() + """
<div>""" + hbar([(d, [float(a.replace(",", "")), float(c.split("<")[0].replace(",", ""))])
                 for d, a, _, c, _ in CARERS], ["#5a2a6e", "#c7b3d1"], ["Census 2021", "Census 2011"], 14000) + """</div>
<p class="figcap">Figure 3.1: Unpaid carers by district, Census 2011 and Census 2021 (chart)</p>
"""

P1_NOTES = [
    ("1", "Census 2021, held on 21 March 2021: usual residents aged 5 and over who look after or support someone "
          "because of long-term illness, disability or old age."),
    ("2", "Census 2011, held on 27 March 2011: all usual residents, re-based to the district boundaries in force "
          "in 2023."),
    ("3", "Mansfield's 2011 count includes 240 carers in two output areas moved from Ashfield in a 2017 boundary "
          "review; Newark and Sherwood's 2011 count is not comparable because of a 2019 ward change."),
    ("4", "For comparison, the average share for our 15 CIPFA nearest neighbours was 10.4% (range 8.7% to 11.6%); "
          "Derbyshire recorded 10,720 carers per 100,000 residents and Leicestershire 9,840."),
]

DEMENTIA = [("Ashfield", "1,645", "1,960", "2,290", "+39.2%"),
            ("Bassetlaw", "1,720", "2,065", "2,420", "+40.7%"),
            ("Broxtowe", "1,580", "1,870", "2,185", "+38.3%"),
            ("Gedling", "1,755", "2,080", "2,430", "+38.5%"),
            ("Mansfield", "1,390", "1,655", "1,935", "+39.2%"),
            ("Newark and Sherwood", "1,930", "2,320", "2,730", "+41.5%"),
            ("Rushcliffe", "1,825", "2,170", "n/a<sup>7</sup>", "n/a")]

DEM_HEAD = """<thead><tr><th>District</th><th class="n">2025<sup>5</sup></th><th class="n">2030</th>
<th class="n">2035<sup>6</sup></th><th class="n">Change 2025&ndash;2035</th></tr></thead>"""


def dem_rows(part: list[tuple[str, ...]]) -> str:
    return "".join(f'<tr><td>{d}</td><td class="n">{a}</td><td class="n">{b}</td><td class="n">{c}</td>'
                   f'<td class="n">{e}</td></tr>' for d, a, b, c, e in part)


P2_BODY = """
<h2>3.2 People living with dementia</h2>
<p>We estimate that 11,845 people aged 65 and over in Nottinghamshire were living with dementia in 2025. With the
number of older residents rising fastest in Newark and Sherwood and Rushcliffe, this is projected to reach 14,120 by
2030 and 16,575 by 2035, an increase of around two fifths in ten years.</p>
<p>Most of the growth will be among people aged 85 and over, who are the most likely to need residential or nursing
care with dementia expertise. Table 3.2 shows the estimate and projections for each district. Projections are
estimates, not forecasts: they apply national prevalence rates to local population projections, and do not allow for
changes in diagnosis or in how common dementia becomes at each age.</p>
<p>The demand this implies is set out in the care home and home care chapters (chapters 5 and 6). Here we note only
that the districts with the highest counts are not always those with the highest rates: Mansfield has the fewest
people with dementia but one of the youngest older populations, so its projected rise is close to the county's.</p>
<table>
<caption>Table 3.2: People aged 65 and over estimated to be living with dementia, by district, 2025 to 2035</caption>
""" + DEM_HEAD + "<tbody>" + dem_rows(DEMENTIA[:4]) + """</tbody></table>
<p class="cont">Table continues on the next page</p>
"""

P2_NOTES = [
    ("5", "Estimates for 2025 use POPPI (version 15.1, 2024) prevalence rates from the 2014 Dementia UK report "
          "applied to ONS mid-2022 population estimates."),
    ("6", "Projections for 2030 and 2035 apply the same rates to ONS 2018-based subnational population projections; "
          "the 65 to 69 age group is assumed to grow by 1.2% a year."),
]

P3_BODY = """
<table>
<caption>Table 3.2 (continued)</caption>
""" + DEM_HEAD + "<tbody>" + dem_rows(DEMENTIA[4:]) + """
<tr class="total"><td>Total</td><td class="n">11,845</td><td class="n">14,120</td><td class="n">16,575<sup>7</sup></td><td class="n">+39.9%</td></tr>
</tbody></table>
<p class="src">Source: POPPI and ONS population projections, Nottinghamshire County Council analysis. Figures rounded to the
nearest 5. 'n/a' = not available.</p>
<div>""" + hbar([(d, [float(a.replace(",", "")), float(b.replace(",", ""))]) for d, a, b, _, _ in DEMENTIA],
                ["#5a2a6e", "#c7b3d1"], ["2025", "2030"], 2600) + """</div>
<p class="figcap">Figure 3.2: People aged 65 and over living with dementia by district, 2025 and 2030 (chart)</p>
<h2>3.3 Extra care housing</h2>
<p>Nottinghamshire has 13 extra care housing schemes with 723 units between them, at least one in every district.
A further 347 units are planned in six schemes. Table 3.3 shows existing and planned units by district; planned
units are those with planning consent or an allocated site.</p>
"""

P3_NOTES = [
    ("7", "Rushcliffe's 2035 projection is withheld until the 2026 Local Plan housing figures are confirmed; the "
          "county total for 2035 includes a modelled figure for Rushcliffe."),
]

EXTRA = [("Ashfield", "2", "118", "60"), ("Bassetlaw", "2", "104", "*"), ("Broxtowe", "1", "55", "72"),
         ("Gedling", "2", "126", "-"), ("Mansfield", "3", "161", "45"), ("Newark and Sherwood", "2", "97", "80"),
         ("Rushcliffe", "1", "62", "90")]


def extra_table() -> str:
    rows = "".join(f'<tr><td>{d}</td><td class="n">{s}</td><td class="n">{u}</td><td class="n">{p}</td></tr>'
                   for d, s, u, p in EXTRA)
    return f"""
<table>
<caption>Table 3.3: Extra care housing units by district, existing and planned, at 1 April 2026</caption>
<thead><tr><th>District</th><th class="n">Existing schemes</th><th class="n">Existing units</th>
<th class="n">Planned units<sup>8</sup></th></tr></thead>
<tbody>{rows}
<tr class="total"><td>Total</td><td class="n">13</td><td class="n">723</td><td class="n">347<sup>9</sup></td></tr>
</tbody></table>
<p class="src">Source: Nottinghamshire County Council housing with care register, April 2026. '-' = none planned;
'*' = not published (commercially sensitive).</p>"""


P4_BODY = extra_table() + """
<div>""" + hbar([(d, [float(u), float(p) if p.isdigit() else 0.0]) for d, _, u, p in EXTRA],
                ["#5a2a6e", "#c7b3d1"], ["Existing", "Planned"], 180) + """</div>
<p class="figcap">Figure 3.3: Existing and planned extra care units by district (chart)</p>
<h2>3.4 What this means for providers</h2>
<p>The gap between need and provision is widest in Bassetlaw and Newark and Sherwood, where dementia is rising fastest
and extra care is thinnest relative to the older population. We want to hear from providers and registered providers
of social housing interested in developing schemes in these districts, particularly schemes able to support people
with dementia to the end of life.</p>
<p>We will refresh the figures in this chapter when the 2025-based population projections are published, and again
after the next census.</p>
"""

P4_NOTES = [
    ("8", "Planned units had planning consent or an allocated site at 31 March 2026; one Bassetlaw scheme of around "
          "70 units is not published while land terms are agreed."),
    ("9", "Excludes the unpublished Bassetlaw scheme. Lincolnshire and Derbyshire, used as comparators, have 212 and "
          "246 extra care units per 100,000 people aged 65 and over; Nottinghamshire has 178."),
]


def build() -> str:
    pages = [page(23, P1_BODY, P1_NOTES), page(24, P2_BODY, P2_NOTES), page(25, P3_BODY, P3_NOTES),
             page(26, P4_BODY, P4_NOTES)]
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>Nottinghamshire County Council Market Position Statement 2026-2029, Chapter 3</title>"
            f"<style>{CSS}</style></head><body>{''.join(pages)}</body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
