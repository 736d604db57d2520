"""--chart -o FILE.svg|png|pdf: the terminal's charts as images, read back (the SVG parsed as XML)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("vl_convert")

from ipr_stats.cli import images  # noqa: E402
from ipr_stats.cli.charts import Bars  # noqa: E402


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
        titles = [t for t in svg_texts(target) if ": " in t and "(" in t]
        assert [t.split(":")[0] for t in titles[:4]] == ["China", "EU", "US", "Japan"]
        spec = images.vega_lite([Bars(["a"], [1.0]), Bars(["b"], [1000.0])])
        assert spec["resolve"]["scale"]["x"] == "independent"

    @pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".pdf", b"%PDF")])
    def test_png_and_pdf(self, run, tmp_path, suffix, magic):
        """top --chart as PNG and PDF: files of those kinds."""
        target = tmp_path / f"top{suffix}"
        code, _, _ = run("top", "--by", "value", "--year", "2008", "--chart", "-o", str(target))
        assert code == 0 and target.read_bytes().startswith(magic)

    def test_bars_start_at_zero_and_gaps_have_no_bar(self):
        """Every chart's value scale includes zero, and a row with no figure draws no bar but its words."""
        spec = images.vega_lite([Bars(["2015", "2016"], [23000.0, None], marks=[">", ""], missing="none published")])
        layer = spec["vconcat"][0]["layer"]
        assert layer[0]["encoding"]["x"]["scale"]["zero"] is True and layer[0]["transform"] == [{"filter": "datum.value != null"}]
        assert [r["text"] for r in spec["vconcat"][0]["data"]["values"]] == [">23,000", "none published"]

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
