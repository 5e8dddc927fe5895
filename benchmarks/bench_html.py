"""Benchmark: TEI → HTML reading edition, documents per second on one core with the compiled stylesheet reused.

Usage: python benchmarks/bench_html.py [TEI ...] [--seconds 3]
Without files it converts the seed (seeds/eir-2000-mizin.txt) to a temporary TEI and also measures the
hand-written sample (tests/data/sample-edition.xml). Goal: ≥ 150 docs/s for the seed.
"""

from __future__ import annotations

import argparse
import os
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


def measure(path: Path, seconds: float) -> tuple[float, float, int]:
    from tei_edition.render import render_html

    data = path.read_bytes()
    start = time.perf_counter()
    render_html(data)                      # first call: starts Saxon and compiles the stylesheet
    first = time.perf_counter() - start
    for _ in range(5):                     # warm the JIT
        render_html(data)
    # CPU time of this process, so that other processes on a shared machine do not skew the figure
    count, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        render_html(data)
        count += 1
    return first, count / (time.process_time() - cpu), len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})   # one core
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or default_inputs(Path(tmp))
        rows = [(f.name, *measure(f, args.seconds)) for f in files]
    print(f"{'document':<28} {'KB':>6} {'first call (s)':>15} {'docs/s':>8} {'ms/doc':>7}  (per CPU-second)")
    for name, first, rate, size in rows:
        print(f"{name:<28} {size / 1024:>6.1f} {first:>15.2f} {rate:>8.1f} {1000 / rate:>7.2f}")
    print("goal: ≥ 150 docs/s on one core (compiled stylesheet reused)")


if __name__ == "__main__":
    main()
