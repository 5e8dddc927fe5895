"""An installed tei-edition (a wheel, not the checkout) carries its stylesheets and schema: pyproject.toml maps xslt/
and schema/ into the package, and every file there must be covered, or an installed tool fails on its first render."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from tei_edition import resource_dir

ROOT = Path(__file__).resolve().parent.parent


def test_every_stylesheet_and_schema_file_is_installed_with_the_package():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package_dir, packages, package_data = setuptools["package-dir"], setuptools["packages"], setuptools["package-data"]
    missing = []
    for top in ("xslt", "schema"):
        package = next(name for name, folder in package_dir.items() if folder == top)
        for path in (ROOT / top).rglob("*"):
            if not path.is_file():
                continue
            folder = path.parent.relative_to(ROOT / top)
            dotted = ".".join((package, *folder.parts))
            if dotted not in packages or not any(fnmatch.fnmatch(path.name, glob) for glob in package_data.get(dotted, [])):
                missing.append(str(path.relative_to(ROOT)))
    assert not missing, f"not installed with the package: {missing}"


def test_the_checkout_finds_its_stylesheets_and_schema():
    assert (resource_dir("xslt") / "html.xsl").is_file()
    assert (resource_dir("schema") / "tei-edition.xsd").is_file()
