"""Hostile text on a terminal: no control character from the input reaches it raw, from any command or message;
machine formats keep the data as it is (ipr_stats.errors.visible, used by every human output).

The input carries the escapes that act on a terminal: clear the screen (CSI), retitle the window and forge a link
(OSC 8), a carriage return that overwrites the line, a C1 control and a right-to-left override.
"""

from __future__ import annotations

import pytest

from ipr_stats.errors import CONTROL, visible

CLEAR = "\x1b[2J"
TITLE = "\x1b]0;owned\x07"
LINK = "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\"
HOSTILE = f"A{CLEAR}B{TITLE}C{LINK}D\rE\x9bF\u202eG"


def raw(text: str) -> list[str]:
    """The control characters a text would send to a terminal."""
    return CONTROL.findall(text)


def test_visible_writes_every_control_out():
    shown = visible(HOSTILE)
    assert raw(shown) == [] and "\\x1b[2J" in shown and "\\x0d" in shown and "\\x9b" in shown and "\\u202e" in shown
    assert visible("line\nbreak\ttab, 中文") == "line\nbreak\ttab, 中文"


@pytest.fixture
def hostile_data(write_yaml):
    """A dataset file whose free text fields carry the escapes; the checks may refuse it (and name the fields),
    or keep it: either way nothing reaches the terminal raw."""
    text = HOSTILE.replace("\\", "\\\\").replace('"', '\\"')
    text = "".join(f"\\x{ord(c):02x}" if ord(c) < 0x20 or 0x7f <= ord(c) <= 0x9f else
                   (f"\\u{ord(c):04x}" if c == "\u202e" else c) for c in text)
    return write_yaml(f'''source:
  id: hostile
  title: "Title {text}"
  publisher: "Publisher {text}"
  published: "2010"
  language: en
  kind: official
  addresses: ["https://example.org/hostile"]
  notes: "Notes {text}"
records:
  - locator: "Table {text}"
    metric: batches
    period: "2009"
    value: 5
    printed: "5"
    note: "Note {text}"
  - locator: "Table {text}"
    metric: batches
    period: "2009"
    dimension: customs
    member: shanghai
    value: 3
    printed: "3"
''')


@pytest.mark.parametrize("command", [
    ("data",), ("sources",), ("sources", "hostile"), ("cite", "--metric", "batches", "--period", "2009"),
    ("coverage",), ("series", "--metric", "batches", "--scope", "national"), ("series", "--metric", "batches", "--chart"),
    ("top", "--by", "batches", "--year", "2009", "--dim", "customs"), ("validate",), ("audit",),
])
def test_no_command_sends_a_dataset_s_escapes_to_the_terminal(run, hostile_data, command):
    args = ["--no-bundled", "--data", str(hostile_data), *command] if command != ("validate",) else ["validate", str(hostile_data)]
    code, out, err = run(*args, tty=True, width=80)
    assert code in (0, 1, 2) and "Traceback" not in err
    assert raw(out) == [] and raw(err) == []


def test_a_query_s_text_is_shown_written_out_on_a_terminal_and_kept_in_csv(run):
    query = "SELECT 'A\x1b[2J\rB' AS text"
    code, out, _ = run("sql", query, tty=True, width=80)
    assert code == 0 and raw(out) == [] and "A\\x1b[2J\\x0dB" in out
    code, out, _ = run("sql", query, "--format", "csv")
    assert code == 0 and "A\x1b[2J\rB" in out
    code, out, _ = run("sql", query, "--format", "markdown")
    assert code == 0 and raw(out) == []


@pytest.mark.parametrize("args", [
    ("yoy", "--metric", HOSTILE), ("--data", f"/nonexistent/{HOSTILE}.yaml", "data"), ("sql", f"SELECT {HOSTILE}"),
    ("--records", f"/nonexistent/{HOSTILE}.csv", "data"), ("top", "--by", "value", "--year", HOSTILE),
    (HOSTILE,), ("data", f"--{HOSTILE}"),
])
def test_messages_quote_the_input_written_out(run, args):
    code, out, err = run(*args, tty=True, width=80)
    assert code in (1, 2) and "Traceback" not in err
    assert raw(out) == [] and raw(err) == []


def test_a_record_file_s_cells_and_name_are_written_out(run, tmp_path):
    log = tmp_path / f"log{CLEAR}.csv"
    log.write_text(f"date,customs,quantity,value\n2024-03-15,Port {HOSTILE},10,100\n", encoding="utf-8")
    for command in (("top", "--by", "batches", "--year", "2024", "--dim", "customs"), ("data",), ("sources",),
                    ("series", "--metric", "batches", "--dim", "customs", "--chart")):
        code, out, err = run("--records", str(log), *command, tty=True, width=80)
        assert "Traceback" not in err and raw(out) == [] and raw(err) == [], command
    code, out, _ = run("--records", str(log), "data", "--format", "csv")
    assert code == 0 and HOSTILE.replace("\r", "") in out.replace("\r", "")
