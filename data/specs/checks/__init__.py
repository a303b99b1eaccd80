"""Checks truly specific to one document, named from its spec (`- check: module.function`).

Each function takes (ex: Extraction, spec: runner.Spec) and adds findings (or, rarely, figures
no declarative step can read). Everything else about a document is data in its YAML spec.
"""
