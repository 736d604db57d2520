"""The library checks its arguments as the CLI does (ipr_stats.analysis.arguments): every public function refuses an
unknown metric, dimension, member, scope, source, table, ratio or check, and an n below 1, with a QueryError
that names the closest name and carries exit code 2."""

from __future__ import annotations

import re

import polars as pl
import pytest

import ipr_stats
from ipr_stats.analysis import arguments, breakdowns, changes
from ipr_stats.analysis.compare import compare
from ipr_stats.errors import BadArgument, NotFound, QueryError, UnknownName


@pytest.fixture(scope="module")
def loaded():
    """(sources, frame): the bundled dataset, loaded once for the module."""
    sources, frame, _vocab = ipr_stats.load()
    return sources, frame


def did_you_mean(name: str) -> str:
    return re.escape(f"Did you mean '{name}'?")


# each series function, given each kind of mistaken name: (keyword arguments, the name it should suggest)
SERIES = ["yoy", "not_compared", "series", "cagr"]
SERIES_MISTAKES = {
    "metric": ({"metric": "batchs"}, "batches"),
    "dimension": ({"dimension": "custom"}, "customs"),
    "member": ({"dimension": "customs", "member": "shenzen"}, "shenzhen"),
    "scope": ({"scope": "nationl"}, "national"),
    "source": ({"source": "gacc-208"}, "gacc-2008"),
}


def _series_call(name, kwargs):
    kwargs = {"metric": "batches", **kwargs}
    metric = kwargs.pop("metric")
    return lambda frame, _sources: getattr(ipr_stats, name)(frame, metric, **kwargs)


# every other public function that takes a name, given each kind of mistake: id -> (call, suggested name)
OTHERS = {
    "top metric": (lambda f, s: ipr_stats.top(f, "vallue", 2008), "value"),
    "top dimension": (lambda f, s: ipr_stats.top(f, "value", 2008, dimension="custom"), "customs"),
    "top scope": (lambda f, s: ipr_stats.top(f, "value", 2008, scope="nationl"), "national"),
    "top source": (lambda f, s: ipr_stats.top(f, "value", 2008, source="gacc-208"), "gacc-2008"),
    "share dimension": (lambda f, s: ipr_stats.share(f, "transprt", "batches", 2008), "transport"),
    "share metric": (lambda f, s: ipr_stats.share(f, "transport", "batchs", 2008), "batches"),
    "share scope": (lambda f, s: ipr_stats.share(f, "transport", "batches", 2008, scope="nationl"), "national"),
    "share source": (lambda f, s: ipr_stats.share(f, "transport", "batches", 2008, source="gacc-208"), "gacc-2008"),
    "breakdown_summary dimension": (lambda f, s: ipr_stats.breakdown_summary(f, "transprt", "batches", 2008), "transport"),
    "breakdown_summary metric": (lambda f, s: ipr_stats.breakdown_summary(f, "transport", "batchs", 2008), "batches"),
    "breakdown_summary scope": (lambda f, s: ipr_stats.breakdown_summary(f, "transport", "batches", 2008, scope="nationl"),
                                "national"),
    "breakdown_summary source": (lambda f, s: ipr_stats.breakdown_summary(f, "transport", "batches", 2008, source="gacc-208"),
                                 "gacc-2008"),
    "ratio name": (lambda f, s: ipr_stats.ratio(f, "value_per_batches"), "value_per_batch"),
    "tidy metric": (lambda f, s: ipr_stats.tidy(f, metric="batchs"), "batches"),
    "tidy dimension": (lambda f, s: ipr_stats.tidy(f, dimension="transprt"), "transport"),
    "tidy source": (lambda f, s: ipr_stats.tidy(f, source="gacc-208"), "gacc-2008"),
    "coverage_matrix scope": (lambda f, s: ipr_stats.coverage_matrix(f, scope="nationl"), "national"),
    "coverage_matrix period kind": (lambda f, s: ipr_stats.coverage_matrix(f, period_kind="yaer"), "year"),
    "coverage_matrix dimension": (lambda f, s: ipr_stats.coverage_matrix(f, dimension="custom", member="shenzhen"), "customs"),
    "coverage_matrix member": (lambda f, s: ipr_stats.coverage_matrix(f, dimension="customs", member="shenzen"), "shenzhen"),
    "coverage_matrix metrics": (lambda f, s: ipr_stats.coverage_matrix(f, metrics=["batches", "batchs"]), "batches"),
    "cite metric": (lambda f, s: ipr_stats.cite(f, s, "batchs"), "batches"),
    "cite dimension": (lambda f, s: ipr_stats.cite(f, s, "batches", dimension="custom"), "customs"),
    "cite member": (lambda f, s: ipr_stats.cite(f, s, "batches", dimension="customs", member="shenzen"), "shenzhen"),
    "cite scope": (lambda f, s: ipr_stats.cite(f, s, "batches", scope="guangdon"), "guangdong"),
    "cite source": (lambda f, s: ipr_stats.cite(f, s, "batches", source="gacc-208"), "gacc-2008"),
    "audit check": (lambda f, s: ipr_stats.audit(f, check="totl"), "total"),
    "audit source": (lambda f, s: ipr_stats.audit(f, source="gacc-208"), "gacc-2008"),
    "rebuild_table table": (lambda f, s: ipr_stats.rebuild_table(f, "Tabel 5", "gacc-2008"), "Table 5"),
    "rebuild_table source": (lambda f, s: ipr_stats.rebuild_table(f, "Table 5", "gacc-208"), "gacc-2008"),
}
CASES = {**{f"{name} {kind}": (_series_call(name, kwargs), near)
            for name in SERIES for kind, (kwargs, near) in SERIES_MISTAKES.items()}, **OTHERS}


