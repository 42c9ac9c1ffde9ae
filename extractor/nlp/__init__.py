"""The spaCy side of warta: tokenizer rules for press text, sentence boundaries, pipeline assembly."""
