"""Shared fixtures of the kgq Python tests (run by ctest with PYTHONPATH=build/python)."""
import json
import os
import pathlib

import pytest

import kgq

REPO = pathlib.Path(__file__).resolve().parents[2]
GRAPHS = REPO / "tests" / "graphs"
BUNDLED_JSON = REPO / "data" / "china_innovation.json"


@pytest.fixture(scope="session")
def bundled():
    return kgq.Database.bundled()


@pytest.fixture(scope="session")
def bundled_json():
    with open(BUNDLED_JSON, encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture
def social():
    return kgq.Database(GRAPHS / "social.json")


def pytest_report_header(config):
    return f"kgq module: {kgq._kgq.__file__}"
