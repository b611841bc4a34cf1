"""The fake Bot API refuses what the real one refuses, so the tests catch a message Telegram would reject."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest

from tests.fake_bot_api import FakeBotApi
from tests.telegram_harness import TelegramHarness


def _send(api: FakeBotApi, text: str, parse_mode: str | None = "HTML", **params) -> tuple[int, dict]:
    return api.handle(
        "sendMessage", {"chat_id": 1, "text": text, **({"parse_mode": parse_mode} if parse_mode else {}), **params}
    )


def test_text_over_4096_utf16_units_is_refused_after_entity_parsing():
    api = FakeBotApi()
    assert _send(api, "🙂" * 2048)[0] == 200  # 4,096 UTF-16 units: the limit
    status, body = _send(api, "🙂" * 2049)  # 2,049 characters for Python, 4,098 units for Telegram
    assert status == 400 and body["description"] == "Bad Request: message is too long"
    assert _send(api, "a&amp;" * 2048)[0] == 200  # 12,288 characters sent, 4,096 seen
    assert _send(api, "<b>" + "x" * 4096 + "</b>")[0] == 200
    assert _send(api, "x" * 4097, parse_mode=None)[0] == 400


@pytest.mark.parametrize(
    "text", ["<b>unclosed", "a </b> b", "<x>unknown</x>", "<b", "fish & chips", "&amp", "<b><i>x</b></i>"]
)
def test_malformed_html_is_refused(text):
    status, body = _send(FakeBotApi(), text)
    assert status == 400 and body["description"].startswith("Bad Request: can't parse entities")


def test_well_formed_html_and_plain_text_pass():
    api = FakeBotApi()
    assert _send(api, "<b>a</b> &lt;x&gt; &amp; &quot; &#38; <i>é</i>")[0] == 200
    assert _send(api, "fish & chips <x>", parse_mode=None)[0] == 200


def test_callback_data_over_64_bytes_and_over_100_buttons_are_refused():
    api = FakeBotApi()

    def keyboard(rows):
        return {"inline_keyboard": rows}

    assert _send(api, "x", reply_markup=keyboard([[{"text": "b", "callback_data": "é" * 32}]]))[0] == 200  # 64 bytes
    status, body = _send(api, "x", reply_markup=keyboard([[{"text": "b", "callback_data": "é" * 32 + "x"}]]))
    assert status == 400 and body["description"] == "Bad Request: BUTTON_DATA_INVALID"
    assert (
        _send(api, "x", reply_markup=keyboard([[{"text": "b", "callback_data": str(n)}] for n in range(100)]))[0] == 200
    )
    status, body = _send(
        api, "x", reply_markup=keyboard([[{"text": "b", "callback_data": str(n)}] for n in range(101)])
    )
    assert status == 400 and body["description"] == "Bad Request: REPLY_MARKUP_TOO_LONG"


async def test_the_harness_fails_a_test_whose_bot_made_a_refused_call():
    bot = TelegramHarness()
    await bot.start()
    with pytest.raises(BadRequest):  # a handler could swallow this...
        await bot.application.bot.send_message(1, "fish & chips")  # parse_mode HTML by default
    with pytest.raises(AssertionError, match="Telegram refuses"):
        await bot.stop()
