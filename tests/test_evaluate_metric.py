"""The metric on tiny hand-made cases; each expected figure is computed by hand in a comment."""
from __future__ import annotations

import pytest

from saidwhat.evaluate.dataset import Annotation, Role
from saidwhat.evaluate.metric import score


def ann(quote, speaker=(), cue=(), frame=(), addressee=(), type="Direct", medium="Speech") -> Annotation:
    def role(ids) -> Role:
        return Role("", frozenset(ids))

    return Annotation(0, type, medium, role(quote), role(speaker), role(cue), role(frame), role(addressee))


def prf(s) -> tuple[float, float, float]:
    return pytest.approx((s.precision, s.recall, s.f1))


def test_perfect_match_and_skipped_slots():
    # One pair, identical. quote/speaker/cue: P = R = 1. frame and addressee are empty on
    # both sides: tp+fp = tp+fn = 0, so they are skipped and do not pull Roles below 1.
    a = ann(range(0, 5), speaker=[5], cue=[6])
    report = score([([a], [a]), ([a], [a])])
    for variant in (report.reference, report.strict):
        for group in (variant.messages, variant.roles, variant.joint, variant.form, variant.medium):
            assert prf(group) == (1, 1, 1)
        assert variant.messages.ci == (1, 1)
        assert (variant.pairs, variant.unpaired_system, variant.unpaired_gold) == (2, 0, 0)
        assert variant.slots["addressee"].counted == 0 and variant.slots["speaker"].counted == 4
    assert "Messages" in report.to_text() and report.to_dict()["strict"]["joint"]["f1"] == 1


def test_partial_overlap():
    # quote: gold 0..9, system 5..14 -> tp 5, P = 5/10, R = 5/10, F1 .5
    # speaker: gold {20}, system {20, 21} -> P 1/2, R 1;  cue {22} both -> P 1, R 1
    # Roles P = (.5 + 1) / 2 = .75, R = (1 + 1) / 2 = 1, F1 = 2*.75/1.75 = 6/7
    # Joint P = (.5 + .5 + 1) / 3 = 2/3, R = (.5 + 1 + 1) / 3 = 5/6, F1 = 2*(10/18)/(3/2) = 20/27
    gold = ann(range(0, 10), speaker=[20], cue=[22])
    system = ann(range(5, 15), speaker=[20, 21], cue=[22])
    ref = score([([gold], [system])]).reference
    assert prf(ref.messages) == (0.5, 0.5, 0.5)
    assert prf(ref.roles) == (0.75, 1, 6 / 7)
    assert prf(ref.joint) == (2 / 3, 5 / 6, 20 / 27)
    assert prf(ref.slots["speaker"]) == (0.5, 1, 2 / 3)


def test_unpaired_system_and_gold():
    # doc 1: G1 = S1 exactly; S2 overlaps nothing -> pair (S1, G1), S2 unpaired.
    # doc 2: G3 and no system quotation -> G3 unpaired.
    # quote P: S1-G1 1, S2 0 -> .5;  R: S1-G1 1, G3 0 -> .5
    # speaker P: 1, S2 0 -> .5; R: 1 (G3 has no speaker: skipped) -> 1
    # cue: only G3 has one -> no P item, R 0. Roles P = speaker only = .5, R = (1 + 0)/2 = .5
    # Form: 1 correct pair / 2 system, / 2 gold -> .5 / .5
    # Per gold type: Direct items S1-G1 (P1 R1) and S2 (P0) -> P .5, R 1; Indirect: G3 -> R 0
    g1, s1 = ann([0, 1, 2, 3], speaker=[4]), ann([0, 1, 2, 3], speaker=[4])
    s2 = ann([10, 11], speaker=[12])
    g3 = ann([0, 1], cue=[2], type="Indirect")
    report = score([([g1], [s1, s2]), ([g3], [])])
    ref = report.reference
    assert prf(ref.messages) == (0.5, 0.5, 0.5)
    assert prf(ref.roles) == (0.5, 0.5, 0.5)
    assert prf(ref.form) == (0.5, 0.5, 0.5)
    assert (ref.pairs, ref.unpaired_system, ref.unpaired_gold) == (1, 1, 1)
    assert prf(ref.types["Direct"]) == (0.5, 1, 2 / 3)
    assert prf(ref.types["Indirect"]) == (0, 0, 0)
    assert report.gold_types == {"Direct": 1, "Indirect": 1}
    assert report.strict == ref  # no zero-overlap pair: both variants agree


