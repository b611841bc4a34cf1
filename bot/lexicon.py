"""The concept lexicon (knowledge/lexicon.yaml): words that mean the same thing across languages.

Organisers edit it like the rest of the knowledge base. Its sections:

- `social`: greetings, thanks, goodbyes and politeness ("svp", "عافاك"): what a message says around
  its questions (bot/understanding.py strips them before matching);
- `question_kinds`: what kind of answer a question wants (when, where, how long, when it ends...);
- `concepts`: topic words (lieu / venue / مكان / blassa);
- `names`: proper names the knowledge base lists (the programme's countries: Tunisie / Tunisia / تونس),
  read like concepts; a question that names one is only answered by an entry that names it too;
- `not_covered`: topics people ask about that no entry covers (a hotel to stay in, another project):
  a question about one is never answered by an entry that only shares its other words;
- `filler`: words that say nothing of what is asked ("grateful", "enquire", "renseigner", "نعرف"):
  left out, so a wordy polite message weighs by its topic words alone.

A question kind or a concept is one token for the matcher: every word or phrase of the group is read
as that token, in questions and in the knowledge base's phrasings alike, so a phrasing written in one
language helps the others and paraphrases meet. Words are given per language (fr, en, ar, and
`darija`: Moroccan Arabic in Latin letters, applied only to messages written that way).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from bot.language_profiles import pooled
from bot.languages import LANGUAGES
from bot.normalize import fold, terms

LEXICON_FILE = "lexicon.yaml"
DARIJA = "darija"  # Moroccan Arabic written in Latin letters
WORD_LANGUAGES = (*LANGUAGES, DARIJA)
SOCIAL_KINDS = ("greeting", "thanks", "goodbye", "politeness")
CONCEPT_MARK = "§"  # concept tokens never collide with words: no word has this character
_SECTIONS = ("social", "question_kinds", "concepts", "names", "not_covered", "filler")
FILLER = "~filler"  # the concept table's mark for a filler phrase: left out of what is matched
_NAME_FORM = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# In French and English, "où", "where" and "when" right after a noun and followed by a clause start a
# relative clause ("la salle où se tient le petit-déjeuner a-t-elle un parking ?"): they ask nothing, and
# read as a question kind they would pull the question to the venue. Followed by a verb that asks ("the
# event where is it?"), they still ask; "qui"/"who" after a noun still ask for people ("the speakers who
# will talk"). Arabic and Darija are left alone: «الفطور فين كاين» asks where.
RELATIVE_PRONOUNS = frozenset({"wher", "when"})  # as stems: "où" reads as "wher"
_ASKING_VERBS = frozenset({"is", "are", "was", "were", "will", "does", "do", "did", "can", "could", "should", "est"})
RELATIVE_ANTECEDENTS = frozenset(CONCEPT_MARK + group for group in ("event", "venue", "programme"))

Phrase = tuple[str, ...]  # a word or phrase as the matcher's stems, stop words included
# "in" written onto an Arabic name («فبنغلاديش», «بتونس»): the normaliser strips it only before «ال»
# («فالمغرب»), so a one-word name without the article is also read with it.
_IN_ATTACHED = ("ف", "ب")


def _with_in_attached(name: str) -> tuple[str, ...]:
    return () if " " in name or name.startswith("ال") else tuple(letter + name for letter in _IN_ATTACHED)


def phrase(text: str) -> Phrase:
    """A lexicon word or phrase in the form the matcher compares (folded, stemmed)."""
    return tuple(word for word, _ in terms(text))


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicon: phrases to tokens, per kind of text (Latin-letter Darija or not)."""

    social: dict[str, dict[Phrase, str]] = field(default_factory=lambda: {"plain": {}, DARIJA: {}})
    concepts: dict[str, dict[Phrase, str]] = field(default_factory=lambda: {"plain": {}, DARIJA: {}})
    kinds: frozenset[str] = frozenset()  # the concept tokens that are question kinds
    names: frozenset[str] = frozenset()  # the concept tokens that are proper names
    not_covered: frozenset[str] = frozenset()  # the concept tokens of topics no entry covers
    longest: int = 1  # the longest phrase, in words

    def table(self, section: str, darija: bool) -> dict[Phrase, str]:
        return self._tables[(section == "social", darija)]

    def starters(self, section: str, darija: bool, kind: str | None = None) -> frozenset[str]:
        """The first words of the section's phrases (of one kind, when given): a word that starts none
        of them needs no lookup of the phrases from there."""
        return self._starters[(section == "social", darija, kind)]

    @cached_property
    def _phrase_sizes(self) -> dict[tuple[bool, bool], dict[str, tuple[int, ...]]]:
        # Per first word, the lengths of the phrases it starts, longest first: only those are looked up.
        sizes: dict[tuple[bool, bool], dict[str, set[int]]] = {key: defaultdict(set) for key in self._tables}
        for key, table in self._tables.items():
            for phrase in table:
                sizes[key][phrase[0]].add(len(phrase))
        return {
            key: {word: tuple(sorted(found, reverse=True)) for word, found in per_word.items()}
            for key, per_word in sizes.items()
        }

    @cached_property
    def _tables(self) -> dict[tuple[bool, bool], dict[Phrase, str]]:
        # Built once (the lexicon never changes once loaded): Darija words win in a Darija message.
        return {
            (social, darija): {**tables["plain"], **tables[DARIJA]} if darija else tables["plain"]
            for social, tables in ((True, self.social), (False, self.concepts))
            for darija in (False, True)
        }

    @cached_property
    def _starters(self) -> dict[tuple[bool, bool, str | None], frozenset[str]]:
        kinds = {None, *SOCIAL_KINDS}
        return {
            (social, darija, kind): frozenset(
                phrase[0] for phrase, token in table.items() if kind is None or token == kind
            )
            for (social, darija), table in self._tables.items()
            for kind in kinds
        }

    def conceptualise(self, found: Iterable[tuple[str, bool]], darija: bool = False) -> tuple[tuple[str, bool], ...]:
        """(stem, is_stop) pairs with each lexicon phrase replaced by its concept token (never a stop
        word), longest phrase first; filler phrases are left out, and what was around them is read again
        as one ("what exactly did the minister say" is "what did the minister say")."""
        table = self.table("concepts", darija)
        found = tuple(found)
        if not table:
            return found
        read, filler = self._read(found, table, darija)
        if filler:
            without_filler = tuple(pair for position, pair in enumerate(found) if position not in filler)
            read, _ = self._read(without_filler, table, darija)
        return read

    def _read(
        self, found: tuple[tuple[str, bool], ...], table: dict[tuple[str, ...], str], darija: bool
    ) -> tuple[tuple[tuple[str, bool], ...], set[int]]:
        """One reading of `conceptualise`, and the positions of the filler it left out."""
        filler: set[int] = set()
        words = [word for word, _ in found]
        starters = self.starters("concepts", darija)
        sizes = self._phrase_sizes[(False, darija)]
        result: list[tuple[str, bool]] = []
        position = 0
        while position < len(words):
            word = words[position]
            if word in starters:
                pass
            elif word.endswith("ه") and len(word) >= 5 and word[:-1] in starters:
                words[position] = word[:-1]  # "its" on an Arabic noun: أهدافه reads as أهداف
            elif word.startswith("ف") and len(word) >= 4 and word[1:] in starters:
                words[position] = word[1:]  # Darija "in" on a noun without its article: فجمعية, in an association
            elif word.startswith("و") and len(word) >= 4 and (bare := _and_on(word)) in starters:
                words[position] = bare  # "and" on a name: وبرنامج الأمم المتحدة الإنمائي
            elif _ELIDED.match(word) and word[1:] in starters:
                words[position] = word[1:]  # French elision typed without its apostrophe: ladresse, jannule
            else:
                result.append(found[position])  # no phrase starts here
                position += 1
                continue
            for size in sizes.get(words[position], ()):
                if position + size > len(words):
                    continue
                token = table.get(tuple(words[position : position + size]))
                if token == FILLER:
                    filler.update(range(position, position + size))
                    position += size
                    break
                if token is not None:
                    if not (
                        darija
                        or words[position] not in RELATIVE_PRONOUNS
                        or not result
                        or result[-1][0] not in RELATIVE_ANTECEDENTS
                        or position + size == len(words)
                        or words[position + size] in _ASKING_VERBS
                    ):
                        position += size  # a relative pronoun: the clause after it is not a question
                        break
                    result.append((token, False))
                    position += size
                    break
            else:
                result.append(found[position])
                position += 1
        return tuple(result), filler

    def topics_not_covered(self, text: str) -> frozenset[str]:
        """The `not_covered` groups a text names, read as plain text and as Latin-letter Darija."""
        if not self.not_covered:
            return frozenset()
        found = terms(text)
        return frozenset(
            token[len(CONCEPT_MARK) :]
            for darija in (False, True)
            for token, _ in self.conceptualise(found, darija)
            if token in self.not_covered
        )

    def darija_words(self) -> dict[str, str]:
        """The single words of the concepts given for Darija in Latin letters, each with its concept."""
        return {phrase[0]: token for phrase, token in self.concepts[DARIJA].items() if len(phrase) == 1}

    def concept_words(self) -> frozenset[str]:
        """Every single word the lexicon knows, for telling a Darija message by its words."""
        return frozenset(word for table in self.concepts.values() for words in table for word in words)