class TestUnknownNames:
    @pytest.mark.parametrize("case", list(CASES))
    def test_an_unknown_name_is_a_usage_mistake_naming_the_closest(self, loaded, case):
        """Each public function refuses each kind of unknown name with UnknownName (a QueryError, exit 2) and a did-you-mean."""
        sources, frame = loaded
        call, near = CASES[case]
        with pytest.raises(UnknownName, match=did_you_mean(near)) as caught:
            call(frame, sources)
        assert isinstance(caught.value, QueryError) and caught.value.exit_code == 2

    def test_the_message_says_what_was_unknown_and_what_is_valid(self, loaded):
        """The message quotes the name, names its kind, and lists the valid names when there are few."""
        _, frame = loaded
        with pytest.raises(UnknownName) as caught:
            ipr_stats.yoy(frame, "batches", dimension="custom")
        message = str(caught.value)
        assert message.startswith("Unknown dimension 'custom'. Did you mean 'customs'? Valid dimensions: ")
        assert "transport" in message and "total" in message

    def test_a_word_of_the_definitions_names_the_metrics_defined_with_it(self, loaded):
        """A metric no key is near ('suspensions') names the metrics whose definitions use the word (D28)."""
        _, frame = loaded
        with pytest.raises(UnknownName, match="Defined with the word 'suspensions': protection_measures, cases. Valid metrics"):
            ipr_stats.yoy(frame, "suspensions")

    def test_a_short_word_searches_no_definition(self, loaded):
        """'of' is in every definition, and names none."""
        _, frame = loaded
        with pytest.raises(UnknownName) as caught:
            ipr_stats.yoy(frame, "of")
        assert "Defined with" not in str(caught.value)

    def test_a_ratio_that_is_a_published_metric_says_so(self, loaded):
        """ratio() given a published metric names the ratios and says where the metric's figures are."""
        _, frame = loaded
        with pytest.raises(UnknownName, match="Valid ratios: quantity_per_batch, value_per_batch, value_per_item. "
                                              "'batches' is a published metric"):
            ipr_stats.ratio(frame, "batches")

    def test_a_name_with_no_close_match_still_names_the_valid_ones(self, loaded):
        """ratio(frame, 'nope') raises UnknownName, not a bare KeyError, listing the ratios."""
        _, frame = loaded
        with pytest.raises(UnknownName, match="Unknown ratio 'nope'. Valid ratios: "):
            ipr_stats.ratio(frame, "nope")

    def test_an_unknown_table_number(self, loaded):
        """rebuild_table with a table the source lacks raises UnknownName listing the tables, not a polars error."""
        _, frame = loaded
        with pytest.raises(UnknownName, match=r"No table '99' in gacc-2008\..* Tables that can be rebuilt: gacc-2008 Tables 1-15"):
            ipr_stats.rebuild_table(frame, "99", "gacc-2008")

    def test_a_hostile_name_is_cut_short_in_the_message(self, loaded):
        """A name of ten million characters gives a short message, quickly."""
        _, frame = loaded
        with pytest.raises(UnknownName) as caught:
            ipr_stats.series(frame, "x" * 10_000_000)
        assert len(str(caught.value)) < 200

    @pytest.mark.parametrize("name", [5, None, ["batches"], {"metric": "batches"}])
    def test_a_name_that_is_not_text(self, loaded, name):
        """A metric given as a number, None, a list or a dict is BadArgument (exit 2), never a TypeError."""
        _, frame = loaded
        with pytest.raises(BadArgument, match="The metric must be text") as caught:
            ipr_stats.yoy(frame, name)
        assert caught.value.exit_code == 2

    def test_a_member_needs_its_dimension(self, loaded):
        """A member without a dimension is a usage mistake, as --member without --dim is."""
        _, frame = loaded
        with pytest.raises(BadArgument, match="A member needs its dimension"):
            ipr_stats.series(frame, "batches", member="shenzhen")

    def test_a_ratio_has_no_share(self, loaded):
        """share() and tidy() refuse a ratio saying why, as `ipr-stats share` and `ipr-stats data` do."""
        _, frame = loaded
        with pytest.raises(BadArgument, match="'value_per_batch' is a ratio .* no share of a total"):
            ipr_stats.share(frame, "transport", "value_per_batch", 2008)
        with pytest.raises(BadArgument, match="'value_per_batch' is a ratio"):
            ipr_stats.tidy(frame, metric="value_per_batch")

    def test_the_coverage_matrix_needs_a_member_with_a_dimension(self, loaded):
        """coverage_matrix by a dimension without a member is refused, as `ipr-stats coverage --dim` alone is."""
        _, frame = loaded
        with pytest.raises(BadArgument, match="give member= with dimension 'customs'"):
            ipr_stats.coverage_matrix(frame, dimension="customs")


