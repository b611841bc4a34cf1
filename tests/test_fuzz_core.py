"""A seeded fuzz run through the core: thousands of generated messages, configurations and knowledge
files. Each gets a reply or one clear error line, never an exception; it stays fast (a few seconds)."""

from __future__ import annotations

import json
import random

from bot.config import ConfigError, load_config
from bot.knowledge import KnowledgeError, load_knowledge
from bot.understanding import understand
from bot.verdict import Outcome

SEED = 20180126
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz ABCÉÈÀÇ éèàùç 0123456789 ?!.,;:'\"«»()[]{}<>&@#/\\-_+=*%$€"
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ؟،؛ ًٌٍَُِّْـ"
    "\u200b\u200e\u200f\u202a\u202e\u2066\u2069\u3164\u2800\ufeff\u2028\u2029\u0085\x00\x07\t\n"
    "😀🇲🇦👍🏽‍"
)
WORDS = """
    bonjour salam hi où quand who funds venue fin wach ch7al lftour programme pays et and و svp merci كم متى فين
""".split()


def message(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 80)))
    return " ".join(rng.choice(WORDS + [rng.choice(ALPHABET) * rng.randint(1, 3)]) for _ in range(rng.randint(1, 12)))


def test_thousands_of_messages_get_a_reply(answerer, kb):
    rng = random.Random(SEED)
    for _ in range(3000):
        text = message(rng)
        reply = answerer.ask(text, rng.choice(["fr", "en", "ar"]))
        assert reply.text and reply.lang in ("fr", "en", "ar")
        assert reply.outcome in (Outcome.ANSWER, Outcome.SUGGEST, Outcome.FALLBACK)
        assert len(understand(text, kb.lexicon).questions) <= 3
        json.dumps(reply.entry_ids)


def yaml_value(rng: random.Random, depth: int = 0) -> str:
    choices = [
        '""',
        "5",
        "-1",
        "70000",
        "true",
        "null",
        "[1d, 2h]",
        "abc",
        "'\\u202e'",
        "[]",
        "{}",
        "2018-01-26",
        "25:00",
        "&a [1]",
        "*a",
    ]
    if depth < 3 and rng.random() < 0.3:
        return (
            "{"
            + ", ".join(
                f"{rng.choice(['port', 'capacity', 'reminders', 'mode', 'x'])}: {yaml_value(rng, depth + 1)}"
                for _ in range(rng.randint(0, 3))
            )
            + "}"
        )
    return rng.choice(choices)


def test_hundreds_of_odd_configurations_give_a_config_or_clear_lines(tmp_path):
    rng = random.Random(SEED)
    keys = [
        "telegram",
        "organisers",
        "database",
        "default_language",
        "event",
        "flood",
        "retention_days",
        "errors_chat",
        "nonsense",
    ]
    path = tmp_path / "config.yaml"
    for _ in range(400):
        lines = [f"{rng.choice(keys)}: {yaml_value(rng)}" for _ in range(rng.randint(0, 4))]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        try:
            load_config(path, env={})
        except ConfigError as error:
            assert error.problems and all(problem and "\n" not in problem for problem in error.problems)


def test_odd_edits_of_a_knowledge_file_give_a_base_or_clear_lines(folder):
    rng = random.Random(SEED)
    original = (folder / "practical.yaml").read_text(encoding="utf-8")
    lines = original.splitlines()
    for _ in range(10):  # a load takes ~0.4 s: ten broken files are enough to find a traceback
        mutated = list(lines)
        for _ in range(rng.randint(1, 4)):
            index = rng.randrange(len(mutated))
            action = rng.choice(["drop", "dup", "garble", "value"])
            if action == "drop":
                del mutated[index]
            elif action == "dup":
                mutated.insert(index, mutated[index])
            elif action == "garble":
                mutated[index] = mutated[index][: rng.randint(0, len(mutated[index]))] + rng.choice(
                    ["{", "}", ":", "{contact:d}", "- ", "  ", "\t", "&x", "*x"]
                )
            else:
                mutated[index] = mutated[index].split(":")[0] + ": " + yaml_value(rng)
        (folder / "practical.yaml").write_text("\n".join(mutated) + "\n", encoding="utf-8")
        try:
            load_knowledge(folder)
        except KnowledgeError as error:
            assert error.problems and all(problem and len(problem) < 1000 for problem in error.problems)
