"""Care Market Atlas: entry point of the multipage Streamlit app.

Run with `make run` (or `streamlit run dashboard.py`). The page list lives in
components/navigation.py so the app, its tests and the benchmark agree on it.

Streamlit reads this file twice over. `streamlit run` first imports it to find `app`, the server with its
lifespan (components/warmup.py: the process opens its pages itself as soon as it serves); then every viewer's
run executes it as `__main__`, drawing the page.
"""
import streamlit as st

if __name__ == "__main__":  # a viewer's run (and AppTest's)
    from components.navigation import APP_ICON, app_pages, page_views, run_pages, view_path
    from components.run_gate import run_slot
    from components.startup import entering_through_dashboard, freeze_startup_objects
    from components.warmup import viewer_on, warm_pages_once, warming_up

    st.set_page_config(page_title="Care Market Atlas", page_icon=APP_ICON, layout="wide")

    # Streamlit's own page list in the sidebar, every page shown (a summary on hover), the open one marked.
    pages = app_pages(lambda p: st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path or None,
                                        default=not p.url_path, help=p.summary), __file__)
    navigation = st.navigation(pages, position="sidebar", expanded=True)
    with run_slot(), run_pages(pages):  # a few runs at a time: a room that opens the link at once is served in turn
        entering_through_dashboard()
        navigation.run()
    warm_pages_once([view_path(*view) for view in page_views()], navigation.url_path)  # once per process
    viewer_on(navigation.url_path)  # the warm-up opens this page's other tab next
    if not warming_up():  # else the warm-up freezes them when it is done, off every viewer's run
        freeze_startup_objects()  # once per process: the first run has imported what every page needs
else:  # `streamlit run dashboard.py` looking for the server to start
    from components.startup import defer_import, no_external_ip_lookup, skip_direct_execution_check
    from components.warmup import open_first_page_when_serving

    skip_direct_execution_check()
    no_external_ip_lookup()  # Streamlit would ask checkip.amazonaws.com for this machine's address
    defer_import("altair")  # imported when first used: charts kept from an earlier process need none

    app = st.App(__file__, lifespan=open_first_page_when_serving)
