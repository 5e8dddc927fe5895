"""Benchmark (run by hand, not a test): cost of name tagging with generated registers of 100 and 10,000 entries.

    python benchmarks/bench_names.py [--repeat N]

Each register holds the seed's own register plus generated persons, organisations and places with
realistic name forms (full name, surname, acronym), so the seed's names are still found. Reported:
automaton build time (once per register and process), tagging time of the converted seed (a fresh tree per
run, median of N), and throughput.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from dataclasses import replace
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tei_edition.config import find_edition_config, load_edition_config  # noqa: E402
from tei_edition.convert import convert_file  # noqa: E402
from tei_edition.names import Matcher, matcher_for, tag_names  # noqa: E402
from tei_edition.register import Entry, NameForm, Register, load_register  # noqa: E402

SEED = ROOT / "seeds" / "eir-2000-mizin.txt"


def generated_register(size: int, base: Register, seed: int = 4) -> Register:
    rng = random.Random(seed)
    entries = list(base)
    syll = ["ka", "lo", "mi", "ra", "ve", "to", "sen", "bar", "dol", "vik", "ner", "gus", "pal", "zin", "mor"]

    def word() -> str:
        return "".join(rng.choice(syll) for _ in range(rng.randint(2, 4))).capitalize()

    i = 0
    while len(entries) < size:
        i += 1
        kind = ("person", "org", "place")[i % 3]
        if kind == "person":
            first, last = word(), word()
            forms = (NameForm(f"{first} {last}", "full"), NameForm(last, "surname"))
        elif kind == "org":
            name = f"{word()} {rng.choice(['Council', 'Institute', 'Agency', 'Bank'])} of {word()}"
            acro = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(3, 5)))
            forms = (NameForm(name, "full"), NameForm(acro, "abbr"))
        else:
            forms = (NameForm(word(), "full"),)
        entries.append(Entry(f"gen-{kind}-{i}", kind, forms, "generated"))
    return Register(entries[:size] if size >= len(base) else entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    base = load_register(ROOT / "seeds" / "register.xml")
    # the seed as the converter encodes it before tagging (no register), so every run tags the same text
    untagged = replace(load_edition_config(find_edition_config(SEED)), register=None)
    source = etree.tostring(convert_file(SEED, config=untagged).tree)
    words = len(" ".join(etree.fromstring(source).find("{http://www.tei-c.org/ns/1.0}text").itertext()).split())

    tag_names(etree.fromstring(source), base, year=2000)  # warm-up: imports, regex compilation
    rows = []
    for size in (len(base), 100, 10_000):
        register = base if size == len(base) else generated_register(size, base)
        forms = sum(len(e.names) for e in register)
        t0 = time.perf_counter()
        Matcher(register)
        build = time.perf_counter() - t0
        matcher_for(register)  # warm the cache, as a corpus build would
        times, counts = [], None
        for _ in range(args.repeat):
            root = etree.fromstring(source)
            t0 = time.perf_counter()
            report = tag_names(root, register, year=2000)
            times.append(time.perf_counter() - t0)
            counts = sum(report.counts.values())
        med = statistics.median(times)
        rows.append((len(register), forms, build * 1000, med * 1000, words / med, counts))

    print(f"seed: {words} words; median of {args.repeat} runs; Python {sys.version.split()[0]}")
    print(f"{'entries':>8} {'forms':>7} {'build ms':>9} {'tag ms':>8} {'words/s':>10} {'elements':>9}")
    for n, forms, build, tag, wps, counts in rows:
        print(f"{n:>8} {forms:>7} {build:>9.1f} {tag:>8.2f} {wps:>10,.0f} {counts:>9}")


if __name__ == "__main__":
    main()
