"""The tool's own words in Chinese (ipr_stats.cli.phrases over data/chinese.py's PHRASES)."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from ipr_stats.cli import phrases
from ipr_stats.data.chinese_phrases import PHRASES
from ipr_stats.data.chinese_read import READ

PACKAGE = Path(phrases.__file__).resolve().parents[1]


def said() -> dict[str, str]:
    """Every phrase the package says: the literal first argument of each say() and phrase() call (both branches of
    an 'if'), with the module and line where it is; an f-string there is recorded as such, to fail."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("say", "phrase") and node.args:
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                stack = [node.args[0]]
                while stack:
                    arg = stack.pop()
                    if isinstance(arg, ast.IfExp):
                        stack += [arg.body, arg.orelse]
                    elif isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found[arg.value] = where
                    elif isinstance(arg, ast.JoinedStr):
                        found[f"<f-string at {where}>"] = where
    return found


@pytest.fixture(autouse=True)
def english_after():
    yield
    phrases.use("en")


class TestCatalogue:
    def test_every_phrase_said_has_its_chinese_form(self):
        """Each phrase the code says (and each text of the library read back) has a Chinese form with the same fields."""
        import string

        every = {**said(), **{text: "READ" for text in READ}}
        assert len(every) > 30
        missing = [f"{where}: {text}" for text, where in every.items() if text not in PHRASES]
        assert missing == []
        fields = lambda t: sorted(f for _, f, _, _ in string.Formatter().parse(t) if f)  # noqa: E731
        assert [t for t in every if fields(t) != fields(PHRASES[t])] == []

    def test_english_is_said_as_written(self):
        """In English a phrase is its own template."""
        phrases.use("en")
        assert phrases.say("Series: {metric}", metric="batches") == "Series: batches"
        assert phrases.term("batches") == "batches"

    def test_chinese_is_said_with_chinese_names(self):
        """In Chinese the template and the names are Chinese; an unknown phrase stays as written."""
        phrases.use("zh")
        assert phrases.say("Series: {metric}", metric=phrases.term("batches")) == "时间序列：批次"
        assert phrases.say("not a phrase") == "not a phrase"

    def test_a_text_of_the_library_is_read_back_in_chinese(self):
        """translated() finds the phrase a library text fills and says it in Chinese, its keys named."""
        phrases.use("zh")
        assert (phrases.translated("the figure is at_least: a bound or an approximation, not a count to subtract")
                == "该数字为以上（下限）：是界限或约数，不是可相减的计数")
        assert phrases.translated("a note as recorded") == "a note as recorded"


class TestLanguageAsked:
    @pytest.mark.parametrize(("args", "lang"), [(["--lang", "zh", "top"], "zh"), (["top", "--lang=zh"], "zh"),
                                                (["top", "--", "--lang", "zh"], "en"), (["top"], "en")])
    def test_the_command_lines_language(self, args, lang, monkeypatch):
        """--lang anywhere before '--', else IPR_STATS_LANG, else English."""
        monkeypatch.delenv("IPR_STATS_LANG", raising=False)
        assert phrases.language_asked(args) == lang

    def test_usage_errors_speak_it(self, run):
        """A usage error under --lang zh has its fixed parts in Chinese; the next command speaks English again."""
        code, _, err = run("--lang", "zh", "top", "--by", "value")
        assert code == 2 and err.startswith("错误：") and "列出选项" in err
        _, _, err = run("top", "--by", "value")
        assert err.startswith("Error: ") and "lists the options" in err


SPOKEN = [  # the commands of docs/cli.md and the new-user report, each of its own kind
    ("yoy", "--metric", "batches"), ("yoy", "--metric", "seizures"), ("yoy", "--metric", "batches", "--chart"),
    ("series", "--metric", "batches", "--scope", "national", "--chart"), ("series", "--metric", "batches", "--cagr"),
    ("series", "--metric", "cases", "--chart"), ("top", "--by", "value", "--year", "2008", "--chart"),
    ("top", "--by", "batches", "--year", "2008", "--dim", "transport", "-n", "3"),
    ("share", "--dim", "transport", "--metric", "batches", "--year", "2008", "--chart"),
    ("compare", "--metric", "batches", "--chart"), ("compare", "--metric", "value", "--index", "2010"),
    ("coverage",), ("coverage", "--scope", "us"), ("coverage", "--list"), ("sources",), ("sources", "gacc-2008"),
    ("cite", "--metric", "batches", "--period", "2008", "--dim", "total"), ("data", "--metric", "batches", "--year", "2008"),
    ("metrics",), ("audit", "--check", "rate"), ("table", "2", "--source", "gacc-2008"), ("table", "--list"),
]


@functools.cache
def recorded_notes() -> str:
    """Every word the bundled dataset files record (notes, errors, printed forms): the sources' words, which stay as
    they are in any language (a phrase of ours that a note happens to share is not left in English when it shows)."""
    return " ".join(" ".join(path.read_text(encoding="utf-8").split())
                    for path in sorted((PACKAGE / "datasets").rglob("*.yaml")))


