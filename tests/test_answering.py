"""Answers as a user sees them: language, outcomes, and bad input."""

from __future__ import annotations

import pytest

from bot.typography import typeset
from bot.verdict import Outcome


@pytest.mark.parametrize(
    ("question", "entry_id", "lang"),
    [
        ("qui finance le programme", "programme_funder", "fr"),
        ("who funds the programme", "programme_funder", "en"),
        ("من يمول البرنامج", "programme_funder", "ar"),
        ("quels sont les pays participants", "programme_countries", "fr"),
        ("which countries take part", "programme_countries", "en"),
        # Darija with a French word, its article written onto it: Arabic has more words, if fewer letters
        ("فوقاش كيبدا الpetit déjeuner", "logistics_time", "ar"),
        # and a Darija verb's prefix on a French verb («كيfinancer»): the French verb is what is asked
        ("شكون كيfinancer البرنامج؟", "programme_funder", "ar"),
    ],
)
def test_answers_in_the_language_of_the_question(answerer, question, entry_id, lang):
    reply = answerer.ask(question, preferred_lang="fr" if lang != "fr" else "en")
    assert reply.outcome is Outcome.ANSWER
    assert reply.entry_id == entry_id
    assert reply.lang == lang
    assert reply.text == answerer.show(entry_id, lang).text


def test_arabic_spelling_variants_reach_the_same_answer(answerer):
    plain = answerer.ask("من يمول البرنامج", "fr")
    with_marks = answerer.ask("مَنْ يُمَوِّلُ البرنامـــج؟", "fr")
    with_alef_forms = answerer.ask("مَن يمول البرنامج ؟", "fr")
    assert plain.entry_id == with_marks.entry_id == with_alef_forms.entry_id == "programme_funder"


def test_french_without_accents_or_capitals_reaches_the_same_answer(answerer):
    assert (
        answerer.ask("QUAND A LIEU LE PETIT-DÉJEUNER ?").entry_id
        == answerer.ask("quand a lieu le petit dejeuner").entry_id
    )


def test_a_confident_answer_offers_its_follow_ups(answerer, kb):
    reply = answerer.ask("who funds the programme", "en")
    assert [choice.entry_id for choice in reply.follow_ups] == list(kb.get("programme_funder").follow_ups)
    assert all(choice.title == kb.get(choice.entry_id).title["en"] for choice in reply.follow_ups)


@pytest.mark.parametrize(
    "question",
    ["weather in Rabat tomorrow", "a visa for Switzerland", "the capital of Serbia", "who won the 2018 World Cup"],
)
def test_questions_sharing_a_word_with_the_knowledge_base_fall_back(answerer, question):
    reply = answerer.ask(question, "en")
    assert reply.outcome is Outcome.FALLBACK
    assert reply.entry_id is None
    assert "/topics" in reply.text  # the fallback points somewhere useful


def test_suggestions_are_numbered_in_the_text_the_user_sees(answerer):
    reply = answerer.ask("programme", "fr")
    if reply.outcome is Outcome.SUGGEST:
        for number, choice in enumerate(reply.suggestions, start=1):
            assert f"{number}. {choice.title}" in reply.text
        assert 1 <= len(reply.suggestions) <= 3
    else:
        assert reply.outcome is Outcome.ANSWER


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   \n\t ",
        "x" * 10_000,
        "ab " * 5_000,
        "🙂🙂🙂",
        "\x00\x07\x1b[31m",
        "مرحبا hello bonjour 🤝",
        "\u202eevil\u202c",
        "؟؟؟!!!",
        "\ud800",
    ],
    ids=[
        "empty",
        "whitespace",
        "10k-chars",
        "15k-words",
        "emoji",
        "control",
        "mixed-scripts",
        "bidi-override",
        "punctuation",
        "lone-surrogate",
    ],
)
def test_bad_input_gets_the_fallback_never_an_exception(answerer, question):
    reply = answerer.ask(question, "en")
    assert reply.outcome in (Outcome.FALLBACK, Outcome.SUGGEST, Outcome.ANSWER)
    assert reply.text
    if question.strip() == "" or not any(ch.isalpha() for ch in question):
        assert reply.outcome is Outcome.FALLBACK


def test_empty_question_falls_back_in_the_preferred_language(answerer):
    assert answerer.ask("", "ar").lang == "ar"
    assert answerer.ask("🙂", "en").lang == "en"


