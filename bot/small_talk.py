"""The reply to a message made only of formulas: a greeting, thanks, a farewell ("bonjour", "merci",
"bslama"), or several of them ("merci beaucoup, bonne journée !")."""

from __future__ import annotations

from dataclasses import replace

from bot.matcher import Matcher
from bot.normalize import pooled_stems, terms
from bot.rendering import Renderer
from bot.reply import Reply
from bot.understanding import small_talk_by_formula
from bot.verdict import Match, Outcome

# Which reply a message of several formulas gets: the one that ends a conversation ("merci, au revoir").
FORMULAS_LAST_FIRST = ("goodbye", "thanks", "greeting")
# Thanks with a farewell get both replies, in the order a conversation ends: "you're welcome", then
# goodbye. The thanks are not left unanswered ("Thanks a lot, bye!"), when they are thanks: "ok top,
# bonne journée" closes with a formula of thanks, and gets goodbye alone.
BOTH_REPLIED = ("thanks", "goodbye")
_GRATITUDE = pooled_stems(lambda profile: profile.gratitude_words)


class SmallTalk:
    def __init__(self, matcher: Matcher, renderer: Renderer):
        self.matcher = matcher
        self._renderer = renderer
        self._for_formula = small_talk_by_formula(matcher.entries, matcher.lexicon, matcher.is_social)
        self.formula_of = {entry.id: kind for kind, entry in self._for_formula.items()}

    def reply(self, text: str, said: tuple[str, ...], preferred_lang: str, contact: bool = True) -> Reply:
        """The reply to `text`, a message of formulas only; `said`: the kinds of formula it says."""
        match = self.match(text, said, preferred_lang)
        if (
            match.entry is not None
            and self.formula_of.get(match.entry.id) in BOTH_REPLIED
            and all(kind in said and kind in self._for_formula for kind in BOTH_REPLIED)
            and not _GRATITUDE.isdisjoint(word for word, _ in terms(text))
        ):
            both = [replace(match, entry=self._for_formula[kind], tentative=False) for kind in BOTH_REPLIED]
            return self._renderer.answers(both, match.lang, contact=contact, titled=False)
        return self._renderer.verdict(match, contact)

    def match(self, text: str, said: tuple[str, ...], preferred_lang: str) -> Match:
        """The whole message's match stands when it is small talk of a kind the message says ("merci
        madame" matching the greeting's "bonjour madame" does not); otherwise the kind said decides, a
        farewell before thanks before a greeting, as a conversation ends ("à vendredi alors, merci",
        "sba7 lkhir")."""
        match = self.matcher.match(text, preferred_lang)
        if not said:
            return match
        entry = match.entry
        if entry is not None and self.matcher.is_social(entry) and self.formula_of.get(entry.id) in said:
            # The formulas read decide, so no "if I understand you correctly" before "you're welcome".
            return replace(match, tentative=False)
        for kind in FORMULAS_LAST_FIRST:
            if kind in said and kind in self._for_formula:
                return Match(Outcome.ANSWER, self._for_formula[kind], 100.0, match.lang)
        return match
