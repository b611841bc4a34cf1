"""Reminders before the closing breakfast (config.event.reminders, e.g. [1d, 2h]) on the JobQueue.

Each reminder is one job named by its key ("reminder:1d", "reminder:2h"). When it runs, everyone
attending at that moment (status "yes"; not the waiting list, maybe or no) gets one message in their
language (their /language choice, else the language of their RSVP); a person is reminded at most once
per key, even if the reminders are rescheduled meanwhile.

When they are due: relative to the event's start, the date and start_time of knowledge/logistics.yaml in
its time zone. While the start time has not been announced (start_time: ""):
- a reminder of whole days (1d, 2d) is sent at DAY_REMINDER_TIME, local time, that many days before the
  event's date (a sending time chosen by the bot, not a claim about the event: the message itself says
  the time has not been announced);
- a shorter one (2h, 30m) cannot be placed, and is skipped with a log line.
A reminder whose time has passed is not scheduled. The plan is made at start-up (FEATURE.on_start, awaited
by post_init once the services are open) and again after /reload, since the organisers may
have filled in the start time. "Now" is services.now(), and jobs are scheduled as a delay from it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot

from bot.knowledge import Logistics
from bot.languages import DEFAULT_LANGUAGE
from bot.locales import long_date
from bot.rsvp import STATUS_YES
from handlers.context import App, BotContext
from handlers.features import Feature
from handlers.render import escape
from handlers.replies import deliver
from handlers.rsvp_texts import RSVP_UI
from handlers.services import SERVICES_KEY, Services

log = logging.getLogger(__name__)

JOB_PREFIX = "reminder:"
DAY_REMINDER_TIME = time(10, 0)  # local time for whole-day reminders while the start time is unknown
_SENT = "reminders_sent"  # services.state: {key: set of user ids already reminded}


@dataclass(frozen=True)
class PlannedReminder:
    key: str  # "reminder:1d"
    offset: timedelta  # how long before the start
    at: datetime  # aware


def reminder_key(offset: timedelta) -> str:
    seconds = int(offset.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{JOB_PREFIX}{seconds // size}{unit}"
    return f"{JOB_PREFIX}{seconds}s"


def plan_reminders(
    logistics: Logistics, offsets: tuple[timedelta, ...], now: datetime
) -> tuple[list[PlannedReminder], list[tuple[str, str]]]:
    """(the reminders to schedule, [(key, why it is not scheduled)])."""
    zone = ZoneInfo(logistics.timezone)
    start = logistics.start_time()
    planned: list[PlannedReminder] = []
    skipped: list[tuple[str, str]] = []
    for offset in offsets:
        key = reminder_key(offset)
        if start is not None:
            at = datetime.combine(logistics.event_date, start, tzinfo=zone) - offset
        elif offset >= timedelta(days=1) and offset % timedelta(days=1) == timedelta(0):
            at = datetime.combine(logistics.event_date - timedelta(days=offset.days), DAY_REMINDER_TIME, tzinfo=zone)
        else:
            skipped.append((key, "the start time has not been announced"))
            continue
        if at <= now:
            skipped.append((key, f"its time ({at.isoformat()}) has passed"))
            continue
        planned.append(PlannedReminder(key, offset, at))
    return planned, skipped


def reminder_text(logistics: Logistics, lang: str) -> str:
    venue = logistics.value("venue", lang) or logistics.value("venue", DEFAULT_LANGUAGE)
    city = logistics.city.get(lang) or logistics.city.get(DEFAULT_LANGUAGE, "")
    place = RSVP_UI.t_html("place_venue", lang, venue=venue) if venue else RSVP_UI.t_html("place_city", lang, city=city)
    day = long_date(logistics.event_date, lang)
    start = logistics.start_time()
    names = {
        "event": escape(logistics.name("event_name", lang)),
        "programme": escape(logistics.name("programme_name", lang)),
    }
    if start is None:
        return RSVP_UI("reminder_without_time", lang, date=day, place=place, **names)
    return RSVP_UI("reminder_with_time", lang, date=day, time=f"{start:%H:%M}", place=place, **names)


def schedule_reminders(application: App) -> list[PlannedReminder]:
    """Replaces the reminder jobs by those due from now on; returns them."""
    own: Services = application.bot_data[SERVICES_KEY]
    queue = application.job_queue
    if queue is None:
        if own.config.event.reminders:
            log.warning("reminders configured but the job queue is unavailable (python-telegram-bot[job-queue])")
        return []
    for job in queue.jobs():
        if job.name and job.name.startswith(JOB_PREFIX):
            job.schedule_removal()
    now = own.now()
    planned, skipped = plan_reminders(own.answerer.kb.logistics, own.config.event.reminders, now)
    for key, reason in skipped:
        log.info("%s not scheduled: %s", key, reason)
    for reminder in planned:
        queue.run_once(send_reminder, when=reminder.at - now, name=reminder.key, data=reminder.key)
        log.info("%s scheduled for %s", reminder.key, reminder.at.isoformat())
    return planned


async def remind_attendees(bot: Bot, own: Services, key: str) -> tuple[int, int]:
    """Sends reminder `key` to everyone attending not yet reminded of it. Returns (delivered, failed)."""
    already: set[int] = own.state.setdefault(_SENT, {}).setdefault(key, set())
    logistics = own.answerer.kb.logistics
    delivered = failed = 0
    for user_id, rsvp_lang in await own.storage.attendee_contacts((STATUS_YES,)):
        if user_id in already:
            continue
        already.add(user_id)  # before sending: a second run meanwhile must not remind them again
        lang = await own.storage.get_language(user_id) or rsvp_lang
        if await deliver(bot, user_id, reminder_text(logistics, lang)):
            delivered += 1
        else:
            failed += 1
    log.info("%s: %d delivered, %d failed", key, delivered, failed)
    return delivered, failed


async def send_reminder(context: BotContext) -> None:
    job = context.job
    assert job is not None and isinstance(job.data, str)  # run_once(send_reminder, data=the reminder's key)
    await remind_attendees(context.bot, context.application.bot_data[SERVICES_KEY], job.data)


async def _on_start(application: App) -> None:
    schedule_reminders(application)


def register(application: App) -> None:
    """No handlers: the reminders are jobs, planned at start-up and after every knowledge change."""


FEATURE = Feature("reminders", register, on_start=_on_start, on_knowledge_changed=schedule_reminders)
