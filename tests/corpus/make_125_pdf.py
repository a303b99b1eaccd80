"""Build tests/corpus/125_slides_pdf.pdf: a made-up Sefton Council provider forum presentation, as a
PowerPoint deck exported to PDF (16:9 slides, every text box placed absolutely on the slide).

Every figure, scheme, provider and person is invented; the localities are only the geography the
figures are attached to. Only local system fonts are used (Liberation Sans / DejaVu Sans); nothing is
fetched. Run from the repository root:

    python tests/corpus/make_125_pdf.py    # writes the HTML to a temporary folder and prints it to the PDF

The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import pathlib
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "125_slides_pdf.pdf"

# PowerPoint's widescreen slide: 13.333 in x 7.5 in.
CSS = """
@page { size: 338.7mm 190.5mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1f2a44; }
.slide { width: 338.7mm; height: 190.5mm; position: relative; overflow: hidden; page-break-after: always;
         background: #ffffff; }
.slide:last-child { page-break-after: auto; }
.band { position: absolute; left: 0; top: 0; width: 338.7mm; height: 6mm; background: #00557f; }
.title { position: absolute; left: 16mm; top: 12mm; width: 300mm; font-size: 27pt; font-weight: 700; color: #00557f; }
.sub { position: absolute; left: 16mm; top: 27mm; width: 300mm; font-size: 14pt; color: #4a5a78; }
.tb { position: absolute; font-size: 14pt; line-height: 1.3; }
.tb h3 { margin: 0 0 2.5mm 0; font-size: 15pt; color: #00557f; }
.tb ul { margin: 0; padding-left: 6mm; }
.tb li { margin-bottom: 2mm; }
.stat { position: absolute; background: #e4eff5; border-left: 2.5mm solid #00a3a1; padding: 4mm 5mm; }
.stat .n { font-size: 34pt; font-weight: 700; color: #00557f; line-height: 1.05; }
.stat .c { font-size: 13pt; color: #1f2a44; margin-top: 1.5mm; line-height: 1.25; }
.foot { position: absolute; left: 16mm; bottom: 6mm; font-size: 9pt; color: #6b7a90; }
.num { position: absolute; right: 12mm; bottom: 5mm; width: 9mm; height: 9mm; border-radius: 50%;
       background: #00557f; color: #fff; font-size: 10pt; font-weight: 700; text-align: center; line-height: 9mm; }
.logo { position: absolute; right: 16mm; top: 11mm; font-size: 12pt; font-weight: 700; color: #00a3a1; }
table { border-collapse: collapse; font-size: 13pt; }
th { background: #00557f; color: #fff; text-align: left; padding: 2.2mm 4mm; }
td { padding: 2mm 4mm; border-bottom: 0.6pt solid #b8c7d6; }
td.n, th.n { text-align: right; }
tr.total td { font-weight: 700; border-top: 1.2pt solid #00557f; }
.box { position: absolute; width: 56mm; height: 30mm; background: #00a3a1; color: #fff; border-radius: 2mm;
       padding: 3mm 4mm; font-size: 13pt; line-height: 1.25; }
.box b { display: block; font-size: 15pt; }
.box.done { background: #8fa3b8; }
"""

FOOTER = "Sefton Council &nbsp;|&nbsp; Adult Social Care Provider Forum &nbsp;|&nbsp; 12 February 2026"


def slide(n: int, body: str, title: str = "", sub: str = "") -> str:
    head = f'<div class="title">{title}</div>' if title else ""
    head += f'<div class="sub">{sub}</div>' if sub else ""
    return f"""
<div class="slide">
  <div class="band"></div>
  {head}
  {body}
  <div class="foot">{FOOTER}</div>
  <div class="num">{n}</div>
</div>"""


def bar_chart() -> str:
    # People aged 65+ estimated to be living with dementia by locality, 2025; data labels on the bars,
    # axis ticks 0..2,500 by 500, category labels under the bars.
    data = [("Bootle", 1120), ("Crosby", 1340), ("Formby", 610), ("Sefton East", 900), ("Southport", 2050)]
    w, h = 640, 330
    left, bottom, top = 70, 285, 20
    ymax = 2500
    scale = (bottom - top) / ymax
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
             'font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="13">']
    for t in range(0, ymax + 1, 500):
        y = bottom - t * scale
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - 10}" y2="{y:.1f}" stroke="#d9e2ea" stroke-width="0.8"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4.5:.1f}" text-anchor="end" fill="#4a5a78">{t:,}</text>')
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{w - 10}" y2="{bottom}" stroke="#1f2a44" stroke-width="1.2"/>')
    group = (w - 10 - left) / len(data)
    for i, (name, v) in enumerate(data):
        bw = group * 0.56
        x0 = left + i * group + (group - bw) / 2
        y0 = bottom - v * scale
        parts.append(f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{bw:.1f}" height="{v * scale:.1f}" fill="#00a3a1"/>')
        parts.append(f'<text x="{x0 + bw / 2:.1f}" y="{y0 + 18:.1f}" text-anchor="middle" fill="#ffffff" '
                     f'font-weight="700" font-size="14">{v:,}</text>')
        parts.append(f'<text x="{x0 + bw / 2:.1f}" y="{bottom + 20}" text-anchor="middle" fill="#1f2a44">{name}</text>')
    parts.append("</svg>")
    return "".join(parts)


S1 = """
<div class="tb" style="left:24mm; top:52mm; width:280mm;">
  <div style="font-size:40pt; font-weight:700; color:#00557f; line-height:1.1;">Market Update 2026</div>
  <div style="font-size:22pt; color:#00a3a1; margin-top:4mm;">Carers, dementia and housing with care</div>
</div>
<div class="tb" style="left:24mm; top:112mm; width:170mm; font-size:15pt; color:#4a5a78;">
  Adult Social Care Provider Forum<br>Bootle Town Hall, 12 February 2026, 10am to 12.30pm
</div>
<div class="tb" style="left:210mm; top:112mm; width:110mm; font-size:15pt; color:#4a5a78;">
  Presented by the Commissioning<br>and Contracts Team
</div>
<div class="logo">Sefton Council</div>
"""

S2 = """
<div class="stat" style="left:16mm; top:44mm; width:94mm; height:42mm;">
  <div class="n">28,760</div><div class="c">unpaid carers in Sefton<br>(Census 2021)</div></div>
<div class="stat" style="left:122mm; top:44mm; width:94mm; height:42mm;">
  <div class="n">10.8%</div><div class="c">of residents aged 5+ give<br>unpaid care (England 8.9%)</div></div>
<div class="stat" style="left:228mm; top:44mm; width:94mm; height:42mm;">
  <div class="n">9,310</div><div class="c">carers give 50 or more<br>hours of care a week</div></div>
<div class="tb" style="left:16mm; top:98mm; width:94mm;">
  <h3>Who cares</h3>
  <ul><li>6,940 carers are aged 65 and over</li>
  <li>Up from 26,980 carers in 2011</li></ul></div>
<div class="tb" style="left:122mm; top:98mm; width:94mm;">
  <h3>Known to us</h3>
  <ul><li>4,870 carers known to adult social care in 2025/26</li>
  <li>1,920 carers&rsquo; assessments completed in the year</li></ul></div>
<div class="tb" style="left:228mm; top:98mm; width:94mm;">
  <h3>What carers told us</h3>
  <ul><li>530 carers answered our 2025 survey</li>
  <li>41% had not had a break in the last 12 months</li></ul></div>
"""

S3 = """
<div class="tb" style="left:16mm; top:46mm; width:140mm; text-align:center;">
  <div style="font-size:96pt; font-weight:700; color:#00a3a1; line-height:1;">6,020</div>
  <div style="font-size:18pt; margin-top:4mm;">people aged 65 and over estimated to be living with dementia in Sefton in 2025</div>
</div>
<div class="stat" style="left:176mm; top:44mm; width:146mm; height:28mm;">
  <div class="c" style="font-size:16pt; margin:0;">Rising to <b>7,480</b> by 2035, an increase of 24%</div></div>
<div class="stat" style="left:176mm; top:78mm; width:146mm; height:28mm;">
  <div class="c" style="font-size:16pt; margin:0;"><b>4,110</b> people on GP dementia registers (December 2025)</div></div>
<div class="stat" style="left:176mm; top:112mm; width:146mm; height:28mm;">
  <div class="c" style="font-size:16pt; margin:0;">Diagnosis rate <b>68.3%</b>, against the national ambition of 66.7%</div></div>
"""

S4 = """
<div style="position:absolute; left:16mm; top:40mm; width:180mm;">""" + bar_chart() + """</div>
<div class="tb" style="left:206mm; top:46mm; width:116mm;">
  <h3>What the chart shows</h3>
  <ul><li>Southport has the most people living with dementia and the oldest population</li>
  <li>Formby&rsquo;s figure is the smallest but grows fastest to 2035</li>
  <li>Our dementia day opportunities are concentrated in Bootle and Southport</li></ul></div>
<div class="tb" style="left:16mm; top:160mm; width:180mm; font-size:10pt; color:#6b7a90;">
  Source: POPPI prevalence rates applied to ONS 2022-based population estimates by locality</div>
"""

S5 = """
<div style="position:absolute; left:16mm; top:42mm; width:190mm;">
<table style="width:190mm;">
<thead><tr><th>Scheme</th><th class="n">Units</th><th>Status</th></tr></thead>
<tbody>
<tr><td>Marine Lake Court, Southport</td><td class="n">72</td><td>Open</td></tr>
<tr><td>Rimrose View, Bootle</td><td class="n">64</td><td>Open</td></tr>
<tr><td>Hightown Gardens, Crosby</td><td class="n">58</td><td>Open</td></tr>
<tr><td>Alt Park House, Maghull</td><td class="n">66</td><td>Open</td></tr>
<tr><td>Ainsdale Dunes, Southport</td><td class="n">58</td><td>Open</td></tr>
<tr class="total"><td>Total open</td><td class="n">318</td><td></td></tr>
<tr><td>Netherton Green, Bootle</td><td class="n">80</td><td>Planned, opening 2028</td></tr>
</tbody></table></div>
<div class="tb" style="left:218mm; top:42mm; width:104mm;">
  <h3>At a glance</h3>
  <ul><li>5 schemes open with 318 apartments</li>
  <li>36 apartments designed for people living with dementia</li>
  <li>1 further scheme planned, adding 80 apartments by 2028</li>
  <li>Waiting list: 147 applicants</li></ul></div>
"""

S6 = """
<div style="position:absolute; left:16mm; top:88mm; width:300mm; height:4mm; background:#1f2a44;"></div>
<div style="position:absolute; left:312mm; top:84mm; width:0; height:0; border-top:6mm solid transparent;
            border-bottom:6mm solid transparent; border-left:10mm solid #1f2a44;"></div>
<div class="box done" style="left:16mm; top:50mm;"><b>Jan 2026</b>Market engagement</div>
<div class="box" style="left:76mm; top:98mm;"><b>Mar 2026</b>Tender published</div>
<div class="box" style="left:136mm; top:50mm;"><b>May 2026</b>Tender closes</div>
<div class="box" style="left:196mm; top:98mm;"><b>Jul 2026</b>Contract award</div>
<div class="box" style="left:256mm; top:50mm;"><b>Oct 2026</b>Contract start</div>
<div class="tb" style="left:16mm; top:140mm; width:150mm; font-size:12.5pt;">
  Current contracts end 30 September 2026. Estimated value &pound;4.2m a year across 5 schemes;
  5 years with the option to extend by 2 years.</div>
<div class="tb" style="left:176mm; top:140mm; width:146mm; font-size:12.5pt;">
  Also coming up: Carers Support Service &ndash; current contract ends 31 March 2027, tender September 2026.</div>
"""

S7 = """
<div class="tb" style="left:24mm; top:40mm; width:150mm;">
  <div style="font-size:54pt; font-weight:700; color:#00557f;">Questions?</div>
  <div style="font-size:16pt; margin-top:6mm; color:#4a5a78;">Thank you to the 74 providers who joined us today.</div>
</div>
<div class="tb" style="left:190mm; top:46mm; width:132mm; font-size:16pt;">
  <h3>Contact the team</h3>
  commissioning@sefton.gov.uk<br>Tel: 0151 934 4477<br><br>
  Next provider forum: 14 May 2026<br>Slides at www.sefton.gov.uk/providerforum
</div>
"""


def build() -> str:
    slides = [
        slide(1, S1),
        slide(2, S2, "Unpaid carers in Sefton"),
        slide(3, S3, "Dementia: the picture in 2025"),
        slide(4, S4, "Dementia by locality", "People aged 65 and over estimated to be living with dementia, 2025"),
        slide(5, S5, "Extra care housing", "Schemes in Sefton, February 2026"),
        slide(6, S6, "Extra care care and support: timeline 2026"),
        slide(7, S7),
    ]
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>Sefton Council Provider Forum, February 2026</title>"
            f"<style>{CSS}</style></head><body>{''.join(slides)}</body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
