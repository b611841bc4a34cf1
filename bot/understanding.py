"""Reading a message as people write it: social formulas around one or more questions.

"Bonjour, c'est où ?" is a greeting and a question; "quand et où ?" and "who funds it and which
countries take part?" are two questions; "شكرا جزيلا. ومتى سيعقد اللقاء؟" is thanks and a question.
The formulas come from the lexicon's `social` section; the questions are split at sentence ends, at a
colon after a lead-in in which the sender speaks ("I have two questions: ..."), and at "and" before a
question word, and a bare question word shares the rest of its sentence ("quand et où a lieu le
petit-déjeuner" asks when it takes place and where it takes place).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.event_day import numeric_date
from bot.language_profiles import PROFILES, pooled
from bot.languages import is_latin_darija
from bot.lexicon import CONCEPT_MARK, Lexicon
from bot.normalize import (
    ARABIC_AND,
    ARABIC_PREPOSITIONS,
    fold,
    pooled_stems,
    says_not,
    terms,
    where_typed_without_accent,
)
from bot.question_words import (
    FROM_WORDS,
    INVERSION,
    OPENING_QUESTION_WORDS,
    QUESTION_MARKS,
    QUESTION_WORDS,
    YES_OR_NO_WORDS,
    asks_something,
)
from bot.sentences import sentences

MAX_QUESTIONS = 3  # a longer list is a letter, not a chat message: its first questions are answered
_REQUEST_OPENERS = pooled_stems(lambda p: p.request_openers)
_BEFORE_A_REQUEST = pooled_stems(lambda p: p.before_a_request)
# A chunk: a run of non-space characters, with trailing commas and such that join it to the next.
CHUNK = re.compile(r"\S+")
CONJUNCTIONS = pooled(lambda profile: profile.and_words)
# "as well as", « ainsi que », «بالإضافة إلى»: "and", written in one word, so that a list splits there too
_AND_PHRASES = {phrase.casefold(): word for profile in PROFILES for phrase, word in profile.and_phrases.items()}
_AND_PHRASE = re.compile(r"\b(?:" + "|".join(map(re.escape, _AND_PHRASES)) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    """What a message holds: its social formulas (greeting, thanks...) and its questions, in order."""

    social: tuple[str, ...]
    questions: tuple[str, ...]

    @property
    def only_social(self) -> bool:
        return bool(self.social) and not self.questions


@dataclass(frozen=True)
class _Chunk:
    text: str
    words: tuple[str, ...]  # its stems, as the lexicon compares them


# A French verb inverted in the plural ("participent-elles"): its subject may be two, joined by "et".
_PLURAL_INVERSION = re.compile(r"\w-(?:t-)?(?:ils|elles)\b", re.IGNORECASE)
_SUBJECT_CHUNKS = 3  # at most, a question word and one subject before "et" ("Comment les communes")
# The article or determiner that opens a French subject ("les communes", "l'OIM", "ces ONG")
_ARTICLE = re.compile(r"(?:le|la|les|un|une|des|ce|ces|cet|cette|nos|vos|leurs)$|l['’]", re.IGNORECASE)
SYMBOLS_FOR_AND = frozenset({"+", "&"})  # "the address + is there parking"
# A question that ends on "ou" asks where ("c'est ou ?", "quand et ou"): "or" never ends one. Done on the
# message, not in bot/normalize.py, where the lexicon's own "c ou" would become "c où".
_TRAILING_OU = re.compile(r"\bou(?=[\s?!.]*$)", re.IGNORECASE)


def _chunks(sentence: str) -> list[_Chunk]:
    return [
        _Chunk(raw, ("and",) if raw in SYMBOLS_FOR_AND else tuple(word for word, _ in terms(raw)))
        for raw in CHUNK.findall(sentence)
    ]


def _strip_social(
    chunks: list[_Chunk], table: dict[tuple[str, ...], str], longest: int, found: list[str]
) -> list[_Chunk]:
    """Takes social formulas off both ends of a sentence (whole chunks only), noting their kinds."""

    def formula_at(sequence: list[_Chunk]) -> int:
        """How many chunks at the start of `sequence` form a formula (0: none), longest first."""
        best = 0
        words: list[str] = []
        for count, chunk in enumerate(sequence[: longest + 1], start=1):
            words.extend(chunk.words)
            if len(words) > longest:
                break
            kind = table.get(tuple(words)) if words else None
            if kind is not None:
                best = count
                best_kind = kind
        if best:
            found.append(best_kind)
        return best

    changed = True
    while chunks and changed:
        changed = False
        # Punctuation or an emoji alone, or the "and" after a formula ("au revoir et bonne journée"; a
        # message may begin with "ou", typed for "où").
        if not chunks[0].words or (found and len(chunks) > 1 and all(word in CONJUNCTIONS for word in chunks[0].words)):
            chunks = chunks[1:]
            changed = True
            continue
        if found and len(chunks) > 1 and chunks[-1].words and all(word in CONJUNCTIONS for word in chunks[-1].words):
            chunks = chunks[:-1]  # "au revoir et | à vendredi"
            changed = True
            continue
        taken = formula_at(chunks)
        if taken:
            chunks = chunks[taken:]
            changed = True
            continue
        # The longest formula closing the sentence, read from its end one chunk at a time.
        taken, taken_kind = 0, ""
        words: tuple[str, ...] = ()
        for size in range(1, min(len(chunks), longest) + 1):
            words = chunks[-size].words + words
            if len(words) > longest:
                break
            kind = table.get(words) if words else None
            # A greeting closes no message: "the agenda for the morning" keeps its morning.
            if kind is not None and kind != "greeting":
                taken, taken_kind = size, kind
        if taken:
            found.append(taken_kind)
            chunks = chunks[:-taken]
            changed = True
    return chunks


def _drop_politeness(
    chunks: list[_Chunk], table: dict[tuple[str, ...], str], longest: int, found: list[str], starters: frozenset[str]
) -> list[_Chunk]:
    """Politeness inside a sentence ("could you kindly tell me", "je me permets de vous écrire pour
    savoir", "المرجو إفادتي") says nothing about what is asked: taken out wherever it stands."""
    kept: list[_Chunk] = []
    position = 0
    while position < len(chunks):
        if not chunks[position].words or chunks[position].words[0] not in starters:
            kept.append(chunks[position])
            position += 1
            continue
        words: list[str] = []
        taken = 0
        for count, chunk in enumerate(chunks[position : position + longest], start=1):
            words.extend(chunk.words)
            if len(words) > longest:
                break
            if words and table.get(tuple(words)) == "politeness":
                taken = count
        if taken:
            found.append("politeness")
            position += taken
        else:
            kept.append(chunks[position])
            position += 1
    return kept


def asks_yes_or_no(question: str) -> bool:
    """A question with a question mark that asks no who, what or when ("Does IOM run classes?",
    "L'OIM organise-t-elle des cours ?", «هل تنظم المنظمة دورات؟»)."""
    return question.rstrip().endswith(QUESTION_MARKS) and _asks_only_yes_or_no(
        (word for word, _ in terms(question)), QUESTION_WORDS
    )


def _asks_only_yes_or_no(words: Iterable[str], question_words: frozenset[str]) -> bool:
    """No question word but a yes-or-no one ("does", «هل»): no who, what or when is asked."""
    return all(word in YES_OR_NO_WORDS or word not in question_words for word in words)


def _is_question_word(chunk: _Chunk, question_words: frozenset[str]) -> bool:
    return bool(chunk.words) and chunk.words[0] in question_words


def _asks(chunks: list[_Chunk], question_words: frozenset[str]) -> bool:
    """A question word anywhere (French puts it last: "il faut s'habiller comment"), or a French
    inverted verb ("qu'a-t-il donné", "peut-on venir"). «من» asks "who" only where it opens the clause:
    further on it is "from" or "than" («أحسن من البرامج الأخرى»)."""
    words = [word for chunk in chunks for word in chunk.words]
    return any(
        word in question_words and (position == 0 or word not in ARABIC_PREPOSITIONS)
        for position, word in enumerate(words)
    ) or any(INVERSION.search(chunk.text) for chunk in chunks)


def _inside_phrases(
    chunks: list[_Chunk], table: dict[tuple[str, ...], str], longest: int, starters: frozenset[str]
) -> set[int]:
    """The chunks inside a lexicon phrase of several chunks: the "and" of "the Global Forum on Migration
    and Development" is part of a name, not a place to split. `starters`: the phrases' first words."""
    inside: set[int] = set()
    if not any(word in CONJUNCTIONS for chunk in chunks for word in chunk.words):
        return inside  # no "and" to keep whole
    for start in range(len(chunks)):
        if not chunks[start].words or chunks[start].words[0] not in starters:
            continue
        words: list[str] = []
        for end in range(start, len(chunks)):
            words.extend(chunks[end].words)
            if len(words) > longest:
                break
            if end - start >= 2 and tuple(words) in table:
                inside.update(range(start + 1, end))
    return inside


def _split_on_and(
    chunks: list[_Chunk], question_words: frozenset[str], in_a_phrase: set[int] | None = None
) -> list[list[_Chunk]]:
    """'who funds it and which countries...' -> two parts; 'متى وأين' -> two parts. `in_a_phrase`: the
    positions of chunks inside a lexicon phrase, never split at."""
    parts: list[list[_Chunk]] = [[]]
    for index, chunk in enumerate(chunks):
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if (
            index not in (in_a_phrase or ())
            and chunk.words
            and chunk.words[0] in CONJUNCTIONS
            and len(chunk.words) == 1
            and following is not None
            and parts[-1]
            and not _joins_two_subjects(parts[-1], chunks[index + 1 :], question_words)
            and (
                _is_question_word(following, question_words)
                or _asks(parts[-1], question_words)
                and (
                    _asks(chunks[index + 1 :], question_words)
                    # "what time does it start, and will you reimburse my ticket?": it opens a question
                    or bool(following.words)
                    and following.words[0] in OPENING_QUESTION_WORDS
                )
                or _opens_a_request(chunks[index + 1 :])
            )
        ):
            parts.append([])  # "who funds it and which countries", "c'est quand et il faut s'habiller comment"
            continue
        raw = chunk.text
        if raw.startswith(ARABIC_AND) and parts[-1] and len(raw) > 2:
            rest = _Chunk(raw[1:], tuple(word for word, _ in terms(raw[1:])))
            if (
                _is_question_word(rest, question_words)
                and chunk.words[:1] == rest.words[:1]
                and not _darija_negation(rest, following)
            ) or (_opens_a_request([rest]) and _asks(parts[-1], question_words)):
                parts.append([rest])
                continue
            # «وفي أي ساعة», «ومع شحال»: "and" on a preposition before a question word
            if (
                rest.text in ARABIC_PREPOSITIONS
                and following is not None
                and _is_question_word(following, question_words)
            ):
                parts.append([rest])
                continue
        parts[-1].append(chunk)
    parts = [part for part in parts if part]
    # A bare question word ("quand" in "quand et où a lieu le petit-déjeuner") shares the subject of the
    # next part that has one: what follows that part's question word («متى وأين سيقام الفطور، وكيف ...»).
    if len(parts) > 1 and len(parts[-1]) > 1:
        parts = [
            part + next(later for later in parts[at:] if len(later) > 1)[1:]
            if len(part) == 1 and _is_question_word(part[0], question_words)
            else part
            for at, part in enumerate(parts, start=1)
        ]
    # One asked last after a yes-or-no question («هل سيتم نشر تقرير نهائي ومتى؟», "will a report be
    # published, and when?") asks it of what that question is about (after "where", "when" is its own).
    elif (
        len(parts) > 1
        and len(parts[-1]) == 1
        and _is_question_word(parts[-1][0], question_words)
        and len(parts[-2]) > 1
        and parts[-2][0].words[:1]
        and parts[-2][0].words[0] in YES_OR_NO_WORDS
        and _asks_only_yes_or_no((word for chunk in parts[-2] for word in chunk.words), question_words)
    ):
        parts[-1] = parts[-1] + parts[-2][1:]
    return parts


def _joins_two_subjects(before: list[_Chunk], after: list[_Chunk], question_words: frozenset[str]) -> bool:
    """ "Comment les communes et les régions participent-elles ... ?": "et" joins the two subjects of one
    French question: a question word, a subject opening on its article (no verb: "Comment je m'inscris et
    ..." is two questions), and, after the second subject, the verb of both inverted in the plural."""
    return (
        2 <= len(before) <= _SUBJECT_CHUNKS
        and _is_question_word(before[0], question_words)
        and bool(_ARTICLE.match(before[1].text))
        and not any(_is_question_word(chunk, question_words) for chunk in after)
        and any(_PLURAL_INVERSION.search(chunk.text) for chunk in after[:_SUBJECT_CHUNKS])
    )


def _opens_a_request(chunks: list[_Chunk]) -> bool:
    """Do the chunks open a request of their own ("me préciser le budget", «إخباري بمكان ...»)?"""
    words = (word for chunk in chunks for word in chunk.words)
    # past "me" ("et me préciser") or "could you" ("and could you tell"); not "et nous avons"
    return next((word for word in words if word not in _BEFORE_A_REQUEST), None) in _REQUEST_OPENERS


def _darija_negation(chunk: _Chunk, following: _Chunk | None) -> bool:
    """«ما عندوش»: in Darija «ما» before a verb ending in «ش» says "not", it does not ask "what"."""
    return following is not None and says_not(fold(chunk.text), fold(following.text))


def understand(
    message: str, lexicon: Lexicon, question_words: frozenset[str] = QUESTION_WORDS, event_day: date | None = None
) -> Message:
    """Splits a message into its social formulas and its questions (raw text, in the order written).
    `event_day`: the event's day, written in figures ("26/01", "26.01.2018") is read as its day alone."""
    text = where_typed_without_accent(unicodedata.normalize("NFKC", message or ""))
    if event_day is not None:
        text = numeric_date(event_day).sub(f" {event_day.day} ", text)
    text = _AND_PHRASE.sub(lambda found: _AND_PHRASES[found.group(0).casefold()], text)
    darija = is_latin_darija(text)
    table = lexicon.table("social", darija)
    concepts = lexicon.table("concepts", darija)
    concept_starters = lexicon.starters("concepts", darija)
    polite_starters = lexicon.starters("social", darija, "politeness")
    longest = lexicon.longest
    social: list[str] = []
    questions: list[str] = []
    for sentence in sentences(text, lambda before, clause: _keeps_its_reason(before, clause, lexicon, darija)):
        chunks = _strip_social(_chunks(sentence), table, longest, social)
        chunks = _drop_politeness(chunks, table, longest, social, polite_starters)
        in_a_phrase = _inside_phrases(chunks, concepts, longest, concept_starters)
        for part in _split_on_and(chunks, question_words, in_a_phrase):
            if any(chunk.words for chunk in part):
                questions.append(_TRAILING_OU.sub("où", " ".join(chunk.text for chunk in part)))
    return Message(tuple(dict.fromkeys(social)), tuple(_the_first_questions(questions)))


# What one wants done, which a clause after a question may name ("Who do I contact, so that I can cancel?")
_REQUESTS = frozenset(CONCEPT_MARK + concept for concept in ("cancel", "change", "colleague", "my_reply"))


def _keeps_its_reason(before: str, clause: str, lexicon: Lexicon, darija: bool) -> bool:
    """A clause after a question is what is asked when the question names nothing ("Ça pose problème, car mon
    badge n'est pas arrivé ?") or the clause names what one wants done (bot/reasons.py)."""
    asked = lexicon.conceptualise(terms(before), darija)
    names_nothing = all(is_stop or word in QUESTION_WORDS or word in lexicon.kinds for word, is_stop in asked)
    return names_nothing or any(word in _REQUESTS for word, _ in lexicon.conceptualise(terms(clause), darija))


def _the_first_questions(parts: list[str]) -> list[str]:
    """At most MAX_QUESTIONS parts, in the order written: the first that ask something (a question word
    or mark), then the statements just before them. A letter's two sentences of who writes and why do
    not push out its second question."""
    if len(parts) <= MAX_QUESTIONS:
        return parts
    # Three sentences with a question mark or word ("How do I cancel. ...") are the questions, before a
    # statement whose only question word may mean "from" («أنا من طنجة», but «شكون المنظمين.» asks)
    marked = [at for at, part in enumerate(parts) if asks_something([part], besides=FROM_WORDS) or _opens_asking(part)]
    asking = marked if len(marked) >= MAX_QUESTIONS else [at for at, part in enumerate(parts) if asks_something([part])]
    if not asking:  # statements only: the first ones, as written
        return parts[:MAX_QUESTIONS]
    kept = set(asking[:MAX_QUESTIONS])
    for at in [*range(asking[0] - 1, -1, -1), *range(len(parts))]:  # the nearest before, then in order
        if len(kept) >= MAX_QUESTIONS:
            break
        kept.add(at)
    return [parts[at] for at in sorted(kept)]


def _opens_asking(part: str) -> bool:
    """A question word first asks, even one that may mean "from" elsewhere («شكون» reads «من هو»); the words
    that ask only first ("was", "did") are already counted by `asks_something`."""
    said = terms(part)
    return bool(said) and said[0][0] in QUESTION_WORDS


def asks(text: str, question_words: frozenset[str] = QUESTION_WORDS) -> bool:
    """The text asks something: a question word where it asks, or a French inverted verb."""
    return _asks([_Chunk(text, tuple(word for word, _ in terms(text)))], question_words)
