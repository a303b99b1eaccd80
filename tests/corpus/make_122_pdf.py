"""Build tests/corpus/122_infographic_glance.pdf: the 'at a glance' pages of a made-up Shropshire Council
Market Position Statement, laid out as a designed PDF (HTML + CSS + inline SVG printed by headless Chromium).

Page 1 is an infographic grid of nine stat tiles (a big figure with its caption above or below it, some with a
small inline-SVG icon, some with a second smaller figure) and an SVG donut chart with its share in the centre and a
legend; page 2 a two-column narrative on unpaid carers and dementia with a carer's pull-quote; page 3 extra care
housing (a map placeholder with numbered pins and a key of schemes, and a 'What we want from providers' box);
page 4 a commissioning timetable as a designed table of rounded shaded rows and a contact strip.

Every figure, scheme, provider and person is invented. Only local system fonts are used
(Liberation Sans / DejaVu Sans); nothing is fetched. Run from the repository root:

    python tests/corpus/make_122_pdf.py    # writes the HTML to a temporary folder and prints it to the PDF

The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import math
import pathlib
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "122_infographic_glance.pdf"

CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.6pt;
       color: #222f3e; line-height: 1.38; }
.page { width: 210mm; height: 297mm; position: relative; padding: 22mm 15mm 20mm 15mm;
        page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.band { position: absolute; top: 0; left: 0; right: 0; height: 14mm; background: #1f4e79; color: #fff;
        font-size: 8.4pt; padding: 4.5mm 15mm 0 15mm; display: flex; justify-content: space-between; }
.band b { font-size: 10pt; }
.foot { position: absolute; bottom: 7mm; left: 15mm; right: 15mm; font-size: 7.6pt; color: #5d6d7e;
        display: flex; justify-content: space-between; }
.foot .pn { background: #1f4e79; color: #fff; border-radius: 50%; width: 7mm; height: 7mm; text-align: center;
            line-height: 7mm; font-weight: 700; font-size: 8.5pt; }
h1 { font-size: 24pt; color: #1f4e79; margin: 0 0 1mm 0; }
h2 { font-size: 14pt; color: #1f4e79; margin: 2mm 0 2.5mm 0; }
h3 { font-size: 10.8pt; color: #b03a2e; margin: 2.5mm 0 1.2mm 0; }
p { margin: 0 0 2.2mm 0; }
.lede { font-size: 10.5pt; color: #5d6d7e; margin-bottom: 4mm; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; }
.tile { background: #eaf1f8; border-radius: 4mm; padding: 4mm 4mm 3.5mm 4mm; min-height: 38mm; position: relative; }
.tile.alt { background: #fbeee6; }
.tile .cap { font-size: 8.6pt; color: #34495e; }
.tile .big { font-size: 26pt; font-weight: 700; color: #1f4e79; line-height: 1.1; margin: 1mm 0; }
.tile.alt .big { color: #b03a2e; }
.tile .sub { font-size: 8.2pt; color: #5d6d7e; margin-top: 1mm; }
.tile svg.icon { position: absolute; top: 3.5mm; right: 3.5mm; }
.donutwrap { display: flex; gap: 8mm; align-items: center; margin-top: 6mm; background: #f4f6f7;
             border-radius: 4mm; padding: 4mm 6mm; }
.donutwrap .dt { font-weight: 700; color: #1f4e79; font-size: 10pt; margin-bottom: 2mm; }
.legend { font-size: 9pt; }
.legend div { margin: 1.6mm 0; }
.legend i { display: inline-block; width: 3.2mm; height: 3.2mm; border-radius: 1mm; margin-right: 2mm;
            vertical-align: -0.4mm; }
.src { font-size: 7.4pt; color: #5d6d7e; margin-top: 3mm; }
.cols { column-count: 2; column-gap: 9mm; }
.cols p { text-align: left; }
.quote { break-inside: avoid; margin: 3mm 0 3mm 0; padding: 4mm 5mm; background: #fbeee6; border-radius: 3mm;
         font-size: 11pt; font-style: italic; color: #6e2c00; }
.quote .who { font-size: 8.2pt; font-style: normal; margin-top: 2mm; color: #873600; }
.mapkey { display: flex; gap: 6mm; }
.map { width: 82mm; height: 104mm; background: #eef3ee; border: 0.8pt dashed #7f8c8d; border-radius: 3mm;
       position: relative; flex: none; }
.key { flex: 1; font-size: 8.8pt; }
.key table { border-collapse: collapse; width: 100%; }
.key td { padding: 1.1mm 1.5mm; border-bottom: 0.4pt solid #d5dbdb; vertical-align: top; }
.key td.num { width: 7mm; }
.key td.num span { display: inline-block; width: 5mm; height: 5mm; border-radius: 50%; background: #1f4e79;
                   color: #fff; text-align: center; line-height: 5mm; font-size: 7.6pt; font-weight: 700; }
.key tr.plan td.num span { background: #b03a2e; }
.key td.u { text-align: right; }
.key .kh td { font-weight: 700; color: #1f4e79; border-bottom: 1pt solid #1f4e79; }
.want { margin-top: 6mm; border: 1.4pt solid #b03a2e; border-radius: 4mm; padding: 4mm 6mm; background: #fdf7f4; }
.want h3 { margin-top: 0; }
.want ul { margin: 1mm 0 0 0; padding-left: 5mm; }
.want li { margin: 1mm 0; }
.tt { border-collapse: separate; border-spacing: 0 2.2mm; width: 100%; font-size: 8.8pt; }
.tt th { text-align: left; color: #1f4e79; font-size: 8.2pt; padding: 0 2.5mm; vertical-align: bottom; }
.tt td { background: #eaf1f8; padding: 2.6mm 2.5mm; }
.tt tr:nth-child(even) td { background: #d6e4f0; }
.tt td:first-child { border-radius: 3mm 0 0 3mm; font-weight: 700; }
.tt td:last-child { border-radius: 0 3mm 3mm 0; }
.contact { margin-top: 8mm; background: #1f4e79; color: #fff; border-radius: 4mm; padding: 4mm 6mm;
           display: flex; justify-content: space-between; font-size: 9pt; }
.contact b { font-size: 10pt; }
"""


