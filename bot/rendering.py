"""A matcher's verdicts as the Reply the user sees: answers in the order asked, each under its title when
there are several, with their follow-ups, actions and the venue's pin; a "did you mean"; the fallback."""

from __future__ import annotations

from bot.knowledge import Entry, KnowledgeBase
from bot.reply import Choice, Reply, VenuePin
from bot.texts import text
from bot.verdict import Match, Outcome

MAX_FOLLOW_UPS = 4


class Renderer:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        # The knowledge base is immutable (a reload builds a new Answerer): each answer is typeset once.
        self._rendered: dict[tuple[str, str, bool], str] = {}

    def choice(self, entry: Entry, lang: str) -> Choice:
        return Choice(entry.id, self.kb.title(entry, lang))

    def answers(
        self,
        matches: list[Match],
        lang: str,
        *,
        greet: bool = False,
        unanswered: list[str] | None = None,
        contact: bool = True,
    ) -> Reply:
        """One reply answering one or more entries, in order, with their follow-ups and actions."""
        entries = [match.entry for match in matches if match.entry is not None]
        answered_ids = [entry.id for entry in entries]
        pieces = []
        # The way to reach the organisers is said once, by the last answer that says it.
        saying = [
            entry for entry in entries if contact and self._answer(entry, lang, True) != self._answer(entry, lang)
        ]
        for match, entry in zip(matches, entries, strict=False):
            answer = self._answer(entry, lang, bool(saying) and entry is saying[-1])
            if len(entries) > 1:
                answer = f"{self.kb.title(entry, lang)}\n{answer}"
            if match.tentative:
                answer = text("tentative", lang) + "\n" + answer
            pieces.append(answer)
        for part in unanswered or ():
            pieces.append(text("no_reliable_answer_to", lang, question=part.strip()))
        if greet:
            # on a line of its own above several titled answers ("Bonjour !\nLe lieu\n…")
            pieces[0] = text("greeting_prefix", lang) + ("\n" if len(entries) > 1 else " ") + pieces[0]
        follow_ups: list[Choice] = []
        for entry in entries:
            for target in entry.follow_ups:
                if (
                    target in self.kb.by_id
                    and target not in answered_ids
                    and all(choice.entry_id != target for choice in follow_ups)
                ):
                    follow_ups.append(self.choice(self.kb.by_id[target], lang))
        actions = tuple(dict.fromkeys(action for entry in entries for action in entry.actions))
        says_where = any(getattr(entry, "logistics_field", None) == "venue" for entry in entries)
        return Reply(
            Outcome.ANSWER,
            answered_ids[0],
            min(match.score for match in matches),
            lang,
            "\n\n".join(pieces),
            follow_ups=tuple(follow_ups[:MAX_FOLLOW_UPS]),
            entry_ids=tuple(answered_ids),
            actions=actions,
            venue_pin=self._venue_pin(lang) if says_where else None,
        )

    def _answer(self, entry: Entry, lang: str, contact: bool = False) -> str:
        """An entry's answer, typeset once (the knowledge base never changes under an Answerer)."""
        answer = self._rendered.get((entry.id, lang, contact))
        if answer is None:
            answer = self._rendered[(entry.id, lang, contact)] = self.kb.render(entry, lang, contact)
        return answer

    def _venue_pin(self, lang: str) -> VenuePin | None:
        logistics = self.kb.logistics
        link = logistics.maps_link()
        if logistics.location is None or link is None:
            return None
        city = logistics.city.get(lang, "")
        return VenuePin(*logistics.location, title=logistics.value("venue", lang) or city, address=city, link=link)

    def verdict(self, match: Match, contact: bool = True) -> Reply:
        lang = match.lang
        if match.outcome is Outcome.ANSWER and match.entry is not None:
            return self.answers([match], lang, contact=contact)
        if match.outcome is Outcome.SUGGEST and match.suggestions:
            suggestions = tuple(self.choice(entry, lang) for entry in match.suggestions)
            lines = [text("did_you_mean", lang)]
            lines += [f"{number}. {choice.title}" for number, choice in enumerate(suggestions, start=1)]
            return Reply(Outcome.SUGGEST, None, match.score, lang, "\n".join(lines), suggestions=suggestions)
        sentence = self.kb.logistics.contact_sentence(lang) if contact else ""
        fallback = text("fallback", lang, contact=sentence, **self.kb.logistics.identity(lang)).rstrip()
        return Reply(Outcome.FALLBACK, None, match.score, lang, fallback)
