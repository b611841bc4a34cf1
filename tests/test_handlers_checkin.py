"""Check-in on the day through the real Application, offline: the attendee's QR code, the organiser's
scan, /checkin by name with undo, walk-ins, the headcount and the CSV; and that nobody else gets in."""

from __future__ import annotations

import csv
import io

import pytest

from bot.checkin import deep_link, payload
from bot.rsvp_export import csv_headers
from handlers.checkin import ADD_WALK_IN, CALLBACK, CHECK_IN, REMOVE_WALK_IN, UNDO
from handlers.checkin_texts import CHECKIN_UI
from handlers.texts import TEXTS
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness, offline_config

ORGANISER = 4242


def harness() -> TelegramHarness:
    return TelegramHarness(offline_config(organisers=frozenset({ORGANISER})))


async def attendee_with_code(bot: TelegramHarness, name: str, lang: str = "fr"):
    """A "yes" through the RSVP; returns (user, token) from the QR code they were sent."""
    user = bot.user(lang=lang)
    replies = await complete_rsvp(bot, user, name=name)
    photos = [sent for sent in replies if sent.method == "sendPhoto"]
    assert len(photos) == 1 and photos[0].files["photo"][1].startswith(b"\x89PNG")
    token = await bot.storage.checkin_token(user.id)
    return user, token


