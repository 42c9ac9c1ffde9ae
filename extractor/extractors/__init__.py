"""Extractors: one module per kind of thing extracted, each a pure function over a Doc plus a thin component."""
