#!/usr/bin/env bash
# Set up everything tei-edition needs on a fresh Debian machine: system packages (a headless
# browser for the browser tests, poppler for looking at PDF pages, the fonts the print edition
# embeds: Noto for most scripts, Noto CJK for Chinese, Japanese and Korean; a Java runtime for the
# Nu HTML Checker that the tests run; the distribution's Python with venv) and a virtual environment
# in .venv with the project and its test dependencies.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(chromium chromium-driver poppler-utils fonts-noto-core fonts-noto-cjk fonts-dejavu-core
                 default-jre-headless python3 python3-venv)

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

# The interpreter: $PYTHON if given, else the distribution's python3 when it is 3.11 or later, else the python3 on
# PATH. Debian builds its interpreter with profile-guided and link-time optimisation, which a Python compiled from
# source (pyenv's default, say) lacks: WeasyPrint, pure Python, typesets 10-13 % faster on it (README, "Benchmarks").
if [ -z "${PYTHON:-}" ]; then
    PYTHON=python3
    if /usr/bin/python3 -c 'import sys, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        PYTHON=/usr/bin/python3
    fi
fi
wanted=$("$PYTHON" -c 'import os, sys; print(os.path.realpath(sys.executable))')
if [ -x .venv/bin/python ] && [ "$(.venv/bin/python -c 'import os, sys; print(os.path.realpath(sys._base_executable))')" != "$wanted" ]; then
    echo "setup: .venv was made with another interpreter; making it again with $wanted" >&2
    rm -rf .venv
fi
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
# The project's own modules as bytecode, as a regular install has them: an editable install leaves them to be
# compiled on import, and where PYTHONDONTWRITEBYTECODE is set that is on every import, ≈ 70 ms for every process
# (each build worker, each command). Up-to-date files are skipped; a module edited later is compiled again on import.
.venv/bin/python -m compileall -q src/tei_edition >/dev/null
