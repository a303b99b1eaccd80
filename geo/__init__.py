"""District boundaries in two vintages, area-to-shape lookups and map-ready GeoJSON.

Public entry points (no streamlit here; the components layer caches with st.cache_data):
    boundary_for, successor_today, no_shape_reason, period_year, map_codes   (geo.lookup)
    map_features, geojson_size_bytes, region_bounds, view_state             (geo.mapready)
    attribution                                                             (geo.attribution)
    BoundariesUnavailable                                                   (geo.sources)
    features, national, land_around, read_layer                             (geo.webshapes)
Importing this package does not import geopandas; only building a layer does. The served app reads
shapes through geo.webshapes only (prepared files, json): `make boundaries` (geo.prepare, with
geo.mapready and geo.national) is the one step that needs geopandas.
"""
from geo.attribution import attribution
from geo.lookup import (
    BoundaryRef, Today, UnknownArea, boundary_for, map_codes, no_shape_reason, period_year, successor_today,
)
from geo.mapready import geojson_size_bytes, map_features, region_bounds, view_state
from geo.sources import BoundariesUnavailable, available_vintages

__all__ = [
    "BoundariesUnavailable", "BoundaryRef", "Today", "UnknownArea", "attribution", "available_vintages",
    "boundary_for", "geojson_size_bytes", "map_codes", "map_features", "no_shape_reason", "period_year",
    "region_bounds", "successor_today", "view_state",
]
