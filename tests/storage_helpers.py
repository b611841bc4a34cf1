"""Helpers for the storage tests: complete RSVP drafts and a controllable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.rsvp import RsvpDraft


def make_draft(user_id: int, status: str = "yes", **fields: object) -> RsvpDraft:
    """A complete draft as the conversation would hand it over; `fields` override any value."""
    values: dict[str, object] = {
        "user_id": user_id,
        "language": "fr",
        "telegram_username": f"user{user_id}",
        "status": status,
        "full_name": f"Participant {user_id}",
        "organisation": "OIM Maroc",
        "category": "international_organisation",
        "dietary": None,
        "email": None,
    }
    values.update(fields)
    return RsvpDraft(**values)  # type: ignore[arg-type]


class StepClock:
    """Returns a later ISO 8601 UTC time at each call, one minute apart."""

    def __init__(self, start: datetime = datetime(2018, 1, 20, 9, 0, tzinfo=UTC)):
        self.current = start

    def __call__(self) -> str:
        self.current += timedelta(minutes=1)
        return self.current.isoformat(timespec="seconds")
