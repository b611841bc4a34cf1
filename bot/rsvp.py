"""The RSVP domain: what an answer to the invitation holds, how it is checked, and its labels.

Storage (bot.storage) keeps RSVPs; the Telegram conversation (handlers/) fills an RsvpDraft step by step
with the check_* functions below, then saves it. Each check returns None when the value is fine, else a
problem key that problem_text() turns into a message in fr, en or ar.

Categories are those the press release names among the expected participants: Moroccan public
institutions, international organisations, donors and civil society organisations; plus the media
(journalists covering the event) and "other".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.rsvp_form import CHOICE, EMAIL, TEXT, Form, FormField

STATUS_YES = "yes"
STATUS_NO = "no"
STATUS_MAYBE = "maybe"
STATUS_WAITLIST = "waitlist"  # never chosen by a person: a "yes" past capacity becomes this
STATUSES = (STATUS_YES, STATUS_NO, STATUS_MAYBE, STATUS_WAITLIST)
ANSWERS = (STATUS_YES, STATUS_NO, STATUS_MAYBE)  # what a person can answer

CATEGORIES = ("public_institution", "international_organisation", "donor", "civil_society", "media", "other")

NAME_MAX = 200
ORGANISATION_MAX = 200
DIETARY_MAX = 300
EMAIL_MAX = 254  # RFC 5321's limit on a forward path

# A deliberately plain form check (the address is never mailed by the bot): one @, a local part of
# the usual ASCII characters without leading, trailing or doubled dots, and a domain of at least two
# labels whose last is alphabetic (so "a@b" is refused). Internationalised addresses are refused.
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})",
    re.ASCII,
)

from bot.rsvp_texts import RSVP_TEXTS  # noqa: E402 - after the constants it names

_LIMITS = {
    "rsvp_name_too_long": NAME_MAX,
    "rsvp_organisation_too_long": ORGANISATION_MAX,
    "rsvp_dietary_too_long": DIETARY_MAX,
}


def category_label(category: str, lang: str) -> str:
    return RSVP_TEXTS(f"category.{category}", lang)


def status_label(status: str, lang: str) -> str:
    return RSVP_TEXTS(f"status.{status}", lang)


def problem_text(problem: str, lang: str) -> str:
    """The message for a problem key returned by a check_* function."""
    return RSVP_TEXTS(problem, lang, limit=_LIMITS.get(problem, ""))


# ---------------------------------------------------------------- checks


# Characters that show nothing yet are not whitespace: Hangul fillers (letters to Unicode) and the blank
# Braille pattern. With the format characters (category Cf: zero-width spaces and joiners, the BOM, bidi
# marks, embeddings, overrides and isolates), they are removed from every text field, so that a name can
# neither be invisible nor reorder the text around it (in the organisers' list, the CSV).
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _visible(ch: str) -> bool:
    return ch not in _INVISIBLE and unicodedata.category(ch) != "Cf"


def visible_only(value: str) -> str:
    """`value` without its invisible and format characters (bidi controls included)."""
    return "".join(ch for ch in value if _visible(ch))


def clean_text(value: str | None) -> str | None:
    """Invisible and format characters removed (visible_only), surrounding whitespace too; None for
    nothing at all (an optional field left empty)."""
    if value is None:
        return None
    value = visible_only(value).strip()
    return value or None


def _has_letter(value: str) -> bool:
    return any(unicodedata.category(ch).startswith("L") and _visible(ch) for ch in value)


def _has_control_characters(value: str, allow_newlines: bool = False) -> bool:
    allowed = "\n\t" if allow_newlines else ""
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value)


def _check_required(value: str | None, limit: int, field_name: str) -> str | None:
    value = clean_text(value)
    if value is None:
        return f"rsvp_{field_name}_empty"
    if len(value) > limit:
        return f"rsvp_{field_name}_too_long"
    if _has_control_characters(value):
        return "rsvp_control_characters"
    if not _has_letter(value):
        return "rsvp_no_letters"
    return None


def check_full_name(value: str | None) -> str | None:
    return _check_required(value, NAME_MAX, "name")


def check_organisation(value: str | None) -> str | None:
    return _check_required(value, ORGANISATION_MAX, "organisation")


def check_dietary(value: str | None) -> str | None:
    """Optional; several lines are fine ("no pork" / "no nuts")."""
    value = clean_text(value)
    if value is None:
        return None
    if len(value) > DIETARY_MAX:
        return "rsvp_dietary_too_long"
    if _has_control_characters(value, allow_newlines=True):
        return "rsvp_control_characters"
    return None


def check_email(value: str | None) -> str | None:
    """Optional; when given, it must look like an address."""
    value = clean_text(value)
    if value is None:
        return None
    if len(value) > EMAIL_MAX or not _EMAIL.fullmatch(value):
        return "rsvp_email_invalid"
    return None


def check_status(value: str | None) -> str | None:
    return None if value in ANSWERS else "rsvp_status_invalid"


def check_category(value: str | None) -> str | None:
    return None if value in CATEGORIES else "rsvp_category_invalid"


def registration_open(deadline: datetime | None, now: datetime | None = None) -> bool:
    """True until the deadline has passed (a deadline of None never closes). Naive times are taken as
    UTC, so that a comparison never raises."""
    if deadline is None:
        return True
    now = now or datetime.now(UTC)
    if deadline.tzinfo is None:
        deadline = deadline.replace(tzinfo=UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now <= deadline


# ---------------------------------------------------------------- the form

FORM = Form(
    (
        FormField("status", CHOICE, check_status, choices=ANSWERS, state="attending"),
        FormField("full_name", TEXT, check_full_name, state="name"),
        FormField("organisation", TEXT, check_organisation),
        FormField("category", CHOICE, check_category, choices=CATEGORIES),
        FormField("dietary", TEXT, check_dietary, optional=True, comers_only=True),
        FormField("email", EMAIL, check_email, optional=True, comers_only=True),
    ),
    status_field="status",
    declined=STATUS_NO,
)


# ---------------------------------------------------------------- data


class _Values:
    """The form's values read as attributes (`draft.full_name`), whatever the form's fields."""

    values: dict[str, str | None]

    def __getattr__(self, name: str) -> str | None:
        # Only called when normal lookup fails; never recurses while unpickling (values not set yet).
        values: dict[str, str | None] | None = self.__dict__.get("values") if hasattr(self, "__dict__") else None
        if values is None:
            try:
                values = object.__getattribute__(self, "values")
            except AttributeError:
                raise AttributeError(name) from None
        if name in values:
            return values[name]
        raise AttributeError(name)


@dataclass(frozen=True, eq=True)
class Rsvp(_Values):
    """One person's stored answer (one per Telegram user): the form's values, and what storage adds."""

    user_id: int
    telegram_username: str | None
    language: str
    created_at: str  # ISO 8601 UTC, kept on update
    updated_at: str  # ISO 8601 UTC
    values: dict[str, str | None] = field(default_factory=dict)  # by form field name
    checked_in_at: str | None = None  # ISO 8601 UTC, when an organiser checked them in on the day
    waitlist_position: int | None = None  # 1 = next to get a place; None unless status is "waitlist"

    @property
    def attending(self) -> bool:
        return self.values.get("status") == STATUS_YES


class RsvpDraft(_Values):
    """What the conversation fills in before saving: one value per form field, None until answered.
    `status` is one of ANSWERS; storage decides whether a "yes" gets a place or the waiting list."""

    def __init__(
        self,
        user_id: int,
        language: str,
        telegram_username: str | None = None,
        *,
        form: Form = FORM,
        **values: str | None,
    ):
        unknown = set(values) - set(form.names)
        if unknown:
            raise TypeError(f"not a field of the form: {', '.join(sorted(unknown))}")
        self.__dict__.update(
            user_id=user_id,
            language=language,
            telegram_username=telegram_username,
            form=form,
            values={name: values.get(name) for name in form.names},
        )

    user_id: int
    language: str
    telegram_username: str | None
    form: Form

    def __setattr__(self, name: str, value: object) -> None:
        if name in ("user_id", "language", "telegram_username", "form", "values"):
            self.__dict__[name] = value
        elif name in self.values:
            self.values[name] = value  # type: ignore[assignment]  # a field's value: text or None
        else:
            raise AttributeError(f"not a field of the form: {name}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RsvpDraft) and self.__dict__ == other.__dict__

    def __setstate__(self, state: dict[str, object]) -> None:
        """Unpickling (conversations persisted in the database): a draft saved by a version before the
        form was data kept each field as an attribute."""
        if "values" not in state:
            state = dict(state)
            state["values"] = {name: state.pop(name, None) for name in FORM.names}
            state["form"] = FORM
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"RsvpDraft(user_id={self.user_id!r}, language={self.language!r}, values={self.values!r})"

    def replaced(self, **changes: object) -> RsvpDraft:
        """A copy with some attributes or values changed (dataclasses.replace for this class)."""
        copy = RsvpDraft(self.user_id, self.language, self.telegram_username, form=self.form, **self.values)
        for name, value in changes.items():
            setattr(copy, name, value)
        return copy

    @classmethod
    def from_rsvp(cls, rsvp: Rsvp, form: Form = FORM) -> RsvpDraft:
        """A draft prefilled from a stored RSVP, to update it (someone waiting still asks to attend)."""
        values = {name: rsvp.values.get(name) for name in form.names}
        if values.get(form.status_field) == STATUS_WAITLIST:
            values[form.status_field] = STATUS_YES
        return cls(rsvp.user_id, rsvp.language, rsvp.telegram_username, form=form, **values)

    def problems(self) -> dict[str, str]:
        """Field name -> problem key, for every field that cannot be saved as it is; empty when ready."""
        return self.form.problems(self.values)

    def cleaned(self) -> RsvpDraft:
        """The same draft with text fields stripped, empty optional ones set to None, and nothing kept
        that only serves those who come from someone who does not (data minimisation)."""
        values = {
            name: (value if self.form.field(name).kind == CHOICE else clean_text(value))
            for name, value in self.values.items()
        }
        return RsvpDraft(
            self.user_id,
            self.language,
            clean_text(self.telegram_username),
            form=self.form,
            **self.form.minimised(values),
        )


class InvalidRsvp(ValueError):
    """A draft that cannot be saved; `problems` maps field names to problem keys."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("RSVP not saved: " + ", ".join(f"{name}: {key}" for name, key in problems.items()))


@dataclass(frozen=True)
class SavedRsvp:
    rsvp: Rsvp  # as stored, with its waiting-list position
    waitlisted: bool  # a "yes" that found no place
    promoted: Rsvp | None = None  # someone given the place this change freed (to be told so)


@dataclass(frozen=True)
class RsvpCounts:
    by_status: dict[str, int] = field(default_factory=dict)  # every status, 0 included
    by_category: dict[str, int] = field(default_factory=dict)  # of those attending; every category

    @property
    def total(self) -> int:
        return sum(self.by_status.values())