class TestN:
    @pytest.mark.parametrize("n", [0, -1, -100])
    def test_n_below_one(self, loaded, n):
        """top(n=0) or a negative n raises BadArgument (exit 2) instead of returning only the Others row."""
        _, frame = loaded
        with pytest.raises(BadArgument, match=f"n must be at least 1 .*got {n}") as caught:
            ipr_stats.top(frame, "value", 2008, n=n)
        assert isinstance(caught.value, QueryError) and caught.value.exit_code == 2

    @pytest.mark.parametrize("n", [2.0, 2.5, "2", True])
    def test_n_not_a_whole_number(self, loaded, n):
        """A float, a string or a bool n raises BadArgument."""
        _, frame = loaded
        with pytest.raises(BadArgument, match="n must be a whole number"):
            ipr_stats.top(frame, "value", 2008, n=n)

    def test_a_whole_number_of_another_type_is_taken(self, loaded):
        """An integer of another type (any with __index__, as numpy's have) counts like an int."""
        class Two:
            def __index__(self):
                return 2

        _, frame = loaded
        assert ipr_stats.top(frame, "value", 2008, n=Two()).equals(ipr_stats.top(frame, "value", 2008, n=2))


class TestKnownNames:
    def test_a_member_by_name_or_alias_is_its_key(self, loaded):
        """A member given by English name, Chinese name or alias gives the same rows as its key, as --member does."""
        _, frame = loaded
        by_key = ipr_stats.series(frame, "batches", dimension="customs", member="shenzhen")
        assert by_key.height > 0
        for name in ("Shenzhen", "深圳", "Shenzhen Customs", "SHENZHEN"):
            assert ipr_stats.series(frame, "batches", dimension="customs", member=name).equals(by_key)

    def test_a_table_as_the_cli_takes_it(self, loaded):
        """rebuild_table takes '10', 't10' or 'Table 10', and a table only one source has needs no source."""
        _, frame = loaded
        want = ipr_stats.rebuild_table(frame, "Table 10", "gacc-2008")
        assert ipr_stats.rebuild_table(frame, "10", "gacc-2008").equals(want)
        assert ipr_stats.rebuild_table(frame, "t10", "gacc-2008").equals(want)
        assert ipr_stats.rebuild_table(frame, "Table 6").height == 7

    def test_a_source_that_does_not_publish_the_metric(self, loaded):
        """A source that exists but publishes no figure of the metric gives no rows; it is not called unknown."""
        _, frame = loaded
        assert ipr_stats.series(frame, "cases", source="gacc-2019h1").height == 0
        assert ipr_stats.yoy(frame, "cases", source="gacc-2019h1").height == 0

    def test_a_name_only_the_frame_knows_passes(self):
        """A scope, dimension, member or metric that a user's file declares (in the frame, not the bundled
        vocabulary) is accepted."""
        frame = pl.DataFrame({"metric": ["my_metric"], "scope": ["my_scope"], "dimension": ["my_dim"], "member": ["my_member"],
                              "source": ["mine"]})
        assert arguments.resolve_metric(frame, "my_metric") == "my_metric"
        assert arguments.resolve_scope(frame, "my_scope") == "my_scope"
        assert arguments.resolve_dimension(frame, "my_dim") == "my_dim"
        assert arguments.resolve_member(frame, "my_dim", "my_member") == "my_member"
        assert arguments.resolve_source(frame, "mine") == "mine"
        with pytest.raises(UnknownName, match=did_you_mean("my_member")):
            arguments.resolve_member(frame, "my_dim", "my_membr")

    def test_vocabulary_names_never_touch_the_frame(self):
        """A name the bundled vocabulary knows is a set lookup: the checks pass with no frame at all, so that the
        CLI's yoy path pays microseconds, not a polars operation."""
        assert changes._selection(None, "batches", "customs", "shenzhen", "national", None) == (
            "batches", "customs", "shenzhen", "national", None)
        assert changes._selection(None, "value_per_batch", "total", None, None, None)[:2] == ("value_per_batch", "total")
        assert arguments.resolve_dimension(None, "all", also=("all",)) == "all"
        assert arguments.how_many(3) == 3 and arguments.how_many(None) is None


