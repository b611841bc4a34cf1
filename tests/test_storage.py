"""Storage: opening, migrations, language preferences, the question log, RSVPs, forgetting a user (concurrency:
tests/test_storage_concurrency.py)."""

from __future__ import annotations

import sqlite3

import pytest

from bot.rsvp import InvalidRsvp
from bot.storage import LANGUAGE_MEMORY_SECONDS, MIGRATIONS, QuestionStats, Storage, StorageError
from tests.storage_helpers import StepClock, make_draft


async def test_new_file_is_created_in_wal_mode_at_the_latest_version(tmp_path):
    path = tmp_path / "sub" / "bot.sqlite3"
    async with await Storage.open(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        connection.close()


async def test_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as store:
        await store.set_language(42, "ar")
    async with await Storage.open(path) as store:
        assert await store.get_language(42) == "ar"


async def test_a_database_from_a_newer_bot_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "bot.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE something (x)")
    connection.execute("INSERT INTO something VALUES (1)")
    connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="newer"):
        await Storage.open(path)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT x FROM something").fetchall() == [(1,)]
    finally:
        connection.close()


async def test_language_preference_is_stored_and_replaced(storage):
    assert await storage.get_language(1) is None
    await storage.set_language(1, "fr")
    await storage.set_language(1, "en")
    await storage.set_language(2, "ar")
    assert await storage.get_language(1) == "en"
    assert await storage.get_language(2) == "ar"


