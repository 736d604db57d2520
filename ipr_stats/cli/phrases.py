"""The tool's own words in the language asked (--lang or IPR_STATS_LANG): titles, captions, statuses, chart
titles and the fixed parts of errors.

Each phrase is written in English where it is used, ``say("Series: {metric}", metric=...)``, and its Chinese
form is found by the English text in data/chinese_phrases.py's PHRASES (beside data/chinese.py's names of keys), as gettext
finds a message by its msgid; the texts other code writes are read back against data/chinese_read.py's READ. A phrase
with no Chinese form stays English; a test reads every ``say`` of the package and checks that none lacks one. Figures' own notes, source
titles and addresses are the sources' words and are never translated.
"""

from __future__ import annotations

_LANGUAGE = ["en"]


def use(lang: str) -> None:
    """Speak ``lang`` ('en' or 'zh') from now on: the group's --lang sets it for the command."""
    _LANGUAGE[0] = "zh" if str(lang).lower() == "zh" else "en"


def language() -> str:
    return _LANGUAGE[0]


def say(english: str, **fields) -> str:
    """``english`` in the language in use, its fields filled in."""
    if _LANGUAGE[0] != "zh":
        return english.format(**fields) if fields else english
    from ipr_stats.data.chinese_phrases import PHRASES

    template = PHRASES.get(english, english)
    return template.format(**fields) if fields else template


def translated(text, _depth: int = 0):
    """A text the library wrote (a reason, a note on a rate, an error's message) in the language in use: the most
    specific of READ whose English form it fills, in that phrase's Chinese form with its fields read back in turn
    (but for fields named key*: a key as typed, '--metric batches'); else its Chinese form in PHRASES; else the text
    as it is."""
    if _LANGUAGE[0] != "zh" or not isinstance(text, str) or not text:
        return text
    from ipr_stats.data.chinese_phrases import PHRASES

    if text in PHRASES:
        return PHRASES[text]
    if _depth > READ_DEPTH or len(text) > READ_LENGTH:  # a text no library sentence makes (hostile input): as it is
        return text
    for english, pattern in _read_patterns():
        found = pattern.fullmatch(text)
        if found:
            return PHRASES[english].format(**{k: v if k.startswith("key") else term(translated(v, _depth + 1))
                                              for k, v in found.groupdict().items()})
    return text


READ_DEPTH = 12  # phrases within phrases read back, at most: the library's sentences nest a few deep
READ_LENGTH = 2_000  # characters of a text read back, at most: its longest sentences (an audit note) run to about 400


def _read_patterns() -> list:
    """READ's phrases as patterns, those with the most fixed text first (so that 'Unknown {what} {name}.' is tried
    before '{message}.'); a field is text within a clause (no '; ', and right before another field no ';'), a field of
    CLAUSES any text; a field named twice is the same text both times."""
    if not _PATTERNS:
        import re

        from ipr_stats.data.chinese_read import READ

        def pattern(english: str):
            seen, parts = set(), []
            pieces = [p for p in re.split(r"(\{\w+\})", english) if p]
            for at, piece in enumerate(pieces):
                name = piece[1:-1] if re.fullmatch(r"\{\w+\}", piece) else None
                if name is None:
                    parts.append(re.escape(piece))
                elif name in seen:
                    parts.append(f"(?P={name})")
                elif name in NUMBERS:
                    parts.append(f"(?P<{name}>[-+]?[\\d,.]+%?)")
                elif name in CLAUSES:
                    parts.append(f"(?P<{name}>.*?)")
                else:  # within a clause: no '; ' (and right before another field, '{number}{widened}', no ';')
                    adjacent = at + 1 < len(pieces) and re.fullmatch(r"\{\w+\}", pieces[at + 1])
                    parts.append(f"(?P<{name}>[^;]*)" if adjacent else f"(?P<{name}>(?:(?!; ).)*?)")
                seen.add(name)
            return re.compile("".join(parts), flags=re.S)

        fixed = lambda english: len(re.sub(r"\{\w+\}", "", english))  # noqa: E731
        _PATTERNS.extend((english, pattern(english)) for english in sorted(READ, key=fixed, reverse=True))
    return _PATTERNS


_PATTERNS: list = []

# the fields of READ's phrases that may hold clauses of their own ('a; b'): a message within a message, a list of
# figures cited, a figure's recorded note; any other field is read within one clause, so that a list 'a; b' is read
# a clause at a time ('{first}; {rest}') and never as one figure whose locator runs on into the next
CLAUSES = {"message", "there", "valid", "reasons", "fits", "error", "tables", "widened", "rest", "hint", "more", "lines",
           "found", "expected"}
NUMBERS = {"low", "high", "number"}  # fields that are a number as written ('2,451', '-27.853%'), and nothing else


def phrase(english: str) -> str:
    """``english`` unchanged: marks a phrase kept in a table of words to be said later (``say(WORDS[key])``), so that
    the test of the catalogue finds it, as gettext's N_() does."""
    return english


def term(key) -> str:
    """A metric's, scope's, dimension's, period kind's, qualifier's, verdict's or unit's key as a sentence names it:
    the key in English, its Chinese name in Chinese (the key where none is known)."""
    if _LANGUAGE[0] != "zh" or key is None:
        return key
    from ipr_stats.data import chinese

    for table in (chinese.METRICS, chinese.RATIOS, chinese.SCOPES, chinese.DIMENSIONS, chinese.PERIOD_KINDS,
                  chinese.QUALIFIERS, chinese.VERDICTS, chinese.UNITS):
        if key in table:
            return table[key]
    return key


def administration(key: str, short: bool = False) -> str:
    """An administration's name ('U.S. Customs and Border Protection'), or its short one for headers ('US'), in the
    language in use. Its own function: 'eu' and 'us' are scopes too, which term() would name."""
    from ipr_stats.data import chinese
    from ipr_stats.data.vocabulary import ADMINISTRATIONS

    if _LANGUAGE[0] == "zh":
        return (chinese.SHORT_ADMINISTRATIONS if short else chinese.ADMINISTRATIONS)[key]
    return ADMINISTRATIONS[key][3 if short else 0]


def language_asked(args: list[str]) -> str:
    """The --lang of a command line (before the command runs, so that its usage errors speak it too), else
    IPR_STATS_LANG, else English."""
    import os

    for at, word in enumerate(args):
        if word == "--":
            break
        if word == "--lang" and at + 1 < len(args):
            return args[at + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return os.environ.get("IPR_STATS_LANG", "en")
