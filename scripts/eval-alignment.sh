#!/usr/bin/env bash
# Measures alignment against the development set: builds the CLI, compares the two accounts of every
# annotated pair (the public ../shared/bench/alignment/pair-000-001.json and bench/alignment/pair-*.json)
# and scores each comparison with ../shared/bench/alignment/score.py (`pair` mode), one table row per
# pair; then compares all five samples at once and scores that against bench/alignment/claims.json
# (`claims` mode). The engine has no per-pair tuning, so every row is leave-one-pair-out as it stands.
#   scripts/eval-alignment.sh          the table
#   scripts/eval-alignment.sh --raw    the table, then score.py's JSON lines
#   CLAIMDIFF_BIN=target/tuning/release/claimdiff scripts/eval-alignment.sh
#                                      measures that binary instead of building one (the `tuning`
#                                      build reads CD_<KNOB> variables; see src/engine/tuning.rs)
# Needs ../shared (the samples and score.py, next to the project); without it, says so and exits 0.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SHARED=../shared
SAMPLES=$SHARED/samples
SCORE=$SHARED/bench/alignment/score.py
GOLD=bench/alignment
RAW=${1:-}

if [ ! -d "$SAMPLES" ] || [ ! -f "$SCORE" ]; then
  echo "eval-alignment: $SHARED (samples/ and bench/alignment/score.py) not found; nothing to measure"
  exit 0
fi

BIN=${CLAIMDIFF_BIN:-}
if [ -z "$BIN" ]; then
  cargo build --release --bin claimdiff >&2
  BIN=target/release/claimdiff
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

sample() {  # the sample file whose name starts with the 3-digit id $1 (call it in an assignment)
  local f=("$SAMPLES/$1"_*.txt)
  [ -f "${f[0]}" ] || { echo "eval-alignment: no sample $1_*.txt in $SAMPLES" >&2; exit 1; }
  printf '%s' "${f[0]}"
}

# Every gold pair, with the folder holding its sentence lists (shared pairs first).
pairs=()
for g in "$SHARED"/bench/alignment/pair-*.json; do [ -f "$g" ] && pairs+=("$g|$SHARED/bench/alignment"); done
for g in "$GOLD"/pair-*.json; do  # a project copy of a shared pair is not counted twice
  [ -f "$g" ] && [ ! -f "$SHARED/bench/alignment/$(basename "$g")" ] && pairs+=("$g|$GOLD")
done

: > "$TMP/pairs.jsonl"
for entry in "${pairs[@]}"; do
  g=${entry%%|*}
  dir=${entry#*|}
  name=$(basename "$g" .json)
  a=${name:5:3}
  b=${name:9:3}
  fa=$(sample "$a")
  fb=$(sample "$b")
  "$BIN" compare --format json "$fa" "$fb" > "$TMP/$name.cmp.json"
  python3 "$SCORE" pair --gold "$g" --sentences "$dir" --a-text "$fa" --b-text "$fb" \
    --pred "$TMP/$name.cmp.json" >> "$TMP/pairs.jsonl"
done

ids=(000 001 002 003 004)
files=()
texts=()
for id in "${ids[@]}"; do
  f=$(sample "$id")
  files+=("$f")
  texts+=("$id=$f")
done
: > "$TMP/claims.jsonl"
if [ -f "$GOLD/claims.json" ]; then
  "$BIN" compare --format json "${files[@]}" > "$TMP/five.cmp.json"
  python3 "$SCORE" claims --gold "$GOLD/claims.json" --texts "${texts[@]}" --pred "$TMP/five.cmp.json" \
    --order "$(IFS=,; echo "${ids[*]}")" > "$TMP/claims.jsonl"
fi

python3 - "$TMP/pairs.jsonl" "$TMP/claims.jsonl" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
cols = [("pair", "gold", "{}"), ("links P", "link_precision", "{:.3f}"), ("R", "link_recall", "{:.3f}"),
        ("F1", "link_f1", "{:.3f}"), ("pred/gold", None, None), ("omission acc", "omission_accuracy", "{:.3f}"),
        ("material both", "material_recall_both_sides", "{:.3f}"),
        ("wording as material", "wording_flagged_material", "{:.3f}")]
def cell(r, key, fmt):
    if key is None:
        return f"{r['pred_links']}/{r['gold_links']}"
    v = r.get(key)
    return "n/a" if v is None else fmt.format(v)
table = [[c[0] for c in cols]] + [[cell(r, k, f) for _, k, f in cols] for r in rows]
if rows:
    mean = ["mean"]
    for _, k, f in cols[1:]:
        if k is None:
            mean.append("")
            continue
        vals = [r[k] for r in rows if r.get(k) is not None]
        mean.append(f.format(sum(vals) / len(vals)) if vals else "n/a")
    table.append(mean)
w = [max(len(row[i]) for row in table) for i in range(len(cols))]
print("Pairs (score.py pair; leave-one-pair-out: the engine has no per-pair tuning)")
for i, row in enumerate(table):
    print("  " + "  ".join(c.ljust(w[j]) if j == 0 else c.rjust(w[j]) for j, c in enumerate(row)))
    if i == 0 or (rows and i == len(rows)):
        print("  " + "  ".join("-" * x for x in w))
claims = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
if claims:
    c = claims[0]
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"
    print()
    print("Claims (score.py claims; all five samples in one comparison, bench/alignment/claims.json)")
    print(f"  claim pairs in the same group          {fmt(c['claim_pairs_aligned'])}")
    print(f"  claim pairs in the same group/related  {fmt(c['claim_pairs_grouped_or_related'])}")
    print(f"  divergence recall                      {fmt(c['divergence_recall'])}  ({c['claims_diverging']} diverging claims)")
    print(f"  false alarms                           {fmt(c['false_alarm_rate'])}  ({c['claims_agreeing']} agreeing claims)")
    print(f"  missed divergences                     {', '.join(c['missed']) or '-'}")
EOF

if [ "$RAW" = "--raw" ]; then
  echo
  cat "$TMP/pairs.jsonl" "$TMP/claims.jsonl"
fi
