"""warta: structured records (entities, dates, counts, money, quotes) from Indonesian news.

    import extractor
    nlp = extractor.load()
    rec = nlp.extract(text, doc_id="a1", date="2026-01-27")
"""
from .api import Warta, load
from .records import Article, Count, DateMention, DocumentRecord, Entity, Money, Quote

__all__ = ["load", "Warta", "Article", "Count", "DateMention", "DocumentRecord", "Entity", "Money", "Quote"]
