"""Named entities (PER, ORG, LOC, PROGRAMME) with canonical names and per-document referent ids.

The statistical NER model proposes PER/ORG/LOC spans; rules add dateline outlets, acronym pairs,
programmes ("program X", a curated list), places and names opened by organisation or region heads;
every name found is then matched again across the document, and mentions of one referent are linked.

The stages, one module each, in the order :func:`find_entities` runs them: ``candidates``,
``programmes`` and ``places`` propose mentions over the Doc's ``words``; ``selection`` resolves
overlaps by :class:`~.selection.Priority`; ``referents`` links mentions and votes their labels;
``places`` links regions and ``roles`` reads people's offices. ``names`` holds the shape checks
all of them share (and :mod:`extractor.extractors.quotes` reads speakers' names with).
"""
__all__ = ["find_entities", "make_entity_finder"]


def __getattr__(name: str):
    """The finder is imported when asked for (PEP 562), not with the package: the archive reads the
    name rules in ``names`` without registering the spaCy component on import."""
    if name in __all__:
        from . import finder
        return getattr(finder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
