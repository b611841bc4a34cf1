"""The RSVP form, described once: its fields in the order they are asked, each with its kind, whether
it may be skipped, whether it is asked of (and kept for) those who come only, and its check.

Derived from it: the draft's and the stored reply's values (bot/rsvp.py), the storage columns
(bot/rsvp_store.py), the CSV columns (bot/rsvp_export.py), and the conversation's states, prompts,
keyboards and edit menu (handlers/rsvp.py, handlers/rsvp_steps.py). Adding a question is one FormField
here, one migration adding its column (bot/storage.py), and its texts: "field.<name>" (its label) and
"ask_<name>" (its prompt) in handlers/rsvp_texts.py, "header.<name>" (its CSV header) in
bot/rsvp_export.py, or all three in a Catalogue given as the field's `texts`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.texts import Catalogue

CHOICE, TEXT, EMAIL = "choice", "text", "email"
Check = Callable[[str | None], str | None]  # None when fine, else a problem key (bot.rsvp.problem_text)


@dataclass(frozen=True)
class FormField:
    name: str  # the value's key, the storage column, and the texts' suffix
    kind: str  # CHOICE (buttons), TEXT or EMAIL (typed)
    check: Check
    choices: tuple[str, ...] = ()  # CHOICE: the values offered, each a button
    optional: bool = False  # a Skip button; "rien", "none", "لا شيء" typed means nothing
    comers_only: bool = False  # asked of, and kept for, those who come (yes, maybe) only
    state: str = ""  # the conversation state that asks it (default: its name); kept stable across versions
    texts: Catalogue | None = None  # where its label, prompt and CSV header are, if not in the usual catalogues

    @property
    def step(self) -> str:
        return self.state or self.name


@dataclass(frozen=True)
class Form:
    fields: tuple[FormField, ...]
    status_field: str = "status"  # the answer to the invitation: decides what else is asked
    declined: str = "no"  # the status of someone who does not come

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields)

    def field(self, name: str) -> FormField:
        return next(field for field in self.fields if field.name == name)

    def by_step(self, step: str) -> FormField | None:
        return next((field for field in self.fields if field.step == step), None)

    def asked(self, status: str | None) -> tuple[FormField, ...]:
        """The fields asked of someone with this answer, in order."""
        return tuple(field for field in self.fields if not (status == self.declined and field.comers_only))

    def minimised(self, values: Mapping[str, str | None]) -> dict[str, str | None]:
        """The values to keep: for someone who does not come, nothing that only serves those who do
        (dietary needs, email). Data minimisation, applied on every save and every cancellation."""
        status = values.get(self.status_field)
        return {
            field.name: (None if status == self.declined and field.comers_only else values.get(field.name))
            for field in self.fields
        }

    def dropped_when_declining(self) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields if field.comers_only)

    def problems(self, values: Mapping[str, str | None]) -> dict[str, str]:
        """Field name -> problem key, for every field that cannot be saved as it is."""
        found = {field.name: field.check(values.get(field.name)) for field in self.asked(values.get(self.status_field))}
        return {name: problem for name, problem in found.items() if problem}
