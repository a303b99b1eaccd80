"""Build tests/corpus/128_magazine_layout.pdf: a made-up Leicestershire County Council Market Position
Statement section laid out like a magazine (HTML + CSS printed by headless Chromium).

Every figure, scheme, provider and person is invented. Only local system fonts are used
(Liberation Sans / Liberation Serif / DejaVu); nothing is fetched. Run from the repository root:

    python tests/corpus/make_128_pdf.py    # writes the HTML to a temporary folder and prints it to the PDF

The page is set as a magazine is: justified prose in narrow two- and three-column frames with
hyphenation switched on (`<html lang="en">`, `hyphens: auto`), a drop cap opening each section (one
section opens on a figure), a 'Did you know?' sidebar floated inside a column, a line chart spanning
both columns with labelled points and its caption, marginal notes, and a bulleted list of
commissioning intentions. Headless Chromium here has no hyphenation dictionaries, so the words are
given their break points as soft hyphens (`&shy;`, from the small rule in `hyphenate` below), as a
layout program's hyphenation would place them; the printed PDF then holds 'diag-' / 'nosis' at line ends
as a designed PDF does. The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import pathlib
import re
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "128_magazine_layout.pdf"

VOWELS = set("aeiouyAEIOUY")
KEEP = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu", "ng"}


def hyphenate_word(w: str) -> str:
    """Soft hyphens at simple English break points (VC|CV, V|CV), at least 3 letters either side."""
    if len(w) < 7 or not w.isalpha():
        return w
    cuts = []
    for i in range(3, len(w) - 2):
        a, b = w[i - 1], w[i]
        if a in VOWELS or b in VOWELS:
            if a in VOWELS and b not in VOWELS and i + 1 < len(w) and w[i + 1] in VOWELS and i - 1 >= 1:
                cuts.append(i)          # V|CV: before a lone consonant between vowels
            continue
        pair = (a + b).lower()
        if pair in KEEP:
            continue
        if w[i - 2] in VOWELS and i + 1 < len(w) and w[i + 1] in VOWELS:
            cuts.append(i)              # VC|CV: between two consonants
    out, last = [], 0
    for c in cuts:
        if out and c - last < 2:
            continue
        out.append(w[last:c])
        last = c
    out.append(w[last:])
    return "&shy;".join(out)


def hyphenate(html: str) -> str:
    """Soft hyphens in the words of text (not in tags, entities or figures)."""
    parts = re.split(r"(<[^>]+>|&[a-z]+;)", html)
    return "".join(p if p.startswith(("<", "&")) else re.sub(r"[A-Za-z]+", lambda m: hyphenate_word(m.group(0)), p)
                   for p in parts)


CSS = """
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 9.4pt; color: #222;
       line-height: 1.3; }
