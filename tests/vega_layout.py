"""Where Vega puts a spec's text when it lays it out (vl-convert's scenegraph: the PNG renderer runs the same Vega as
the browser), for tests of what a reader sees: labels whole, in order, none cut or overlapping."""
from __future__ import annotations


def texts_as_read(spec: dict, width: int, role: str) -> list[str]:
    """The texts of the marks with this role ('legend-label', 'axis-label', ...) in the order a person reads them:
    row by row, left to right, as Vega lays out `spec` at `width` pixels."""
    import vl_convert as vlc

    found: list[tuple[float, float, str]] = []

    def walk(item: dict, x: float, y: float, inherited: str) -> None:
        x, y = x + item.get("x", 0), y + item.get("y", 0)
        if inherited == role and "text" in item:
            found.append((round(y), x, item["text"]))
        for child in item.get("items", []):
            walk(child, x, y, item.get("role", inherited) if "marktype" in item else inherited)

    walk(vlc.vegalite_to_scenegraph({**spec, "width": width})["scenegraph"], 0, 0, "")
    return [text for _, _, text in sorted(found)]
