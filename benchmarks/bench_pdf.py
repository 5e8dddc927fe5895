"""Benchmark: the seed TEI → PDF/A print edition, seconds per document after warm-up, in one process (one core).

Usage: python benchmarks/bench_pdf.py [TEI ...] [--runs N]
Without a TEI file the seed transcript is converted first. Prints a table: XSLT (print.xsl), WeasyPrint
layout + PDF, total per document (median and best of N runs), pages, size. Wall and CPU time are both shown:
on a shared machine CPU time is the fairer "one core" figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from lxml import etree  # noqa: E402

from tei_edition import pdf  # noqa: E402
from tei_edition.render import render_html  # noqa: E402


def seed_tei(tmp: Path) -> Path:
    from tei_edition.convert import convert_file

    tree = convert_file(ROOT / "seeds" / "eir-2000-mizin.txt").tree
    path = tmp / "eir-2000-mizin.xml"
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or [seed_tei(Path(tmp))]
        t0 = time.perf_counter()
        pdf.warm_up()
        print(f"warm-up (import WeasyPrint, fonts, compile print.xsl): {time.perf_counter() - t0:.2f} s")
        print(f"{'document':<24} {'xslt s':>7} {'total s (wall)':>15} {'best':>6} {'total s (cpu)':>14} {'best':>6} {'pages':>6} {'KB':>6}")
        for path in files:
            data = path.read_bytes()
            render_html(data, to="print")  # first transform after compile is slower: not counted
            xslt, wall, cpu = [], [], []
            for _ in range(args.runs):
                t = time.perf_counter()
                render_html(data, to="print")
                xslt.append(time.perf_counter() - t)
                t, c = time.perf_counter(), time.process_time()
                out = pdf.render_pdf(path)
                wall.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            import pypdf, io

            pages = len(pypdf.PdfReader(io.BytesIO(out)).pages)
            print(f"{path.stem:<24} {statistics.median(xslt):>7.3f} {statistics.median(wall):>15.3f} {min(wall):>6.3f} "
                  f"{statistics.median(cpu):>14.3f} {min(cpu):>6.3f} {pages:>6} {len(out) / 1024:>6.0f}")
        print("goal: ≤ 0.3 s per document (issue 6)")


if __name__ == "__main__":
    main()
