"""Darija typed in Latin letters has no settled spelling: the vowels vary (kaymowel, kaymawel) and
letters are doubled or not (nbeddel, nbddl). A word of such a message is read as the lexicon's Darija
word with the same consonants, when only one concept has them (issue 7). A word neither the lexicon
nor the knowledge base knows is read as the Arabic-script word with the same consonants ("nata2ij" is
«نتائج»)."""

from __future__ import annotations

import pytest

from bot.darija_reading import arabic_skeleton, arabizi_skeleton, darija_skeleton, darija_word, skeleton_index
from tests.telegram_harness import bundled_answerer
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("chkoun li kaymawel lprogramme", "programme_funder"),  # the lexicon has kaymowel
        ("chnahoma natayij f lmaghrib", "results_morocco"),  # natayej
        ("kifach nbddl l7odour dyali", "rsvp_change"),  # nbdel
        ("ch7al mn bled f had lprogramme", "programme_countries"),
        ("ch7al ghadi ydoum lftour", "logistics_end_time"),
        ("wach l i3lam ymkn ydkhol", "event_press"),
        ("wach kayn chi tomobil parking 9rib", "logistics_access"),
        ("ch7al mn dola kayna f lprogramme?", "programme_countries"),  # dola, dawla: a state
        ("ma n9derch nji, kifach nannuli?", "rsvp_change"),  # "annuler" with Darija's n of the first person
        ("nta robot wla bnadem?", "smalltalk_about_bot"),  # "nta", "wla" tell Darija: "you", "or"
    ],
)
def test_darija_in_latin_letters_spelt_another_way(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "wach kayn chi khedma f OIM",
        "ch7al kayn mn mhajir f lmaghrib",
        "kifach ndir visa l spania",
        "wach kayn wifi",
        "salam, bghit n9ra f swisra, kayna chi minha?",  # a grant to study in Switzerland, not the funder
    ],
)
def test_darija_questions_the_programme_does_not_cover_stay_declined(message):
    assert ask_json(message)["ids"] == []


def test_a_skeleton_is_the_consonants_with_doubled_letters_written_once():
    assert darija_skeleton("kaymawel") == darija_skeleton("kaymowel") == "kymwl"
    assert darija_skeleton("nbeddel") == darija_skeleton("nbddl") == "nbdl"
    assert darija_skeleton("7ader") == "7dr"  # the digits written for Arabic sounds are consonants


def test_a_skeleton_two_concepts_share_reads_as_neither():
    skeletons = skeleton_index({"nbdel": "§change", "nbadal": "§change", "bdil": "§switch", "badal": "§other"})
    assert darija_word("nbeddel", False, frozenset(), skeletons) == ("nbadal", False)  # one concept: kept
    assert darija_word("bdal", False, frozenset(), skeletons) == ("bdal", False)  # "bdl": two concepts
    assert darija_word("nbdl", True, frozenset(), None) == ("nbdl", True)  # no lexicon: the word as it is


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("nata2ij", "نتايج"),  # the hamza (2) is dropped on both sides, as are the long vowels
        ("hijra", "هجره"),  # the folded ة is the Latin spelling's final vowel
        ("sa7bi", "صاحبي"),
        ("mochkil", "مشكله"),  # ch and sh are ش
        ("ta9yim", "تقييم"),  # 9 (and q) are ق
    ],
)
def test_a_latin_spelling_and_its_arabic_word_have_the_same_consonants(latin, arabic):
    assert arabizi_skeleton(latin) == arabic_skeleton(arabic)


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("nata2ij", "نتايج"),
        ("ta9yim", "تقييم"),  # not «تقام» (held), whose consonants are the same: it reads less like it
        ("ahdaf", "اهداف"),
        ("lmocharaka", "مشاركه"),  # the article written onto the word is taken off
        ("istiratijiya", "استراتيجيه"),  # a long word, its vowels written out
        ("l2idmaj", "ادماج"),  # the article and the hamza's digit taken off
    ],
)
def test_a_word_only_arabic_script_has_is_read_as_that_word(latin, arabic):
    assert bundled_answerer().matcher._darija.read(latin) == arabic  # noqa: SLF001