# each public function given names where keys would do, beside the same call with the keys: id -> (names, keys)
NAMED = {
    "yoy: a metric by its Chinese name": (lambda f, s: ipr_stats.yoy(f, "批次"), lambda f, s: ipr_stats.yoy(f, "batches")),
    "series: English names, any case": (lambda f, s: ipr_stats.series(f, "Protection Measures", scope="China (national)"),
                                        lambda f, s: ipr_stats.series(f, "protection_measures", scope="national")),
    "series: a dimension and member by Chinese name": (lambda f, s: ipr_stats.series(f, "价值", dimension="运输方式", member="海运"),
                                                       lambda f, s: ipr_stats.series(f, "value", dimension="transport", member="sea")),
    "not_compared: a scope by Chinese name": (lambda f, s: ipr_stats.not_compared(f, "quantity", scope="广东"),
                                              lambda f, s: ipr_stats.not_compared(f, "quantity", scope="guangdong")),
    "cagr: a metric in capitals": (lambda f, s: ipr_stats.cagr(f, "CASES", dimension="ip_type"),
                                   lambda f, s: ipr_stats.cagr(f, "cases", dimension="ip_type")),
    "top: names and a source in capitals": (lambda f, s: ipr_stats.top(f, "价值", 2008, dimension="Customs district", source="GACC-2008"),
                                            lambda f, s: ipr_stats.top(f, "value", 2008, dimension="customs", source="gacc-2008")),
    "share: Chinese names": (lambda f, s: ipr_stats.share(f, "运输方式", "批次", 2008),
                             lambda f, s: ipr_stats.share(f, "transport", "batches", 2008)),
    "breakdown_summary: English names": (lambda f, s: ipr_stats.breakdown_summary(f, "Transport mode", "Batches", 2008),
                                         lambda f, s: ipr_stats.breakdown_summary(f, "transport", "batches", 2008)),
    "ratio: by its name": (lambda f, s: ipr_stats.ratio(f, "value per batch"), lambda f, s: ipr_stats.ratio(f, "value_per_batch")),
    "tidy: a metric in capitals": (lambda f, s: ipr_stats.tidy(f, metric="BATCHES", year=2008),
                                   lambda f, s: ipr_stats.tidy(f, metric="batches", year=2008)),
    "coverage_matrix: a period kind by name": (lambda f, s: ipr_stats.coverage_matrix(f, period_kind="半年", metrics=["批次"]),
                                               lambda f, s: ipr_stats.coverage_matrix(f, period_kind="half_year", metrics=["batches"])),
    "cite: a metric by Chinese name": (lambda f, s: ipr_stats.cite(f, s, "批次", period="2008", dimension="total"),
                                       lambda f, s: ipr_stats.cite(f, s, "batches", period="2008", dimension="total")),
    "audit: a check in capitals": (lambda f, s: ipr_stats.audit(f, check="TOTAL", source="GACC-2008"),
                                   lambda f, s: ipr_stats.audit(f, check="total", source="gacc-2008")),
}


