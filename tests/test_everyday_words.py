"""Everyday words that say nothing of the topic, and everyday ways of naming one (knowledge/lexicon.yaml,
the stop words of bot/<language>_profile.py): each phrasing below failed before its word was added."""

from __future__ import annotations

import pytest

from tests.test_understanding import ask_json


@pytest.mark.parametrize(
    ("message", "entry_id"),
    [
        # «ولكن», «لكن» (but) join a sentence to the question; they are not its topic
        ("ولكن شحال غادي يدوم الفطور؟", "logistics_end_time"),
        ("ولكن متى سينتهي اللقاء؟", "logistics_end_time"),
        # "in general", "connais": what the user knows or asks in general is not the subject
        ("tell me about IOM in general", "about_iom"),
        # an everyday misspelling of "address"
        ("what's the adress?", "logistics_venue"),
        # confirming that one comes is the RSVP; what a programme "a donné" is its results
        ("comment confirmer que je viens au petit-déjeuner ?", "rsvp_how"),
        ("qu'est-ce que ce programme a donné ?", "results_morocco"),
        # «تناول الكلمة»: taking the floor is speaking
        ("شكون غادي يتناول الكلمة في اللقاء؟", "event_speakers"),
        # words typed together or as they sound: "akel heure", "ptitdej", "whattime", "phone nb"
        ("le ptitdej commence akel heure ?", "logistics_time"),
        ("whattime is the breakfast", "logistics_time"),
        ("give me a phone nb to call the organisers", "logistics_contact"),
        # what the assistant can do, in Darija; the UN agencies described rather than named
        ("نتا شنو كتعرف دير؟", "smalltalk_about_bot"),
        ("what does the UN agency for development do?", "about_undp"),
        # "the UN" in English is the United Nations, not the French article; its agencies are still theirs
        ("what does the UN migration agency do", "about_iom"),
        # who will be with us in the room is who attends, not booking a place in it; «كامل» (whole) says nothing
        ("من سيكون حاضرا معنا في القاعة؟", "event_attendees"),
        ("On sera avec qui dans la salle ce matin-là ?", "event_attendees"),
        ("شكون اللي خلص على هاد المشروع كامل؟", "programme_funder"),
        # «الإفطار» is a breakfast as «الفطور» is; a light meeting («لقاء خفيف») asks the format
        ("هل هو مؤتمر رسمي أم لقاء خفيف على مائدة الإفطار؟", "event_format"),
        ("متى الإفطار؟", "event_date"),
        ("How early in the morning should I plan to turn up?", "logistics_time"),  # how early asks the time
        # « appuyé » is « soutenu » (supported); « conviée » is invited; « conseillée » says nothing of the topic
        ("le programme a t il appuyé le maroc pour le FMMD", "global_gfmd"),
        ("La presse est-elle conviée à la clôture ?", "event_press"),
        ("Quelle tenue est conseillée pour le petit-déjeuner ?", "logistics_dress_code"),
        ("phase 2 ran from when to when?", "programme_dates"),  # "ran" is "was implemented"
        ("Merci pour les infos ! Du coup on doit arriver à quelle heure le 26 ?", "logistics_time"),  # "so"
        # "the morning" is the event's, as « la matinée » is; the format a session "will take" is not its length
        ("what's on the agenda for the morning?", "event_agenda"),
        ("Would you kindly let me know what format the session will take?", "event_format"),
        # a sector, an area, «مجال»: the sectors the programme worked on are its results in Morocco
        ("which sectors did the programme work on?", "results_morocco"),
        ("Pouvez-vous me présenter brièvement la session de clôture ?", "event_overview"),  # « brièvement »
        ("En deux mots, ce programme c'est quoi ?", "programme_overview"),
        ("ما هي القطاعات المعنية بالبرنامج؟", "results_morocco"),
        ("Who's expected in the room - donors, NGOs, government people?", "event_attendees"),
        # "for a practical question", "specifically", « un simple » say nothing of the topic
        (
            "Je souhaiterais joindre l'équipe organisatrice pour une question pratique, "
            "auriez-vous un contact s'il vous plaît ?",
            "logistics_contact",
        ),
        ("Comment se déroule la matinée, c'est un panel, des ateliers, un simple petit-déj ?", "event_format"),
        ("What does the programme do in Morocco?", "results_morocco"),
        ("Remind me, what's the UN's development agency and what part did it play here?", "about_undp"),
        ("شنو كدير الوكالة الأممية للهجرة؟", "about_iom"),
        ("شنو هي وكالة الأمم المتحدة المعنية بالهجرة؟", "about_iom"),
        ("عرفوني بوكالة الأمم المتحدة المعنية بالتنمية", "about_undp"),
        # telling the organisers that one will come is the RSVP
        ("كيف أخبركم بأنني سأحضر؟", "rsvp_how"),
        # "participate" about oneself is attending, as « participer » is (the countries "participating" stay theirs)
        ("I'd like to participate in the breakfast, how?", "rsvp_how"),
        ("how can I participate?", "rsvp_how"),
        ("how many countries participate?", "programme_countries"),
        # how the programme contributed to the Compact is the Compact's entry (it says how), in the three languages
        ("comment le programme a-t-il contribué au pacte mondial ?", "global_compact"),
        ("كيف ساهم البرنامج في الاتفاق العالمي؟", "global_compact"),
        ("كيف ساهم البرنامج في الميثاق العالمي من اجل هجرة امنة ومنظمة ونظامية", "global_compact"),
        # who is behind the programme (IOM and UNDP, with the ministry and the Swiss funding) is not who
        # organises the breakfast; why it was created is what it is for
        ("who is behind the programme?", "programme_partners"),
        ("c'est qui derrière ce programme ?", "programme_partners"),
        ("شكون اللي ورا هاد البرنامج؟", "programme_partners"),
        ("qui est derrière le petit-déjeuner ?", "event_organisers"),
        ("why was this programme created?", "programme_objectives"),
        # sending someone in one's place is the colleague question («بلاصتي», "my place")
        ("can I send someone in my place?", "rsvp_colleague"),
        ("est-ce que je peux envoyer un collègue à ma place ?", "rsvp_colleague"),
        ("واش نقدر نصيفط شي حد بلاصتي؟", "rsvp_colleague"),
        # the UN agencies in the programme are its partners (IOM and UNDP), not IOM alone
        ("which UN agencies are involved?", "programme_partners"),
        # "I'd like" is "I would like"; where to find more information is whom to contact
        ("I'd like more information about the programme", "programme_overview"),
        ("where can I get more information?", "logistics_contact"),
        ("je peux avoir plus d'infos où ?", "logistics_contact"),
        ("فين نلقى معلومات اكثر؟", "logistics_contact"),
        # who the event is open to; "in terms of", « en matière de » say nothing of the topic
        ("Hello, I work for an NGO in Rabat. Is the event open to civil society organisations?", "event_attendees"),
        ("le petit-déjeuner est ouvert aux associations ?", "event_attendees"),
        ("واش اللقاء مفتوح في وجه الجمعيات؟", "event_attendees"),
        ("What has the programme achieved in terms of health for migrants in Morocco?", "results_health"),
        ("qu'a fait le programme en matière de santé ?", "results_health"),
        # a friend or one's spouse is bringing someone; free parking is parking, not free care
        ("jpeux venir avec un pote ?", "rsvp_colleague"),
        ("can I bring my wife?", "rsvp_colleague"),
        ("واش نقدر نجيب مراتي؟", "rsvp_colleague"),
        # a colleague from one's association is bringing a colleague, not who attends
        ("واش نقدر نجيب معايا زميلة من الجمعية", "rsvp_colleague"),
        ("can I bring a colleague from my NGO?", "rsvp_colleague"),
        ("هل يمكنني أن أصطحب زميلاً من الجمعية؟", "rsvp_colleague"),
        ("y a un parking gratuit ?", "logistics_access"),
        ("is there free parking?", "logistics_access"),
        # "facilement", "principaux": how and which, not what
        ("on y accède facilement en tram ?", "logistics_access"),
        ("quels sont les principaux partenaires ?", "programme_partners"),
        # the invitation one received, "beforehand", "must", "you tell me": how people ask, not what
        ("شنو هاد الفطور اللي وصلاتني عليه دعوة؟", "event_overview"),
        ("Do I need to confirm my attendance beforehand?", "rsvp_how"),
        ("هل يجب تأكيد الحضور مسبقا؟", "rsvp_how"),
        ("واش ممكن تقولو ليا كيفاش نأكد الحضور؟", "rsvp_how"),
        # a meeting afterwards, circumstances that changed: the sender's scene, not a topic
        ("I have a meeting afterwards, what time does the breakfast finish?", "logistics_end_time"),
        ("عندي اجتماع فالوزارة من بعد، فوقاش كيسالي اللقاء؟", "logistics_end_time"),
        ("لدي اجتماع آخر بعد الظهر في الوزارة، في أي ساعة ينتهي الفطور؟", "logistics_end_time"),
        ("قلت غادي نجي ولكن تبدلو عليا الظروف، كيفاش نبدل الجواب ديالي؟", "rsvp_change"),
        # "the eight countries" are the programme's; «نكونفيرمي», the French "confirmer" in Darija
        ("Which eight countries took part?", "programme_countries"),
        ("ما هي الدول الثماني المشاركة؟", "programme_countries"),
        ("بغيت نكونفيرمي الحضور ديالي", "rsvp_how"),
        # "give me an idea of" asks what it is; «أول حاجة» is the first thing done
        ("ممكن تعطيني فكرة على الجلسة الختامية؟", "event_overview"),
        ("أول حاجة دارها البرنامج فالمغرب شنو هي؟", "results_assessment"),
        ("vous etes qui ?", "smalltalk_about_bot"),
        # a big seminar or a small breakfast: its format; «تقدمو», what you will present
        ("واش هاد اللقاء ندوة كبيرة ولا فطور صغير؟", "event_format"),
        ("شنو غادي تقدمو فالفطور؟", "event_agenda"),
        # who works with one at the association is the sender's scene; «هضرة», talks, are the format
        ("واش نقدر نجيب معايا زميلتي لي خدامة معايا فالجمعية؟", "rsvp_colleague"),
        ("واش الفطور غير قهوة ولا فيه عروض وهضرة؟", "event_format"),
        # "the ones", "literally", "better off", "honnêtement", « y a moyen de », « pas loin »: how, not what
        ("Are the Swiss the ones footing the bill?", "programme_funder"),
        ("is there parking nearby or am I better off taking a taxi?", "logistics_access"),
        ("Is it a workshop or literally just a breakfast?", "event_format"),
        ("y a moyen de se garer pas loin ?", "logistics_access"),
        ("Honnêtement, c'est un programme de quoi exactement ?", "programme_overview"),
        ("ma collègue du service juridique peut venir avec moi ?", "rsvp_colleague"),
        # "my answer" is one's reply; "the organising team" the organisers; "ill", I'll typed fast
        ("Would it be possible to update my answer?", "rsvp_change"),
        ("could you share a phone number for the organising team?", "logistics_contact"),
        ("ill be there, how do i confirm?", "rsvp_how"),
        ("Would it be alright if I brought my deputy along?", "rsvp_colleague"),
        ("I'm with the Swiss embassy and will attend on Friday. Who else is expected?", "event_attendees"),
        # whom to call if one is late: the contact, not the start time
        ("who do i call if im running late?", "logistics_contact"),
        ("un numero a appeler en cas de retard ?", "logistics_contact"),
        # the invitation received by email, and not knowing how: the scene, not the contact
        ("nous avons reçu l'invitation par mail mais je ne sais pas comment confirmer notre présence", "rsvp_how"),
        # « montrer », what will be shown
        ("qu'est-ce qu'on va nous montrer ce jour-là ?", "event_agenda"),
        # «يسعدني» (I am pleased), «رسميا», «فهاد القضية»: how; «فديك الصبحية», that morning, is the scene
        ("يسعدني أن أؤكد لكم حضوري. كيف أسجل ذلك رسميا؟", "rsvp_how"),
        ("شنو غادي يتقدم فديك الصبحية؟", "event_agenda"),
        ("التعاون الوطني شنو دخلو فهاد القضية ديال الهجرة؟", "results_social"),
        # countries that were taking part («مشاركين») are the programme's, not who attends
        ("شكون هوما الدول اللي كانو مشاركين فالبرنامج؟", "programme_countries"),
        # the session "that IOM organises" is named, not asked about; "who is organising it" still is
        ("شنو هي هاد الجلسة الختامية اللي منظمة OIM؟", "event_overview"),
        ("ما هي الجلسة الختامية التي تنظمها المنظمة الدولية للهجرة؟", "event_overview"),
        ("شكون اللي منظمة هاد الفطور؟", "event_organisers"),
        ("شكون اللي كينظم الفطور؟", "event_organisers"),
        # the programme of the closing meeting is its agenda, not the programme
        ("ما هو برنامج اللقاء الختامي؟", "event_agenda"),
        ("who is taking the floor?", "event_speakers"),
        ("Hi, can journalists cover the closing breakfast?", "event_press"),
        ("how do I get to the venue from the Rabat Ville station?", "logistics_access"),  # the station's name
        ("ما هي الجهة التي تنظم الفطور الختامي؟", "event_organisers"),  # «الجهة» of the funder's phrasings
        # the bodies «الداعية» (inviting), the themes «ستطرح» (to be raised), covering it with a
        # photographer, and the results «على المستوى الوطني» (nationally: in Morocco)
        ("من هي الجهات الداعية إلى الفطور؟", "event_organisers"),
        ("من الجهة المنظمة لحفل الاختتام؟", "event_organisers"),  # «حفل الاختتام», the closing ceremony
        ("ما هي المحاور التي ستطرح في اللقاء؟", "event_agenda"),
        ("هل يسمح لي بتغطية اللقاء رفقة مصور؟", "event_press"),
        ("ما الحصيلة التي حققها البرنامج على المستوى الوطني؟", "results_morocco"),
        # "see you on the 26th, God willing": a farewell, not a question about the date
        ("بسلامة، نشوفكم نهار 26 إن شاء الله", "smalltalk_goodbye"),
        # speeches «يلقون» (delivered), «كتسالا» (ends), «طرا لي مانع» (something came up), a colleague
        # «من نفس المصلحة» (from the same department), the points «المدرجة» (listed) on the agenda
        ("شكون اللي سيلقون كلمات فالفطور؟", "event_speakers"),
        ("فوقاش كتسالا المرحلة الثانية؟", "programme_dates"),
        ("اكدت حضوري ولكن طرا لي مانع، شنو ندير؟", "rsvp_change"),
        ("نقدر نجي مع زميل من نفس المصلحة؟", "rsvp_colleague"),
        ("شنو هي المواضيع المدرجة في جدول الأعمال؟", "event_agenda"),
        # the closing «الختامي» on its own, an invitation «استدعاء» received, years «شحال من عام»
        ("أنا صحفية، هل يمكن تغطية الختامي؟", "event_press"),
        ("توصلت باستدعاء، كيفاش نأكد الحضور؟", "rsvp_how"),
        ("شحال من عام كانت المرحلة الثانية؟", "programme_dates"),
        ("كم سنة استمر البرنامج؟", "programme_dates"),
        # a phone number «رقم هاتف», what it has to do «مالو مع» the Forum, the breakfast «اللي كتهضرو عليه»
        # (you speak of), the invitation «وصلاتنا» (reached us: not «صلاة», prayer), done «under» the programme
        ("عافاك عطيني رقم هاتف باش نتواصل مع المنظمين", "logistics_contact"),
        ("البرنامج مالو مع المنتدى العالمي؟", "global_gfmd"),
        ("شنو هو هاد الفطور اللي كتهضرو عليه؟", "event_overview"),
        ("وصلاتنا الدعوة، كيفاش نأكدو حضورنا؟", "rsvp_how"),
        ("what was done under the programme with the Entraide Nationale?", "results_social"),
        # "the first" is not "the UN": «the first thing» is the programme's first step
        ("What was the first thing the programme did?", "results_assessment"),
        ("c quoi la premiere chose que le programme a faite ?", "results_assessment"),
        # the Forum's name in another order
        ("منتدى الهجرة والتنمية العالمي شنو هو؟", "global_gfmd"),
        # what the programme "changed" in Morocco is its results, not changing one's reply; «عبارة عن»
        # (consists of) asks the format
        ("qu'est-ce que le programme a changé au Maroc ?", "results_morocco"),
        ("what has the programme changed in Morocco?", "results_morocco"),
        ("هل الفطور عبارة عن ندوة؟", "event_format"),
        ("Could you let me know whether members of the press are welcome?", "event_press"),  # not "members"
        # «تعريف» (a definition) asks what something is
        ("المنظمة الدولية للهجرة تعريف", "about_iom"),
        ("عطيني تعريف ديال PNUD", "about_undp"),
        # the Compact's name without its articles: «منظمة» is "orderly" there, not an organisation, and
        # «مسار» the Compact's process, not a career; the groups «الفئات» invited
        ("كيف دعم البرنامج المغرب في مسار الاتفاق العالمي من أجل هجرة آمنة ومنظمة ونظامية؟", "global_compact"),
        ("ما هي الفئات المدعوة لهذا اللقاء؟", "event_attendees"),
        # Darija question words typed without their alef, and «رافق» (went along with: supported)
        ("شكن لي غادي يهضر ف الفطور؟", "event_speakers"),
        ("فوقش كيبدا الفطور؟", "logistics_time"),
        ("شكون هوما البلدان السبعة الأخرى؟", "programme_countries"),  # "the seven countries"
        ("كيفش نوصل للبلاصة؟", "logistics_access"),
        ("كيف رافق البرنامج المغرب في مسار الميثاق العالمي؟", "global_compact"),
        # the first stage «قام بها» (it carried out) is the first step; «المرحلة الأولى» alone is phase 1
        ("شنو هي أول مرحلة دارها البرنامج؟", "results_assessment"),
    ],
)
def test_everyday_words_lead_to_the_entry(message, entry_id):
    assert ask_json(message)["ids"] == [entry_id]


