"""How a question is read with the sentences and clauses before it in the same message: one that only sets
its scene (who asks, one's own case, a name alone, a remark, a frame) is read with it or set aside."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from itertools import pairwise

from bot.corrections import says_what_was_meant
from bot.event_day import without_event_day
from bot.follow_ups import TAKES_PLACE, entries_naming, topic_words, words_of
from bot.knowledge import Entry
from bot.languages import is_latin_darija
from bot.lexicon import CONCEPT_MARK, Lexicon
from bot.match_names import EVENT, PROGRAMME, WHAT_IS
from bot.matcher import Matcher
from bot.normalize import terms
from bot.question_words import QUESTION_MARKS, QUESTION_WORDS, asks_something, has_question_word
from bot.verdict import Match, Outcome
from bot.who_is_asking import (
    after_its_last_comma,
    after_its_lead_in,
    after_leading_clauses,
    asks_after_the_sender,
    frames,
    makes_a_request,
    tells_who_is_asking,
)

_FEW_ENTRIES = 3  # a topic named by no more entries than this is theirs (§press), not shared (§programme)
_SUBJECT_WORDS = 2  # at most, in a part that only names what the next question is about ("et le PNUD ?")
_SUBJECTS = frozenset((EVENT, PROGRAMME))  # what a correction names: the breakfast or the programme
_OWN_CASE = "personal_cases"  # lexicon not_covered: one's own papers or care ("I lost my passport")
_SERVED = CONCEPT_MARK + "presenting"  # «كيقدمو»: they present, or they serve
# "what's at the breakfast", «شنو فيه الفطور», "chno kayn f lftour"
_IN_IT = frozenset({"فيه", "at", "in", "au", "dans", "f", "fih"})
_FOOD = "food"  # lexicon not_covered: what exactly is served
# What a sentence setting the scene may tell that is then what the question after it asks about: one's own
# case, or food («أنا végétarien. واش الماكلة فيها شي حاجة ليا؟»).
THE_SENDERS_OWN = frozenset({_OWN_CASE, _FOOD})
# Topics a scene may tell the sender is going to or wants, which the question after it then asks about ("I'm
# attending the GFMD summit, when is it?", «بغيت نخدم متطوع مع المنظمة، كيفاش نسجل؟»).
ELSEWHERE = frozenset({"other_events", "jobs", "other_projects", "personal_funding"})
# Clause openings that frame a question, as `terms` reads them ("في اطار" -> ("في", "اطار")).
_THERE = frozenset({"تما", "تماك", "هناك", "هنالك"})  # Arabic and Darija "there", as `terms` reads them
_THERE_IN_TWO = frozenset({("la", "bas"), ("over", "there")})  # "là-bas", "over there", as `terms` reads them


class SentencesBefore:
    """Reads each question of a message with the sentence before it, where that sentence sets its scene."""

    def __init__(
        self, matcher: Matcher, lexicon: Lexicon, the_event_itself: frozenset[str], event_date: date | None = None
    ):
        self._matcher = matcher
        self._lexicon = lexicon
        # What names only the event happening: the event, the programme, the city, "takes place".
        self._the_event_itself = the_event_itself
        self._event_date = event_date
        self._naming = {subject: entries_naming(matcher, subject) for subject in _SUBJECTS}  # their entries' ids

    def without_what_only_set_the_scene(
        self, per_part: list[tuple[str, list[Match]]], opening: str = ""
    ) -> tuple[list[tuple[str, list[Match]]], bool]:
        """ "I'm a reporter. How much does Morocco spend on migrants' health care?": the sentence saying
        who the sender is asks nothing. Answered on its own (the press), it would stand in for the
        question after it, which no entry answers: it is set aside (and whether one was, is returned).
        So is a bare subject before its question ("Et le PNUD ? Ils prennent des stagiaires ?"), and a
        vague "what will there be?" before the detail that says what it asks about, a topic no entry
        covers («شنو غادي يكون فالفطور؟ كاين المسمن؟»: the food). And the sentence saying who the sender
        is, before a question answered on another subject ("I'm a reporter. What time does it start?").
        `opening`: what the message says before its first part. When that is a request («بغيت نعرف الدول
        المشاركة، وشحال من مهاجر استافد؟», "je voudrais savoir ..."), the first part is what is asked, not a
        remark."""
        kept, set_aside = [], False
        requested = makes_a_request(opening)
        for index, (part, part_matches) in enumerate(per_part):
            scene = {match.entry.id for match in part_matches if match.outcome is Outcome.ANSWER and match.entry}
            vague = bool(scene) and self._what_there_will_be(
                part, before_the_food=self._food_asked(per_part[index + 1 :])
            )
            # a remark before a question on a topic no entry covers («الوزارة مهمة جدا. كيف أجدد جواز سفري؟»)
            # (a bare subject after a request is what is asked: "Can you tell me about the MDCMREAM?")
            asked_for = requested and index == 0
            # (nor a sentence whose question follows who the sender is: «أنا صحفي ...، شكون مول المرحلة الثانية»)
            told = bool(scene) and tells_who_is_asking(part) and not asks_after_the_sender(part)
            scene_set = told or (bool(scene) and self._only_a_subject(part) and not asked_for)
            remark = bool(scene) and not scene_set and not asks_something((part,)) and not asked_for
            before_a_declined_question = (scene_set or vague or remark) and any(
                self._declined_after(part, scene, later, later_matches, vague=vague, remark=remark)
                for later, later_matches in per_part[index + 1 :]
            )
            sender_before_another_subject = (
                self._answered_after(part_matches, per_part[index + 1 :])
                and tells_who_is_asking(part)
                and not has_question_word(part)
            )
            # "Sorry, I meant the programme, not the breakfast. When does it end?": the correction names
            # what the question after it asks about, and asks nothing of its own.
            corrects = (
                bool(scene)
                and says_what_was_meant(part)
                and not asks_something((part,))
                and self._answered_on_what_it_names(part, per_part[index + 1 :])
            )
            if before_a_declined_question or sender_before_another_subject or corrects:
                part_matches, set_aside = [Match(Outcome.FALLBACK, None, 0.0, part_matches[0].lang)], True
            kept.append((part, part_matches))
        return kept, set_aside

    def question_after_its_lead_in(self, part: str) -> str | None:
        """The question after a lead-in that ends with a colon ("il me manque un point : qui a financé la
        deuxième phase ?") or a comma before a question word, when the lead-in names nothing of its own:
        no topic no entry covers, and no subject, name or number the question does not name ("I lost my
        passport: where should I go?", "La phase 1 : quels résultats ?" ask nothing of the breakfast or
        the programme's results)."""
        question = after_its_lead_in(part)
        after_a_comma = question is None
        if after_a_comma:
            question = after_its_last_comma(part)
        # (nor one whose question names nothing: "My son's school: where is it?")
        if question is None or not self._matcher.has_topic(question):
            return None
        found: str = question  # the question's entry, matched once and only when needed
        answer = cache(lambda: self._matcher.match(found, darija=is_latin_darija(found)).confident_entry)
        lead_in = part[: len(part) - len(question)]
        # After a comma, only a lead-in about the event or the question's subject ("I signed up but I'm
        # travelling on the 26th, how do I cancel?", not "my brother in Spain has no papers, what should he do?").
        if after_a_comma and not self._leads_to(lead_in, question, answer):
            return None
        if self._event_date is not None:  # its mention of the event's day names nothing else
            lead_in = without_event_day(lead_in, self._event_date)
        if self._lexicon.topics_not_covered(lead_in):
            return None
        asked = words_of(self._matcher, question)
        numbers = {word for word in words_of(self._matcher, lead_in) - asked if word.isdigit()}
        named = topic_words(self._matcher, lead_in) - asked - self._lexicon.kinds - self._the_event_itself
        subjects = {word for word in named if word.startswith(CONCEPT_MARK)}
        # ... but a subject the answer itself names is the question's own («سجلت باش نحضر ولكن عندي سفر نهار
        # 26، كيفاش نلغي التسجيل؟»: one's reply, which the answer on changing it names)
        if subjects and not numbers and (entry := answer()) is not None:
            subjects = self._matcher.topics_it_never_names(subjects, entry)
        return None if subjects or numbers or not named.isdisjoint(self._lexicon.names) else question

    def _leads_to(self, lead_in: str, question: str, answer: Callable[[], Entry | None]) -> bool:
        """Does the lead-in name the event, a subject the question names, or only subjects its answer
        (`answer()`, the question's entry) names ("I signed up but I'm travelling on the 26th, how do I
        cancel?": one's reply)? Not the event's day alone, which one's own appointment may fall on ("my
        court hearing is tomorrow, what time does it start?")."""
        asked = words_of(self._matcher, question) - self._lexicon.kinds
        said = {
            word
            for word in words_of(self._matcher, lead_in) - self._lexicon.kinds - {WHAT_IS}
            if word.startswith(CONCEPT_MARK)
        }
        if not said.isdisjoint(self._the_event_itself | asked):
            return True
        return bool(said) and (entry := answer()) is not None and not self._matcher.topics_it_never_names(said, entry)

    def _answered_on_what_it_names(self, part: str, later_parts: list[tuple[str, list[Match]]]) -> bool:
        """A later question is answered from an entry on the subject the part names (the event or the
        programme): "I meant the programme, not the breakfast. When does it end?", the programme's dates;
        not "I meant the programme. Who is invited?", which the breakfast's guests would answer."""
        named = words_of(self._matcher, part) & _SUBJECTS
        return any(
            match.outcome is Outcome.ANSWER
            and match.entry is not None
            and any(match.entry.id in self._naming[subject] for subject in named)
            for _, later_matches in later_parts
            for match in later_matches
        )

    def _answered_after(self, scene: list[Match], later_parts: list[tuple[str, list[Match]]]) -> bool:
        """A later question is answered on another subject: the sentence before it, saying who the sender
        is, only set its scene ("Je suis journaliste. Où est-ce ?" asks where, not about the press). Another
        subject is another category of entry, or, in the same category, another entry when the question
        names a topic the scene's entries never name and none they do ("I'm with the Swiss cooperation.
        When was IOM founded?"; but "Je suis journaliste. Puis-je interviewer les intervenants ?" keeps the
        press, and "I work at the Entraide. What did the programme do with us?" the social results)."""
        answered = [match.entry for match in scene if match.outcome is Outcome.ANSWER and match.entry]
        for later, later_matches in later_parts:
            named = topic_words(self._matcher, later) - self._lexicon.kinds
            for match in later_matches:
                entry = match.entry
                if (
                    match.outcome is Outcome.ANSWER
                    and entry is not None
                    and entry not in answered
                    and not self._matcher.is_social(entry)
                    and asks_something((later,))
                    and all(
                        scene_entry.category != entry.category or self._names_only_other_topics(named, scene_entry)
                        for scene_entry in answered
                    )
                ):
                    return True
        return False

    def _names_only_other_topics(self, named: frozenset[str], entry: Entry) -> bool:
        # Its own topics are those few entries name (the press, the speakers), not the programme or a phase.
        unnamed = self._matcher.topics_it_never_names(named, entry)
        owners = self._matcher.entry_postings
        own = {word for word in named - unnamed if len(owners.get(word, ())) <= _FEW_ENTRIES}
        return bool(unnamed) and not own

    def _on_the_scenes_subject(self, later: str, scene: set[str]) -> bool:
        """Does the later question name only topics of the scene's answer ("Tenue exigée ? Costume cravate
        ou c cool ?": more of the dress code, not a question of its own)?"""
        named = {word for word in topic_words(self._matcher, later) if word.startswith(CONCEPT_MARK)}
        return bool(named) and any(
            not self._matcher.topics_it_never_names(named, entry)
            for entry in self._matcher.entries
            if entry.id in scene
        )

    def _declined_after(
        self, part: str, scene: set[str], later: str, later_matches: list[Match], *, vague: bool, remark: bool
    ) -> bool:
        """A later question asks what no entry covers, and got neither the scene's answer nor another."""
        # the detail after a vague question need not ask anything itself («كاين msemen و بغرير»)
        if not (vague or asks_something((later,))):
            return False
        uncovered = (
            self._lexicon.topics_not_covered(later)
            # a kind no entry answers, after a sentence of its own ("I read about the plan. Its budget?")
            or part.rstrip().endswith((".", "!"))
            and not self._matcher.question_kinds(later).isdisjoint(self._matcher.unanswered_kinds)
            # a question of its own (a word few entries have), answered by nothing, not even offered the
            # scene's answer ("Les médias sont-ils admis ?" after "je suis journaliste" is offered the press)
            or (
                self._matcher.is_specific(later)
                and not vague
                and not remark
                and not self._on_the_scenes_subject(later, scene)
            )
        )
        return bool(uncovered) and all(
            match.outcome is not Outcome.ANSWER and scene.isdisjoint(entry.id for entry in match.suggestions)
            for match in later_matches
        )

    def read_with_what_came_before(
        self, per_part: list[tuple[str, list[Match]]], lang: str, darija: bool | None
    ) -> list[tuple[str, list[Match]]]:
        """A question is read with the sentence before it when that sentence only sets its scene:
        - the sender's own case or food (`THE_SENDERS_OWN`), as when a comma joins them: "J'ai
          perdu mon passeport. Où dois-je aller ?" is not the way to the breakfast;
        - a name alone, which the question is then about: «وفتونس؟ شنو دار البرنامج تما؟» asks the
          results in Tunisia (which no entry gives), not the countries and then Morocco's results;
        - a sentence naming a country, when the question says "there" («تما», «هناك») of it;
        - any sentence, when the question asks only what "it" is."""
        read = list(per_part)
        for index in range(1, len(read)):
            told, question = read[index - 1][0], read[index][0]
            if asks_something((told,)) and not self._matcher.only_names(told):
                continue
            if THE_SENDERS_OWN & self._lexicon.topics_not_covered(told):
                with_the_case = self._matcher.match(f"{told} {question}", lang, darija=darija)
                if with_the_case.confident_entry is None:
                    read[index] = (question, [with_the_case])
            elif (
                (self._matcher.only_names(told) and not has_question_word(told) or self._points_back_to(question, told))
                and has_question_word(question)
                and words_of(self._matcher, question).isdisjoint(self._lexicon.names)
            ):
                read[index - 1] = (told, [Match(Outcome.FALLBACK, None, 0.0, lang)])
                read[index] = (question, [self._matcher.match(f"{told} {question}", lang, darija=darija)])
            elif self._asks_what_it_is(question) and not tells_who_is_asking(told):
                # what the sentence named, not the words it said of it ("I read about")
                said = frozenset(word for word, _ in self._matcher.terms(told, is_latin_darija(told)))
                named = frozenset(word for word in said if word.startswith(CONCEPT_MARK))
                together = self._matcher.match(question, lang, context=told, darija=darija, ignore=said - named)
                if together.confident_entry is not None:
                    read[index - 1] = (told, [Match(Outcome.FALLBACK, None, 0.0, lang)])
                    read[index] = (question, [together])
        return read

    def _asks_what_it_is(self, question: str) -> bool:
        """ "What is it?", «شنو هو؟»: after a sentence naming something, "it" is what that sentence named
        ("I read about the Global Compact in the news. What is it?")."""
        return topic_words(self._matcher, question) == {WHAT_IS}

    def with_the_question_it_elaborates(
        self, per_part: list[tuple[str, list[Match]]], lang: str, darija: bool | None
    ) -> list[tuple[str, list[Match]]]:
        """ "When did the Entraide start working with migrants? Which year?", «شحال من واحد غادي يحضر؟ بغيت
        نعرف العدد بالضبط»: a short part naming no topic of its own (no concept but a kind of question, at
        most two other words) says again what the question before it asked. After a question that got no
        answer, it is read with it, and answered only if the two together are. After one that got an
        answer, asking the same kind («شحال طولات المرحلة التانية؟ كم عام»: how long, in years), it is read
        with it too, and gets no other answer of its own (not the breakfast's length)."""
        read = list(per_part)
        for index in range(1, len(read)):
            (asked, asked_matches), (part, part_matches) = read[index - 1], read[index]
            if not _a_question(asked) or not self._restates(part):
                continue
            answered = {match.entry.id for match in asked_matches if match.outcome is Outcome.ANSWER and match.entry}
            kinds = self._kinds(part)
            if answered and not (kinds and kinds <= self._kinds(asked)):
                continue
            if not answered and not any(match.outcome is Outcome.ANSWER for match in part_matches):
                continue
            together = self._matcher.match(f"{asked} {part}", lang, darija=darija)
            if together.confident_entry is None:
                read[index] = (part, [Match(Outcome.FALLBACK, None, 0.0, lang)])
            elif together.confident_entry.id in answered:
                read[index] = (part, [together])
        return read

    def _kinds(self, text: str) -> frozenset[str]:
        return topic_words(self._matcher, text) & self._lexicon.kinds

    def _restates(self, part: str) -> bool:
        words = topic_words(self._matcher, part) - self._lexicon.kinds
        return len(words) <= _SUBJECT_WORDS and not any(word.startswith(CONCEPT_MARK) for word in words)

    def _points_back_to(self, question: str, told: str) -> bool:
        """ "البرنامج خدام حتى فبنغلاديش. شنو دارو تما؟": "there" in the question is the place named before."""
        # read before the lexicon, which takes «هناك» for "there is"
        said = [word for word, _ in terms(question)]
        there = not _THERE.isdisjoint(said) or not _THERE_IN_TWO.isdisjoint(pairwise(said))
        return there and not words_of(self._matcher, told).isdisjoint(self._lexicon.names)

    def _only_a_subject(self, part: str) -> bool:
        """ "Et le PNUD ?", «و PNUD؟»: a word or two naming what the next question asks about."""
        words = self._matcher.terms(part, is_latin_darija(part))
        topics = [word for word, is_stop in words if not is_stop]
        return len(words) <= _SUBJECT_WORDS + 1 and len(topics) <= _SUBJECT_WORDS and not has_question_word(part)

    def _what_there_will_be(self, part: str, *, before_the_food: bool = False) -> bool:
        """ "Qu'est-ce qu'il y aura au petit-déjeuner ?", «شنو غادي يكون فالفطور؟»: what, and that the event
        happens, and nothing else. Before a question on the food, what is served or in it will do too,
        with one word of its own («شنو فيه الفطور؟», «شنو كيقدمو فالفطور؟», «... ماكلة؟»)."""
        words = topic_words(self._matcher, part)
        if before_the_food:
            own = {word for word in words if not word.startswith(CONCEPT_MARK)}
            # what it holds, not what it is ("What is the breakfast about?" still asks that)
            holds = bool(own or words & {_SERVED, TAKES_PLACE}) or not _IN_IT.isdisjoint(
                word for word, _ in self._matcher.terms(part, is_latin_darija(part))
            )
            # («ماذا سيقدم في الافطار؟»: "what", a question word of no kind of its own, asks it too)
            asks_what = WHAT_IS in words or has_question_word(part) and not self._matcher.question_kinds(part)
            return holds and asks_what and len(own) <= 1 and words - own <= self._the_event_itself | {WHAT_IS, _SERVED}
        return {WHAT_IS, TAKES_PLACE} <= words and words <= self._the_event_itself | {WHAT_IS}

    def _food_asked(self, later_parts: list[tuple[str, list[Match]]]) -> bool:
        return any(_FOOD in self._lexicon.topics_not_covered(later) for later, _ in later_parts)

    def asked_after_its_frame(self, part: str, lang: str, darija: bool | None) -> Match | None:
        """The question after the clauses that frame it ("في إطار التحضير لمشاركتنا في الفطور، نرجو إفادتنا
        بعنوان المكان", "Further to your invitation, how do I confirm?"), matched alone, when it is
        answered: the frame says why one asks, and its words would only dilute the question's. Not when
        the frame names a topic no entry covers that the question does not ("in view of my visa
        application, how do I register?"). So is a question after clauses that ask nothing and tell the
        sender's situation on its subject (see `_situation_of`)."""
        question = after_leading_clauses(part, frames)
        situation = ""  # clauses before the question that ask nothing: the sender's situation
        if question is None:
            question = after_leading_clauses(part, lambda clause: not asks_something((clause,)))
            if question is None or not asks_something((question,)):
                return None
            situation = part[: len(part) - len(question)]
        if self._lexicon.topics_not_covered(part) - self._lexicon.topics_not_covered(question):
            return None
        # nor when it names a place the question does not ("an invitation to IOM's party in Tunisia, how do I confirm?")
        if (words_of(self._matcher, part) - words_of(self._matcher, question)) & self._lexicon.names:
            return None
        asked = self._matcher.match(question, lang, darija=darija)  # "if I understand you correctly" kept
        entry = asked.entry if asked.outcome is Outcome.ANSWER else None
        if entry is None or self._matcher.is_social(entry):
            return None
        if situation and not self._situation_of(situation, question, asked, entry):
            return None
        return asked

    def _situation_of(self, situation: str, question: str, asked: Match, entry: Entry) -> bool:
        """Does the situation before a question only tell of the subject of its answer? It names one of
        the answer's subjects and none other ("I'm coming by car from Kénitra, can I park?"), no number
        ("the first phase, when did it start?"), and the question has a question word of its own. Not
        "I'd like to volunteer with UNDP in Africa, how do I sign up?", nor "we need a shelter tonight,
        whom can we call?", whose situation is what is asked about."""
        said = topic_words(self._matcher, situation)
        named = {word for word in said if word.startswith(CONCEPT_MARK)}
        return (
            not asked.tentative
            and has_question_word(question)
            and not any(word[-1:].isdigit() for word, _ in self._matcher.terms(situation, is_latin_darija(situation)))
            and bool(named)
            and not self._matcher.topics_it_never_names(named, entry)
        )


def _a_question(sentence: str) -> bool:
    """A question by its mark or by its first word ("when did...", «امتى بدا»), not a statement with a
    relative "qui" in it ("Mon encadrant m'a parlé d'un plan qui mélange santé et immigration.")."""
    said = terms(sentence)
    return sentence.rstrip().endswith(QUESTION_MARKS) or bool(said) and said[0][0] in QUESTION_WORDS
