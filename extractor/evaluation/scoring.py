"""Precision, recall and F1 from matched, gold and predicted counts: the one tally every evaluation adds up."""
from __future__ import annotations

from dataclasses import dataclass


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 for an empty whole (no prediction, no gold)."""
    return part / whole if whole else 0.0


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Scores:
    """Matched, gold and predicted span counts, and the precision, recall and F1 they give."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0

    def __add__(self, other: "Scores") -> "Scores":
        return Scores(self.matched + other.matched, self.gold + other.gold, self.predicted + other.predicted)

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return ratio(2 * self.matched, self.gold + self.predicted)
