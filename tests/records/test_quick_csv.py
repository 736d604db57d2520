"""The optimistic reading of CSV records (ipr_stats.records.quick_csv): never looser than the careful one.

Each test reads a file twice, once as a command does (optimistically first) and once with
the optimistic reading turned off, and expects the same figures or the same message.
"""

from __future__ import annotations

import csv
import os

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipr_stats.errors import DataError
from ipr_stats.records import aggregate as records
from ipr_stats.records import quick_csv as records_csv
from ipr_stats.records.aggregate import aggregate
from ipr_stats.records.schema import Need
from tests.helpers import random_records, write_csv

HEADER = "date,customs,quantity,value\n"
GOOD = ["2024-01-02,Shenzhen,2,10.5", "2023-07-01,Ningbo,1,3", "2024-08-09,,4,0.25"]


def outcome(path, need=Need(None, None)):
    """What reading ``path`` gives: ('figures', {dimension: rows, sorted}) or ('error', message)."""
    try:
        _files, parts, _notes = aggregate([path], need)
    except DataError as exc:
        return "error", str(exc)
    return "figures", {key: frame.sort(pl.all()).rows() for key, frame in parts.items()}


def careful_outcome(path, need, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(records_csv, "fast_reading", lambda *args, **kwargs: None)
        return outcome(path, need)


@pytest.fixture
def fast_only(monkeypatch):
    """Fails a test if the careful reading runs."""
    def careful(*args, **kwargs):
        raise AssertionError("the careful reading ran")

    monkeypatch.setattr(records, "group_carefully", careful)


NEEDS = [Need(None, None), Need(None, ()), Need(2024, ("customs",)), Need(2024, None, metrics=("value",)), Need(2023, ())]


@pytest.mark.parametrize("need", NEEDS)
def test_a_good_file_is_read_once_and_optimistically(tmp_path, fast_only, need):
    path = write_csv(tmp_path / "log.csv", random_records(300))
    assert outcome(path, need)[0] == "figures"


@pytest.mark.parametrize("need", NEEDS)
def test_both_readings_give_the_same_figures(tmp_path, monkeypatch, need):
    path = write_csv(tmp_path / "log.csv", random_records(300, seed=4))
    fast = outcome(path, need)
    assert fast[0] == "figures" and fast == careful_outcome(path, need, monkeypatch)


def test_several_files_add_up_as_in_the_careful_reading(tmp_path, monkeypatch, fast_only):
    rows = random_records(200, seed=5)
    write_csv(tmp_path / "a.csv", rows[:120])
    write_csv(tmp_path / "b.csv", rows[120:])
    fast = outcome(tmp_path, Need(None, None))
    monkeypatch.undo()
    assert fast == careful_outcome(tmp_path, Need(None, None), monkeypatch)


@pytest.mark.parametrize("lines, named", [
    (GOOD + ["2024-01-03,Ningbo,1,1,"], "found 5 fields"),  # a trailing comma: an empty field past the header's last
    (GOOD + ["2024-01-03,Ningbo,1,1,,extra"], "found 6 fields"),  # text after an empty extra field
    (GOOD + ["2024-01-03,Ning,bo,1,1"], "found 5 fields"),  # an unquoted comma
    (GOOD + ["2024-02-30,Ningbo,1,1"], "field 'date': found '2024-02-30'"),
    (GOOD + ["2021-13-01,Ningbo,1,1"], "field 'date': found '2021-13-01'"),  # another year than the one asked for
    (GOOD + ["1979-12-31,Ningbo,1,1"], "a date from 1980-01-01"),
    (GOOD + ["2022-05-05,Ningbo,-1,1"], "field 'quantity': found '-1'"),
    (GOOD + ["2022-05-05,Ningbo,1,1e13"], "field 'value': found '1e13'"),
    (GOOD + ["2022-05-05,Ningbo,1.5,1"], "field 'quantity': found '1.5'"),
    (GOOD + ["", "2022-05-05,Ningbo,1,1"], "field 'date': found an empty cell"),  # a blank line
    (GOOD + ["2022-05-05,Ningbo,1"], "field 'value': found an empty cell"),  # a short row
    # a row one field short and a row one field long: as many commas as rows of the header's length would have
    (["date,quantity,value,customs\n2024-01-02,2,10.5", "2024-01-03,1,1,Ningbo,", "2024-01-04,1,1,Dalian"], "field 'fields'"),
])
def test_a_bad_row_is_named_as_the_careful_reading_names_it(tmp_path, monkeypatch, lines, named):
    path = tmp_path / "log.csv"
    path.write_text(("" if lines[0].startswith("date") else HEADER) + "\n".join(lines) + "\n", encoding="utf-8")
    for need in (Need(2024, ("customs",)), Need(None, ())):
        kind, message = outcome(path, need)
        assert kind == "error" and named in message, message
        assert (kind, message) == careful_outcome(path, need, monkeypatch)


@pytest.mark.parametrize("text", [
    HEADER + "\n".join(GOOD) + "\n2024-1-5,Ningbo,1,1\n",  # dates the careful reading accepts and the optimistic one doubts
    HEADER + "\n".join(GOOD) + "\n 2024-01-05 ,Ningbo,1,1\n",
    HEADER + "\n".join(GOOD) + "\n+2024-01-05,Ningbo, 1 ,1 \n",
    HEADER + "\n".join(GOOD) + '\n2024-01-05,"Ning,bo",1,1\n',  # a comma inside a quoted cell
    "date,quantity,value,customs\n2024-01-02,2,10.5,Shenzhen\n2024-03-04,1,1,\n",  # an empty cell in the last column
    "date,quantity,value,customs\n2024-01-02,2,10.5,Shenzhen\n2024-03-04,1,1\n",  # a row without its last field
    HEADER.replace("\n", "\r\n") + "\r\n".join(GOOD) + "\r\n",  # Windows line ends
    HEADER + "\n".join(GOOD),  # no line end after the last row
    HEADER + "\n".join(GOOD) + ",",  # a comma as the file's last byte
    HEADER,  # no rows at all
    'date,quantity,value\n2024-01-05,1,"',  # cut off after an opening quote, in a number column
    'date,quantity,value\n2024-01-05,1,"\r\n',
    'date,quantity,value\n2024-01-05,"1,2\n2024-01-06,1,1\n',  # a quote left open through the file
])
def test_files_the_optimistic_reading_doubts_give_the_careful_readings_figures(tmp_path, monkeypatch, text):
    path = tmp_path / "log.csv"
    path.write_bytes(text.encode("utf-8"))
    for need in NEEDS:
        assert outcome(path, need) == careful_outcome(path, need, monkeypatch)


@pytest.mark.parametrize("year", [0, -1, 10000])
def test_a_year_no_row_can_have_gives_the_same_outcome(tmp_path, monkeypatch, year):
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "\n".join(GOOD) + "\n", encoding="utf-8")
    for need in (Need(year, ("customs",)), Need(year, None), Need(year, ())):
        fast = outcome(path, need)
        assert fast[0] == "figures" and fast == careful_outcome(path, need, monkeypatch)


