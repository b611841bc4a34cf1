"""What /unanswered's buttons and marks say, in fr, en and ar (the list itself: handlers/organiser_texts.py)."""

from __future__ import annotations

from bot.texts import Catalogue

TEACHING_UI = Catalogue(
    {
        "how": {
            "fr": "📎 Rattacher : la question devient une formulation d'une réponse existante, et la prochaine personne "
            "qui la pose obtient cette réponse. 🗑 Écarter : la question quitte la liste.",
            "en": "📎 Attach: the question becomes a way of asking an existing answer, and the next person who asks it "
            "gets that answer. 🗑 Dismiss: the question leaves the list.",
            "ar": "📎 ربط: يصبح السؤال صيغة من صيغ إجابة موجودة، ويحصل من يطرحه بعد ذلك على تلك الإجابة. "
            "🗑 استبعاد: يُحذف السؤال من القائمة.",
        },
        "button_attach": {"fr": "{number}. 📎 Rattacher", "en": "{number}. 📎 Attach", "ar": "{number}. 📎 ربط"},
        "button_dismiss": {"fr": "{number}. 🗑 Écarter", "en": "{number}. 🗑 Dismiss", "ar": "{number}. 🗑 استبعاد"},
        "button_back": {"fr": "↩️ Autres sujets", "en": "↩️ Other topics", "ar": "↩️ مواضيع أخرى"},
        "dismissed": {"fr": "Question écartée.", "en": "Question dismissed.", "ar": "تم استبعاد السؤال."},
        # After a struck-through question in the list: what became of it.
        "mark_dismissed": {"fr": "🗑 écartée", "en": "🗑 dismissed", "ar": "🗑 تم استبعاده"},
        "mark_attached": {
            "fr": "✅ rattachée à « {entry} »",
            "en": "✅ attached to “{entry}”",
            "ar": "✅ تم ربطه بالإجابة «{entry}»",
        },
        "choose_category": {
            "fr": "À quelle réponse rattacher « {question} » ? Choisissez d'abord le sujet.",
            "en": "Which answer should “{question}” get? Choose the subject first.",
            "ar": "بأي إجابة نربط «{question}»؟ اختاروا الموضوع أولاً.",
        },
        "choose_entry": {
            "fr": "Choisissez la réponse pour « {question} ».",
            "en": "Choose the answer for “{question}”.",
            "ar": "اختاروا الإجابة عن «{question}».",
        },
        "attached": {
            "fr": "✅ C'est appris : la prochaine personne qui demande « {question} » obtiendra la réponse « {entry} ».",
            "en": "✅ Learnt: the next person who asks “{question}” gets the answer “{entry}”.",
            "ar": "✅ تم التعلّم: سيحصل الشخص التالي الذي يسأل «{question}» على الإجابة «{entry}».",
        },
        "refused": {
            "fr": "Refusé, rien n'a été écrit :\n{problems}",
            "en": "Refused, nothing was written:\n{problems}",
            "ar": "رُفض ولم يُكتب أي شيء:\n{problems}",
        },
        "write_failed": {
            "fr": "Impossible d'écrire le fichier ; l'ancien reste intact. ({reason})",
            "en": "The file could not be written; the old one is intact. ({reason})",
            "ar": "تعذرت كتابة الملف؛ ويبقى الملف السابق كما هو. ({reason})",
        },
    }
)


def teaching_text(key: str, lang: str, **values: object) -> str:
    """For button labels and short notices (not parsed as HTML)."""
    return TEACHING_UI(key, lang, **values)
