"""Add a document: upload another council's document, review the proposed figures, save them for the views."""
from components import data_access
from components.layout import page_footer, page_header
from components.review_view import review_page

page_header("add-document")
review_page(data_access.areas(), data_access.curated_measures)  # read only when a save is checked against them
page_footer()
