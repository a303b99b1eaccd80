"""Build tests/corpus/120_designed_pdf.pdf: a made-up Buckinghamshire Council Market Position
Statement section, laid out as a designed PDF (HTML + CSS printed by headless Chromium).

Every figure, scheme, provider and person is invented. Only local system fonts are used
(Liberation Sans / DejaVu Sans); nothing is fetched. Run from the repository root:

    python tests/corpus/make_120_pdf.py    # writes the HTML to a temporary folder and prints it to the PDF

The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import pathlib
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "120_designed_pdf.pdf"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.6pt;
       color: #1d2b36; line-height: 1.38; }
.page { width: 210mm; height: 297mm; position: relative; padding: 24mm 17mm 22mm 17mm;
        page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.runhead { position: absolute; top: 8mm; left: 17mm; right: 17mm; height: 9mm;
           border-bottom: 1.2pt solid #2a6f5b; font-size: 8pt; color: #2a6f5b;
           display: flex; justify-content: space-between; align-items: flex-end; padding-bottom: 1.5mm; }
.runhead b { color: #12392f; }
.runfoot { position: absolute; bottom: 8mm; left: 17mm; right: 17mm; font-size: 7.6pt; color: #5b6b75;
           border-top: 0.6pt solid #b9c6cc; padding-top: 1.5mm; display: flex; justify-content: space-between; }
h1 { font-size: 21pt; color: #12392f; margin: 0 0 2mm 0; font-weight: 700; }
h2 { font-size: 13pt; color: #2a6f5b; margin: 4mm 0 2mm 0; }
h3 { font-size: 10.5pt; color: #12392f; margin: 3mm 0 1.2mm 0; }
p { margin: 0 0 2.2mm 0; }
.lede { font-size: 11pt; color: #2a6f5b; margin-bottom: 4mm; }
.facts { display: flex; gap: 5mm; margin: 3mm 0 5mm 0; }
.fact { flex: 1; background: #e6f1ed; border-top: 3pt solid #2a6f5b; padding: 3.5mm 4mm 4mm 4mm; }
.fact .big { font-size: 25pt; font-weight: 700; color: #12392f; line-height: 1.05; }
.fact .cap { font-size: 8.4pt; color: #33464f; margin-top: 1.5mm; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5pt solid #cfd9dd; }
.cols p { text-align: justify; }
.figref { font-weight: 700; color: #2a6f5b; }
table { border-collapse: collapse; width: 100%; margin: 1.5mm 0 1.5mm 0; font-size: 8.8pt; }
caption { caption-side: top; text-align: left; font-weight: 700; color: #12392f; padding-bottom: 1.5mm; font-size: 9.4pt; }
th { background: #2a6f5b; color: #fff; text-align: left; padding: 1.6mm 2mm; font-weight: 700; vertical-align: bottom; }
td { padding: 1.4mm 2mm; border-bottom: 0.5pt solid #b9c6cc; }
td.n, th.n { text-align: right; }
tr.total td { font-weight: 700; border-top: 1.2pt solid #12392f; border-bottom: 1.2pt solid #12392f; }
.src { font-size: 7.4pt; color: #5b6b75; margin: 0 0 4mm 0; }
.quote { margin: 5mm 10mm; padding: 4mm 6mm; border-left: 4pt solid #e0a526; background: #fdf6e4;
         font-size: 11.5pt; font-style: italic; color: #4a3a10; }
.quote .who { font-size: 8.4pt; font-style: normal; margin-top: 2mm; color: #6b5a2a; }
.figure { margin: 3mm 0 2mm 0; }
.figure .ftitle { font-weight: 700; color: #12392f; font-size: 9.4pt; margin-bottom: 1mm; }
.box { border: 0.8pt solid #2a6f5b; padding: 3mm 4mm; margin-top: 4mm; font-size: 8.8pt; }
"""


