"""Word lists warta's rules rely on, where a newcomer finds them in a minute.

- Grammar words, in Python, one module for the extractor that uses them: ``layout`` (tokenizer,
  metadata, acronyms), ``entities``, ``places``, ``quotes``, ``numbers``, ``dates``, ``counts``, ``money``.
- Name lists that grow and that users extend (aliases, known programmes, countries, region aliases,
  province abbreviations, currency words, generic acronyms): TSV files under ``extractor/data/``,
  loaded once by :mod:`.names`; ``--lexicon DIR`` adds a user's own rows.
"""
