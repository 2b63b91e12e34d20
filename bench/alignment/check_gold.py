#!/usr/bin/env python3
"""Check the gold alignment files of this folder against the sample texts.

Usage: check_gold.py [--samples DIR] [--gold DIR]
  --samples  folder holding the sample accounts NNN_*.txt (default: ../shared/samples from the
             project root, i.e. the path relative to this file's project)
  --gold     folder holding pair-AAA-BBB.json, sentences-NNN.txt, claims.json (default: this folder)

Checks, for every pair-*.json (GOLD-FORMAT.md):
  - every sentence of sentences-NNN.txt is found in order in the sample text;
  - every anchor occurs exactly once in its document and lies inside one gold sentence;
  - kinds, divergence types and `material` flags are well formed;
  - every divergence span is a verbatim substring of the sentence its link's anchor names;
  - every gold sentence of both documents appears in exactly one of: some link, a_only, b_only
    (a sentence may appear in several links, but not also in an *_only list, nor twice there).
And for claims.json (score.py's `claims` mode): unique ids, at least two accounts per claim, every
span occurs exactly once in its account's text and
  lies inside one gold sentence, `diverges` is a boolean.
Prints one line per file; exits 1 on the first file with problems (after listing them).
"""
import argparse
import glob
import json
import os
import re
import sys

KINDS = {"equivalent", "partial"}
TYPES = {"number", "entity", "quote", "attribution", "modality", "negation", "scope", "wording", "time"}


def load_text(samples, n):
    files = glob.glob(os.path.join(samples, f"{n}_*.txt"))
    if len(files) != 1:
        raise SystemExit(f"sample {n}: expected one file {n}_*.txt in {samples}, found {len(files)}")
    return open(files[0], encoding="utf-8").read()


def load_sentences(gold_dir, n, text, errors):
    spans, pos = [], 0
    path = os.path.join(gold_dir, f"sentences-{n}.txt")
    expect = 1
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = re.match(r"^(\d+)\t(.*)$", line)
        if not m:
            if line.strip():
                errors.append(f"{path}: malformed line {line[:60]!r}")
            continue
        if int(m.group(1)) != expect:
            errors.append(f"{path}: index {m.group(1)} where {expect} expected")
        expect = int(m.group(1)) + 1
        s = m.group(2)
        start = text.find(s, pos)
        if start < 0:
            errors.append(f"{path}: sentence {m.group(1)} not found in order: {s[:60]!r}")
            continue
        if re.search(r"[A-Za-z0-9]", text[pos:start]):
            errors.append(f"{path}: text skipped before sentence {m.group(1)}: {text[pos:start][:60]!r}")
        spans.append((start, start + len(s)))
        pos = start + len(s)
    if re.search(r"[A-Za-z]", text[pos:]):
        errors.append(f"{path}: text after the last sentence: {text[pos:][:60]!r}")
    return spans


def sentence_of(text, spans, anchor, what, errors, min_words=4):
    """Index of the gold sentence holding anchor, which must occur exactly once in text."""
    n = text.count(anchor)
    if n != 1:
        errors.append(f"{what}: anchor occurs {n} times: {anchor[:60]!r}")
        return None
    i = text.find(anchor)
    hits = [k for k, (s, e) in enumerate(spans) if s <= i and i + len(anchor) <= e]
    if len(hits) != 1:
        errors.append(f"{what}: anchor not inside one gold sentence: {anchor[:60]!r}")
        return None
    if len(anchor.split()) < min_words and len(text[spans[hits[0]][0]:spans[hits[0]][1]].split()) >= min_words:
        errors.append(f"{what}: anchor shorter than {min_words} words: {anchor!r}")
    return hits[0]