def test_windows_line_ends_keep_the_optimistic_reading(tmp_path, fast_only):
    path = tmp_path / "log.csv"
    path.write_bytes((HEADER + "\n".join(GOOD) + "\n").replace("\n", "\r\n").encode())
    assert outcome(path)[0] == "figures"


def test_the_commas_are_counted_quoted_or_not(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text('a,b,c\n1,"x,y",2\n,,\n', encoding="utf-8")
    reading = records_csv.fast_reading(path, ["a", "b", "c"], (), 10)
    assert reading.commas.collect().item() == 7 and reading.fields == 3


cells = st.one_of(st.sampled_from(["2024-01-05", "2023-12-31", "2024-02-29", "2024-1-5", " 2024-01-05", "0", "1", "2.5",
                                   "-1", "1e3", "nan", "", " ", "Ning,bo", 'a"b', "1,0", "10000000000000"]),
                  st.text(alphabet=",\"0123456789-. ab\n", max_size=8))
good = st.tuples(st.sampled_from(["2024-01-05", "2023-07-01"]), st.sampled_from(["1", "0"]), st.sampled_from(["2.5", "3"]),
                 st.sampled_from(["Ningbo", ""])).map(list)
rows = st.lists(st.one_of(good, st.lists(cells, min_size=2, max_size=6)), min_size=1, max_size=6)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows, st.sampled_from([Need(None, None), Need(2024, ("customs",))]))
def test_any_rows_give_the_careful_readings_outcome(tmp_path, monkeypatch, generated, need):
    """Ragged rows, quoted commas and newlines, odd numbers and dates: the same figures or the same message."""
    path = tmp_path / "log.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "quantity", "value", "customs"])
        writer.writerows(generated)
    assert outcome(path, need) == careful_outcome(path, need, monkeypatch)


@pytest.mark.parametrize("value, kept", [("", False), ("abc", False), ("0", False), ("٣", False), ("9" * 30, False),
                                         ("-5", False), ("1048576", True)])
def test_a_chunk_size_polars_would_refuse_is_replaced(tmp_path, monkeypatch, value, kept):
    """Polars stops with a panic on a chunk size it cannot read: only a sound one of the user's is kept."""
    monkeypatch.setenv(records_csv.CHUNK_SETTING, value)
    path = write_csv(tmp_path / "log.csv", random_records(50))
    assert outcome(path)[0] == "figures"
    assert os.environ[records_csv.CHUNK_SETTING] == (value if kept else str(records_csv.CHUNK))


