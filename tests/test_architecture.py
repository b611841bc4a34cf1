"""The core knows nothing of Telegram: the console and the command line run without loading it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROJECT_ROOT

CORE_MODULES = [
    "bot.answering", "bot.calendar", "bot.cli", "bot.config", "bot.evaluation", "bot.knowledge", "bot.languages",
    "bot.matcher", "bot.normalize", "bot.rsvp", "bot.rsvp_export", "bot.storage", "bot.texts",
]


def test_the_core_never_imports_telegram():
    script = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "from bot.cli import main\n"
        "main(['ask', 'qui finance le programme'])\n"
        "print(sorted(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
