"""Where the app reads its tables: the committed data folder, or the one named by $CMA_DATA_DIR.

Tests point CMA_DATA_DIR at a made-up county (tests/fixtures/madeup/) to run every view on
data that is not Kent's. The folder holds measures.csv, procurements.csv, findings.csv and
registry/areas.csv, registry/documents.csv. Read at call time, so a test can switch folders.
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "CMA_DATA_DIR"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder of measures.csv, procurements.csv and findings.csv."""
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env) if env else DEFAULT_DATA_DIR


def registry_dir() -> Path:
    """The folder of areas.csv and documents.csv."""
    return data_dir() / "registry"


def areas_csv() -> Path:
    return registry_dir() / "areas.csv"
