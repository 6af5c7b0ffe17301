#!/bin/sh
# Install storywatch from a wheel into a fresh virtual environment: the Dockerfile's install step, and what
# tests/test_install.py runs where no container engine is available.
#   deploy/install.sh VENV WHEEL [EXTRA...]      e.g. deploy/install.sh /opt/storywatch dist/storywatch-*.whl serve
# STORYWATCH_VENV_ARGS and STORYWATCH_PIP_ARGS add options to `python -m venv` and `pip install` (the tests:
# --system-site-packages and --no-deps --no-index, to install offline).
set -eu
venv="$1"; wheel="$2"; shift 2
extras=""
if [ "$#" -gt 0 ]; then extras="[$(echo "$@" | tr ' ' ',')]"; fi
python3 -m venv ${STORYWATCH_VENV_ARGS:-} "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check ${STORYWATCH_PIP_ARGS:-} "$wheel$extras"
"$venv/bin/storywatch" --version