def band(section: str) -> str:
    return (f'<div class="band"><span><b>Shropshire Council</b> &nbsp; Market Position Statement 2026&ndash;2029'
            f'</span><span>{section}</span></div>')


def foot(n: int) -> str:
    return (f'<div class="foot"><span>Shropshire Council &middot; Adult Social Care &middot; Market Position '
            f'Statement 2026&ndash;2029 &middot; published January 2026</span><span class="pn">{n}</span></div>')


def icon(kind: str) -> str:
    """A small inline-SVG icon, 11 mm square; some hold a number as text (a clock's 24, a house's 65+)."""
    head = ('<svg class="icon" xmlns="http://www.w3.org/2000/svg" width="42" height="42" viewBox="0 0 42 42" '
            'font-family="Liberation Sans, DejaVu Sans, sans-serif">')
    if kind == "heart":
        body = ('<circle cx="21" cy="21" r="20" fill="#1f4e79"/>'
                '<path d="M21 31 L11 21 A5.5 5.5 0 0 1 21 14 A5.5 5.5 0 0 1 31 21 Z" fill="#fff"/>')
    elif kind == "brain":
        body = ('<circle cx="21" cy="21" r="20" fill="#b03a2e"/>'
                '<ellipse cx="21" cy="20" rx="11" ry="8.5" fill="none" stroke="#fff" stroke-width="2"/>'
                '<path d="M21 12 V28 M14 16 Q18 20 14 24 M28 16 Q24 20 28 24" stroke="#fff" stroke-width="1.6" fill="none"/>')
    elif kind == "clock":
        body = ('<circle cx="21" cy="21" r="20" fill="#b03a2e"/><circle cx="21" cy="21" r="13" fill="#fff"/>'
                '<text x="21" y="25.5" text-anchor="middle" font-size="12" font-weight="700" fill="#b03a2e">24</text>')
    elif kind == "house":
        body = ('<circle cx="21" cy="21" r="20" fill="#1f4e79"/>'
                '<path d="M9 21 L21 10 L33 21 V32 H9 Z" fill="#fff"/>'
                '<text x="21" y="29" text-anchor="middle" font-size="9" font-weight="700" fill="#1f4e79">65+</text>')
    else:  # people
        body = ('<circle cx="21" cy="21" r="20" fill="#1f4e79"/><circle cx="16" cy="16" r="4" fill="#fff"/>'
                '<circle cx="27" cy="16" r="4" fill="#fff"/><path d="M9 31 Q16 20 23 31 Z M20 31 Q27 20 34 31 Z" fill="#fff"/>')
    return head + body + "</svg>"


