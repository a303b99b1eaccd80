"""Licence and attribution text that must accompany every map drawn from the boundaries."""
from __future__ import annotations

# OS copyright year of each boundary vintage's source data.
COPYRIGHT_YEAR = {"2013": 2014, "2023": 2023}

ONS_OGL = "Source: Office for National Statistics licensed under the Open Government Licence v3.0."
CC_BY_2013 = (
    "The 2013 boundaries were converted from a TopoJSON collection published under CC BY 4.0 "
    "(github.com/martinjc/UK-GeoJSON); invalid rings were repaired."
)


def attribution(vintage: str = "2023") -> str:
    """The full attribution line for a map of one boundary vintage."""
    year = COPYRIGHT_YEAR.get(str(vintage))
    if year is None:
        raise ValueError(f"Unknown boundary vintage {vintage!r}")
    text = f"{ONS_OGL} Contains OS data © Crown copyright and database right {year}."
    if str(vintage) == "2013":
        text += " " + CC_BY_2013
    return text


def attribution_text(vintage: str | None = None) -> str:
    """One vintage's line, or (no vintage) a line covering both, for a page footer."""
    if vintage is not None:
        return attribution(vintage)
    return (
        f"{ONS_OGL} Contains OS data © Crown copyright and database right {COPYRIGHT_YEAR['2023']} "
        f"({COPYRIGHT_YEAR['2013']} for the 2013 boundaries). {CC_BY_2013}"
    )


ATTRIBUTION = {vintage: attribution(vintage) for vintage in COPYRIGHT_YEAR}
