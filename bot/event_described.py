""" "What is X?" where X is the event, named with what only describes it: a relative clause («ما هي الجلسة
الختامية التي تنظم في الرباط؟») or its day and who runs it ("c koi ce petit dej du 26 janvier organisé par
l'OIM ?"). What is asked is what the event is, not who organises it, where, nor when."""

from __future__ import annotations

from datetime import date

from bot.event_day import without_event_day
from bot.follow_ups import entries_naming, words_of
from bot.language_profiles import pooled
from bot.lexicon import CONCEPT_MARK, Lexicon
from bot.match_names import EVENT, WHAT_IS
from bot.matcher import Matcher
from bot.normalize import fold, pooled_stems
from bot.verdict import Match

_RELATIVE_PRONOUNS = frozenset(fold(word) for word in pooled(lambda profile: profile.relative_pronouns))
_RELATIVE_STEMS = pooled_stems(lambda profile: profile.relative_pronouns)  # as `terms` reads them
# What may describe the event named first ("by IOM", "de la phase 2", "in Rabat"): who runs it, its phase,
# its city. Its organisers only as "organisé par l'OIM", followed by who (`_ORGANISED_BY`); its day is taken
# out before (`without_event_day`). Not the programme, nor anything asked of it ("its date", "the organisers").
_ORGANISATIONS = frozenset(CONCEPT_MARK + concept for concept in ("iom", "undp", "ministry", "united_nations"))
_DESCRIBING = _ORGANISATIONS | frozenset(CONCEPT_MARK + concept for concept in ("phase", "second", "rabat"))
_ORGANISED_BY = CONCEPT_MARK + "organisers"


class EventDescribed:
    """Reads "what is X?" where X is the event and the rest of the question only describes it."""

    def __init__(self, matcher: Matcher, lexicon: Lexicon, the_event_itself: frozenset[str], event_date: date | None):
        self._matcher = matcher
        self._lexicon = lexicon
        self._the_event_itself = the_event_itself  # the event, the programme, the city, "takes place"
        self._event_date = event_date
        # the entries asked what the event is, which alone answer it described
        self._what_the_event_is = entries_naming(matcher, WHAT_IS) & entries_naming(matcher, EVENT)

    def before_its_relative_clause(self, part: str, lang: str, darija: bool | None) -> Match | None:
        """«ما هي الجلسة الختامية التي تنظم في الرباط؟»: "what is the closing session that is held in
        Rabat?" asks what the event is; the relative clause only describes it (not who organises it,
        nor where). Read up to the relative pronoun, when all that names is the event and "what is".
        Only the event: after «ما هي الدول التي», "which countries", the clause is what is asked."""
        if _RELATIVE_STEMS.isdisjoint(word for word, _ in self._matcher.terms(part, bool(darija))):
            return None  # most questions have none: the words are not folded one by one for nothing
        words = part.split()
        at = next((index for index, word in enumerate(words) if fold(word) in _RELATIVE_PRONOUNS), 0)
        if at < 2:
            return None
        subject = " ".join(words[:at])
        said = {word for word in words_of(self._matcher, subject) if word.startswith(CONCEPT_MARK)}
        if WHAT_IS not in said or EVENT not in said or not said - {WHAT_IS} <= self._the_event_itself:
            return None
        # nor when the clause names a topic no entry covers («... بمناسبة اليوم الدولي للمهاجرين»: another event)
        if self._lexicon.topics_not_covered(" ".join(words[at:])):
            return None
        described = self._matcher.match(subject, lang, darija=darija)
        return described if described.confident_entry is not None else None

    def with_its_details(self, part: str, lang: str, darija: bool | None) -> Match | None:
        """ "c koi ce petit dej du 26 janvier organisé par l'OIM ?", "what is this breakfast of 26 January
        organised by IOM?": the event named first after "what is", then only its day, who runs it ("organisé
        par" and who), its phase or its city, asks what the event is. Not when it is named after them
        («ما هي الجهات التي تتولى تنظيم هذا اللقاء؟» asks who organises it), nor with a kind of question
        ("what time is the breakfast")."""
        rest = part if self._event_date is None else without_event_day(part, self._event_date)
        said = [word for word, _ in self._matcher.terms(rest, bool(darija))]
        named = [word for word in said if word.startswith(CONCEPT_MARK) and word != WHAT_IS]
        if WHAT_IS not in said or named[:1] != [EVENT] or self._matcher.question_kinds(part):
            return None
        # the organisers describe it only with who they are after them ("organisé par l'OIM"), not alone
        # ("whats the breakfast date n organisers" asks them)
        by_whom = {
            at for at, word in enumerate(named[:-1]) if word == _ORGANISED_BY and named[at + 1] in _ORGANISATIONS
        }
        described_by = {word for at, word in enumerate(named) if at not in by_whom}
        if not described_by <= self._the_event_itself | _DESCRIBING:
            return None
        described = self._matcher.match(part, lang, darija=darija, ignore=_DESCRIBING | {_ORGANISED_BY})
        entry = described.confident_entry
        # ... and what it answers is what the event is: an entry asked "what is" of the event
        return described if entry is not None and entry.id in self._what_the_event_is else None
