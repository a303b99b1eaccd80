"""The single-figure cards' HTML (components/cards.py): every field shown, every text escaped, one list."""
from __future__ import annotations

from components.cards import Card, cards_html
from tests.theme_helpers import parse_cards

PROJECTION = Card("County Durham: People with dementia, 2019 (people)", "about 7,000",
                  "2019 (approximate) and 2035 (projection) · Durham MPS, line 12, 40 (Dementia)",
                  delta="about 12,000 by 2035 (projection)", rising=True, note="Added up here")


def test_every_field_is_shown_as_written():
    html = cards_html([PROJECTION, Card("Sum of 4 districts", "16,200")], notes=("Not comparable.",), lead=("3 of 9",))
    assert html.index("3 of 9") < html.index("<ul") < html.index("</ul>") < html.index("Not comparable.")
    shown, notes = parse_cards(html)
    first, second = shown
    assert first.label == PROJECTION.label and first.value == "about 7,000"
    assert first.caption == PROJECTION.caption and first.note == "Added up here"
    assert first.delta == "▲ rises to about 12,000 by 2035 (projection)"
    assert (second.label, second.value, second.delta, second.caption, second.note) == ("Sum of 4 districts", "16,200", "", "", "")
    assert notes == ["3 of 9", "Not comparable."]


def test_a_falling_projection_says_so_in_words_and_the_arrow_is_hidden_from_screen_readers():
    html = cards_html([Card("Units", "120", delta="90 by 2030 (plan)", rising=False)])
    assert '<span aria-hidden="true">▼</span> falls to 90 by 2030 (plan)' in html
    assert parse_cards(html)[0][0].delta == "▼ falls to 90 by 2030 (plan)"
    # no direction given: the later figure alone, no arrow
    plain = cards_html([Card("Units", "120", delta="90 by 2030 (plan)")])
    assert parse_cards(plain)[0][0].delta == "90 by 2030 (plan)" and "aria-hidden" not in plain


def test_every_text_is_escaped_and_nothing_is_read_as_markdown():
    evil = '<img src=x onerror=alert(1)> & "q" **bold** [link](http://x)'
    html = cards_html([Card(evil, evil, evil, delta=evil, rising=True, note=evil)], notes=(evil,), label=evil, lead=(evil,))
    assert "<img" not in html and "onerror=alert(1)>" not in html and '"q"' not in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; **bold** [link](http://x)") == 8
    shown, notes = parse_cards(html)
    assert shown[0].label == shown[0].value == shown[0].caption == shown[0].note == evil and notes == [evil, evil]


def test_one_list_of_cards_without_headings_with_its_column_count_and_name():
    html = cards_html([PROJECTION] * 3, columns=3, label="Headline figures")
    assert html.count('<ul class="cma-cards cma-cards-3" role="list" aria-label="Headline figures">') == 1
    assert html.count('<li class="cma-card">') == 3
    assert not any(f"<h{n}" in html for n in range(1, 7))


def test_nothing_to_show_draws_nothing():
    assert cards_html([]) == "" and cards_html([], notes=("",), lead=("",)) == ""
    only_note = cards_html([], notes=("No dated stage.",))
    assert "<ul" not in only_note and parse_cards(only_note)[1] == ["No dated stage."]


def test_the_shared_style_block_styles_every_part_of_a_card_and_presenter_mode_enlarges_them():
    import re

    from components.layout import _BASE_CSS, _PRESENTER_CSS

    html = cards_html([PROJECTION, Card("Units", "120", delta="90", rising=False)], columns=3, notes=("n",), lead=("l",))
    classes = {c for attr in re.findall(r'class="([^"]+)"', html) for c in attr.split()}
    assert len(classes) > 10
    # the direction is in words and an arrow, not in a colour: those two classes are hooks only
    unstyled = {c for c in classes if not re.search(rf"\.{c}(?![\w-])", _BASE_CSS)} - {"cma-card-up", "cma-card-down"}
    assert not unstyled, unstyled
    for part in ("label", "value", "delta", "caption", "note"):
        assert f".cma-card-{part}" in _PRESENTER_CSS
