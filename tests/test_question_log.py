"""The question log's privacy (issue 10, point 3), through the core: no text that looks like personal data,
askers known only by a keyed hash, distinct askers counted, one person's junk capped, /forget's deletion."""

from __future__ import annotations

import sqlite3

import pytest

from bot.privacy import looks_personal
from bot.question_log import PER_ASKER_SHOWN
from bot.storage import MIGRATIONS, Storage


@pytest.mark.parametrize(
    "text",
    [
        "amina.benali@iom.int",
        "mon mail : a.b+rsvp@un-habitat.org merci",
        "0612345678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "+212 6 12 34 56 78",
        "+33 1 23 45 67 89",
        "(+212) 537-123-456",
        "٠٦١٢٣٤٥٦٧٨",  # Arabic-Indic digits
        "contact me @amina_benali",
    ],
)
def test_emails_phone_numbers_and_handles_look_personal(text):
    assert looks_personal(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is there parking for bikes?",
        "quand est le petit-déjeuner du 26/01/2018 ?",
        "programme 2014-2017 results",
        "Y a-t-il un wifi ?",
        "كم عدد المشاركين 2018؟",
        "what happens at 9:30?",
        "@",
        "",
    ],
)
def test_ordinary_questions_do_not(text):
    assert not looks_personal(text)


def test_the_askers_own_name_looks_personal_as_a_whole_word_only():
    names = ("Amina Benali", "Amina", None, "amina_b")
    assert looks_personal("amina benali", names)
    assert looks_personal("Je suis Amina", names)
    assert not looks_personal("Aminata's question about the programme", ("Amina",))
    assert not looks_personal("Al programme", ("Al",))  # too short to tell


async def test_personal_looking_text_is_counted_but_never_kept_nor_listed(tmp_path):
    path = tmp_path / "bot.sqlite3"
    async with await Storage.open(path) as store:
        await store.log_question("fr", "fallback", "amina.benali@iom.int", asker=1)
        await store.log_question("fr", "fallback", "+212 6 12 34 56 78", asker=1)
        await store.log_question("fr", "fallback", "Amina Benali", asker=1, names=("Amina Benali",))
        await store.log_question("fr", "none_of_these", "appelez-moi au 0612345678", asker=1)
        await store.log_question("en", "fallback", "Is there parking for bikes?", asker=2)
        assert [q.text for q in await store.top_unanswered()] == ["Is there parking for bikes?"]
        assert (await store.question_stats())["fr"].unanswered == 4  # still counted
    connection = sqlite3.connect(path)
    try:
        dump = "\n".join(connection.iterdump())
    finally:
        connection.close()
    for secret in ("amina", "Amina", "12 34 56 78", "0612345678"):  # (digits alone could be in a hash's hex)
        assert secret not in dump


async def test_askers_are_a_keyed_hash_with_a_secret_of_each_database(tmp_path):
    tags = []
    for name in ("one.sqlite3", "two.sqlite3"):
        async with await Storage.open(tmp_path / name) as store:
            await store.log_question("en", "answer", asker=123456789)
        connection = sqlite3.connect(tmp_path / name)
        try:
            (tag,) = connection.execute("SELECT asker FROM questions").fetchone()
        finally:
            connection.close()
        assert "123456789" not in tag and len(tag) == 32
        tags.append(tag)
    assert tags[0] != tags[1]  # the same person cannot be matched across two databases without their keys
    async with await Storage.open(tmp_path / "one.sqlite3") as store:  # the key survives a restart
        assert await store.count_questions(123456789) == 1


async def test_a_question_asked_by_more_people_ranks_above_one_repeated_by_one_person(storage):
    for _ in range(6):
        await storage.log_question("en", "fallback", "is there wifi?", asker=1)
    for asker in (2, 3, 4):
        await storage.log_question("en", "fallback", "Is there parking for bikes?", asker=asker)
    top = await storage.top_unanswered()
    assert [(q.text, q.askers, q.count) for q in top] == [
        ("Is there parking for bikes?", 3, 3),
        ("is there wifi?", 1, 6),
    ]


async def test_one_persons_junk_cannot_fill_the_list(storage):
    for number in range(30):
        await storage.log_question("en", "fallback", f"junk {number} zzz", asker=666)
    await storage.log_question("fr", "fallback", "Y a-t-il un vestiaire ?", asker=7)
    await storage.log_question("ar", "fallback", "هل توجد ترجمة فورية؟", asker=8)
    top = await storage.top_unanswered(limit=20)
    assert sum("junk" in q.text for q in top) == PER_ASKER_SHOWN
    assert {"Y a-t-il un vestiaire ?", "هل توجد ترجمة فورية؟"} <= {q.text for q in top}


