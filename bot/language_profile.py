"""What the code knows about a language of the bot: the LanguageProfile every language fills in
(bot/french_profile.py, bot/english_profile.py, bot/arabic_profile.py; bot/language_profiles.py lists
them). Word lists are written as people type them; the code folds them (case, accents, Arabic letter forms).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

LATIN, ARABIC_SCRIPT = "latin", "arabic"  # the scripts bot.languages.script_language tells apart


@dataclass(frozen=True)
class LanguageProfile:
    code: str  # ISO 639-1, as Telegram's language_code starts ("en-US" -> "en"), and the key in knowledge/
    name: str  # its own name, on the language button
    babel_locale: str  # dates and plural categories (CLDR), with the country's conventions
    script: str = LATIN  # the script it is typed in
    right_to_left: bool = False  # left-to-right runs (commands, @mentions, Latin names) get isolated
    french_typography: bool = False  # no-break spaces before : ; ? ! and inside « »; times "9 h 30"
    first_of_month: str | None = None  # how the first day of a month is written ("1er", «فاتح»), if not "1"
    stop_words: str = ""  # function words that carry no meaning for matching (question words excluded)
    shorthand: Mapping[str, str] = field(default_factory=dict)  # chat shorthand -> the knowledge base's words
    stem_suffixes: tuple[str, ...] = ()  # endings the light stemmer takes off a Latin-letter word
    unstemmed: frozenset[str] = frozenset()  # words the stemmer would fold into another ("present" is not "press")
    question_words: str = ""  # words that open a question (a message is split before "and" + one of them)
    and_words: frozenset[str] = frozenset()  # "and", "or", "then" between two questions
    or_words: frozenset[str] = frozenset()  # "or" before the second of two answers offered ("8h ou 9h ?")
    and_phrases: Mapping[str, str] = field(default_factory=dict)  # several words for "and" ("as well as"): the word
    # Beginnings of words whose first letter is the "and" written on the next word (و), as a letter of
    # their own: «وزارة» is a ministry, not «و» + «زارة».
    not_and_on: tuple[str, ...] = ()
    elided_letters: str = ""  # letters written with an apostrophe before a vowel (l', j'): "lheure" is l'heure
    between_words: frozenset[str] = frozenset()  # "le programme conjoint entre l'OIM et le PNUD": part of its name
    from_words: frozenset[str] = frozenset()  # "a colleague from the ministry": where the colleague works
    # The question words of a yes-or-no question ("est-ce que", "does", «هل»), which ask no who or what.
    yes_or_no_words: frozenset[str] = frozenset()
    # Words that ask only when they open the sentence: "was there a phase 3?", not "Jamaica was in it."
    opening_question_words: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()  # "the number of": says nothing of what "how many" counts
    # Numbers written as words, two to ten (forms separated by "/"): an answer's "seven other countries"
    # names the 7 of "the 7 other countries". Not one, which is also "a" ("un", «واحد»).
    cardinal_words: tuple[str, ...] = ()
    # Who the sender says they are ("je suis journaliste", "I'm a reporter", «أنا صحفية»): a clause with
    # one of these and no question word sets the scene for the question after it.
    identity_words: frozenset[str] = frozenset()
    # The sender speaking of themselves ("je", "my", «أنا»): a lead before a colon with one is a sentence
    # of its own ("Je viendrai avec deux collègues : ..."), not the subject asked about (bot/understanding.py).
    first_person_words: frozenset[str] = frozenset()
    # Words that ask for something without a question ("je voudrais", «بغيت», "send me"): a statement
    # with one is a request, not small talk beside a greeting.
    request_words: frozenset[str] = frozenset()
    # Verbs that open a request after "and", past the words before a request ("comment confirmer ma présence
    # et me préciser le budget", «ما هو الزي المطلوب وإخباري بمكان ركن السيارات», "and could you tell me when
    # it ends"): a request of its own. Not "and would like to attend": a modal alone opens no request.
    request_openers: frozenset[str] = frozenset()
    before_a_request: frozenset[str] = frozenset()  # "me", "nous" (French puts them first), "could you", "please"
    # Openings of a clause that frames the question after it ("dans le cadre de mes recherches, ...",
    # «نظرا لارتباطاتي، متى ينتهي اللقاء؟»): the clause says why one asks, not what.
    framing_openers: frozenset[str] = frozenset()
    # Openings of a clause after a comma that says why one asks ("..., as I shall be driving up from
    # Casablanca", "..., afin que je puisse le noter", «...، حيت عندي سفر»): bot/reasons.py leaves it out.
    reason_openers: tuple[str, ...] = ()
    # Relative pronouns («التي», «اللي»): in «ما هي الجلسة الختامية التي تنظم في الرباط؟», what follows
    # one only describes the subject asked about.
    relative_pronouns: frozenset[str] = frozenset()
    # A correction's "not" ("the breakfast, not the programme", «ماشي البرنامج»), of any length, and
    # its "but" («لم أقصد البرنامج بل الفطور»): what is between them was not meant (bot/corrections.py).
    not_meant_words: frozenset[str] = frozenset()
    but_words: frozenset[str] = frozenset()
    # What says the sender corrects themselves ("I meant", «قصدت»): then the "not ..." after it is set
    # aside whatever it names ("I meant the end, not when it starts").
    meant_words: frozenset[str] = frozenset()
    # Nouns a number goes with ("phase 1", "1st stage"): a lone 1 anywhere else is chat shorthand for
    # "un", "one" ("c 1 ptit dej", "avec 1 collègue"), not a number the question asks about.
    numbered_words: frozenset[str] = frozenset()
    markers: frozenset[str] = frozenset()  # frequent words that tell it among the Latin-script languages
    marker_letters: str = ""  # letters that tell it among the Latin-script languages
    elided: frozenset[str] = frozenset()  # words elided before a vowel, without the apostrophe ("l", "qu": French)
    yes_words: tuple[str, ...] = ()  # a typed yes / no / maybe to the invitation
    no_words: tuple[str, ...] = ()
    maybe_words: tuple[str, ...] = ()
    nothing_words: frozenset[str] = frozenset()  # "nothing" typed at an optional step
    gratitude_words: frozenset[str] = frozenset()  # thanks themselves, not "ok" or "that's all" (formulas too)
    romanised_markers: frozenset[str] = frozenset()  # words that show it typed in Latin letters (Darija)
    romanised_function_words: frozenset[str] = frozenset()  # such words that carry no meaning
    # How one thing bears on another ("is it linked to", «علاقتها»): naming only the programme beside them,
    # a question asks it of what the question before named (bot/follow_ups.py).
    relation_words: frozenset[str] = frozenset()
    # What opens a frame of time before a comma ("after health, which other area?", «من بعد الصحة، فاش مجال
    # اخر؟»): not a subject of its own in a list (bot/list_items.py).
    frame_openers: tuple[str, ...] = ()
    # Two questions typed in one breath (bot/run_on.py): words that also join a clause to a noun or a
    # verb ("la ville où ...", "qui contacter quand on ..."), the subject pronouns after such a "when",
    # words that carry a question on across a cut («من اي تاريخ الى اي تاريخ»), what opens a yes-or-no
    # question ("is there", «واش»), and the pronouns after «ما» that make it "what is" («ما هي»).
    clause_joiners: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    carrying_on_words: frozenset[str] = frozenset()
    yes_or_no_openers: frozenset[str] = frozenset()
    pronouns_asked_of: frozenset[str] = frozenset()
    # A verb's "not", which corrects nothing (bot/corrections.py): the negation, the auxiliaries before
    # it ("is not open"), the words after it ("not sure", "not the only"), and «ماشي ل»: "going to".
    verb_negations: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    after_a_verb_not: frozenset[str] = frozenset()
    only_words: frozenset[str] = frozenset()
    going_words: frozenset[str] = frozenset()
    # A colleague named (bot/match_names.py): the nouns a name follows, in Latin letters (Arabic script has
    # no capitals to tell a name by), and capitalised words after them that are no names ("Never").
    colleague_nouns: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    # "Tomorrow", as the guests write the day before: the event's day named in passing (bot/event_day.py),
    # so "the dress code for tomorrow" asks the dress code. Not «غدا», which is also "lunch" in Darija
    # (nor "l ghda", "the lunch", in Latin letters).
    tomorrow_words: frozenset[str] = frozenset()
    # What follows "w" when it is "with" in chat shorthand ("what did they do w the Entraide"), not Latin-
    # letter Darija's "and" ("l'adresse w l'heure"): a list is not split there (bot/list_items.py).
    after_with_shorthand: frozenset[str] = frozenset()


def words(block: str) -> frozenset[str]:
    return frozenset(block.split())