def fixed_words(english: str) -> list[str]:
    """The fixed parts of a phrase long enough to be English of our own ('Each period against the like period')."""
    import re

    return [part.strip() for part in re.split(r"\{\w+\}", english) if len(part.strip()) >= 24]


class TestChineseAllThrough:
    @pytest.mark.parametrize("args", SPOKEN, ids=" ".join)
    def test_no_phrase_of_ours_is_left_in_english(self, run, args):
        """Under --lang zh at 80 columns the title is Chinese and no English phrase of the tool's own appears in the
        output (figures' notes, titles of sources and the library's own notes stay as recorded)."""
        code, out, err = run("--lang", "zh", *args, tty=True, width=80)
        assert code == 0, err
        text = " ".join(out.split())
        left = [part for english in PHRASES for part in fixed_words(english) if part in text and part not in recorded_notes()]
        assert left == []
        title = out.lstrip("\n").splitlines()[0]
        assert re.search(r"[\u4e00-\u9fff]", title), title


WRONG = [  # one of each kind of mistake: click's own usage errors, the library's refusals, the command line's
    ("yoy", "--metric", "batchs"), ("yoy", "--metric", "suspensions"), ("yoy",), ("yoy", "--metric"),
    ("yoy", "--metric", "batches", "--nope"), ("yoy", "--metric", "batches", "--format", "xml"),
    ("yoy", "--metric", "batches", "extra"), ("yoy", "--metric", "batches", "--scope", "nowhere"),
    ("yoy", "--metric", "batches", "--dim", "customs", "--member", "nowhere"), ("yoy", "--metric", "batches", "--member", "shenzhen"),
    ("yoy", "--metric", "batches", "--from", "2010", "--to", "2005"), ("yoy", "--metric", "batches", "--from", "2090"),
    ("yoy", "--metric", "protection_records"), ("yoy", "--metric", "batches", "--dim", "ownership", "--scope", "guangdong"),
    ("top", "--by", "value", "--year", "2099"), ("top", "--by", "value", "--year", "2008", "-n", "0"),
    ("top", "--by", "value", "--year", "abc"), ("share", "--metric", "batches", "--year", "2008", "--dim", "channel"),
    ("series", "--metric", "batches", "--columns", "nope"), ("series", "--metric", "batches", "--chart", "--format", "csv"),
    ("series", "--metric", "batches", "--scope", "us"), ("cite", "--metric", "batches", "--period", "2099"),
    ("cite", "--metric", "batches", "--period", "20x8"), ("table", "99"), ("table",), ("sources", "nope"), ("frobnicate",),
    ("compare", "--metric", "cases"), ("compare", "--metric", "batches", "--index", "1990"),
    ("sql", "DELETE FROM figures"), ("sql", "SELECT * FROM nope"), ("coverage", "--metric", "batches", "--dim", "customs"),
    ("data", "--year", "2099"), ("validate", "/nonexistent"), ("audit", "--check", "nope"),
    ("yoy", "--metric", "batches", "-o", "/"), ("yoy", "--metric", "batches", "-o", "out.xml"),
    ("yoy", "--metric", "batches", "-o", "/nonexistent/out.csv"), ("yoy", "--metric", "batches", "--bom", "--format", "json"),
    ("yoy", "--metric", "batches", "-o", "x.bib"), ("export", "x.csv"),
]


def english_left(message: str) -> list[str]:
    """Runs of three or more English words in a message, once what it quotes (input, keys, commands, options, lists
    of keys) is set aside: the words a translation missed."""
    import re

    bare = re.sub(r"`[^`]*`|'[^']*'|\"[^\"]*\"|--?[\w-]+|\b\w*[_\d]\w*\b", " ", message)
    bare = re.sub(r"\b[a-z]+(, [a-z]+)+\b", " ", bare)  # a list of keys: category, channel, customs
    return re.findall(r"[A-Za-z]+(?: [A-Za-z]+){2,}", bare)


class TestErrorsInChinese:
    @pytest.mark.parametrize("args", WRONG, ids=" ".join)
    def test_each_mistake_is_told_in_chinese(self, run, args):
        """Under --lang zh a mistake is told in Chinese whole, its fixed parts and the library's message alike; what
        it quotes stays as typed, and the keys a command takes stay keys (`--metric batches`, never 批次)."""
        code, _, err = run("--lang", "zh", *args)
        assert code in (1, 2) and err.startswith("错误："), err
        assert english_left(err) == [], err
        assert "--metric 批次" not in err and "--metric 查扣" not in err

    def test_the_same_mistakes_read_as_before_in_english(self, run):
        """In English the messages are the library's own, word for word."""
        _, _, err = run("yoy", "--metric", "batchs")
        assert err.startswith("Error: Invalid value for --metric: Unknown metric 'batchs'. Did you mean 'batches'? Valid metrics: ")
        assert err.endswith(" in all; `ipr-stats metrics` lists them. (`cli yoy --help` lists the options)\n")

    def test_the_check_finds_english(self):
        """The check above is not blind: an untranslated message fails it."""
        assert english_left("错误：No figures in the years asked (from 2090).") != []
        assert english_left("错误：未知的指标 'batchs'。有效的维度：category, channel, customs。") == []


