"""The official names (knowledge/glossary.yaml) and the known misspellings that `check` refuses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.languages import LANGUAGES

GLOSSARY_FILE = "glossary.yaml"


@dataclass(frozen=True)
class Glossary:
    names: dict[str, dict[str, str]]  # name id -> language -> official form
    misspellings: dict[str, tuple[tuple[str, str], ...]]  # language -> (wrong form, name id)

    def misspelt(self, text: str, lang: str) -> list[tuple[str, str]]:
        """The (wrong form, name id) pairs found in a text (case-sensitive: capitals are the mistake)."""
        return [
            (wrong, name)
            for wrong, name in self.misspellings.get(lang, ())
            if re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", text)
        ]


EMPTY = Glossary({}, {})


def load_glossary(folder: Path, read_yaml: Callable[[Path], Any], add_problem: Callable[[str, str], None]) -> Glossary:
    path = folder / GLOSSARY_FILE
    if not path.exists():
        return EMPTY
    data = read_yaml(path)
    if not isinstance(data, dict):
        add_problem("", "must be a mapping of names")
        return EMPTY
    names: dict[str, dict[str, str]] = {}
    wrong: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGUAGES}
    for name, forms in ((key, value) for key, value in data.items() if not str(key).startswith("__")):
        if not isinstance(forms, dict) or any(not isinstance(forms.get(lang), str) for lang in LANGUAGES):
            add_problem(str(name), f"needs its form in {', '.join(LANGUAGES)}")
            continue
        names[name] = {lang: forms[lang] for lang in LANGUAGES}
        for lang, forms_not in (
            (key, value) for key, value in (forms.get("not") or {}).items() if not str(key).startswith("__")
        ):
            if lang not in LANGUAGES or not isinstance(forms_not, list):
                add_problem(f"{name}.not", f"a list of wrong forms per language ({', '.join(LANGUAGES)})")
                continue
            wrong[lang].extend((str(form), name) for form in forms_not)
    return Glossary(names, {lang: tuple(pairs) for lang, pairs in wrong.items()})


def misspelling_problems(glossary: Glossary, texts: Iterable[tuple[str, str, str]]) -> list[str]:
    """(where, lang, text) triples -> one line per misspelt official name."""
    return [
        f"{where}: write «{glossary.names[name][lang]}», not «{wrong}»"
        for where, lang, text in texts
        for wrong, name in glossary.misspelt(text, lang)
    ]