@pytest.mark.parametrize(
    "message",
    [
        "could the Swiss fund my project?",
        "est-ce que la DDC peut financer mon projet ?",
        "واش سويسرا تقدر تمول مشروعي؟",
    ],
)
def test_money_for_ones_own_project_is_not_the_programmes_funding(message):
    """The programme funds no one's project: who funds the programme is not the answer to that."""
    assert ask_json(message)["ids"] == []


def test_a_job_at_an_agency_is_not_coming_with_a_colleague():
    """«خدمة» is work: a job at IOM is a topic no entry covers, not the colleague one might bring."""
    reply = ask_json("واش كاين شي خدمة فالمنظمة الدولية للهجرة؟")
    assert reply["ids"] == [] and "rsvp_colleague" not in reply["suggestions"]


def test_partners_who_worked_on_the_programme_are_not_its_health_results():
    """A health phrasing once said "travaillé avec la santé", which reads as partners ("travaille avec")."""
    reply = ask_json("which partners worked on the programme?")
    assert "results_health" not in reply["ids"]
    assert (reply["ids"] or reply["suggestions"])[0] == "programme_partners"


@pytest.mark.parametrize("message", ["واش كاين لقاءات اخرى؟", "are there other events planned?"])
def test_other_events_are_not_offered_the_breakfasts_answers(message):
    """Only the closing breakfast is covered: another event gets the honest fallback, not a "did you
    mean" about who organises this one."""
    reply = ask_json(message)
    assert reply["ids"] == [] and reply["suggestions"] == []


