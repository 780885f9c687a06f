"""How alike two actions are in what they say they do, across the words plans choose differently.

"Ikäihmisten kaatumisten ehkäisyn ryhmät" and "Kaatumisia ehkäisevä toimintamalli
ikääntyneille" share no title word, yet describe the same work. Each text becomes a set of
*stems*: casefolded words without stop words, cut to their first five letters (Finnish and
Swedish inflect word ends: kaatumisten/kaatumisia, ehkäisyn/ehkäisevä), with a few synonyms of the
domain brought to one stem (ikäihmiset/ikääntyneet/vanhukset/seniorit, lapset/lasten...), and the
known heads of compound words added (liikunta*ryhmä*, toiminta*malli*). Stems are weighted by
how rare they are among the workspace's actions (inverse document frequency: "hyvinvointi" says
little, "kaatu" a lot), title stems twice. Two actions' similarity is the cosine of their
weighted stem vectors.

Only pairs whose titles share a rare-enough stem are ever compared (an inverted index over stems found in at
most `CANDIDATE_DF` actions, or `CANDIDATE_SHARE` of them): pairs that only common words link are
not overlaps, and this bounds the work on a large region.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

STEM = 5  # letters that stand for a word: enough to tell words apart, short of the endings
TITLE_WEIGHT = 2.0  # a title says what the action is; a description adds context
IDF_PRIOR = 20  # actions assumed besides the workspace's: small workspaces still weigh stems
# One word in common is a coincidence of topic ("Opiskelijoiden ..."), not the same work: a pair
# must share this many stems of what the work is (for-whom/how/where stems not counted).
MIN_SHARED = 2
# Candidates are the pairs that share a stem found in at most this many actions (or this share
# of them): what only common words link is not an overlap, and the work stays near-linear.
CANDIDATE_DF = 50
CANDIDATE_SHARE = 0.02

_WORD = re.compile(r"[^\W\d_]+")

# Words that say nothing of what the work is (Finnish and Swedish), as stems.
_STOP = frozenset(
    """ja tai sekä kuin myös on ovat jotta että joka jotka jossa kanssa eri uusi uusia uusien
    kaikki kaikil kaikke kaiki osana avulla kautta mukaan mukana lisäk lisää lisät
    yhtei yhdes kunna kunta kunti kunni kuntaa kuntoon aluee aluei aluel alue hyvin
    hyvinv toimi toime toteu kehit vahvi edist tehdä tehdää tarjo jatke jatku käynn
    och eller för med på av till som att en ett det den de kommu välfä områd arbet
    utvec främj stärk""".split()
)

# Domain synonyms, by the start of the word (longest first): one stem for one meaning.
_SYNONYMS = (
    ("ikäihm", "ikään"),
    ("ikäänt", "ikään"),
    ("iäkkä", "ikään"),
    ("vanhu", "ikään"),
    ("senio", "ikään"),
    ("äldre", "ikään"),
    ("lapsi", "lapsi"),
    ("lapse", "lapsi"),
    ("lasten", "lapsi"),
    ("lasta", "lapsi"),
    ("barn", "lapsi"),
    ("nuor", "nuori"),
    ("unga", "nuori"),
    ("ungdom", "nuori"),
    ("liikk", "liiku"),
    ("liiku", "liiku"),
    ("motion", "liiku"),
    ("mielen", "mieli"),
    ("mielt", "mieli"),
    ("päiht", "päihd"),
    ("perhe", "perhe"),
    ("famil", "perhe"),
    ("ryhm", "ryhmä"),
    ("grupp", "ryhmä"),
    ("kotou", "kotou"),
    ("maahanm", "kotou"),
    ("kaatu", "kaatu"),
    ("fall", "kaatu"),
    ("yksinä", "yksin"),
    ("oppitun", "tunti"),
    ("tunnit", "tunti"),
    ("tunneil", "tunti"),
    ("tunti", "tunti"),
    ("tuntej", "tunti"),
    ("ensam", "yksin"),
)

# Heads of compound words worth a stem of their own when found inside a longer word.
_HEADS = (
    "ryhm",
    "malli",
    "neuvo",
    "kerho",
    "ohjau",
    "ohjel",
    "liikun",
    "kunto",
    "kaatu",
    "päihd",
    "päiht",
    "tuki",
    "tuen",
    "koulut",
    "valmen",
    "kiusa",
    "harrast",
    "kahvil",
    "kohtaam",
    "nuoris",
    "taito",
)

# Stems that say for whom, how or where work is done (target groups; groups, models, meetings,
# booking, campaigns; homes, villages, libraries), not what it is: two actions sharing only
# these are different work, so they weigh less.
_FORMS = frozenset(
    """ikään lapsi nuori perhe aikui asuka työik
    ryhmä malli tapaa verko kokei teema kiert kyläk digit ajanv palve ketju kampa
    matal kynny jalka verta tapah infot iltap pilot hanke yhtey kokoo kurss
    koton kylät kirja etänä kaupp seura asuin""".split()
)
FORM_WEIGHT = 0.4

# Abbreviations that stand for several words.
_EXPANSIONS = {"sote": ("sosia", "terve"), "mtea": ("mieli", "ensia")}


def stem(word: str) -> str:
    """A casefolded word's stem: its synonym group, or its first STEM letters."""
    for prefix, group in _SYNONYMS:
        if word.startswith(prefix):
            return group
    return word[:STEM]


