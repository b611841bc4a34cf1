"""The reply to a message made only of formulas: a greeting, thanks, a farewell ("bonjour", "merci",
"bslama"), or several of them ("merci beaucoup, bonne journée !")."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from bot.knowledge import Entry
from bot.lexicon import Lexicon
from bot.matcher import Matcher
from bot.normalize import pooled_stems, terms
from bot.question_words import QUESTION_WORDS
from bot.rendering import Renderer
from bot.reply import Reply
from bot.texts import text
from bot.understanding import understand
from bot.verdict import Match, Outcome

# Which reply a message of several formulas gets: the one that ends a conversation ("merci, au revoir").
FORMULAS_LAST_FIRST = ("goodbye", "thanks", "greeting")
# Thanks said with a farewell are not left unanswered ("Thanks a lot, bye!"): "you're welcome" opens the
# goodbye. Only thanks themselves: "ok top, bonne journée" closes with a formula of thanks, and gets
# goodbye alone.
THANKS_THEN_GOODBYE = ("thanks", "goodbye")
_GRATITUDE = pooled_stems(lambda profile: profile.gratitude_words)


def small_talk_by_formula(
    entries: Iterable[Entry], lexicon: Lexicon, is_social: Callable[[Entry], bool]
) -> dict[str, Entry]:
    """The small-talk entry for each kind of formula (greeting, thanks, goodbye): the one whose
    phrasings are most often that formula alone ("bonjour", "merci"). A message that is only a
    formula the entry's phrasings never spell ("sba7 lkhir") still gets its reply."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    by_id: dict[str, Entry] = {}
    for entry in entries:
        if not is_social(entry):
            continue
        by_id[entry.id] = entry
        for phrasings in entry.questions.values():
            for phrasing in phrasings:
                message = understand(phrasing, lexicon, QUESTION_WORDS)
                if message.only_social and len(message.social) == 1:
                    votes[message.social[0]][entry.id] += 1
    return {kind: by_id[counts.most_common(1)[0][0]] for kind, counts in votes.items()}


class SmallTalk:
    """Replies to messages of formulas only, from the knowledge base's small-talk entries."""

    def __init__(self, matcher: Matcher, renderer: Renderer):
        self.matcher = matcher
        self._renderer = renderer
        self._entry_for_kind = small_talk_by_formula(matcher.entries, matcher.lexicon, matcher.is_social)
        self._kind_of_entry = {entry.id: kind for kind, entry in self._entry_for_kind.items()}

    def replies_to_a_formula(self, entry_id: str) -> bool:
        """Is the entry the reply to a kind of formula (a greeting, thanks, a farewell)?"""
        return entry_id in self._kind_of_entry

    def reply(self, message: str, said: tuple[str, ...], preferred_lang: str, contact: bool = True) -> Reply:
        """The reply to `message`, made of formulas only; `said`: the kinds of formula it says."""
        match = self._match(message, said, preferred_lang)
        thanks, goodbye = (self._entry_for_kind.get(kind) for kind in THANKS_THEN_GOODBYE)
        if (
            thanks is None
            or goodbye is None
            or match.entry not in (thanks, goodbye)
            or not set(THANKS_THEN_GOODBYE) <= set(said)
            or _GRATITUDE.isdisjoint(word for word, _ in terms(message))
        ):
            return self._renderer.verdict(match, contact)
        reply = self._renderer.verdict(replace(match, entry=goodbye, tentative=False), contact)
        welcome = text("thanks_before_goodbye", reply.lang)
        return replace(reply, entry_id=thanks.id, entry_ids=(thanks.id, goodbye.id), text=f"{welcome} {reply.text}")

    def _match(self, message: str, said: tuple[str, ...], preferred_lang: str) -> Match:
        """The whole message's match stands when it is small talk of a kind the message says ("merci
        madame" matching the greeting's "bonjour madame" does not); otherwise the kind said decides, a
        farewell before thanks before a greeting, as a conversation ends ("à vendredi alors, merci",
        "sba7 lkhir")."""
        match = self.matcher.match(message, preferred_lang)
        if not said:
            return match
        entry = match.entry
        if entry is not None and self.matcher.is_social(entry) and self._kind_of_entry.get(entry.id) in said:
            # The formulas read decide, so no "if I understand you correctly" before "you're welcome".
            return replace(match, tentative=False)
        for kind in FORMULAS_LAST_FIRST:
            if kind in said and kind in self._entry_for_kind:
                return Match(Outcome.ANSWER, self._entry_for_kind[kind], 100.0, match.lang)
        return match