def donut() -> str:
    """Unpaid carers by hours of care a week: three arcs, the 50+ share printed in the centre."""
    parts = [('19 hours or less', 55.8, "#aed6f1"), ('20 to 49 hours', 16.6, "#5dade2"), ('50 or more hours', 27.5, "#b03a2e")]
    r, cx, cy, sw = 54, 75, 75, 26
    circ = 2 * math.pi * r
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150" viewBox="0 0 150 150" '
           'font-family="Liberation Sans, DejaVu Sans, sans-serif">']
    start = 0.0
    for _, pct, colour in parts:
        length = circ * pct / 100
        out.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="none" stroke="{colour}" stroke-width="{sw}" '
                   f'stroke-dasharray="{length:.2f} {circ - length:.2f}" stroke-dashoffset="{-start:.2f}" '
                   f'transform="rotate(-90 {cx} {cy})"/>')
        start += length
    out.append(f'<text x="{cx}" y="{cy + 2}" text-anchor="middle" font-size="21" font-weight="700" fill="#b03a2e">27.5%</text>')
    out.append(f'<text x="{cx}" y="{cy + 16}" text-anchor="middle" font-size="8.5" fill="#34495e">care 50+ hours</text>')
    out.append("</svg>")
    return "".join(out)


def map_svg() -> str:
    """A map placeholder: a county outline with numbered pins (open schemes blue, planned red)."""
    pins = [(1, 150, 150, "o"), (2, 78, 70, "o"), (3, 140, 330, "o"), (4, 236, 250, "o"), (5, 118, 52, "o"),
            (6, 246, 60, "o"), (7, 168, 170, "o"), (8, 150, 255, "o"), (9, 176, 82, "p"), (10, 186, 30, "p"),
            (11, 272, 178, "p")]
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="310" height="393" viewBox="0 0 310 393" '
           'font-family="Liberation Sans, DejaVu Sans, sans-serif">',
           '<path d="M70 25 L190 12 L270 40 L292 150 L278 250 L200 300 L170 372 L110 360 L84 280 L40 230 '
           'L30 120 Z" fill="#d5e8d4" stroke="#7f8c8d" stroke-width="1.2"/>',
           '<text x="155" y="388" text-anchor="middle" font-size="9" fill="#7f8c8d">Map for illustration only</text>']
    for n, x, y, kind in pins:
        colour = "#1f4e79" if kind == "o" else "#b03a2e"
        out.append(f'<circle cx="{x}" cy="{y}" r="9" fill="{colour}" stroke="#fff" stroke-width="1.5"/>'
                   f'<text x="{x}" y="{y + 3.5}" text-anchor="middle" font-size="10" font-weight="700" fill="#fff">{n}</text>')
    out.append("</svg>")
    return "".join(out)


