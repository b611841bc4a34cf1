"""Attendance on the day, in the core: check-in tokens, arrivals, walk-ins, the headcount, the name
search at the door, and the list with its "checked in" column in the organiser's language."""

from __future__ import annotations

import csv
import io

import pytest

from bot.attendance import search_people
from bot.checkin import TOKEN_BYTES
from bot.retention import purge
from bot.rsvp_export import csv_headers, rsvps_to_csv
from bot.storage import Storage
from tests.storage_helpers import StepClock, make_draft


@pytest.fixture
async def storage():
    store = await Storage.open(":memory:", clock=StepClock())
    yield store
    await store.close()


async def test_a_yes_gets_one_unguessable_token_and_nobody_else_gets_one(storage):
    await storage.save_rsvp(make_draft(1), capacity=1)
    await storage.save_rsvp(make_draft(2), capacity=1)  # waiting list
    await storage.save_rsvp(make_draft(3, status="maybe"), capacity=1)
    token = await storage.checkin_token(1)
    assert token is not None and len(token) >= TOKEN_BYTES * 4 // 3  # 128 bits, URL-safe base 64
    assert await storage.checkin_token(1) == token  # the same code every time it is shown
    assert await storage.checkin_token(2) is None
    assert await storage.checkin_token(3) is None
    assert await storage.checkin_token(99) is None


async def test_scanning_checks_in_once_and_undo_clears_it(storage):
    await storage.save_rsvp(make_draft(1, full_name="Nadia Benali"), capacity=None)
    token = await storage.checkin_token(1)
    first = await storage.check_in_token(token)
    assert first is not None and not first.already and first.rsvp.checked_in_at
    again = await storage.check_in_token(token)
    assert again.already and again.rsvp.checked_in_at == first.rsvp.checked_in_at  # the first arrival time stays
    assert await storage.check_in_token("x" * 22) is None
    undone = await storage.undo_check_in(1)
    assert undone.checked_in_at is None
    assert (await storage.headcount()).arrived == 0


async def test_headcount_counts_arrivals_against_the_yeses_and_walk_ins_apart(storage):
    for user_id in (1, 2, 3):
        await storage.save_rsvp(make_draft(user_id), capacity=None)
    await storage.save_rsvp(make_draft(4, status="no"), capacity=None)
    await storage.check_in(1)
    await storage.check_in(4)  # said no, came anyway
    walk_in = await storage.add_walk_in("  Karim El Idrissi ", "Fondation Orient-Occident")
    count = await storage.headcount()
    assert (count.expected, count.arrived, count.other_arrivals, count.walk_ins, count.present) == (3, 1, 1, 1, 3)
    assert walk_in.full_name == "Karim El Idrissi"
    assert await storage.remove_walk_in(walk_in.id) == walk_in
    assert (await storage.headcount()).walk_ins == 0
    for refused in ("\u200b ", "x" * 201, "12345"):  # nothing visible, too long, no letter
        with pytest.raises(ValueError):
            await storage.add_walk_in(refused)


async def test_erasing_a_person_erases_their_check_in_code(storage):
    await storage.save_rsvp(make_draft(1), capacity=None)
    token = await storage.checkin_token(1)
    await storage.forget_user(1)
    assert await storage.check_in_token(token) is None


def test_a_name_typed_at_the_door_is_found_despite_typos_and_accents():
    from bot.rsvp import Rsvp

    def person(user_id, name, organisation="OIM", status="yes"):
        return Rsvp(
            user_id,
            None,
            "fr",
            "t",
            "t",
            values={"full_name": name, "organisation": organisation, "category": "other", "status": status},
        )

    people = [
        person(1, "Hélène Lefèvre"),
        person(2, "Mohamed Alaoui", "Ministère de l'Intérieur"),
        person(3, "محمد العلوي"),
        person(4, "Zoë O'Neil"),
    ]
    assert [r.user_id for r in search_people(people, "helene")] == [1]
    assert [r.user_id for r in search_people(people, "alaoi")] == [2]
    assert [r.user_id for r in search_people(people, "العلوي")] == [3]
    assert [r.user_id for r in search_people(people, "interieur")] == [2]  # by organisation
    assert search_people(people, "Xavier Dupont") == []
    assert search_people(people, "   ") == []


async def test_the_list_in_french_has_the_arrival_time_and_the_walk_ins(storage):
    await storage.save_rsvp(make_draft(1, full_name="Nadia"), capacity=None)
    await storage.save_rsvp(make_draft(2, full_name="Omar", category="media"), capacity=None)
    await storage.check_in(1)
    await storage.add_walk_in("Karim", "=cmd()")
    data = rsvps_to_csv(await storage.list_rsvps(), "fr", await storage.list_walk_ins())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == csv_headers("fr")
    table = {row[0]: dict(zip(rows[0], row, strict=False)) for row in rows[1:]}
    assert table["Nadia"]["Arrivée enregistrée (UTC)"].endswith("+00:00")
    assert table["Nadia"]["Réponse"] == "Participe"
    assert table["Omar"]["Arrivée enregistrée (UTC)"] == ""
    assert table["Omar"]["Catégorie"] == "Médias"
    assert table["Karim"]["Réponse"] == "Venu sans inscription"
    assert table["Karim"]["Organisation"] == "'=cmd()"  # neutralised like every other cell


async def test_arabic_headers():
    data = rsvps_to_csv([], "ar")
    assert data.decode("utf-8-sig").splitlines()[0].startswith("الاسم,المؤسسة,الفئة,الرد")


async def test_purge_erases_the_walk_ins(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as store:
        await store.add_walk_in("Karim")
    purged = purge(path)
    assert purged.rows.get("walk_ins") == 1
    async with await Storage.open(path) as store:
        assert await store.list_walk_ins() == []