.page { width: 210mm; height: 297mm; position: relative; padding: 20mm 14mm 18mm 40mm;
        page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.masthead { position: absolute; top: 8mm; left: 40mm; right: 14mm; font-family: 'Liberation Sans', sans-serif;
            font-size: 7.6pt; letter-spacing: 0.08em; text-transform: uppercase; color: #7a2b52;
            border-bottom: 0.6pt solid #7a2b52; padding-bottom: 1.2mm; }
.folio { position: absolute; bottom: 8mm; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555; }
.folio.l { left: 14mm; } .folio.r { right: 14mm; }
.folio b { font-size: 11pt; color: #7a2b52; }
.margin { position: absolute; left: 12mm; width: 23mm; font-family: 'Liberation Sans', sans-serif;
          font-size: 6.8pt; line-height: 1.25; color: #5d5d5d; border-top: 0.5pt solid #7a2b52; padding-top: 1mm; }
.kicker { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; font-weight: 700; color: #7a2b52;
          text-transform: uppercase; letter-spacing: 0.1em; margin-bottom: 1mm; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 22pt; line-height: 1.05; margin: 0 0 2mm 0; color: #2b1b26; }
.stand { font-size: 11.5pt; font-style: italic; color: #5a3d4d; margin: 0 0 4mm 0; }
.cols3 { column-count: 3; column-gap: 5mm; }
.cols2 { column-count: 2; column-gap: 6mm; }
.cols3 p, .cols2 p, .cols3 li, .cols2 li { text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
p { margin: 0 0 1.8mm 0; text-indent: 3.5mm; }
p.first { text-indent: 0; }
.drop { float: left; font-family: 'Liberation Sans', sans-serif; font-size: 34pt; line-height: 0.82;
        font-weight: 700; color: #7a2b52; margin: 1mm 1.4mm 0 0; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color: #7a2b52; margin: 2mm 0 1.5mm 0; }
.sidebar { float: right; width: 100%; background: #f3e7ee; border-top: 2.5pt solid #7a2b52;
           padding: 2.5mm 3mm; margin: 1mm 0 3mm 0; font-family: 'Liberation Sans', sans-serif; font-size: 7.8pt;
           break-inside: avoid; }
.sidebar h3 { margin: 0 0 1.5mm 0; font-size: 9pt; color: #7a2b52; }
.sidebar .fig { font-size: 15pt; font-weight: 700; color: #2b1b26; line-height: 1.1; margin-top: 1.5mm; }
.sidebar .cap { margin-bottom: 1mm; }
.figure { column-span: all; margin: 3mm 0 4mm 0; border-top: 0.6pt solid #999; border-bottom: 0.6pt solid #999;
          padding: 2mm 0; }
.figure .cap { font-family: 'Liberation Sans', sans-serif; font-size: 7.8pt; color: #444; margin-top: 1mm; }
.figure .cap b { color: #7a2b52; }
ul.intent { margin: 0 0 2mm 0; padding-left: 4mm; }
ul.intent li { margin-bottom: 1.5mm; }
.pull { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; font-weight: 700; color: #7a2b52;
        border-top: 1pt solid #7a2b52; border-bottom: 1pt solid #7a2b52; padding: 2mm 0; margin: 2mm 0 3mm 0;
        break-inside: avoid; }
"""


def page(n: int, body: str, notes: list[tuple[int, str]]) -> str:
    side = "l" if n % 2 == 0 else "r"
    margin = "".join(f'<div class="margin" style="top:{top}mm">{txt}</div>' for top, txt in notes)
    return f"""
<div class="page">
  <div class="masthead">Leicestershire County Council &middot; Market Position Statement 2026&ndash;2029 &middot; Adult social care</div>
  {margin}
  {body}
  <div class="folio {side}"><b>{n}</b> &nbsp; Care Market Focus &middot; Spring 2026</div>
</div>"""


def line_chart() -> str:
    # Figure 2: people aged 65+ estimated to be living with dementia, 2025-2040. Axis ticks 0..16,000 by 4,000.
    pts = [(2025, 9870), (2030, 11560), (2035, 13480), (2040, 15320)]
    w, h = 560, 200
    left, right, bottom, top = 58, 530, 168, 12
    ymax = 16000
    sy = (bottom - top) / ymax
    sx = (right - left - 40) / (2040 - 2025)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
           'font-family="Liberation Sans, DejaVu Sans, sans-serif" font-size="10">']
    for t in range(0, ymax + 1, 4000):
        y = bottom - t * sy
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#ddd" stroke-width="0.7"/>')
        out.append(f'<text x="{left - 6}" y="{y + 3.5:.1f}" text-anchor="end" fill="#555">{t:,}</text>')
    xy = [(left + 20 + (yr - 2025) * sx, bottom - v * sy) for yr, v in pts]
    out.append('<polyline fill="none" stroke="#7a2b52" stroke-width="2.2" points="'
               + " ".join(f"{x:.1f},{y:.1f}" for x, y in xy) + '"/>')
    for (yr, v), (x, y) in zip(pts, xy):
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.6" fill="#7a2b52"/>')
        out.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" font-weight="700" fill="#2b1b26">{v:,}</text>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 15}" text-anchor="middle" fill="#333">{yr}</text>')
    out.append(f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#333" stroke-width="1"/>')
    out.append("</svg>")
    return "".join(out)


P22 = """
<div class="kicker">Section 3 &middot; Who needs care and support</div>
<h1>Caring in Leicestershire</h1>
<p class="stand">More of us are looking after someone than ever before. What the Census, our registers and
our carers tell us about the market we need to shape.</p>
<div class="cols3">
<p class="first"><span class="drop">I</span>n 2021 the Census counted 76,540 people in Leicestershire providing
unpaid care to a relative, friend or neighbour because of long-term illness, disability or old age. That is
9.3% of residents aged 5 and over, above the England average of 8.9%. At the 2011 Census the county had
73,260 unpaid carers, 11.1% of residents; the fall in the share reflects a change in the question as much as
any change in caring.</p>
<p>Caring is becoming more intensive. Of the 2021 carers, 17,930 were providing 50 or more hours of care a
week, many of them older people looking after a partner. Carers in Melton and Harborough are the most
likely to be aged over 65, while Charnwood has the largest number of young adult carers studying or
starting work.</p>
<div class="sidebar">
<h3>Did you know?</h3>
<div class="fig">4,870</div><div class="cap">carers known to adult social care in 2025/26</div>
<div class="fig">2,140</div><div class="cap">carers&rsquo; assessments or reviews completed in 2025/26</div>
<div class="fig">1 in 11</div><div class="cap">residents aged 5+ gives unpaid care</div>
<div class="fig">&pound;1.4bn</div><div class="cap">the estimated yearly value of unpaid care in the county</div>
</div>
<p>Leicestershire&rsquo;s share is a little below the 9.6% average of our CIPFA nearest neighbours and close to
the East Midlands figure of 9.1%, but the number of carers providing the most care has grown faster here
than in either comparison.</p>
<p>Our carers&rsquo; survey in autumn 2025 heard from 1,036 carers. Of those who replied, 62% had not had a break
from caring in the past twelve months and 41% said their own health had suffered. A further consultation on
the carers&rsquo; strategy drew 418 responses, and 71% of respondents supported a single countywide support
service with local hubs.</p>
<p>We spend &pound;3.2m a year on carers&rsquo; support, short breaks and direct payments to carers. Demand for
assessments has risen each year since 2022 and we expect that to continue as the population ages.</p>
<h2>What this means for providers</h2>
<p>We want providers who can reach carers earlier, before a crisis: in GP practices, hospitals and schools,
and through employers. Services must work with the county&rsquo;s seven district councils and the voluntary
sector so that every carer is offered information, advice and an assessment.</p>
</div>
"""

NOTES22 = [(70, "Census figures are rounded to the nearest 10. Source: ONS Census 2021, table TS039."),
           (128, "See page 31 for how we count carers known to us."),
           (190, "Survey: 1,036 replies, October to November 2025.")]

P23 = """
<div class="kicker">Section 3 &middot; Dementia</div>
<h1>Living well with dementia</h1>
<p class="stand">The number of older people living with dementia in the county is set to rise by more than half
in fifteen years.</p>
<div class="cols2">
<p class="first"><span class="drop">9</span>,870 people aged 65 and over in Leicestershire are estimated to be
living with dementia in 2025. On current trends this will rise to 11,560 by 2030 and to 13,480 by 2035, as
the number of residents aged 85 and over grows fastest of all age groups (Figure 2).</p>
<p>At the end of March 2026, 6,010 people aged 65 and over were recorded on GP dementia registers in the
county, a diagnosis rate of 60.9%. This is below the national ambition of 66.7% and below the East Midlands
rate of 63.4%. Raising diagnosis is a shared priority with the integrated care board: people who are
diagnosed can plan ahead and be offered post-diagnostic support.</p>
<div class="figure">
""" + line_chart() + """
<div class="cap"><b>Figure 2.</b> People aged 65 and over estimated to be living with dementia in Leicestershire,
2025 to 2040. Source: Projecting Older People Population Information (POPPI), 2025.</div>
</div>
<p>Memory assessment services received 1,920 referrals in 2025/26 and the median wait from referral to diagnosis
was 16 weeks, against a local standard of six weeks. In our dementia-friendly communities survey, 58% of
people living with dementia said they felt confident going out in their own neighbourhood.</p>
<p>We spend &pound;6.8m a year on dementia support, day opportunities and respite, and around two in five people
in residential care homes in the county are living with dementia.</p>
<div class="pull">&ldquo;We need services that can support people with dementia to stay at home for longer.&rdquo;</div>
<h2>Our priorities</h2>
<p>We will commission a post-diagnostic support service that reaches people within 12 weeks of diagnosis, grow
specialist day opportunities in rural areas, and work with care homes to build skills in supporting people
whose behaviour may challenge.</p>
</div>
"""

NOTES23 = [(66, "Estimates apply national prevalence rates to ONS 2018-based population projections."),
           (120, "Register and rate: NHS England, Primary Care Dementia Data, March 2026.")]

P24 = """
<div class="kicker">Section 4 &middot; Housing with care and commissioning intentions</div>
<h1>Homes that care, and what we will buy</h1>
<div class="cols3">
<h2>Extra care housing</h2>
<p class="first"><span class="drop">L</span>eicestershire has 14 extra care housing schemes open, with 812
apartments between them, of which 96 are designed for people living with dementia. Two more schemes are in
development at Brookfield Meadows and Hollybank Court and will add 150 apartments by 2028. That gives 8.4 extra
care units per 1,000 people aged 75 and over, against 11.0 in our comparator group. Our target is 1,100
apartments by 2032, and we want providers and housing associations to bring forward schemes in Melton,
Harborough and North West Leicestershire, where there is none today.</p>
<p>Occupancy across the schemes was 94% in 2025/26. Weekly rents range from &pound;158 to &pound;204, with a
care and support charge of &pound;32 a week.</p>
<h2>Our commissioning intentions</h2>
<p class="first"><span class="drop">O</span>ver the life of this statement we will re-shape the services that
carers and people living with dementia rely on. Our main procurement dates are:</p>
<ul class="intent">
<li>We will retender the carers&rsquo; support service during 2026/27, with the new service starting on 1 April
2027. The current contract is worth &pound;1.9m a year.</li>
<li>The dementia support service contract ends on 30 September 2027. We will go out to tender in January 2027
and expect to award the new contract in June 2027.</li>
<li>We have extended the extra care care and support contracts to 31 March 2028 and will retender them
through 2027, with bids due by 13 October 2027.</li>
<li>We will hold a provider engagement event on 19 May 2026 and publish a refreshed carers&rsquo; strategy in
2027.</li>
</ul>
<p>Providers interested in any of these opportunities should register on the council&rsquo;s procurement portal
or call the commissioning team on 0116 305 0000.</p>
</div>
"""

NOTES24 = [(56, "Scheme list: Appendix C, page 44."),
           (150, "Dates are planned and may change; see our contracts register, updated quarterly.")]


# After layout, keep a soft hyphen only where the line breaks there, printed as a plain hyphen ('rela-' at
# the line's end), and drop the others: Chromium otherwise writes a zero-width space into the PDF's text at
# every unused break point, which no layout program does. Dropping unused break points does not move a
# line break (lines are filled greedily), and a plain hyphen is as wide as the soft one it replaces.
SETTLE = r"""
(function () {
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var nodes = [], n;
  while ((n = walker.nextNode())) { if (n.data.indexOf('\u00ad') >= 0) nodes.push(n); }
  function top(node, i) {
    var r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
    var rects = r.getClientRects(); return rects.length ? rects[rects.length - 1].top : null;
  }
  var plan = nodes.map(function (node) {
    var keep = [];
    for (var i = 0; i < node.data.length; i++) {
      if (node.data[i] !== '\u00ad') continue;
      var a = top(node, i - 1), b = top(node, i + 1);
      keep.push(a !== null && b !== null && b - a > 2);
    }
    return keep;
  });
  nodes.forEach(function (node, k) {
    var keep = plan[k], j = 0;
    node.data = node.data.replace(/\u00ad/g, function () { return keep[j++] ? '-' : ''; });
  });
})();
"""


def build() -> str:
    pages = [page(22, hyphenate(P22), NOTES22), page(23, hyphenate(P23), NOTES23), page(24, hyphenate(P24), NOTES24)]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Leicestershire County Council Market Position Statement 2026-2029, Section 3</title>"
            f"<style>{CSS}</style></head><body>{''.join(pages)}<script>{SETTLE}</script></body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
