"""Build tests/corpus/123_landscape_pipeline.pdf: a made-up Lincolnshire County Council adult care commissioning
pipeline, printed landscape (A4) from HTML + CSS by headless Chromium.

One wide table (Ref | Service area | Current provider | Annual value | Contract start | Contract end | Extension
available (months) | Procurement route | Tender publication | Contract award | New contract start | RAG) flows over
the pages as a browser lays it out: its header (thead) repeats on every page, a tall row breaks across a page, cells
wrap onto two or three lines, dates are written several ways, and footnote markers (*, †, superscript numbers) sit
on some cells, explained in a key under the table. The page footer (CSS page-margin boxes) carries the document
reference, the publication date and 'Page N of M'.

Every figure, scheme, provider and person is invented. Only local system fonts are used (Liberation Sans /
DejaVu Sans); nothing is fetched. Run from the repository root:

    python tests/corpus/make_123_pdf.py

The committed PDF is what the bench reads; rerun only to change the excerpt.
"""
from __future__ import annotations

import pathlib
import sys

from generate import print_to_pdf  # noqa: E402 (a sibling module: run from the repository root)

HERE = pathlib.Path(__file__).resolve().parent
PDF = HERE / "123_landscape_pipeline.pdf"

CSS = """
@page {
  size: A4 landscape; margin: 17mm 13mm 16mm 13mm;
  @top-left { content: "Lincolnshire County Council \\2014  Adult Care and Community Wellbeing";
              font: 7.6pt 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #4b2e6f; vertical-align: bottom;
              padding-bottom: 3mm; }
  @top-right { content: "Commissioning Pipeline 2026\\2013 2029 (Market Position Statement, Appendix D)";
               font: 7.6pt 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #4b2e6f; vertical-align: bottom;
               padding-bottom: 3mm; }
  @bottom-left { content: "Document ref. ACCW/CP/2026/014 \\00B7  Version 3.2 \\00B7  Published 14 May 2026";
                 font: 7.2pt 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #5e5e6a; vertical-align: top;
                 padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages);
                  font: 7.2pt 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #5e5e6a; vertical-align: top;
                  padding-top: 3mm; }
}
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1f1f2b;
       line-height: 1.35; }
h1 { font-size: 17pt; color: #4b2e6f; margin: 0 0 1mm 0; }
.sub { font-size: 10pt; color: #6a5387; margin: 0 0 4mm 0; }
h2 { font-size: 11.5pt; color: #4b2e6f; margin: 5mm 0 2mm 0; }
p { margin: 0 0 2.2mm 0; max-width: 250mm; }
table.pipe { border-collapse: collapse; width: 100%; font-size: 8.7pt; line-height: 1.3; margin-top: 3mm; }
table.pipe caption { caption-side: top; text-align: left; font-weight: 700; font-size: 9pt; color: #4b2e6f;
                     padding-bottom: 1.5mm; }
table.pipe thead { display: table-header-group; }
table.pipe th { background: #4b2e6f; color: #fff; text-align: left; vertical-align: bottom; font-weight: 700;
                padding: 1.4mm 1.3mm; border: 0.5pt solid #4b2e6f; }
table.pipe td { vertical-align: top; padding: 1.8mm 1.4mm; border: 0.5pt solid #b8b0c6; }
table.pipe tr { break-inside: auto; }
table.pipe tbody tr:nth-child(even) td { background: #f4f1f8; }
td.n, th.n { text-align: right; }
td.rag { font-weight: 700; text-align: center; }
td.Green { color: #1d6b2f; } td.Amber { color: #8a5a00; } td.Red { color: #a4161a; }
sup { font-size: 70%; line-height: 0; }
.key { font-size: 8.4pt; color: #3b3b48; margin-top: 2.5mm; }
.key p { margin: 0 0 0.8mm 0; }
.box { border: 0.8pt solid #4b2e6f; padding: 3mm 4mm; margin-top: 4mm; font-size: 8.8pt; max-width: 250mm; }
"""

