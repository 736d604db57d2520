"""Read a number as a page printed it ("4.72万", "more than 19,100", "近5万次") and say
whether a record's value and qualifier agree with it.

The printed form gives three things: the number (digits with their decimals, a
multiplier such as 万, 亿, million or billion), a qualifying word (超过, 逾, 余, 近,
约, "more than", "nearly" ...) and so the qualifier, and, for a number printed with
a multiplier and no qualifying word, the precision it was rounded to (4.72万: the
last digit is worth 100).
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

# Multipliers, longest first so that 千万 is read before 万.
MULTIPLIERS = {
    "万亿": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 10**3,
    "trillion": 10**12, "billion": 10**9, "bn": 10**9, "million": 10**6, "mln": 10**6, "m": 10**6, "thousand": 10**3,
}

CURRENCY = ("人民币", "us$", "usd", "rmb", "eur", "$", "¥", "€")

# Qualifying words and the qualifier each gives; before the number, or after it (余, 多, 以上, 左右).
BEFORE = {
    "more than": "at_least", "over": "at_least", "exceeding": "at_least", "at least": "at_least", "upwards of": "at_least",
    "超过": "at_least", "超": "at_least", "逾": "at_least", "达到": None, "达": None,
    "nearly": "approximate", "almost": "approximate", "about": "approximate", "around": "approximate",
    "approximately": "approximate", "some": "approximate", "roughly": "approximate",
    "近": "approximate", "将近": "approximate", "接近": "approximate", "约": "approximate", "大约": "approximate",
    "less than": "at_most", "under": "at_most", "fewer than": "at_most", "不足": "at_most", "不到": "at_most",
}

AFTER = {"余": "at_least", "多": "at_least", "以上": "at_least", "左右": "approximate"}

# patterns as text, compiled (and kept by re) when a printed form is first read: commands that only write numbers never pay for them
_NUMBER = r"\d[\d,]*(?:\.\d+)?"

# Traditional characters read as their simplified forms (萬 is 万, 億 is 亿, 餘 is 余 ...).
_TRADITIONAL = str.maketrans({"萬": "万", "億": "亿", "餘": "余", "過": "过", "將": "将", "約": "约", "達": "达", "兩": "两"})

# Numbers written as words: "eight", "a billion", "one million".
_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                         "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}

_WORD = r"\b(" + "|".join(_WORDS) + r"|a)\b(?=(\s+(thousand|million|billion|trillion)\b)?)"

_GROUPED = r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$"


class Printed(NamedTuple):
    value: Decimal
    qualifier: str  # exact, rounded, at_least, at_most, approximate
    precision: Decimal | None  # the unit of the last printed digit when printed with a multiplier


class PrintedError(ValueError):
    """A printed form that cannot be read; the message says why."""


def _normal(text: str) -> str:
    """Full-width digits and punctuation to ASCII, traditional characters to simplified, number
    words to digits ('a billion' -> '1 billion'), '25-thousand' -> '25 thousand', spaces folded, lower case."""
    text = unicodedata.normalize("NFKC", text).replace("，", ",").replace("．", ".").translate(_TRADITIONAL)
    text = " ".join(text.split()).lower()
    text = re.sub(r"(?<=\d),? (?=\d{3}\b)", ",", text)  # thousands grouped by a space ("87 000", "69, 354")
    text = re.sub(_WORD, lambda m: "1" if m.group(1) == "a" and m.group(2) else _WORDS.get(m.group(1), m.group(1)), text)
    return re.sub(r"(\d)-(?=[a-z])", r"\1 ", text)


def _ends_with_word(text: str) -> str | None:
    """The qualifying word that ends ``text`` (what stands just before the number), if any."""
    for word in sorted(BEFORE, key=len, reverse=True):
        if text.endswith(word) and (not word.isascii() or len(text) == len(word) or not text[-len(word) - 1].isalpha()):
            return word
    return None


def parse(text: str, dotted: bool = False) -> Printed:
    """The number, qualifier and precision a printed form states.

    >>> parse("4.72万")
    Printed(value=Decimal('47200'), qualifier='rounded', precision=Decimal('100'))
    >>> parse("more than 19,100").qualifier, parse("近5万次").value, parse("3.2万余批").qualifier
    ('at_least', Decimal('50000'), 'at_least')

    ``dotted``: read full stops between groups of three digits as thousands separators, as
    much of Europe prints them ("more than 36.000" cases).
    """
    if not isinstance(text, str) or not text.strip():
        raise PrintedError("the number as the page prints it, such as '4.72万' or 'more than 19,100'")
    normal = _normal(text)
    if dotted:
        normal = re.sub(r"(?<=\d)\.(?=\d{3}\b)", ",", normal)
    numbers = re.findall(_NUMBER, normal)
    if len(numbers) != 1:
        found = "no number" if not numbers else f"{len(numbers)} numbers"
        raise PrintedError(f"one number ({found} in '{text}')")
    digits = numbers[0].rstrip(",")
    before, _, after = normal.partition(numbers[0])
    if not re.match(_GROUPED, digits):
        raise PrintedError(f"thousands separators between groups of three digits ('{digits}' in '{text}')")
    before = before.strip()
    for symbol in CURRENCY:
        before = before.removesuffix(symbol).strip()
    word = _ends_with_word(before)
    qualifier = BEFORE[word] if word else None
    after = after.strip()
    qualifier_after = next((AFTER[w] for w in ("余", "多") if after.startswith(w)), None)  # 3920余万件: 'more than' before 万
    if qualifier_after:
        after = after[1:].strip()
    multiplier = 1
    for name in MULTIPLIERS:
        if after.startswith(name) and (not name.isascii() or not after[len(name):len(name) + 1].isalpha()):
            multiplier, after = MULTIPLIERS[name], after[len(name):].strip()
            break
    if qualifier is None:
        qualifier = qualifier_after or next((AFTER[w] for w in AFTER if after.startswith(w)), None)
    try:
        number = Decimal(digits.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise PrintedError(f"a number ('{digits}' in '{text}')") from None
    value = number * multiplier
    places = -number.as_tuple().exponent if "." in digits else 0
    if qualifier:
        return Printed(_plain(value), qualifier, None)
    if multiplier > 1:
        return Printed(_plain(value), "rounded", _plain(Decimal(multiplier).scaleb(-places)))
    return Printed(_plain(value), "exact", None)


def _plain(x: Decimal) -> Decimal:
    """47200.00 -> 47200; 0.5 stays 0.5 (no exponent form)."""
    return x.quantize(Decimal(1)) if x == x.to_integral() else x.normalize()


def disagreement(printed: str, value, qualifier: str, precision) -> str | None:
    """Why a record's value, qualifier and precision do not fit its printed form, or None.

    A number printed plain may be recorded exact or rounded (a total the source
    rounded), and a round one at_least (a floor: the release printed 43,000 for the
    report's 43,671); one printed with a multiplier and no qualifying word is rounded to its
    last digit; a qualifying word gives the qualifier.
    """
    try:
        read = parse(printed)
        if value is not None and read.value != Decimal(str(value)) and re.search(r"\d\.\d{3}\b", printed):
            dotted = parse(printed, dotted=True)  # "36.000" is 36,000 where full stops group the digits
            read = dotted if dotted.value == Decimal(str(value)) else read
    except PrintedError as exc:
        return str(exc)
    if value is None or abs(Decimal(str(value)) - read.value) > Decimal("1e-6") * max(abs(read.value), 1):
        return f"a value of {read.value:f}, which '{printed}' states"
    if read.qualifier in ("at_least", "at_most", "approximate"):
        if qualifier != read.qualifier:
            return f"qualifier {read.qualifier}, which the words of '{printed}' state"
    elif read.qualifier == "rounded":
        if qualifier != "rounded" or precision is None or Decimal(str(precision)) != read.precision:
            return f"qualifier rounded with precision {read.precision:f}, the unit of the last digit of '{printed}'"
    elif qualifier == "at_least" and read.value % 10 == 0 and read.value > 0:
        return None  # a round number printed plain may be a floor: 43,000 cases where the report counts 43,671
    elif qualifier not in ("exact", "rounded"):
        return f"qualifier exact (or rounded, or at_least for a round floor): '{printed}' has no qualifying word"
    return None


_PERCENT = re.compile(r"^(?P<word>[a-zA-Z ]*?)\s*(?P<sign>[+-])?\s*(?P<num>\d+(?:\.\d+)?)\s*%$")

PERCENT_WORDS = {
    "": "exact", "less than": "at_most", "under": "at_most", "exceeding": "at_least",
    "more than": "at_least", "over": "at_least", "nearly": "approximate", "almost": "approximate",
    "about": "approximate", "around": "approximate",
}


def parse_percent(text: str) -> tuple[str, float] | None:
    """('at_most', 1.0) for 'Less than 1%'; None when the text is no percentage."""
    m = _PERCENT.match(str(text).strip())
    if not m or m.group("word").strip().casefold() not in PERCENT_WORDS:
        return None
    number = float(m.group("num"))
    return PERCENT_WORDS[m.group("word").strip().casefold()], -number if m.group("sign") == "-" else number


def decimals_of(text: str) -> int:
    """Decimals printed in a percentage or number: '49.3%' -> 1."""
    digits = str(text).rstrip("%").strip()
    return len(digits.split(".")[1]) if "." in digits else 0


WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def in_words(x: float, qualifier: str | None = None) -> str | None:
    """645182937 -> '645.2 million'; None below a million. Up to three decimals are kept when they make the
    figure exact (1,380,000 -> '1.38 million'); beyond, one decimal, and a bound is rounded only towards its
    own side (more than 1,384,567 -> 'more than 1.3 million'), never across it."""
    for size, word in WORDS:
        if abs(x) >= size:
            scaled = x / size
            for places in range(4):
                if round(scaled, places) * size == x:
                    return f"{scaled:,.{places}f} {word}"
            if qualifier in ("at_least", "at_most"):
                step = math.floor if qualifier == "at_least" else math.ceil
                scaled = step(scaled * 10) / 10
            return f"{scaled:,.1f} {word}"
    return None


def written(x: float, decimals: int | None = None) -> str:
    """A bar's own label: the figure with grouped digits (decimals for computed shares)."""
    if decimals is not None:
        return f"{x:,.{decimals}f}"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"
