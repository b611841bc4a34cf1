"""What the code knows about each language of the bot, in one place: one LanguageProfile per language.

A language is served with three things: its profile here (added to PROFILES), its gettext catalogues
(locales/<code>/LC_MESSAGES/*.po) and its texts in knowledge/ (every entry, title and name). Nothing
else in the code names a language: the rest loops over PROFILES (bot/languages.py derives LANGUAGES).
Word lists are written as people type them; the code folds them (case, accents, Arabic letter forms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
    # Relative pronouns («التي», «اللي»): in «ما هي الجلسة الختامية التي تنظم في الرباط؟», what follows
    # one only describes the subject asked about.
    relative_pronouns: frozenset[str] = frozenset()
    # A correction's "not" ("the breakfast, not the programme", «ماشي البرنامج»), of any length, and
    # its "but" («لم أقصد البرنامج بل الفطور»): what is between them was not meant (bot/corrections.py).
    not_meant_words: frozenset[str] = frozenset()
    but_words: frozenset[str] = frozenset()
    # Nouns a number goes with ("phase 1", "1st stage"): a lone 1 anywhere else is chat shorthand for
    # "un", "one" ("c 1 ptit dej", "avec 1 collègue"), not a number the question asks about.
    numbered_words: frozenset[str] = frozenset()
    markers: frozenset[str] = frozenset()  # frequent words that tell it among the Latin-script languages
    marker_letters: str = ""  # letters that tell it among the Latin-script languages
    yes_words: tuple[str, ...] = ()  # a typed yes / no / maybe to the invitation
    no_words: tuple[str, ...] = ()
    maybe_words: tuple[str, ...] = ()
    nothing_words: frozenset[str] = frozenset()  # "nothing" typed at an optional step
    gratitude_words: frozenset[str] = frozenset()  # thanks themselves, not "ok" or "that's all" (formulas too)
    romanised_markers: frozenset[str] = frozenset()  # words that show it typed in Latin letters (Darija)
    romanised_function_words: frozenset[str] = frozenset()  # such words that carry no meaning


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


FRENCH = LanguageProfile(
    code="fr",
    name="Français",
    babel_locale="fr_MA",
    french_typography=True,
    first_of_month="1er",
    unstemmed=_words(
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
        chose choses autre
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
        **{"akel": "a quel", "akelle": "a quelle", "aquel": "a quel", "aquelle": "a quelle"},
        **{"ptitdej": "petit dejeuner", "ptidej": "petit dejeuner"},
        **{"qqn": "quelqu un", "qqun": "quelqu un", "qqch": "quelque chose", "ya": "il y a", "pa": "pas", "pe": "peux"},
        **{"prog": "programme", "dsl": "desole"},
        **{
            "progr": "programme",
            "conf": "conference",
            "avc": "avec",
            "jpeux": "je peux",
            "jme": "je me",
            "jveux": "je veux",
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
    and_words=_words("et ou puis"),
    or_words=_words("ou"),
    and_phrases={"ainsi que": "et"},
    between_words=_words("entre"),
    from_words=_words("de du d"),
    elided_letters="ljdmnst",
    yes_or_no_words=_words("est-ce"),
    number_words=_words("nombre total"),
    cardinal_words=tuple("deux trois quatre cinq six sept huit neuf dix".split()),
    # "en ma qualité de"; a student named without "je suis" ("étudiante en master, ...")
    identity_words=_words("suis sommes travaille travaillons represente qualite etudiant etudiante"),
    not_meant_words=frozenset({"pas", "non pas", "et non"}),
    but_words=_words("mais"),
    request_words=_words(
        "veux voulais voudrais aimerais cherche besoin envoyer envoyez donnez indiquer solliciter sollicite confirme"
    ),
    request_openers=_words("preciser indiquer dire communiquer envoyer transmettre donner informer faire"),
    before_a_request=_words("me m nous moi"),
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
        | {"j'ai une reunion", "j'ai un rendez-vous", "j'ai un train", "j'ai un vol", "j'ai un avion"}
    ),
    numbered_words=_words("phase phases etape etapes edition tranche volet partie"),
    # Frequent short words ("a" is not one: French typed without accents writes "à" as "a").
    markers=_words(
        """
        le la les un une des du de est sont quel quelle quels quelles qui quoi ou où quand comment pourquoi
        combien c ce cette ces je tu vous nous il elle et au aux pour sur dans avec sans pas programme bonjour
        merci salut svp petit dejeuner déjeuner pays objectifs financement lieu heure
        en peut peux faut venir koi kel ki ça ca mon ma mes ne se notre votre vos leur
        """
    ),
    marker_letters="éèêàçùôîâ",
    yes_words=("oui",),
    no_words=("non",),
    maybe_words=("peut etre", "peutetre"),
    nothing_words=frozenset({"rien", "aucun", "aucune", "non", "non merci", "pas de", "neant"}),
    gratitude_words=_words("merci remercie remercions remerciant remerciements"),
)

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
        itself himself herself themselves actually
        usually normally generally typically afterwards afterward few quick quickly bit lot lots basically
        maybe perhaps probably anyway though even ever already her his him along up dear local
        into onto upon within towards toward via among across through as such very than each every both either neither
        got yesterday between ve ll re
        """,
    shorthand={
        **{"u": "you", "ur": "your", "r": "are", "thx": "thanks", "thnx": "thanks", "thks": "thanks"},
        **{"d": "would"},  # "I'd like", split at its apostrophe: "i d like" is "i would like"
        **{"teh": "the", "hte": "the"},
        **{"jan": "january"},  # the month typed short, as in "jan 26"
        **{"tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow"},
        **{"ty": "thank you", "pls": "please", "plz": "please", "wat": "what", "wot": "what", "wen": "when"},
        **{"shd": "should", "shld": "should"},
        **{"whre": "where", "wht": "what", "wil": "will"},
        **{"whr": "where", "abt": "about", "govt": "government", "hw": "how", "wer": "where", "wher": "where"},
        **{"whos": "who is", "comin": "coming", "goin": "going", "organisin": "organising", "ppl": "people"},
        **{"organizin": "organizing", "one": "1", "first": "1", "third": "3", "fourth": "4"},
        # apostrophes left out on a phone keyboard
        **{"im": "i am", "ive": "i have", "youre": "you are", "theres": "there is", "whats": "what is"},
        # not "dont": French "dont" (of which) is a word of its own, a stop word like "do not"
        **{"thats": "that is", "doesnt": "does not", "didnt": "did not", "isnt": "is not"},
        **{"cant": "can not", "wont": "will not", "wouldnt": "would not", "couldnt": "could not"},
    },
    stem_suffixes=("ings", "ing", "ies", "ers", "ed", "er", "es", "s", "ations", "ation", "ment"),
    # French "-ent" would leave "pres", the stem of "press"; "state(s)", "stated" would be "stat", as "stats" is
    unstemmed=_words("present state states stated"),
    question_words="when where who whom which what how why whether is are do does can",
    yes_or_no_words=_words("is are do does can"),
    opening_question_words=_words("was were did will has have could would should"),
    between_words=_words("between"),
    from_words=_words("from"),
    and_words=_words("and or then n"),  # "n" in SMS: "wat time does it start n wat time does it end"
    or_words=_words("or"),
    and_phrases={"as well as": "and"},
    number_words=_words("number total"),
    cardinal_words=tuple("two three four five six seven eight nine ten".split()),
    identity_words=_words("am m work represent student researcher"),  # "I'm" reads as "i", "m"
    not_meant_words=frozenset({"not", "and not", "rather than"}),
    but_words=_words("but"),
    request_words=_words("want wanted need like looking send give know grateful confirm"),
    request_openers=_words("tell let send give know"),
    before_a_request=_words("could would can you please also kindly just i like to"),
    framing_openers=frozenset(
        {"as part of", "in view of", "given that", "further to", "following", "ahead of", "in preparation for"}
        | {"before i confirm", "before confirming", "before i reply", "before i register"}
        | {"i have a meeting", "i have another meeting", "i have a flight", "i have a train", "i've got a meeting"}
    ),
    numbered_words=_words("phase phases stage stages step steps part edition round"),
    markers=_words(
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
    gratitude_words=_words("thanks thank thx tks cheers grateful appreciate appreciated"),
)

