"""/logistics: an organiser announces a practical detail from Telegram, the bot answers with it at
once; a malformed value is refused with nothing written; nobody else reaches the flow."""

from __future__ import annotations

from handlers.logistics import PICK, SAVE, parse_value
from handlers.texts import TEXTS
from tests.telegram_harness import TelegramHarness, offline_config

ORGANISER = 5151


def harness(folder) -> TelegramHarness:
    return TelegramHarness(offline_config(knowledge=folder, organisers=frozenset({ORGANISER})))


async def test_setting_the_venue_is_answered_at_once_and_written_with_comments(folder):
    async with harness(folder) as bot:
        organiser = bot.user(lang="en", user_id=ORGANISER)
        menu = await bot.send(organiser, "/logistics")
        assert PICK + "venue" in menu.last.button_data
        await bot.press(organiser, menu.last, data=PICK + "venue")
        preview = await bot.send(organiser, "Hôtel Farah, avenue Mohammed V, Rabat")
        assert "Hôtel Farah" in preview.last.text and SAVE in preview.last.button_data
        await bot.press(organiser, preview.last, data=SAVE)
        attendee = bot.user(lang="fr")
        answer = await bot.send(attendee, "c'est où le petit-déjeuner ?")
        assert "Hôtel Farah, avenue Mohammed V, Rabat" in answer.last.text
    text = (folder / "logistics.yaml").read_text(encoding="utf-8")
    assert (
        'venue: "Hôtel Farah, avenue Mohammed V, Rabat"' in text
        and "# Practical details of the closing breakfast." in text
    )


async def test_a_malformed_time_is_refused_with_the_reason_and_nothing_is_written(folder):
    before = (folder / "logistics.yaml").read_bytes()
    async with harness(folder) as bot:
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        menu = await bot.send(organiser, "/logistics")
        await bot.press(organiser, menu.last, data=PICK + "start_time")
        preview = await bot.send(organiser, "25:00")
        refused = await bot.press(organiser, preview.last, data=SAVE)
        assert (
            refused.last.text.startswith(TEXTS("logistics_refused", "fr", problems="")[:20])
            and "25:00" in refused.last.text
        )
    assert (folder / "logistics.yaml").read_bytes() == before


async def test_nobody_else_reaches_the_flow_not_even_with_forged_buttons(folder):
    before = (folder / "logistics.yaml").read_bytes()
    async with harness(folder) as bot:
        stranger = bot.user(lang="en")
        replies = await bot.send(stranger, "/logistics")
        assert replies.last.text == TEXTS("unknown_command", "en")
        unknown = replies.last
        pressed = await bot.press(stranger, unknown, data=PICK + "venue")
        assert pressed.callback_answers  # answered (a stale button), no flow opened
        await bot.send(stranger, "Somewhere else")
        await bot.press(stranger, unknown, data=SAVE)
    assert (folder / "logistics.yaml").read_bytes() == before


def test_a_value_per_language_or_one_for_all():
    assert parse_value("fr: Tenue de ville\nen: Business attire\nar: لباس رسمي") == {
        "fr": "Tenue de ville",
        "en": "Business attire",
        "ar": "لباس رسمي",
    }
    assert parse_value("  Hôtel   X  ") == "Hôtel X"
    assert parse_value("-") == ""


# ------------------------------------------------------------------------------------------ the map pin