class TestNames:
    @pytest.mark.parametrize("case", list(NAMED))
    def test_the_library_takes_the_names_the_cli_takes(self, loaded, case):
        """A metric, ratio, dimension, member, scope, source, period kind or check given by English or Chinese name,
        or in any case, gives the same frame as its key: the one resolver reads both, and the query runs on the key."""
        sources, frame = loaded
        by_name, by_key = NAMED[case]
        want = by_key(frame, sources)
        got = by_name(frame, sources)
        if isinstance(want, dict):
            assert got == want
        else:
            assert want.height > 0 and got.equals(want)

    def test_a_ratio_refused_by_name_is_refused_as_a_ratio(self, loaded):
        """'Value per batch' is the ratio value_per_batch, refused where only published figures will do."""
        _, frame = loaded
        with pytest.raises(BadArgument, match="'value_per_batch' is a ratio .* no share of a total"):
            ipr_stats.share(frame, "transport", "Value per batch", 2008)


class TestErrorClasses:
    def test_unknown_name_is_a_not_found_and_a_query_error(self):
        """UnknownName and BadArgument are QueryErrors with exit code 2; UnknownName is also a NotFound, so
        code that catches either keeps working."""
        assert issubclass(UnknownName, NotFound) and issubclass(UnknownName, QueryError)
        assert issubclass(BadArgument, QueryError)
        assert UnknownName.exit_code == BadArgument.exit_code == 2 and QueryError.exit_code == 1


