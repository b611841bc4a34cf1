"""A fourth language needs only its profile, its catalogues and its knowledge-base texts (issue 9, point 8).

The test adds a throwaway Spanish to a copy of the project, by the three steps knowledge/README.md gives:
a LanguageProfile added to bot/language_profiles.py, locales/es/LC_MESSAGES/*.po (the English texts
with a marker, written with Babel), and an "es" text beside every "en" one in knowledge/. A fresh
interpreter in that copy then starts the core and the Telegram Application, and is asked in Spanish.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from bot.languages import LANGUAGES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MARK = "[es] "  # what every Spanish text starts with: shows which language a reply is in
QUESTION = "¿Cuáles son los objetivos del programa?"
ENTRY = "programme_objectives"  # the entry that gets the Spanish phrasing

SPANISH_PROFILE = """

SPANISH = LanguageProfile(
    code="es",
    name="Español",
    babel_locale="es_ES",
    stop_words="el la los las un una de del y o que en es por para con se su",
    question_words="qué cuándo dónde quién cuál cuáles cómo cuánto cuántos",
    and_words=frozenset({"y", "o"}),
    markers=frozenset("el los las del qué cuál cuáles cuándo dónde son está programa objetivos".split()),
    marker_letters="ñáíóú¿¡",
    yes_words=("si",),
    no_words=("no",),
    maybe_words=("quizas",),
    nothing_words=frozenset({"nada", "ninguno"}),
)
PROFILES = (*PROFILES, SPANISH)
"""

# Run in the copy, in a fresh interpreter (the languages are read when the modules are imported).
CHILD = """
import asyncio, json, shutil, sys
from pathlib import Path

from bot.answering import Answerer
from bot.knowledge import KnowledgeError, load_knowledge
from bot.languages import LANGUAGE_NAMES, LANGUAGES
from handlers.texts import TEXTS
from tests.telegram_harness import TelegramHarness

QUESTION = sys.argv[1]
kb = load_knowledge(Path("knowledge"))
reply = Answerer(kb).ask(QUESTION, "fr")
result = {
    "languages": list(LANGUAGES),
    "names": LANGUAGE_NAMES,
    "core": {"lang": reply.lang, "entry": reply.entry_id, "text": reply.text},
    "expected_answer": kb.render(kb.get(reply.entry_id), "es", contact=False) if reply.entry_id else None,
}

# A knowledge base with one entry left untranslated is refused, naming the language.
shutil.copytree("knowledge", "untranslated")
text = Path("untranslated/programme.yaml").read_text(encoding="utf-8")
Path("untranslated/programme.yaml").write_text(text.replace("    es:", "    xx:", 1), encoding="utf-8")
try:
    load_knowledge(Path("untranslated"))
    result["untranslated"] = None
except KnowledgeError as error:
    result["untranslated"] = str(error)


async def telegram():
    async with TelegramHarness(answerer=Answerer(kb)) as bot:
        user = bot.user("es", first_name="Lucía")
        welcome = (await bot.send(user, "/start")).last
        topics = (await bot.press(user, welcome, "t")).last
        again = (await bot.send(user, "/start")).last  # the press on Topics turned the welcome into the menu
        languages = (await bot.press(user, again, "l")).last
        answer = await bot.send(user, QUESTION)
        return {
            "welcome": welcome.text,
            "welcome_buttons": welcome.button_texts,
            "topics": topics.text,
            "topic_buttons": topics.button_texts,
            "language_buttons": languages.button_texts,
            "answer": answer.text,
            "expected_welcome": TEXTS.t("welcome", "es").split("{name}")[0],
        }


result["telegram"] = asyncio.run(telegram())
print(json.dumps(result))
"""


def _with_spanish(node: Any, entry_id: str | None = None) -> Any:
    """Every mapping that has a text per language gets an "es" one: the English with the marker (a list
    of phrasings is kept as it is, and the test entry's gets the Spanish question)."""
    if isinstance(node, list):
        return [_with_spanish(item, entry_id) for item in node]
    if not isinstance(node, dict):
        return node
    entry_id = node.get("id", entry_id) if isinstance(node.get("id"), str) else entry_id
    result = {key: _with_spanish(value, entry_id) for key, value in node.items()}
    if all(lang in node for lang in LANGUAGES):
        english = copy.deepcopy(node["en"])
        if isinstance(english, str):
            english = MARK + english
        elif isinstance(english, list) and entry_id == ENTRY:
            english = [QUESTION, *english]
        result["es"] = english
    return result


def _spanish_catalogues(locales: Path) -> None:
    """locales/es/LC_MESSAGES/<domain>.po from the English ones, each text marked, through Babel."""
    target = locales / "es" / "LC_MESSAGES"
    target.mkdir(parents=True)
    for english_po in sorted((locales / "en" / "LC_MESSAGES").glob("*.po")):
        with english_po.open("rb") as file:
            english = read_po(file, locale="en")
        spanish = Catalog(locale="es", domain=english_po.stem)
        for message in english:
            if message.id and isinstance(message.string, str):
                spanish.add(message.id, MARK + message.string, context=message.context, flags=message.flags)
        with (target / english_po.name).open("wb") as file:
            write_po(file, spanish)


def _project_with_spanish(root: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("bot", "handlers", "locales"):
        shutil.copytree(PROJECT_ROOT / folder, root / folder, ignore=ignore)
    (root / "tests").mkdir()
    for helper in (PROJECT_ROOT / "tests").glob("*.py"):  # the harness and its modules, not the tests
        if not helper.name.startswith("test_"):
            shutil.copy(helper, root / "tests" / helper.name)
    profiles = root / "bot" / "language_profiles.py"
    profiles.write_text(profiles.read_text(encoding="utf-8") + SPANISH_PROFILE, encoding="utf-8")
    _spanish_catalogues(root / "locales")
    (root / "knowledge").mkdir()
    for source in sorted((PROJECT_ROOT / "knowledge").glob("*.yaml")):
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        text = yaml.safe_dump(_with_spanish(data), allow_unicode=True, sort_keys=False, width=1000)
        (root / "knowledge" / source.name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def spanish(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("project_with_spanish")
    _project_with_spanish(root)
    (root / "child.py").write_text(CHILD, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "child.py", QUESTION], cwd=root, capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def test_the_profile_alone_adds_the_language(spanish):
    assert spanish["languages"] == [*LANGUAGES, "es"]
    assert spanish["names"]["es"] == "Español"


def test_the_core_answers_a_spanish_question_in_spanish(spanish):
    core = spanish["core"]
    assert (core["lang"], core["entry"]) == ("es", ENTRY)  # told from the words, although fr was preferred
    assert core["text"].startswith(MARK) and spanish["expected_answer"] in core["text"]


def test_the_knowledge_base_needs_every_configured_language(spanish):
    assert spanish["untranslated"] is not None and "missing or empty es" in spanish["untranslated"]


def test_the_telegram_bot_welcomes_shows_menus_and_answers_in_spanish(spanish):
    telegram = spanish["telegram"]
    assert telegram["welcome"].startswith(telegram["expected_welcome"]) and "Lucía" in telegram["welcome"]
    assert "enero de 2018" in telegram["welcome"]  # the date through the profile's Babel locale
    assert telegram["welcome_buttons"] and all(label.startswith(MARK) for label in telegram["welcome_buttons"])
    assert telegram["topics"].startswith(MARK)
    assert telegram["topic_buttons"] and all(MARK in label for label in telegram["topic_buttons"])
    assert "Español" in telegram["language_buttons"]
    assert spanish["expected_answer"] in telegram["answer"]