def check_pair(path, samples, gold_dir):
    errors = []
    gold = json.load(open(path, encoding="utf-8"))
    a, b = gold["a"], gold["b"]
    if os.path.basename(path) != f"pair-{a}-{b}.json":
        errors.append(f"file name does not match a={a}, b={b}")
    ta, tb = load_text(samples, a), load_text(samples, b)
    ga, gb = load_sentences(gold_dir, a, ta, errors), load_sentences(gold_dir, b, tb, errors)
    in_links_a, in_links_b, pairs = set(), set(), set()
    for k, link in enumerate(gold["links"]):
        ia = sentence_of(ta, ga, link["a"], f"link {k} a", errors)
        ib = sentence_of(tb, gb, link["b"], f"link {k} b", errors)
        if link.get("kind") not in KINDS:
            errors.append(f"link {k}: kind {link.get('kind')!r}")
        if not isinstance(link.get("note", ""), str):
            errors.append(f"link {k}: note is not a string")
        if ia is None or ib is None:
            continue
        if (ia, ib) in pairs:
            errors.append(f"link {k}: the sentence pair {ia + 1}-{ib + 1} is linked twice")
        pairs.add((ia, ib))
        in_links_a.add(ia)
        in_links_b.add(ib)
        sa, sb = ta[ga[ia][0]:ga[ia][1]], tb[gb[ib][0]:gb[ib][1]]
        for d in link.get("divergences", []):
            if d.get("type") not in TYPES:
                errors.append(f"link {k}: divergence type {d.get('type')!r}")
            if not isinstance(d.get("material"), bool):
                errors.append(f"link {k}: divergence material is not a boolean")
            if d.get("a", "") not in sa or not d.get("a"):
                errors.append(f"link {k}: divergence span not in A sentence {ia + 1}: {d.get('a')!r}")
            if d.get("b", "") not in sb or not d.get("b"):
                errors.append(f"link {k}: divergence span not in B sentence {ib + 1}: {d.get('b')!r}")
    for side, key, text, spans, linked in (("a", "a_only", ta, ga, in_links_a), ("b", "b_only", tb, gb, in_links_b)):
        only = [sentence_of(text, spans, anc, f"{key}", errors) for anc in gold[key]]
        only = [x for x in only if x is not None]
        for x in set(only):
            if only.count(x) > 1:
                errors.append(f"{key}: sentence {x + 1} listed {only.count(x)} times")
            if x in linked:
                errors.append(f"{key}: sentence {x + 1} is also in a link")
        for x in range(len(spans)):
            if x not in linked and x not in only:
                errors.append(f"{side}: sentence {x + 1} is in no link and not in {key}: "
                              f"{text[spans[x][0]:spans[x][1]][:60]!r}")
    n_div = sum(len(l.get("divergences", [])) for l in gold["links"])
    n_mat = sum(d.get("material") is True for l in gold["links"] for d in l.get("divergences", []))
    summary = (f"{len(gold['links'])} links ({len(in_links_a)} A / {len(in_links_b)} B sentences), "
               f"{len(gold['a_only'])} a_only, {len(gold['b_only'])} b_only, {n_div} divergences ({n_mat} material)")
    return errors, summary


def check_claims(path, samples, gold_dir):
    errors = []
    spans_of = {}
    claims = json.load(open(path, encoding="utf-8"))
    if not isinstance(claims, list):
        return [f"{path}: top level is not a list"], ""
    texts, ids = {}, set()
    for c in claims:
        cid = c.get("id")
        if not cid or cid in ids:
            errors.append(f"claim id missing or repeated: {cid!r}")
        ids.add(cid)
        if not isinstance(c.get("diverges"), bool):
            errors.append(f"{cid}: diverges is not a boolean")
        accs = c.get("accounts", {})
        if len(accs) < 2:
            errors.append(f"{cid}: fewer than two accounts")
        for acc, v in accs.items():
            if acc not in texts:
                texts[acc] = load_text(samples, acc)
                spans_of[acc] = load_sentences(gold_dir, acc, texts[acc], errors)
            n = texts[acc].count(v.get("span", ""))
            if not v.get("span") or n != 1:
                errors.append(f"{cid}: span in {acc} occurs {n} times: {v.get('span', '')[:60]!r}")
            else:
                sentence_of(texts[acc], spans_of[acc], v["span"], f"{cid}: span in {acc}", errors, min_words=0)
    n_div = sum(bool(c.get("diverges")) for c in claims)
    return errors, f"{len(claims)} claims ({n_div} diverging, {len(claims) - n_div} agreeing)"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", default=os.path.join(root, "..", "shared", "samples"))
    ap.add_argument("--gold", default=here)
    args = ap.parse_args()
    if not os.path.isdir(args.samples):
        print(f"samples folder not found: {args.samples}")
        return 1
    bad = False
    for path in sorted(glob.glob(os.path.join(args.gold, "pair-*.json"))):
        errors, summary = check_pair(path, args.samples, args.gold)
        print(f"{os.path.basename(path)}: {'FAIL' if errors else 'ok'}: {summary}")
        for e in errors:
            print(f"  {e}")
        bad |= bool(errors)
    cpath = os.path.join(args.gold, "claims.json")
    if os.path.exists(cpath):
        errors, summary = check_claims(cpath, args.samples, args.gold)
        print(f"claims.json: {'FAIL' if errors else 'ok'}: {summary}")
        for e in errors:
            print(f"  {e}")
        bad |= bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