P1 = """
<h1>Shropshire at a glance</h1>
<p class="lede">The numbers behind this statement: who needs care and support, who gives it, and what is there now.</p>
<div class="grid">
  <div class="tile"><div class="cap">Residents (mid-2024 estimate)</div><div class="big">329,100</div>
    <div class="sub">3,197 km&sup2; &ndash; one of the most rural unitary areas</div></div>
  <div class="tile">""" + icon("heart") + """<div class="big">33,220</div><div class="cap">unpaid carers (Census 2021)</div>
    <div class="sub">(2011: 31,240)</div></div>
  <div class="tile"><div class="cap">Residents aged 5+ giving unpaid care</div><div class="big">10.6%</div>
    <div class="sub">England: 8.9%</div></div>
  <div class="tile"><div class="big">9,140</div><div class="cap">carers give 50 or more hours of care a week (2021)</div>
    <div class="sub">up 6% since 2011</div></div>
  <div class="tile alt">""" + icon("brain") + """<div class="big">4,870</div>
    <div class="cap">people aged 65+ living with dementia (2025 estimate)</div><div class="sub">up 41% by 2040</div></div>
  <div class="tile alt"><div class="cap">Dementia diagnosis rate, March 2026</div><div class="big">58.9%</div>
    <div class="sub">National ambition 66.7%</div></div>
  <div class="tile alt">""" + icon("clock") + """<div class="big">2,960</div>
    <div class="cap">beds in 84 care homes for older people</div><div class="sub">89% occupied</div></div>
  <div class="tile">""" + icon("house") + """<div class="big">8</div><div class="cap">extra care housing schemes open</div>
    <div class="sub">486 apartments</div></div>
  <div class="tile"><div class="cap">Carers who feel valued and supported</div><div class="big">71%</div>
    <div class="sub">Carers Survey 2024-25, 412 replies</div></div>
</div>
<div class="donutwrap">
  """ + donut() + """
  <div><div class="dt">Unpaid carers by hours of care a week, Census 2021</div>
  <div class="legend">
    <div><i style="background:#aed6f1"></i>19 hours or less a week &nbsp; 18,550 (55.8%)</div>
    <div><i style="background:#5dade2"></i>20 to 49 hours a week &nbsp; 5,530 (16.6%)</div>
    <div><i style="background:#b03a2e"></i>50 or more hours a week &nbsp; 9,140 (27.5%)</div>
  </div></div>
</div>
<p class="src">Sources: ONS mid-year estimates 2024; Census 2021 (TS039) and 2011; POPPI 2025; NHS England Recorded
Dementia Diagnoses, March 2026; CQC care directory, December 2025; Shropshire Carers Survey 2024-25.</p>
"""

P2 = """
<h2>Carers and people living with dementia</h2>
<div class="cols">
<h3>Unpaid carers</h3>
<p>The 2021 Census counted 33,220 people in Shropshire giving unpaid care, up from 31,240 in 2011. That is 10.6% of
residents aged 5 and over, above the England figure of 8.9%. More than a quarter of them, 9,140 people, care for
50 or more hours a week, and one carer in four is aged 65 or over.</p>
<p>Many carers never come to us. In 2025/26, 2,140 carers were known to adult social care and 1,390 had a carer's
assessment or review in the year. The Carers Hub supported 1,860 carers in the same year, most of them through its
advice line and six drop-in sessions a month across the county.</p>
<p>Caring is hardest where services are furthest away: a carer in the south-west of the county can live 25 miles
from the nearest day centre, and carers told us transport is the first thing they would change.</p>
<div class="quote">&ldquo;I have cared for my mum for 12 years, 7 days a week. Since her diagnosis at 81 she needs
me 3 or 4 times most nights. Two mornings at the day centre are the only time I get to myself.&rdquo;
<div class="who">A carer from Oswestry, Carers Survey 2024-25</div></div>
<h3>People living with dementia</h3>
<p>We estimate that 4,870 people aged 65 and over in Shropshire were living with dementia in 2025, around one in
14 of that age group. As the county ages this is projected to rise to 5,790 by 2030 and to 6,870 by 2040, an
increase of 41% in fifteen years, with the fastest growth among people aged 85 and over.</p>
<p>In March 2026, 2,868 people aged 65 and over had a dementia diagnosis recorded on a GP register. That gives
a diagnosis rate of 58.9%, below both the national ambition of 66.7% and the rate for England of 64.8%; the
West Midlands rate was 63.1%. Closing the gap to the ambition would mean around 380 more people with a
diagnosis.</p>
<p>Referrals to the memory service rose to 1,120 in 2025/26, and the average wait from referral to diagnosis
was 14 weeks against a target of 6. People with dementia occupy roughly two in three of the county&rsquo;s care
home beds for older people.</p>
</div>
"""

SCHEMES = [
    (1, "Quarry Fields", "Shrewsbury", 80, "Open 2009"),
    (2, "Lantern House", "Oswestry", 62, "Open 2011"),
    (3, "Meadow Brook Court", "Ludlow", 54, "Open 2014"),
    (4, "Castle Walk", "Bridgnorth", 58, "Open 2016"),
    (5, "Mere View", "Ellesmere", 45, "Open 2017"),
    (6, "Weavers Yard", "Market Drayton", 66, "Open 2019"),
    (7, "Longden Gardens", "Shrewsbury", 71, "Open 2021"),
    (8, "Clee Rise", "Church Stretton", 50, "Open 2023"),
    (9, "Roden Place", "Wem", 60, "Planned 2027"),
    (10, "Hawthorn Green", "Whitchurch", 70, "Planned 2028"),
    (11, "Idsall Court", "Shifnal", 56, "Planned 2029"),
]