def test_zero_overlap_pair_reference_pairs_strict_does_not():
    # One gold, one system quote with no shared token. The 1x1 assignment returns the pair.
    # reference: quote P 0, R 0; speaker {10} = {10}: P 1, R 1 -> Roles 1 (credit for a wrong quote)
    # strict: S unpaired (quote P 0, speaker P 0), G unpaired (quote R 0, speaker R 0) -> Roles 0
    # Form: reference 1 pair with the same type -> 1/1; strict no pair -> 0
    gold = ann([0, 1, 2, 3], speaker=[10])
    system = ann([5, 6], speaker=[10])
    report = score([([gold], [system])])
    assert prf(report.reference.messages) == (0, 0, 0) and prf(report.strict.messages) == (0, 0, 0)
    assert prf(report.reference.roles) == (1, 1, 1)
    assert prf(report.strict.roles) == (0, 0, 0)
    assert prf(report.reference.form) == (1, 1, 1) and prf(report.strict.form) == (0, 0, 0)
    assert (report.reference.pairs, report.strict.pairs) == (1, 0)
    assert (report.strict.unpaired_system, report.strict.unpaired_gold) == (1, 1)


@pytest.mark.parametrize("first, second", [
    # Two gold quotes over the same tokens (token F1 1 each); the system quote agrees with the
    # second in type and medium: weight 1.011 vs 1.0 ...
    (dict(type="Direct", medium="Speech"), dict(type="Indirect", medium="Writing")),
    # ... or in medium only: 1.001 + .01 vs 1.01 (types equal) -> still the second.
    (dict(type="Indirect", medium="Speech"), dict(type="Indirect", medium="Writing")),
])
def test_type_and_medium_bonus_decide_the_pairing(first, second):
    # Paired with the second gold: speaker {11} = {11} -> P 1; the first is unpaired: speaker R 0
    # -> speaker P 1, R (1 + 0)/2 = .5. Paired with the first instead: P 0, R 0.
    g1 = ann([0, 1, 2, 3], speaker=[10], **first)
    g2 = ann([0, 1, 2, 3], speaker=[11], **second)
    system = ann([0, 1, 2, 3], speaker=[11], type="Indirect", medium="Writing")
    ref = score([([g1, g2], [system])]).reference
    assert prf(ref.slots["speaker"]) == (1, 0.5, 2 / 3)
    # medium: the pair agrees -> 1 / 1 system, 1 / 2 gold
    assert prf(ref.medium) == (1, 0.5, 2 / 3)


def test_one_sided_empty_role_counts_on_one_side_only():
    # cue: gold none, system {5} -> P 0/1 counted, R skipped; speaker {4} both -> 1/1.
    # Roles P = (1 + 0)/2 = .5, R = speaker only = 1
    gold = ann([0, 1], speaker=[4])
    system = ann([0, 1], speaker=[4], cue=[5])
    ref = score([([gold], [system])]).reference
    assert prf(ref.roles) == (0.5, 1, 2 / 3)


def test_bootstrap_interval_is_seeded_and_ordered():
    good, bad = ann([0, 1]), ann([5, 6])
    documents = [([good], [good])] * 3 + [([good], [bad])] * 3
    first, second = score(documents, seed=7), score(documents, seed=7)
    lo, hi = first.reference.messages.ci
    assert first.reference.messages.ci == second.reference.messages.ci
    assert 0 <= lo <= first.reference.messages.f1 <= hi <= 1 and lo < hi
