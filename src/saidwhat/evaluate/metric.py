"""The quotation attribution metric of the dataset's authors (see shared/data/README.md).

Per document, system and gold quotations are paired by a maximum-weight one-to-one
assignment (weight: token F1 of the quote spans, +0.01 for the same type, +0.001 for the same
medium, bonuses only when the quote spans overlap). Every pair and every unpaired quotation
then gives, per slot, a token precision and recall (skipped where the denominator is 0),
macro-averaged over all items of all documents.

Two variants: *reference* keeps every pair the assignment returns — when both sides have
quotations it pairs min(n, m) of them, even ones sharing no token, which lets a wrong quote
earn role credit; *strict* splits such a pair into an unpaired system and an unpaired gold
quotation. Roles and Joint average the per-slot averages, so each slot weighs the same."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from saidwhat.evaluate.dataset import ROLES, Annotation
from saidwhat.types import QUOTATION_TYPES

SLOTS = ROLES  # quote first, then the four roles
GROUPS = {"Messages": [0], "Roles": [1, 2, 3, 4], "Joint": [0, 1, 2, 3, 4]}
# Layout of the per-document tallies: (precision sum, precision count, recall sum, recall count)
P_SUM, P_N, R_SUM, R_N = range(4)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    counted: int  # precision and recall values (or quotations) behind it; 0: undefined, shown as –
    ci: tuple[float, float] | None = None  # 95% bootstrap interval of f1


@dataclass
class Scores:
    """The figures of one pairing variant. `types`: Messages per gold type, over the pairs and
    unpaired gold quotations of that type and the unpaired system quotations predicted as it."""

    messages: Score
    roles: Score
    joint: Score
    slots: dict[str, Score]
    form: Score
    medium: Score
    types: dict[str, Score]
    pairs: int
    unpaired_system: int
    unpaired_gold: int


@dataclass
class Report:
    documents: int
    gold: int
    system: int
    gold_types: dict[str, int]
    resamples: int
    reference: Scores
    strict: Scores

    def to_dict(self) -> dict:
        return asdict(self)

    def to_text(self) -> str:
        def row(label: str, ref: Score, strict: Score) -> str:
            cells = [f"{100 * v:5.1f}" if s.counted else f"{'–':>5}"
                     for s in (ref, strict) for v in (s.precision, s.recall, s.f1)]
            return f"{label:<28}{' '.join(cells[:3])}   {' '.join(cells[3:])}"

        ref, strict = self.reference, self.strict
        lines = [
            f"{self.documents} documents, {self.gold} gold and {self.system} system quotations",
            f"{'':<28}{'reference':<20}{'strict'}",
            f"{'':<28}{'P':>5} {'R':>5} {'F1':>5}   {'P':>5} {'R':>5} {'F1':>5}",
        ]
        for name in GROUPS:
            lines.append(row(name, getattr(ref, name.lower()), getattr(strict, name.lower())))
        lines += [row(f"  {slot}", ref.slots[slot], strict.slots[slot]) for slot in SLOTS[1:]]
        lines.append(row("Form (type)", ref.form, strict.form))
        lines.append(row("Medium", ref.medium, strict.medium))
        lines.append("Messages by gold type:")
        lines += [row(f"  {t} ({self.gold_types[t]})", ref.types[t], strict.types[t]) for t in ref.types]
        lines.append(f"95% CI of F1 (bootstrap over documents, {self.resamples} resamples):")
        for name in GROUPS:
            cis = [getattr(v, name.lower()).ci for v in (ref, strict)]
            lines.append(f"  {name:<26}" + "   ".join(f"{100 * lo:5.1f}–{100 * hi:<5.1f}" for lo, hi in cis))
        for label, v in (("reference", ref), ("strict", strict)):
            lines.append(f"{label}: {v.pairs} pairs, {v.unpaired_system} unpaired system, "
                         f"{v.unpaired_gold} unpaired gold quotations")
        return "\n".join(lines)


def _assign(gold: Sequence[Annotation], system: Sequence[Annotation]) -> list[tuple[int, int]]:
    """(system index, gold index) pairs of the maximum-weight assignment."""
    if not gold or not system:
        return []
    weights = np.zeros((len(system), len(gold)))
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            shared = len(s.quote.token_ids & g.quote.token_ids)
            if shared:
                weights[i, j] = (2 * shared / (len(s.quote.token_ids) + len(g.quote.token_ids))
                                 + 0.01 * (s.type == g.type) + 0.001 * (s.medium == g.medium))
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return list(zip(rows.tolist(), cols.tolist()))


def _item(gold: Annotation | None, system: Annotation | None) -> np.ndarray:
    """The (P sum, P count, R sum, R count) × slot tally of one pair or unpaired quotation."""
    tally = np.zeros((4, len(SLOTS)))
    for k, slot in enumerate(SLOTS):
        g = gold.role(slot).token_ids if gold else frozenset()
        s = system.role(slot).token_ids if system else frozenset()
        if s:
            tally[P_SUM, k], tally[P_N, k] = len(g & s) / len(s), 1
        if g:
            tally[R_SUM, k], tally[R_N, k] = len(g & s) / len(g), 1
    return tally


def _group(tally: np.ndarray, slots: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """P, R, F1 of a slot group from tallies of shape (..., 4, slots): the mean over the
    group's slots of each slot's macro average; slots without any item are left out."""

    def mean(total: np.ndarray, count: np.ndarray) -> np.ndarray:
        seen = count > 0
        per_slot = np.where(seen, total / np.maximum(count, 1), 0.0)
        return per_slot.sum(-1) / np.maximum(seen.sum(-1), 1)

    t = tally[..., slots]
    p, r = mean(t[..., P_SUM, :], t[..., P_N, :]), mean(t[..., R_SUM, :], t[..., R_N, :])
    return p, r, np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)


def _score(tally: np.ndarray, slots: list[int], boot: np.ndarray | None = None) -> Score:
    p, r, f = _group(tally, slots)
    ci = None
    if boot is not None:
        lo, hi = np.percentile(_group(boot, slots)[2], [2.5, 97.5])
        ci = (float(lo), float(hi))
    return Score(float(p), float(r), float(f), int(tally[[P_N, R_N]][:, slots].sum()), ci)


def _micro(correct: int, system: int, gold: int) -> Score:
    p, r = correct / system if system else 0.0, correct / gold if gold else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0, system + gold)


def score(documents: Sequence[tuple[Sequence[Annotation], Sequence[Annotation]]],
          *, resamples: int = 1000, seed: int = 0) -> Report:
    """Score (gold, system) annotation lists, one tuple per document."""
    n_docs = len(documents)
    n_gold, n_system = sum(len(g) for g, _ in documents), sum(len(s) for _, s in documents)
    gold_types = Counter(a.type for g, _ in documents for a in g)
    # Each document drawn a multinomial number of times = resampling documents with replacement.
    draws = np.random.default_rng(seed).multinomial(n_docs, [1 / n_docs] * n_docs, size=resamples) if n_docs else None

    assignments = [_assign(gold, system) for gold, system in documents]
    variants = {}
    for strict in (False, True):
        tallies = np.zeros((n_docs, 4, len(SLOTS)))
        by_type: dict[str, np.ndarray] = {}
        form = medium = pairs = 0
        for d, (gold, system) in enumerate(documents):
            matched = [(i, j) for i, j in assignments[d]
                       if not strict or system[i].quote.token_ids & gold[j].quote.token_ids]
            paired = [(gold[j], system[i]) for i, j in matched]
            rows, cols = {i for i, _ in matched}, {j for _, j in matched}
            items = paired + [(None, s) for i, s in enumerate(system) if i not in rows]
            items += [(g, None) for j, g in enumerate(gold) if j not in cols]
            for g, s in items:
                tally = _item(g, s)
                tallies[d] += tally
                kind = (g or s).type
                by_type[kind] = by_type.get(kind, np.zeros((4, len(SLOTS)))) + tally
            pairs += len(matched)
            form += sum(g.type == s.type for g, s in paired)
            medium += sum(g.medium == s.medium for g, s in paired)
        total = tallies.sum(0)
        boot = np.tensordot(draws, tallies, axes=1) if draws is not None else None
        ordered = [t for t in QUOTATION_TYPES if t in gold_types] + sorted(set(gold_types) - set(QUOTATION_TYPES))
        variants[strict] = Scores(
            messages=_score(total, GROUPS["Messages"], boot),
            roles=_score(total, GROUPS["Roles"], boot),
            joint=_score(total, GROUPS["Joint"], boot),
            slots={slot: _score(total, [k]) for k, slot in enumerate(SLOTS)},
            form=_micro(form, n_system, n_gold),
            medium=_micro(medium, n_system, n_gold),
            types={t: _score(by_type[t], [0]) for t in ordered},
            pairs=pairs, unpaired_system=n_system - pairs, unpaired_gold=n_gold - pairs,
        )
    return Report(n_docs, n_gold, n_system, {t: gold_types[t] for t in variants[False].types},
                  resamples, variants[False], variants[True])
