"""Build tests/corpus/147_provider_forum_slides.pdf: a made-up Cambridgeshire County Council care provider forum
slide deck as PowerPoint exports it to PDF (HTML + CSS + inline SVG printed by headless Chromium).

Twelve 16:9 slides (13.333in x 7.5in), one a page, each with a title and a footer (the council's name and the
forum on the left, the slide number on the right): a title slide with the forum's date, venue and times; an agenda
of numbered items with times; a 'where we are' slide with attendance and a rating; a 'big number' carers slide (a
huge figure over a short caption, a strip of two smaller figures below); a two-column carers slide (text left, a
district table right); a two-column slide with a horizontal bar chart of survey shares (data labels at the bar ends);
a 'big number' dementia slide with a strip of the projection and the population aged 65+; a two-column diagnosis
slide (text left, a bar chart of district rates with an ambition line right); an extra care slide (text left, a
district table of schemes and flats right, a planned scheme in a box); a timeline slide (a horizontal arrow of
milestones, month over event, alternately above and below) for an extra care care-and-support contract with a
text box of the current end and the new term; a 'what we want from providers' slide with rates, hours and money;
an 'Any questions?' slide with an email, a phone and speaker-note-like small print.

Every figure, scheme and name is invented; Cambridgeshire and its districts appear only as geography. Only local
system fonts are used; nothing is fetched. Run from the repository root:

    python tests/corpus/make_147_pdf.py

The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import pathlib
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "147_provider_forum_slides.pdf"

FOOTER = "Cambridgeshire County Council &middot; Care Provider Forum, 12 March 2026"

CSS = """
@page { size: 13.333in 7.5in; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1d2b3a; }
.slide { width: 13.333in; height: 7.5in; position: relative; overflow: hidden; page-break-after: always;
         padding: 0.55in 0.7in 0.7in 0.7in; }