class TestCli:
    def test_a_library_usage_mistake_exits_2(self, run, monkeypatch):
        """An UnknownName raised by the library reaches the CLI as one line and exit code 2."""
        def refuse(*_args, **_kwargs):
            raise UnknownName("Unknown dimension 'custom'. Did you mean 'customs'?")

        monkeypatch.setattr(breakdowns, "top", refuse)
        code, out, err = run("top", "--by", "value", "--year", "2008")
        assert (code, out) == (2, "")
        assert err.startswith("Error:") and "Did you mean 'customs'?" in err

    def test_the_cli_still_refuses_first(self, run):
        """The CLI's own checks still answer first (exit 2, naming the option)."""
        code, _, err = run("yoy", "--metric", "batchs")
        assert code == 2 and "--metric" in err and "Did you mean 'batches'?" in err
        code, _, err = run("top", "--by", "value", "--year", "2008", "-n", "0")
        assert code == 2 and "-n" in err

    @pytest.mark.parametrize("args, call", [
        (("yoy", "--metric", "batchs"), lambda f: ipr_stats.yoy(f, "batchs")),
        (("series", "--metric", "batches", "--dim", "customs", "--member", "Shenzen"),
         lambda f: ipr_stats.series(f, "batches", dimension="customs", member="Shenzen")),
        (("top", "--by", "value", "--year", "2008", "--scope", "nationl"), lambda f: ipr_stats.top(f, "value", 2008, scope="nationl")),
        (("data", "--source", "gacc2008"), lambda f: ipr_stats.tidy(f, source="gacc2008")),
        (("coverage", "--period-kind", "yaer"), lambda f: ipr_stats.coverage_matrix(f, period_kind="yaer")),
        (("audit", "--check", "totl"), lambda f: ipr_stats.audit(f, check="totl")),
        (("compare", "--metric", "batchs"), lambda f: compare(f, "batchs")),
        (("share", "--dim", "transport", "--metric", "value_per_batch", "--year", "2008"),
         lambda f: ipr_stats.share(f, "transport", "value_per_batch", 2008)),
        (("data", "--metric", "value_per_batch"), lambda f: ipr_stats.tidy(f, metric="value_per_batch")),
        (("yoy", "--metric", "batches", "--member", "beijing"), lambda f: ipr_stats.yoy(f, "batches", member="beijing")),
        (("coverage", "--dim", "customs"), lambda f: ipr_stats.coverage_matrix(f, dimension="customs")),
    ])
    def test_the_cli_refuses_in_the_resolvers_words(self, run, loaded, args, call):
        """A name the CLI refuses, it refuses as the library does, with the resolver's message (its command-line
        wording where it names arguments) on the option given: the CLI decides nothing about names itself."""
        _, frame = loaded
        with pytest.raises((UnknownName, BadArgument)) as caught:
            call(frame)
        code, out, err = run(*args)
        assert (code, out) == (2, "")
        assert (getattr(caught.value, "command_line", None) or str(caught.value)).rstrip(".") in err, err

    def test_the_cli_takes_the_names_the_library_takes(self, run):
        """A period kind by its Chinese name and a comparable metric by name work on the command line as in the library."""
        code, by_name, err = run("coverage", "--period-kind", "半年", "--metric", "批次", "--format", "csv")
        assert (code, err) == (0, "") and by_name == run("coverage", "--period-kind", "half_year", "--metric", "batches",
                                                          "--format", "csv")[1]
        code, by_name, err = run("compare", "--metric", "Batches", "--format", "csv")
        assert (code, err) == (0, "") and by_name == run("compare", "--metric", "batches", "--format", "csv")[1]

    def test_a_source_without_the_metric_is_not_called_unknown(self, run):
        """`yoy --source` naming a real source that lacks the metric says it prints none (a usage mistake, as a year
        with no figures is), not 'Unknown source'."""
        code, _, err = run("yoy", "--metric", "cases", "--source", "gacc-2019h1")
        assert code == 2 and "No cases figures (scope national, source gacc-2019h1): gacc-2019h1 prints none" in err
        assert "Unknown source" not in err
