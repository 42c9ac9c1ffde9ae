"""Currency signs and shorthand (extractors.money); currency names are a name list (data/currency_words.tsv).

Entries are lower case unless the case matters.
"""
from __future__ import annotations

# Currency signs and codes written before an amount, as written (case matters).
CURRENCY_PREFIXES: dict[str, str] = {
    "Rp": "IDR", "RP": "IDR", "rp": "IDR", "IDR": "IDR", "US$": "USD", "USD": "USD", "$": "USD",
    "S$": "SGD", "SGD": "SGD", "A$": "AUD", "AUD": "AUD", "HK$": "HKD", "HKD": "HKD", "€": "EUR",
    "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "RM": "MYR", "MYR": "MYR",
    "CNY": "CNY", "RMB": "CNY",
}

# Indonesian shorthand after "Rp": "Rp1,5 M" is 1.5 billion, "Rp65 T" 65 trillion.
MONEY_SCALE_LETTERS: dict[str, str] = {"M": "miliar", "T": "triliun"}
