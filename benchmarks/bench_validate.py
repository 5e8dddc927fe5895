"""Benchmark: validation of a 20 KB TEI against schema/ with the pointer checks (validate.validate_tree), run by hand.

Usage: python benchmarks/bench_validate.py [--runs 200]
The document is the tests' minimal valid TEI grown to sixty speeches of an interview's paragraph length, each with
italics, a quotation and a name; the figure is CPU milliseconds per validation, the median of five rounds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from lxml import etree

from tei_edition.validate import validate_tree

MINIMAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "valid_minimal.xml"
SPEECH = (
    '        <sp xml:id="minimal-sp{n}" who="#spk-a">\n          <speaker>A</speaker>\n'
    '          <p xml:id="minimal-p{n}" n="{n}">Paragraph {n} has <hi rend="italic">italics</hi>, a '
    '<q rend="double-curly">quotation</q>, <persName>a name</persName> and enough words to be as long as a '
    "paragraph of an interview usually is.</p>\n        </sp>\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    text = MINIMAL.read_text(encoding="utf-8")
    body = "".join(SPEECH.format(n=n) for n in range(2, 62))
    text = text.replace("      </div>\n    </body>", body + "      </div>\n    </body>")
    tree = etree.ElementTree(etree.fromstring(text.encode("utf-8")))
    problems = validate_tree(tree, "generated")
    if problems:
        sys.exit(f"the generated document is not valid: {problems[0]}")
    rounds = []
    for _ in range(5):
        start = time.process_time()
        for _ in range(args.runs):
            validate_tree(tree, "generated")
        rounds.append((time.process_time() - start) / args.runs)
    print(f"validate_tree: {statistics.median(rounds) * 1000:.2f} ms per {len(text.encode()) // 1024} KB document")


if __name__ == "__main__":
    main()
