"""bench/rewrites.py: a text rewritten as another converter writes it, prose only."""
from __future__ import annotations

from bench.rewrites import RUNNING_HEADER, is_prose, one_line_paragraphs, round_bullets, running_headers, wrapped

PARAGRAPH = [
    "Kelsford's carers are getting older, and more of them care for long hours than ten",
    "years ago; the council and its partners want to reach them earlier.",
    "Home support",
    "District\tCarers\t%",
    "Possible extension to 31 March 2032",
    "- 12,340 people provide unpaid care",
]


def test_prose_is_running_text_only():
    assert is_prose(PARAGRAPH[0]) and is_prose(PARAGRAPH[1])
    assert not any(is_prose(line) for line in PARAGRAPH[2:4] + PARAGRAPH[5:])
    assert not is_prose("Contract start: 1 April 2027 and it runs for three years")
    assert not is_prose("Breckland,13240,9.9,3415 and more words here")


def test_a_wrapped_paragraph_becomes_one_line_and_the_rest_stays():
    out = one_line_paragraphs(PARAGRAPH)
    assert out[0] == f"{PARAGRAPH[0]} {PARAGRAPH[1]}"
    assert out[1:] == PARAGRAPH[2:]


def test_a_short_line_ends_its_paragraph():
    lines = ["Possible extension to 31 March 2032 for the service", "Five years is the maximum length of the contract"]
    assert one_line_paragraphs(lines) == lines


def test_long_prose_is_wrapped_and_tables_are_not():
    long_row = "District\t" + "\t".join(["12,340"] * 12)
    out = wrapped([" ".join(PARAGRAPH[:2]), long_row])
    assert all(len(line) <= 70 for line in out[:-1]) and len(out) > 2
    assert " ".join(out[:-1]) == " ".join(PARAGRAPH[:2])
    assert out[-1] == long_row


def test_a_running_header_every_page_and_bullets_as_dots():
    out = running_headers([f"line {i}" for i in range(100)], every=45)
    assert [line for line in out if line.startswith(RUNNING_HEADER[:20])] == [RUNNING_HEADER.format(2),
                                                                              RUNNING_HEADER.format(3)]
    assert len(out) == 106 and out[45:49] == ["", RUNNING_HEADER.format(2), "", "line 45"]
    assert round_bullets(["- a", "  * b", "-1 c", "text - d"]) == ["• a", "  • b", "-1 c", "text - d"]
