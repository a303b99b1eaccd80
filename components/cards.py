"""Single-figure cards: one model and one renderer for every page.

A card is a label, a value (with its qualifier: "about 59,000 people"), an optional change (a projection: "about
12,000 by 2035 (projection)", with its direction in words), a caption (period · document, line N (section)) and a
note (what used to be a hover-only "?" tooltip, now shown). `cards_html` turns a sequence of cards into one HTML
list (pure, testable without Streamlit); `show_cards` sends it as ONE element, so a grid of eight cards costs the
server one message instead of thirty-odd (issue 11). Every text is escaped; nothing is read as Markdown.
The look (a bordered box, a large value, small captions, a responsive grid, presenter sizes) is in the shared
style block (components/layout.py).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import streamlit as st

CARDS_CLASS = "cma-cards"   # the list; `cma-cards-2` / `cma-cards-3`: cards a row on a wide screen
CARD_CLASS = "cma-card"
DIRECTION_WORDS = {True: ("▲", "rises to"), False: ("▼", "falls to")}


@dataclass(frozen=True)
class Card:
    """One card's words, worked out once in a view model; plain text (escaped when drawn)."""
    label: str
    value: str
    caption: str = ""             # period · document, line N (section)
    delta: str = ""               # a later figure: "about 12,000 by 2035 (projection)"
    rising: bool | None = None    # the delta's direction (None: no direction stated)
    note: str = ""                # what a reader needs to read the figure ("Added up here from the district rows")


def _p(cls: str, text: str) -> str:
    return f'<p class="{CARD_CLASS}-{cls}">{escape(text)}</p>' if text else ""


def delta_html(card: Card) -> str:
    """The later figure with its direction as an arrow (hidden from screen readers) and in words."""
    if not card.delta:
        return ""
    if card.rising is None:
        return _p("delta", card.delta)
    arrow, words = DIRECTION_WORDS[card.rising]
    return (f'<p class="{CARD_CLASS}-delta {CARD_CLASS}-{"up" if card.rising else "down"}">'
            f'<span aria-hidden="true">{arrow}</span> {escape(words)} {escape(card.delta)}</p>')


def card_html(card: Card) -> str:
    return (f'<li class="{CARD_CLASS}">{_p("label", card.label)}{_p("value", card.value)}{delta_html(card)}'
            f'{_p("caption", card.caption)}{_p("note", card.note)}</li>')


def _notes(notes: Sequence[str], where: str) -> str:
    return "".join(f'<p class="{CARDS_CLASS}-note {CARDS_CLASS}-{where}">{escape(n)}</p>' for n in notes if n)


def cards_html(cards: Sequence[Card], columns: int = 2, notes: Sequence[str] = (), label: str = "",
               lead: Sequence[str] = ()) -> str:
    """The cards as one list (`columns` a row on a wide screen, one on a phone), `lead` as small text before it
    and `notes` after it. `label` names the list for screen readers. Empty when there is nothing to show."""
    if not cards and not any(notes) and not any(lead):
        return ""
    named = f' aria-label="{escape(label)}"' if label else ""
    items = "".join(card_html(c) for c in cards)
    listed = (f'<ul class="{CARDS_CLASS} {CARDS_CLASS}-{columns}" role="list"{named}>{items}</ul>' if cards else "")
    return f'<div class="{CARDS_CLASS}-block">{_notes(lead, "lead")}{listed}{_notes(notes, "after")}</div>'


def show_cards(cards: Sequence[Card], columns: int = 2, notes: Sequence[str] = (), label: str = "",
               lead: Sequence[str] = ()) -> None:
    """Draw the cards (with the small text before and after them) as one element. st.html: sanitised by
    DOMPurify in the browser, no Markdown parsing of the figures' words, and no script runs."""
    body = cards_html(cards, columns, notes, label, lead)
    if body:
        st.html(body)
