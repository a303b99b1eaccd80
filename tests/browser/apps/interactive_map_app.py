"""A one-map app for browser tests: Kent's districts with the optional interactive (pydeck) map switched on."""
import streamlit as st

from components.maps import area_features, choropleth_map, interactive_map
from data import store

KENT_DISTRICTS = [f"E07000{n}" for n in range(105, 117)]

st.title("Interactive map test")
st.session_state.setdefault("pick_on", True)  # as if the viewer had switched it on
rows = store.load_measures().query("measure == 'carers_unpaid_pct' and period == '2011' and area_code in @KENT_DISTRICTS")
joined = choropleth_map(area_features(KENT_DISTRICTS), rows, "Unpaid carers, 2011", "Share (%)", key="m")
picked = interactive_map(joined, key="pick")
st.dataframe(rows[rows["area_code"] == picked] if picked else rows, key="table")
st.write(f"picked={picked}")
