"""An in-tree PEP 517 backend: setuptools' own, run with the setuptools the interpreter has.

pip builds in an isolated environment and installs the build requirements into it from an
index. kgq must install with no network and with Debian's packages only (python3-setuptools,
python3-wheel), so it declares no build requirements and this backend puts the interpreter's
own site-packages back on sys.path (after the isolated ones) before loading setuptools.
"""
import site
import sys

for _path in site.getsitepackages():
    if _path not in sys.path:
        sys.path.append(_path)

from setuptools import build_meta as _setuptools  # noqa: E402
from setuptools.build_meta import *  # noqa: E402,F401,F403


def get_requires_for_build_wheel(config_settings=None):
    # setuptools asks for "wheel" here; it comes from the system (python3-wheel), not an index.
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


prepare_metadata_for_build_wheel = _setuptools.prepare_metadata_for_build_wheel