# Ref, Service area, Current provider, Annual value, Contract start, Contract end, Extension available (months),
# Procurement route, Tender publication, Contract award, New contract start, RAG
ROWS = [
    ("ACCW-0412", "Carers Support Service (assessments, carers&rsquo; breaks and information)",
     "Lincs Carers Partnership CIC", "&pound;1,185,000", "01/04/2022", "31/03/2027*", "12",
     "Open procedure", "Apr-26", "Oct-26", "01/04/2027", "Green"),
    ("ACCW-0418", "Home Care (prime provider model, 12 zones)", "Various (9 prime providers)",
     "&pound;38,640,000", "01/11/2019", "Extended to 31.03.2027<sup>2</sup>", "0",
     "Competitive flexible procedure", "Q3 2025/26", "Sep-26", "01/04/2027", "Amber"),
    ("ACCW-0421", "Extra Care Housing &ndash; Care and Support", "Wolds Community Care Ltd",
     "&pound;4,270,000<sup>1</sup>", "01/10/2021", "30/09/2026", "12",
     "Open procedure (light touch regime)", "Q3 2026/27&dagger;", "TBC", "TBC", "Amber"),
    ("ACCW-0433", "Dementia Support Service", "Fenland Memory Matters",
     "&pound;612,400", "01/07/2022", "30/06/2027", "12 + 12",
     "To be decided after review", "TBC", "TBC", "TBC", "Amber"),
    ("ACCW-0440", "Community Equipment Service", "Lindum Equipment Services Ltd&dagger;",
     "&pound;6,950,000", "01/04/2020", "Extended to 30.09.2026", "N/A",
     "Call-off from a national framework (further competition)", "Feb-26", "Jun-26", "01/10/2026", "Green"),
    ("ACCW-0447", "Day Opportunities for Older People", "Various (11 centres, 4 providers)",
     "&pound;2,315,000", "01/04/2019", "31/03/2028", "N/A",
     "Open framework, reopened each year", "Q2 2027/28", "Q4 2027/28", "01/04/2028", "Green"),
    ("ACCW-0452", "Supported Living (learning disability and autism), Lots 1&ndash;4", "23 providers on the framework",
     "&pound;21,400,000", "01/08/2021", "31/07/2026", "12",
     "Competitive flexible procedure with a negotiation stage for Lot 4 (complex needs)",
     "Q3 2026/27", "Apr-27", "01/08/2027", "Red"),
    ("ACCW-0459", "Independent Advocacy (Care Act, IMCA and IMHA)", "Trent Valley Advocacy",
     "&pound;798,000", "01/01/2023", "31/12/2026", "24",
     "Open procedure", "Apr-26", "Aug-26<sup>3</sup>", "01/01/2027", "Green"),
    ("ACCW-0463", "Reablement at Home", "Witham Reablement Partnership",
     "&pound;9,120,000", "01/04/2024", "31/03/2029", "24",
     "N/A", "N/A", "N/A", "N/A", "Green"),
    ("ACCW-0466", "Housing Related Support for Older People", "Marshland Housing Trust",
     "&pound;1,046,000", "01/06/2023", "31/05/2027", "6",
     "Open procedure; lots by district under review with the seven district councils", "Q4 2026/27",
     "Mar-27", "01/06/2027", "Amber"),
    ("ACCW-0470", "Telecare and Responder Service", "Steep Hill Telecare Ltd",
     "&pound;1,562,000", "01/10/2023", "30/09/2026", "0",
     "Direct award (contract modification) for 6 months while the analogue to digital switch completes",
     "N/A", "N/A", "01/04/2027", "Red"),
    ("ACCW-0474", "Residential and Nursing Care for Older People", "Open framework (236 care homes)",
     "&pound;168,300,000", "01/04/2025", "31/03/2030", "N/A",
     "Open framework; new providers admitted each October", "Q2 2026/27", "Oct-26", "01/10/2026", "Green"),
    ("ACCW-0479", "Shared Lives Scheme", "In-house",
     "N/A", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A", "Green"),
]

HEAD = ("Ref", "Service area", "Current provider", "Annual value", "Contract start", "Contract end",
        "Extension available (months)", "Procurement route", "Tender publication", "Contract award",
        "New contract start", "RAG")
WIDTHS = (7.5, 13, 11, 8, 7, 8.5, 6.5, 12, 7, 6.5, 7, 5.5)


def table() -> str:
    cols = "".join(f'<col style="width:{w}%">' for w in WIDTHS)
    head = "".join(f'<th class="n">{h}</th>' if h == "Annual value" else f"<th>{h}</th>" for h in HEAD)
    body = []
    for r in ROWS:
        cells = []
        for i, c in enumerate(r):
            if i == 3:
                cells.append(f'<td class="n">{c}</td>')
            elif i == 11:
                cells.append(f'<td class="rag {c}">{c}</td>')
            else:
                cells.append(f"<td>{c}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="pipe"><caption>Table D1: Adult care contracts pipeline, April 2026 to March 2029</caption>'
            f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


INTRO = """
<h1>Adult care commissioning pipeline</h1>
<div class="sub">Appendix D to the Market Position Statement 2026&ndash;2029</div>
<p>This appendix sets out the adult care contracts that Lincolnshire County Council expects to re-let, extend or end
between April 2026 and March 2029, so that providers can plan ahead. The directorate spends around &pound;342 million
a year on care and support, and the 13 contracts below account for &pound;87.9 million of it. Dates are our best
estimate at the time of publication and may move; quarters are financial-year quarters (Q1 is April to June).</p>
<p>Two of the services below matter most for the statement&rsquo;s priorities. The 2021 Census counted 78,940 unpaid
carers in Lincolnshire, and the re-let Carers Support Service is expected to reach more of them. The county has 14
extra care housing schemes with 712 units between them, and we want to commission at least 400 more extra care units
by 2030; three new schemes, at Boston, Louth and Sleaford, are already in development.</p>
"""

KEY = """
<div class="key">
<p><b>Key to the table.</b> Annual values are the 2025/26 contract values and exclude the 4.5% uplift for 2026/27.
&lsquo;Extension available&rsquo; is the length of any extension left under the current contract, in months.</p>
<p>* Subject to an Executive decision on 3 February 2026 to re-let the service for 5 years.</p>
<p>&dagger; Joint arrangement with NHS Lincolnshire Integrated Care Board, which meets 40% of the cost.</p>
<p><sup>1</sup> Includes &pound;310,000 a year from the Better Care Fund.</p>
<p><sup>2</sup> The 12-month extension was approved by the Executive Councillor on 9 December 2025; no further extension is
available.</p>
<p><sup>3</sup> The award date depends on the provider briefing on 23 June 2026 (see below).</p>
<p><b>RAG status.</b> Green: on track. Amber: at risk of slipping by up to 3 months. Red: the new arrangement will not
be in place before the current contract ends, so an extension or a direct award is needed.</p>
</div>
"""

AFTER = """
<h2>How to take part</h2>
<p>All opportunities are advertised on the Council&rsquo;s e-tendering portal and on Find a Tender. Providers should
register on the portal at least 10 working days before a tender opens. We will hold a provider briefing on the
Supported Living and Housing Related Support lots on 23 June 2026, 10am to 12.30pm, at the Lincoln Conference Centre,
Room 2, with 80 places; please book by 12 June 2026.</p>
<p>The pipeline is reviewed every six months. The next version will be published in November 2026.</p>
<div class="box"><b>Contact.</b> Commissioning Team, Adult Care and Community Wellbeing, County Offices, Newland,
Lincoln LN1 9QQ. Telephone 01522 553914 (option 2) &middot; accw.commissioning@lincolnshire.gov.uk.</div>
"""


def build() -> str:
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<title>Lincolnshire County Council Adult Care Commissioning Pipeline 2026-2029</title>"
            f"<style>{CSS}</style></head><body>{INTRO}{table()}{KEY}{AFTER}</body></html>")


def main() -> int:
    print(print_to_pdf(build(), PDF))
    return 0


if __name__ == "__main__":
    sys.exit(main())
