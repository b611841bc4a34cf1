"""What the check-in says, in fr, en and ar: the attendee's QR code, and the organisers' /checkin.

Templates are HTML; `checkin_say` escapes the values, `checkin_text` is for button labels.
"""

from __future__ import annotations

from bot.texts import Catalogue
from handlers.render import escape

CHECKIN_UI = Catalogue(
    {
        # ------------------------------------------------------------------ the attendee's code
        "code_caption": {
            "fr": "Votre code d'accueil personnel : montrez-le à l'entrée le jour du petit-déjeuner, il enregistre "
            "votre arrivée. Il n'est valable que pour vous ; ne le transmettez pas. Vous le retrouverez avec /myrsvp.",
            "en": "Your personal check-in code: show it at the entrance on the day of the breakfast and your arrival "
            "is recorded. It is valid for you alone; please do not pass it on. /myrsvp shows it again.",
            "ar": "رمز الاستقبال الخاص بكم: يرجى إظهاره عند المدخل يوم الفطور لتسجيل حضوركم. وهو صالح لكم وحدكم، "
            "فالمرجو عدم مشاركته. يمكنكم عرضه مجدداً عبر /myrsvp.",
        },
        # ------------------------------------------------------------------ the organisers' /checkin
        "headcount": {
            "fr": "<b>Accueil</b>\nArrivés : {arrived} sur {expected} attendus\nVenus sans inscription : {walk_ins}"
            "\nPrésents en tout : {present}",
            "en": "<b>Check-in</b>\nArrived: {arrived} of {expected} expected\nWalk-ins: {walk_ins}\nPresent in all: {present}",
            "ar": "<b>الاستقبال</b>\nالحاضرون: {arrived} من أصل {expected} منتظَرين\nالحاضرون دون تسجيل مسبق: {walk_ins}"
            "\nمجموع الحاضرين: {present}",
        },
        "usage": {
            "fr": "Scannez le code QR d'un participant avec l'appareil photo de Telegram, ou écrivez /checkin suivi "
            "d'un nom (par exemple : /checkin Benali). Pour une personne venue sans inscription : /walkin Nom, Organisation.",
            "en": "Scan an attendee's QR code with Telegram's camera, or type /checkin and a name (for example: "
            "/checkin Benali). For someone who came without replying: /walkin Name, Organisation.",
            "ar": "امسحوا رمز QR الخاص بالمشارك بكاميرا تيليغرام، أو اكتبوا /checkin متبوعاً بالاسم (مثلاً: "
            "/checkin Benali). ولتسجيل شخص حضر دون تسجيل مسبق: /walkin الاسم، المؤسسة.",
        },
        "found": {
            "fr": "Résultats pour « {query} » : touchez un nom pour enregistrer son arrivée.",
            "en": "Results for “{query}”: tap a name to check them in.",
            "ar": "نتائج البحث عن «{query}»: اضغطوا على الاسم لتسجيل حضور صاحبه.",
        },
        "not_found": {
            "fr": "Personne ne correspond à « {query} ». Vérifiez l'orthographe, ou enregistrez la personne comme "
            "venue sans inscription.",
            "en": "Nobody matches “{query}”. Check the spelling, or record them as a walk-in.",
            "ar": "لا أحد يطابق «{query}». تحققوا من الكتابة، أو سجّلوا الشخص ضمن الحاضرين دون تسجيل مسبق.",
        },
        "checked_in": {
            "fr": "✅ Arrivée enregistrée : <b>{name}</b> ({organisation}).\nArrivés : {arrived} sur {expected} attendus.",
            "en": "✅ Checked in: <b>{name}</b> ({organisation}).\nArrived: {arrived} of {expected} expected.",
            "ar": "✅ تم تسجيل حضور: <b>{name}</b> ({organisation}).\nالحاضرون: {arrived} من أصل {expected} منتظَرين.",
        },
        "already": {
            "fr": "ℹ️ <b>{name}</b> ({organisation}) est déjà arrivé(e), à {time} UTC.",
            "en": "ℹ️ <b>{name}</b> ({organisation}) was already checked in, at {time} UTC.",
            "ar": "ℹ️ سبق تسجيل حضور <b>{name}</b> ({organisation}) على الساعة {time} بالتوقيت العالمي.",
        },
        "not_expected": {
            "fr": "Attention : sa réponse enregistrée est « {status} ».",
            "en": "Note: their recorded reply is “{status}”.",
            "ar": "تنبيه: الرد المسجل لهذا الشخص هو «{status}».",
        },
        "undone": {
            "fr": "↩️ Arrivée annulée : <b>{name}</b>.",
            "en": "↩️ Check-in undone: <b>{name}</b>.",
            "ar": "↩️ أُلغي تسجيل حضور: <b>{name}</b>.",
        },
        "unknown_code": {
            "fr": "Ce code d'accueil n'est pas reconnu : la réponse a peut-être été effacée. Cherchez la personne "
            "par son nom avec /checkin.",
            "en": "This check-in code is not recognised: the reply may have been erased. Look the person up by name "
            "with /checkin.",
            "ar": "رمز الاستقبال هذا غير معروف، وربما حُذف الرد المرتبط به. ابحثوا عن الشخص باسمه عبر /checkin.",
        },
        "gone": {
            "fr": "Cette réponse n'existe plus (effacée entre-temps).",
            "en": "This reply no longer exists (erased meanwhile).",
            "ar": "هذا الرد لم يعد موجوداً (حُذف في الأثناء).",
        },
        "walk_in_usage": {
            "fr": "Écrivez /walkin suivi du nom et, après une virgule, de l'organisation. Exemple : /walkin Karim Idrissi, Fondation X",
            "en": "Type /walkin, the name and, after a comma, the organisation. Example: /walkin Karim Idrissi, Foundation X",
            "ar": "اكتبوا /walkin متبوعاً بالاسم، ثم المؤسسة بعد فاصلة. مثال: /walkin كريم الإدريسي، مؤسسة س",
        },
        "walk_in_added": {
            "fr": "➕ Venu(e) sans inscription, enregistré(e) : <b>{name}</b>.\nVenus sans inscription : {walk_ins}.",
            "en": "➕ Walk-in recorded: <b>{name}</b>.\nWalk-ins: {walk_ins}.",
            "ar": "➕ تم تسجيل حضور دون تسجيل مسبق: <b>{name}</b>.\nالحاضرون دون تسجيل مسبق: {walk_ins}.",
        },
        "walk_in_removed": {
            "fr": "↩️ Retiré(e) de la liste : <b>{name}</b>.",
            "en": "↩️ Removed from the list: <b>{name}</b>.",
            "ar": "↩️ حُذف من القائمة: <b>{name}</b>.",
        },
        "button_check_in": {"fr": "✅ {name}", "en": "✅ {name}", "ar": "✅ {name}"},
        "button_arrived": {"fr": "☑️ {name} (déjà arrivé·e)", "en": "☑️ {name} (already in)", "ar": "☑️ {name} (حاضر)"},
        "button_undo": {"fr": "↩️ Annuler l'arrivée", "en": "↩️ Undo check-in", "ar": "↩️ إلغاء تسجيل الحضور"},
        "button_add_walk_in": {
            "fr": "➕ Enregistrer « {name} » sans inscription",
            "en": "➕ Record “{name}” as a walk-in",
            "ar": "➕ تسجيل «{name}» دون تسجيل مسبق",
        },
        "button_remove_walk_in": {"fr": "↩️ Retirer", "en": "↩️ Remove", "ar": "↩️ حذف"},
        "command_checkin": {
            "fr": "Accueil : enregistrer les arrivées",
            "en": "Check people in on the day",
            "ar": "تسجيل الحضور يوم اللقاء",
        },
        "command_walkin": {
            "fr": "Accueil : personne venue sans inscription",
            "en": "Record a walk-in",
            "ar": "تسجيل حاضر دون تسجيل مسبق",
        },
    }
)


def checkin_say(key: str, lang: str, **values: object) -> str:
    return CHECKIN_UI(key, lang, **{name: escape(value) for name, value in values.items()})


def checkin_text(key: str, lang: str, **values: object) -> str:
    return CHECKIN_UI(key, lang, **values)
