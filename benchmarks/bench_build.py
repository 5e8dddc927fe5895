"""Benchmark of `tei-edition build` on generated corpora (run by hand; not part of the tests).

Generates N interviews of the seed's size (varied speakers, names from the register, lengths), builds them
with `--jobs` workers, and reports documents per second overall and per stage, and the peak memory of a worker.
Each build runs in a fresh Python process so that the memory figure is that build's own.

    python benchmarks/bench_build.py                 # N = 100 and 1,000, TEI + HTML, then with PDF (N = 100)
    python benchmarks/bench_build.py --n 100 --formats tei,html,pdf --jobs 2
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

FIRST = "Anna Boris Clara Dmitri Elena Farid Greta Hugo Irina Jonas Karim Lena Marco Nadia Oskar Petra".split()
LAST = "Berg Dahl Ek Falk Gross Hahn Ivanova Jung Kraus Lind Moreau Novak Olsen Petrov Quist Roth".split()
PLACES = "Kosovo Belgrade Serbia Russia Yugoslavia Europe Washington London China France Spain Italy Iraq".split()
ORGS = ["the UN", "NATO", "the Security Council", "UNMIK", "KFOR", "the Russian UN Mission", "CNN"]
WORDS = (
    "the of and to in that is we it for not be as on with this are by principle sovereignty mission council "
    "question country people government agreement situation decision region policy support problem "
    "history position important international proposal community members territory consequence"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
    for _ in range(rng.randint(0, 2)):
        words.insert(rng.randrange(len(words)), rng.choice(PLACES + ORGS))
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words)), f"on March {rng.randint(1, 28)}")
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "?"])


def interview(n: int, rng: random.Random, size: int) -> str:
    guest = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    host = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    head = [
        f"## Interview: {guest}",
        "---",
        f"# On {rng.choice(PLACES)} and {rng.choice(ORGS)}, part {n}",
        f"*{guest} is a diplomat. {' '.join(sentence(rng) for _ in range(3))}*",
        f"*{guest.split()[-1]} spoke with {host} on March {rng.randint(1, 28)}.*",
    ]
    body, length = [], 0
    while length < size:
        label = "Q" if len(body) % 2 == 0 else guest.split()[-1]
        paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 6))) for _ in range(rng.randint(1, 3))]
        turn = f"**{label}:** " + "\n\n".join(paragraphs)
        body.append(turn)
        length += len(turn)
    return "\n\n".join(head + body) + "\n"


def make_corpus(folder: Path, n: int, seed: int = 2000) -> None:
    rng = random.Random(seed)
    size = len((SEEDS / "eir-2000-mizin.txt").read_text(encoding="utf-8"))
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / "edition.toml", folder / "edition.toml")
    shutil.copy(SEEDS / "register.xml", folder / "register.xml")
    for i in range(n):
        (folder / f"interview-{i:05d}.txt").write_text(interview(i, rng, int(size * rng.uniform(0.6, 1.4))), encoding="utf-8")


_RUNNER = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from tei_edition.build import build
    corpus, out, jobs, formats = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
    started = time.perf_counter()
    summary = build([Path(corpus)], Path(out), jobs=jobs, formats=formats, force=True)
    elapsed = time.perf_counter() - started
    stages = {}
    for result in summary.results:
        for stage, seconds in result.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    print(json.dumps({
        "elapsed": elapsed, "counts": summary.counts(), "stages": stages,
        "worker_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "client_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))
    """
)


def run(corpus: Path, out: Path, jobs: int, formats: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(corpus), str(out), str(jobs), formats],
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (default: 100 and 1000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--formats", action="append", help="default: tei,html and tei,html,pdf")
    parser.add_argument("--pdf-max", type=int, default=100, help="largest N to build with PDF (default 100)")
    args = parser.parse_args()
    sizes = args.n or [100, 1000]
    formats_list = args.formats or ["tei,html", "tei,html,pdf"]
    print(f"{'N':>6} {'formats':<13} {'jobs':>4} {'total s':>8} {'docs/s':>7}  per-stage docs/s (per core)          worker peak MB")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            corpus = Path(tmp) / f"corpus-{n}"
            make_corpus(corpus, n)
            for formats in formats_list:
                if "pdf" in formats and n > args.pdf_max:
                    continue
                result = run(corpus, Path(tmp) / f"dist-{n}-{formats.replace(',', '-')}", args.jobs, formats)
                assert result["counts"]["failed"] == 0, result
                stages = "  ".join(f"{k} {n / v:.0f}" for k, v in result["stages"].items())
                print(
                    f"{n:>6} {formats:<13} {args.jobs:>4} {result['elapsed']:>8.1f} {n / result['elapsed']:>7.1f}  "
                    f"{stages:<36} {result['worker_peak_kb'] / 1024:>6.0f}"
                )


if __name__ == "__main__":
    main()
