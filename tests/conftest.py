"""Shared fixtures: paths, the seed, the official tei_all validator compiled once per session, and the browser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "eir-2000-mizin.txt"
TEI_ALL = ROOT.parent / "shared" / "tei" / "tei_all.rng"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium through Playwright, one per test module that asks for it."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        print(f"SKIP reason: no chromium at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"chromium not installed at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def tei_all():
    """A function that returns tei_all's error messages for a tree ([] when valid)."""
    if not TEI_ALL.exists():
        pytest.skip(f"official schema not found at {TEI_ALL}: tei_all validation skipped")
    relaxng = etree.RelaxNG(etree.parse(str(TEI_ALL)))

    def check(tree_or_path) -> list[str]:
        if isinstance(tree_or_path, (str, Path)):
            parser = etree.XMLParser(collect_ids=False)
            tree = etree.parse(str(tree_or_path), parser)
        else:
            tree = tree_or_path
        if relaxng.validate(tree):
            return []
        return [f"{e.line}:{e.column}: {e.message}" for e in relaxng.error_log]

    return check


def pytest_unconfigure(config):
    """Release SaxonC while the interpreter is whole: its destructor fails noisily during interpreter shutdown."""
    import gc
    import sys

    render = sys.modules.get("tei_edition.render")
    if render is not None:
        render._saxon.close()
    gc.collect()
