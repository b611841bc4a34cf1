"""From a question to what the user sees: the message read (bot/understanding.py), each question matched
(bot/matcher.py), and the verdicts rendered as one Reply (bot/rendering.py)."""

from __future__ import annotations

from bot.choices import Choices
from bot.corrections import without_what_is_not_meant
from bot.event_day import without_event_day
from bot.event_described import EventDescribed
from bot.event_or_programme import EventOrProgramme
from bot.follow_ups import TAKES_PLACE, WHEN, FollowUps, entries_naming, topic_words, words_of
from bot.knowledge import Entry, KnowledgeBase
from bot.languages import DEFAULT_LANGUAGE, LANGUAGES, guess_language, is_latin_darija
from bot.lexicon import CONCEPT_MARK
from bot.list_items import list_items
from bot.match_names import EVENT, WHAT_IS, without_the_colleagues_name
from bot.matcher import TENTATIVE_FLOOR, Matcher
from bot.normalize import terms
from bot.question_words import NOT_ASKING_ALONE, QUESTION_WORDS, asks_something, has_question_word
from bot.rendering import Renderer
from bot.reply import Choice, Reply
from bot.run_on import RunOnQuestions
from bot.sentences import without_bracketed_endings
from bot.sentences_before import ELSEWHERE, THE_SENDERS_OWN, SentencesBefore
from bot.small_talk import SmallTalk
from bot.understanding import MAX_QUESTIONS, understand
from bot.verdict import Match, Outcome
from bot.who_is_asking import (
    IDENTITY_WORDS,
    after_an_unpunctuated_scene,
    after_the_sender,
    makes_a_request,
    only_introduces,
    tells_who_is_asking,
)

_PRACTICAL = "practical"  # the category of RSVP and logistics, whose answer may depend on who asks
_GOING = frozenset({CONCEPT_MARK + "register", CONCEPT_MARK + "attend"})  # going to it ("I'm attending")
_COMPARE = CONCEPT_MARK + "compare"  # lexicon question kind: "the difference between A and B"


