"""The core knows nothing of Telegram: the console and the command line run without loading it."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import PROJECT_ROOT

CORE_MODULES = [
    "bot.answering",
    "bot.calendar",
    "bot.cli",
    "bot.config",
    "bot.evaluation",
    "bot.knowledge",
    "bot.languages",
    "bot.matcher",
    "bot.normalize",
    "bot.rsvp",
    "bot.rsvp_export",
    "bot.storage",
    "bot.texts",
]


def test_the_core_never_imports_telegram():
    script = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "from bot.cli import main\n"
        "main(['ask', 'qui finance le programme'])\n"
        "print(sorted(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_features_do_not_import_each_other_and_no_module_is_too_long():
    """One feature per module: a feature reaches another only through shared modules (replies, render,
    showing, broadcasting, features...), so that any feature can be removed from FEATURES alone."""
    import ast

    from handlers.app import FEATURES

    shared_services = {"broadcasting"}  # a feature with a button handler that others offer announcements through
    feature_modules = {feature.register.__module__.rsplit(".", 1)[-1] for feature in FEATURES}
    assert {"rsvp", "organisers", "checkin", "logistics", "start", "help"} <= feature_modules
    crossings = []
    for name in sorted(feature_modules):
        tree = ast.parse((PROJECT_ROOT / "handlers" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("handlers."):
                target = node.module.split(".", 1)[1]
                if target in feature_modules and target != name and target not in shared_services:
                    crossings.append(f"handlers/{name}.py imports handlers.{target}")
    assert crossings == []
    modules = [*(PROJECT_ROOT / "bot").glob("*.py"), *(PROJECT_ROOT / "handlers").glob("*.py")]
    too_long = {path.name: n for path in modules if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert too_long == {}


def test_every_button_handler_listens_to_a_registered_callback_prefix():
    """handlers/callbacks.py lists every prefix once; each CallbackQueryHandler's pattern starts with
    one of them (and tests/telegram_harness.py checks every button the bot sends likewise)."""
    from telegram.ext import CallbackQueryHandler, ConversationHandler

    from handlers.app import build_application
    from handlers.callbacks import PREFIXES
    from tests.telegram_harness import offline_config

    application = build_application(offline_config(organisers=frozenset({1})))

    def handlers_of(handler):
        if isinstance(handler, ConversationHandler):
            for inner in [
                *handler.entry_points,
                *handler.fallbacks,
                *(h for hs in handler.states.values() for h in hs),
            ]:
                yield from handlers_of(inner)
        else:
            yield handler

    patterns = [
        handler.pattern.pattern
        for group in application.handlers.values()
        for top in group
        for handler in handlers_of(top)
        if isinstance(handler, CallbackQueryHandler) and handler.pattern is not None
    ]
    assert patterns
    for found in patterns:
        alternatives = found.lstrip("^").lstrip("(")  # "^(r:fg:y|r:fg:n)$" as well as "^r:"
        assert any(re.match(re.escape(name) + r"(\\?:|\$|\(|$)", alternatives) for name in PREFIXES), found