def test_a_cell_the_reader_cannot_parse_makes_no_panic(tmp_path, monkeypatch, capfd):
    """A failing query beside a running one could make polars print a panic (about one run in twelve):
    the counts run apart, so the only output is the careful reading's outcome."""
    path = tmp_path / "log.csv"
    path.write_text(HEADER + "\n".join(GOOD) + "\n2024-01-03,Ningbo,5 ,1\n", encoding="utf-8")
    for _ in range(30):
        assert outcome(path, Need(None, ()))[0] == "figures"
    assert "panicked" not in capfd.readouterr().err


MIXED = "Date,Customs,Quantity,Value,Notice No\n"


@pytest.mark.parametrize("need", NEEDS)
def test_headers_typed_as_people_type_them_give_the_same_figures(tmp_path, monkeypatch, need):
    """'Date', 'Customs', ' Quantity ' read as date, customs and quantity, by either reading, with the figures of
    the same file under the schema's own headers; another column stays aside."""
    plain = tmp_path / "plain.csv"
    plain.write_text(HEADER + "\n".join(GOOD) + "\n", encoding="utf-8")
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(MIXED + "\n".join(f"{line},N{i}" for i, line in enumerate(GOOD)) + "\n", encoding="utf-8")
    mixed.write_text(mixed.read_text(encoding="utf-8").replace("Date,Customs,Quantity", "Date,Customs, Quantity "), encoding="utf-8")
    assert outcome(mixed, need) == outcome(plain, need) == careful_outcome(mixed, need, monkeypatch)


def test_a_bad_cell_under_a_typed_header_is_named(tmp_path, monkeypatch):
    """A bad cell in the column 'Quantity' is named as quantity's, by either reading."""
    path = tmp_path / "log.csv"
    path.write_text(MIXED + "2024-01-02,Shenzhen,x,10.5,N1\n", encoding="utf-8")
    assert outcome(path) == careful_outcome(path, Need(None, None), monkeypatch)
    assert "field 'quantity': found 'x'" in outcome(path)[1]


def test_two_headers_of_one_column_are_a_problem(tmp_path):
    """'date' and 'Date' in one file: which is meant is not guessed."""
    path = tmp_path / "log.csv"
    path.write_text("date,Date,quantity,value\n2024-01-02,2024-01-02,1,1\n", encoding="utf-8")
    kind, message = outcome(path)
    assert kind == "error" and "field 'date': found 2 columns that name it ('date', 'Date')" in message


def test_a_parquet_file_with_typed_headers(tmp_path):
    """A Parquet file's 'Date' and 'Value' are read as date and value too."""
    import datetime as dt

    pl.DataFrame({"Date": [dt.date(2024, 1, 2)], "Quantity": [3], "Value": [1.5], "IP Type": ["trademark"]}).write_parquet(tmp_path / "l.parquet")
    kind, parts = outcome(tmp_path / "l.parquet", Need(2024, ("ip_type",)))
    assert kind == "figures" and any("trademark" in str(rows) for rows in parts.values())


@pytest.mark.parametrize("need", NEEDS)
def test_a_spreadsheet_saved_with_semicolons_gives_the_same_figures(tmp_path, monkeypatch, need):
    """A European spreadsheet's CSV (semicolons between fields, a decimal comma in values) gives the figures of the
    same rows written with commas, by either reading."""
    plain = tmp_path / "plain.csv"
    plain.write_text(HEADER + "\n".join(GOOD) + "\n", encoding="utf-8")
    semi = tmp_path / "semi.csv"
    semi.write_text("\n".join(line.replace(",", ";") for line in [HEADER.strip(), *GOOD])
                    .replace("10.5", "10,5").replace("0.25", "0,25") + "\n", encoding="utf-8")
    fast = outcome(semi, need)
    assert fast[0] == "figures" and fast == outcome(plain, need) == careful_outcome(semi, need, monkeypatch)


@pytest.mark.parametrize("line, named", [("2024-01-02;Shenzhen;2;1.234,5", "field 'value': found '1.234,5'"),
                                         ("2024-01-02;Shenzhen;2;3;extra", "found 5 fields; expected 4, as in the header (quote a cell "
                                                                           "that holds a semicolon)")])
def test_a_bad_row_of_a_semicolon_file_is_named(tmp_path, monkeypatch, line, named):
    """Grouped digits (1.234,5) or a field too many, in a semicolon file: named as the careful reading names them."""
    path = tmp_path / "semi.csv"
    path.write_text(HEADER.replace(",", ";") + line + "\n", encoding="utf-8")
    kind, message = outcome(path)
    assert kind == "error" and named in message and (kind, message) == careful_outcome(path, Need(None, None), monkeypatch)


def test_a_semicolon_file_keeps_the_optimistic_reading(tmp_path, fast_only):
    """A good semicolon file is read optimistically, its separators counted as a comma file's commas are."""
    path = tmp_path / "semi.csv"
    path.write_text(HEADER.replace(",", ";") + "\n".join(line.replace(",", ";").replace(".", ",") for line in GOOD) + "\n", encoding="utf-8")
    assert outcome(path)[0] == "figures"
