"""--chart -o FILE.svg|png|pdf: the terminal's charts as images, read back (the SVG parsed as XML)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("vl_convert")

from ipr_stats.cli import images  # noqa: E402
from ipr_stats.cli.charts import Bars  # noqa: E402


def _bar_widths(root) -> list[float]:
    """The widths of the bars of an SVG chart: the rectangles of its marks (paths 'M x,y h W v H ...')."""
    out = []
    for group in root.iter():
        if group.tag.endswith("g") and "mark-rect" in (group.get("class") or ""):
            for el in group:
                found = re.match(r"M[\d.,-]+h([\d.]+)", el.get("d") or "")
                if found:
                    out.append(float(found.group(1)))
    return out


def svg_texts(path) -> list[str]:
    """Every text of an SVG file, as an XML reader finds it."""
    root = ET.parse(path).getroot()
    return [el.text for el in root.iter() if el.tag.endswith("text") and el.text]


class TestImages:
    def test_the_svg_holds_the_years_and_figures(self, run, tmp_path):
        """The series chart as SVG: text kept as text, each year and its figure, a gap that says so, a bound's sign."""
        target = tmp_path / "batches.svg"
        code, out, err = run("series", "--metric", "batches", "--scope", "national", "--chart", "-o", str(target))
        texts = svg_texts(target)
        assert code == 0 and out == "" and err == ""
        assert {"2008", "11,135", "2016", "none published", ">19,100", "2009 [1]"} <= set(texts)
        assert any(t.startswith("batches (batch), national: yearly figures") for t in texts)
        assert any(t.startswith("Sources: ") and "gacc-2008" in t for t in texts)
        assert any(t.startswith("[1] 2009: ") for t in texts)

    def test_compare_draws_each_administration_on_its_own_scale(self, run, tmp_path):
        """compare --chart: a chart per administration, titled with its own metric and unit."""
        target = tmp_path / "compare.svg"
        run("compare", "--metric", "batches", "--chart", "-o", str(target))
        texts = svg_texts(target)
        titles = [t for t in texts if ": " in t and "(" in t]
        assert [t.split(":")[0] for t in titles[:4]] == ["China", "EU", "US", "Japan"]
        assert texts.count("0") == 4  # an axis from zero under each chart
        assert "80,000" in texts and "100,000" in texts and "34,000" in texts  # each to its own largest figure

    @pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".pdf", b"%PDF")])
    def test_png_and_pdf(self, run, tmp_path, suffix, magic):
        """top --chart as PNG and PDF: files of those kinds."""
        target = tmp_path / f"top{suffix}"
        code, _, _ = run("top", "--by", "value", "--year", "2008", "--chart", "-o", str(target))
        assert code == 0 and target.read_bytes().startswith(magic)

    def test_bars_start_at_zero_and_gaps_have_no_bar(self, tmp_path):
        """Bars of 900 and 1,000 are drawn from zero (a bar of 900 is nine tenths of the longest, not a sliver), and a
        row with no figure draws no bar but its words."""
        svg = images.image([Bars(["a", "b", "c"], [900.0, 1000.0, None], marks=["", ">", ""], missing="none published")], "svg")
        (tmp_path / "c.svg").write_bytes(svg)
        root = ET.parse(tmp_path / "c.svg").getroot()
        widths = _bar_widths(root)
        assert len(widths) == 2 and 0.85 < widths[0] / widths[1] < 0.95
        assert {">1,000", "none published", "900"} <= set(svg_texts(tmp_path / "c.svg"))

    def test_chinese_svg_and_a_missing_font(self, run, tmp_path, monkeypatch):
        """Under --lang zh the SVG's text is Chinese; a PNG with no CJK font on the system is refused with a message
        naming one to install (exit 1), and nothing is written."""
        run("--lang", "zh", "top", "--by", "value", "--year", "2008", "--chart", "-o", str(tmp_path / "t.svg"))
        assert "深圳" in svg_texts(tmp_path / "t.svg")
        monkeypatch.setattr(images, "cjk_font", lambda: None)
        code, _, err = run("--lang", "zh", "top", "--by", "value", "--year", "2008", "--chart", "-o", str(tmp_path / "t.png"))
        assert code == 1 and "fonts-noto-cjk" in err and not (tmp_path / "t.png").exists()

    def test_an_image_needs_a_chart(self, run, tmp_path):
        """-o FILE.svg without --chart, or on a command that draws none, is a usage error saying which."""
        code, _, err = run("series", "--metric", "batches", "-o", str(tmp_path / "s.svg"))
        assert code == 2 and "is for a chart image; add --chart" in err
        code, _, err = run("metrics", "-o", str(tmp_path / "m.svg"))
        assert code == 2 and "this command draws none" in err and list(tmp_path.iterdir()) == []