def test_unknown_entry_is_none_not_an_error(answerer):
    assert answerer.show("no_such_entry", "fr") is None


@pytest.mark.parametrize("question", ["2", "26", "2018", "1 2 3", "?"])
def test_numbers_alone_are_not_a_question(answerer, question):
    reply = answerer.ask(question, "fr")
    assert reply.outcome is Outcome.FALLBACK
    assert reply.lang == "fr"


@pytest.mark.parametrize(
    ("question", "preferred", "lang"),
    [
        ("programme", "fr", "fr"),
        ("programme", "en", "en"),
        ("Rabat", "ar", "ar"),  # a name tells no language: the user's own
        ("MDCMREAM", "ar", "ar"),
        ("Bangladesh", "fr", "fr"),
        ("breakfast", "fr", "en"),
        ("breakfast", "ar", "en"),
        ("pays participants", "en", "fr"),
    ],
)
def test_a_word_shared_by_french_and_english_keeps_the_users_language(answerer, question, preferred, lang):
    assert answerer.ask(question, preferred).lang == lang


def test_unannounced_details_say_so_and_point_to_the_organisers_once(answerer):
    for lang in ("fr", "en", "ar"):
        text = answerer.show("logistics_contact", lang).text
        assert answerer.kb.logistics.contact_sentence(lang) in text
        assert text.count(answerer.kb.logistics.contact_sentence(lang)) == 1


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Bonjour, c'est où et à quelle heure ?", "fr"),
        ("where is it and what time does it start?", "en"),
        ("أين سيقام الفطور وفي أي ساعة يبدأ؟", "ar"),
    ],
)
def test_several_answers_point_to_the_organisers_once_at_the_end(answerer, question, lang):
    reply = answerer.ask(question, lang)
    sentence = typeset(answerer.kb.logistics.contact_sentence(lang), lang)
    assert len(reply.entry_ids) == 2
    assert reply.text.count(sentence) == 1 and reply.text.rstrip().endswith(sentence)


def test_a_greeting_stands_on_its_own_line_above_several_titled_answers(answerer):
    first_line = answerer.ask("Bonjour, c'est où et à quelle heure ?", "fr").text.splitlines()[0]
    assert first_line == typeset("Bonjour !", "fr")


@pytest.mark.parametrize("question", ["what happened in phase 1", "migration statistics morocco 2023"])
def test_a_number_the_knowledge_base_never_mentions_is_not_answered_confidently(answerer, question):
    assert answerer.ask(question, "en").outcome is not Outcome.ANSWER


def test_french_without_accents_is_answered_in_french(answerer):
    reply = answerer.ask("meteo a rabat demain", "fr")  # "a" is "à" typed without its accent, not English
    assert reply.outcome is Outcome.FALLBACK
    assert reply.lang == "fr"


def test_arabic_question_words_typed_joined_are_understood(answerer):
    joined = answerer.ask("ماهي اهداف البرنامج", "fr")
    spaced = answerer.ask("ما هي أهداف البرنامج", "fr")
    assert joined.entry_id == spaced.entry_id == "programme_objectives"


def test_a_short_french_word_is_not_taken_for_a_typo_of_an_english_one(answerer):
    """'coûte' folds to 'cout', which is 80% like 'countr(ies)': no confident answer about the countries."""
    assert answerer.ask("combien ca coute", "fr").entry_id is None


def test_where_with_its_accent_is_not_the_word_or(answerer):
    """'où' (where) folds to 'ou' (or), a stop word; the venue question must still find the venue."""
    assert answerer.ask("c'est où le petit déjeuner", "fr").entry_id == "logistics_venue"


def test_french_sms_shorthand_is_written_out(answerer):
    assert (
        answerer.ask("kel heure ca commence", "fr").entry_id
        == answerer.ask("quelle heure ça commence", "fr").entry_id
        == "logistics_time"
    )


def test_two_entries_equally_good_make_a_question_back(answerer):
    """'combien' alone: how many countries, or how many attend? The bot asks rather than picks."""
    reply = answerer.ask("combien", "fr")
    assert reply.outcome is Outcome.SUGGEST
    assert {"event_attendees", "programme_countries"} <= {choice.entry_id for choice in reply.suggestions}