async def test_a_pin_sent_by_the_organiser_comes_with_where_answers_and_nothing_before(folder):
    async with harness(folder) as bot:
        attendee = bot.user(lang="fr")
        before = await bot.send(attendee, "c'est où le petit-déjeuner ?")
        assert not [sent for sent in before if sent.method == "sendVenue"]  # no location announced: no pin

        organiser = bot.user(lang="en", user_id=ORGANISER)
        menu = await bot.send(organiser, "/logistics")
        await bot.press(organiser, menu.last, data=PICK + "location")
        pin = {"latitude": 34.020882, "longitude": -6.84165}
        preview = await bot.feed({"message": bot.message_dict(organiser, None, location=pin)})
        assert "34.020882, -6.841650" in preview.last.text and SAVE in preview.last.button_data
        await bot.press(organiser, preview.last, data=SAVE)

        after = await bot.send(attendee, "c'est où le petit-déjeuner ?")
        venue = next(sent for sent in after if sent.method == "sendVenue")
        assert (float(venue.params["latitude"]), float(venue.params["longitude"])) == (34.020882, -6.84165)
        assert venue.params["address"] == "Rabat"
        dress = await bot.send(attendee, "quelle est la tenue ?")
        assert not [sent for sent in dress if sent.method == "sendVenue"]  # only answers that say where
    text = (folder / "logistics.yaml").read_text(encoding="utf-8")
    assert "location: {latitude: 34.020882, longitude: -6.84165}" in text and "# the venue's map pin" in text


async def test_a_typed_location_is_checked_and_a_stray_pin_is_explained(folder):
    before = (folder / "logistics.yaml").read_bytes()
    async with harness(folder) as bot:
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        stray = await bot.feed(
            {"message": bot.message_dict(organiser, None, location={"latitude": 34.0, "longitude": -6.8})}
        )
        assert stray.last.text == TEXTS("logistics_pin_how", "fr")
        menu = await bot.send(organiser, "/logistics")
        await bot.press(organiser, menu.last, data=PICK + "location")
        assert (await bot.send(organiser, "à côté de la gare")).last.text == TEXTS("logistics_location_invalid", "fr")
        preview = await bot.send(organiser, "95.5, -6.8")  # no such latitude
        refused = await bot.press(organiser, preview.last, data=SAVE)
        assert "95.5" in refused.last.text and "latitude" in refused.last.text
        stranger = bot.user(lang="fr")
        assert (
            await bot.feed({"message": bot.message_dict(stranger, None, location={"latitude": 1.0, "longitude": 2.0})})
        ).last.text != TEXTS("logistics_pin_how", "fr")
    assert (folder / "logistics.yaml").read_bytes() == before


def test_the_console_gives_a_maps_link_with_where_answers(folder):
    from bot.answering import Answerer
    from bot.cli import _format_reply
    from bot.kb_editing import set_location

    kb = set_location(folder, (34.020882, -6.84165))
    reply = Answerer(kb).ask("where is the breakfast?", "en")
    assert reply.venue_pin is not None
    assert "https://www.google.com/maps/search/?api=1&query=34.020882%2C-6.841650" in _format_reply(reply)
    kb = set_location(folder, None)
    assert Answerer(kb).ask("where is the breakfast?", "en").venue_pin is None


async def test_a_failed_write_leaves_the_file_intact_and_the_organiser_is_told(folder, monkeypatch):
    """Through Telegram (the core's own test is tests/test_kb_editing.py): as a read-only folder would,
    for any user, root included."""
    before = (folder / "logistics.yaml").read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    async with harness(folder) as bot:
        organiser = bot.user(lang="en", user_id=ORGANISER)
        menu = await bot.send(organiser, "/logistics")
        await bot.press(organiser, menu.last, data=PICK + "venue")
        preview = await bot.send(organiser, "Hôtel Farah, Rabat")
        monkeypatch.setattr("bot.kb_editing.os.replace", refuse)
        failed = await bot.press(organiser, preview.last, data=SAVE)
        assert "Permission denied" in failed.last.text
        assert failed.last.text.startswith(TEXTS("logistics_write_failed", "en", reason="")[:30])
        answer = await bot.send(bot.user(lang="en"), "where is the breakfast?")
        assert "Farah" not in answer.text  # the bot still answers from the old file
    assert (folder / "logistics.yaml").read_bytes() == before
    assert not [path for path in folder.iterdir() if path.name.endswith(".tmp")]
