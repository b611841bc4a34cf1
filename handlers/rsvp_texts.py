"""What the RSVP conversation, the organisers' commands and the reminders say, in fr, en and ar.

Templates are HTML (the parse mode of every message) and may hold <b>; the values put in them are
escaped by `rsvp_say`, never here. Labels of statuses and categories, and the messages for invalid
input, come from the core (bot.rsvp) so that the CSV, the command line and the bot agree.
"""

from __future__ import annotations

from bot.texts import Catalogue
from handlers.render import escape

RSVP_UI = Catalogue(
    {
        # ------------------------------------------------------------------ the conversation
        "ask_attending": {
            "fr": "Participerez-vous au petit-déjeuner de clôture du programme <b>Migration Mainstreaming</b>, "
            "à {city} le {date} ?\n\nVous pouvez annuler à tout moment avec /cancel : rien n'est enregistré "
            "avant votre confirmation.",
            "en": "Will you attend the closing breakfast of the <b>Migration Mainstreaming</b> programme in {city} "
            "on {date}?\n\nYou can leave at any time with /cancel: nothing is saved before you confirm.",
            "ar": "هل ستحضرون الفطور الختامي لبرنامج <b>إدماج الهجرة</b> ب{city} يوم {date}؟\n\n"
            "يمكنكم الإلغاء في أي وقت بإرسال /cancel: لا يُحفظ أي شيء قبل تأكيدكم.",
        },
        "ask_name": {
            "fr": "Votre nom complet ? Écrivez-le, ou touchez le bouton pour reprendre votre nom Telegram.",
            "en": "Your full name? Type it, or tap the button to use your Telegram name.",
            "ar": "اسمكم الكامل؟ اكتبوه، أو اضغطوا على الزر لاستعمال اسمكم على تيليغرام.",
        },
        "ask_name_no_profile": {
            "fr": "Votre nom complet ?",
            "en": "Your full name?",
            "ar": "اسمكم الكامل؟",
        },
        "ask_organisation": {
            "fr": "Votre organisation ou institution ?",
            "en": "Your organisation or institution?",
            "ar": "مؤسستكم أو الجهة التي تمثلونها؟",
        },
        "ask_category": {
            "fr": "Quel type d'organisation ?",
            "en": "What kind of organisation?",
            "ar": "ما نوع مؤسستكم؟",
        },
        "ask_dietary": {
            "fr": "Des besoins alimentaires à signaler (végétarien, allergies...) ? Écrivez-les, ou touchez « Passer ».",
            "en": 'Any dietary needs (vegetarian, allergies...)? Type them, or tap "Skip".',
            "ar": "هل لديكم احتياجات غذائية (نباتي، حساسية...)؟ اكتبوها، أو اضغطوا على «تخطي».",
        },
        "ask_email": {
            "fr": "Votre adresse e-mail, si vous souhaitez que les organisateurs puissent vous écrire (facultatif). "
            "Écrivez-la, ou touchez « Passer ».",
            "en": "Your email address, if you would like the organisers to be able to write to you (optional). "
            'Type it, or tap "Skip".',
            "ar": "بريدكم الإلكتروني، إن أردتم أن يتمكن المنظمون من مراسلتكم (اختياري). اكتبوه، أو اضغطوا على «تخطي».",
        },
        "current_value": {
            "fr": "Valeur actuelle : {value}",
            "en": "Current value: {value}",
            "ar": "القيمة الحالية: {value}",
        },
        "looks_like_question": {
            "fr": "Cela ressemble à une question : vous pourrez la poser une fois votre réponse terminée "
            "(ou annuler avec /cancel). Je n'ai rien enregistré.",
            "en": "That looks like a question: you can ask it once your reply is finished (or leave with /cancel). "
            "I have not saved it.",
            "ar": "يبدو هذا سؤالاً: يمكنكم طرحه بعد إتمام ردكم (أو الإلغاء بإرسال /cancel). لم أسجّل شيئاً.",
        },
        "use_buttons": {
            "fr": "Merci de répondre avec les boutons ci-dessus (ou /cancel pour annuler).",
            "en": "Please answer with the buttons above (or /cancel to leave).",
            "ar": "يرجى الرد باستعمال الأزرار أعلاه (أو /cancel للمغادرة).",
        },
        "summary": {
            "fr": "<b>Votre réponse, à vérifier :</b>\n{lines}\n\n{privacy}",
            "en": "<b>Your reply, please check it:</b>\n{lines}\n\n{privacy}",
            "ar": "<b>ردكم، يرجى التحقق منه:</b>\n{lines}\n\n{privacy}",
        },
        "already_replied": {
            "fr": "Vous avez déjà répondu. Voici ce que j'ai enregistré : confirmez pour le garder, "
            "ou touchez « Modifier ».",
            "en": 'You have already replied. Here is what I have: confirm to keep it, or tap "Edit".',
            "ar": "سبق لكم الرد. هذا ما سجّلته: أكّدوا للإبقاء عليه، أو اضغطوا على «تعديل».",
        },
        "privacy": {
            "fr": "🔒 <b>Vos données</b> : je conserve ces réponses, votre nom d'utilisateur Telegram et votre langue, "
            "uniquement pour préparer le petit-déjeuner (nombre de places, repas, contact). Seuls les organisateurs "
            "les voient. Pour tout effacer à tout moment : /forget.",
            "en": "🔒 <b>Your data</b>: I keep these answers, your Telegram username and your language, only to "
            "prepare the breakfast (places, catering, contact). Only the organisers see them. To delete everything "
            "at any time: /forget.",
            "ar": "🔒 <b>بياناتكم</b>: أحتفظ بهذه الإجابات وباسم المستخدم الخاص بكم على تيليغرام وبلغتكم، فقط للتحضير للفطور "
            "(عدد المقاعد، الطعام، التواصل). لا يطّلع عليها إلا المنظمون. لحذف كل شيء في أي وقت: /forget.",
        },
        "line": {"fr": "<b>{label}</b> : {value}", "en": "<b>{label}</b>: {value}", "ar": "<b>{label}</b>: {value}"},
        "none_given": {"fr": "—", "en": "—", "ar": "—"},
        "field.status": {"fr": "Présence", "en": "Attendance", "ar": "الحضور"},
        "field.full_name": {"fr": "Nom complet", "en": "Full name", "ar": "الاسم الكامل"},
        "field.organisation": {"fr": "Organisation", "en": "Organisation", "ar": "المؤسسة"},
        "field.category": {"fr": "Type d'organisation", "en": "Type of organisation", "ar": "نوع المؤسسة"},
        "field.dietary": {"fr": "Besoins alimentaires", "en": "Dietary needs", "ar": "الاحتياجات الغذائية"},
        "field.email": {"fr": "E-mail", "en": "Email", "ar": "البريد الإلكتروني"},
        "field.waitlist_position": {
            "fr": "Position sur la liste d'attente",
            "en": "Position on the waiting list",
            "ar": "الترتيب في قائمة الانتظار",
        },
        "ask_edit": {
            "fr": "Quelle information voulez-vous modifier ?",
            "en": "Which detail do you want to change?",
            "ar": "أي معلومة تريدون تعديلها؟",
        },
        "button_use_profile": {"fr": "👤 {name}", "en": "👤 {name}", "ar": "👤 {name}"},
        "button_skip": {"fr": "Passer", "en": "Skip", "ar": "تخطي"},
        "button_confirm": {"fr": "✅ Confirmer", "en": "✅ Confirm", "ar": "✅ تأكيد"},
        "button_edit": {"fr": "✏️ Modifier", "en": "✏️ Edit", "ar": "✏️ تعديل"},
        "button_cancel": {"fr": "✖️ Annuler", "en": "✖️ Cancel", "ar": "✖️ إلغاء"},
        "button_back": {"fr": "⬅️ Retour", "en": "⬅️ Back", "ar": "رجوع ➡️"},
        "cancelled": {
            "fr": "C'est annulé : rien n'a été enregistré. Envoyez /rsvp pour recommencer.",
            "en": "Cancelled: nothing was saved. Send /rsvp to start again.",
            "ar": "تم الإلغاء: لم يُحفظ أي شيء. أرسلوا /rsvp للبدء من جديد.",
        },
        "left_not_saved": {
            "fr": "Vous avez quitté la confirmation de présence\u202f: ce que vous aviez répondu n'a pas été enregistré. Envoyez /rsvp pour la reprendre.",
            "en": "You have left the attendance confirmation: what you had answered so far was not saved. Send /rsvp to start it again.",
            "ar": "لقد أوقفتم تأكيد الحضور: لم تُحفظ الإجابات التي قدمتموها. أرسلوا \u2068/rsvp\u2069 لاستئنافه.",
        },
        "left_kept": {
            "fr": "Vous avez quitté la modification de votre réponse\u202f: votre réponse enregistrée reste inchangée (/myrsvp pour la voir).",
            "en": "You have left changing your reply: your saved reply is unchanged (/myrsvp to see it).",
            "ar": "لقد أوقفتم تعديل ردكم: يبقى ردكم المسجل كما هو (\u2068/myrsvp\u2069 لعرضه).",
        },
        "cancelled_kept": {
            "fr": "C'est annulé : votre réponse précédente reste inchangée. /myrsvp pour la voir.",
            "en": "Cancelled: your previous reply is unchanged. /myrsvp to see it.",
            "ar": "تم الإلغاء: يبقى ردكم السابق كما هو. /myrsvp لعرضه.",
        },
        "timed_out": {
            "fr": "Je mets votre réponse de côté faute de nouvelles : rien n'a été enregistré. Envoyez /rsvp pour reprendre.",
            "en": "I have set your reply aside as I heard nothing more: nothing was saved. Send /rsvp to start again.",
            "ar": "انتهت مهلة الرد دون أي جديد، فلم يُحفظ أي شيء. أرسلوا /rsvp للبدء من جديد.",
        },
        "closed": {
            "fr": "Les inscriptions au petit-déjeuner de clôture sont closes (la date limite est passée).",
            "en": "Registration for the closing breakfast is closed (the deadline has passed).",
            "ar": "انتهى التسجيل في الفطور الختامي (انقضى الأجل المحدد).",
        },
        "stale": {
            "fr": "Cette réponse n'est plus en cours. Envoyez /rsvp pour recommencer.",
            "en": "This reply is no longer in progress. Send /rsvp to start again.",
            "ar": "لم يعد هذا الرد جارياً. أرسلوا /rsvp للبدء من جديد.",
        },
        "places_taken": {
            "fr": "Toutes les places sont prises\u202f: si vous répondez «\u202fje participe\u202f», vous serez inscrit(e) sur la liste d'attente, et prévenu(e) dès qu'une place se libère.",
            "en": "All places are taken: if you answer that you will attend, you will go on the waiting list, and be told as soon as a place frees up.",
            "ar": "جميع المقاعد محجوزة: إذا أجبتم بأنكم ستحضرون، ستُسجَّلون في لائحة الانتظار، وسنخبركم فور توفر مقعد.",
        },
        "summary_will_wait": {
            "fr": "⏳ Toutes les places sont prises\u202f: en confirmant, vous serez inscrit(e) sur la liste d'attente.",
            "en": "⏳ All places are taken: when you confirm, you will go on the waiting list.",
            "ar": "⏳ جميع المقاعد محجوزة: عند التأكيد، ستُسجَّلون في لائحة الانتظار.",
        },
        "saved_changes": {
            "fr": "Merci, {name}\u202f! Vos modifications sont enregistrées.",
            "en": "Thank you, {name}! Your changes are saved.",
            "ar": "شكراً، {name}! تم حفظ تعديلاتكم.",
        },
        "saved_yes": {
            "fr": "Merci, {name} ! Votre présence est confirmée. Voici l'événement pour votre agenda.",
            "en": "Thank you, {name}! Your attendance is confirmed. Here is the event for your calendar.",
            "ar": "شكراً، {name}! تم تأكيد حضوركم. إليكم الموعد لإضافته إلى تقويمكم.",
        },
        "saved_waitlist": {
            "fr": "Merci, {name}. Le petit-déjeuner est complet : vous êtes sur la liste d'attente, en position "
            "<b>{position}</b>. Je vous préviendrai ici si une place se libère.",
            "en": "Thank you, {name}. The breakfast is full: you are on the waiting list, in position <b>{position}</b>. "
            "I will tell you here if a place frees up.",
            "ar": "شكراً، {name}. اكتملت المقاعد المتاحة: أنتم في قائمة الانتظار، في المرتبة <b>{position}</b>. "
            "سأخبركم هنا إذا توفر مقعد.",
        },
        "saved_no": {
            "fr": "Merci, {name}, c'est noté : vous ne participerez pas. Si vous changez d'avis, envoyez /rsvp.",
            "en": "Thank you, {name}, noted: you will not attend. If you change your mind, send /rsvp.",
            "ar": "شكراً، {name}، أخذنا علماً بأنكم لن تحضروا. إذا غيّرتم رأيكم، أرسلوا /rsvp.",
        },
        "saved_maybe": {
            "fr": "Merci, {name}, c'est noté : peut-être. Envoyez /rsvp quand vous saurez.",
            "en": "Thank you, {name}, noted: maybe. Send /rsvp when you know.",
            "ar": "شكراً، {name}، أخذنا علماً بأن حضوركم غير مؤكد بعد. أرسلوا /rsvp عندما تتأكدون.",
        },
        "calendar_caption": {
            "fr": "Petit-déjeuner de clôture — à ouvrir avec votre agenda.",
            "en": "Closing breakfast — open it with your calendar.",
            "ar": "الفطور الختامي — افتحوه بتطبيق التقويم.",
        },
        "promoted": {
            "fr": "Bonne nouvelle : une place s'est libérée au petit-déjeuner de clôture, et elle est pour vous. "
            "Votre présence est confirmée. Si vous ne pouvez plus venir : /cancelrsvp.",
            "en": "Good news: a place has freed up at the closing breakfast, and it is yours. Your attendance is "
            "confirmed. If you can no longer come: /cancelrsvp.",
            "ar": "خبر سار: توفر مقعد في الفطور الختامي وهو لكم. تم تأكيد حضوركم. "
            "إذا لم يعد بإمكانكم الحضور: /cancelrsvp.",
        },
        # ------------------------------------------------------------------ /myrsvp, /cancelrsvp, /forget
        "my_rsvp": {
            "fr": "<b>Votre réponse</b>\n{lines}\n\nPour la modifier : /rsvp. Pour annuler : /cancelrsvp.",
            "en": "<b>Your reply</b>\n{lines}\n\nTo change it: /rsvp. To cancel: /cancelrsvp.",
            "ar": "<b>ردكم</b>\n{lines}\n\nلتعديله: /rsvp. للإلغاء: /cancelrsvp.",
        },
        "no_rsvp": {
            "fr": "Vous n'avez pas encore répondu. Envoyez /rsvp pour confirmer votre présence.",
            "en": "You have not replied yet. Send /rsvp to confirm your attendance.",
            "ar": "لم تردّوا بعد. أرسلوا /rsvp لتأكيد حضوركم.",
        },
        "cancel_rsvp_done": {
            "fr": "C'est noté : vous ne participerez pas. Merci de nous avoir prévenus. Si vous changez d'avis : /rsvp.",
            "en": "Noted: you will not attend. Thank you for letting us know. If you change your mind: /rsvp.",
            "ar": "أخذنا علماً بأنكم لن تحضروا. شكراً لإعلامنا. إذا غيّرتم رأيكم: /rsvp.",
        },
        "cancel_rsvp_nothing": {
            "fr": "Il n'y a rien à annuler : vous avez déjà indiqué que vous ne participerez pas. "
            "Si vous changez d'avis : /rsvp.",
            "en": "There is nothing to cancel: you have already said you will not attend. If you change your mind: /rsvp.",
            "ar": "لا يوجد ما يُلغى: سبق أن أعلمتمونا بأنكم لن تحضروا. إذا غيّرتم رأيكم: /rsvp.",
        },
        "cancel_rsvp_ask": {
            "fr": "Libérer votre place au petit-déjeuner de clôture ? Elle pourra être donnée à la première personne "
            "de la liste d'attente, et vous ne la retrouverez peut-être pas.",
            "en": "Give up your place at the closing breakfast? It may go to the first person on the waiting list, "
            "and you may not get it back.",
            "ar": "هل تريدون التخلي عن مقعدكم في الفطور الختامي؟ قد يُمنح لأول شخص في قائمة الانتظار، وقد لا تستعيدونه.",
        },
        "cancel_rsvp_ask_unlimited": {
            "fr": "Annuler votre participation au petit-déjeuner de clôture ?",
            "en": "Cancel your attendance at the closing breakfast?",
            "ar": "هل تريدون إلغاء حضوركم في الفطور الختامي؟",
        },
        "button_cancel_rsvp_yes": {
            "fr": "Oui, libérer ma place",
            "en": "Yes, give up my place",
            "ar": "نعم، أتخلى عن مقعدي",
        },
        "button_cancel_rsvp_no": {"fr": "Non, garder ma place", "en": "No, keep my place", "ar": "لا، أحتفظ بمقعدي"},
        "cancel_rsvp_kept": {
            "fr": "Votre place est conservée.",
            "en": "Your place is kept.",
            "ar": "مقعدكم محفوظ.",
        },
        "forget_ask": {
            "fr": "Effacer tout ce que je conserve sur vous\u202f: votre réponse (RSVP), votre choix de langue et les "
            "questions que vous m'avez posées\u202f?",
            "en": "Delete everything I keep about you: your reply (RSVP), your language choice and the questions you asked me?",
            "ar": "هل تريدون حذف كل ما أحتفظ به عنكم: ردّكم وتفضيل اللغة والأسئلة التي طرحتموها عليّ؟",
        },
        "button_forget_yes": {"fr": "🗑 Tout effacer", "en": "🗑 Delete everything", "ar": "🗑 حذف كل شيء"},
        "button_forget_no": {"fr": "Garder", "en": "Keep", "ar": "الإبقاء عليها"},
        "forget_nothing": {
            "fr": "Je ne conserve rien sur vous\u202f: ni réponse (RSVP), ni choix de langue, ni question.",
            "en": "I keep nothing about you: no reply (RSVP), no language choice, no question.",
            "ar": "لا أحتفظ بأي شيء عنكم: لا رد ولا تفضيل للغة ولا أسئلة.",
        },
        "forget_done": {
            "fr": "C'est fait : j'ai effacé tout ce que je conservais sur vous.",
            "en": "Done: I have deleted everything I kept about you.",
            "ar": "تم: حذفت كل ما كنت أحتفظ به عنكم.",
        },
        "forget_kept": {
            "fr": "Rien n'a été effacé.",
            "en": "Nothing was deleted.",
            "ar": "لم يُحذف أي شيء.",
        },
        "private_only": {
            "fr": "Cette commande fonctionne dans notre conversation privée, pour que vos données restent entre vous "
            "et les organisateurs.",
            "en": "This command works in our private chat, so that your details stay between you and the organisers.",
            "ar": "يعمل هذا الأمر في محادثتنا الخاصة، حتى تبقى بياناتكم بينكم وبين المنظمين.",
        },
        # ------------------------------------------------------------------ command menu
        "help_command.rsvp": {
            "fr": "confirmer votre présence au petit-déjeuner de clôture",
            "en": "confirm your attendance at the closing breakfast",
            "ar": "تأكيد حضوركم في الفطور الختامي",
        },
        "help_command.myrsvp": {"fr": "voir votre réponse", "en": "see your reply", "ar": "عرض ردّكم"},
        "help_command.cancelrsvp": {
            "fr": "annoncer que vous ne viendrez pas",
            "en": "say that you will not attend",
            "ar": "إعلامنا بأنكم لن تحضروا",
        },
        "help_command.forget": {
            "fr": "effacer tout ce que je garde sur vous",
            "en": "delete everything I keep about you",
            "ar": "حذف كل ما أحتفظ به عنكم",
        },
        "command_rsvp": {"fr": "Confirmer ma présence", "en": "Confirm attendance", "ar": "تأكيد الحضور"},
        "command_myrsvp": {"fr": "Voir ma réponse", "en": "See my reply", "ar": "عرض ردي"},
        "command_cancelrsvp": {"fr": "Je ne viendrai pas", "en": "I will not attend", "ar": "لن أحضر"},
        "command_forget": {"fr": "Effacer mes données", "en": "Delete my data", "ar": "حذف بياناتي"},
        # ------------------------------------------------------------------ reminders
        "reminder_with_time": {
            "fr": "⏰ Rappel : le petit-déjeuner de clôture du programme <b>Migration Mainstreaming</b> a lieu le "
            "{date} à {time}, {place}. À bientôt !",
            "en": "⏰ Reminder: the closing breakfast of the <b>Migration Mainstreaming</b> programme takes place on "
            "{date} at {time}, {place}. See you soon!",
            "ar": "⏰ تذكير: الفطور الختامي لبرنامج <b>إدماج الهجرة</b> يوم {date} على الساعة {time}، {place}. "
            "إلى اللقاء قريباً!",
        },
        "reminder_without_time": {
            "fr": "⏰ Rappel : le petit-déjeuner de clôture du programme <b>Migration Mainstreaming</b> a lieu le "
            "{date}, {place}. L'heure n'a pas encore été annoncée. À bientôt !",
            "en": "⏰ Reminder: the closing breakfast of the <b>Migration Mainstreaming</b> programme takes place on "
            "{date}, {place}. The time has not been announced yet. See you soon!",
            "ar": "⏰ تذكير: الفطور الختامي لبرنامج <b>إدماج الهجرة</b> يوم {date}، {place}. "
            "لم يُعلن عن التوقيت بعد. إلى اللقاء قريباً!",
        },
        "place_city": {"fr": "à {city}", "en": "in {city}", "ar": "ب{city}"},
        "place_venue": {"fr": "{venue}", "en": "{venue}", "ar": "{venue}"},
        # ------------------------------------------------------------------ organisers
        "nothing_to_cancel": {
            "fr": "Il n'y a rien en cours à annuler. (Pour ne plus participer : /cancelrsvp.)",
            "en": "There is nothing in progress to cancel. (To stop attending: /cancelrsvp.)",
            "ar": "لا يوجد ما يُلغى حالياً. (لإلغاء حضوركم: /cancelrsvp.)",
        },
    }
)


def rsvp_say(key: str, lang: str, **values: object) -> str:
    """One of these texts (HTML) with its values escaped."""
    return RSVP_UI(key, lang, **{name: escape(value) for name, value in values.items()})


def rsvp_text(key: str, lang: str, **values: object) -> str:
    """One of these texts unescaped, for button labels (which are not parsed as HTML)."""
    return RSVP_UI(key, lang, **values)