@pytest.mark.parametrize(
    "latin",
    [
        "kadir",  # "he does": the consonants of «اكوادور» (Ecuador), whose long vowels it does not have
        "jalsa",  # «جلسة» the session or «جالس» seated: two meanings read about as well
    ],
)
def test_a_reading_that_is_not_clear_is_not_made(latin):
    assert bundled_answerer().matcher._darija.read(latin) is None  # noqa: SLF001


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("chno homa nata2ij dyal lbarnamaj f lmaghrib", "results_morocco"),
        ("wach kayn ta9yim dyal lbarnamaj", "results_assessment"),
        ("chno homa l ahdaf dial had l barnamaj?", "programme_objectives"),  # "homa", "dial": not the topic
        ("ash hiya UNDP? w chno kadir?", "about_undp"),
    ],
)
def test_darija_words_known_only_in_arabic_script(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("kifach nwsel liha?", "logistics_access"),  # "liha" (to it) is not what is asked
        ("wach ymken liya nji m3a sa7bi", "rsvp_colleague"),
    ],
)
def test_darija_pronouns_are_not_topics(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("ch7al fl sa3a ghadi ybda?", "logistics_time"),  # "at what time", not "how many"
        ("wach sa7afa ymkn tji?", "event_press"),  # "tji" (comes) carries no topic
        ("bghit n3ref chno ghadi ydiro f had l9a2", "event_agenda"),  # "what will they do"
        ("wach l7afla mftou7a l ay wa7ed?", "event_attendees"),  # open to anyone
        ("kifach ntwasel m3a lmnadmin?", "logistics_contact"),  # get in touch, not "arrive" (ntwsel)
        ("chno hiya l3ala9a m3a pacte mondial?", "global_compact"),
        ("chkoun li kaymwel had lprogramme?", "programme_funder"),
        ("wach n9der nji m3a sahbi?", "rsvp_colleague"),
        ("ila ma9dertch nji chno ndir?", "rsvp_change"),
        ("wach lftour fih chi tenue m3ayna?", "logistics_dress_code"),  # "fih", "m3ayna" say nothing
        ("l9a2 ghadi ykoun f rbat?", "logistics_venue"),  # whether it is in Rabat, not what it is about
        ("chno t9der t3awni fih?", "smalltalk_about_bot"),  # "help me", not «التعاون» (cooperation)
        ("Le petit-déjeuner aura lieu à Rabat ?", "logistics_venue"),
    ],
)
def test_everyday_darija_in_latin_letters(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("chkoun ghadi yji l ftour?", "event_attendees"),  # who is coming: the guests, not the speakers
        ("wach n9der nji m3a wa7ed sa7bi?", "rsvp_colleague"),  # "wa7ed" (one, someone) says nothing asked
        ("3tini numero dyal wa7ed mn l organisateurs 3afak", "logistics_contact"),
    ],
)
def test_someone_and_who_is_coming_in_latin_darija(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_how_are_you_in_darija_is_a_greeting_not_a_question():
    reply = ask_json("salam, ki dayrin? fin ghadi ykoun l ftour?")
    assert reply["ids"] == ["logistics_venue"]
    assert "ki dayrin" not in reply["answer"]  # never "I have no answer to «ki dayrin?»"


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [("chno hiya had l jalsa?", "event_overview"), ("imta l ikhtitam?", "event_date")],
)
def test_the_session_and_the_closing_in_latin_darija_are_the_event(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


def test_how_were_the_results_in_latin_darija_asks_for_them():
    """ "kifach kanet" is "how were": what they were, not a procedure."""
    assert ask_json("kifach kanet nata2ij l programme f lmaghrib?")["ids"] == ["results_morocco"]
    assert ask_json("واش هو فطور ولا ندوة؟")["ids"] == ["event_format"]  # «ولا» (or) weighs as little as "or"


def test_a_result_read_through_arabic_letters_in_another_country_is_not_the_list_of_countries():
    """ "natija" (result) is read as «نتيجة»: a topic the countries entry lacks, for a country it names."""
    assert ask_json("chno natija dyal lprogramme f serbia?")["ids"] == []


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("wach l programme dar chi 7aja f sse7a?", "results_health"),  # "did it do anything": its results
        ("wach dar chi 7aja l programme f l maghrib?", "results_morocco"),
    ],
)
def test_did_it_do_anything_asks_for_results(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        ("kifach n2akked bli ghadi nji?", "rsvp_how"),  # bli (that) is a function word
        ("fin ghadi ykon lftour bdebt?", "logistics_venue"),  # bdebt (exactly), spelt another way
    ],
)
def test_more_function_words_in_latin_darija(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message", ["golt likom ghadi nji walakin daba ma9adrach, chno ndir?", "ما بقيتش نقدر نجي للفطور، شنو ندير؟"]
)
def test_having_said_yes_and_no_longer_being_able_to_come_is_changing_ones_reply(message):
    """ "golt" is "I said", not «غلطت» (I made a mistake); «شنو ندير؟» (what do I do?) asks nothing more."""
    assert ask_json(message)["ids"] == ["rsvp_change"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # Darija «kan» is "there is" («ila kan», if there is): not French SMS for "quand"
        ("ila kan chi mochkil, chkoun n3ayet lih?", ["logistics_contact"]),
        ("kan le petit dej?", ["event_date"]),  # which it still is in French
        # «t3tini», give me: the way of asking, not what is asked
        ("wach t9dar t3tini l'email dyal l organisateurs?", ["logistics_contact"]),
    ],
)
def test_darija_words_that_look_like_french_sms(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "entry_ids"),
    [
        # «شناهوما»: "what are they", a question word of its own after "and"
        ("شكون اللي مخلص على البرنامج؟ وشناهوما الأهداف ديالو؟", ["programme_funder", "programme_objectives"]),
        ("واش كنهضر مع إنسان ولا مع روبوت؟", ["smalltalk_about_bot"]),  # talking with: the assistant
        ("ما المقصود بالاتفاق العالمي من أجل الهجرة؟", ["global_compact"]),  # «ما المقصود ب»: what is meant by
        ("من هم الضيوف المرتقبون في اللقاء؟", ["event_attendees"]),  # «المرتقبون»: expected, says nothing
        ("am I chatting with a human?", ["smalltalk_about_bot"]),
        ("شنو هي الوزارة اللي سميتها MDCMREAM؟", ["about_mdcmream"]),  # «اللي سميتها»: which is called
        ("الوزير شنو سميتو؟", []),  # the minister's name has not been announced
    ],
)
def test_everyday_arabic_and_darija_question_words(message, entry_ids):
    assert ask_json(message)["ids"] == entry_ids


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("chno homa natai2 dyal lbarnamaj?", ["results_morocco"]),  # «نتائج», results
        ("chno ghadi tdwiw f l lqa2?", ["event_agenda"]),  # what you will talk about
        ("chno daro f sse7a?", ["results_health"]),  # what they did in health
    ],
)
def test_more_darija_in_latin_letters(message, expected):
    assert ask_json(message)["ids"] == expected