async def test_one_persons_junk_does_not_use_up_the_places_of_their_real_questions(storage):
    for junk in ("😀", "??", "!!!", "👍👍", "x"):
        for _ in range(3):  # asked more often than the real question: it would rank first
            await storage.log_question("fr", "fallback", junk, asker=9)
    await storage.log_question("fr", "fallback", "Y a-t-il un vestiaire ?", asker=9)
    assert [q.text for q in await storage.top_unanswered()] == ["Y a-t-il un vestiaire ?"]


async def test_the_limit_counts_only_what_is_listed(storage):
    await storage.log_question("fr", "fallback", "😀", asker=1)
    for asker in (2, 3):
        await storage.log_question("fr", "fallback", f"question {asker} ?", asker=asker)
    assert [q.text for q in await storage.top_unanswered(limit=2)] == ["question 3 ?", "question 2 ?"]
    assert await storage.top_unanswered(limit=0) == []


async def test_stats_count_distinct_askers(storage):
    for asker, outcome in ((1, "answer"), (1, "answer"), (2, "fallback"), (3, "suggest")):
        await storage.log_question("fr", outcome, "x", asker=asker)
    await storage.log_question("en", "answer", asker=1)
    stats = await storage.question_stats()
    assert stats["fr"].askers == 3 and stats["en"].askers == 1
    assert await storage.distinct_askers() == 3


async def test_forget_user_deletes_their_questions_and_only_theirs(storage):
    await storage.log_question("fr", "fallback", "Où se garer ?", asker=1)
    await storage.log_question("fr", "answer", asker=1)
    await storage.log_question("fr", "fallback", "Où se garer ?", asker=2)
    assert await storage.count_questions(1) == 2
    await storage.forget_user(1)
    assert await storage.count_questions(1) == 0
    assert [(q.text, q.askers) for q in await storage.top_unanswered()] == [("Où se garer ?", 1)]
    assert (await storage.question_stats())["fr"].asked == 1


async def test_a_version_2_database_gets_a_secret_and_its_personal_looking_texts_blanked(tmp_path):
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            connection.execute(statement)
    for text in ("Où se garer ?", "amina@example.org", "06 12 34 56 78"):
        connection.execute(
            "INSERT INTO questions (asked_at, language, outcome, text, normalized) "
            "VALUES ('2018-01-10T08:00:00+00:00', 'fr', 'fallback', ?, ?)",
            (text, text.casefold()),
        )
    connection.execute("PRAGMA user_version = 2")
    connection.commit()
    connection.close()
    async with await Storage.open(path) as store:
        assert [(q.text, q.askers) for q in await store.top_unanswered()] == [("Où se garer ?", 1)]
        assert (await store.question_stats())["fr"].unanswered == 3
        await store.log_question("fr", "fallback", "Où se garer ?", asker=5)
        assert [(q.count, q.askers) for q in await store.top_unanswered()] == [
            (2, 2)
        ]  # an old row: an asker of its own
    connection = sqlite3.connect(path)
    try:
        assert "amina" not in "\n".join(connection.iterdump())
    finally:
        connection.close()


async def test_junk_is_not_listed_and_a_resolved_question_leaves_the_list_but_stays_counted():
    from bot.question_log import is_junk

    assert is_junk("?") and is_junk("😀😀") and is_junk("...!") and is_junk(" a ")
    assert not is_junk("wifi ?") and not is_junk("2018 ?")
    async with await Storage.open(":memory:") as store:
        for text, asker in (
            ("👍👍", 1),
            ("?", 2),
            ("Y a-t-il un parking ?", 3),
            ("y a-t-il un  parking ?", 4),
            ("Wifi ?", 5),
        ):
            await store.log_question("fr", "fallback", text, asker=asker)
        top = await store.top_unanswered()
        assert [(q.text, q.askers) for q in top] == [("y a-t-il un  parking ?", 2), ("Wifi ?", 1)]
        assert top[0].normalized == "y a-t-il un parking ?"
        assert await store.resolve_unanswered(top[0].normalized) == 2
        assert [q.text for q in await store.top_unanswered()] == ["Wifi ?"]
        assert (await store.question_stats())["fr"].unanswered == 5  # still counted
        assert await store.resolve_unanswered("") == 0
