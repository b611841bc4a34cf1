"""`python -m bot run` in a process of its own, long polling a fake Bot API served on 127.0.0.1
(tests/fake_bot_api.py): what the end-to-end tests start, as an organiser would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.fake_bot_api import TOKEN, FakeBotApiServer

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def start_bot(server: FakeBotApiServer, folder: Path, **settings: Any) -> subprocess.Popen[str]:
    """Writes folder/config.yaml (the server's URLs, a database in `folder`, the bundled knowledge base,
    then `settings`) and starts the bot on it, the token in the environment as in production."""
    config = folder / "config.yaml"
    telegram = {"base_url": server.base_url, "base_file_url": server.base_url.replace("/bot", "/file/bot")}
    base = {"telegram": telegram, "database": str(folder / "bot.sqlite3"), "knowledge": str(PROJECT_ROOT / "knowledge")}
    config.write_text(yaml.safe_dump({**base, **settings}), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", str(config)],
        cwd=folder,
        env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
