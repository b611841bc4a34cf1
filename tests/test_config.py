"""The configuration file and the environment."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import ConfigError, load_config, token_is_well_formed

GOOD_TOKEN = "123456789:" + "A" * 35


def write(tmp_path, text):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file():
    config = load_config(None, env={})
    assert config.telegram.token is None
    assert config.default_language == "fr"
    assert config.telegram.base_url == "https://api.telegram.org/bot"
    assert config.telegram.mode == "polling"


def test_environment_token_wins_over_the_file(tmp_path):
    path = write(tmp_path, "telegram:\n  token: '111:from-file'\n")
    config = load_config(path, env={"TELEGRAM_BOT_TOKEN": GOOD_TOKEN})
    assert config.telegram.token == GOOD_TOKEN


def test_token_never_shows_in_the_configs_repr(tmp_path):
    config = load_config(write(tmp_path, f"telegram:\n  token: '{GOOD_TOKEN}'\n"), env={})
    assert GOOD_TOKEN not in repr(config)
    assert GOOD_TOKEN not in str(config)


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    config = load_config(write(tmp_path, "database: data/bot.sqlite3\nknowledge: kb\n"), env={})
    assert config.database == tmp_path / "data" / "bot.sqlite3"
    assert config.knowledge == tmp_path / "kb"


def test_full_example_is_read(tmp_path):
    path = write(
        tmp_path,
        """
telegram:
  base_url: http://127.0.0.1:8081/bot
  mode: webhook
  webhook: {listen: 127.0.0.1, port: 8443, url: "https://bot.example.org/tg", secret_token: s3cret}
organisers: [12345, "67890"]
default_language: ar
event:
  capacity: 80
  rsvp_deadline: 2018-01-24T18:00:00+01:00
  reminders: [1d, 2h]
flood: {messages: 5, window_seconds: 10}
""",
    )
    config = load_config(path, env={})
    assert config.organisers == {12345, 67890}
    assert config.is_organiser(12345) and not config.is_organiser(1)
    assert config.telegram.mode == "webhook" and config.telegram.webhook.port == 8443
    assert config.event.capacity == 80
    assert config.event.reminders == (timedelta(days=1), timedelta(hours=2))
    assert config.event.rsvp_deadline.isoformat() == "2018-01-24T18:00:00+01:00"
    assert config.flood.messages == 5 and config.default_language == "ar"
    assert "s3cret" not in repr(config)


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(
        tmp_path,
        """
colour: blue
organisers: [alice]
default_language: de
event: {capacity: -3, reminders: [soon], rsvp_deadline: tomorrow}
telegram: {mode: pigeon}
""",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    problems = "\n".join(caught.value.problems)
    for key in (
        "colour",
        "organisers",
        "default_language",
        "event.capacity",
        "event.reminders",
        "event.rsvp_deadline",
        "telegram.mode",
    ):
        assert key in problems
    assert len(caught.value.problems) == 7


def test_yaml_syntax_error_is_one_line_with_the_line_number(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, "telegram:\n  token: [\n"), env={})
    assert len(caught.value.problems) == 1 and "line" in caught.value.problems[0]


def test_webhook_mode_needs_a_public_https_url(tmp_path):
    with pytest.raises(ConfigError, match="https"):
        load_config(write(tmp_path, "telegram: {mode: webhook, webhook: {secret_token: abc}}\n"), env={})


@pytest.mark.parametrize("secret", ["", "has space", "x" * 257, "é"])
def test_webhook_mode_refuses_a_missing_or_malformed_secret(tmp_path, secret):
    """Without a secret anyone who learns the URL could post forged updates to the bot."""
    path = write(
        tmp_path,
        f"telegram: {{mode: webhook, webhook: {{url: 'https://bot.example.org/tg', secret_token: '{secret}'}}}}\n",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert any("secret_token" in problem for problem in caught.value.problems)


def test_webhook_secret_from_the_environment(tmp_path):
    path = write(tmp_path, "telegram: {mode: webhook, webhook: {url: 'https://bot.example.org/tg'}}\n")
    config = load_config(path, env={"TELEGRAM_WEBHOOK_SECRET": "s3cret_-X"})
    assert config.telegram.webhook.secret_token == "s3cret_-X"


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8081", "api.telegram.org/bot", "ftp://x/bot"])
def test_a_base_url_the_token_cannot_be_appended_to_is_refused(tmp_path, base_url):
    with pytest.raises(ConfigError, match="base_url"):
        load_config(write(tmp_path, f"telegram: {{base_url: '{base_url}'}}\n"), env={})


@pytest.mark.parametrize(
    ("token", "ok"),
    [(GOOD_TOKEN, True), ("", False), (None, False), ("PUT-YOUR-TOKEN-HERE", False), ("123:short", False)],
)
def test_token_form(token, ok):
    assert token_is_well_formed(token) is ok