def stems(text: str) -> set[str]:
    """The stems of a text, stop words left out, compound heads added."""
    out: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        out.update(_word_stems(word))
    return out


@lru_cache(maxsize=65536)
def _word_stems(word: str) -> tuple[str, ...]:
    """One word's stems (cached: plans repeat their vocabulary)."""
    if word in _EXPANSIONS:
        return _EXPANSIONS[word]
    if len(word) < 3:
        return ()
    found = [stem(word)]
    if len(word) >= 9:
        for head in _HEADS:
            at = word.find(head, 3)
            if at > 0:
                found.append(stem(word[at:]))
    return tuple(s for s in dict.fromkeys(found) if s not in _STOP)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
BOILERPLATE = 3  # a sentence found in more descriptions than this is boilerplate


def _without_boilerplate(descriptions: list[str]) -> list[str]:
    """Descriptions without the sentences many actions share ("Toiminta on maksutonta ja
    avointa kaikille."): copied boilerplate says nothing of what an action is."""
    split = [[" ".join(x.casefold().split()) for x in _SENTENCE_END.split(d)] for d in descriptions]
    counts: dict[str, int] = defaultdict(int)
    for sentences in split:
        for sentence in set(sentences):
            counts[sentence] += 1
    return [" ".join(x for x in sentences if counts[x] <= BOILERPLATE) for sentences in split]


@dataclass(frozen=True)
class Document:
    """One action's text: its title and description as the rule reads them."""

    title: str
    description: str = ""


class Index:
    """Weighted stem vectors of many documents, and the pairs that are alike."""

    def __init__(self, documents: list[Document]) -> None:
        raw: list[dict[str, float]] = []
        titles: list[set[str]] = []
        descriptions = _without_boilerplate([doc.description for doc in documents])
        for doc, description in zip(documents, descriptions):
            title = stems(doc.title)
            vector = {s: 1.0 for s in stems(description)}
            vector.update({s: TITLE_WEIGHT for s in title})
            raw.append(vector)
            titles.append(title)
        df: dict[str, int] = defaultdict(int)
        for vector in raw:
            for s in vector:
                df[s] += 1
        n = len(documents)
        rare = max(CANDIDATE_DF, int(CANDIDATE_SHARE * n))
        self.vectors: list[dict[str, float]] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.titles = titles
        for i, vector in enumerate(raw):
            weighted = {s: w * math.log((n + IDF_PRIOR) / df[s]) for s, w in vector.items()}
            norm = math.sqrt(math.fsum(w * w for w in weighted.values())) or 1.0
            self.vectors.append({s: w / norm for s, w in weighted.items()})
            for s in titles[i]:
                if df[s] <= rare and s not in _FORMS:
                    self.postings[s].append(i)

    def similarity(self, i: int, j: int) -> float:
        """Cosine of the two documents' weighted stem vectors (0 to 1), in which agreement on a
        for-whom/how/where stem counts FORM_WEIGHT of its share (it still counts fully in
        the vectors' lengths: sharing only such words is a low score)."""
        a, b = self.vectors[i], self.vectors[j]
        if len(a) > len(b):
            a, b = b, a
        # fsum: exactly rounded, so the score does not depend on the order of the sets
        return math.fsum(
            w * b[s] * (FORM_WEIGHT if s in _FORMS else 1.0) for s, w in a.items() if s in b
        )

    def neighbours(self, i: int) -> Iterator[tuple[int, float]]:
        """(j, similarity) of every earlier document j < i whose title shares a rare stem of
        what the work is with i's title: descriptions add weight, but copied boilerplate or a
        shared target group alone makes no overlap."""
        seen: set[int] = set()
        for s in self.titles[i]:
            for j in self.postings.get(s, ()):
                if j >= i:
                    break
                seen.add(j)
        vector = self.vectors[i]
        for j in sorted(seen):
            if sum(1 for s in self.vectors[j] if s in vector and s not in _FORMS) >= MIN_SHARED:
                yield j, self.similarity(i, j)

    def shared(self, i: int, j: int) -> list[str]:
        """The stems documents i and j share, the most telling first."""
        a, b = self.vectors[i], self.vectors[j]
        # rounded, then by name: the same order whatever the order of the sets (hash seeds)
        return sorted((s for s in a if s in b), key=lambda s: (-round(a[s] * b[s], 9), s))
