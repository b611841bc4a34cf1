"""Storage: opening, migrations, language preferences, the question log, forgetting a user."""

from __future__ import annotations

import sqlite3

import pytest

from bot.storage import MIGRATIONS, QuestionStats, Storage, StorageError


@pytest.fixture
async def storage():
    store = await Storage.open(":memory:")
    yield store
    await store.close()


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
