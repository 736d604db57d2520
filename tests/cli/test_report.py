"""`ipr-stats report`: one self-contained HTML file, rendered in headless Chromium with no network request."""

from __future__ import annotations

import io
import re

import pytest

from tests.browser import Browser, chromium


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The report of the bundled data, in English and in Chinese, as written by the command."""
    from click.testing import CliRunner

    from ipr_stats.cli.app import Env, cli

    folder = tmp_path_factory.mktemp("report")
    for lang in ("en", "zh"):
        result = CliRunner().invoke(cli, ["--lang", lang, "report", "-o", str(folder / f"{lang}.html")], obj=Env(out=io.StringIO()))
        assert result.exit_code == 0, result.stderr
    return folder


class TestReport:
    def test_every_section_is_there(self, written):
        """The series with its chart, yoy, compare, the latest year's breakdowns, the audit and coverage."""
        page = (written / "en.html").read_text(encoding="utf-8")
        assert [m for m in re.findall(r'<section id="(\w+)">', page)] == ["series", "yoy", "compare", "breakdowns", "audit", "coverage"]
        assert page.count("<svg") == 2 and "Year-over-year change: batches (national)" in page and "none published" in page
        assert "Top category by batches, 2024" in page and "Published figures (national, year)" in page

    def test_a_citation_beside_every_figure(self, written):
        """The tables of figures have source and locator columns, and the compare section lists each figure's."""
        page = (written / "en.html").read_text(encoding="utf-8")
        for section in ("series", "yoy", "breakdowns"):
            body = page.split(f'<section id="{section}">')[1].split("</section>")[0]
            assert "<th>source</th>" in body and "<th>locator</th>" in body, section
        assert "<td>gacc-2008</td><td>Table 1</td>" in page
        assert "Each figure with its source and locator" in page and "<td>cbp-2004-01-14</td>" in page

    def test_nothing_to_fetch(self, written):
        """No script, stylesheet, image or font comes from elsewhere: the style and the charts are inline."""
        page = (written / "en.html").read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|img|iframe)\b|url\(|@import|src=", page)

    def test_chinese_all_through(self, written):
        """--lang zh: the page says lang zh-Hans, its headings and tables' titles are Chinese."""
        page = (written / "zh.html").read_text(encoding="utf-8")
        assert '<html lang="zh-Hans">' in page and "<h2>全国序列</h2>" in page and "<h3>同比变化：批次（全国）</h3>" in page

    def test_not_to_a_terminal_and_not_another_suffix(self, run, tmp_path):
        """A report to a terminal or to a file that is not .html is a usage error saying what to do."""
        code, _, err = run("report", tty=True)
        assert code == 2 and "-o report.html" in err
        code, _, err = run("report", "-o", str(tmp_path / "r.csv"))
        assert code == 2 and "expected a file ending in .html" in err and list(tmp_path.iterdir()) == []

    def test_a_report_with_nothing_to_follow_is_refused(self, run, tmp_path):
        """A metric the nation has no figures for, years that run backwards or hold no figure: refused, no file."""
        for args, said in ((("--metric", "articles"), "scopes with its figures: eu"), (("--from", "2020", "--to", "2010"), "run backwards"),
                           (("--from", "2090"), "No figures in the years asked")):
            code, _, err = run("report", *args, "-o", str(tmp_path / "r.html"))
            assert code == 2 and said in err and list(tmp_path.iterdir()) == [], args

    def test_an_unknown_metric(self, run, tmp_path):
        """--metric is checked as every command checks it."""
        code, _, err = run("report", "--metric", "batchs", "-o", str(tmp_path / "r.html"))
        assert code == 2 and "Did you mean 'batches'?" in err


@pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine (.ci/run installs Debian's)")
def test_it_renders_in_chromium_with_no_network_request(written):
    """Chromium opens the report from disk: the page makes no request but for its own file, and its screenshot is
    not blank (many colours, most of it not the background)."""
    PIL = pytest.importorskip("PIL.Image")
    browser = Browser(chromium())
    try:
        url = (written / "en.html").as_uri()
        browser.open(url)
        shot = browser.screenshot()
        requests = browser.requests()
    finally:
        browser.close()
    assert requests == [url]
    image = PIL.open(io.BytesIO(shot)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 16) or []
    white = sum(n for n, c in colours if c == (255, 255, 255))
    assert len(colours) > 20 and white < 0.95 * image.width * image.height
