"""Where Vega puts a spec's text when it lays it out (vl-convert's scenegraph: the PNG renderer runs the same Vega as
the browser), for tests of what a reader sees: labels whole, in order, none cut or overlapping; and how big and in
what colour it draws them."""
from __future__ import annotations

from collections.abc import Iterator


def drawn_items(spec: dict, width: int) -> Iterator[tuple[str, str, dict]]:
    """Every item Vega draws for `spec` at `width` pixels: (role, the name of its mark, the item), with the item's x and
    y made absolute and its mark's type ('rect', 'text', ...) as 'marktype'. Roles: 'legend-label', 'legend-title',
    'legend-symbol', 'axis-label', 'mark', ..."""
    import vl_convert as vlc

    def walk(item: dict, x: float, y: float, role: str, name: str, marktype: str) -> Iterator[tuple[str, str, dict]]:
        x, y = x + item.get("x", 0), y + item.get("y", 0)
        if "marktype" in item:
            role, name, marktype = item.get("role", role), item.get("name", name) or name, item["marktype"]
        else:
            yield role, name, {**item, "x": x, "y": y, "marktype": marktype}
        for child in item.get("items", []):
            yield from walk(child, x, y, role, name, marktype)

    yield from walk(vlc.vegalite_to_scenegraph({**spec, "width": width})["scenegraph"], 0, 0, "", "", "")


def texts_as_read(spec: dict, width: int, role: str) -> list[str]:
    """The texts of the marks with this role ('legend-label', 'axis-label', ...) in the order a person reads them:
    row by row, left to right, as Vega lays out `spec` at `width` pixels."""
    found = [(round(item["y"]), item["x"], item["text"]) for r, _, item in drawn_items(spec, width)
             if r == role and "text" in item]
    return [text for _, _, text in sorted(found)]


def legend_sizes(spec: dict, width: int) -> dict[str, list[float]]:
    """The sizes Vega draws a spec's legends at: font sizes of their titles and labels (px), their symbols' areas
    (px²), by role."""
    out: dict[str, list[float]] = {"legend-title": [], "legend-label": [], "legend-symbol": []}
    for role, _, item in drawn_items(spec, width):
        if role in ("legend-title", "legend-label") and "text" in item:
            out[role].append(float(item["fontSize"]))
        elif role == "legend-symbol" and "size" in item:
            out[role].append(float(item["size"]))
    return out


def mark_boxes(spec: dict, width: int, marktype: str) -> list[dict]:
    """Every item of the marks of this type ('rect', 'text', ...) as Vega lays out `spec` at `width` pixels: its
    absolute x and y (a text's baseline point, its offsets applied), its width and height (0 where it has none) and
    its text (text marks; None otherwise)."""
    return [{"x": item["x"] + item.get("dx", 0), "y": item["y"] + item.get("dy", 0), "width": item.get("width", 0),
             "height": item.get("height", 0), "text": item.get("text")}
            for _, _, item in drawn_items(spec, width) if item["marktype"] == marktype]
