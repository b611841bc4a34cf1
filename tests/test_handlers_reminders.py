"""Reminders: when they are planned, that the jobs are on the queue by name, and who gets them."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.answering import Answerer
from bot.config import EventSettings
from handlers.reminders import plan_reminders, reminder_key, reminder_text, schedule_reminders
from tests.rsvp_helpers import complete_rsvp
from tests.telegram_harness import Clock, TelegramHarness, bundled_answerer, offline_config

DAY, TWO_HOURS = timedelta(days=1), timedelta(hours=2)


def with_start(logistics, start: str = "09:00", venue: str = ""):
    fields = dict(logistics.fields)
    fields["start_time"] = {lang: start for lang in ("fr", "en", "ar")}
    if venue:
        fields["venue"] = {lang: venue for lang in ("fr", "en", "ar")}
    return replace(logistics, fields=fields)


def test_keys_name_the_offset():
    assert [reminder_key(t) for t in (DAY, TWO_HOURS, timedelta(minutes=30), timedelta(days=2))] == [
        "reminder:1d",
        "reminder:2h",
        "reminder:30m",
        "reminder:2d",
    ]


def test_start_time_not_announced_keeps_day_reminders_and_skips_hour_ones():
    logistics = bundled_answerer().kb.logistics
    assert logistics.start_time() is None  # as in the press release
    now = datetime(2018, 1, 20, 9, 0, tzinfo=UTC)
    planned, skipped = plan_reminders(logistics, (DAY, TWO_HOURS), now)
    assert [(p.key, p.at.isoformat()) for p in planned] == [("reminder:1d", "2018-01-25T10:00:00+00:00")]
    assert [key for key, _ in skipped] == ["reminder:2h"]


def test_announced_start_time_places_every_reminder_before_it_and_past_ones_are_dropped():
    logistics = with_start(bundled_answerer().kb.logistics, "09:00")
    planned, _ = plan_reminders(logistics, (DAY, TWO_HOURS), datetime(2018, 1, 20, tzinfo=UTC))
    # Africa/Casablanca was UTC+0 in January 2018
    assert [(p.key, p.at.astimezone(UTC).isoformat()) for p in planned] == [
        ("reminder:1d", "2018-01-25T09:00:00+00:00"),
        ("reminder:2h", "2018-01-26T07:00:00+00:00"),
    ]
    planned, skipped = plan_reminders(logistics, (DAY, TWO_HOURS), datetime(2018, 1, 25, 12, 0, tzinfo=UTC))
    assert [p.key for p in planned] == ["reminder:2h"] and [key for key, _ in skipped] == ["reminder:1d"]


async def test_jobs_are_scheduled_at_start_by_name_and_replaced_after_reload():
    config = offline_config(event=EventSettings(reminders=(DAY, TWO_HOURS)))
    async with TelegramHarness(config) as bot:
        names = sorted(job.name for job in bot.application.job_queue.jobs())
        assert names == ["reminder:1d"]  # 2h needs the start time
        bot.services.answerer = Answerer(
            replace(bot.services.answerer.kb, logistics=with_start(bot.services.answerer.kb.logistics))
        )
        planned = schedule_reminders(bot.application)
        assert [p.key for p in planned] == ["reminder:1d", "reminder:2h"]
        await asyncio.sleep(0)  # removals are applied by the scheduler
        names = sorted(job.name for job in bot.application.job_queue.jobs() if not job.removed)
        assert names == ["reminder:1d", "reminder:2h"]


async def test_past_reminders_are_not_scheduled():
    config = offline_config(event=EventSettings(reminders=(DAY,)))
    async with TelegramHarness(config, clock=Clock(datetime(2018, 1, 26, 8, 0, tzinfo=UTC))) as bot:
        assert [job.name for job in bot.application.job_queue.jobs()] == []


async def test_a_reminder_reaches_attendees_only_once_each_in_their_language():
    config = offline_config(event=EventSettings(capacity=3, reminders=(DAY,)))
    async with TelegramHarness(config) as bot:
        fr, en, ar = bot.user(lang="fr"), bot.user(lang="en"), bot.user(lang="ar")
        for person in (fr, en, ar):
            await complete_rsvp(bot, person)
        waiting, maybe, declined = bot.user(lang="en"), bot.user(lang="fr"), bot.user(lang="ar")
        await complete_rsvp(bot, waiting)  # full: waiting list
        await complete_rsvp(bot, maybe, status="maybe")
        await complete_rsvp(bot, declined, status="no")
        await bot.storage.set_language(en.id, "ar")  # chose Arabic after replying in English

        job = bot.application.job_queue.get_jobs_by_name("reminder:1d")[0]
        before = len(bot.api.calls)
        await job.run(bot.application)
        sent = {
            int(call.params["chat_id"]): call.params["text"]
            for call in bot.api.calls[before:]
            if call.method == "sendMessage"
        }
        logistics = bot.services.answerer.kb.logistics
        assert sent == {
            fr.id: reminder_text(logistics, "fr"),
            en.id: reminder_text(logistics, "ar"),
            ar.id: reminder_text(logistics, "ar"),
        }
        assert "26 janvier 2018" in sent[fr.id] and "Rabat" in sent[fr.id] and "pas encore été annoncée" in sent[fr.id]

        before = len(bot.api.calls)
        await job.run(bot.application)  # run again (e.g. rescheduled): nobody is reminded twice
        assert not [call for call in bot.api.calls[before:] if call.method == "sendMessage"]


def test_reminder_text_with_an_announced_time_and_venue():
    logistics = with_start(bundled_answerer().kb.logistics, "09:30", venue="Test venue")
    assert "26 January 2018 at 09:30, Test venue" in reminder_text(logistics, "en")
