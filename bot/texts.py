"""What the bot says of itself (not the knowledge base's answers), in fr, en and ar.

A Catalogue maps a key to one text per language; `{name}` placeholders are filled by keyword. The
core's texts are here; the Telegram layer keeps its own catalogue in handlers/texts.py.
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView, Mapping

from bot.languages import LANGUAGES
from bot.locales import plural_category
from bot.typography import typeset

_LANGUAGE_SPECIFIC_PLURALS = (".zero", ".two", ".few", ".many")


class Catalogue:
    def __init__(self, texts: Mapping[str, Mapping[str, str]], *, typography: bool = True):
        # Every text in every language; except a plural form one language alone needs (Arabic's zero,
        # two, few, many): the others fall back to the ".other" text.
        missing = [
            f"{key}.{lang}"
            for key, per_lang in texts.items()
            for lang in LANGUAGES
            if not per_lang.get(lang) and not key.endswith(_LANGUAGE_SPECIFIC_PLURALS)
        ]
        if missing:  # a programming error: fail at import, not in front of a user
            raise ValueError(f"texts missing a language: {', '.join(missing)}")
        self._texts = texts
        self._typography = typography  # False for text that is not a chat message (spreadsheet cells)

    def __contains__(self, key: str) -> bool:
        return key in self._texts

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def keys(self) -> KeysView[str]:
        return self._texts.keys()

    def plural(self, base: str, count: int, lang: str, **values: object) -> str:
        """The text of `base` for `count` in `lang`: the key of its CLDR plural category
        (bot/locales.py) when the catalogue has one, else `base`.other; {count} is filled in."""
        key = f"{base}.{plural_category(count, lang)}"
        per_lang = self._texts.get(key)
        if per_lang is None or not per_lang.get(lang):
            key = f"{base}.other"
        return self(key, lang, count=count, **values)

    def __call__(self, key: str, lang: str, **values: object) -> str:
        per_lang = self._texts[key]
        if not per_lang.get(lang) and key.endswith(_LANGUAGE_SPECIFIC_PLURALS):  # another language's form
            per_lang = self._texts[key.rsplit(".", 1)[0] + ".other"]
        template = per_lang.get(lang) or per_lang["fr"]
        text = template.format(**values) if values else template
        return typeset(text, lang) if self._typography else text


CORE_TEXTS = Catalogue(
    {
        "contact_known": {
            "fr": "Pour toute question, contactez les organisateurs : {contact}.",
            "en": "For any question, contact the organisers: {contact}.",
            "ar": "لأي استفسار، يرجى التواصل مع المنظمين: {contact}.",
        },
        "contact_unknown": {
            "fr": "Les organisateurs (OIM Maroc) n'ont pas encore publié de contact ; je l'indiquerai ici dès "
            "qu'il sera annoncé.",
            "en": "The organisers (IOM Morocco) have not published a contact yet; I will give it here as soon "
            "as it is announced.",
            "ar": "لم ينشر المنظمون (المنظمة الدولية للهجرة بالمغرب) بعدُ أي وسيلة للاتصال؛ وسأذكرها هنا فور "
            "الإعلان عنها.",
        },
        "fallback": {
            "fr": "Désolé, je n'ai pas de réponse sûre à cette question. Je réponds sur le programme "
            "Migration Mainstreaming (OIM-PNUD) et sur son petit-déjeuner de clôture à {city}. "
            "Essayez /topics pour parcourir les sujets. {contact}",
            "en": "Sorry, I don't have a reliable answer to that. I answer questions about the IOM-UNDP "
            "Migration Mainstreaming programme and its closing breakfast in {city}. "
            "Try /topics to browse the subjects. {contact}",
            "ar": "عذراً، ليست لدي إجابة موثوقة عن هذا السؤال. أجيب عن أسئلة حول البرنامج المشترك بين "
            "المنظمة الدولية للهجرة وبرنامج الأمم المتحدة الإنمائي (إدماج الهجرة) وعن الفطور الختامي "
            "ب{city}. جرّبوا /topics لتصفح المواضيع. {contact}",
        },
        "did_you_mean": {
            "fr": "Je ne suis pas sûr d'avoir compris. Vouliez-vous dire :",
            "en": "I'm not sure I understood. Did you mean:",
            "ar": "لم أفهم سؤالكم جيداً. هل تقصدون:",
        },
        "none_of_these": {
            "fr": "Aucune de ces questions",
            "en": "None of these",
            "ar": "لا شيء مما سبق",
        },
        "none_of_these_reply": {
            "fr": "Merci, j'ai noté votre question pour les organisateurs. {contact}",
            "en": "Thank you, I have noted your question for the organisers. {contact}",
            "ar": "شكراً، لقد سجّلت سؤالكم للمنظمين. {contact}",
        },
        "tentative": {
            "fr": "Si je vous comprends bien\u202f:",
            "en": "If I understand you correctly:",
            "ar": "إن كنت قد فهمت سؤالكم جيداً:",
        },
        "greeting_prefix": {
            "fr": "Bonjour\u202f!",
            "en": "Hello!",
            "ar": "مرحباً بكم!",
        },
        "no_reliable_answer_to": {
            "fr": "Je n'ai pas de réponse sûre à «\u202f{question}\u202f». Essayez /topics pour parcourir les sujets.",
            "en": "I don't have a reliable answer to \u201c{question}\u201d. Try /topics to browse the subjects.",
            "ar": "ليست لدي إجابة موثوقة عن «{question}». يمكنكم تصفح المواضيع عبر \u2068/topics\u2069.",
        },
        "map_link": {
            "fr": "Plan d'accès : {link}",
            "en": "Map: {link}",
            "ar": "الموقع على الخريطة: {link}",
        },
        "related": {
            "fr": "Voir aussi :",
            "en": "See also:",
            "ar": "انظروا أيضاً:",
        },
        "console_no_such_number": {
            "fr": "Il n'y a pas de choix avec ce numéro : choisissez entre 1 et {count}.",
            "en": "There is no choice with that number: pick one from 1 to {count}.",
            "ar": "لا يوجد اختيار بهذا الرقم: اختاروا رقماً من 1 إلى {count}.",
        },
        "console_unknown_command": {
            "fr": "Dans la console : /topics, /help, /rsvp, un numéro de la dernière liste, ou « quit ».",
            "en": "In the console: /topics, /help, /rsvp, a number from the last list, or 'quit'.",
            "ar": "في وحدة التحكم: /topics أو /help أو /rsvp أو رقم من آخر قائمة أو quit.",
        },
        "console_welcome": {
            "fr": "Assistant Migration Mainstreaming (console). Posez une question en français, en anglais "
            "ou en arabe ; /topics liste les sujets ; un numéro choisit une suggestion ; Ctrl-D ou « quit » pour sortir.",
            "en": "Migration Mainstreaming assistant (console). Ask a question in French, English or Arabic; "
            "/topics lists the subjects; a number picks a suggestion; Ctrl-D or 'quit' to leave.",
            "ar": "مساعد برنامج إدماج الهجرة (وحدة التحكم). اطرحوا سؤالاً بالفرنسية أو الإنجليزية أو العربية؛ "
            "‏/topics لعرض المواضيع؛ رقم يختار اقتراحاً؛ Ctrl-D أو quit للخروج.",
        },
    }
)

text = CORE_TEXTS
