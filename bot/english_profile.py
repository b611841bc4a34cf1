"""English: its LanguageProfile (what each field is for: bot/language_profile.py)."""

from __future__ import annotations

from bot.language_profile import LanguageProfile, words

ENGLISH = LanguageProfile(
    code="en",
    name="English",
    babel_locale="en_GB",
    stop_words="""
        a an the is are was were be been being am do does did has have had of to in on at for with by from and or but
        this that these those it its i me my we our you your he she they them their what which can could
        would should will shall may might please tell know want like about any some there here s
        kindly grateful wondering wonder share let whether if bother mind possibly possible also just so
        glad appreciate appreciated thanks now said yes but doing else
        all too really besides not still once
        anywhere somewhere anything something anyone someone need needs needed again no
        itself himself herself themselves myself ourselves actually
        usually normally generally typically afterwards afterward few quick quickly bit lot lots basically
        maybe perhaps probably anyway though even ever already her his him along up dear local
        into onto upon within towards toward via among across through as such very than each every both either neither
        got yesterday between ve ll re yet
        """,
    shorthand={
        **{"u": "you", "ur": "your", "r": "are", "thx": "thanks", "thnx": "thanks", "thks": "thanks"},
        **{"d": "would"},  # "I'd like", split at its apostrophe: "i d like" is "i would like"
        **{"teh": "the", "hte": "the"},
        **{"jan": "january"},  # the month typed short, as in "jan 26"
        **{"tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow"},
        **{"ty": "thank you", "pls": "please", "plz": "please", "wat": "what", "wot": "what", "wen": "when"},
        **{"shd": "should", "shld": "should", "yrs": "years", "natl": "national"},
        **{"whre": "where", "wht": "what", "wil": "will", "orgs": "organisations"},
        **{"whr": "where", "abt": "about", "govt": "government", "hw": "how", "wer": "where", "wher": "where"},
        **{"whos": "who is", "comin": "coming", "goin": "going", "organisin": "organising", "ppl": "people"},
        **{"organizin": "organizing", "one": "1", "first": "1", "third": "3", "fourth": "4"},
        # apostrophes left out on a phone keyboard
        **{"im": "i am", "ive": "i have", "youre": "you are", "theres": "there is", "whats": "what is"},
        # not "dont": French "dont" (of which) is a word of its own, a stop word like "do not"
        **{"thats": "that is", "doesnt": "does not", "didnt": "did not", "isnt": "is not"},
        **{"cant": "can not", "wont": "will not", "wouldnt": "would not", "couldnt": "could not"},
        # "isn't", split at its apostrophe: "isn" is "is" ("t" is a stop word); not "don" (French "un don")
        **{"isn": "is", "aren": "are", "wasn": "was", "weren": "were", "haven": "have", "hasn": "has"},
        **{"doesn": "does", "didn": "did", "wouldn": "would", "couldn": "could", "shouldn": "should"},
    },
    stem_suffixes=("ings", "ing", "ies", "ers", "ed", "er", "es", "s", "ations", "ation", "ment"),
    # French "-ent" would leave "pres", the stem of "press"; "state(s)", "stated" would be "stat", as "stats" is
    unstemmed=words("present state states stated consultant consultants"),
    question_words="when where who whom which what how why whether is are do does can",
    yes_or_no_words=words("is are do does can"),
    opening_question_words=words("was were did will has have could would should"),
    between_words=words("between"),
    from_words=words("from"),
    and_words=words("and or then n"),  # "n" in SMS: "wat time does it start n wat time does it end"
    or_words=words("or"),
    and_phrases={"as well as": "and"},
    number_words=words("number total"),
    cardinal_words=tuple("two three four five six seven eight nine ten".split()),
    identity_words=words("am m work represent student researcher"),  # "I'm" reads as "i", "m"
    not_meant_words=frozenset({"not", "and not", "rather than"}),
    meant_words=frozenset({"i meant", "i mean", "i was asking about"}),
    but_words=words("but"),
    first_person_words=words("i my me we our us"),
    request_words=words("want wanted need like looking send give know grateful confirm tell"),
    request_openers=words("tell let send give know"),
    before_a_request=words("could would can you please also kindly just i like to"),
    framing_openers=frozenset(
        {"as part of", "in view of", "given that", "further to", "following", "ahead of", "in preparation for"}
        | {"before i confirm", "before confirming", "before i reply", "before i register"}
        | {"as i", "as we", "since i", "since we", "because i", "because we"}  # "As I write for a magazine, ..."
        | {"as someone who", "for those of us", "for readers of", "for the readers of", "for the purposes of"}
        | {"for the purpose of", "for a literature review", "for my research", "for a paper", "for an article"}
        | {"i have a meeting", "i have another meeting", "i have a flight", "i have a train", "i've got a meeting"}
    ),
    reason_openers=(
        *(f"{opener} {subject}" for opener in ("as", "because") for subject in ("i", "we", "my", "our", "the")),
        *("since i", "since we"),  # not "since the health plan": a time
        *("so that i", "so that we", "so i can", "so we can", "given that i", "given that we"),
        *("i need to", "we need to", "i have to", "we have to"),  # "..., I need to book my train"
    ),
    numbered_words=words("phase phases stage stages step steps part edition round"),
    markers=words(
        """
        the an is are was were what which who whom when where why how many much does do did can could i you we it
        and of to for on in with without not programme program hello hi thanks thank please breakfast countries
        goals funding venue time
        """
    ),
    yes_words=("yes",),
    no_words=("no",),
    maybe_words=("maybe",),
    nothing_words=frozenset({"nothing", "none", "no", "nope", "no thanks", "n a", "na"}),
    gratitude_words=words("thanks thank thx tks cheers grateful appreciate appreciated"),
    frame_openers=("after",),
    relation_words=words("link linked links relate relates related relation relationship connection connected tied"),
    clause_joiners=words("which who that where when"),
    subject_pronouns=words("i i'm we you they he she"),
    carrying_on_words=words("to until"),
    yes_or_no_openers=frozenset({"is there", "are there"}),
    verb_negations=words("not"),
    auxiliaries=words("is are was were do does did can could will would should have has am be"),
    after_a_verb_not=words("sure only just yet"),
    only_words=words("only"),
    colleague_nouns=words("colleague colleagues coworker"),
    not_names=words("never cannot also too asked asks wants said"),
    tomorrow_words=frozenset({"tomorrow", "tomorrow morning"}),  # and its shorthand ("tmrw")
    after_with_shorthand=words("the a an my your his her their our him them me us it this that these those"),
)
