"""warta: structured records (entities, dates, counts, money, quotes) from Indonesian news.

    import extractor
    nlp = extractor.load()
    rec = nlp.extract(text, doc_id="a1", date="2026-01-27")
    tables = extractor.extract_frame(df)     # pandas: table name -> DataFrame
"""
from .api import Warta, load
from .frames import extract_frame
from .records import Article, Count, DateMention, DocumentRecord, Entity, Money, Quote

__all__ = ["load", "extract_frame", "Warta", "Article", "Count", "DateMention", "DocumentRecord", "Entity", "Money", "Quote"]
