"""Check-in codes: unguessable, scannable, and naming no one."""

from __future__ import annotations

from bot.checkin import TOKEN_BYTES, deep_link, new_token, payload, qr_png, token_from_payload


def test_tokens_are_128_bits_or_more_and_never_repeat():
    tokens = {new_token() for _ in range(2000)}
    assert len(tokens) == 2000
    assert TOKEN_BYTES * 8 >= 128 and all(len(token) >= 22 for token in tokens)


def test_the_payload_fits_telegrams_deep_link_rules_and_round_trips():
    token = new_token()
    assert len(payload(token)) <= 64 and all(ch.isalnum() or ch in "_-" for ch in payload(token))
    assert token_from_payload(payload(token)) == token
    for other in ("rsvp", "programme_funder", "ci_", "ci_short", "ci_" + "a" * 60, "ci_abc def ghi jkl mno pqr"):
        assert token_from_payload(other) is None


def test_the_qr_code_is_a_scannable_png_of_the_deep_link():
    link = deep_link("mm_assistant_bot", new_token())
    png = qr_png(link)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width == height >= 250  # big enough to scan from a phone held at arm's length
    assert link.startswith("https://t.me/mm_assistant_bot?start=ci_")
