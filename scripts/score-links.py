#!/usr/bin/env python3
"""Scores a claimdiff binary's sentence links against link gold kept outside the project.

The project's development set (bench/alignment, scored by scripts/eval-alignment.sh) is the
samples'. Independent outlets' reports of other events cannot live in the project (their text is
theirs), so their gold does not either: one JSON file per pair of accounts, in a folder of its own,
named EVENT__A__B.json:

    {"a": "/path/to/a.txt", "b": "/path/to/b.txt",
     "links": [{"a": "start of a sentence of A", "b": "start of a sentence of B", "note": "…"}]}

A link is a pair of sentences that states at least one same fact, fully or partly (see
docs/alignment-calibration.md, fifth stop). Each start must match exactly one sentence of its
account as the binary segments it (a warning says when it does not).

usage: scripts/score-links.py BIN GOLD_DIR... [--show]

For every pair, runs `BIN compare --format json A B`; a predicted link is a cross-account pair of
sentences in one claim group, or a related link. Prints precision, recall and F1 per pair, per
event (the file name's first part) and in all (micro), and with --show the missed and false links.
"""
import glob
import json
import os
import subprocess
import sys
from collections import defaultdict


def f1(correct, predicted, gold):
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predicted_links(comparison):
    links = set()
    for group in comparison.get("groups", []):
        of = lambda account: [s for m in group["members"] if m["account"] == account for s in m["sentences"]]
        links.update((i, j) for i in of(0) for j in of(1))
    for related in comparison.get("related", []):
        ends = {m["account"]: m["sentence"] for m in related.get("members", [])}
        if 0 in ends and 1 in ends:
            links.add((ends[0], ends[1]))
    return links


def gold_links(gold, a_sentences, b_sentences, where):
    def resolve(start, sentences):
        hits = [k for k, s in enumerate(sentences) if s.startswith(start.strip())]
        if len(hits) != 1:
            print(f"WARNING: {start.strip()[:50]!r} matches {len(hits)} sentences ({where})", file=sys.stderr)
        return hits
    return {(i, j) for link in gold["links"] for i in resolve(link["a"], a_sentences)
            for j in resolve(link["b"], b_sentences)}


def main():
    args = [a for a in sys.argv[1:] if a != "--show"]
    show = len(args) < len(sys.argv) - 1
    if len(args) < 2:
        sys.exit(__doc__)
    binary, folders = args[0], args[1:]
    events = defaultdict(lambda: [0, 0, 0])
    total = [0, 0, 0]
    for path in sorted(p for folder in folders for p in glob.glob(os.path.join(folder, "*__*__*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        run = subprocess.run([binary, "compare", "--format", "json", gold["a"], gold["b"]],
                             capture_output=True, text=True, check=True)
        comparison = json.loads(run.stdout)
        a, b = ([s["text"].strip() for s in acc["sentences"]] for acc in comparison["accounts"][:2])
        name = os.path.basename(path)[:-5]
        expected, found = gold_links(gold, a, b, name), predicted_links(comparison)
        counts = [len(expected & found), len(found), len(expected)]
        for tally in (events[name.split("__")[0]], total):
            for k in range(3):
                tally[k] += counts[k]
        print("{:<44} gold {:3d}  P {:.3f}  R {:.3f}  F1 {:.3f}".format(name, counts[2], *f1(*counts)))
        if show:
            for tag, pairs in (("MISSED", expected - found), ("FALSE ", found - expected)):
                for i, j in sorted(pairs):
                    print(f"  {tag} A[{i}] {a[i][:90]!r}\n         B[{j}] {b[j][:90]!r}")
    print()
    for event, counts in events.items():
        print("{:<44} gold {:3d}  P {:.3f}  R {:.3f}  F1 {:.3f}".format("event " + event, counts[2], *f1(*counts)))
    print("{:<44} gold {:3d}  P {:.3f}  R {:.3f}  F1 {:.3f}".format("all pairs (micro)", total[2], *f1(*total)))


if __name__ == "__main__":
    main()
