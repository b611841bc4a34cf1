"""What the organisers' commands say (/rsvps, /stats, /reload, /broadcast, /unanswered), and the
announcements they send, in fr, en and ar. Templates are HTML; `org_say` escapes the values,
`org_text` is for button labels."""

from __future__ import annotations

from bot.texts import Catalogue
from handlers.render import escape

ORG_UI = Catalogue(
    {
        "org_headcount": {
            "fr": "<b>Réponses : {total}</b>\n{statuses}\n\n<b>Participants par type d'organisation</b>\n{categories}",
            "en": "<b>Replies: {total}</b>\n{statuses}\n\n<b>Attending by kind of organisation</b>\n{categories}",
            "ar": "<b>الردود: {total}</b>\n{statuses}\n\n<b>الحاضرون حسب نوع المؤسسة</b>\n{categories}",
        },
        "org_capacity": {
            "fr": "Places : {taken} sur {capacity}",
            "en": "Places: {taken} of {capacity}",
            "ar": "المقاعد: {taken} من {capacity}",
        },
        "org_count_line": {"fr": "{label} : {count}", "en": "{label}: {count}", "ar": "{label}: {count}"},
        "org_no_rsvps": {
            "fr": "Aucune réponse pour l'instant.",
            "en": "No replies yet.",
            "ar": "لا توجد ردود حتى الآن.",
        },
        "org_csv_caption": {
            "fr": "La liste complète (CSV, UTF-8).",
            "en": "The full list (CSV, UTF-8).",
            "ar": "القائمة الكاملة (CSV، UTF-8).",
        },
        "org_unanswered_title": {
            "fr": "<b>Questions restées sans réponse</b> (posées par le plus de personnes d'abord\u202f; 👥 personnes, × fois)",
            "en": "<b>Unanswered questions</b> (asked by the most people first; 👥 people, × times)",
            "ar": "<b>أسئلة بقيت دون إجابة</b> (التي طرحها أكبر عدد من الأشخاص أولاً؛ 👥 الأشخاص، × المرات)",
        },
        "org_unanswered_line": {
            "fr": "👥 {askers} · {count}× [{language}] {text}",
            "en": "👥 {askers} · {count}× [{language}] {text}",
            "ar": "👥 {askers} · {count}× [{language}] {text}",
        },
        "org_unanswered_none": {
            "fr": "Aucune question sans réponse pour l'instant.",
            "en": "No unanswered questions so far.",
            "ar": "لا توجد أسئلة دون إجابة حتى الآن.",
        },
        "org_stats": {
            "fr": "<b>Questions</b> ({askers})\n{languages}\n\n<b>Réponses (RSVP)</b>\n{statuses}",
            "en": "<b>Questions</b> ({askers})\n{languages}\n\n<b>Replies (RSVP)</b>\n{statuses}",
            "ar": "<b>الأسئلة</b> ({askers})\n{languages}\n\n<b>الردود</b>\n{statuses}",
        },
        "org_stats_line": {
            "fr": "{language} : {asked} ({askers}), {answered} avec réponse ({share} %), {unanswered} sans réponse",
            "en": "{language}: {asked} ({askers}), {answered} answered ({share}%), {unanswered} unanswered",
            "ar": "{language}: {asked} ({askers})، منها {answered} بإجابة ({share}%) و{unanswered} دون إجابة",
        },
        # Counted nouns, per CLDR plural category (Catalogue.plural): French and English need one and
        # other; Arabic also zero, two, few (3-10) and many (11-99).
        "org_stats_asked.zero": {"ar": "لا أسئلة"},
        "org_stats_asked.one": {"fr": "{count} question posée", "en": "{count} question asked", "ar": "سؤال واحد"},
        "org_stats_asked.two": {"ar": "سؤالان"},
        "org_stats_asked.few": {"ar": "{count} أسئلة"},
        "org_stats_asked.many": {"ar": "{count} سؤالاً"},
        "org_stats_asked.other": {
            "fr": "{count} questions posées",
            "en": "{count} questions asked",
            "ar": "{count} سؤال",
        },
        "org_stats_askers.zero": {"ar": "لا أحد"},
        "org_stats_askers.one": {"fr": "{count} personne", "en": "{count} person", "ar": "شخص واحد"},
        "org_stats_askers.two": {"ar": "شخصان"},
        "org_stats_askers.few": {"ar": "{count} أشخاص"},
        "org_stats_askers.many": {"ar": "{count} شخصاً"},
        "org_stats_askers.other": {"fr": "{count} personnes", "en": "{count} people", "ar": "{count} شخص"},
        "language_name.fr": {"fr": "Français", "en": "French", "ar": "الفرنسية"},
        "language_name.en": {"fr": "Anglais", "en": "English", "ar": "الإنجليزية"},
        "language_name.ar": {"fr": "Arabe", "en": "Arabic", "ar": "العربية"},
        "org_stats_none": {
            "fr": "Aucune question pour l'instant.",
            "en": "No questions so far.",
            "ar": "لا توجد أسئلة حتى الآن.",
        },
        "org_reload_ok": {
            "fr": "Base de connaissances rechargée : {entries} entrées, {categories} catégories.",
            "en": "Knowledge base reloaded: {entries} entries, {categories} categories.",
            "ar": "تمت إعادة تحميل قاعدة المعارف: عدد المدخلات {entries}، وعدد الفئات {categories}.",
        },
        "org_reload_refused": {
            "fr": "Rechargement refusé : la base actuelle continue de servir. Problèmes :\n{problems}",
            "en": "Reload refused: the current knowledge base keeps serving. Problems:\n{problems}",
            "ar": "تم رفض إعادة التحميل: تستمر القاعدة الحالية في العمل. المشاكل:\n{problems}",
        },
        "org_broadcast_nobody": {
            "fr": "Personne n'a encore répondu oui ou peut-être, ni n'est sur la liste d'attente : il n'y a personne à qui envoyer ce message.",
            "en": "Nobody has answered yes or maybe, or is on the waiting list, yet: there is nobody to send this message to.",
            "ar": "لم يُجب أحد بعدُ بنعم أو ربما، ولا يوجد أحد في قائمة الانتظار: لا يوجد من يُرسل إليه هذا الإعلان.",
        },
        "org_broadcast_usage": {
            "fr": "Usage : /broadcast suivi du texte à envoyer. Pour un texte par langue, commencez chaque version "
            "par « fr: », « en: » ou « ar: » en début de ligne ; chacun reçoit la sienne.",
            "en": "Usage: /broadcast followed by the text to send. For one text per language, start each version "
            "with “fr:”, “en:” or “ar:” at the beginning of a line; everyone gets theirs.",
            "ar": "الاستعمال: /broadcast متبوعاً بالنص المراد إرساله. ولكتابة نص لكل لغة، ابدؤوا كل صيغة بـ "
            "«fr:» أو «en:» أو «ar:» في بداية السطر، وسيتلقى كل شخص الصيغة بلغته.",
        },
        "org_broadcast_preview": {
            "fr": "Envoyer ce message ? Ont répondu oui : {attending} · peut-être : {maybe} · liste d'attente : {waitlist}. "
            "Choisissez les destinataires.\n\n{text}",
            "en": "Send this message? Answered yes: {attending} · maybe: {maybe} · waiting list: {waitlist}. "
            "Choose who receives it.\n\n{text}",
            "ar": "إرسال هذه الرسالة؟ أجابوا بنعم: {attending} · ربما: {maybe} · قائمة الانتظار: {waitlist}. "
            "اختاروا المرسَل إليهم.\n\n{text}",
        },
        "button_broadcast_attending": {
            "fr": "Ceux qui ont répondu oui ({count})",
            "en": "Those who said yes ({count})",
            "ar": "من أجابوا بنعم ({count})",
        },
        "button_broadcast_maybe": {
            "fr": "Oui et peut-être ({count})",
            "en": "Yes and maybe ({count})",
            "ar": "نعم وربما ({count})",
        },
        "button_broadcast_all": {
            "fr": "Tous, liste d'attente comprise ({count})",
            "en": "Everyone, waiting list included ({count})",
            "ar": "الجميع، بما في ذلك قائمة الانتظار ({count})",
        },
        "org_broadcast_progress": {
            "fr": "Envoi en cours : {done} sur {total}…",
            "en": "Sending: {done} of {total}…",
            "ar": "جارٍ الإرسال: {done} من {total}…",
        },
        "org_broadcast_done": {
            "fr": "Envoi terminé : {delivered} remis, {failed} en échec (sur {total}).",
            "en": "Broadcast finished: {delivered} delivered, {failed} failed (of {total}).",
            "ar": "انتهى الإرسال: {delivered} وصلت، {failed} فشلت (من {total}).",
        },
        "org_broadcast_cancelled": {
            "fr": "Envoi annulé : rien n'a été envoyé.",
            "en": "Broadcast cancelled: nothing was sent.",
            "ar": "تم إلغاء الإرسال: لم يُرسل أي شيء.",
        },
        "org_broadcast_gone": {
            "fr": "Ce message n'est plus en attente d'envoi. Relancez /broadcast.",
            "en": "This message is no longer waiting to be sent. Run /broadcast again.",
            "ar": "لم تعد هذه الرسالة في انتظار الإرسال. أعيدوا /broadcast.",
        },
        "update_header": {
            "fr": "📢 <b>Information pratique des organisateurs</b>\n\n{text}",
            "en": "📢 <b>Practical update from the organisers</b>\n\n{text}",
            "ar": "📢 <b>مستجدات عملية من المنظمين</b>\n\n{text}",
        },
        "broadcast_header": {
            "fr": "📢 <b>Message des organisateurs</b>\n\n{text}",
            "en": "📢 <b>Message from the organisers</b>\n\n{text}",
            "ar": "📢 <b>رسالة من المنظمين</b>\n\n{text}",
        },
        "command_rsvps": {"fr": "Liste des réponses (CSV)", "en": "RSVP list (CSV)", "ar": "قائمة الردود (CSV)"},
        "command_unanswered": {"fr": "Questions sans réponse", "en": "Unanswered questions", "ar": "أسئلة دون إجابة"},
        "command_stats": {"fr": "Statistiques", "en": "Statistics", "ar": "إحصاءات"},
        "command_reload": {
            "fr": "Recharger les connaissances",
            "en": "Reload the knowledge base",
            "ar": "إعادة تحميل المعارف",
        },
        "command_broadcast": {"fr": "Message aux participants", "en": "Message attendees", "ar": "رسالة إلى الحاضرين"},
        "command_logistics": {
            "fr": "Annoncer les détails pratiques",
            "en": "Announce practical details",
            "ar": "الإعلان عن التفاصيل العملية",
        },
    }
)


def org_say(key: str, lang: str, **values: object) -> str:
    return ORG_UI(key, lang, **{name: escape(value) for name, value in values.items()})


def org_text(key: str, lang: str, **values: object) -> str:
    return ORG_UI(key, lang, **values)
