"""Issue 10, core side: broken files refused with one clear line each, never a traceback."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_config
from bot.knowledge import KnowledgeError, load_knowledge
from tests.conftest import KNOWLEDGE


def problems_of(folder) -> list[str]:
    with pytest.raises(KnowledgeError) as refused:
        load_knowledge(folder)
    return refused.value.problems


@pytest.mark.parametrize("content", ["", "# only a comment\n", "\n\n"])
def test_an_emptied_knowledge_file_is_refused_naming_it(folder, content):
    (folder / "results.yaml").write_text(content, encoding="utf-8")
    problems = problems_of(folder)
    assert any(problem.startswith("results.yaml") and "empty" in problem for problem in problems)


@pytest.mark.parametrize("placeholder", ["{contact:d}", "{contact!z}", "{contact:>999999999999}"])
def test_a_format_spec_in_an_answer_is_refused(folder, placeholder):
    path = folder / "practical.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{contact}", placeholder, 1), encoding="utf-8")
    assert any("no format after it" in problem for problem in problems_of(folder))


def test_deep_nesting_is_one_clear_line_not_a_recursion_error(folder, tmp_path):
    (folder / "results.yaml").write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    problems = problems_of(folder)
    assert any("nested more than" in problem for problem in problems)
    config = tmp_path / "config.yaml"
    config.write_text("event: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(config, env={})
    assert "nested more than" in refused.value.problems[0]


def test_an_alias_bomb_is_refused_in_one_short_line(folder):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 13)]
    (folder / "results.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = problems_of(folder)
    assert any("aliases" in problem for problem in problems)
    assert sum(len(problem) for problem in problems) < 2000


def test_a_configuration_that_is_not_utf8_is_one_clear_line(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_bytes("organisers: [123]\n# caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigError) as refused:
        load_config(config, env={})
    assert refused.value.problems == [f"{config}: not UTF-8 text (byte 23): save the file as UTF-8"]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("event:\n  reminders: 5\n", "event.reminders: must be a list"),
        ("telegram:\n  webhook:\n    port: 70000\n", "must be a whole number from 1 to 65535"),
    ],
)
def test_bad_settings_are_one_clear_line(tmp_path, setting, expected):
    config = tmp_path / "config.yaml"
    config.write_text(setting, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(config, env={})
    assert any(expected in problem for problem in refused.value.problems)


def test_ask_json_keeps_one_object_per_line_whatever_the_text(tmp_path):
    import io
    import json

    from bot.cli import main

    out = io.StringIO()
    assert (
        main(
            ["ask", "--json"],
            stdin=io.StringIO("who funds\u2028the programme\u2029 \u0085?\n"),
            stdout=out,
            err=io.StringIO(),
        )
        == 0
    )
    lines = out.getvalue().split("\n")
    assert len([line for line in lines if line]) == 1
    assert "\u2028" not in out.getvalue() and "\u2029" not in out.getvalue() and "\u0085" not in out.getvalue()
    assert json.loads(lines[0])["question"] == "who funds\u2028the programme\u2029 \u0085?"


def test_invalid_utf8_on_stdin_is_replaced_not_a_traceback(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input=b"qui finance \xff\xfe le programme\n",
        capture_output=True,
        cwd=KNOWLEDGE.parent,
        timeout=60,
    )
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert b'"id": "programme_funder"' in result.stdout


def test_config_given_before_the_subcommand_is_honoured(tmp_path):
    import io

    from bot.cli import main

    config = tmp_path / "config.yaml"
    config.write_text("telegram:\n  webhook:\n    port: 70000\n", encoding="utf-8")
    for argv in (["--config", str(config), "check"], ["check", "--config", str(config)]):
        err = io.StringIO()
        assert main(argv, stdin=io.StringIO(), stdout=io.StringIO(), err=err) == 1, argv
        assert "65535" in err.getvalue()


async def test_rsvps_output_refuses_to_follow_a_symbolic_link(tmp_path):
    from bot.rsvp_export import ExportError, write_rsvps
    from bot.storage import Storage

    database = tmp_path / "bot.sqlite3"
    await (await Storage.open(database)).close()
    target = tmp_path / "someone_elses_file.txt"
    target.write_text("precious", encoding="utf-8")
    link = tmp_path / "rsvps.csv"
    link.symlink_to(target)
    with pytest.raises(ExportError, match="symbolic link"):
        await write_rsvps(database, "csv", link)
    assert target.read_text(encoding="utf-8") == "precious"
