"""Finding the entry that answers a question: fuzzy token matching weighted by rarity, with three outcomes.

Why not a single rapidfuzz scorer over the phrasings: token_set_ratio gives 100 as soon as one string's
words are a subset of the other's, and WRatio rates unrelated sentences around 86-90, so neither can
tell "the capital of Serbia" from "which countries take part". Here each query token is matched to the
knowledge base's vocabulary (exactly, or with rapidfuzz for typos), weighted by how rare it is (IDF),
and an entry is confident only when it explains most of the question's weight: words the knowledge
base has never seen ("weather", "visa", "capital") count against every entry.

The index is built once per knowledge base; a question costs dictionary look-ups and a fuzzy search per unknown word.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from bot.darija_reading import DarijaReader
from bot.knowledge import Entry, KnowledgeBase
from bot.languages import DEFAULT_LANGUAGE, LANGUAGES, guess_language, is_latin_darija, is_romanised, script_language
from bot.lexicon import CONCEPT_MARK, EMPTY
from bot.match_index import PhrasingIndex
from bot.match_names import PROGRAMME_MAKERS, with_the_colleague_named, with_the_event_named, with_the_programme_named
from bot.match_query import FuzzyVocabulary, _counted, _Phrasing, _Query, names_in
from bot.normalize import numbers_in_words, terms
from bot.verdict import Match, Outcome

# Calibrated on tests/data/questions.yaml only (tests/data/heldout.yaml checks them); scores are 0-100.
# A confident answer needs a good score and a lead over the runner-up: the confidence is the score
# plus half the lead, so a middling score that stands far above every other entry still answers,
# while two close candidates make a "did you mean".
ANSWER_FLOOR = 45.0
ANSWER_CONFIDENCE = 66.0
LEAD_WEIGHT = 0.5
MIN_LEAD = 3.0  # two entries within this of each other are a question to ask back, however high they score
SUGGEST_THRESHOLD = 40.0  # below this the best candidate is not worth offering: fallback
# Words the knowledge base has never seen, as a share of the question's weight: in-scope questions
# rarely have any, while "a visa for Switzerland" or "UNDP salary scale" are mostly made of them.
MAX_UNKNOWN_TO_ANSWER = 0.3
MAX_UNKNOWN_TO_SUGGEST = 0.4
MAX_SUGGESTIONS = 3
SPECIFIC_SHARE = 0.25  # a word in at most a quarter of the entries says what a question is about
MAX_QUERY_TOKENS = 40  # a 10,000-character message is not a question; its first words are enough
STOP_WORD_FACTOR = 0.15  # "what", "the", "de", "في" weigh little, but a question made only of them still matches
# A question of a kind (how long, where...) that no phrasing of an entry asks is unlikely to be about
# it: "how long does the breakfast last" is not the programme's dates.
KIND_MISMATCH_FACTOR = 0.8
# Scores are rounded: sums of the same weights in another order differ in their last bits, and the order
# of a set's words changes with Python's hash seed; two entries tied are then ranked by their place in the
# knowledge base, so an answer never depends on the run.
_SCORE_DIGITS = 9
# A "did you mean" with a single entry well ahead of the rest is answered instead, from this score on.
TENTATIVE_FLOOR = ANSWER_FLOOR
WHO = CONCEPT_MARK + "who"
HOW_TO = CONCEPT_MARK + "how_to"
# "Why did it last four years?" asks a reason: an entry that never says why is not its answer, whatever
# other kind the question also names.
_WHY = CONCEPT_MARK + "why"


def _says_nothing(term: tuple[str, bool]) -> bool:
    word, is_stop = term
    return is_stop and not word.startswith(CONCEPT_MARK) and not word.isdigit()


ABOUT_ATTENDING = frozenset({"event", "practical"})  # the categories of the event's entries and the practical ones


class Matcher:
    def __init__(self, kb: KnowledgeBase):
        # One message's parts are read several times (matched, checked for a topic, a kind, a name...):
        # kept for the few messages just read, not more (a repeated benchmark would flatter a larger cache).
        self._terms_read = lru_cache(maxsize=32)(self._read_terms)
        self.kb = kb
        self.entries = kb.entries
        self.lexicon = getattr(kb, "lexicon", EMPTY)
        self._darija = DarijaReader(self.lexicon, ())  # the phrasings' own words: read with the lexicon alone
        self._social_categories = frozenset(category.id for category in kb.categories if not category.menu)
        self.social = [entry.category in self._social_categories for entry in self.entries]
        # The event's own day ("on the 26th", «يوم 26») sets the scene; it asks about no other date.
        self.event_day = str(kb.logistics.event_date.day) if hasattr(kb, "logistics") else ""
        self.entry_kinds: list[frozenset[str]] = []
        self.entry_counted: list[frozenset[str]] = []  # what its "how many" phrasings count (§countries)
        # The numbers its answers write in words ("seven other countries"): "the 7 other countries".
        self.entry_numbers = [numbers_in_words(" ".join(entry.answer.values())) for entry in self.entries]
        phrasing_tokens: list[tuple[int, str, tuple[str, ...]]] = []
        entry_vocab: list[set[str]] = [set() for _ in self.entries]
        keyword_vocab: list[set[str]] = [set() for _ in self.entries]
        language_vocab: list[dict[str, set[str]]] = [{lang: set() for lang in LANGUAGES} for _ in self.entries]
        self.stop_words: set[str] = set()
        for index, entry in enumerate(self.entries):
            kinds: set[str] = set()
            counted: set[str] = set()
            for lang in LANGUAGES:
                for phrasing in (*entry.questions.get(lang, ()), entry.title.get(lang, "")):
                    found = self.terms(phrasing, darija=is_romanised(phrasing, lang))
                    kinds.update(word for word, _ in found if word in self.lexicon.kinds)
                    counted_here = _counted(found)
                    if counted_here:
                        counted.add(counted_here)
                    if found:
                        phrasing_tokens.append((index, lang, tuple(word for word, _ in found)))
                        entry_vocab[index].update(word for word, _ in found)
                        language_vocab[index][lang].update(word for word, _ in found)
                        self.stop_words.update(word for word, is_stop in found if is_stop)
            self.entry_counted.append(frozenset(counted))
            for lang in LANGUAGES:
                for keyword in entry.keywords.get(lang, ()):
                    content = [word for word, is_stop in self.terms(keyword) if not is_stop]
                    keyword_vocab[index].update(content)
                    entry_vocab[index].update(content)
                    language_vocab[index][lang].update(content)
            if not self.lexicon.names.isdisjoint(entry_vocab[index]):
                kinds.add(WHO)  # an entry that lists names answers "who": "who are the participating countries?"
            self.entry_kinds.append(frozenset(kinds))
        document_frequency: dict[str, int] = defaultdict(int)
        for vocab in entry_vocab:
            for token in vocab:
                document_frequency[token] += 1
        count = max(len(self.entries), 1)
        self.idf = {
            token: math.log(1 + count / df) * (STOP_WORD_FACTOR if token in self.stop_words else 1.0)
            for token, df in document_frequency.items()
        }
        # A word the knowledge base has never seen weighs like a rare one: it is what the question is about.
        self.unknown_weight = math.log(1 + count / 1.5)
        # Phrasings that read the same once folded into concepts ("où est le lieu", "where is the venue")
        # are scored once: the best phrasing of an entry is all that counts.
        unique = {(index, frozenset(found)): lang for index, lang, found in phrasing_tokens}
        self.phrasings = [
            _Phrasing(index, lang, found, sum(self.idf[token] for token in found))
            for (index, found), lang in unique.items()
        ]
        self.entry_vocab = [frozenset(vocab) for vocab in entry_vocab]
        self.keyword_vocab = [frozenset(vocab) for vocab in keyword_vocab]
        self.entry_names = [
            names_in(entry.answer.values(), self.keyword_vocab[i]) | (self.entry_vocab[i] & self.lexicon.names)
            for i, entry in enumerate(self.entries)
        ]
        self._named = frozenset().union(*self.entry_names)
        self.index = PhrasingIndex(self.phrasings, self.idf, self.stop_words, self.entry_vocab, self.keyword_vocab)
        self.entry_postings, self.keyword_postings = self.index.entry_postings, self.index.keyword_postings
        # Kinds of question no entry's phrasings ask (a sum of money, «الميزانية»): asked, they name what the
        # knowledge base does not cover, as "phase 1" does.
        self.unanswered_kinds = frozenset(kind for kind in self.lexicon.kinds if not self.entry_postings.get(kind))
        self.language_vocab = [
            {lang: frozenset(vocab) for lang, vocab in per_lang.items()} for per_lang in language_vocab
        ]
        self.vocabulary = FuzzyVocabulary(self.idf, self.lexicon.table("concepts", False))
        self._darija = DarijaReader(self.lexicon, self.idf)
        self._terms_read.cache_clear()  # the phrasings were read with the lexicon alone
        self._similar = lru_cache(maxsize=16384)(self.vocabulary.similar)

    def terms(self, text: str, darija: bool = False) -> tuple[tuple[str, bool], ...]:
        """A text's (stem, is_stop) pairs with the lexicon's phrases read as their concepts."""
        return self._terms_read(text, darija)

    def _read_terms(self, text: str, darija: bool = False) -> tuple[tuple[str, bool], ...]:
        found = terms(text)
        if darija:
            found = self._darija.words(found)
        named = with_the_event_named(self.lexicon.conceptualise(found, darija), text)
        return with_the_colleague_named(with_the_programme_named(named), self.lexicon.kinds)

    def match(
        self,
        question: str,
        preferred_lang: str = DEFAULT_LANGUAGE,
        *,
        context: str = "",
        exclude: frozenset[str] = frozenset(),
        darija: bool | None = None,
        ignore: frozenset[str] = frozenset(),
    ) -> Match:
        """`context`: the question before it in the same message, whose topic words (not its question
        words) fill in what "it" stands for; `exclude`: entries already answered, never the answer;
        `ignore`: words (as `terms` reads them) read as not said, in the question or its context;
        `darija`: the whole message is Latin-letter Darija, which a short part ("fin") may not show."""
        question = question or ""
        preferred = preferred_lang if preferred_lang in LANGUAGES else DEFAULT_LANGUAGE
        script = script_language(question)
        darija = is_latin_darija(question) if darija is None else darija
        # Darija in Latin letters shows no language of ours: the user's own language answers it.
        lang = preferred if darija else guess_language(question) or preferred
        if script is None:  # no letter at all ("2", "🙂", "?!"): nothing to match, whatever the digits say
            return Match(Outcome.FALLBACK, None, 0.0, lang)
        query = tuple(term for term in self.terms(question[:2000], darija) if term[0] not in ignore)[:MAX_QUERY_TOKENS]
        if context:
            known = {word for word, _ in query}
            query += tuple(
                (word, is_stop)
                for word, is_stop in self.terms(context[:2000], is_latin_darija(context))
                if (not is_stop or word.isdigit()) and word not in self.lexicon.kinds and word not in known | ignore
            )[: max(0, MAX_QUERY_TOKENS - len(query))]
        if not query:
            return Match(Outcome.FALLBACK, None, 0.0, lang)
        prepared = self._prepare(query)
        scores = self._score_entries(prepared)
        if exclude:
            scores = {index: score for index, score in scores.items() if self.entries[index].id not in exclude}
        # Small talk never answers a question about a topic it does not know: "how did the programme
        # help Morocco" is not "how can you help me".
        topics = [word for word in prepared.words if word.startswith(CONCEPT_MARK) and word not in self.lexicon.kinds]
        if topics:
            scores = {
                index: score
                for index, score in scores.items()
                if not (self.social[index] and any(index not in self.entry_postings.get(word, ()) for word in topics))
            }
        if not scores:
            return Match(Outcome.FALLBACK, None, 0.0, lang)
        ranked = _ranked(scores)
        best_index, best_score = ranked[0]
        if script == "latin" and not darija and guess_language(question) is None and prepared.is_sentence:
            lang = prepared.best_language(self.language_vocab[best_index], lang)
        best = self.entries[best_index]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        unknown_share = prepared.unknown_share
        # Latin letters only: an Arabic verb's inflected forms ("يتناقشو") are found through the fuzzy match.
        guessed = script == "latin" and prepared.only_guessed
        # Only function words ("what should I do?", but not "merci"), or "how" and nothing it is asked of
        # ("comment ?"): what it is about is not said, so it is asked back.
        guessed = guessed or (
            not self.social[best_index] and all(term[0] == HOW_TO or _says_nothing(term) for term in query)
        )
        lead = best_score - runner_up
        confidence = best_score + LEAD_WEIGHT * lead
        if (
            best_score >= ANSWER_FLOOR
            and confidence >= ANSWER_CONFIDENCE
            and lead >= MIN_LEAD
            and unknown_share < MAX_UNKNOWN_TO_ANSWER
            and not self._asks_another_kind(prepared, best_index)
            and not guessed
            and not self._names_another_categorys_topic(prepared, best_index)
        ):
            second = self.entries[ranked[1][0]].id if len(ranked) > 1 else None
            return Match(Outcome.ANSWER, best, round(best_score, 1), lang, runner_up=second)
        # A topic no entry covers ("the IOM representative's name", lexicon not_covered): nothing to offer.
        if best_score >= SUGGEST_THRESHOLD and unknown_share < MAX_UNKNOWN_TO_SUGGEST and not prepared.not_covered:
            floor = max(SUGGEST_THRESHOLD, best_score - 20)
            candidates = [index for index, score in ranked[:MAX_SUGGESTIONS] if score >= floor]
            if not all(self.social[index] for index in candidates):  # small talk is never offered beside a real answer
                candidates = [index for index in candidates if not self.social[index]]
            # The one clear candidate of the kind asked is answered, "if I understand you correctly".
            fitting = [index for index in candidates if not self._asks_another_kind(prepared, index)]
            if len(fitting) == 1 and not guessed:
                score = scores[fitting[0]]
                if (
                    score >= TENTATIVE_FLOOR
                    and unknown_share < MAX_UNKNOWN_TO_ANSWER
                    and not self._leaves_out_a_topic(prepared, fitting[0], candidates)
                    and not self._names_another_categorys_topic(prepared, fitting[0])
                ):
                    return Match(Outcome.ANSWER, self.entries[fitting[0]], round(score, 1), lang, tentative=True)
            suggestions = tuple(self.entries[index] for index in candidates)
            return Match(Outcome.SUGGEST, None, round(best_score, 1), lang, suggestions)
        return Match(Outcome.FALLBACK, None, round(best_score, 1), lang)

    def _leaves_out_a_topic(self, query: _Query, index: int, candidates: list[int]) -> bool:
        """The question names a topic of the lexicon that one other entry alone is about, and that entry is
        far behind ("where will the Global Forum be held" of the breakfast's venue): "if I understand you
        correctly" would answer another question than the one asked. So it would when that entry leads,
        though of another kind. (Close behind, it is a real choice: "whom do I tell if I must cancel" is
        the contact, not cancelling.)"""
        return any(owner not in candidates or owner == candidates[0] for owner in self._other_owners(query, index))

    def _names_another_categorys_topic(self, query: _Query, index: int) -> bool:
        """The question names a topic of the lexicon that one entry of another category alone is about
        ("who runs the Entraide nationale?", the Entraide being the social results' topic, of the
        programme's partners): the entry, which never names it, does not answer it outright."""
        category = self.entries[index].category
        # The event's own entries and the practical ones name other topics as a matter of course: "will the
        # GFMD be discussed?", "can I bring a colleague from the Entraide?"
        if category in ABOUT_ATTENDING:
            return False
        return any(self.entries[owner].category != category for owner in self._other_owners(query, index))

    def _other_owners(self, query: _Query, index: int) -> list[int]:
        """The entries other than this one that are alone in being about a topic the question names."""
        return [
            owners[0]
            for word in query.words
            if word.startswith(CONCEPT_MARK)
            and word not in self.lexicon.kinds
            and word not in PROGRAMME_MAKERS  # IOM and UNDP name the programme, not only themselves
            and len(owners := self.entry_postings.get(word, [])) == 1
            and index not in owners
        ]

    def _may_ask_another_kind(self, query: _Query) -> bool:
        """Whether `_asks_another_kind` can hold for any entry: only when the question names a kind, a
        number, something counted, a topic not covered or a name (most questions name none of them).
        Kept beside it, in step with its conditions."""
        named = query.kinds or query.numbers or query.counted or query.not_covered or query.names
        return bool(named) or not self._named.isdisjoint(query.words)

    def _asks_another_kind(self, query: _Query, index: int) -> bool:
        """The question is of a kind none of the entry's phrasings asks ("how long" of the programme's
        dates), names a number or a name they never name, counts something they never count ("how many
        migrants" of the countries), asks about a topic no entry covers (lexicon not_covered), or asks
        about a topic they do not cover for a name they list."""
        asked_kinds = self.entry_kinds[index]
        if (query.kinds and not query.kinds & asked_kinds) or _WHY in query.kinds - asked_kinds:
            return True
        # A number the entry never mentions ("phase 1", "2019") asks about something else.
        said = self.entry_vocab[index] | self.entry_numbers[index]
        if any(number not in said and number != self.event_day for number in query.numbers):
            return True
        if query.counted and self.entry_counted[index] and query.counted not in self.entry_counted[index]:
            return True
        if query.not_covered or not query.names <= self.entry_vocab[index]:
            return True  # a name it does not name: "the objectives in Moldova" are not the programme's
        names = self.entry_names[index]  # a name it lists, with a topic it lacks: "the results in Bangladesh"
        return not names.isdisjoint(query.words) and query.topic_outside(
            self.entry_vocab[index], self.lexicon.kinds, self.keyword_postings
        )

    def topics_it_never_names(self, words: Iterable[str], entry: Entry) -> set[str]:
        """The lexicon's concepts among `words` that none of the entry's phrasings name."""
        index = self.entries.index(entry)
        return {
            word for word in words if word.startswith(CONCEPT_MARK) and index not in self.entry_postings.get(word, ())
        }

    def kinds_answered(self, entry: Entry) -> frozenset[str]:
        """The kinds of question the entry's phrasings ask ("§when", "§founded")."""
        return frozenset(self.entry_kinds[self.entries.index(entry)])

    def asks_another_kind(self, question: str, entry: Entry) -> bool:
        """Whether a question asks what the entry never answers (see `_asks_another_kind`): a "did you
        mean" for it is not to be settled as its answer."""
        query = self._prepare(self.terms(question, is_latin_darija(question))[:MAX_QUERY_TOKENS])
        return self._asks_another_kind(query, self.entries.index(entry))

    def best_guess(self, question: str) -> Entry | None:
        """The entry scoring highest for a question, however low: what a declined question came nearest to."""
        scores = self._score_entries(self._prepare(self.terms(question, is_latin_darija(question))[:MAX_QUERY_TOKENS]))
        return self.entries[_ranked(scores)[0][0]] if scores else None

    def only_names(self, text: str) -> bool:
        """Are the text's words, besides stop words, only names (lexicon names: "Tunisia", "Bangladesh")?"""
        said = {word for word, is_stop in self.terms(text, is_latin_darija(text)) if not is_stop}
        return bool(said) and said <= self.lexicon.names

    def is_specific(self, text: str) -> bool:
        """Has the text a word that only a few entries have (at most SPECIFIC_SHARE of them)?"""
        threshold = math.log(1 + 1 / SPECIFIC_SHARE)
        return any(
            self.idf.get(word, 0.0) >= threshold
            for word, is_stop in self.terms(text, is_latin_darija(text))
            if not is_stop
        )

    def has_topic(self, text: str, besides: frozenset[str] = frozenset()) -> bool:
        """Has the text a word besides its kind of question ("when", "where"), stop words and `besides`?"""
        return any(
            not is_stop and word not in self.lexicon.kinds and word not in besides
            for word, is_stop in self.terms(text, is_latin_darija(text))
        )

    def is_social(self, entry: Entry) -> bool:
        """Small talk (a category outside the menu): greetings, thanks, the bot itself."""
        return entry.category in self._social_categories

    def question_kinds(self, question: str) -> frozenset[str]:
        """The kinds of answer a question asks for (lexicon question_kinds), e.g. {"§where"}."""
        darija = is_latin_darija(question)
        return frozenset(word for word, _ in self.terms(question, darija) if word in self.lexicon.kinds)

    def _prepare(self, query: tuple[tuple[str, bool], ...]) -> _Query:
        words = tuple(dict.fromkeys(word for word, _ in query))
        stop = {word for word, is_stop in query if is_stop}
        expansions = tuple(self._similar(word, word in stop) for word in words)
        # An unknown stop word weighs little; an unknown number ("phase 1", "2023") weighs fully: it is
        # what the question is about, and the knowledge base does not have it.
        weights = tuple(
            max((self.idf[v] for v, _ in found), default=self.unknown_weight)
            * (STOP_WORD_FACTOR if word in stop and not found and not word.isdigit() else 1.0)
            for word, found in zip(words, expansions, strict=False)
        )
        found = frozenset(words)
        kinds, names, outside = found & self.lexicon.kinds, found & self.lexicon.names, found & self.lexicon.not_covered
        return _Query(words, weights, expansions, sum(weights), kinds, _counted(query), names, outside)

    def _score_entries(self, query: _Query) -> dict[int, float]:
        """Each candidate entry's score, 0-100, lowered for an entry that never answers what is asked."""
        scores = self.index.scores(query)
        if self._may_ask_another_kind(query):
            for index in scores:
                if self._asks_another_kind(query, index):
                    scores[index] *= KIND_MISMATCH_FACTOR
        return {index: round(score, _SCORE_DIGITS) for index, score in scores.items()}


def _ranked(scores: dict[int, float]) -> list[tuple[int, float]]:
    """The entries by score, best first; a tie goes to the entry first in the knowledge base."""
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