def test_ghadi_ykon_spelt_without_u_says_the_event_takes_place():
    # "ykon" for "ykoun" (will be): when it takes place is its date, not also its start and end times
    assert ask_json("imta ghadi ykon lftour?")["ids"] == ["event_date"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ch7al fsa3a ghadi ybda?", ["logistics_time"]),  # at what time
        ("chkoun lmad3owin?", ["event_attendees"]),  # the invited
        ("n9der nji b sbrdila?", ["logistics_dress_code"]),  # trainers
        ("kifach bda lprogramme, chno hiya lkhatwa lwla?", ["results_assessment"]),  # the first step
        ("tbarklah 3lik a khoya", ["smalltalk_thanks"]),
    ],
)
def test_darija_in_latin_letters_for_the_time_the_guests_dress_and_the_first_step(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the present tense's y typed as i: ibda, ihder, idiro, i7dro
        ("lftour m3a ch7al ibda? fl 8 wla 9", ["logistics_time"]),
        ("chkoun ghadi yakhod lkelma f lftour? kayn chi wazir ghadi ihder", ["event_speakers"]),
        ("chno ghadi idiro f had lftour? 3la ach ghadi ihdro", ["event_agenda"]),
        ("chkoun li ghadi i7dro f had lbreakfast? ghir lmas2oulin wla 7ta jam3iyat?", ["event_attendees"]),
        ("l'event ghadi ikon ftour wla conference 3adiya? kifach ghadi idouz", ["event_format"]),
        # "salat" (it ended) of phase 2 is the programme's end, not the breakfast's
        ("phase 2 mnin bdat w fo9ach salat", ["programme_dates"]),
        ("imta bdat la phase 2 w imta salat?", ["programme_dates"]),
        ("lftour fo9ach salat?", ["logistics_end_time"]),
        ("lprogramme migration mainstreaming ach kaydir f l7a9i9a?", ["programme_overview"]),
    ],
)
def test_latin_darija_verbs_with_i_and_the_end_of_phase_two(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "wach ghadi itsawro f l'event? ma bghitch ntla3 f tsawer",  # photos: none announced
        "ch7al mn migrant stafed mn lprogramme f lmaghrib? 3tini ra9m",  # a figure, not a phone number
        "chno homa l'engagements li dar lmaghrib f FMMD b tafsil?",
    ],
)
def test_latin_darija_near_misses_on_photos_figures_and_commitments_are_declined(message):
    assert ask_json(message)["ids"] == []


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("bonjour, ach had l'event dyal 26/01 b dbt? ma fhmt walo mn l'invitation", ["event_overview"]),
        ("ach ghadi ytnaqchou f had lftour?", ["event_agenda"]),
        ("chno kadir nta f had telegram exactement", ["smalltalk_about_bot"]),
        ("lftour ghadi ykoun f sofitel?", ["logistics_venue"]),  # a hotel named: the venue, not announced
        # "li" (that) opens a clause that only describes the event: not "where"
        ("chno howa had l event li f rbat nhar 26", ["event_overview"]),
    ],
)
def test_latin_darija_exactly_what_this_is_and_a_clause_describing_the_event(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("yallah nkhllik, nhar zwin 3lik", ["smalltalk_goodbye"]),
        ("choukran 3la lma3loumat, wa3r", ["smalltalk_thanks"]),
        ("chnou kat3ref tdir nta asa7bi", ["smalltalk_about_bot"]),
        ("entraide nationale ach 3ndha dkhl f had lmachrou3", ["results_social"]),  # «المشروع», the project
        ("lwizara dyal lmgharba li 3aychin f lkharij ach dakhla f had lmachrou3", ["about_mdcmream"]),
        ("global compact dyal lmigration chno m3nah", ["global_compact"]),
        ("nhar ach 26 janvier? jem3a?", ["event_date"]),
        ("ghadi yhdro 3la chno f lftour dyal 26", ["event_agenda"]),
        ("m3a men khddama OIM f had lmachrou3 hna f lmghrib", ["programme_partners"]),
        # still read as before: a verb's prefix taken off (kaybda), «صباح» through its letters
        ("fo9ach kaybda lftour?", ["logistics_time"]),
        ("l event kaybda 8h wla 9h sba7?", ["logistics_time"]),
    ],
)
def test_latin_darija_formulas_the_project_and_its_meaning(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message",
    [
        "imta ghadi ykoun l'evenement jay dyal OIM?",  # IOM's next event
        "chno kan f l'evenement dyal lancement dyal phase 2 f 2014?",  # phase 2's launch event
        "wach khass ntsjjel bach ndkhol l forum mondial GFMD?",  # registering for the Forum itself
    ],
)
def test_latin_darija_questions_about_other_events_are_declined(message):
    assert ask_json(message)["ids"] == []
