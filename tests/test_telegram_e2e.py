"""End to end: `python -m bot run` in its own process, long polling a fake Bot API served over HTTP on
127.0.0.1 (tests/fake_bot_api.py) through telegram.base_url. Users send text, commands and button
presses; the test reads what the bot sent over HTTP. Then SIGTERM, and a clean exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from handlers.render import escape
from tests.bot_process import PROJECT_ROOT, start_bot
from tests.fake_bot_api import BOT_USERNAME, TOKEN, FakeBotApi, FakeBotApiServer
from tests.telegram_harness import confident_question
from tests.telegram_updates import Sent, UpdateFactory, sent_message

WAIT = 8.0  # seconds; generous for a loaded 2-core machine, a healthy run takes well under one


def _replies_to(
    api: FakeBotApi, chat_id: int, after: int, count: int = 1, methods: tuple[str, ...] = ("sendMessage",)
) -> list[Sent]:
    def ready(api: FakeBotApi) -> bool:
        return (
            len([c for c in api.calls[after:] if c.method in methods and int(c.params.get("chat_id", 0)) == chat_id])
            >= count
        )

    assert api.wait_for(ready, WAIT), f"no reply to chat {chat_id}; calls: {[c.method for c in api.calls[after:]]}"
    return [
        sent_message(c) for c in api.calls[after:] if c.method in methods and int(c.params.get("chat_id", 0)) == chat_id
    ]


@pytest.fixture
def running_bot(tmp_path: Path):
    with FakeBotApiServer() as server:
        process = start_bot(server, tmp_path, default_language="fr")
        try:
            started = server.api.wait_for(lambda api: api.polls >= 1, 15.0)
            if not started:
                process.kill()
                out, err = process.communicate()
                pytest.fail(f"the bot did not start polling:\n{err[-3000:]}")
            yield server.api, UpdateFactory(server.api), process
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()


def test_polling_bot_answers_users_over_http_and_stops_on_sigterm(running_bot):
    api, updates, process = running_bot

    # Start-up: getMe, then the command menus in the three languages (and the default).
    assert api.calls_to("getMe")
    menus = {call.params.get("language_code"): call.params["commands"] for call in api.calls_to("setMyCommands")}
    assert set(menus) >= {"fr", "en", "ar", None}
    assert {"command": "topics", "description": "Browse the topics"} in menus["en"]
    assert {"command": "topics", "description": "Parcourir les sujets"} in menus["fr"]

    # A French user: /start in French, with the topics, RSVP and language buttons.
    nadia = updates.user("fr", first_name="Nadia")
    mark = len(api.calls)
    api.push_update({"message": updates.message(nadia, "/start")})
    [welcome] = _replies_to(api, nadia.id, mark)
    assert "Bonjour Nadia" in welcome.text
    assert welcome.button_data == ["t", "rsvp", "l"]

    # Topics: a category, then an entry, by editing the same message; the answer in French.
    mark = len(api.calls)
    api.push_update({"callback_query": updates.callback(nadia, welcome, "t")})
    [menu] = _replies_to(api, nadia.id, mark, methods=("editMessageText",))
    assert menu.message_id == welcome.message_id and "Choisissez un sujet" in menu.text
    programme = next(data for data in menu.button_data if data.startswith("t:programme"))
    mark = len(api.calls)
    api.push_update({"callback_query": updates.callback(nadia, welcome, programme)})
    [category] = _replies_to(api, nadia.id, mark, methods=("editMessageText",))
    assert category.button_data[-1] == "t"  # the way back
    assert all(call.params.get("callback_query_id") for call in api.calls_to("answerCallbackQuery"))

    # An English user asks in English: an English answer with follow-up buttons; a press answers too.
    john = updates.user("en", first_name="John")
    mark = len(api.calls)
    question, expected = confident_question("en", category="programme", with_follow_ups=True)
    api.push_update({"message": updates.message(john, question)})
    [answer] = _replies_to(api, john.id, mark)
    assert answer.text == escape(expected.text)
    assert answer.button_data and all(data.startswith("a:en:") for data in answer.button_data)
    mark = len(api.calls)
    api.push_update({"callback_query": updates.callback(john, answer, answer.button_data[0])})
    [follow_up] = _replies_to(api, john.id, mark)
    assert follow_up.text and follow_up.message_id != answer.message_id

    # Arabic: the question's language decides the answer's, whatever Telegram's language code.
    amal = updates.user("en", first_name="Amal")
    mark = len(api.calls)
    question, expected = confident_question("ar", category="results")
    api.push_update({"message": updates.message(amal, question)})
    [arabic] = _replies_to(api, amal.id, mark)
    assert arabic.text == escape(expected.text)

    # /language: choosing Arabic changes the bot's own words (here /help) for that user.
    mark = len(api.calls)
    api.push_update({"message": updates.message(john, "/language")})
    [chooser] = _replies_to(api, john.id, mark)
    mark = len(api.calls)
    api.push_update({"callback_query": updates.callback(john, chooser, "l:ar")})
    _replies_to(api, john.id, mark, methods=("editMessageText",))
    mark = len(api.calls)
    api.push_update({"message": updates.message(john, "/help")})
    [help_ar] = _replies_to(api, john.id, mark)
    assert "الأوامر" in help_ar.text

    # A group: chatter stays unanswered; a mention is answered, quoting the question.
    group = updates.group()
    mark = len(api.calls)
    api.push_update({"message": updates.message(nadia, "bonjour tout le monde", chat=group)})
    question, expected = confident_question("fr", category="event")
    api.push_update({"message": updates.message(nadia, f"@{BOT_USERNAME} {question}", chat=group)})
    replies = _replies_to(api, group.id, mark)
    # One update of a user at a time, in order: by the time the mention is answered the chatter was seen.
    assert len(replies) == 1 and replies[0].text == escape(expected.text)
    assert replies[0].params.get("reply_parameters")

    # SIGTERM: a clean stop, exit status 0, and the token never in the output.
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=WAIT)
    assert process.returncode == 0, err[-2000:]
    assert TOKEN not in out + err and TOKEN.split(":")[1] not in out + err
    assert "stopped" in err and "Traceback" not in err


def test_a_malformed_token_is_one_clear_line_and_status_2(tmp_path: Path):
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "paste-your-token-here", "PYTHONPATH": str(PROJECT_ROOT)}
    config = tmp_path / "config.yaml"
    config.write_text("default_language: fr\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(config)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "python -m bot chat" in lines[0] and "token" in lines[0]


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_webhook_mode_takes_updates_with_the_secret_and_refuses_them_without_and_stops_on_ctrl_c(tmp_path: Path):
    import json
    import time
    import urllib.error
    import urllib.request

    port, secret = _free_port(), "webhook-secret-for-tests"
    with FakeBotApiServer() as server:
        config = tmp_path / "config.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "telegram": {
                        "base_url": server.base_url,
                        "mode": "webhook",
                        "webhook": {
                            "listen": "127.0.0.1",
                            "port": port,
                            "url": "https://bot.example.org/telegram",
                            "path": "telegram",
                        },
                    },
                    "database": str(tmp_path / "bot.sqlite3"),
                }
            ),
            encoding="utf-8",
        )
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": secret,
            "PYTHONPATH": str(PROJECT_ROOT),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--config", str(config)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.api.wait_for(lambda api: api.calls_to("setWebhook"), 15.0), "the bot did not set its webhook"
            [hook] = server.api.calls_to("setWebhook")
            assert hook.params["url"] == "https://bot.example.org/telegram" and hook.params["secret_token"] == secret
            updates = UpdateFactory(server.api)
            user = updates.user("en")

            def post(update: dict, token: str) -> int:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/telegram",
                    data=json.dumps(update).encode(),
                    headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": token},
                )
                for _ in range(50):  # the local server may still be starting
                    try:
                        with urllib.request.urlopen(request, timeout=5) as response:
                            return response.status
                    except urllib.error.HTTPError as error:
                        return error.code
                    except OSError:
                        time.sleep(0.1)
                raise AssertionError("the webhook server never answered")

            assert post({"update_id": 1, "message": updates.message(user, "/help")}, "wrong-secret") == 403
            mark = len(server.api.calls)
            assert post({"update_id": 2, "message": updates.message(user, "/help")}, secret) == 200
            [reply] = _replies_to(server.api, user.id, mark)
            assert "/topics" in reply.text
        finally:
            process.send_signal(signal.SIGINT)  # Ctrl-C
            out, err = process.communicate(timeout=WAIT)
        assert process.returncode == 0, err[-2000:]
        assert "Traceback" not in err
        assert secret not in out + err and TOKEN not in out + err


def test_a_token_telegram_refuses_is_one_clear_line_and_status_2(tmp_path: Path):
    refused = "7000000002:AAThisTokenIsWellFormedButUnknown_012345"
    with FakeBotApiServer() as server:  # knows only TOKEN: any other token gets 404, as from Telegram
        config = tmp_path / "config.yaml"
        config.write_text(
            yaml.safe_dump({"telegram": {"base_url": server.base_url}, "database": str(tmp_path / "bot.sqlite3")}),
            encoding="utf-8",
        )
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": refused, "PYTHONPATH": str(PROJECT_ROOT)}
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run", "--config", str(config)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 2
    assert "refused the bot token" in result.stderr and "python -m bot chat" in result.stderr
    assert "Traceback" not in result.stderr
    assert refused not in result.stderr + result.stdout and refused.split(":")[1] not in result.stderr + result.stdout
