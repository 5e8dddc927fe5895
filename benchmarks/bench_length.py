"""Benchmark: time against the length of one document (an oral history of three hours is twenty seeds long).

Usage: python benchmarks/bench_length.py [--sizes 1 5 20] [--runs 3] [--no-pdf]
Generates interviews of 1, 5 and 20 times the seed's length (bench_build's generator: varied speakers, names,
sentences) and reports, per size, the CPU seconds of conversion, TEI → HTML and TEI → PDF for one document on one
core (the median of --runs, after a warm-up), and the cost per 10,000 characters of transcript, which stays the same
when every stage is linear in the document's length.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import interview  # noqa: E402 - the generator of the build benchmark's corpus


def cpu_seconds(step, runs: int) -> float:
    step()  # warm-up
    times = []
    for _ in range(runs):
        start = time.process_time()
        step()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 5, 20], help="lengths, in seeds")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    warnings.simplefilter("ignore")  # "no sidecar" and the like: not what is measured

    import pikepdf

    from tei_edition import pdf, render
    from tei_edition.convert import convert_file, write_conversion

    seed_length = len((ROOT / "seeds" / "eir-2000-mizin.txt").read_text(encoding="utf-8"))
    print(f"{'size':>5} {'chars':>8} {'paragraphs':>10} {'convert s':>9} {'HTML s':>7} {'PDF s':>6} {'pages':>5}  "
          "per 10,000 chars: convert / HTML / PDF (ms)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            source = folder / f"interview-{size}.txt"
            source.write_text(interview(size, random.Random(size), seed_length * size), encoding="utf-8")
            length = len(source.read_text(encoding="utf-8"))
            converted = cpu_seconds(lambda: convert_file(source), args.runs)
            tei = write_conversion(convert_file(source), folder / "tei").read_bytes()
            html = cpu_seconds(lambda: render.render_html(tei), args.runs)
            paragraphs = tei.count(b"<p ")
            typeset, pages = float("nan"), 0
            if not args.no_pdf:
                typeset = cpu_seconds(lambda: pdf.render_pdf(tei), args.runs)
                with pikepdf.open(io.BytesIO(pdf.render_pdf(tei))) as document:
                    pages = len(document.pages)
            per = 10_000 / length * 1000
            print(f"{size:>5} {length:>8} {paragraphs:>10} {converted:>9.3f} {html:>7.3f} {typeset:>6.2f} {pages:>5}  "
                  f"{converted * per:.1f} / {html * per:.1f} / {typeset * per:.0f}", flush=True)


if __name__ == "__main__":
    main()
