"""French: its LanguageProfile (what each field is for: bot/language_profile.py)."""

from __future__ import annotations

from bot.language_profile import LanguageProfile, words

FRENCH = LanguageProfile(
    code="fr",
    name="Français",
    babel_locale="fr_MA",
    french_typography=True,
    first_of_month="1er",
    unstemmed=words(
        "comment passent vacances"
    ),  # "-ent" would leave "comm" ("comme": "quoi comme débat" is not "how"), "pass" (press pass);
    # "vacances" (holidays) would be "vacanc", as "vacancies" (jobs) is
    stop_words="""
        a au aux avec c ca ce ces cet cette d dans de des du elle en est et va vont pendant lors etait etre comme ici
        tout tous toute toutes voulais voulait voulions voudrait voudraient voudrions ai eu suis
        encore avoir avais avions aviez aurait pourrai pourrais pourrait pourra pourront quelqu apres
        il ils je j l la le les leur plus plu leurs lui m ma mais me mes moi mon n ne nos notre nous on ont
        ou par pas peut pour qu que quel quelle
        quelles quels s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y svp stp
        dites dis moi peux pouvez pourriez voudrais veux savoir connaitre aimerais exactement juste oui non
        c'est s'il plait permets permettre ecrire indiquer renseigner cordialement aussi egalement merci
        etaient etais ete sera seront serait seraient avait avaient
        faut truc trucs machin deja puis faire avez avons lequel laquelle lesquels lesquelles dit trop
        doit dois doivent devons devez devrais devrait
        fois genre vraiment plutot alors donc bon ben bah enfin souvent normalement generalement habituellement dont
        chose choses autre vu lu entendu
        franchement tres meme chaque ainsi parmi selon toujours hier fera feront existe existent entre
        """,
    shorthand={
        **{"koi": "quoi", "kwa": "quoi", "kesako": "quoi", "quesaco": "quoi", "qd": "quand"},
        **{"jpeux": "je peux", "jpe": "je peux", "vs": "vous", "invit": "invitation", "tel": "telephone"},
        **{"janv": "janvier"},  # the month typed short, as in "26 janv"
        **{"pr": "pour", "pk": "pourquoi", "pq": "pourquoi", "slt": "salut", "bjr": "bonjour", "bsr": "bonsoir"},
        **{"mrc": "merci", "mci": "merci", "dej": "dejeuner", "ptit": "petit", "ds": "dans", "cb": "combien"},
        **{"cmb": "combien", "cmt": "comment", "rdv": "rendez vous", "infos": "information", "info": "information"},
        **{"tel": "telephone", "orga": "organisateurs", "kel": "quel", "kelle": "quelle", "ki": "qui"},
        **{"qlle": "quelle", "qelle": "quelle", "qel": "quel", "dvlpmt": "developpement", "dvpt": "developpement"},
        **{"akel": "a quel", "akelle": "a quelle", "aquel": "a quel", "aquelle": "a quelle"},
        **{"ptitdej": "petit dejeuner", "ptidej": "petit dejeuner"},
        **{"qqn": "quelqu un", "qqun": "quelqu un", "qqch": "quelque chose", "ya": "il y a", "pa": "pas", "pe": "peux"},
        **{"prog": "programme", "dsl": "desole", "dvlp": "developpement", "jsp": "je sais pas", "cest": "c est"},
        **{
            "progr": "programme",
            "conf": "conference",
            "avc": "avec",
            "jpeux": "je peux",
            "jme": "je me",
            "jveux": "je veux",
            "jfais": "je fais",
            "jdois": "je dois",
            "jvais": "je vais",
            "jvoudrais": "je voudrais",
            "jvoulais": "je voulais",
        },
        **{"jsuis": "je suis", "chui": "je suis", "vs": "vous", "bcp": "beaucoup", "jai": "j ai", "jaurai": "j aurai"},
        # ordinals as numbers, so that "la troisième phase" meets "phase 3" (bot/normalize.py: "3e" -> "3")
        **{"premier": "1", "premiere": "1", "troisieme": "3", "quatrieme": "4"},
    },
    stem_suffixes=(
        *("issements", "issement", "ements", "ement", "ations", "ation", "ateurs", "ateur", "atrices", "atrice"),
        *("ment", "eurs", "eur", "euses", "euse", "ees", "ee", "es", "er", "s", "x", "e"),
        # verb forms: participent, participant(s), participez, organisait
        *("aient", "ait", "ent", "ant", "ants", "ons", "ez"),
    ),
    question_words="quand ou où qui quel quelle quels quelles combien comment pourquoi quoi est-ce",
    and_words=words("et ou puis"),
    or_words=words("ou"),
    and_phrases={"ainsi que": "et"},
    between_words=words("entre"),
    from_words=words("de du d"),
    elided_letters="ljdmnst",
    yes_or_no_words=words("est-ce"),
    number_words=words("nombre total"),
    cardinal_words=tuple("deux trois quatre cinq six sept huit neuf dix".split()),
    # "en ma qualité de"; a student named without "je suis" ("étudiante en master, ...")
    identity_words=words("suis sommes travaille travaillons represente qualite etudiant etudiante"),
    not_meant_words=frozenset({"pas", "non pas", "et non", "et pas"}),
    meant_words=frozenset({"je voulais dire", "je veux dire", "je parlais de", "jvoulais dire", "jveux dire"}),
    but_words=words("mais"),
    first_person_words=words("je j moi mon ma mes nous notre nos"),
    request_words=words(
        "veux voulais voudrais aimerais cherche besoin envoyer envoyez donnez indiquer solliciter sollicite confirme"
    ),
    request_openers=words("preciser indiquer dire communiquer envoyer transmettre donner informer faire"),
    before_a_request=words("me m nous moi"),
    framing_openers=frozenset(
        {
            "dans le cadre",
            "avant de confirmer",
            "avant de repondre",
            "a l'occasion",
            "etant donne",
            "suite a",
            "compte tenu",
            "vu que",
            "en vue de",
            "afin de preparer",
        }
        | {"comme je", "comme j'", "comme nous", "puisque je", "puisque j'", "puisque nous"}
        | {"pour les lecteurs de", "pour mes lecteurs", "pour un article", "pour mes recherches"}
        | {"pour ceux d'entre nous"}
        | {"j'ai une reunion", "j'ai un rendez-vous", "j'ai un train", "j'ai un vol", "j'ai un avion"}
    ),
    reason_openers=(
        *("car je", "car j'", "car nous", "car mon", "car ma", "car notre", "puisque je", "puisque j'", "puisque nous"),
        *("parce que je", "parce que j'", "parce que nous", "afin de", "afin que", "pour que je", "pour que nous"),
        *("pour pouvoir", "etant donne que", "vu que je", "vu que j'", "vu que nous"),
        *("je dois", "nous devons", "on doit"),  # "..., nous devons adresser un courrier aux institutions"
    ),
    numbered_words=words("phase phases etape etapes edition tranche volet partie"),
    # Frequent short words ("a" is not one: French typed without accents writes "à" as "a").
    markers=words(
        """
        le la les un une des du de est sont quel quelle quels quelles qui quoi ou où quand comment pourquoi
        combien c ce cette ces je tu vous nous il elle et au aux pour sur dans avec sans pas programme bonjour
        merci salut svp petit dejeuner déjeuner pays objectifs financement lieu heure
        en peut peux faut venir koi kel ki ça ca mon ma mes ne se notre votre vos leur
        doit dois doivent devons
        """
    ),
    marker_letters="éèêàçùôîâ",
    # "l'adresse", "qu'est", "s'inscrire": left out when matching, and they tell French (English elides after a
    # word, "it's", "I'm", "don't", never after one of these)
    elided=words("l d j c s t m n qu jusqu lorsqu puisqu"),
    yes_words=("oui",),
    no_words=("non",),
    maybe_words=("peut etre", "peutetre"),
    nothing_words=frozenset({"rien", "aucun", "aucune", "non", "non merci", "pas de", "neant"}),
    gratitude_words=words("merci remercie remercions remerciant remerciements"),
    frame_openers=("apres",),
    relation_words=words("lien liens lie liee lies rapport relation"),
    clause_joiners=words("qui que ou où quand lorsque"),
    subject_pronouns=words("on je j il ils elle nous vous"),
    verb_negations=words("pas"),
    auxiliaries=words("ai as a avons avez ont est sont"),
    after_a_verb_not=words("seulement encore"),
    only_words=words("seul seule seuls seules"),
    colleague_nouns=words("collègue collègues"),
    tomorrow_words=frozenset({"demain", "demain matin"}),
)
