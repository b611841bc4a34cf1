"""What the bot says of itself (not the knowledge base's answers), in each language of the bot.

A Catalogue maps a key to one text per language; `{name}` placeholders are filled by keyword. The
texts live in gettext files, locales/<lang>/LC_MESSAGES/<domain>.po (msgctxt: the key; msgid: the
English source; msgstr: the translation), with a template per domain, locales/<domain>.pot, for
pybabel init / update and tools such as Poedit or Weblate. Each module names its domain:
`Catalogue.from_po("core")` here, "telegram" in handlers/texts.py, and so on.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, KeysView, Mapping
from pathlib import Path

from babel.messages.pofile import read_po

from bot.languages import DEFAULT_LANGUAGE, LANGUAGES
from bot.locales import plural_category
from bot.typography import typeset

_LANGUAGE_SPECIFIC_PLURALS = (".zero", ".two", ".few", ".many")
LOCALES_FOLDER = Path(__file__).resolve().parent.parent / "locales"  # the translators' .po files


class Catalogue:
    def __init__(self, texts: Mapping[str, Mapping[str, str]], *, typography: bool = True, is_html: bool = False):
        # Every text in every language; except a plural form one language alone needs (Arabic's zero,
        # two, few, many): the others fall back to the ".other" text.
        missing = [
            f"{key}.{lang}"
            for key, per_lang in texts.items()
            for lang in LANGUAGES
            if not per_lang.get(lang) and not key.endswith(_LANGUAGE_SPECIFIC_PLURALS)
        ]
        if missing:  # a programming error: fail at import, not in front of a user
            raise ValueError(f"texts missing a language: {', '.join(missing)}")
        self._texts = texts
        self._typography = typography  # False for text that is not a chat message (spreadsheet cells)
        self._html = is_html  # the templates are HTML (they may hold <b>): t_html escapes the values only

    @classmethod
    def from_po(
        cls, domain: str, *, typography: bool = True, is_html: bool = False, folder: Path | None = None
    ) -> Catalogue:
        """The catalogue of `domain` from its gettext files, locales/<lang>/LC_MESSAGES/<domain>.po:
        each message's context (msgctxt) is its key, its translation (msgstr) the text. Read at start,
        so nothing needs compiling; a missing file or text is an error at import, not in front of a user."""
        folder = folder or LOCALES_FOLDER
        texts: dict[str, dict[str, str]] = {}
        for lang in LANGUAGES:
            path = folder / lang / "LC_MESSAGES" / f"{domain}.po"
            with path.open("rb") as file:
                catalog = read_po(file, locale=lang, domain=domain)
            for message in catalog:
                if message.id and message.context and isinstance(message.string, str) and message.string:
                    texts.setdefault(message.context, {})[lang] = message.string
        return cls(texts, typography=typography, is_html=is_html)

    def t(self, key: str, lang: str, **values: object) -> str:
        """The text as it is (plain text, or HTML with the values as given): button labels, files."""
        return self(key, lang, **values)

    def t_html(self, key: str, lang: str, **values: object) -> str:
        """The text for a message sent as HTML: the values always escaped (and, for a catalogue of
        plain text, the whole text)."""
        if self._html:
            return self(key, lang, **{name: html.escape(str(value), quote=False) for name, value in values.items()})
        return html.escape(self(key, lang, **values), quote=False)

    def __contains__(self, key: str) -> bool:
        return key in self._texts

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def keys(self) -> KeysView[str]:
        return self._texts.keys()

    def plural(self, base: str, count: int, lang: str, **values: object) -> str:
        """The text of `base` for `count` in `lang`: the key of its CLDR plural category
        (bot/locales.py) when the catalogue has one, else `base`.other; {count} is filled in."""
        key = f"{base}.{plural_category(count, lang)}"
        per_lang = self._texts.get(key)
        if per_lang is None or not per_lang.get(lang):
            key = f"{base}.other"
        return self(key, lang, count=count, **values)

    def __call__(self, key: str, lang: str, **values: object) -> str:
        per_lang = self._texts[key]
        if not per_lang.get(lang) and key.endswith(_LANGUAGE_SPECIFIC_PLURALS):  # another language's form
            per_lang = self._texts[key.rsplit(".", 1)[0] + ".other"]
        template = per_lang.get(lang) or per_lang[DEFAULT_LANGUAGE]
        text = template.format(**values) if values else template
        return typeset(text, lang) if self._typography else text


CORE_TEXTS = Catalogue.from_po("core")

text = CORE_TEXTS