def page(n: int, body: str) -> str:
    return f"""
<div class="page">
  <div class="runhead"><span><b>Buckinghamshire Council</b> &nbsp;|&nbsp; Adult Social Care Market Position Statement 2026&ndash;2029</span>
  <span>Section 4: Carers and dementia</span></div>
  {body}
  <div class="runfoot"><span>Published March 2026 &middot; Version 2.1 &middot; www.buckinghamshire.gov.uk/mps</span>
  <span>Page {n} of 36</span></div>
</div>"""


def bar_chart() -> str:
    # Figure 4.1: unpaid carers by former district, 2011 and 2021. Axis ticks 0..20,000 by 4,000.
    data = [("Aylesbury Vale", 17640, 19215), ("Chiltern", 9120, 9780),
            ("South Bucks", 6480, 6905), ("Wycombe", 16310, 16480)]
    w, h = 560, 250
    left, bottom, top = 62, 205, 16
    ymax = 20000
    scale = (bottom - top) / ymax
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
             'font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="10">']
    for t in range(0, ymax + 1, 4000):
        y = bottom - t * scale
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - 10}" y2="{y:.1f}" stroke="#d5dee2" stroke-width="0.7"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 3.5:.1f}" text-anchor="end" fill="#33464f">{t:,}</text>')
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{w - 10}" y2="{bottom}" stroke="#12392f" stroke-width="1"/>')
    group = (w - 10 - left) / len(data)
    for i, (name, a, b) in enumerate(data):
        x0 = left + i * group + group * 0.2
        bw = group * 0.28
        parts.append(f'<rect x="{x0:.1f}" y="{bottom - a * scale:.1f}" width="{bw:.1f}" height="{a * scale:.1f}" fill="#9cc7b8"/>')
        parts.append(f'<rect x="{x0 + bw + 3:.1f}" y="{bottom - b * scale:.1f}" width="{bw:.1f}" height="{b * scale:.1f}" fill="#2a6f5b"/>')
        parts.append(f'<text x="{left + i * group + group / 2:.1f}" y="{bottom + 15}" text-anchor="middle" fill="#12392f">{name}</text>')
    parts.append(f'<text x="14" y="{(top + bottom) / 2:.0f}" transform="rotate(-90 14 {(top + bottom) / 2:.0f})" '
                 'text-anchor="middle" fill="#33464f">Unpaid carers</text>')
    parts.append(f'<rect x="{left + 10}" y="{h - 16}" width="10" height="8" fill="#9cc7b8"/>'
                 f'<text x="{left + 24}" y="{h - 8}" fill="#33464f">Census 2011</text>'
                 f'<rect x="{left + 110}" y="{h - 16}" width="10" height="8" fill="#2a6f5b"/>'
                 f'<text x="{left + 124}" y="{h - 8}" fill="#33464f">Census 2021</text>')
    parts.append("</svg>")
    return "".join(parts)


P1 = """
<h1>4. Carers and people living with dementia</h1>
<p class="lede">Who cares, how that is changing, and what we will buy to support them over the life of this statement.</p>
<div class="facts">
  <div class="fact"><div class="big">52,380</div><div class="cap">unpaid carers in Buckinghamshire (Census 2021)</div></div>
  <div class="fact"><div class="big">9.6%</div><div class="cap">of residents aged 5 and over give unpaid care</div></div>
  <div class="fact"><div class="big">8,410</div><div class="cap">people aged 65+ estimated to be living with dementia in 2025</div></div>
</div>
<div class="cols">
<h3>Unpaid carers</h3>
<p>The 2021 Census counted 52,380 people in Buckinghamshire giving unpaid care to a family member, friend or
neighbour, up from 49,550 in 2011. That is 9.6% of residents aged 5 and over, a little above the England figure
of 8.9% but below the 10.1% average of our CIPFA nearest neighbours.</p>
<p>The rise is not even across the county. <span class="figref">Figure 4.1</span> on page 15 shows the count in
each of the four former district areas at both censuses: Aylesbury Vale grew fastest, and South Bucks, the
smallest area, changed least.</p>
<p>Of the 2021 carers, 12,870 gave 50 or more hours of care a week. In 2025/26, 6,140 carers were known to adult
social care and 2,460 had a carer's assessment or review in the year. In our 2025 carers survey, 38% of the 1,212
carers who replied said they had not had a break in the last 12 months, and 61% said they would like more
information about support.</p>
<h3>People living with dementia</h3>
<p>We estimate that 8,410 people aged 65 and over in Buckinghamshire were living with dementia in 2025. On current
trends this will reach 11,260 by 2035, an increase of about a third; <span class="figref">Figure 4.2</span>
sets out the projection year by year.</p>
<p>At the end of January 2026, 5,190 people aged 65 and over were on GP dementia registers, a diagnosis rate
of 61.7% against the national ambition of 66.7%. The rate for the Thames Valley as a whole was 63.2%, and
for Oxfordshire 60.4%.</p>
<p>Memory assessment services saw 1,480 new referrals in 2025, with a median wait of 11 weeks from referral to
diagnosis. Carers of people with dementia make up around one in four of the carers we know.</p>
</div>
"""

