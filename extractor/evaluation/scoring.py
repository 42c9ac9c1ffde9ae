"""Precision, recall and F1 from matched, gold and predicted counts: the one tally every evaluation adds up."""
from __future__ import annotations

from dataclasses import dataclass


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
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.gold + self.predicted
        return 2 * self.matched / total if total else 0.0
