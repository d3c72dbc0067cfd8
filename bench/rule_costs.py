#!/usr/bin/env python3
"""Where reading one catalog's figures goes: each figure rule's time over the catalog's texts.

    .venv/bin/python bench/rule_costs.py CATALOG.po LOCALE [--top 15]

Times `plain()`, the reader's prefilters (digits, slash, number words, day names) and each rule
of `grammar(LOCALE)` over every translated text of CATALOG.po, with the prefilters applied as
the reader applies them (a rule that needs a digit does not run on a text without one). The
grammar is compiled before timing. Example (the 6x200 bench corpus, see bench/corpus.py):

    .venv/bin/python bench/rule_costs.py /dev/shm/c6/slasite/locales/de/LC_MESSAGES/messages.po de
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from babel.messages.pofile import read_po  # noqa: E402

from generator.figures import read as reader  # noqa: E402
from generator.figures.text import plain  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("catalog", type=Path)
    ap.add_argument("locale")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    with args.catalog.open("rb") as fh:
        catalog = read_po(fh)
    texts = [s for m in catalog if m.id for s in (m.string if isinstance(m.string, (list, tuple)) else [m.string]) if s]
    rules = reader.grammar(args.locale)

    t = time.perf_counter()
    plains = [plain(text).text for text in texts]
    plain_time = time.perf_counter() - t
    cost: Counter = Counter()
    runs: Counter = Counter()
    prefilter_time = 0.0
    for p in plains:
        t = time.perf_counter()
        has = {"digit": reader._DIGIT.search(p) is not None, "slash": "/" in p}
        has["card"] = reader._cardinal_words(args.locale).search(p) is not None
        has["number"] = has["digit"] or has["card"]
        has["day"] = reader._day_names(args.locale).search(p) is not None
        prefilter_time += time.perf_counter() - t
        for i, rule in enumerate(rules):
            if rule.needs and not has[rule.needs]:
                continue
            t = time.perf_counter()
            for _ in rule.regex.finditer(p):
                pass
            cost[i] += time.perf_counter() - t
            runs[i] += 1
    with_digits = sum(1 for p in plains if reader._DIGIT.search(p))
    print(f"{args.catalog} ({args.locale}): {len(texts)} texts, {with_digits} with a digit")
    print(f"plain() {plain_time:.3f} s, prefilters {prefilter_time:.3f} s, rules {sum(cost.values()):.3f} s")
    print("| rule | needs | texts run | time s | pattern chars |\n|---|---|---:|---:|---:|")
    for i, c in cost.most_common(args.top):
        r = rules[i]
        print(f"| {r.name} | {r.needs or '—'} | {runs[i]} | {c:.3f} | {len(r.regex.pattern)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
