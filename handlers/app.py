"""Builds the python-telegram-bot Application: services, feature handlers in a fixed order, menus.

Each feature module declares FEATURE (handlers/features.py): its handlers, its commands with their
scope and texts, and its start-up work. The command menus (per language and scope) and /help are
generated from these declarations. Features are registered in the order of FEATURES:

    group -1  handlers.guards        who gets through at all (groups, flood, non-text, edits)
    group 0   handlers.checkin       check-in on the day: an organiser's scan (/start ci_...), /checkin, /walkin
              handlers.start         /start, deep links
              handlers.help          /help, /myid
              handlers.language      /language and its buttons
              handlers.topics        /topics and its buttons
              handlers.rsvp          the RSVP conversation, /myrsvp, /cancelrsvp, /forget
              handlers.organisers    the organisers' commands
              handlers.broadcasting  the audience buttons of /broadcast and of a logistics update
              handlers.logistics     /logistics: the practical details, the venue's pin
              handlers.teaching      /unanswered: attach a missed question to an answer, or dismiss it
              handlers.reminders     reminders on the job queue
              handlers.answers       follow-up, suggestion and "none of these" buttons
              handlers.questions     any other text: the question-answering catch-all
              handlers.unknown       unknown commands, callback data never issued: last
    errors    handlers.errors        the global error handler

In group 0 the first handler that matches an update handles it, so the order matters: the catch-alls
come last.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import ApplicationBuilder, BaseRateLimiter, Defaults
from telegram.request import BaseRequest

from bot.answering import Answerer
from bot.config import Config
from bot.knowledge import load_knowledge
from bot.retention import purge, retention_due
from bot.rsvp import FORM
from bot.rsvp_form import Form
from bot.storage import Storage
from handlers import (
    answers,
    broadcasting,
    checkin,
    errors,
    guards,
    language,
    logistics,
    organisers,
    questions,
    reminders,
    rsvp,
    start,
    teaching,
    topics,
    unknown,
)
from handlers import help as help_feature
from handlers.concurrency import PerUserUpdateProcessor
from handlers.context import CONTEXT_TYPES, App
from handlers.features import FEATURES_KEY, Feature, register_group_pointer, set_menus
from handlers.persistence import SqlitePersistence
from handlers.retrying import RetryingRateLimiter
from handlers.rsvp_session import FORM_KEY as RSVP_FORM_KEY
from handlers.services import SERVICES_KEY, Services

log = logging.getLogger(__name__)

FEATURES: tuple[Feature, ...] = tuple(
    module.FEATURE
    for module in (
        guards,
        checkin,
        start,
        help_feature,
        language,
        topics,
        rsvp,
        organisers,
        broadcasting,
        logistics,
        teaching,
        reminders,
        answers,
        questions,
        unknown,
    )
)
_OWNS_STORAGE = "owns_storage"
_PRELOADED = "preloaded_answerer"


def build_application(
    config: Config,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    services: Services | None = None,
    answerer: Answerer | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    concurrent: bool = True,
) -> App:
    """The Application for `config`. `request` replaces the HTTP layer (offline tests); `services`,
    when given, is used as is (post_init then opens nothing); `answerer`, an already loaded knowledge base
    for post_init to use; `rate_limiter` defaults to Telegram's
    limits with retries; `concurrent=False` processes updates one by one."""
    token = config.telegram.token
    if not token:
        raise ValueError("no Telegram token configured")
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(config.telegram.base_url)
        .base_file_url(config.telegram.base_file_url)
        .context_types(CONTEXT_TYPES)  # handlers/context.py: services and the language, once per update
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(rate_limiter or RetryingRateLimiter())
        .persistence(SqlitePersistence(config.database))  # conversations and drafts survive a restart
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if concurrent:
        builder = builder.concurrent_updates(PerUserUpdateProcessor())
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    application = builder.build()
    application.bot_data["config"] = config
    if answerer is not None:
        application.bot_data[_PRELOADED] = answerer
    if services is not None:
        application.bot_data[SERVICES_KEY] = services
    # The RSVP form: the one the database was opened with, when it is given (tests), else bot.rsvp.FORM.
    application.bot_data[RSVP_FORM_KEY] = services.storage.form if services is not None else FORM
    application.bot_data[FEATURES_KEY] = FEATURES
    register_group_pointer(application, FEATURES, config.organisers)
    for feature in FEATURES:
        feature.register(application)
    errors.register(application)
    return application


async def open_services(config: Config, answerer: Answerer | None = None, form: Form = FORM) -> Services:
    """Loads the knowledge base unless given (raises KnowledgeError) and opens the database."""
    answerer = answerer or Answerer(load_knowledge(config.knowledge))
    storage = await Storage.open(config.database, form=form)
    return Services(config=config, answerer=answerer, storage=storage)


async def _post_init(application: App) -> None:
    if SERVICES_KEY not in application.bot_data:
        application.bot_data[SERVICES_KEY] = await open_services(
            application.bot_data["config"],
            application.bot_data.pop(_PRELOADED, None),
            application.bot_data[RSVP_FORM_KEY],
        )
        application.bot_data[_OWNS_STORAGE] = True
    own: Services = application.bot_data[SERVICES_KEY]
    if retention_due(own.answerer.kb.logistics.event_date, own.config.retention_days, own.now().date()):
        purged = await asyncio.to_thread(purge, own.config.database)  # retention_days after the event have passed
        log.warning(
            "retention: %d rows of personal data erased (%d days after the event)",
            purged.total,
            own.config.retention_days,
        )
    log.info("connected to Telegram as @%s", application.bot.username)
    for feature in FEATURES:
        if feature.on_start is not None:
            await feature.on_start(application)
    await set_menus(application, FEATURES, own.config.organisers, own.config.default_language)


async def _post_shutdown(application: App) -> None:
    if application.bot_data.pop(_OWNS_STORAGE, False):
        await application.bot_data[SERVICES_KEY].storage.close()