class Answerer:
    """Answers questions from one knowledge base; build a new one to switch knowledge bases."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.matcher = Matcher(kb)
        # Entries naming the event or the programme (EventOrProgramme, FollowUps).
        event, programme = EVENT, (CONCEPT_MARK + "programme", CONCEPT_MARK + "phase", CONCEPT_MARK + "second")
        self._subjects = frozenset((event, *programme))
        # The event's city, which a question may name in passing ("the breakfast in Rabat, what is it?").
        self._city = frozenset(word for name in kb.logistics.city.values() for word in self._words(name))
        # What names only the event happening, which asks nothing of it: the event, the programme, the city.
        self._the_event_itself = self._subjects | self._city | {TAKES_PLACE}
        self._times = frozenset(CONCEPT_MARK + kind for kind in ("when", "how_long", "start", "end", "time_of_day"))
        # Entries that say when (the event's date and times, the programme's dates), or also where.
        self._dates = self._entries_asked(frozenset((WHEN,)))
        when_or_where = self._entries_asked(self._times | {CONCEPT_MARK + "where"})
        self._about_event = entries_naming(self.matcher, event) - entries_naming(self.matcher, *programme)
        self._about_programme = entries_naming(self.matcher, *programme) - entries_naming(self.matcher, event)
        sides = ((frozenset((event,)), self._about_event), (frozenset(programme), self._about_programme))
        self._follow_ups = FollowUps(self.matcher, self._subjects, sides, when_or_where, kb.logistics.event_date)
        self._event_or_programme = EventOrProgramme(self.matcher, sides, self._times)
        self._renderer = Renderer(kb)
        self._small_talk = SmallTalk(self.matcher, self._renderer)
        self._sentences_before = SentencesBefore(
            self.matcher, kb.lexicon, self._the_event_itself, kb.logistics.event_date
        )
        self._event_described = EventDescribed(
            self.matcher, kb.lexicon, self._the_event_itself, kb.logistics.event_date
        )
        self._choices = Choices(self.matcher)
        self._run_on = RunOnQuestions(self.matcher)

    def _entries_asked(self, kinds: frozenset[str]) -> frozenset[str]:
        return frozenset(
            entry.id for index, entry in enumerate(self.matcher.entries) if kinds & self.matcher.entry_kinds[index]
        )

    def ask(self, question: str, preferred_lang: str = DEFAULT_LANGUAGE, *, contact: bool = True) -> Reply:
        """The reply to a message: its questions answered in the order asked, or one "did you mean",
        or the fallback; a message that only greets or thanks gets the small-talk reply."""
        question = without_what_is_not_meant(
            without_bracketed_endings(question or ""), lambda said: not self._subjects.isdisjoint(self._words(said))
        )
        latin_darija = is_latin_darija(question)  # "sahbti Samira"
        question = without_the_colleagues_name(
            question, lambda text: self.matcher.terms(text, latin_darija), self.matcher.idf
        )
        message = understand(question, self.kb.lexicon, QUESTION_WORDS, self.kb.logistics.event_date)
        if not message.questions:
            return self._small_talk.reply(question, message.social, preferred_lang, contact)
        # The whole message shows its language better than any of its parts ("Bonjour, c'est où ?").
        darija = is_latin_darija(question)
        shown = None if darija else guess_language(question)
        lang = shown if shown in LANGUAGES else preferred_lang
        per_part = self._follow_ups.read(message.questions, lang, darija or None, self._match_part)
        per_part = self._settled_by_neighbours(per_part)
        opening = question[: max(0, question.find(message.questions[0]))]  # before the first question
        per_part, scene_set_aside = self._sentences_before.without_what_only_set_the_scene(per_part, opening)
        per_part = self._sentences_before.read_with_what_came_before(per_part, lang, darija or None)
        per_part = self._sentences_before.with_the_question_it_elaborates(per_part, lang, darija or None)
        alone = len(per_part) == 1
        per_part = [(part, self._event_or_programme.settle(part, matches, alone)) for part, matches in per_part]
        matches = [match for _, part_matches in per_part for match in part_matches]
        with_entry = [
            (match.entry, match) for match in matches if match.outcome is Outcome.ANSWER and match.entry is not None
        ]
        if any(not self.matcher.is_social(entry) for entry, _ in with_entry):
            with_entry = [(entry, match) for entry, match in with_entry if not self.matcher.is_social(entry)]
        answered = list({entry.id: match for entry, match in with_entry}.values())  # each entry once
        if (
            message.social
            and answered
            and all(self._small_talk.replies_to_a_formula(match.entry.id) for match in answered if match.entry)
        ):
            # What is left beside the formulas is small talk too ("Bon, au revoir et à demain !"): the
            # formulas said settle the reply.
            return self._small_talk.reply(question, message.social, lang, contact)
        if not answered:
            whole = (
                matches[0]
                if len(matches) == 1 or scene_set_aside
                else self.matcher.match(" ".join(message.questions), lang)
            )
            introduces = bool(message.social) and only_introduces(question, message.questions)
            introduces = introduces and not self.matcher.lexicon.topics_not_covered(question)
            if message.social and (introduces or not asks_something(message.questions)):
                if introduces or not any(self.matcher.has_topic(part) for part in message.questions):
                    # "صافي هادشي اللي بغيت، بسلامة", «صباح الخير، أنا محمد من الداخلة»: what is left beside
                    # the formulas asks nothing
                    return self._small_talk.reply(question, message.social, lang, contact)
                # "Bonjour à tous, j'espère que vous allez bien" (a letter asking for something gets no small talk)
                if whole.outcome is Outcome.FALLBACK and not makes_a_request(question):
                    return self._renderer.verdict(self.matcher.match(question, lang), contact)
            return self._renderer.verdict(whole, contact)
        lang = answered[0].lang
        unanswered = [
            part
            for part, part_matches in per_part
            if not any(match.outcome is Outcome.ANSWER for match in part_matches) and asks_something((part,))
        ]
        return self._renderer.answers(
            answered, lang, greet="greeting" in message.social, unanswered=unanswered, contact=contact
        )

    def show(self, entry_id: str, lang: str, *, contact: bool = True) -> Reply | None:
        """The answer of one entry, as when a button or a deep link names it; None if it does not exist."""
        entry = self.kb.get(entry_id)
        if entry is None:
            return None
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        return self._renderer.verdict(Match(Outcome.ANSWER, entry, 100.0, lang), contact)

    def fallback(self, lang: str, score: float = 0.0, *, contact: bool = True) -> Reply:
        return self._renderer.verdict(Match(Outcome.FALLBACK, None, score, lang), contact)

    def choice(self, entry: Entry, lang: str) -> Choice:
        return self._renderer.choice(entry, lang)

    def _words(self, text: str) -> frozenset[str]:
        return words_of(self.matcher, text)

    def _asks_of_its_own(self, item: str) -> bool:
        """A list's item with a question word and a topic of its own ("what address"), not one asking more
        of the item before it ("combien de temps, de quand à quand ?", «ما هو؟»)."""
        topics = {word for word in self._words(item) if word[:1] == CONCEPT_MARK} - self.matcher.lexicon.kinds
        return has_question_word(item, NOT_ASKING_ALONE) and bool(topics - self._the_event_itself - {WHAT_IS})

    def _asks_beyond_the_event(self, text: str) -> bool:
        """Has the text a topic word besides the event, the programme or its city ("à quelle heure", not
        "l'événement à Rabat")?"""
        return not topic_words(self.matcher, text) <= self._the_event_itself

    def _settled_by_neighbours(self, per_part: list[tuple[str, list[Match]]]) -> list[tuple[str, list[Match]]]:
        """A question torn between two entries is settled by the others in the message: in "when does it
        start, and where?", the start is the breakfast's (the venue's topic), not the programme's."""
        answered = [m.entry for _, ms in per_part for m in ms if m.outcome is Outcome.ANSWER and m.entry]
        topics = {entry.category for entry in answered if not self.matcher.is_social(entry)}
        # What another question of the message got is not what this one asks ("Are journalists allowed in?
        # And who is invited?": the press, beside the guests).
        taken = {entry.id for entry in answered}
        settled = []
        for part, part_matches in per_part:
            if (
                topics
                and len(part_matches) == 1
                and (match := part_matches[0]).outcome is Outcome.SUGGEST
                and match.score >= TENTATIVE_FLOOR
            ):
                near = [entry for entry in match.suggestions[:2] if entry.category in topics and entry.id not in taken]
                if tells_who_is_asking(part):
                    # Who the sender is may name the subject asked next («أنا كنخدم فالتعاون الوطني»), never
                    # a practical matter: "je suis assistante de direction." asks nothing of the way there.
                    near = [entry for entry in near if entry.category != _PRACTICAL]
                if (
                    len(near) == 1
                    and not self.matcher.asks_another_kind(part, near[0])
                    and not self._follow_ups.asks_only_how(part)
                ):
                    part_matches = [Match(Outcome.ANSWER, near[0], match.score, match.lang)]
            settled.append((part, part_matches))
        return settled

    def _match_part(self, part: str, lang: str, darija: bool | None = None) -> list[Match]:
        """One question's match, or, for a list ("the objectives, the funder and the countries"),
        one per item when every item is answered confidently on its own, by different entries.
        `darija`: the whole message is Latin-letter Darija ("fin w imta": "fin" is "where")."""
        whole = self._past_the_event_named(part, lang, darija)
        whole = self._choices.read(part, lang, darija, whole)  # "8h ou 9h ?", "... سويسرا ولا الاتحاد الأوروبي؟"
        if (event_described := self._event_described.before_its_relative_clause(part, lang, darija)) is not None:
            return [event_described]
        if whole.confident_entry is None and (described := self._event_described.with_its_details(part, lang, darija)):
            return [described]
        asked = self._asked_after_the_sender(part, lang, darija)
        if asked is not None and _asks_past_its_scene(asked, whole):
            return [asked]
        if whole.confident_entry is None and (
            framed := self._sentences_before.asked_after_its_frame(part, lang, darija)
        ):
            return [framed]
        items = list_items(part, darija)
        if whole.confident_entry is None and _COMPARE in self._words(part):
            return self._each_compared(part, items, lang, darija) or [whole]
        # An item made only of words most entries share ("le programme" in "le programme et le FMMD")
        # is the context of the question, not a question of its own.
        # Nor one naming only a place ("et en Tunisie, ils ont obtenu quoi ?"): where the whole asks.
        if (
            len(items) >= 2
            and all(self.matcher.is_specific(item) and not self.matcher.only_names(item) for item in items)
            and (item_matches := self._each_answered(items, lang, darija))
        ):
            entries = {entry.id for match in item_matches if (entry := match.confident_entry)}
            # Kept whole when it reads as one question: answered, and not torn between two of the items
            # ("Global Forum on Migration and Development" is one name, not two questions).
            # A whole answered only tentatively ("if I understand you correctly") is not a reading to keep.
            # Nor one answering one item alone of a list of subjects ("le lieu et l'heure" read as the time).
            torn = (
                whole.confident_entry is None
                or whole.runner_up in entries
                or all(self._asks_of_its_own(item) for item in items)  # "what time, what address?"
                or (
                    whole.entry is not None
                    and whole.entry.id in entries
                    and self._subjects_of_one_question(part, items, darija)
                )
            )
            if torn and len(entries) >= 2:
                return item_matches
        if (run_on := self._run_on.read(part, lang, darija, whole)) is not None:
            return run_on
        if whole.confident_entry is None:
            # The whole not clear, the question after who the sender is ("je travaille dans une asso à
            # Oujda, les ONG sont-elles invitées ?") is what is asked, or the questions, read as a part of
            # its own ("ana ra2is dyal jam3iya, fin ghadi ykoun lftour o f ina sa3a kaybda?").
            if asked is not None:
                return [asked]
            lead_in = self._sentences_before.question_after_its_lead_in
            if (question := self._question_after_the_sender(part) or lead_in(part)) is not None:
                each = self._match_part(question, lang, darija)
                if all((entry := match.confident_entry) and not self.matcher.is_social(entry) for match in each):
                    return each
        return [whole]

    def _each_answered(self, items: list[str], lang: str, darija: bool | None) -> list[Match]:
        """Each item's match, when every item is answered confidently on its own; else none (the items
        are not matched past the first that is not: the split is only ever kept when all are)."""
        matches = []
        for item in items[:MAX_QUESTIONS]:
            match = self.matcher.match(item, lang, darija=darija)
            if match.confident_entry is None:
                return []
            matches.append(match)
        return matches

    def _each_compared(self, part: str, items: list[str], lang: str, darija: bool | None) -> list[Match] | None:
        """ "What's the difference between the GFMD and the Compact?": no entry compares, but each
        answers what one of the two is. Answered when the part splits at one of its "and" or commas into
        two halves, each answered confidently on its own, by different entries, neither naming a place;
        None otherwise ("the difference between UNDP and UNICEF", "the programme in Morocco and in
        Tunisia" are declined). Any split point will do: "le FMMD et le Pacte" has one, «المنتدى العالمي
        للهجرة والتنمية والميثاق» two, the first inside a name."""
        text = " ".join(part.split())  # as list_items joins an item's words
        starts, at = [], 0
        for item in items:
            at = text.find(item, at)
            if at < 0:  # an item list_items rewrote ("+" read as "and"): no split point to rely on
                return None
            starts.append(at)
        ignore = frozenset({_COMPARE})
        for start in starts[1:]:
            halves = (text[:start], text[start:])
            if any(not self._words(half).isdisjoint(self.kb.lexicon.names) for half in halves):
                continue
            matches = [self.matcher.match(half, lang, darija=darija, ignore=ignore) for half in halves]
            first, second = (match.confident_entry for match in matches)
            if first and second and first.id != second.id and not any(map(self.matcher.is_social, (first, second))):
                return matches
        return None

    def _past_the_event_named(self, part: str, lang: str, darija: bool | None) -> Match:
        """The part's match. The event's day or city named in passing ("on the 26th, what time?", "the
        meeting in Rabat, what is it about?"): what is asked is what is left, when it asks more than
        whether the event is on that day or in that city ("c'est bien le 26 ?"), which asks its date."""
        whole = self.matcher.match(part, lang, darija=darija)
        rest = without_event_day(part, self.kb.logistics.event_date)
        # ... unless the day was part of a phrase asking something ("the programme for tomorrow": the agenda)
        in_a_phrase = rest != part and any(word[:1] == CONCEPT_MARK for word in self._words(rest) - self._words(part))
        if (
            not in_a_phrase
            and (rest != part or not self._city.isdisjoint(self._words(part)))
            and self._asks_beyond_the_event(rest)
        ):
            other = self.matcher.match(rest, lang, darija=darija, ignore=self._city)
            if (entry := other.confident_entry) and not self.matcher.is_social(entry):
                return other
        elif rest != part and whole.confident_entry is None:
            dates = [entry for entry in whole.suggestions if entry.id in self._dates]
            if dates:
                return Match(Outcome.ANSWER, dates[0], whole.score, whole.lang)
        return whole

    def _asked_after_the_sender(self, part: str, lang: str, darija: bool | None) -> Match | None:
        """The question after who the sender is ("je travaille dans une asso à Oujda, les ONG sont-elles
        invitées ?", «انا صحفي، شنو حقق البرنامج؟»), matched alone, when it is answered."""
        question = self._question_after_the_sender(part)
        if question is None:
            return None
        asked = self._past_the_event_named(question, lang, darija)  # «وأود تأكيد حضوري ... يوم 26 يناير، فكيف»
        entry = asked.confident_entry
        return asked if entry is not None and not self.matcher.is_social(entry) else None

    def _question_after_the_sender(self, part: str) -> str | None:
        """What the part asks after saying who the sender is, or None. None too when the scene tells of
        the sender's own case ("j'ai perdu mon passeport, où aller ?"), of food (an allergy: "is there
        anything suitable?"), or of going to another event or wanting a job, an investment, a grant ("I'm
        attending the GFMD summit, what are the dates?", «بغيت نستثمر فالمغرب، شكون نتصل بيه»): that is
        what is asked. (Who the sender is may name them: "je suis stagiaire à l'OIM, quel est le dress
        code ?", "I'm on the steering committee, what time does it start?")"""
        if IDENTITY_WORDS.isdisjoint(word for word, _ in terms(part)):  # no "I am", «انا», "je suis": no scene
            return None
        question = after_the_sender(part) or after_an_unpunctuated_scene(part)
        if not question or not (asks_something((question,)) or makes_a_request(question)):  # «أريد نبذة عن ...»
            return None
        told = self.kb.lexicon.topics_not_covered(part) - self.kb.lexicon.topics_not_covered(question)
        scene = part[: max(0, part.rfind(question))]
        wants = makes_a_request(scene) or not self._words(scene).isdisjoint(_GOING)  # "bghit", "I'm attending"
        return None if told & THE_SENDERS_OWN or told & ELSEWHERE and wants else question

    def _subjects_of_one_question(self, part: str, items: list[str], darija: bool | None) -> bool:
        """The items after the first are bare subjects of its question (no question word of their own:
        "avant la santé, ils ont fait quoi ?" is two questions), and splitting broke no phrase the lexicon
        reads whole (every topic word of every item is a word of the whole)."""
        if any(has_question_word(item) for item in items[1:]):
            return False
        whole = {word for word, _ in self.matcher.terms(part, bool(darija))}
        return all(
            word in whole for item in items for word, is_stop in self.matcher.terms(item, bool(darija)) if not is_stop
        )


def _asks_past_its_scene(asked: Match, whole: Match) -> bool:
    """Is the question after who the sender is answered rather than the whole message, even before the
    message is read as a list? When the whole's answer is the scene's ("I'm a journalist": the press)
    and the question is of another kind, or answers what the whole answers only tentatively. Not a
    practical question, which leans on the scene ("can I come?" after «كنخدم فجمعية»: whether
    associations are invited)."""
    entry, scene = asked.entry, whole.entry if whole.outcome is Outcome.ANSWER else None
    if entry is None or entry.category == _PRACTICAL or (scene is not None and scene.id == entry.id):
        return False
    return scene is None or whole.tentative or scene.category != entry.category
