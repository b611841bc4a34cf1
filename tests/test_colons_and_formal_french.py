"""Questions of the thirty-fourth round's development sets, written here in other words (issue 7): a
colon after what leads to the question ("I have three questions: ..."), but not before the choices of
one («أيهما ...: المغرب أم تونس؟», "le mieux réussi : le Maroc ou la Tunisie ?"), and which country did
better, which nobody has ranked; "ou" closing a clause, which asks where ("c'est ou, c'est quand");
how far the venue is, which asks the way there; and the words of formal French and of blunt English
that were not read: "pdj" (the breakfast), "seront représentés" (the guests), "disposeriez-vous",
"auprès de qui" (the contact), "ce que recouvre" (what it is), "servira à quoi" (its agenda), "could you
kindly tell me", "concretely", "orgs", "extending the exercise"; «التداول» (the agenda) and «اللي صيفطت»
(the reply one sent). "fin" twice in French ("prendre fin", "en fin de matinée") is no Darija, but "fin"
twice in Darija still is ("fin lmakan? w fin nparki?").
"J'ai reçu l'invitation," only leads to the question; coming without one asks who the breakfast is for,
but a colleague without one still asks about bringing a colleague, and "peut-elle m'accompagner ?" is
hers, not the Global Compact's ("le programme a accompagné le Maroc"). A fee
to attend has not been announced: declined, never the programme's funder, and a question after it with
no mark ("et il commence à quelle heure svp") is still answered; in Latin-letter Darija, "n3mel" (do) and
"lprogramme dyal nhar" (the day's programme)."""

from __future__ import annotations

import pytest

from bot.languages import is_latin_darija
from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "lang", "entry_ids"),
    [
        # "ou" before a comma asks where; "or" never closes a clause
        ("c'est ou, c'est quand ?", "fr", ["logistics_venue", "event_date"]),
        ("bonsoir, ca se passe ou, et ca commence a quelle heure ?", "fr", ["logistics_venue", "logistics_time"]),
        # the colon closes what leads to the questions
        (
            "Bonjour, j'ai trois questions : quand, où et quelle tenue ?",
            "fr",
            ["event_date", "logistics_venue", "logistics_dress_code"],
        ),
        ("I work for an embassy and I was invited: is there parking at the venue?", "en", ["logistics_access"]),
        ("I have two questions: when is it, and where is it?", "en", ["event_date", "logistics_venue"]),
        # but a question that names nothing asks of what the colon follows
        ("la tenue pour le petit-déjeuner : c'est quoi ?", "fr", ["logistics_dress_code"]),
        ("نحن جمعية من سلا ونريد المشاركة: ما هو تاريخ اللقاء؟", "ar", ["event_date"]),
        # a venue far away asks the way there
        ("c'est loin de la gare ? je n'ai pas de voiture", "fr", ["logistics_access"]),
        ("the venue is far from me, can I park there?", "en", ["logistics_access"]),
        # the invitation received leads to the question; coming without one asks who it is for
        ("peut-on venir sans invitation ?", "fr", ["event_attendees"]),
        ("Bonjour, j'ai bien reçu l'invitation, ça commence à quelle heure ?", "fr", ["logistics_time"]),
        ("jai recu linvit, c a quelle heure svp", "fr", ["logistics_time"]),
        ("can I attend without an invitation?", "en", ["event_attendees"]),
        ("ma collègue n'a pas reçu d'invitation, peut-elle m'accompagner ?", "fr", ["rsvp_colleague"]),
        ("mon directeur pourra m'accompagner ?", "fr", ["rsvp_colleague"]),
        # the time after a fee nobody announced, asked with no question mark
        ("le petit-déjeuner est payant ? et il finit à quelle heure svp", "fr", ["logistics_end_time"]),
        ("wach khas n3mel rsvp?", "ar", ["rsvp_how"]),
        ("chno lprogramme dyal nhar?", "ar", ["event_agenda"]),
        # words of formal French, blunt English and Darija
        ("le pdj finit a quelle heure ?", "fr", ["logistics_end_time"]),
        ("Quels types de structures seront représentés à cette rencontre ?", "fr", ["event_attendees"]),
        ("Disposez-vous d'une adresse électronique pour les questions pratiques ?", "fr", ["logistics_contact"]),
        ("auprès de qui se renseigner pour les questions pratiques ?", "fr", ["logistics_contact"]),
        (
            "Pourriez-vous préciser ce que recouvre le Forum mondial sur la migration et le développement ?",
            "fr",
            ["global_gfmd"],
        ),
        ("cette rencontre servira à quoi exactement ?", "fr", ["event_agenda"]),
        ("Could you kindly tell me the exact address?", "en", ["logistics_venue"]),
        ("what did the programme achieve concretely for health in morocco", "en", ["results_health"]),
        ("which orgs will be there?", "en", ["event_attendees"]),
        ("is extending the exercise to other sectors on the agenda?", "en", ["event_agenda"]),
        ("شنو المواضيع اللي غادي يتم التداول فيها ف الفطور؟", "ar", ["event_agenda"]),
        ("بغيت نشوف الجواب اللي صيفطت", "ar", ["rsvp_change"]),
    ],
)
def test_the_question_is_answered_from_its_entry(message: str, lang: str, entry_ids: list[str]) -> None:
    assert ask_json(message, "--lang", lang)["ids"] == entry_ids


def test_fin_said_twice_is_french_or_darija_by_the_words_before_it() -> None:
    assert not is_latin_darija("la rencontre doit prendre fin à quelle heure ? j'ai une réunion en fin de matinée")
    assert is_latin_darija("fin lmakan? w fin nparki?")
    assert ask_json("fin lmakan? w fin nparki?", "--lang", "fr")["ids"] == ["logistics_venue", "logistics_access"]


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        # the choices after a colon belong to the question before it: a comparison nobody has made
        ("أيهما كان أنجح في البرنامج: المغرب أم تونس؟", "ar"),
        ("which country did better in the programme: Morocco or Tunisia?", "en"),
        ("lequel a le mieux réussi : le Maroc ou la Tunisie ?", "fr"),
        # a fee to attend: nobody has announced one, and the programme's funder does not say
        ("do I have to pay to attend?", "en"),
        ("faut-il payer pour participer au petit-déjeuner ?", "fr"),
        ("واش الفطور فابور ولا خاص نخلص؟", "ar"),
    ],
)
def test_what_nobody_has_announced_stays_declined(message: str, lang: str) -> None:
    assert ask_json(message, "--lang", lang)["ids"] == []
