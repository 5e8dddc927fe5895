"""Benchmark: carrying stable ids over when a long document is converted again after corrections (run by hand).

Usage: python benchmarks/bench_ids.py [--paragraphs 1000] [--runs 3]
Generates a transcript of N paragraphs of made-up words (a long interview's vocabulary, where a word is in few of its
paragraphs), converts it, corrects it in three ways and reports, for each, the CPU seconds of converting the
corrected text and of carrying the first conversion's ids over to it (stable_ids.carry_over: the alignment, the
retirements and the renaming), the median of --runs:

- ten corrections here and there (words added, a sentence appended);
- one word respelt in every paragraph (no paragraph left identical: a converter's rule changed, say), and one
  paragraph inserted;
- the text rewritten throughout (every paragraph new words: the one case that stays quadratic), for N / 2.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from tei_edition.convert import convert_file, write_conversion
from tei_edition.stable_ids import carry_over


def cpu_seconds(step, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.process_time()
        result = step()
        times.append(time.process_time() - start)
    return statistics.median(times), result


def transcript(blocks: list[str]) -> str:
    return "\n\n".join(blocks) + "\n"


def measure(name: str, first: list[str], second: list[str], runs: int, folder: Path) -> None:
    folder.mkdir()
    source = folder / "long.txt"
    source.write_text(transcript(first), encoding="utf-8")
    write_conversion(convert_file(source), folder / "out")
    old = etree.parse(str(folder / "out" / "long.xml")).getroot()
    source.write_text(transcript(second), encoding="utf-8")
    converting, conversion = cpu_seconds(lambda: convert_file(source), runs)
    root = conversion.tree.getroot()
    carrying, report = cpu_seconds(
        lambda: carry_over(etree.fromstring(etree.tostring(root)), etree.fromstring(etree.tostring(old)), "long"), runs)
    print(f"{name:<34} {len(second):>6} {converting:>11.3f} {carrying:>11.3f}   "
          f"kept {report.kept.get('p', 0)}, new {len(report.new.get('p', []))}, retired {len(report.retired)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    chance = random.Random(7)
    vocabulary = ["".join(chance.choice("abcdefghiklmnoprstuvwy") for _ in range(chance.randint(3, 9)))
                  for _ in range(3000)]

    def sentence() -> str:
        return " ".join(chance.choice(vocabulary) for _ in range(chance.randint(20, 60))).capitalize() + " harbour."

    def labelled(paragraphs: list[str]) -> list[str]:  # turns of one to three paragraphs
        return [("HOST: ", "GUEST: ", "", "")[k % 4] + p for k, p in enumerate(paragraphs)]

    n = args.paragraphs
    first = labelled([sentence() for _ in range(n)])
    corrected = list(first)
    for k in range(10):
        i = chance.randrange(n)
        corrected[i] = corrected[i].replace(" ", " and ", 1) if k % 2 else corrected[i] + " " + sentence()
    respelt = [p.replace(" harbour.", " harbor.") for p in first]
    respelt.insert(n // 2, "GUEST: A paragraph written since, about the ferry.")
    half = first[: n // 2]
    rewritten = labelled([sentence() for _ in half])
    print(f"{'correction':<34} {'paras':>6} {'convert s':>11} {'carry s':>11}   ids")
    with tempfile.TemporaryDirectory() as folder:
        measure("ten corrections", first, corrected, args.runs, Path(folder) / "a")
        measure("a word respelt in every paragraph", first, respelt, args.runs, Path(folder) / "b")
        measure("rewritten throughout", half, rewritten, args.runs, Path(folder) / "c")


if __name__ == "__main__":
    sys.exit(main())
