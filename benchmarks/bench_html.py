"""Benchmark: TEI → HTML reading edition, documents per second on one core with the compiled stylesheet reused.

Usage: python benchmarks/bench_html.py [TEI ...] [--seconds 3] [--runs 5]
Without files it converts the seed (seeds/eir-2000-mizin.txt) to a temporary TEI and also measures the
hand-written sample (tests/data/sample-edition.xml). Goal: ≥ 150 docs/s for the seed. The figure is the median
of --runs runs of --seconds each (a shared machine makes single runs vary by ±10 %).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_inputs(tmp: Path) -> list[Path]:
    inputs = [ROOT / "tests" / "data" / "sample-edition.xml"]
    try:
        from tei_edition.convert import convert_file, write_conversion  # the converter, when present

        conversion = convert_file(ROOT / "seeds" / "eir-2000-mizin.txt")
        inputs.insert(0, write_conversion(conversion, tmp))
    except Exception as error:  # noqa: BLE001 - the benchmark still measures the sample
        print(f"(seed not converted: {error}; measuring the sample only)")
    return inputs


def measure(path: Path, seconds: float, runs: int) -> tuple[float, float, int, int]:
    from tei_edition.render import render_html

    data = path.read_bytes()
    start = time.perf_counter()
    html = render_html(data)               # first call: starts Saxon and compiles the stylesheet
    first = time.perf_counter() - start
    for _ in range(5):                     # warm up
        render_html(data)
    rates = []
    for _ in range(runs):
        # CPU time of this process, so that other processes on a shared machine do not skew the figure
        count, start, cpu = 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - start < seconds:
            render_html(data)
            count += 1
        rates.append(count / (time.process_time() - cpu))
    return first, statistics.median(rates), len(data), len(html.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=1.5, help="length of one run")
    parser.add_argument("--runs", type=int, default=5, help="runs per document; the median is reported")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or default_inputs(Path(tmp))
        rows = [(f.name, *measure(f, args.seconds, args.runs)) for f in files]
    print(f"{'document':<28} {'KB':>6} {'HTML KB':>8} {'first call (s)':>15} {'docs/s':>8} {'ms/doc':>7}"
          f"  (per CPU-second, median of {args.runs})")
    for name, first, rate, size, out in rows:
        print(f"{name:<28} {size / 1024:>6.1f} {out / 1024:>8.1f} {first:>15.2f} {rate:>8.1f} {1000 / rate:>7.2f}")
    print("goal: ≥ 150 docs/s on one core (compiled stylesheet reused)")


if __name__ == "__main__":
    main()