P2 = """
<h2>4.1 Unpaid carers by area</h2>
<table>
<caption>Table 4.1: Unpaid carers by former district area, Census 2011 and Census 2021</caption>
<thead><tr><th>Area</th><th class="n">Carers 2011</th><th class="n">% of residents 2011</th>
<th class="n">Carers 2021</th><th class="n">% of residents 2021</th></tr></thead>
<tbody>
<tr><td>Aylesbury Vale</td><td class="n">17,640</td><td class="n">10.2%</td><td class="n">19,215</td><td class="n">9.7%</td></tr>
<tr><td>Chiltern</td><td class="n">9,120</td><td class="n">10.4%</td><td class="n">9,780</td><td class="n">10.0%</td></tr>
<tr><td>South Bucks</td><td class="n">6,480</td><td class="n">9.9%</td><td class="n">6,905</td><td class="n">9.6%</td></tr>
<tr><td>Wycombe</td><td class="n">16,310</td><td class="n">9.6%</td><td class="n">16,480</td><td class="n">9.2%</td></tr>
<tr class="total"><td>Buckinghamshire</td><td class="n">49,550</td><td class="n">10.0%</td><td class="n">52,380</td><td class="n">9.6%</td></tr>
</tbody></table>
<p class="src">Source: ONS, Census 2011 (QS301EW) and Census 2021 (TS039). 2021 figures best-fitted from wards to the
former district areas, which were replaced by Buckinghamshire Council in April 2020; rounded to the nearest 5.</p>
<div class="figure">
<div class="ftitle">Figure 4.1: Unpaid carers by former district area, 2011 and 2021</div>
""" + bar_chart() + """
</div>
<div class="quote">&ldquo;I have looked after my husband for 14 years. The two days a week at the day centre
are what keep me going &ndash; without them I could not carry on.&rdquo;
<div class="who">A carer from High Wycombe, carers survey 2025</div></div>
"""