@pytest.mark.parametrize(
    "message",
    ["What are IOM's opening hours?", "quels sont les horaires d'ouverture du ministère ?", "chkoun lwazir daba?"],
)
def test_an_offices_hours_or_who_holds_a_post_are_not_covered(message):
    """Neither an office's hours nor who is minister is something the assistant knows: no answer about
    the organisations or the breakfast's speakers."""
    assert ask_json(message)["ids"] == []


def test_whether_the_minister_speaks_is_still_the_speakers_question():
    assert ask_json("Le ministre prendra-t-il la parole ?")["ids"] == ["event_speakers"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "mis en œuvre" is one word for "implemented", not two rare words that outweigh "partenaires"
        ("Le programme est mis en œuvre avec quels partenaires ?", ["programme_partners"]),
        ("مع من تم تنفيذ البرنامج في المغرب؟", ["programme_partners"]),
        # how simply to say it is not what is asked
        ("Explain the programme's objectives in simple words", ["programme_objectives"]),
        ("expliquez-moi en termes simples les objectifs du programme", ["programme_objectives"]),
    ],
)
def test_set_phrases_weigh_as_what_they_mean(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "the most important", "the key": which of them, not what they are about
        ("ما هي أهم أهداف البرنامج؟", "programme_objectives"),
        ("What are the key results of the programme?", "results_morocco"),
        # who the sender is ("I work in an association", Darija «ف» for "in") sets the scene
        ("كنخدم فجمعية، واش نقدر نحضر؟", "event_attendees"),
        # «الصحافيين», the journalists, as Moroccans spell it beside «الصحفيين»
        ("واش الصحافيين مرحب بهم؟", "event_press"),
        ("واش الصحافيين يقدرو يجيو؟", "event_press"),
        # «خلّص عليه», paid for it in Darija: the funder
        ("شكون الشركاء ديال البرنامج؟ وشكون اللي خلّص عليه؟", "programme_funder"),
        # a formal letter: «يشرفني أن أعبر عن رغبتي في» opens it, «وتقبلوا فائق عبارات التقدير» closes it
        (
            "يشرفني أن أعبر عن رغبتي في حضور الفطور الختامي، فما هي الإجراءات المتبعة لتأكيد المشاركة؟ "
            "وتقبلوا فائق عبارات التقدير والاحترام.",
            "rsvp_how",
        ),
    ],
)
def test_words_around_the_topic_do_not_hide_it(message, expected):
    assert expected in ask_json(message)["ids"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # "tomorrow" asks the date: the assistant speaks as of the event and answers with the day itself
        ("is it tomorrow?", ["event_date"]),
        ("c'est demain ?", ["event_date"]),
        ("واش غدا؟", ["event_date"]),
        ("is the breakfast 2moro?", ["event_date"]),
        ("a demain !", ["smalltalk_goodbye"]),  # still a goodbye
        # «ماغانقدرش», I won't be able to: cancelling, even without "come" after it
        ("سجلت ولكن ماغانقدرش، شنو ندير؟", ["rsvp_change"]),
        ("يلاه بسلامة عليكم", ["smalltalk_goodbye"]),
    ],
)
def test_everyday_darija_and_time_words(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize(
    "message", ["thanks for the invitation to the breakfast", "merci pour l'invitation", "شكرا على الدعوة للقاء"]
)
def test_thanks_for_the_invitation_is_thanks(message):
    # not a question about who is invited or what the breakfast is
    assert ask_json(message)["ids"] == ["smalltalk_thanks"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Merci pour l'invitation ! Qui d'autre participe à cette rencontre ?", ["event_attendees"]),
        ("شكرا على الدعوة، فين غادي يكون؟", ["logistics_venue"]),
        # "I have two questions:" says nothing of them
        ("مساء الخير، عندي جوج اسئلة: فين القاعة؟ وفوقاش كتبدا؟", ["logistics_venue", "logistics_time"]),
    ],
)
def test_a_question_after_thanks_or_an_announcement_of_questions_is_answered(message, expected):
    assert ask_json(message)["ids"] == expected


