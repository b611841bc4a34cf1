"""The RSVP's labels (categories, statuses) and the messages for invalid input, in fr, en and ar:
the core's, so that the conversation, the CSV and the command line agree (bot/rsvp.py)."""

from __future__ import annotations

from bot.texts import Catalogue

RSVP_TEXTS = Catalogue(
    {
        "category.public_institution": {
            "fr": "Institution publique",
            "en": "Public institution",
            "ar": "مؤسسة عمومية",
        },
        "category.international_organisation": {
            "fr": "Organisation internationale",
            "en": "International organisation",
            "ar": "منظمة دولية",
        },
        "category.donor": {"fr": "Bailleur de fonds", "en": "Donor", "ar": "جهة مانحة"},
        "category.civil_society": {
            "fr": "Société civile",
            "en": "Civil society",
            "ar": "المجتمع المدني",
        },
        "category.media": {"fr": "Médias", "en": "Media", "ar": "وسائل الإعلام"},
        "category.other": {"fr": "Autre", "en": "Other", "ar": "أخرى"},
        "status.yes": {"fr": "Je participe", "en": "Attending", "ar": "سأحضر"},
        "status.no": {"fr": "Je ne participe pas", "en": "Not attending", "ar": "لن أحضر"},
        "status.maybe": {"fr": "Peut-être", "en": "Maybe", "ar": "ربما"},
        "status.waitlist": {"fr": "Liste d'attente", "en": "Waiting list", "ar": "قائمة الانتظار"},
        "rsvp_name_empty": {
            "fr": "Merci d'indiquer votre nom complet.",
            "en": "Please give your full name.",
            "ar": "يرجى كتابة اسمكم الكامل.",
        },
        "rsvp_name_too_long": {
            "fr": "Ce nom est trop long ({limit} caractères au plus). Merci de le raccourcir.",
            "en": "That name is too long ({limit} characters at most). Please shorten it.",
            "ar": "هذا الاسم طويل جداً ({limit} حرف على الأكثر). يرجى اختصاره.",
        },
        "rsvp_organisation_empty": {
            "fr": "Merci d'indiquer votre organisation.",
            "en": "Please give your organisation.",
            "ar": "يرجى كتابة اسم مؤسستكم.",
        },
        "rsvp_organisation_too_long": {
            "fr": "Ce nom d'organisation est trop long ({limit} caractères au plus). Merci de le raccourcir.",
            "en": "That organisation name is too long ({limit} characters at most). Please shorten it.",
            "ar": "اسم المؤسسة طويل جداً ({limit} حرف على الأكثر). يرجى اختصاره.",
        },
        "rsvp_dietary_too_long": {
            "fr": "C'est trop long ({limit} caractères au plus). Merci de résumer vos besoins alimentaires.",
            "en": "That is too long ({limit} characters at most). Please summarise your dietary needs.",
            "ar": "النص طويل جداً ({limit} حرف على الأكثر). يرجى تلخيص احتياجاتكم الغذائية.",
        },
        "rsvp_email_invalid": {
            "fr": "Cette adresse e-mail ne semble pas valide (exemple : nom@organisation.org). "
            "Merci de la retaper, ou de passer cette étape.",
            "en": "That email address does not look valid (for example name@organisation.org). "
            "Please type it again, or skip this step.",
            "ar": "يبدو أن عنوان البريد الإلكتروني هذا غير صالح (مثال: name@organisation.org). "
            "يرجى إعادة كتابته أو تخطي هذه الخطوة.",
        },
        "rsvp_control_characters": {
            "fr": "Ce texte contient des caractères de contrôle invisibles. Merci de le retaper.",
            "en": "This text contains invisible control characters. Please type it again.",
            "ar": "يحتوي هذا النص على رموز تحكم غير مرئية. يرجى إعادة كتابته.",
        },
        "rsvp_no_letters": {
            "fr": "Il faut au moins une lettre visible. Merci de l'écrire en toutes lettres.",
            "en": "At least one visible letter is needed. Please write it out.",
            "ar": "يلزم حرف ظاهر واحد على الأقل. يرجى كتابته بالحروف.",
        },
        "rsvp_status_invalid": {
            "fr": "Merci de choisir votre réponse avec les boutons.",
            "en": "Please choose your answer with the buttons.",
            "ar": "يرجى اختيار ردكم باستعمال الأزرار.",
        },
        "rsvp_category_invalid": {
            "fr": "Merci de choisir une catégorie avec les boutons.",
            "en": "Please choose a category with the buttons.",
            "ar": "يرجى اختيار فئة باستعمال الأزرار.",
        },
    }
)
