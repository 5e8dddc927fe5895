#!/usr/bin/env bash
# Set up everything tei-edition needs on a fresh Debian machine: system packages (a headless
# browser for the browser tests, poppler for looking at PDF pages, the fonts the print edition
# embeds, a Java runtime for the Nu HTML Checker that the tests run) and a virtual environment in
# .venv with the project and its test dependencies.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(chromium chromium-driver poppler-utils fonts-noto-core fonts-dejavu-core default-jre-headless)

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
# A test tool whose release pins an older SaxonC than the one tei-edition runs on: installed without its
# dependencies, so that the tests run on the SaxonC users get (the part the tests use needs only lxml and
# saxonche, both dependencies of tei-edition). Everything else comes from pyproject.toml.
NO_DEPS_TEST_TOOLS=("dapytains==1.0.0rc4")  # a DTS client: checks the TEI's citeStructure

stamp=.venv/.installed-$(cat pyproject.toml tools/setup.sh | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e '.[test]'
    .venv/bin/python -m pip install -q --no-deps "${NO_DEPS_TEST_TOOLS[@]}"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