@pytest.mark.parametrize("message", ["c qui le président du FMMD ?", "شكون رئيس المنتدى العالمي؟"])
def test_who_chairs_the_forum_is_a_name_not_the_forum(message):
    assert ask_json(message)["ids"] == []


def test_everyday_french_words_tell_the_language():
    # "on" is English too: « peut », « venir », « en » tell French, so the reply is in French
    result = ask_json("on peut venir en jean ?", "--lang", "en")
    assert (result["ids"], result["lang"]) == (["logistics_dress_code"], "fr")


def test_a_formal_conference_asks_the_format_not_the_dress_code():
    assert ask_json("Is it a formal conference or more of an informal roundtable?")["ids"] == ["event_format"]
    assert ask_json("should I dress formal?")["ids"] == ["logistics_dress_code"]


def test_i_am_confused_is_not_a_word_for_the_phone():
    # «تلفت» (I got mixed up) is no misspelt «تلفون»: the question with it is what is asked
    assert ask_json("تلفت")["ids"] == []
    assert ask_json("تلفت، فوقاش كيبدا الفطور؟")["ids"] == ["logistics_time"]


@pytest.mark.parametrize(
    "message",
    ["فين كاين المقر ديال التعاون الوطني؟", "شنو هو مخطط التشغيل والهجرة؟", "واش سويسرا غادي توقف التمويل؟"],
)
def test_a_partners_headquarters_an_employment_plan_or_future_funding_get_no_did_you_mean(message):
    # the Entraide's headquarters, a plan for employment, the funding after 2018: no entry to offer
    assert ask_json(message)["outcome"] == "fallback"