# l', j', d', m', n', s', t' before a vowel or h, run into the word on a phone ("lheure", "jannule"):
# read as the word when that is a word of the lexicon (at least four letters: "lieu" is not l'ieu).
_ELIDED = re.compile(rf"[{''.join(sorted(pooled(lambda profile: profile.elided_letters)))}][aeiouyh][a-z]{{3}}")


def _and_on(word: str) -> str:
    """An Arabic word with "and" (و) taken off, read as the word alone (وبرنامج -> the stem of برنامج).
    bot/normalize.py leaves it on where it could be the word's own first letter (وزارة)."""
    rest = terms(word[1:])
    return rest[0][0] if len(rest) == 1 else word


EMPTY = Lexicon()


AddProblem = Callable[[int | None, str, str], None]  # (line, where, message)


def _line(node: Any, key: str) -> int | None:
    lines = node.get("__lines__") if isinstance(node, dict) else None
    return lines.get(key) if isinstance(lines, dict) else None


def _items(node: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(key, value) for key, value in node.items() if not str(key).startswith("__")]


def build_lexicon(data: Any, add_problem: AddProblem) -> Lexicon:
    """Validates the parsed lexicon.yaml and compiles it; `add_problem(line, where, message)` collects problems."""
    if data is None:
        return EMPTY
    if not isinstance(data, dict):
        add_problem(None, "", "must be a mapping with the sections " + ", ".join(_SECTIONS))
        return EMPTY
    lexicon = Lexicon()
    owner: dict[tuple[str, str, Phrase], str] = {}  # (table, phrase) -> the group that has it
    tokens: dict[str, set[str]] = defaultdict(set)  # section -> its group tokens (kinds, names...)
    longest = 1
    for section, groups in _items(data):
        if section not in _SECTIONS:
            add_problem(_line(data, section), section, f"unknown section (known: {', '.join(_SECTIONS)})")
            continue
        if not isinstance(groups, dict):
            add_problem(_line(data, section), section, "must be a mapping of groups")
            continue
        for name, per_lang in _items(groups):
            where = f"{section}.{name}"
            line = _line(groups, name)
            if section == "social" and name not in SOCIAL_KINDS:
                add_problem(line, where, f"unknown social kind (known: {', '.join(SOCIAL_KINDS)})")
                continue
            if not isinstance(name, str) or not _NAME_FORM.match(name):
                add_problem(line, where, "a group name must be lowercase letters, digits and _")
                continue
            if not isinstance(per_lang, dict):
                add_problem(line, where, f"must give words per language ({', '.join(WORD_LANGUAGES)})")
                continue
            token = name if section == "social" else FILLER if section == "filler" else CONCEPT_MARK + name
            tokens[section].add(token)
            for lang, words in _items(per_lang):
                if lang not in WORD_LANGUAGES:
                    add_problem(
                        _line(per_lang, lang), where, f"unknown language {lang!r} (known: {', '.join(WORD_LANGUAGES)})"
                    )
                    continue
                if not isinstance(words, list) or not words:
                    add_problem(
                        _line(per_lang, lang), f"{where}.{lang}", "must be a non-empty list of words or phrases"
                    )
                    continue
                table_name = DARIJA if lang == DARIJA else "plain"
                tables = lexicon.social if section == "social" else lexicon.concepts
                listed: dict[str, str] = {}  # as written, case, accents and Arabic letter forms aside
                for word in words:
                    if not isinstance(word, str) or not word.strip():
                        add_problem(
                            _line(per_lang, lang),
                            f"{where}.{lang}",
                            f"{word!r} is not a word: put text in double quotes",
                        )
                        continue
                    key = phrase(word)
                    if not key:
                        add_problem(_line(per_lang, lang), f"{where}.{lang}", f"{word!r} has no letters to match")
                        continue
                    # a word twice is harmless to matching, but a list edited by hand stays tidy
                    if (first := listed.get(folded := fold(word))) is not None:
                        add_problem(
                            _line(per_lang, lang), f"{where}.{lang}", f"{word!r} is already listed as {first!r}"
                        )
                        continue
                    listed[folded] = word
                    kind = "social" if section == "social" else "concepts"
                    previous = owner.get((kind, table_name, key))
                    if previous is not None and previous != where:
                        add_problem(
                            _line(per_lang, lang),
                            f"{where}.{lang}",
                            f"{word!r} is also in {previous}: a word means one thing",
                        )
                        continue
                    owner[(kind, table_name, key)] = where
                    tables[table_name][key] = token
                    longest = max(longest, len(key))
                    if section == "names" and lang == "ar":
                        for form in _with_in_attached(word):
                            owner.setdefault((kind, table_name, phrase(form)), where)
                            tables[table_name].setdefault(phrase(form), token)
    return Lexicon(
        social=lexicon.social,
        concepts=lexicon.concepts,
        kinds=frozenset(tokens["question_kinds"]),
        names=frozenset(tokens["names"]),
        not_covered=frozenset(tokens["not_covered"]),
        longest=longest,
    )


def load_lexicon(folder: Path, read_yaml: Callable[[Path], Any], add_problem: AddProblem) -> Lexicon:
    """knowledge/lexicon.yaml if the folder has one (it is optional: without it, words match as words)."""
    path = folder / LEXICON_FILE
    if not path.exists():
        return EMPTY
    return build_lexicon(read_yaml(path), add_problem)