.slide:last-child { page-break-after: auto; }
.bar { position: absolute; top: 0; left: 0; right: 0; height: 0.18in; background: #6a1b9a; }
h1 { font-size: 30pt; color: #6a1b9a; margin: 0 0 0.25in 0; }
.foot { position: absolute; left: 0.7in; right: 0.7in; bottom: 0.28in; font-size: 9pt; color: #6b7280;
        display: flex; justify-content: space-between; border-top: 0.6pt solid #d1d5db; padding-top: 0.06in; }
.foot .n { font-weight: 700; color: #6a1b9a; }
ul { margin: 0; padding-left: 0.3in; font-size: 17pt; line-height: 1.45; }
li { margin-bottom: 0.08in; }
.cols { display: flex; gap: 0.5in; }
.cols .l { flex: 1 1 45%; font-size: 16pt; line-height: 1.4; }
.cols .r { flex: 1 1 55%; }
.big { text-align: center; margin-top: 0.35in; }
.big .n { font-size: 96pt; font-weight: 700; color: #6a1b9a; line-height: 1; }
.big .c { font-size: 22pt; color: #374151; margin-top: 0.1in; }
.strip { display: flex; justify-content: center; gap: 1.4in; margin-top: 0.45in; text-align: center; }
.strip .n { font-size: 36pt; font-weight: 700; color: #0e7490; }
.strip .c { font-size: 14pt; color: #374151; }
table { border-collapse: collapse; width: 100%; font-size: 15pt; }
th { background: #6a1b9a; color: #fff; text-align: left; padding: 0.07in 0.12in; font-weight: 700; }
td { padding: 0.06in 0.12in; border-bottom: 0.6pt solid #d1d5db; }
td.v, th.v { text-align: right; }
tr.tot td { font-weight: 700; border-top: 1.2pt solid #6a1b9a; }
.box { background: #f3e8ff; border-radius: 0.12in; padding: 0.15in 0.2in; font-size: 15pt; margin-top: 0.2in; }
.small { font-size: 9.5pt; color: #6b7280; line-height: 1.35; }
.title-slide { background: #6a1b9a; color: #fff; }
.title-slide h1 { color: #fff; font-size: 40pt; margin-top: 1.3in; }
.title-slide .sub { font-size: 22pt; margin-top: 0.15in; }
.title-slide .when { font-size: 16pt; margin-top: 0.6in; color: #e9d5ff; }
.title-slide .foot { color: #e9d5ff; border-top-color: #a78bfa; }
.title-slide .foot .n { color: #fff; }
.agenda td { font-size: 16pt; padding: 0.07in 0.15in; }
.agenda td.t { width: 1.6in; color: #6a1b9a; font-weight: 700; }
.agenda td.i { width: 0.5in; }
.tl { position: relative; height: 3.2in; margin-top: 0.2in; }
.tl .arrow { position: absolute; top: 1.55in; left: 0; right: 0.3in; height: 0.14in; background: #0e7490; }
.tl .head { position: absolute; top: 1.43in; right: 0; width: 0; height: 0; border-top: 0.19in solid transparent;
            border-bottom: 0.19in solid transparent; border-left: 0.35in solid #0e7490; }
.tl .m { position: absolute; width: 2.3in; text-align: center; font-size: 15pt; }
.tl .m b { display: block; font-size: 18pt; color: #6a1b9a; }
.tl .up { top: 0.25in; }
.tl .down { top: 1.95in; }
.q { text-align: center; font-size: 54pt; font-weight: 700; color: #6a1b9a; margin-top: 0.9in; }
.qc { text-align: center; font-size: 18pt; margin-top: 0.3in; }
"""


def foot(n: int) -> str:
    return f'<div class="foot"><span>{FOOTER}</span><span class="n">{n}</span></div>'


def hbars(rows: list[tuple[str, float]], maximum: float, line: tuple[float, str] | None = None,
          width: int = 620, row_h: int = 46) -> str:
    """A horizontal bar chart: the label left of each bar, the value as a data label at the bar's end; an optional
    dashed reference line with its own label at the top."""
    left, top = 210, 34
    scale = (width - left - 70) / maximum
    h = top + row_h * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" viewBox="0 0 {width} {h}" '
             'font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="17">']
    for i, (name, value) in enumerate(rows):
        y = top + i * row_h
        w = value * scale
        parts.append(f'<text x="{left - 10}" y="{y + 24}" text-anchor="end" fill="#1d2b3a">{name}</text>')
        parts.append(f'<rect x="{left}" y="{y + 6}" width="{w:.1f}" height="26" fill="#0e7490" rx="3"/>')
        parts.append(f'<text x="{left + w + 8:.1f}" y="{y + 25}" fill="#0e7490" font-weight="700">{value:g}%</text>')
    if line:
        x = left + line[0] * scale
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{h - 6}" stroke="#b91c1c" '
                     'stroke-width="2" stroke-dasharray="6,4"/>')
        parts.append(f'<text x="{x:.1f}" y="{top - 12}" text-anchor="middle" fill="#b91c1c" font-size="15">'
                     f'{line[1]}</text>')
    parts.append("</svg>")
    return "".join(parts)


S1 = """<div class="slide title-slide">
<h1>Cambridgeshire Care Provider Forum</h1>
<div class="sub">Market update: unpaid carers, dementia and extra care housing</div>
<div class="when">Thursday 12 March 2026 &middot; 10:00 to 13:00<br>The Maltings, Ely</div>
{foot}</div>"""

S2 = """<div class="slide"><div class="bar"></div>
<h1>Agenda</h1>
<table class="agenda">
<tr><td class="i">1</td><td class="t">10:00</td><td>Welcome and introductions</td></tr>
<tr><td class="i">2</td><td class="t">10:15</td><td>Unpaid carers: what the Census tells us</td></tr>
<tr><td class="i">3</td><td class="t">10:45</td><td>Dementia in Cambridgeshire</td></tr>
<tr><td class="i">4</td><td class="t">11:15</td><td>Break (15 minutes)</td></tr>
<tr><td class="i">5</td><td class="t">11:30</td><td>Extra care housing and the recommissioning timeline</td></tr>
<tr><td class="i">6</td><td class="t">12:30</td><td>Questions and close</td></tr>
</table>
{foot}</div>"""

S3 = """<div class="slide"><div class="bar"></div>
<h1>Where we are</h1>
<ul>
<li>142 people from 87 provider organisations registered for today's forum</li>
<li>Our last forum in November 2025 was rated good or very good by 91% of those who gave feedback</li>
<li>3 new provider leads have joined the commissioning team since January</li>
<li>Today's slides and a note of questions will be shared by 20 March 2026</li>
</ul>
{foot}</div>"""

S4 = """<div class="slide"><div class="bar"></div>
<h1>Unpaid carers</h1>
<div class="big"><div class="n">54,820</div>
<div class="c">unpaid carers in Cambridgeshire (Census 2021)</div></div>
<div class="strip">
<div><div class="n">9.4%</div><div class="c">of residents aged 5 and over<br>(England 8.9%)</div></div>
<div><div class="n">12,610</div><div class="c">provide 50 or more hours<br>of care a week</div></div>
</div>
{foot}</div>"""

S5 = """<div class="slide"><div class="bar"></div>
<h1>Carers across our districts</h1>
<div class="cols">
<div class="l"><p>Fenland has the highest share of residents giving unpaid care; Huntingdonshire the most carers.</p>
<p>3,240 carers' assessments were completed in 2025/26.</p>
<p class="small">Census 2021, usual residents aged 5 and over. Figures rounded to the nearest 10.</p></div>
<div class="r"><table>
<tr><th>District</th><th class="v">Unpaid carers</th><th class="v">% of residents aged 5+</th></tr>
<tr><td>Cambridge</td><td class="v">9,120</td><td class="v">7.6%</td></tr>
<tr><td>East Cambridgeshire</td><td class="v">7,480</td><td class="v">9.8%</td></tr>
<tr><td>Fenland</td><td class="v">9,950</td><td class="v">10.9%</td></tr>
<tr><td>Huntingdonshire</td><td class="v">15,020</td><td class="v">9.6%</td></tr>
<tr><td>South Cambridgeshire</td><td class="v">13,250</td><td class="v">8.9%</td></tr>
<tr class="tot"><td>Cambridgeshire</td><td class="v">54,820</td><td class="v">9.4%</td></tr>
</table></div>
</div>
{foot}</div>"""

S6 = """<div class="slide"><div class="bar"></div>
<h1>What carers told us</h1>
<div class="cols">
<div class="l"><p>Our 2025 carers survey had 412 replies.</p>
<p>Carers asked for breaks they can book at short notice and for one named contact.</p>
<p class="small">Share of respondents agreeing with each statement.</p></div>
<div class="r">{chart}</div>
</div>
{foot}</div>"""

S7 = """<div class="slide"><div class="bar"></div>
<h1>Dementia: the numbers</h1>
<div class="big"><div class="n">8,960</div>
<div class="c">people aged 65+ living with dementia in Cambridgeshire (2025 estimate)</div></div>
<div class="strip">
<div><div class="n">11,430</div><div class="c">projected by 2030</div></div>
<div><div class="n">139,200</div><div class="c">residents aged 65 and over<br>(mid-2024)</div></div>
<div><div class="n">+22%</div><div class="c">growth in people aged 65+<br>expected by 2035</div></div>
</div>
{foot}</div>"""

S8 = """<div class="slide"><div class="bar"></div>
<h1>Dementia diagnosis</h1>
<div class="cols">
<div class="l"><p>5,540 people are on GP dementia registers in Cambridgeshire (December 2025).</p>
<p>That is a diagnosis rate of 61.8%, below the national ambition of 66.7%.</p>
<p>Memory clinic waits average 14 weeks.</p></div>
<div class="r"><p style="font-size:14pt;margin:0 0 0.05in 0">Diagnosis rate by district, December 2025</p>{chart}</div>
</div>
{foot}</div>"""

S9 = """<div class="slide"><div class="bar"></div>
<h1>Extra care housing</h1>
<div class="cols">
<div class="l"><p>Cambridgeshire has 11 extra care schemes with 642 flats between them.</p>
<p>Occupancy averaged 93% in 2025; the average age on moving in was 81.</p>
<div class="box">A further scheme of 72 flats is planned at Northstowe, due to open in 2028.</div></div>
<div class="r"><table>
<tr><th>District</th><th class="v">Schemes</th><th class="v">Flats</th></tr>
<tr><td>Cambridge</td><td class="v">2</td><td class="v">118</td></tr>
<tr><td>East Cambridgeshire</td><td class="v">2</td><td class="v">104</td></tr>
<tr><td>Fenland</td><td class="v">3</td><td class="v">170</td></tr>
<tr><td>Huntingdonshire</td><td class="v">2</td><td class="v">126</td></tr>
<tr><td>South Cambridgeshire</td><td class="v">2</td><td class="v">124</td></tr>
<tr class="tot"><td>Total</td><td class="v">11</td><td class="v">642</td></tr>
</table></div>
</div>
{foot}</div>"""

S10 = """<div class="slide"><div class="bar"></div>
<h1>Extra care care and support: recommissioning timeline</h1>
<div class="tl"><div class="arrow"></div><div class="head"></div>
<div class="m up" style="left:0.2in"><b>Sep 2026</b>Market engagement</div>
<div class="m down" style="left:3.0in"><b>Jan 2027</b>Tender published</div>
<div class="m up" style="left:5.8in"><b>May 2027</b>Contract award</div>
<div class="m down" style="left:8.6in"><b>Oct 2027</b>Service start</div>
</div>
<div class="box">Current contracts end 30 September 2027. The new contract will run for five years, with an option
to extend for up to two further years. A provider briefing webinar will be held on 14 October 2026.</div>
{foot}</div>"""

S11 = """<div class="slide"><div class="bar"></div>
<h1>What we want from providers</h1>
<ul>
<li>Around 350 more home care hours a week in Fenland and Huntingdonshire</li>
<li>Care and support in extra care for about 4,100 hours a week across all schemes</li>
<li>An indicative value of &pound;3.9m a year for the extra care contract</li>
<li>The standard home care rate rises to &pound;24.60 an hour from 6 April 2026</li>
<li>&pound;1.2m of capital for dementia-friendly adaptations in 2026/27</li>
</ul>
{foot}</div>"""

S12 = """<div class="slide"><div class="bar"></div>
<h1>Any questions?</h1>
<div class="q">Any questions?</div>
<div class="qc">commissioning.forum@cambridgeshire.example &middot; 01223 706 412</div>
<div class="qc" style="font-size:14pt">Next forum: Thursday 11 June 2026</div>
<p class="small" style="margin-top:0.6in">Notes: carers figures from Census 2021 (usual residents aged 5 and over),
rounded to the nearest 10. Dementia estimates for people aged 65 and over from a prevalence model, 2025 base;
diagnosis rate from recorded dementia diagnoses, December 2025. Survey: 412 replies, September to October 2025.
Version 2, issued 5 March 2026.</p>
{foot}</div>"""

SURVEY = [("Know who to contact", 64), ("Had a break this year", 47), ("Feel valued", 38), ("Had an assessment", 29)]
RATES = [("Cambridge", 64.9), ("East Cambridgeshire", 59.2), ("Fenland", 57.4), ("Huntingdonshire", 60.1),
         ("South Cambridgeshire", 63.5)]


def build() -> str:
    slides = [S1, S2, S3, S4, S5, S6.replace("{chart}", hbars(SURVEY, 100)), S7,
              S8.replace("{chart}", hbars(RATES, 80, line=(66.7, "Ambition 66.7%"))), S9, S10, S11, S12]
    body = "".join(s.replace("{foot}", foot(n)) for n, s in enumerate(slides, start=1))
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>Cambridgeshire Care Provider Forum, 12 March 2026</title>"
            f"<style>{CSS}</style></head><body>{body}</body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
