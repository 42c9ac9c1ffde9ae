"""Indonesian numbers: digits with Indonesian separators, number words, approximations, and the
words-to-number round trip up to the trillions."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.extractors.numbers import (
    APPROXIMATE_NUMBERS,
    NUMBER_PATTERN,
    number_to_words,
    parse_amount,
    parse_number,
)

MAX = 999_999_999_999_999


@pytest.mark.parametrize("text, value", [
    ("1.500", 1500),
    ("1,5", 1.5),
    ("250.000", 250_000),
    ("1.250.000", 1_250_000),
    ("1.250.000,-", 1_250_000),
    ("487,5", 487.5),
    ("2.5", 2.5),  # a decimal point, not a thousands dot: no group of three follows
    ("1,250,000.50", 1_250_000.5),  # English separators, as in wire copy
    ("1,5 juta", 1_500_000),
    ("68 ribu", 68_000),
    ("4,1 triliun", 4_100_000_000_000),
    ("65 triliun", 65_000_000_000_000),
    ("1,4 juta", 1_400_000),
    ("2 milyar", 2_000_000_000),
    ("500 rb", 500_000),
])
def test_digits_with_indonesian_separators(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value", [
    ("nol", 0),
    ("dua", 2),
    ("Tujuh", 7),
    ("sepuluh", 10),
    ("sebelas", 11),
    ("tujuh belas", 17),
    ("dua puluh lima", 25),
    ("seratus", 100),
    ("seratus dua puluh lima", 125),
    ("dua ratus", 200),
    ("seribu", 1000),
    ("sepuluh ribu", 10_000),
    ("dua ribu lima ratus", 2500),
    ("sejuta", 1_000_000),
    ("setengah juta", 500_000),
    ("satu setengah juta", 1_500_000),
    ("dua juta tiga ratus ribu", 2_300_000),
    ("sembilan ratus sembilan puluh sembilan triliun", 999_000_000_000_000),
    ("tiga miliar", 3_000_000_000),
])
def test_number_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", [
    "", "warga", "dua tiga", "ribu", "puluh", "tiga puluh ratus", "seribu dua juta", "lima sebelas",
    "juta juta", "10.00.00",
])
def test_what_does_not_compose_is_no_number(text):
    assert parse_number(text) is None


def test_approximate_numbers_take_the_lower_bound_of_their_order():
    assert APPROXIMATE_NUMBERS["belasan"] == 10
    assert APPROXIMATE_NUMBERS["puluhan"] == 10
    assert APPROXIMATE_NUMBERS["ratusan"] == 100
    assert APPROXIMATE_NUMBERS["ribuan"] == 1000
    assert APPROXIMATE_NUMBERS["puluhan ribu"] == 10_000
    assert APPROXIMATE_NUMBERS["ratusan juta"] == 100_000_000


@pytest.mark.parametrize("text, expected", [
    ("Ratusan", (100, True)),
    ("puluhan ribu", (10_000, True)),
    ("1,38 jutaan", (1_380_000, True)),
    ("tujuh belas", (17, False)),
    ("1.500", (1500, False)),
    ("beberapa", None),
])
def test_parse_amount_says_whether_the_number_is_approximate(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("number, words", [
    (0, "nol"),
    (11, "sebelas"),
    (17, "tujuh belas"),
    (100, "seratus"),
    (125, "seratus dua puluh lima"),
    (1000, "seribu"),
    (1_001_000, "satu juta seribu"),
    (2_300_000, "dua juta tiga ratus ribu"),
    (10**12, "satu triliun"),
])
def test_number_to_words(number, words):
    assert number_to_words(number) == words


@pytest.mark.parametrize("number", [-1, 10**15])
def test_number_to_words_refuses_numbers_out_of_range(number):
    with pytest.raises(ValueError):
        number_to_words(number)


@given(st.integers(min_value=0, max_value=MAX))
def test_words_round_trip(number):
    assert parse_number(number_to_words(number)) == number


@given(st.integers(min_value=0, max_value=MAX))
def test_capitalised_words_round_trip(number):
    assert parse_number(number_to_words(number).capitalize()) == number


@given(st.integers(min_value=0, max_value=MAX))
def test_digits_with_thousands_dots_round_trip(number):
    assert parse_number(f"{number:,}".replace(",", ".")) == number


@given(st.integers(min_value=1, max_value=999), st.sampled_from([("ribu", 10**3), ("juta", 10**6),
                                                                  ("miliar", 10**9), ("triliun", 10**12)]))
def test_digits_with_a_scale_word(number, scale):
    word, multiple = scale
    assert parse_number(f"{number} {word}") == number * multiple
    assert parse_number(f"{number},5 {word}") == number * multiple + multiple // 2


@given(st.integers(min_value=0, max_value=MAX))
def test_number_pattern_matches_the_whole_of_written_numbers(number):
    words = number_to_words(number)
    assert re.fullmatch(NUMBER_PATTERN, words)
    assert re.fullmatch(NUMBER_PATTERN, f"{number:,}".replace(",", "."))
