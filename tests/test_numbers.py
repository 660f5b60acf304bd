"""Parsing printed numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.document.numbers import format_number, parse_number

CASES = [
    ("12,500,000", 12500000, None),
    ("12,500,000¹", 12500000, "1"),
    ("12,500,000²³", 12500000, "23"),
    ("1.234.567", 1234567, None),
    ("1 234 567", 1234567, None),
    ("1\u202f234\u202f567", 1234567, None),
    ("1\u00a0234", 1234, None),
    ("(1,234)", -1234, None),
    ("-1,234", -1234, None),
    ("−42", -42, None),
    ("12.5%", 12.5, None),
    ("12,5 %", 12.5, None),
    ("US$ 2,000,000", 2000000, None),
    ("USD 2,000,000", 2000000, None),
    ("$1,500.75", 1500.75, None),
    ("1.234,56", 1234.56, None),
    ("0.5", 0.5, None),
    ("1,000*", 1000, "*"),
    ("7", 7, None),
    ("2,000", 2000, None),
    # French and Spanish documents (the translated samples print these)
    ("1.234.567,89", 1234567.89, None),
    ("12,5\u202f%", 12.5, None),
    ("100,0\u00a0%", 100.0, None),
    ("490\u202f556\u202f044 $", 490556044, None),
    ("59\u00a0953\u00a0491", 59953491, None),
    # the triangles of Japanese accounts are minus signs
    ("△525", -525, None),
    ("▲1,200", -1200, None),
]


@pytest.mark.parametrize("text,value,note", CASES)
def test_parse(text, value, note):
    parsed = parse_number(text)
    assert parsed is not None, text
    assert parsed.value == pytest.approx(value)
    assert parsed.note == note


NOTHINGS = ["-", "–", "—", "―", "n/a", "N/A", "..", "n.d.", "N/D", "s.o.", "s/d", "néant",
            # statistical flags, nothing in brackets, masked figures
            "(X)", "(NA)", "(D)", "( Z )", "(x)", "[-]", "(n/a)", "*", "**", "***.*"]


@pytest.mark.parametrize("text", NOTHINGS)
def test_nothing(text):
    parsed = parse_number(text)
    assert parsed is not None and parsed.value is None and parsed.empty


@pytest.mark.parametrize("text", NOTHINGS)
def test_table_rules_read_nothing_as_a_value_cell(text):
    """The table rules and the number parser agree on what stands for no figure: a cell saying so sits
    in a value column like a figure."""
    from app.extract.tables.text import is_value

    assert is_value(text)


@pytest.mark.parametrize("text", ["", "Kenya", "Objective 1", "2017-2018", "1,23,4", "12 ab", "1,2345,678", "abc 123",
                                  "(a)", "(Ab)", "(ABC)", "(X]", "*a*"])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_decimal_hint():
    assert parse_number("1,500", decimal=",").value == pytest.approx(1.5)
    assert parse_number("1.500", decimal=",").value == 1500


@given(st.integers(-10**15, 10**15))
def test_formatted_integers_round_trip(n):
    assert parse_number(format_number(n)).value == n


def test_a_cell_naming_a_currency_on_its_own():
    from app.document.numbers import currency_code

    assert [currency_code(t) for t in ["GHS", "GBP £", "US$", "US $", "USD", "€", "AUD $", "$"]] == [
        "GHS", "GBP", "USD", "USD", "USD", "EUR", "AUD", "$"]
    # methods of procurement, words, two codes, a figure: no currency
    assert [currency_code(t) for t in ["ICB", "NCB", "Completed", "GBP EUR", "1,200", ""]] == [None] * 6