P3 = """
<h2>4.2 Dementia: the next fifteen years</h2>
<table>
<caption>Table 4.2: People aged 65 and over estimated to be living with dementia, Buckinghamshire</caption>
<thead><tr><th>Year</th><th class="n">People aged 65+ with dementia</th><th class="n">Change from 2025</th></tr></thead>
<tbody>
<tr><td>2025</td><td class="n">8,410</td><td class="n">&ndash;</td></tr>
<tr><td>2030</td><td class="n">9,720</td><td class="n">+15.6%</td></tr>
<tr><td>2035</td><td class="n">11,260</td><td class="n">+33.9%</td></tr>
<tr><td>2040</td><td class="n">12,690</td><td class="n">+50.9%</td></tr>
</tbody></table>
<p class="src">Source: POPPI projections applied to ONS 2018-based subnational population projections.</p>

<h2>4.3 Housing with care</h2>
<p>Buckinghamshire has seven extra care housing schemes open, with 412 apartments between them, of which 48 are
designed for people living with dementia. Two more schemes are in development and will add 130 apartments.
Table 4.3 lists each scheme.</p>
<table>
<caption>Table 4.3: Extra care housing schemes, April 2026</caption>
<thead><tr><th>Scheme</th><th>Locality</th><th class="n">Units</th><th>Tenure</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Hartwell Gardens</td><td>Aylesbury</td><td class="n">78</td><td>Affordable rent</td><td>Open</td></tr>
<tr><td>Kingsbrook Court</td><td>Aylesbury</td><td class="n">64</td><td>Mixed tenure</td><td>Open</td></tr>
<tr><td>Misbourne Place</td><td>Amersham</td><td class="n">52</td><td>Shared ownership</td><td>Open</td></tr>
<tr><td>Wye Valley House</td><td>High Wycombe</td><td class="n">70</td><td>Affordable rent</td><td>Open</td></tr>
<tr><td>Rye Mill</td><td>High Wycombe</td><td class="n">48</td><td>Affordable rent</td><td>Open</td></tr>
<tr><td>Farnham Lodge</td><td>Farnham Common</td><td class="n">44</td><td>Mixed tenure</td><td>Open</td></tr>
<tr><td>Tingewick Row</td><td>Buckingham</td><td class="n">56</td><td>Affordable rent</td><td>Open</td></tr>
<tr class="total"><td>Total open</td><td></td><td class="n">412</td><td></td><td></td></tr>
<tr><td>Winslow Meadows</td><td>Winslow</td><td class="n">70</td><td>Mixed tenure</td><td>On site, opening 2027</td></tr>
<tr><td>Chesham Vale</td><td>Chesham</td><td class="n">60</td><td>Affordable rent</td><td>Planning approved</td></tr>
</tbody></table>
<p class="src">Units are self-contained apartments. Weekly rents range from &pound;142 to &pound;196; service charges from
&pound;38 a week. Waiting list at 1 April 2026: 163 applicants.</p>
<div class="box"><b>Benchmark.</b> Buckinghamshire has 4.1 extra care units per 1,000 people aged 75 and over, against 5.8 in
our nearest neighbours and 6.5 in the South East. Our Housing with Care Strategy aims for 6.0 per 1,000 by 2030.</div>
"""

P4 = """
<h2>4.4 Contracts coming up</h2>
<p>The table below shows when the main contracts in this section end and when we expect to go to market. Dates are
indicative and may move; we will publish each opportunity on the Buckinghamshire Business Portal and Find a Tender.</p>
<table>
<caption>Table 4.4: Commissioning timetable</caption>
<thead><tr><th>Service</th><th>Contract end</th><th>Procurement start</th><th>Go-live</th></tr></thead>
<tbody>
<tr><td>Carers Support Service</td><td>31 Mar 2027</td><td>Jun 2026</td><td>1 Apr 2027</td></tr>
<tr><td>Dementia Support Service</td><td>30 Sep 2027</td><td>Nov 2026</td><td>1 Oct 2027</td></tr>
<tr><td>Extra Care Care and Support</td><td>31 Mar 2028</td><td>Apr 2027</td><td>1 Apr 2028</td></tr>
</tbody></table>
<p class="src">Annual values: Carers Support Service &pound;1.42m; Dementia Support Service &pound;865,000; Extra Care Care
and Support &pound;3.9m across 7 schemes. Contract lengths 5 years with an option to extend by up to 24 months.</p>
<h3>Market engagement</h3>
<p>We will hold a provider event for all three services on 17 September 2026 at The Gateway, Gatehouse Road,
Aylesbury HP19 8FF, from 10am to 1pm. Places are limited to 60; please book by 4 September 2026.</p>
<div class="box"><b>Contact us.</b> Adult Social Care Commissioning, Buckinghamshire Council, Walton Street Offices,
Aylesbury HP20 1UA. Telephone 01296 395000 (option 3) &middot; commissioning@buckinghamshire.gov.uk.
This section was approved by the Cabinet Member for Health and Wellbeing on 24 February 2026 and will be reviewed in
March 2027.</div>
"""


def build() -> str:
    pages = [page(14, P1), page(15, P2), page(16, P3), page(17, P4)]
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>Buckinghamshire Council Market Position Statement 2026-2029, Section 4</title>"
            f"<style>{CSS}</style></head><body>{''.join(pages)}</body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
