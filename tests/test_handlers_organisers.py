"""The organisers' commands through the real Application, offline."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from bot.config import DEFAULT_KNOWLEDGE, EventSettings
from bot.rsvp_export import CSV_COLUMNS
from bot.typography import typeset
from handlers.organiser_texts import ORG_UI
from handlers.texts import TEXTS
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import TelegramHarness, offline_config
from tests.telegram_refusals import utf16_units, visible_text

ORGANISER = 4242
COMMANDS = ("/rsvps", "/unanswered", "/stats", "/reload", "/broadcast Bonjour à tous", "/checkin", "/walkin Karim")


def harness(**changes: object) -> TelegramHarness:
    changes.setdefault("organisers", frozenset({ORGANISER}))
    return TelegramHarness(offline_config(**changes))


def visible(replies) -> list[tuple[str, str, list]]:
    """What a user sees of a reply (method, text, buttons), without message ids."""
    return [(sent.method, sent.text, sent.buttons) for sent in replies]


# ------------------------------------------------------------------------------------------ access


@pytest.mark.parametrize("command", COMMANDS)
async def test_organiser_commands_reveal_nothing_to_others_or_in_a_group(command):
    async with harness() as bot:
        nadia = bot.user(lang="fr")
        await complete_rsvp(bot, nadia, name="Nadia Secret")
        stranger = bot.user(lang="en")
        unknown_reply = visible(await bot.send(stranger, "/nosuchcommand"))
        assert unknown_reply  # the reference: what any unknown command gets
        replies = await bot.send(stranger, command)
        assert visible(replies) == unknown_reply
        assert not any(call.method == "sendDocument" for call in replies.calls)

        organiser = bot.user(lang="en", user_id=ORGANISER)
        group = bot.group()
        name = command.split()[0] + "@" + bot.username + command[len(command.split()[0]) :]
        # Issue 10, point 16: an organiser is told where the command works (not "unknown command").
        in_group = await bot.send(organiser, name, chat=group)
        bare = await bot.send(organiser, command, chat=group)
        for replies in (in_group, bare):
            assert [sent.text for sent in replies] == [TEXTS("organiser_private_only", "en")]
            assert replies.last.flat_buttons[0].url == f"https://t.me/{bot.username}"
        stranger_in_group = await bot.send(stranger, name, chat=group)
        assert visible(stranger_in_group) == visible(
            await bot.send(stranger, f"/nosuchcommand@{bot.username}", chat=group)
        )
        for replies in (in_group, bare, stranger_in_group):
            assert "Nadia" not in replies.text and not any(call.method == "sendDocument" for call in replies.calls)
        assert "Nadia" not in "".join(sent.text for sent in bot.sent if sent.chat_id != nadia.id)


async def test_organiser_commands_are_only_in_the_organisers_own_command_menu():
    async with harness() as bot:
        menus = bot.api.calls_to("setMyCommands")
        public = [
            json.loads(call.params["commands"]) if isinstance(call.params["commands"], str) else call.params["commands"]
            for call in menus
            if _scope_type(call) != "chat"
        ]
        scoped = [call.params for call in menus if _scope_type(call) == "chat"]
        assert public and all("rsvp" in {c["command"] for c in commands} for commands in public)
        for commands in public:
            assert not {c["command"] for c in commands} & {"rsvps", "unanswered", "stats", "reload", "broadcast"}
        assert [call.get("language_code") for call in scoped] == [
            "fr",
            "en",
            "ar",
            None,
        ]  # one per language, and a default
        for call in scoped:
            scope = json.loads(call["scope"]) if isinstance(call["scope"], str) else call["scope"]
            assert scope == {"type": "chat", "chat_id": ORGANISER}
            names = {
                c["command"]
                for c in (json.loads(call["commands"]) if isinstance(call["commands"], str) else call["commands"])
            }
            assert {
                "rsvps",
                "unanswered",
                "stats",
                "reload",
                "broadcast",
                "logistics",
                "checkin",
                "walkin",
                "rsvp",
                "myrsvp",
                "help",
            } <= names


# ------------------------------------------------------------------------------------------ /rsvps


async def test_rsvps_headcount_and_csv_with_arabic_and_accented_names():
    async with harness(event=EventSettings(capacity=2)) as bot:
        people = [
            ("fr", "Hélène Lefèvre-Çelik", "yes", "public_institution"),
            ("ar", "محمد العلوي", "yes", "civil_society"),
            ("en", "Zoë O'Neil", "yes", "donor"),  # over capacity: waiting list
            ("fr", '=HYPERLINK("x")', "maybe", "other"),
            ("ar", "فاطمة الزهراء", "no", "donor"),
        ]
        for lang, name, status, category in people:
            await complete_rsvp(bot, bot.user(lang=lang), name=name, status=status, category=category)
        organiser = bot.user(lang="en", user_id=ORGANISER)
        replies = await bot.send(organiser, "/rsvps")
        text = replies[0].text
        assert "Replies: 5" in text
        for label, count in (
            ("Attending", 2),
            ("Waiting list", 1),
            ("Maybe", 1),
            ("Not attending", 1),
            ("Public institution", 1),
            ("Civil society", 1),
            ("Donor", 0),
        ):
            assert f"{label}: {count}" in text
        assert ORG_UI.t_html("org_capacity", "en", taken=2, capacity=2) in text

        document = next(sent for sent in replies if sent.method == "sendDocument")
        filename, content = document.files["document"]
        assert filename.endswith(".csv") and content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
        assert tuple(rows[0]) == CSV_COLUMNS
        by_name = {row[0]: dict(zip(CSV_COLUMNS, row, strict=False)) for row in rows[1:]}
        assert set(by_name) == {
            "Hélène Lefèvre-Çelik",
            "محمد العلوي",
            "Zoë O'Neil",
            '\'=HYPERLINK("x")',
            "فاطمة الزهراء",
        }
        assert by_name["Zoë O'Neil"]["status"] == "Waiting list" and by_name["Zoë O'Neil"]["waitlist position"] == "1"
        assert by_name["محمد العلوي"]["category"] == "Civil society"


async def test_rsvps_with_no_reply_yet():
    async with harness() as bot:
        replies = await bot.send(bot.user(lang="fr", user_id=ORGANISER), "/rsvps")
        assert replies.last.text == ORG_UI.t_html("org_no_rsvps", "fr")


# ------------------------------------------------------------------------------------------ /unanswered, /stats


async def test_unanswered_and_stats_from_questions_asked_through_the_bot():
    async with harness() as bot:
        asker = bot.user(lang="en")
        for question in ("zorglub quantum pizza?", "Zorglub   quantum pizza?", "xylophone tariffs in Oslo?"):
            await bot.send(asker, question)
        await bot.send(asker, "What are the objectives of the programme?")
        organiser = bot.user(lang="en", user_id=ORGANISER)
        text = (await bot.send(organiser, "/unanswered")).last.text
        lines = text.splitlines()
        assert lines[1].startswith("1. 👥 1 · 2× [en] ") and "zorglub quantum pizza?" in lines[1].lower()
        assert "xylophone" in lines[2]

        stats = (await bot.send(organiser, "/stats")).last.text
        stored = (await bot.storage.question_stats())["en"]
        assert stored.asked == 4 and stored.unanswered == 3
        assert (
            f"English: 4 questions asked (1 person), {stored.answered} answered "
            f"({round(100 * stored.answered / 4)}%), 3 unanswered" in stats
        )
        assert stats.startswith("<b>Questions</b> (1 person)")
        assert "Attending: 0" in stats


# ------------------------------------------------------------------------------------------ /reload


async def test_reload_refuses_a_broken_knowledge_base_and_keeps_serving_then_accepts_a_fixed_one(tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE, folder)
    async with harness(knowledge=folder) as bot:
        organiser = bot.user(lang="en", user_id=ORGANISER)
        before = bot.services.answerer
        programme = folder / "programme.yaml"
        good = programme.read_text(encoding="utf-8")
        programme.write_text(good + "\n  - id: broken\n    nonsense: [\n", encoding="utf-8")
        replies = await bot.send(organiser, "/reload")
        assert replies.last.text.startswith(ORG_UI.t_html("org_reload_refused", "en", problems="").rstrip())
        assert "programme.yaml" in replies.last.text
        assert bot.services.answerer is before
        answer = await bot.send(bot.user(lang="en"), "What are the objectives of the programme?")
        assert answer and "Sorry" not in answer.text  # the old knowledge base still answers

        programme.write_text(good, encoding="utf-8")
        replies = await bot.send(organiser, "/reload")
        assert replies.last.text.startswith("Knowledge base reloaded")
        assert bot.services.answerer is not before


# ------------------------------------------------------------------------------------------ /broadcast


# --------------------------------------------------------------------------------- Telegram's length, as it counts it
# The fake Bot API refuses a message over 4,096 UTF-16 units of visible text, or with a broken entity,
# and the harness fails the test if the bot made such a call: "goes through" is checked there too.


async def test_unanswered_with_emoji_only_questions_goes_through():
    async with harness() as bot:
        asker = bot.user(lang="en")
        await bot.send(asker, "🙂" * 1900 + " zorglub?")
        await bot.send(asker, "😀" * 1900 + " quantum?")
        organiser = bot.user(lang="en", user_id=ORGANISER)
        replies = await bot.send(organiser, "/unanswered")
        assert replies and not bot.api.refusals
        assert all(utf16_units(visible_text(sent.text, "HTML")) <= 4096 for sent in replies)
        assert "🙂" * 250 in replies.text and "😀" * 250 in replies.text


async def test_unanswered_shows_each_question_cut_to_300_characters_with_an_ellipsis():
    async with harness() as bot:
        asker = bot.user(lang="en")
        long_question = "zorglub quantum pizza " * 100
        await bot.send(asker, long_question)
        await bot.send(asker, "xylophone tariffs in Oslo?")
        organiser = bot.user(lang="en", user_id=ORGANISER)
        replies = await bot.send(organiser, "/unanswered")
        assert len(replies) == 1
        lines = replies.text.splitlines()
        long_line = next(line for line in lines if "zorglub" in line)
        shown = long_line.split("] ", 1)[1]
        assert shown.endswith("…") and len(shown) <= 300 and long_question.strip().startswith(shown[:-1])
        assert any(line.endswith("xylophone tariffs in Oslo?") for line in lines)  # a short one untouched


async def test_stats_name_languages_in_the_organisers_language_with_singular_and_plural():
    async with harness() as bot:
        await bot.send(bot.user(lang="ar"), "زورغلوب كوانتوم؟")  # one unanswered Arabic question
        for question in ("zorglub quantum pizza?", "xylophone tariffs in Oslo?"):
            await bot.send(bot.user(lang="en"), question)
        expected = {
            "fr": (
                typeset("Arabe : 1 question posée (1 personne), 0 avec réponse (0 %), 1 sans réponse", "fr"),
                typeset("Anglais : 2 questions posées (2 personnes)", "fr"),
                "(3 personnes)",
            ),
            "en": (
                "Arabic: 1 question asked (1 person), 0 answered (0%), 1 unanswered",
                "English: 2 questions asked (2 people)",
                "(3 people)",
            ),
            "ar": (
                "العربية: سؤال واحد (شخص واحد)، منها 0 أُجيب عنها (0%) و1 دون إجابة",
                "الإنجليزية: سؤالان (شخصان)",
                "(3 أشخاص)",
            ),
        }
        others = {
            "fr": ("العربية", "English", "posées, 0 répondues"),
            "en": ("العربية", "Anglais"),
            "ar": ("Arabic", "English", "Français"),
        }
        for lang, lines in expected.items():
            organiser = bot.user(lang=lang, user_id=ORGANISER)
            await bot.storage.set_language(ORGANISER, lang)
            stats = (await bot.send(organiser, "/stats")).last.text
            for line in lines:
                assert line in stats
            for other in others[lang]:
                assert other not in stats


def _scope_type(call) -> str | None:
    scope = call.params.get("scope")
    scope = json.loads(scope) if isinstance(scope, str) else scope
    return scope["type"] if scope else None
