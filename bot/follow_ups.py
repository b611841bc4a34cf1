"""A message's later questions, read after the ones before them (bot/answering.py matches each on its
own first): one that leans on an answered question ("How do I RSVP? Can I change it later?"), gives
examples of what it asked, asks of the same subject, or leans on a question the knowledge base does not
cover ("A phase 3? When does it start?"), and is declined with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from bot.event_day import names_its_date
from bot.knowledge import Entry
from bot.languages import is_latin_darija
from bot.lexicon import CONCEPT_MARK
from bot.list_items import list_items
from bot.match_names import EVENT, WHAT_IS
from bot.matcher import ABOUT_ATTENDING, Matcher
from bot.normalize import pooled_stems, terms
from bot.question_words import (
    LATIN_DARIJA_QUESTION_WORDS,
    OR_WORDS,
    QUESTION_MARKS,
    YES_OR_NO_WORDS,
    asks_something,
    has_question_word,
)
from bot.understanding import asks_yes_or_no
from bot.verdict import Match, Outcome

WHEN = CONCEPT_MARK + "when"  # the question kind "when"
# The kinds asking when something starts or ends, or how long it lasts: what a date entry answers.
_OF_DATES = frozenset(CONCEPT_MARK + kind for kind in ("when", "end", "how_long"))
TAKES_PLACE = CONCEPT_MARK + "take_place"  # "aura lieu", «سيعقد», "ykoun": the event happens; nothing asked of it
# What names no topic a question asks apart: the event happening, a day or an hour guessed
_NO_TOPIC_OF_ITS_OWN = frozenset((TAKES_PLACE, CONCEPT_MARK + "date", CONCEPT_MARK + "time_of_day"))
# Lexicon not_covered groups on what nobody announced of the breakfast itself, not another occasion.
_OF_THE_BREAKFAST_ITSELF = frozenset(
    {"recordings", "food", "amenities", "event_costs", "what_to_bring", "guest_list", "prayer", "weather"}
)

_RELATION_WORDS = pooled_stems(lambda profile: profile.relation_words)

Part = tuple[str, list[Match]]  # a question of the message and its matches
MatchPart = Callable[[str, str, "bool | None"], list[Match]]


class FollowUps:
    """`subjects`: the event's and the programme's concepts; `sides`: each side's concepts and the ids of the
    entries about it alone; `when_or_where`: the ids of the entries that say when or where; `event_date`:
    the event's day, which names the event when a question mentions it ("le 26", "tomorrow")."""

    def __init__(
        self,
        matcher: Matcher,
        subjects: frozenset[str],
        sides: tuple[tuple[frozenset[str], frozenset[str]], ...],
        when_or_where: frozenset[str],
        event_date: date | None = None,
    ):
        self.matcher = matcher
        self._event_date = event_date
        self._subjects, self._sides, self._when_or_where = subjects, sides, when_or_where
        # What one registers for, attends or pays ("a workshop in Oujda? how do I register?").
        self._occasions = subjects | {CONCEPT_MARK + "format"}
        self._actions = frozenset(CONCEPT_MARK + action for action in ("register", "attend", "amount"))
        # Asking how or why, and naming nothing ("how do I apply for it?"), is about the question before: the
        # same entry, not another one its topic words lead to.
        self._same_thing_again = frozenset(CONCEPT_MARK + kind for kind in ("how_to", "why"))
        self._what_is = frozenset((WHAT_IS,))
        # The entries about attending (the event's and the practical ones), which a question on another
        # subject never gets for its "and when?".
        self._attending = frozenset(entry.id for entry in matcher.entries if entry.category in ABOUT_ATTENDING)

    def read(self, questions: Iterable[str], lang: str, darija: bool | None, match_part: MatchPart) -> list[Part]:
        """Each question with its matches (`match_part`), read after the questions before it."""
        per_part: list[Part] = []
        declined = [Match(Outcome.FALLBACK, None, 0.0, lang)]
        # What a later question is read after: the question before, or the declined one it leaned on, which
        # the next one leans on too ("A phase 3? When did it start, and which countries are in it?").
        previous: Part | None = None
        for part in questions:
            part_matches = match_part(part, lang, darija)
            no_answer = not any(match.outcome is Outcome.ANSWER for match in part_matches)
            leans = False
            if previous and self._only_asks_what(part):
                # "Is there a deadline, and what is it?": what the question before asked, answered or not.
                part_matches = previous[1]
            elif previous and (again := self._asks_more_of_the_same(part, previous, part_matches)):
                part_matches = again
            elif previous and no_answer and asks_something((part,)):
                in_context = self._in_context(part, previous, lang, darija)
                leans = not in_context and self._leans_on_a_declined_question(part, part_matches, previous, lang)
                part_matches = in_context or (declined if leans else part_matches)
            elif previous and (more := self._says_more_of(part, previous, lang)):
                part_matches = more
            elif previous and (same := self._on_the_same_subject(part, previous, part_matches, lang)):
                part_matches = same
            elif previous and self._leans_on_a_declined_question(part, part_matches, previous, lang):
                part_matches, leans = declined, True
            per_part.append((part, part_matches))
            previous = previous if leans and previous else per_part[-1]
        return per_part

    def _in_context(
        self, part: str, previous: tuple[str, list[Match]], lang: str, darija: bool | None = None
    ) -> list[Match] | None:
        """A later question that leans on the one before ("How do I RSVP? Can I change it later?",
        "qui finance le programme et dans quels pays il intervient"), read with that one's topic words:
        kept when it then answers confidently from another entry than the one before."""
        previous_text, previous_matches = previous
        if self.asks_only_how(part):
            return None
        before = {match.entry.id for match in previous_matches if match.entry is not None}
        match = self.matcher.match(part, lang, context=previous_text, exclude=frozenset(before), darija=darija)
        if match.outcome is not Outcome.ANSWER or match.entry is None:
            return None
        # An entry only offered for the question before, which asks what it never answers ("how many
        # migrants" of the health plan?), does not answer it because a follow-up asks again ("a figure?").
        # (Asked: a statement's "qui" is no question of who.)
        offered = any(match.entry in previous.suggestions for previous in previous_matches)
        asked = previous_text.rstrip().endswith(QUESTION_MARKS)
        if offered and asked and self.matcher.asks_another_kind(previous_text, match.entry):
            return None
        # A question naming no subject is about the one the question before was answered on: "what's the
        # date and how long does it last" asks the breakfast's length, not the programme's.
        if not self._subjects.isdisjoint(words_of(self.matcher, part)):
            return [match]
        sides_before = {side for side, (_, ids) in enumerate(self._sides) if before & ids}
        sides_now = {side for side, (_, ids) in enumerate(self._sides) if match.entry.id in ids}
        return None if sides_before and sides_now and sides_before.isdisjoint(sides_now) else [match]

    def asks_only_how(self, part: str) -> bool:
        """ "How do I apply for it?", "why?": how or why, of nothing the part names. It is about the question
        before (the same entry), not another one that question's topic words lead to."""
        return not self.matcher.has_topic(part) and self.matcher.question_kinds(part) <= self._same_thing_again

    def _says_more_of(self, part: str, previous: tuple[str, list[Match]], lang: str) -> list[Match]:
        """ "Qui sera présent ? Des ministères, des ONG ?": a list with no question word of its own after an
        answered question gives examples of what that asked: its answer, not one answer per item."""
        asked = self._answered(previous[1])
        if not asked or has_question_word(part) or len(list_items(part)) < 2:
            return []
        entry = self.matcher.match(part, lang, context=previous[0]).entry
        return previous[1] if entry is not None and entry.id in asked else []

    def _on_the_same_subject(self, part: str, previous_part: Part, matches: list[Match], lang: str) -> list[Match]:
        """ "When did the programme start, and when does it end?": a question that names no subject is
        about the one the question before named, the programme's end and not the breakfast's."""
        previous, previous_matches = previous_part
        named = words_of(self.matcher, previous)
        sides = [ids for concepts, ids in self._sides if not named.isdisjoint(concepts)]
        answered = self._answered(matches)
        if not answered or not self._subjects.isdisjoint(words_of(self.matcher, part)) or self._names_the_day(part):
            return []
        if not sides and not self.matcher.has_topic(part) and self._about_something_else(previous_part, answered):
            # Of a subject that is neither the event nor the programme («من صادق على مخطط الصحة والهجرة وفي
            # اي تاريخ؟»): its own answer to that kind, or none (not the breakfast's date).
            other = self.matcher.match(part, lang, context=previous)
            if other.confident_entry:
                return [other]
            # the one offered that is not about attending: the programme's end, not the breakfast's (unless
            # the answer before says it: the health plan's answer gives its years)
            offered = [entry for entry in other.suggestions if entry.id not in self._attending]
            if len(offered) == 1 and offered[0].id not in self._answered(previous_matches):
                return [Match(Outcome.ANSWER, offered[0], other.score, other.lang, tentative=True)]
            return [Match(Outcome.FALLBACK, None, 0.0, other.lang)]
        if len(sides) != 1 or answered & sides[0]:
            return []
        other = self.matcher.match(part, lang, context=previous)
        answered_before = self._answered(previous_matches)
        if (entry := other.confident_entry) and entry.id in sides[0]:
            # ... not when that only answers the question before again, while the question answers on its own
            # and asks apart: "what are the programme's objectives, and who will attend?" asks who attends the
            # breakfast; "qui l'organise ?" after what the programme is still gets who runs the programme
            return [] if entry.id in answered_before and self._asks_apart(part, matches) else [other]
        # not quite sure, but only one of the entries offered is on the subject named ("Le programme est
        # financé par qui, et il se termine quand ?": the programme's end, not the breakfast's)
        offered = [entry for entry in other.suggestions if entry.id in sides[0]]
        if (
            other.outcome is Outcome.SUGGEST
            and not self.matcher.has_topic(part)
            and self.matcher.question_kinds(part) <= _OF_DATES  # not "and where?" of the programme
            and len(offered) == 1
            and answered_before  # not after a question declined ("phase 1 ... when did it end?")
            and offered[0].id not in answered_before
        ):
            return [Match(Outcome.ANSWER, offered[0], other.score, other.lang, tentative=True)]
        return []

    def _asks_apart(self, part: str, matches: list[Match]) -> bool:
        """The question is answered on its own, and with a topic and a question word of its own ("who will
        attend?"). Not "et il se termine quand, vendredi ?" (a day guessed is no topic), nor "Des bailleurs
        de fonds ?", "L'OIM seule ou avec d'autres ?" (no question word: "ou" there is "or", not "où")."""
        topics = {word for word in topic_words(self.matcher, part) if word.startswith(CONCEPT_MARK)}
        return (
            bool(topics - self.matcher.lexicon.kinds - _NO_TOPIC_OF_ITS_OWN)
            and has_question_word(part, besides=YES_OR_NO_WORDS | OR_WORDS)
            and any(match.confident_entry for match in matches)
        )

    def _asks_more_of_the_same(self, part: str, previous: Part, matches: list[Match]) -> list[Match]:
        """ "What is the GFMD? And when was it founded?": a question that names nothing but the kind of
        answer it wants, which the entry answered just before gives too, asks it of that entry's subject."""
        before = [match for match in previous[1] if match.confident_entry is not None]
        kinds = self.matcher.question_kinds(part)
        if len(before) != 1 or self.matcher.has_topic(part) or not kinds:
            return []
        entry = before[0].confident_entry
        # Every kind it asks, not one of them: "when does it end" is not asked of the starting time. "When"
        # beside another kind is said by that one ("when was it founded" asks the founding).
        kinds = kinds - {WHEN} or kinds
        if entry is None or entry.id in self._answered(matches) or not kinds <= self.matcher.kinds_answered(entry):
            return []
        return before

    @staticmethod
    def _answered(matches: list[Match]) -> set[str]:
        """The ids of the entries a part's matches answer confidently."""
        return {entry.id for match in matches if (entry := match.confident_entry)}

    def _about_something_else(self, previous: Part, answered: set[str]) -> bool:
        """The question before asks of what the event's and the practical entries are not about (a plan's
        results, the Compact), and the part alone got one of those (the breakfast's date)."""
        if not asks_something((previous[0],)):
            return False
        nearest = [entry for match in previous[1] for entry in (match.entry, *match.suggestions) if entry is not None]
        return (
            bool(nearest) and all(entry.id not in self._attending for entry in nearest) and answered <= self._attending
        )

    def _leans_on_a_declined_question(
        self, part: str, part_matches: list[Match], previous: tuple[str, list[Match]], lang: str
    ) -> bool:
        """ "Will there be a phase 3? When is it planned?": the second question is about the first, which
        the knowledge base does not cover; answering it alone would give the breakfast's date."""
        previous_text, previous_matches = previous
        # One that named what it is about ("phase 1", "Tunisia") and got only a "did you mean" was declined
        # too, and a later question leans on it ("Was there an event for phase 1? What happened there?")
        # unless it names its own subject ("... ? Et c'est où, le petit-déjeuner ?").
        named = any(
            word.isdigit() or word in self.matcher.lexicon.names or word in self.matcher.unanswered_kinds
            for word in words_of(self.matcher, previous_text)
        ) or bool(self.matcher.lexicon.topics_not_covered(previous_text))
        declined = (Outcome.FALLBACK, Outcome.SUGGEST) if named else (Outcome.FALLBACK,)
        if any(match.outcome not in declined for match in previous_matches):
            return self._when_of_what_was_offered(part, part_matches, previous)
        # a question by its mark, or by a question word ("et il commence à quelle heure svp"), but not "can"
        # ("cant make it to rabat"), which a statement has too, nor French "fin" read as Darija's "where"
        not_asking = YES_OR_NO_WORDS if is_latin_darija(part) else YES_OR_NO_WORDS | LATIN_DARIJA_QUESTION_WORDS
        asked = part.rstrip().endswith(QUESTION_MARKS) or has_question_word(part, besides=not_asking)
        if asked and self._about_the_breakfast_itself(previous_text, part_matches):
            return False
        # "Is it on Friday or Saturday? Which day exactly?": the question before came nearest to what this
        # one asks plainly on its own; it asked the same thing.
        own = _first_confident(part_matches)
        if not named and own is not None and own == self.matcher.best_guess(previous_text):
            return False
        specific = self.matcher.is_specific(previous_text) or self.matcher.lexicon.topics_not_covered(previous_text)
        if not (asks_something((previous_text,)) and specific):
            return False
        # Registering, attending or paying, with no occasion named, is for the occasion declined, or for
        # what a yes-or-no question asked about, far from anything the knowledge base has ("Does IOM run
        # trainings for NGOs? How do I register?"; but "who is the UN Secretary-General?" is no occasion).
        acts_on_the_declined = self._only_acts(part) and (
            not self._occasions.isdisjoint(words_of(self.matcher, previous_text))
            or all(match.outcome is Outcome.FALLBACK for match in previous_matches)
            and asks_yes_or_no(previous_text)
        )
        own_topic = self.matcher.has_topic(part) and not acts_on_the_declined
        if own_topic and self._names_a_subject(part):
            # ... unless it only asks how the programme or the event bears on it: "what is the SNIA, and is it
            # linked to this programme?" asks of the SNIA («وما علاقتها بهذا البرنامج»)
            return named and self._only_relates_to_a_subject(part)
        # After a question (not a statement), asking when or where of something else than what that question
        # came nearest to asks it of that ("Any visas for me? How long does it take?").
        if not named and not previous_text.rstrip().endswith((".", "!")):
            own = next((found for match in part_matches for found in (match.entry, *match.suggestions) if found), None)
            if own is not None and own.id in self._when_or_where and own != self.matcher.best_guess(previous_text):
                return True
        if own_topic and not named:
            return False
        # Nothing of its own but when or where it happens ("... la prochaine session du FMMD, et ça se
        # tiendra où ?"): it asks that of the topic declined before.
        happening = frozenset((TAKES_PLACE,))
        if not self.matcher.has_topic(part, besides=happening) and self.matcher.lexicon.topics_not_covered(
            previous_text
        ):
            return True
        return self.matcher.match(part, lang, context=previous_text).outcome is not Outcome.ANSWER

    def _about_the_breakfast_itself(self, previous_text: str, part_matches: list[Match]) -> bool:
        """ "Will the breakfast be livestreamed? And what time does it start?": the question declined asked
        what nobody announced of the breakfast itself (a live stream, the menu), so "it" is the breakfast,
        and when or where it is held is answered. Not after another occasion ("the next GFMD session,
        and where will it be?"), nor after a question naming no event."""
        own = _first_confident(part_matches)
        if own is None or own.id not in self._when_or_where or EVENT not in words_of(self.matcher, previous_text):
            return False
        declined_for = self.matcher.lexicon.topics_not_covered(previous_text)
        return bool(declined_for) and declined_for <= _OF_THE_BREAKFAST_ITSELF

    def _when_of_what_was_offered(
        self, part: str, part_matches: list[Match], previous: tuple[str, list[Match]]
    ) -> bool:
        """«شكون اللي دار التقييم الأولي، وفاش سالا؟»: a question only offered an entry ("did you mean"),
        then a bare "when did it end?" that alone would get the breakfast's end: it asks that of the question
        before, not of the breakfast."""
        previous_text, previous_matches = previous
        if any(match.outcome is Outcome.ANSWER for match in previous_matches) or self._names_a_subject(part):
            return False
        if previous_text.rstrip().endswith((".", "!")):  # a statement sets the scene ("I heard of a meeting.")
            return False
        offered = {entry.id for match in previous_matches for entry in match.suggestions}
        own = _first_confident(part_matches)
        # (offered a time itself, «فوقاش كيبدا؟» asked the breakfast's: "and when does it end?" too)
        return (
            bool(offered)
            and own is not None
            and own.id in self._when_or_where
            and offered.isdisjoint(self._when_or_where)
        )

    def _only_relates_to_a_subject(self, text: str) -> bool:
        """Does the text ask only how the programme or the event bears on something ("is it linked to this
        programme?", «وما علاقتها بهذا البرنامج»), naming nothing else?"""
        related = not _RELATION_WORDS.isdisjoint(stem for stem, _ in terms(text))
        return related and topic_words(self.matcher, text) - self._what_is <= self._subjects

    def _only_asks_what(self, text: str) -> bool:
        """Is the text only "what is it?" («وما هو؟», "et c'est quoi ?"), naming nothing?"""
        return topic_words(self.matcher, text) == self._what_is

    def _only_acts(self, text: str) -> bool:
        """Is the text only a kind of question and an action ("how do I register?", "combien ?")?"""
        topic = {word for word, is_stop in self.matcher.terms(text, is_latin_darija(text)) if not is_stop}
        return topic <= self._actions | self.matcher.lexicon.kinds

    def _names_the_day(self, part: str) -> bool:
        """Does the question name the event's date ("qu'est-ce qui sera présenté le 26 ?"): the event, then?"""
        return self._event_date is not None and names_its_date(part, self._event_date)

    def _names_a_subject(self, part: str) -> bool:
        """Does the question name the event or the programme?"""
        return not self._subjects.isdisjoint(words_of(self.matcher, part))


def _first_confident(matches: list[Match]) -> Entry | None:
    """The first entry the matches answer confidently, if any."""
    return next((entry for match in matches if (entry := match.confident_entry)), None)


def words_of(matcher: Matcher, text: str) -> frozenset[str]:
    """The text's words as the matcher reads them (concepts, stems)."""
    return frozenset(word for word, _ in matcher.terms(text, is_latin_darija(text)))


def entries_naming(matcher: Matcher, *concepts: str) -> frozenset[str]:
    """The ids of the entries whose phrasings name any of the concepts ("§event", "§what_is")."""
    postings = matcher.entry_postings
    return frozenset(matcher.entries[index].id for concept in concepts for index in postings.get(concept, ()))


def topic_words(matcher: Matcher, text: str) -> frozenset[str]:
    """The text's words as the matcher reads them, stop words left out."""
    return frozenset(word for word, is_stop in matcher.terms(text, is_latin_darija(text)) if not is_stop)