class TestReadBack:
    def test_the_most_specific_phrase_wins(self):
        """Of two phrases a text fills, the one with more fixed words is read: a member's message names its dimension."""
        phrases.use("zh")
        text = ("Unknown member 'x' of dimension 'customs'. Valid members of dimension 'customs': beijing, shenzhen.")
        assert phrases.translated(text) == "未知的成员 'x'（维度 'customs'）。维度 'customs' 的有效成员：beijing, shenzhen。"

    def test_a_field_named_twice_is_the_same_text(self):
        """'Unknown {what} ... Valid {what}s' reads only where both are the same word."""
        phrases.use("zh")
        assert phrases.translated("Unknown metric 'x'. Valid scopes: a.") == "Unknown metric 'x'. Valid scopes: a."

    def test_a_key_field_stays_a_key(self):
        """A field named key* is the key as typed: '(--metric seizures)', not the metric's Chinese name."""
        phrases.use("zh")
        said = phrases.translated("scope us has no batches; its counterpart there is seizures (--metric seizures)")
        assert said == "范围 美国 没有批次；那里的对应指标是查扣（--metric seizures）"

    def test_a_hostile_text_is_left_as_it_is(self):
        """A text no library sentence makes, nested past READ_DEPTH or longer than READ_LENGTH, comes back as it is
        (no recursion without end, no regular expression run over a flood)."""
        phrases.use("zh")
        nested = "x; " * 500  # shorter than READ_LENGTH, nested far deeper than READ_DEPTH
        assert phrases.translated(nested).startswith("x；x；") and phrases.translated(nested).endswith("x; ")
        flood = "Unknown metric " + "x " * 1_500
        assert phrases.translated(flood) == flood

    def test_a_list_of_figures_cited_is_read_a_clause_at_a_time(self):
        """'a (s, l); b (s2, l2)' is two figures cited, never one whose locator runs on into the next."""
        phrases.use("zh")
        text = ("the rate implies 2,451 to 2,480 for 2006, which fits what is published around it (1,076 for 2006-H1 "
                "(chinadaily-2006-08, para 2); 157起 for 2006-H1 (peoples-daily-2006-08-16, para 2))")
        assert phrases.translated(text) == ("该增长率意味着 2006 为 2,451 至 2,480，与前后公布的数字相符（2006-H1 为 1,076"
                                            "（chinadaily-2006-08，para 2）；2006-H1 为 157起（peoples-daily-2006-08-16，para 2））")

    def test_a_field_before_a_field_ends_at_the_clause(self):
        """'{number}{widened}': the number is the number, the clause after it is read on its own."""
        phrases.use("zh")
        text = "stated as approximate: within 10% of 20%; the rounding of the figures allows 15.234% or more"
        assert phrases.translated(text) == "原文为约数：在 20% 的 10% 以内；数字的约整允许 15.234% 或以上"


def test_every_sentence_of_the_audit_is_read_back():
    """Each subject and note the audit writes on the bundled data is read back in Chinese, with none of the library's
    fixed English left in it (the figures' printed forms, sources and locators stay as recorded)."""
    import ipr_stats

    result = ipr_stats.audit(ipr_stats.load_dataset())
    phrases.use("zh")
    fixed = {part.strip() for english in READ for part in re.split(r"\{\w+\}", english) if len(part.strip()) >= 12}
    texts = [t for c in ("subject", "note") for t in result[c].drop_nulls().to_list() if t]
    assert len(texts) > 500
    read = {t: phrases.translated(t) for t in texts}  # each text read back once
    unread = [t for t in texts if read[t] == t or any(f in read[t] for f in fixed)]
    assert unread == []


def test_validate_tells_a_problem_in_chinese(run, tmp_path):
    """A file's problem under --lang zh: where, which field, what was found and what was expected, in Chinese words;
    the status 有问题 in a table, 'problem' still in CSV."""
    bad = tmp_path / "empty.yaml"
    bad.write_text("", encoding="utf-8")
    code, _, err = run("--lang", "zh", "validate", str(bad))
    assert code == 1 and "：字段 'content'：发现 空文件；应为 一个 'source' 块和一个 'records' 列表。" in err
    assert err.rstrip().endswith("发现 1 处问题。")
    _, out, _ = run("--lang", "zh", "validate", str(bad), "--format", "table", tty=True)
    assert "有问题" in out and "应为" in out
    _, out, _ = run("--lang", "zh", "validate", str(bad), "--format", "csv")
    assert ",problem," in out
