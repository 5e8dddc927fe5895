"""Benchmark of `tei-edition build` on generated corpora (run by hand; not part of the tests).

Generates N interviews of the seed's size (varied speakers, names from the register, lengths), builds them
with `--jobs` workers, and reports documents per second overall and per stage, and the peak memory of a worker.
Each build runs in a fresh Python process so that the memory figure is that build's own.

    python benchmarks/bench_build.py                 # N = 100 and 1,000, TEI + HTML, then with PDF (N = 100)
    python benchmarks/bench_build.py --n 100 --formats tei,html,pdf --jobs 2 --repeat 3
    python benchmarks/bench_build.py --startup       # only what starting a build process costs, step by step

The build process builds documents too, beside jobs - 1 workers, so "client MB" is a worker's peak as well.
"total s" (and docs/s) is the build itself, timed from after `import tei_edition.build`; "proc s" is the whole
process as a user of `tei-edition build` waits for it: the interpreter's start, the imports (≈ 0.2 s, see
--startup), the build and the exit. "first s" is when the first document was done. "load" is how many cores other
processes kept busy in the second before the run (the machine is a shared VM): a run with load near 1 had one core,
not two.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
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
    done = []
    def progress(source, result):
        if result is not None and not done:
            done.append(time.perf_counter())
    started = time.perf_counter()
    summary = build([Path(corpus)], Path(out), jobs=jobs, formats=formats, force=True, progress=progress)
    elapsed = time.perf_counter() - started
    import multiprocessing
    for child in multiprocessing.active_children():  # the build does not wait for its workers to exit: reap them,
        child.join()  # or their memory is not in RUSAGE_CHILDREN
    stages = {}
    for result in summary.results:
        for stage, seconds in result.timings.items():
            stages[stage] = stages.get(stage, 0.0) + seconds
    print(json.dumps({
        "elapsed": elapsed, "first": done[0] - started, "counts": summary.counts(), "stages": stages,
        "worker_peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "client_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))
    """
)


def run(corpus: Path, out: Path, jobs: int, formats: str) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(corpus), str(out), str(jobs), formats],
        check=True, capture_output=True, text=True,
    )
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "process": time.perf_counter() - started}


def other_load(seconds: float = 1.0) -> float:
    """Cores kept busy by other processes over ``seconds`` (from /proc/stat; 0 where there is none)."""
    try:
        before = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        time.sleep(seconds)
        after = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    delta = [b - a for a, b in zip(before, after)]
    idle = delta[3] + delta[4]
    return (os.cpu_count() or 1) * (sum(delta) - idle) / max(sum(delta), 1)


# Each step in a fresh interpreter, after the steps before it, as a build worker goes through them.
_STARTUP = textwrap.dedent(
    """
    import json, sys, time
    steps = []
    def step(name, fn):
        started = time.perf_counter(); fn(); steps.append((name, time.perf_counter() - started))
    def imports_of_build():
        import tei_edition.build, tei_edition.convert  # the converter: readers, names, encode, lxml
    def first_document(formats):
        from tei_edition.build import DocumentTask, build_document
        result = build_document(DocumentTask(sys.argv[1], formats, sys.argv[2]))
        assert result.status == "built", result.error
    def compile_(name):
        from tei_edition import render
        render.warm_up([name])
    from pathlib import Path
    step("import tei_edition.build (+ convert, lxml)", imports_of_build)
    step("import rich (client only)", lambda: __import__("rich.progress"))
    from tei_edition import validate, render
    step("libxml2 schema", validate.warm_up)
    step("import saxonche + start SaxonC", lambda: render._saxon.processor)
    step("compile html.xsl", lambda: compile_("html"))
    from tei_edition.config import load_edition_config
    from tei_edition.convert import register_for
    step("config + register + name automaton", lambda: register_for(load_edition_config(Path(sys.argv[2]))))
    step("first document, TEI + HTML", lambda: first_document(("tei", "html")))
    step("second document, TEI + HTML", lambda: first_document(("tei", "html")))
    step("(not paid) import xmlschema + compile", validate.schema)
    step("(PDF only) import weasyprint", lambda: __import__("weasyprint"))
    from tei_edition import pdf
    step("(PDF only) fonts + compile print.xsl", pdf.warm_up)
    step("(PDF only) first document with PDF", lambda: first_document(("tei", "html", "pdf")))
    step("(--scheduler only) import distributed", lambda: __import__("distributed"))
    step("(collection index) compile collection.xsl", lambda: compile_("collection"))
    print(json.dumps(steps))
    """
)


def startup(corpus: Path, repeat: int) -> None:
    """What starting a build process costs, step by step (medians over ``repeat`` fresh processes)."""
    source = sorted(corpus.glob("*.txt"))[0]
    interpreter, runs = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        interpreter.append(time.perf_counter() - started)
        done = subprocess.run([sys.executable, "-c", _STARTUP, str(source), str(corpus / "edition.toml")],
                              check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"start-up of a build process (median of {repeat}; ms)")
    print(f"  {'python interpreter (incl. site)':<46} {statistics.median(interpreter) * 1000:>7.0f}")
    for i, (name, _) in enumerate(runs[0]):
        print(f"  {name:<46} {statistics.median(run[i][1] for run in runs) * 1000:>7.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (default: 100 and 1000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--formats", action="append", help="default: tei,html and tei,html,pdf")
    parser.add_argument("--pdf-max", type=int, default=100, help="largest N to build with PDF (default 100)")
    parser.add_argument("--repeat", type=int, default=1, help="builds per size and formats (default 1)")
    parser.add_argument("--startup", action="store_true", help="only the start-up breakdown")
    args = parser.parse_args()
    sizes = args.n or [100, 1000]
    formats_list = args.formats or ["tei,html", "tei,html,pdf"]
    with tempfile.TemporaryDirectory() as tmp:
        if args.startup:
            corpus = Path(tmp) / "corpus"
            make_corpus(corpus, 3)
            startup(corpus, max(args.repeat, 3))
            return
        print(f"{'N':>6} {'formats':<13} {'jobs':>4} {'total s':>8} {'docs/s':>7} {'proc s':>7} {'first s':>7}  "
              f"{'per-stage docs/s (per core)':<38} {'worker MB':>9} {'client MB':>9} {'load':>5}")
        for n in sizes:
            corpus = Path(tmp) / f"corpus-{n}"
            make_corpus(corpus, n)
            for formats in formats_list:
                if "pdf" in formats and n > args.pdf_max:
                    continue
                for _ in range(args.repeat):
                    load = other_load()
                    out = Path(tmp) / f"dist-{n}-{formats.replace(',', '-')}"
                    shutil.rmtree(out, ignore_errors=True)  # each run a first build (no ids to carry over)
                    result = run(corpus, out, args.jobs, formats)
                    assert result["counts"]["failed"] == 0, result
                    stages = "  ".join(f"{k} {n / v:.{1 if n / v < 10 else 0}f}" for k, v in result["stages"].items())
                    print(
                        f"{n:>6} {formats:<13} {args.jobs:>4} {result['elapsed']:>8.2f} {n / result['elapsed']:>7.1f} "
                        f"{result['process']:>7.2f} {result['first']:>7.2f}  {stages:<38} {result['worker_peak_kb'] / 1024:>9.0f} "
                        f"{result['client_peak_kb'] / 1024:>9.0f} {load:>5.1f}", flush=True,
                    )


if __name__ == "__main__":
    main()