async def test_answered_questions_keep_no_text(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as store:
        await store.log_question("fr", "answer", "quand est le petit-déjeuner ?")
        await store.log_question("fr", "suggest", "programme ?")
        await store.log_question("en", "fallback", "Is there parking for bikes?")
    connection = sqlite3.connect(path)
    try:
        texts = [row[0] for row in connection.execute("SELECT text FROM questions ORDER BY id")]
        columns = [row[1] for row in connection.execute("PRAGMA table_info(questions)")]
    finally:
        connection.close()
    assert texts == [None, None, "Is there parking for bikes?"]
    assert not any("user" in column for column in columns)  # no user id, by construction


async def test_unknown_outcome_is_a_programming_error(storage):
    with pytest.raises(ValueError):
        await storage.log_question("fr", "maybe")


async def test_top_unanswered_groups_case_and_spacing_and_orders_by_count(storage):
    times = iter(f"2018-01-2{i}T10:00:00+00:00" for i in range(10))
    storage._clock = lambda: next(times)
    await storage.log_question("en", "fallback", "Is there  WiFi?")
    await storage.log_question("fr", "none_of_these", "Y a-t-il un parking ?")
    await storage.log_question("en", "fallback", "is there wifi?")
    await storage.log_question("fr", "fallback", "  IS THERE WIFI?  ")
    await storage.log_question("fr", "answer", "is there wifi?")  # answered: not in the list
    top = await storage.top_unanswered()
    assert [(q.text, q.count, q.language) for q in top] == [
        ("IS THERE WIFI?", 3, "fr"),
        ("Y a-t-il un parking ?", 1, "fr"),
    ]
    assert top[0].last_asked == "2018-01-23T10:00:00+00:00"
    assert len(await storage.top_unanswered(limit=1)) == 1


async def test_question_stats_per_language(storage):
    for outcome in ("answer", "answer", "suggest", "fallback"):
        await storage.log_question("fr", outcome, "x")
    await storage.log_question("fr", "none_of_these", "y")
    await storage.log_question("ar", "answer")
    stats = await storage.question_stats()
    assert stats["fr"] == QuestionStats(asked=4, answered=2, suggested=1, unanswered=2)
    assert stats["fr"].answered_share == 0.5
    assert stats["ar"] == QuestionStats(asked=1, answered=1, suggested=0, unanswered=0)
    assert "en" not in stats


async def test_sql_metacharacters_and_emoji_are_stored_verbatim(storage):
    nasty = "Robert'); DROP TABLE questions;-- \" % _ \\ 🎉🇲🇦 ؟"
    await storage.log_question("en", "fallback", nasty)
    await storage.log_question("en", "fallback", nasty)
    top = await storage.top_unanswered()
    assert [(q.text, q.count) for q in top] == [(nasty, 2)]


async def test_forget_user_removes_the_language_preference(storage):
    await storage.set_language(7, "ar")
    await storage.set_language(8, "en")
    await storage.forget_user(7)
    assert await storage.get_language(7) is None
    assert await storage.get_language(8) == "en"


# ---------------------------------------------------------------- RSVPs


async def test_save_then_update_keeps_one_row_and_the_creation_time():
    clock = StepClock()
    async with await Storage.open(":memory:", clock=clock) as store:
        first = await store.save_rsvp(make_draft(5, status="maybe", full_name="Jean Dupont"), capacity=None)
        assert not first.waitlisted
        assert first.rsvp.created_at == first.rsvp.updated_at == "2018-01-20T09:01:00+00:00"
        second = await store.save_rsvp(
            make_draft(
                5,
                full_name="  Jean Dupont  ",
                organisation="Entraide nationale",
                category="public_institution",
                dietary="végétarien",
                email="jean.dupont@example.org",
                language="en",
            ),
            capacity=None,
        )
        rsvp = second.rsvp
        assert (rsvp.status, rsvp.full_name, rsvp.organisation, rsvp.category) == (
            "yes",
            "Jean Dupont",
            "Entraide nationale",
            "public_institution",
        )
        assert (rsvp.dietary, rsvp.email, rsvp.language) == ("végétarien", "jean.dupont@example.org", "en")
        assert rsvp.created_at == "2018-01-20T09:01:00+00:00"
        assert rsvp.updated_at == "2018-01-20T09:02:00+00:00"
        assert await store.get_rsvp(5) == rsvp
        assert len(await store.list_rsvps()) == 1


async def test_an_invalid_draft_is_refused_and_nothing_is_stored(storage):
    with pytest.raises(InvalidRsvp) as refused:
        await storage.save_rsvp(make_draft(1, full_name="x" * 1000, email="a@b"), capacity=None)
    assert refused.value.problems == {"full_name": "rsvp_name_too_long", "email": "rsvp_email_invalid"}
    assert await storage.get_rsvp(1) is None


async def test_sql_metacharacters_and_emoji_in_an_rsvp_are_stored_verbatim(storage):
    name = "Robert'); DROP TABLE rsvps;-- 🎉"
    organisation = '"Quote" % _ \\ ; -- 🇲🇦 منظمة'
    await storage.save_rsvp(make_draft(9, full_name=name, organisation=organisation, dietary="🥐 sans gluten"), None)
    rsvp = await storage.get_rsvp(9)
    assert (rsvp.full_name, rsvp.organisation, rsvp.dietary) == (name, organisation, "🥐 sans gluten")
    assert len(await storage.list_rsvps()) == 1


async def test_a_yes_past_capacity_waits_and_a_cancellation_promotes_the_first_waiting(storage):
    for user in (1, 2):
        assert not (await storage.save_rsvp(make_draft(user), capacity=2)).waitlisted
    third = await storage.save_rsvp(make_draft(3), capacity=2)
    fourth = await storage.save_rsvp(make_draft(4), capacity=2)
    assert (third.waitlisted, third.rsvp.status, third.rsvp.waitlist_position) == (True, "waitlist", 1)
    assert fourth.rsvp.waitlist_position == 2
    # a maybe or a no never takes a place
    assert (await storage.save_rsvp(make_draft(5, status="maybe"), capacity=2)).rsvp.status == "maybe"

    cancelled, promoted = await storage.cancel_rsvp(1, capacity=2)
    assert cancelled.status == "no" and cancelled.waitlist_position is None
    assert promoted.user_id == 3 and promoted.status == "yes" and promoted.waitlist_position is None
    assert (await storage.get_rsvp(4)).waitlist_position == 1

    # cancelling someone who was waiting frees no place
    assert await storage.cancel_rsvp(4, capacity=2) == (await storage.get_rsvp(4), None)
    assert await storage.cancel_rsvp(404, capacity=2) == (None, None)
    counts = await storage.rsvp_counts()
    assert counts.by_status == {"yes": 2, "no": 2, "maybe": 1, "waitlist": 0}


async def test_someone_with_a_place_keeps_it_when_updating_and_a_waiting_person_keeps_their_rank(storage):
    await storage.save_rsvp(make_draft(1), capacity=1)
    await storage.save_rsvp(make_draft(2), capacity=1)
    await storage.save_rsvp(make_draft(3), capacity=1)
    again = await storage.save_rsvp(make_draft(1, organisation="PNUD"), capacity=1)
    assert again.rsvp.status == "yes"
    second = await storage.save_rsvp(make_draft(2, dietary="halal"), capacity=1)
    assert second.rsvp.waitlist_position == 1  # updating does not send them to the back
    # switching from yes to maybe passes the place on, and says to whom
    switched = await storage.save_rsvp(make_draft(1, status="maybe"), capacity=1)
    assert switched.rsvp.status == "maybe"
    assert switched.promoted.user_id == 2
    assert (await storage.get_rsvp(3)).waitlist_position == 1


async def test_a_newcomer_does_not_jump_the_waiting_list_when_capacity_is_raised(storage):
    for user in (1, 2, 3):
        await storage.save_rsvp(make_draft(user), capacity=1)
    newcomer = await storage.save_rsvp(make_draft(4), capacity=2)
    assert newcomer.rsvp.waitlist_position == 3
    promoted = await storage.promote_waitlist(capacity=2)
    assert [p.user_id for p in promoted] == [2]
    assert [r.user_id for r in await storage.list_rsvps() if r.status == "waitlist"] == [3, 4]
    assert [p.user_id for p in await storage.promote_waitlist(capacity=None)] == [3, 4]


async def test_forget_user_deletes_the_rsvp_and_passes_the_place_on(storage):
    await storage.set_language(1, "ar")
    await storage.save_rsvp(make_draft(1, language="ar"), capacity=1)
    await storage.save_rsvp(make_draft(2), capacity=1)
    promoted = await storage.forget_user(1, capacity=1)
    assert promoted.user_id == 2 and promoted.status == "yes"
    assert await storage.get_rsvp(1) is None
    assert await storage.get_language(1) is None
    assert await storage.forget_user(2) is None  # nobody waiting
    assert await storage.list_rsvps() == []


async def test_list_counts_and_contacts(storage):
    await storage.save_rsvp(make_draft(1, full_name="Zoé", category="donor", language="en"), capacity=3)
    await storage.save_rsvp(make_draft(2, full_name="Amine", category="civil_society", language="ar"), capacity=3)
    await storage.save_rsvp(make_draft(3, full_name="Nadia", category="civil_society"), capacity=3)
    await storage.save_rsvp(make_draft(4, full_name="Omar"), capacity=3)
    await storage.save_rsvp(make_draft(5, full_name="Aïcha"), capacity=3)
    await storage.save_rsvp(make_draft(6, status="no", full_name="Bruno", category="donor"), capacity=3)
    listed = await storage.list_rsvps()
    assert [(r.full_name, r.status, r.waitlist_position) for r in listed] == [
        ("Amine", "yes", None),
        ("Nadia", "yes", None),
        ("Zoé", "yes", None),
        ("Omar", "waitlist", 1),
        ("Aïcha", "waitlist", 2),
        ("Bruno", "no", None),
    ]
    counts = await storage.rsvp_counts()
    assert counts.by_status == {"yes": 3, "no": 1, "maybe": 0, "waitlist": 2}
    assert counts.by_category == {
        "public_institution": 0,
        "international_organisation": 0,
        "donor": 1,
        "civil_society": 2,
        "media": 0,
        "other": 0,
    }
    assert counts.total == 6
    assert await storage.attendee_contacts() == [(1, "en"), (2, "ar"), (3, "fr")]
    assert await storage.attendee_contacts(("waitlist",)) == [(4, "fr"), (5, "fr")]
    with pytest.raises(ValueError):
        await storage.attendee_contacts(("yes); DROP TABLE rsvps;--",))


async def test_a_version_1_database_is_migrated_and_its_rows_survive(tmp_path):
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute("INSERT INTO language_preferences VALUES (77, 'ar', '2018-01-10T08:00:00+00:00')")
    connection.execute(
        "INSERT INTO questions (asked_at, language, outcome, text, normalized) "
        "VALUES ('2018-01-10T08:00:00+00:00', 'fr', 'fallback', 'Où se garer ?', 'où se garer ?')"
    )
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()

    async with await Storage.open(path) as store:
        assert await store.schema_version() == len(MIGRATIONS) >= 2
        assert await store.get_language(77) == "ar"
        assert [q.text for q in await store.top_unanswered()] == ["Où se garer ?"]
        await store.save_rsvp(make_draft(77), capacity=None)  # the new table works
        assert (await store.get_rsvp(77)).status == "yes"


async def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as store:
        await store.set_language(1, "en")
    broken = MIGRATIONS + (("CREATE TABLE extra (x)", "THIS IS NOT SQL"),)
    with pytest.raises(sqlite3.OperationalError):
        await Storage.open(path, migrations=broken)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchall() == []
        assert connection.execute("SELECT language FROM language_preferences").fetchall() == [("en",)]
    finally:
        connection.close()


# ---------------------------------------------------------------- concurrency


async def test_cancelling_drops_dietary_needs_and_email(storage):
    """Someone not attending has no reason to leave an email or dietary needs on file."""
    await storage.save_rsvp(make_draft(7, dietary="sans gluten", email="amina@example.org"), capacity=None)
    cancelled, _ = await storage.cancel_rsvp(7, capacity=None)
    assert cancelled.status == "no"
    assert cancelled.dietary is None and cancelled.email is None


async def test_a_language_chosen_or_forgotten_here_is_read_back_at_once(storage):
    assert await storage.get_language(1) is None  # now remembered as "none chosen"
    await storage.set_language(1, "ar")
    assert await storage.get_language(1) == "ar"
    await storage.set_language(1, "en")
    assert await storage.get_language(1) == "en"
    await storage.forget_user(1)
    assert await storage.get_language(1) is None


async def test_a_language_erased_by_another_process_is_no_longer_used_after_a_short_while(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as bot, await Storage.open(path) as organiser_tool:
        now = [1000.0]
        bot._monotonic = lambda: now[0]
        await bot.set_language(7, "ar")
        assert await bot.get_language(7) == "ar"
        await organiser_tool.forget_user(7)  # python -m bot purge, in its own process
        now[0] += LANGUAGE_MEMORY_SECONDS + 1
        assert await bot.get_language(7) is None


async def test_the_languages_kept_in_memory_are_bounded(storage, monkeypatch):
    monkeypatch.setattr("bot.storage.LANGUAGE_MEMORY_USERS", 3)
    for user in range(10):
        await storage.set_language(user, "fr")
    assert len(storage._languages) == 3
    assert await storage.get_language(0) == "fr"  # forgotten from memory, read again from the file
