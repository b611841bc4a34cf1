"""Check-in on the day: each attendee's personal QR code and the link it holds.

The QR code holds a deep link, https://t.me/<bot>?start=ci_<token>. An organiser scans it with
Telegram's own scanner, which opens the bot with /start ci_<token>, and the attendee is checked in.
The token is 128 bits from `secrets`, so it cannot be guessed; it names no one, so a forwarded link
reveals nothing to anyone but an organiser.
"""

from __future__ import annotations

import io
import re
import secrets

import segno

PAYLOAD_PREFIX = "ci_"
TOKEN_BYTES = 16  # 128 bits
# Deep-link payloads allow A-Z, a-z, 0-9, _ and - up to 64 characters: token_urlsafe fits.
PAYLOAD_FORM = re.compile(rf"^{PAYLOAD_PREFIX}([A-Za-z0-9_-]{{22,43}})$")


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def payload(token: str) -> str:
    return PAYLOAD_PREFIX + token


def token_from_payload(text: str) -> str | None:
    """The token of a /start payload, or None when it is not a check-in link."""
    match = PAYLOAD_FORM.match(text.strip())
    return match.group(1) if match else None


def deep_link(bot_username: str, token: str) -> str:
    return f"https://t.me/{bot_username}?start={payload(token)}"


def qr_png(link: str, scale: int = 8) -> bytes:
    """A PNG of the QR code, large enough to scan from a phone screen."""
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
