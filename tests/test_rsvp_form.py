"""The RSVP form as data (bot/rsvp_form.py): what is asked of whom, data minimisation in one place, and
a question added with one specification, one migration and its texts, through the whole flow."""

from __future__ import annotations

import csv
import io

from bot.rsvp import FORM, STATUS_NO, RsvpDraft
from bot.rsvp_form import TEXT, Form, FormField
from bot.storage import MIGRATIONS, Storage
from bot.texts import Catalogue
from handlers.rsvp import ATTEND, CONFIRM_DATA, PICK_CATEGORY, SKIP
from handlers.rsvp_texts import RSVP_UI
from tests.telegram_harness import TelegramHarness, offline_config

ORGANISER = 8181


def test_a_no_is_asked_less_and_keeps_nothing_only_comers_need():
    assert [field.name for field in FORM.asked("yes")] == [
        "status",
        "full_name",
        "organisation",
        "category",
        "dietary",
        "email",
    ]
    assert [field.name for field in FORM.asked(STATUS_NO)] == ["status", "full_name", "organisation", "category"]
    draft = RsvpDraft(
        1,
        "fr",
        status=STATUS_NO,
        full_name="Nadia",
        organisation="OIM",
        category="other",
        dietary="halal",
        email="n@oim.int",
    )
    assert draft.cleaned().values["dietary"] is None and draft.cleaned().values["email"] is None
    assert draft.problems() == {}
    assert RsvpDraft(1, "fr", status="yes", email="not an email").problems()["email"] == "rsvp_email_invalid"


JOB_TITLE_TEXTS = Catalogue(
    {
        "field.job_title": {"fr": "Fonction", "en": "Job title", "ar": "المنصب"},
        "ask_job_title": {"fr": "Votre fonction ?", "en": "Your job title?", "ar": "منصبكم؟"},
        "header.job_title": {"fr": "Fonction", "en": "job title", "ar": "المنصب"},
    }
)
JOB_TITLE = FormField(
    "job_title",
    TEXT,
    lambda value: None if value is None or len(value) <= 100 else "rsvp_name_too_long",
    optional=True,
    texts=JOB_TITLE_TEXTS,
)
# The form with one more question, after the organisation; and the migration adding its column.
WITH_JOB_TITLE = Form(
    FORM.fields[:3] + (JOB_TITLE,) + FORM.fields[3:], status_field=FORM.status_field, declined=FORM.declined
)
ADD_JOB_TITLE = ("ALTER TABLE rsvps ADD COLUMN job_title TEXT",)


async def test_a_form_with_an_extra_question_is_asked_shown_saved_and_exported():
    storage = await Storage.open(":memory:", form=WITH_JOB_TITLE, migrations=MIGRATIONS + (ADD_JOB_TITLE,))
    try:
        async with TelegramHarness(offline_config(organisers=frozenset({ORGANISER})), storage=storage) as bot:
            user = bot.user(lang="fr")
            replies = await bot.press(user, (await bot.send(user, "/rsvp")).last, data=ATTEND + "yes")
            await bot.send(user, "Nadia Benali")
            asked = await bot.send(user, "OIM Maroc")
            assert asked.last.text == "Votre fonction\u202f?"  # the new question, French typography included
            assert asked.last.button_data == [SKIP]  # optional: it can be skipped
            replies = await bot.send(user, "Chargée de programme")
            replies = await bot.press(user, replies.last, data=PICK_CATEGORY + "international_organisation")
            replies = await bot.press(user, replies.last, data=SKIP)
            summary = await bot.press(user, replies.last, data=SKIP)
            assert RSVP_UI("line", "fr", label="Fonction", value="Chargée de programme") in summary.last.text
            await bot.press(user, summary.last, data=CONFIRM_DATA)
            assert (await storage.get_rsvp(user.id)).values["job_title"] == "Chargée de programme"

            organiser = bot.user(lang="fr", user_id=ORGANISER)
            document = next(sent for sent in await bot.send(organiser, "/rsvps") if sent.method == "sendDocument")
            rows = list(csv.DictReader(io.StringIO(document.files["document"][1].decode("utf-8-sig"), newline="")))
            assert rows[0]["Fonction"] == "Chargée de programme" and rows[0]["Nom"] == "Nadia Benali"
    finally:
        await storage.close()