def key_table() -> str:
    rows = ['<tr class="kh"><td></td><td>Scheme</td><td>Town</td><td class="u">Units</td><td>Status</td></tr>']
    for n, name, town, units, status in SCHEMES:
        cls = ' class="plan"' if status.startswith("Planned") else ""
        rows.append(f'<tr{cls}><td class="num"><span>{n}</span></td><td>{name}</td><td>{town}</td>'
                    f'<td class="u">{units}</td><td>{status}</td></tr>')
    return "<table>" + "".join(rows) + "</table>"


P3 = """
<h2>Extra care housing</h2>
<p>Extra care housing gives older people a home of their own with care on site, 24 hours a day. Shropshire has 8
schemes open with 486 apartments, 64 of them designed for people living with dementia, and 3 more schemes are
planned, which will add 186 apartments by 2029.</p>
<div class="mapkey">
  <div class="map">""" + map_svg() + """</div>
  <div class="key"><div style="font-weight:700;color:#1f4e79;margin-bottom:1.5mm">Key to the map</div>
  """ + key_table() + """
  <p class="src">Open: 8 schemes, 486 units. Planned: 3 schemes, 186 units.<br>
  Shropshire has 11.8 extra care units per 1,000 people aged 75 and over.</p></div>
</div>
<div class="want">
<h3>What we want from providers</h3>
<p>Our housing with care needs assessment estimates that Shropshire needs a further 240 extra care units by 2030,
beyond the three schemes already planned, to reach 16 units per 1,000 people aged 75 and over. We want to hear from
registered providers and developers who can:</p>
<ul>
<li>bring forward schemes of at least 50 units in Oswestry, Bridgnorth and the south of the county;</li>
<li>design at least 20% of apartments for people living with dementia;</li>
<li>keep weekly rents and service charges within Local Housing Allowance (currently about &pound;165 a week
for one bedroom) and work with our care and support provider on site.</li>
</ul>
<p>Capital support of up to &pound;1.5m is available from the council&rsquo;s Housing with Care Fund for schemes
that start on site before March 2028.</p>
</div>
"""

P4 = """
<h2>Commissioning timetable</h2>
<p>When our main contracts in this statement end and when we expect to go to market. Dates are indicative; every
opportunity will be published on Find a Tender and the council&rsquo;s e-tendering portal.</p>
<table class="tt">
<thead><tr><th>Service</th><th>Current contract ends</th><th>Market engagement</th><th>Tender opens</th>
<th>Contract award</th><th>New service starts</th></tr></thead>
<tbody>
<tr><td>Carers Support Service</td><td>31/03/2028</td><td>Autumn 2026</td><td>Apr 2027</td><td>Oct 2027</td><td>01/04/2028</td></tr>
<tr><td>Dementia Advice and Support</td><td>30/09/2027</td><td>Summer 2026</td><td>Jan 2027</td><td>May 2027</td><td>01/10/2027</td></tr>
<tr><td>Extra Care Care and Support</td><td>31/03/2029</td><td>Spring 2027</td><td>Autumn 2027</td><td>Apr 2028</td><td>01/04/2029</td></tr>
</tbody></table>
<p class="src">Annual contract values: Carers Support Service &pound;1.1m; Dementia Advice and Support &pound;640,000; Extra
Care Care and Support &pound;4.2m across 11 schemes when all are open. Contracts will run for 5 years with the option
to extend for up to 2 more.</p>
<p>A provider briefing on all three services will be held on 15 October 2026; book by 1 October 2026.</p>
<div class="contact">
<div><b>Talk to us</b><br>All Age Commissioning Team, Shropshire Council<br>Riverside House, Shrewsbury SY1 4ZX</div>
<div style="text-align:right">Telephone 01743 250617<br>commissioning@shropshire.example<br>Text relay 18001 01743 250617</div>
</div>
"""


def build() -> str:
    pages = [P1, P2, P3, P4]
    body = "".join(
        f'<div class="page">{band("At a glance")}{p}{foot(n)}</div>' for n, p in enumerate(pages, start=3))
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>Shropshire Council Market Position Statement 2026-2029: at a glance</title>"
            f"<style>{CSS}</style></head><body>{body}</body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