def csv_rows(replies, lang: str) -> dict[str, dict[str, str]]:
    document = next(sent for sent in replies if sent.method == "sendDocument")
    rows = list(csv.reader(io.StringIO(document.files["document"][1].decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == csv_headers(lang)
    return {row[0]: dict(zip(rows[0], row, strict=False)) for row in rows[1:]}


async def test_a_yes_gets_a_code_the_organiser_scans_it_and_the_csv_shows_the_arrival():
    async with harness() as bot:
        nadia, token = await attendee_with_code(bot, "Nadia Benali")
        assert deep_link(bot.username, token).endswith("?start=ci_" + token)
        organiser = bot.user(lang="fr", user_id=ORGANISER)

        scan = await bot.send(organiser, "/start " + payload(token))
        assert "Nadia Benali" in scan.last.text and "1 sur 1" in scan.last.text
        assert scan.last.button_data == [f"{CALLBACK}{UNDO}:{nadia.id}"]
        again = await bot.send(organiser, "/start " + payload(token))
        assert "déjà arrivé" in again.last.text  # a second scan records nothing new

        listing = await bot.send(organiser, "/rsvps")
        assert "Arrivés\u202f: 1 sur 1 attendus" in listing[0].text  # the headcount of the day, with the list
        table = csv_rows(listing, "fr")
        assert table["Nadia Benali"]["Arrivée enregistrée (UTC)"] != ""

        undone = await bot.press(organiser, scan.last, data=f"{CALLBACK}{UNDO}:{nadia.id}")
        assert CHECKIN_UI.t_html("undone", "fr", name="Nadia Benali") in undone.text
        assert (await bot.storage.headcount()).arrived == 0


async def test_a_scanned_link_opened_by_anyone_else_checks_nobody_in_and_names_nobody():
    async with harness() as bot:
        nadia, token = await attendee_with_code(bot, "Nadia Secret")
        stranger = bot.user(lang="en")
        plain_start = await bot.send(stranger, "/start")
        replies = await bot.send(stranger, "/start " + payload(token))
        assert [sent.text for sent in replies] == [sent.text for sent in plain_start]  # the ordinary welcome
        assert "Nadia" not in replies.text
        own = await bot.send(nadia, "/start " + payload(token))  # the attendee scanning their own code
        assert [sent.text for sent in own] == [sent.text for sent in await bot.send(nadia, "/start")]
        assert (await bot.storage.headcount()).arrived == 0
        assert (await bot.storage.get_rsvp(nadia.id)).checked_in_at is None


@pytest.mark.parametrize(
    "data",
    [
        f"{CALLBACK}{CHECK_IN}:{{uid}}",
        f"{CALLBACK}{UNDO}:{{uid}}",
        f"{CALLBACK}{ADD_WALK_IN}:1",
        f"{CALLBACK}{REMOVE_WALK_IN}:1",
    ],
)
async def test_forged_check_in_buttons_do_nothing_for_others(data):
    async with harness() as bot:
        nadia, _ = await attendee_with_code(bot, "Nadia")
        await bot.storage.add_walk_in("Karim")
        stranger = bot.user(lang="en")
        message = (await bot.send(stranger, "/topics")).last
        replies = await bot.press(stranger, message, data=data.format(uid=nadia.id))
        assert replies.callback_answers[-1].get("text") == TEXTS("stale_button", "en")
        assert not [sent for sent in replies if sent.method in ("sendMessage", "editMessageText")]
        count = await bot.storage.headcount()
        assert (count.arrived, count.walk_ins) == (0, 1)
        for command in ("/checkin", "/checkin Nadia", "/walkin Intrus, X"):
            assert (await bot.send(stranger, command)).last.text == (
                await bot.send(stranger, "/nosuchcommand")
            ).last.text
        assert (await bot.storage.headcount()).walk_ins == 1


async def test_checkin_by_name_despite_a_typo_then_the_headcount():
    async with harness() as bot:
        await attendee_with_code(bot, "Hélène Lefèvre")
        omar, _ = await attendee_with_code(bot, "Omar Alaoui", lang="ar")
        organiser = bot.user(lang="en", user_id=ORGANISER)
        found = await bot.send(organiser, "/checkin alaoi")
        assert len(found.last.flat_buttons) == 1 and "Omar Alaoui" in found.last.button_texts[0]
        checked = await bot.press(organiser, found.last, data=f"{CALLBACK}{CHECK_IN}:{omar.id}")
        assert "Checked in: <b>Omar Alaoui</b>" in checked.text
        headcount = (await bot.send(organiser, "/checkin")).last.text
        assert "Arrived: 1 of 2 expected" in headcount and "Walk-ins: 0" in headcount
        search_again = await bot.send(organiser, "/checkin Omar")
        assert "already in" in search_again.last.button_texts[0]  # its button now undoes


async def test_walk_ins_from_a_search_that_found_nobody_and_from_walkin():
    async with harness() as bot:
        await attendee_with_code(bot, "Nadia")
        organiser = bot.user(lang="fr", user_id=ORGANISER)
        nobody = await bot.send(organiser, "/checkin Xavier Dupont")
        assert nobody.last.button_data == [f"{CALLBACK}{ADD_WALK_IN}:1"]
        added = await bot.press(organiser, nobody.last, data=f"{CALLBACK}{ADD_WALK_IN}:1")
        assert "Xavier Dupont" in added.text
        twice = await bot.press(organiser, nobody.last, data=f"{CALLBACK}{ADD_WALK_IN}:1")
        assert (await bot.storage.headcount()).walk_ins == 1 and twice.text == TEXTS("stale_button", "fr")
        await bot.send(organiser, "/walkin Karim El Idrissi, Fondation Orient-Occident")
        assert (await bot.send(organiser, "/walkin")).last.text == CHECKIN_UI.t_html("walk_in_usage", "fr")
        table = csv_rows(await bot.send(organiser, "/rsvps"), "fr")
        assert table["Karim El Idrissi"]["Organisation"] == "Fondation Orient-Occident"
        assert table["Xavier Dupont"]["Réponse"] == "Venu sans inscription"
        count = await bot.storage.headcount()
        assert (count.expected, count.arrived, count.walk_ins) == (1, 0, 2)


async def test_the_organiser_menu_lists_checkin():
    async with harness() as bot:
        await bot.send(bot.user(lang="fr", user_id=ORGANISER), "/start")
        scoped = [
            call
            for call in bot.api.calls_to("setMyCommands")
            if '"chat_id": 4242' in str(call.params.get("scope")) or "4242" in str(call.params.get("scope"))
        ]
        assert (
            scoped
            and "checkin" in str(scoped[-1].params["commands"])
            and "walkin" in str(scoped[-1].params["commands"])
        )


async def test_walkin_takes_the_arabic_comma_too():
    async with harness() as bot:
        organiser = bot.user(lang="ar", user_id=ORGANISER)
        await bot.send(organiser, "/walkin كريم الإدريسي، مؤسسة الشرق والغرب")
        [person] = await bot.storage.list_walk_ins()
        assert (person.full_name, person.organisation) == ("كريم الإدريسي", "مؤسسة الشرق والغرب")
