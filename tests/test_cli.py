"""The command line as an organiser or a translator uses it."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest

from bot.cli import main
from tests.conftest import KNOWLEDGE, PROJECT_ROOT


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(argv, stdin="", env_token=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def no_token_and_no_local_config(monkeypatch, tmp_path):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # a config.yaml in the developer's folder must not leak into tests


def test_ask_prints_the_answer(answerer):
    code, out, _ = run(["ask", "qui finance le programme ?"])
    assert code == 0
    assert out.startswith(answerer.show("programme_funder", "fr").text)


def test_ask_json_reads_questions_from_stdin_one_object_per_line(answerer):
    code, out, _ = run(["ask", "--json"], stdin="who funds the programme\nweather in Rabat tomorrow\n")
    assert code == 0
    first, second = [json.loads(line) for line in out.splitlines()]
    assert first["question"] == "who funds the programme"
    assert first["id"] == "programme_funder" and first["lang"] == "en"
    assert first["answer"] == answerer.show("programme_funder", "en").text
    assert 0 <= first["score"] <= 100
    assert second["id"] is None
    assert second["answer"] == answerer.fallback("en").text
    assert set(first) == {"question", "id", "ids", "outcome", "score", "lang", "answer", "suggestions", "map"}


def test_kb_json_lists_every_entry_with_three_languages(kb):
    code, out, _ = run(["kb", "--json"])
    data = json.loads(out)
    assert code == 0
    assert [entry["id"] for entry in data["entries"]] == [entry.id for entry in kb.entries]
    assert all(set(entry["answer"]) == {"fr", "en", "ar"} for entry in data["entries"])


def test_check_passes_on_the_bundled_knowledge_base():
    code, out, _ = run(["check"])
    assert code == 0 and "OK" in out


def test_check_lists_errors_and_exits_1(tmp_path):
    folder = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, folder)
    programme = folder / "programme.yaml"
    programme.write_text(
        programme.read_text(encoding="utf-8").replace("follow_ups: [", "follow_ups: [ghost, ", 1), encoding="utf-8"
    )
    config = tmp_path / "config.yaml"
    config.write_text(f"knowledge: {folder}\n", encoding="utf-8")
    code, out, err = run(["check", "--config", str(config)])
    assert code == 1
    assert "ghost" in err and "programme.yaml:" in err
    assert "Traceback" not in err


def test_check_reports_a_broken_configuration(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("organisers: [alice]\ndefault_language: de\n", encoding="utf-8")
    code, _, err = run(["check", "--config", str(config)])
    assert code == 1
    assert "organisers" in err and "default_language" in err


def test_chat_piped_answers_line_by_line_and_picks_a_suggestion_by_number(answerer):
    code, out, _ = run(["chat"], stdin="who funds the programme\n\nbonjour\n")
    assert code == 0
    assert answerer.show("programme_funder", "en").text in out
    assert ">" not in out.splitlines()[0]  # no prompt when piped


def test_chat_on_a_terminal_shows_a_prompt():
    out = io.StringIO()
    code = main(["chat"], stdin=Tty("quit\n"), stdout=out, err=io.StringIO())
    assert code == 0
    assert "> " in out.getvalue()


def test_no_subcommand_without_token_starts_the_console_and_says_how_to_configure():
    code, out, err = run([], stdin="merci\n")
    assert code == 0
    assert "TELEGRAM_BOT_TOKEN" in err
    assert out.strip()


def test_the_module_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="pays participants\n",
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(PROJECT_ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "programme_countries"


def test_chat_topics_lists_the_subjects_and_a_number_opens_one(answerer, kb):
    code, out, _ = run(["chat"], stdin="/topics\n1\n")
    assert code == 0
    first_category = kb.menu_categories()[0]
    first_entry = kb.in_category(first_category.id)[0]
    assert f"1. {first_category.title['fr']} › {first_entry.title['fr']}" in out
    assert answerer.show(first_entry.id, "fr").text in out


def test_check_refuses_a_malformed_token(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "badtoken")
    code, _, err = run(["check"])
    assert code == 1 and "BotFather" in err


def test_ask_json_skips_blank_lines():
    code, out, _ = run(["ask", "--json"], stdin="\nmerci\n\n")
    assert code == 0 and len(out.splitlines()) == 1


def test_kb_without_json_lists_ids_and_titles(kb):
    code, out, _ = run(["kb"])
    assert code == 0
    assert len(out.splitlines()) == len(kb.entries)
    assert out.splitlines()[0].split()[0] == kb.entries[0].id


def test_chat_numbers_open_related_entries_and_out_of_range_is_explained(answerer, kb):
    funder = kb.get("programme_funder")
    code, out, _ = run(["chat"], stdin="qui finance le programme\n1\n99\n")
    assert code == 0
    assert answerer.show(funder.follow_ups[0], "fr").text in out
    assert "de 1 à" in out.split(answerer.show(funder.follow_ups[0], "fr").text)[-1]


def test_chat_help_and_unknown_commands_get_console_help():
    code, out, _ = run(["chat"], stdin="/help\n/foo\n")
    assert code == 0
    assert "/topics" in out and "quit" in out