ARABIC = LanguageProfile(
    code="ar",
    name="العربية",
    babel_locale="ar_MA",  # Moroccan month names: يناير … ماي … يوليوز غشت شتنبر … دجنبر
    script=ARABIC_SCRIPT,
    right_to_left=True,
    first_of_month="فاتح",  # Moroccan usage: «فاتح فبراير 2018»
    stop_words="""
        في على الى عن مع هل ما ماذا هو هي هم انا انت نحن هذا هذه ذلك تلك او ثم قد لقد كان كانت يكون التي
        الذي الذين و ف ب ل ك من ممكن اريد ابغى بغيت عافاك لو سمحت رجاء اعرف نعرف اود اللي هوما بالضبط
        ماهي ماهو ماهى ماذا مالذي فقط اخر اخرى اخرين ولا اذا ايلا الا معي معنا لي
        المرجو افادتي اخباري اعلامي ايضا شكرا بعض
        فيه فيها عليه عليها منه منها له لها لهم فيهم عنه عنها به بها معاهم معاه معها حدا حدى جات معانا يمكن يمكنني
        يمكننا يمكنك استطيع نستطيع اقدر نقدر نقدرو شي باش راه را حتى كل اصلا واحد كادير خاصني خصني خاصنا
        تما تماك هنايا خويا خويي اختي كثيرا خدام خدامين بيها بيه بيهم ليها ليه ليهم ان كيدير كتدير كنت كنا كانو
        ليكم لينا ليا ليك بلي باللي تم يتم سيتم ستتم هنا اجل ندير نديرو لكن ولكن بصح اكثر عندو عندها عندهم عندنا عندكم
        يقدر يقدرو تقدر تقدرو قلت قلنا ساكن ساكنه ساكنين نسكن كنسكن اسكن نخدم كنخدم يخدم تخدم خدامه اعمل نعمل
        يعمل تعمل اشتغل كنشتغل عضو عضوه
        عاده عادتا غالبا تقريبا ربما فعلا حقا يعني مثلا صراحه دايما ديما ام كامل كامله كاملين نقول نقولو نقولكم
        ناس الناس بيناتهم بينهم بيناتهوم داير دايرين دايره بفضل بحال عندي بغا بغات بغاو
        اليها اليه اليهم خرين لخرين صافي وصافي داك ديك فداك فديك نكون نكونو مجرد لدي فلدي ولدي الان نفس عند
        نعم لا ال سبق لكنني ولكنني هيا هوا حيت ضمن عندك هما اي
        """,
    # Moroccan Darija question words and such, written out in the form the knowledge base uses.
    shorthand={
        **{"شنو": "ما", "شنهو": "ما", "اشنو": "ما", "اش": "ما", "شكون": "من هو", "مين": "من هو", "فاش": "ما"},
        **{"شمن": "اي", "فشمن": "اي", "اشمن": "اي", "فاشمن": "اي"},
        **{"اللول": "الاول", "اللولى": "الاولى", "اللوله": "الاولى"},
        **{"lowla": "1", "lwla": "1", "louwla": "1", "lowel": "1", "lwel": "1"},  # Latin Darija "the first"
        **{"فين": "اين"},
        **{"فاين": "اين", "امتى": "متى", "ايمتى": "متى", "فوقاش": "متى", "وقتاش": "متى", "شحال": "كم"},
        **{"امتا": "متى", "ايمتا": "متى", "فوقتاش": "متى", "فوقش": "متى"},
        **{"قداش": "كم", "واش": "هل", "هاد": "هذا", "هادا": "هذا", "هادي": "هذه", "ديال": "", "ديالي": ""},
        **{"ديالكم": "", "ديالو": "", "ديالها": "", "ديالهم": "", "ديالنا": ""},
        **{"بغيت": "اريد", "كيفاش": "كيف", "علاش": "لماذا", "بزاف": "كثيرا", "غادي": ""},
        **{"غادين": "", "غاديين": "", "غاديه": ""},  # the future's plural and feminine
        **{"كاين": "يوجد", "كاينه": "يوجد", "نتا": "انت", "نتي": "انت", "نتوما": "انتم", "دابا": "الان"},
        **{"فهاد": "هذا", "بهاد": "هذا", "لهاد": "هذا", "فهادي": "هذه", "تاني": "ثاني", "تانيه": "ثانيه"},
        **{"هادشي": "هذا", "داكشي": "ذلك", "بمن": "من"},  # "this (thing)", "that", "with whom"
        **{"يتوفر": "يوجد", "تتوفر": "يوجد", "توجد": "يوجد"},  # "is there" in formal Arabic, like «كاين»
        **{"اللي": "الذي", "كاينين": "يوجد", "كاينة": "يوجد", "غير": "فقط", "ثالثه": "3", "ثالث": "3"},
    },
    question_words="""
        متى اين أين من ما ماذا كيف كم لماذا هل اي أي فين شنو شكون امتى كيفاش علاش واش شحال
        شمن فشمن اشمن فاشمن فوقاش وقتاش شناهوما شناهما شناهي شناهو شناهيا
        imta fin chkoun chno achno ch7al kifach 3lach wach fo9ach
        """,
    yes_or_no_words=_words("هل واش wach"),
    and_words=_words("و w wa o"),  # "o" is "and" in Latin-letter Darija: "fin ghadi ykon l ftour o m3a ach mn sa3a"
    or_words=_words("ولا أم ام أو او wla ola awla"),
    and_phrases=dict.fromkeys(
        ("بالإضافة إلى", "بالاضافة الى", "بالإضافة الى", "إضافة إلى", "اضافة الى", "وكذا", "وكذلك"), "و"
    ),
    # ministry, minister, agency, national, time, documents, workshop, situation, arrival, means, delegation,
    # "became" (Darija «ولات», «ولاو»)
    not_and_on=tuple("وزار وزير وزراء وكال وطن وقت وثائق وثيق ورش وضع وصول وسائل وفد وجه وسط ولات ولاو".split()),
    between_words=_words("بين"),
    from_words=_words("من men mn"),
    number_words=_words("عدد"),
    cardinal_words=tuple(
        "اثنان/اثنين/اثنتان/اثنتين ثلاثة/ثلاث أربعة/أربع خمسة/خمس ستة/ست سبعة/سبع ثمانية/ثماني/ثمان"
        " تسعة/تسع عشرة/عشر".split()
    ),
    # "I am", "we", "I work", and a student, researcher, teacher or civil servant named without them
    # («طالبة فالعلوم السياسية، ...»)
    identity_words=_words(
        "انا احنا اعمل اشتغل نخدم كنخدم خدام خدامه بصفتي ana طالب طالبه باحث باحثه استاذ استاذه موظف موظفه امثل نمثل"
    ),
    request_words=_words(
        "بغيت بغينا نبغي اريد نريد اود نود ارجو المرجو عطيني عطيونا اعطيني اعطني صيفط صيفطو ارسل ارسلوا خاصني خصني"
        " محتاج محتاجه ممكن التمس نلتمس طلب بطلب اطلب لاطلب اسالكم اؤكد نأكد نرجو يرجى"
        " bghit bghina 3tini 3tina sift siftli khasni"
    ),
    request_openers=_words(
        "افادتنا افادتي اخبارنا اخباري تزويدنا تزويدي موافاتنا موافاتي تمكيننا تمكيني ارسال قولي عطيني"
    ),
    relative_pronouns=_words("التي الذي اللتي اللذي اللي الي لي li lli"),
    not_meant_words=frozenset({"ماشي", "وماشي", "ليس", "وليس", "لم أقصد", "ما قصدتش", "machi", "mashi"}),
    but_words=_words("بل ولكن لكن walakin"),
    framing_openers=frozenset(
        {"في اطار", "بمناسبه", "نظرا", "تبعا", "حرصا", "في حاله", "على اثر", "بحكم", "بما ان", "اعتبارا", "استعدادا"}
        # one's own schedule or invitation, which says why one asks the time or the date
        | {"عندي اجتماع", "عندي موعد", "عندي رونديفو", "عندي ترين", "عندي طياره", "عندي دعوه", "عندي الدعوه"}
        | {"قبل ما نأكد", "قبل ما نأكد الحضور", "قبل تأكيد حضوري", "قبل أن أؤكد"}
    ),
    numbered_words=_words("مرحلة المرحلة مراحل"),
    yes_words=("نعم", "ايه"),
    no_words=("لا",),
    maybe_words=("ربما",),
    nothing_words=frozenset({"لا", "لا شيء", "لا شي", "والو", "لا يوجد", "ما كاين", "makayn", "walo"}),
    gratitude_words=_words(
        "شكرا وشكرا الشكر مشكورين اشكركم اشكرك نشكركم مرسي ميرسي جزاكم جزاك يجازيك يجازيكم يعطيك بارك"
        " chokran choukran shukran merci y3tik yjazik"
    ),
    # Moroccan Arabic typed in Latin letters, with digits for Arabic sounds (3 for ع, 7 for ح, 9 for ق).
    romanised_markers=_words(
        """
        wach wash chno chnou chnu achno achnou chkoun chkon shkoun ghadi ghad kayn kayna kayen kayin kain dyal
        dial diyal imta fo9ach fou9ach w9tach wa9tach ch7al sh7al chhal kifach kifash 3lach 3lash bghit bghina
        3afak 3afakom 3afakoum lftour ftour daba bzaf mzyan mezyan ghir wakha safi hadchi hna lhna tma fin
        ach ash homa howa hiya dakhlin lbldan bldan mnin chnahoma chnahouma chnahiya chnahowa lkhir l7afla
        chokran choukran shukran shokran choukrane bslama beslama khouya khoya khti nta wla bnadem
        """
    ),
    romanised_function_words=_words(
        """
        wach wash ach li lli dyal dial diyal had hadi hada ghadi ghad gha kayn kayna kayen kayin kain bghit bghina
        3afak 3afakom 3afakoum wa w f fi l b m3a 3la ila chi wla o ana nta nti ntouma homa howa hiya daba ykoun
        tkoun ykon tkon kan kant ghir wakha safi hna tma bach ghaykoun ghatkoun rah raha ma mn men n9der t9der
        t9dar tgder n9dar nqder ndir ndiro khassni khasni khass khas 3adi bhal nji njiw ntouma 7ta hta 7da hda
        9bel mor b7al bla 7it dyali dyalek dyalkom dakchi hadchi nakhod ndiroha ndirha kifma ila ola ymkn ymken imken
        9rib 7aja haja 7ajat ay dar dart daro 3lih 3liha 3lihom lih liha lihom lihoum liya lia lik likom ash
        bdabt bdbt bedabt bzzabt fl fel fe tji yji yjiw tjiw wa7ed wa7d wahed wahd dak dik hadak hadik
        bdebt bli belli glt galt gelt golt goltlikom walakin walakine lakin fih fiha fihom m3ayn m3ayna m3ayen
        dbt exactement exactly asln aslan asslan m3akom m3akoum m3ana m3ahom m3ahoum ta kaydir kaydiro kaydirou katdir
        bzaf bezaf khoya khouya khay khti ina kaynin kaynine kaynen ydiroh ydiroha ydirou ydiro tra tra2 tralia
        huma houma m3aya m3ayah
        """
    ),
)

# The languages served, the first the fallback for a text or value missing in another. A new language:
# its profile added here (bot/languages.py reads PROFILES when it is imported).
PROFILES: tuple[LanguageProfile, ...] = (FRENCH, ENGLISH, ARABIC)
EXPORT_LANGUAGE = ENGLISH.code  # the RSVP spreadsheet's column names, which the organisers' scripts read


def pooled(words_of: Callable[[LanguageProfile], Iterable[str]]) -> frozenset[str]:
    """One word list over every language (matching folds all languages together)."""
    return frozenset(word for profile in PROFILES for word in words_of(profile))
