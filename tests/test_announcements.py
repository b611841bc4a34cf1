"""Announcements typed by an organiser: one text, or one per language."""

from bot.announcements import EVERYONE, parse_announcement, text_for


def test_a_plain_text_goes_to_everyone_line_breaks_kept():
    assert parse_announcement("Doors open at 8:30\nBring your badge") == {
        EVERYONE: "Doors open at 8:30\nBring your badge"
    }
    assert parse_announcement("  \n ") == {}


def test_sections_per_language_over_several_lines():
    texts = parse_announcement(
        "fr: Accueil à 8 h 30\nMunissez-vous de votre badge\nEN: Doors open at 8:30\nar: الاستقبال على الساعة 8:30"
    )
    assert texts == {
        "fr": "Accueil à 8 h 30\nMunissez-vous de votre badge",
        "en": "Doors open at 8:30",
        "ar": "الاستقبال على الساعة 8:30",
    }


def test_each_recipient_gets_their_language_or_the_default():
    texts = parse_announcement("fr: Bonjour\nen: Hello")
    assert text_for(texts, "en", "fr") == "Hello"
    assert text_for(texts, "ar", "fr") == "Bonjour"  # no Arabic version: the default language's
    assert text_for({"en": "Hello"}, "ar", "fr") == "Hello"  # neither: the one there is
    assert text_for({EVERYONE: "Salam"}, "fr", "fr") == "Salam"


def test_a_colon_later_in_the_line_is_not_a_section():
    assert parse_announcement("Note: the venue changed") == {EVERYONE: "Note: the venue changed"}
    assert parse_announcement("Programme : accueil à 8 h") == {EVERYONE: "Programme : accueil à 8 h"}
