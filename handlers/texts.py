"""What the Telegram layer says of itself, in fr, en and ar (the core's texts are in bot/texts.py).

Templates are HTML (the parse mode of every message): they may hold <b> and <code>; the values put in
them are escaped by handlers.render.say, never here.
"""

from __future__ import annotations

from bot.texts import Catalogue

TEXTS = Catalogue(
    {
        "welcome": {
            "fr": "Bonjour {name} ! Je suis l'assistant du programme conjoint OIM-PNUD <b>Migration Mainstreaming</b> "
            "et de son petit-déjeuner de clôture à {city}, le {date}.\n\n"
            "Posez-moi une question en français, en anglais ou en arabe, parcourez les sujets, "
            "ou confirmez votre présence.",
            "en": "Hello {name}! I am the assistant for the joint IOM-UNDP <b>Migration Mainstreaming</b> programme "
            "and of its closing breakfast in {city} on {date}.\n\n"
            "Ask me a question in French, English or Arabic, browse the topics, or confirm your attendance.",
            "ar": "مرحباً {name}! أنا مساعد البرنامج المشترك بين المنظمة الدولية للهجرة وبرنامج الأمم المتحدة الإنمائي "
            "<b>إدماج الهجرة</b> وفطور جلسته الختامية ب{city} يوم {date}.\n\n"
            "اطرحوا عليّ سؤالاً بالعربية أو الفرنسية أو الإنجليزية، أو تصفحوا المواضيع، أو أكّدوا حضوركم.",
        },
        "help": {
            "fr": "<b>Ce que vous pouvez me demander</b>\n"
            "Le programme Migration Mainstreaming (objectifs, dates, pays, partenaires, résultats au Maroc) "
            "et le petit-déjeuner de clôture à {city}. Écrivez simplement votre question, "
            "en français, en anglais ou en arabe.\n\n"
            "<b>Commandes</b>\n{commands}\n\n"
            "Dans un groupe, mentionnez-moi (@{bot}) ou répondez à l'un de mes messages.\n\n{contact}",
            "en": "<b>What you can ask me</b>\n"
            "The Migration Mainstreaming programme (objectives, dates, countries, partners, results in Morocco) "
            "and the closing breakfast in {city}. Just type your question, in French, English or Arabic.\n\n"
            "<b>Commands</b>\n{commands}\n\n"
            "In a group, mention me (@{bot}) or reply to one of my messages.\n\n{contact}",
            "ar": "<b>ما يمكنكم سؤالي عنه</b>\n"
            "برنامج إدماج الهجرة (الأهداف، التواريخ، البلدان، الشركاء، النتائج في المغرب) "
            "والفطور الختامي ب{city}. اكتبوا سؤالكم ببساطة، بالعربية أو الفرنسية أو الإنجليزية.\n\n"
            "<b>الأوامر</b>\n{commands}\n\n"
            "في مجموعة، أشيروا إليّ (@{bot}) أو ردّوا على إحدى رسائلي.\n\n{contact}",
        },
        "help_command.topics": {"fr": "parcourir les sujets", "en": "browse the topics", "ar": "تصفح المواضيع"},
        "help_command.language": {"fr": "choisir la langue", "en": "choose the language", "ar": "اختيار اللغة"},
        "help_command.myid": {
            "fr": "afficher votre identifiant Telegram",
            "en": "show your Telegram user ID",
            "ar": "عرض معرّفكم على تيليغرام",
        },
        "help_command.help": {"fr": "cette aide", "en": "this help", "ar": "هذه المساعدة"},
        "help_organisers": {
            "fr": "<b>Commandes des organisateurs</b> (ici seulement)\n{commands}",
            "en": "<b>Organisers' commands</b> (here only)\n{commands}",
            "ar": "<b>أوامر المنظمين</b> (هنا فقط)\n{commands}",
        },
        "help_command_line": {
            "fr": "/{command} : {description}",
            "en": "/{command}: {description}",
            "ar": "/{command}: {description}",
        },
        "logistics_menu": {
            "fr": "<b>Détails pratiques</b> (ce que le bot répond)\n{lines}\n\nChoisissez le détail à annoncer ou à changer.",
            "en": "<b>Practical details</b> (what the bot answers)\n{lines}\n\nChoose the detail to announce or change.",
            "ar": "<b>التفاصيل العملية</b> (ما يجيب به المساعد)\n{lines}\n\nاختاروا التفصيل الذي تريدون الإعلان عنه أو تغييره.",
        },
        "logistics_ask_value": {
            "fr": "Envoyez la valeur de « {field} » : un texte pour toutes les langues, ou une ligne par langue (fr: …, en: …, ar: …). Un tiret (-) la retire. /cancel pour annuler.",
            "en": "Send the value of \u201c{field}\u201d: one text for every language, or one line per language (fr: …, en: …, ar: …). A dash (-) removes it. /cancel to leave.",
            "ar": "أرسلوا قيمة «{field}»: نصاً واحداً لكل اللغات، أو سطراً لكل لغة (fr: …، en: …، ar: …). الشرطة (-) تحذفها. /cancel للمغادرة.",
        },
        "logistics_preview": {
            "fr": "<b>{field}</b> deviendra :\n{value}\n\nConfirmez-vous ?",
            "en": "<b>{field}</b> will become:\n{value}\n\nDo you confirm?",
            "ar": "<b>{field}</b> ستصبح:\n{value}\n\nهل تؤكدون؟",
        },
        "logistics_saved": {
            "fr": "C'est enregistré : <b>{field}</b> = {value}. Le bot le donne dès maintenant.",
            "en": "Saved: <b>{field}</b> = {value}. The bot gives it from now on.",
            "ar": "تم الحفظ: <b>{field}</b> = {value}. يقدمه المساعد ابتداءً من الآن.",
        },
        "logistics_refused": {
            "fr": "Valeur refusée, rien n'a été écrit :\n{problems}\n\nEnvoyez une autre valeur, ou /cancel.",
            "en": "Value refused, nothing was written:\n{problems}\n\nSend another value, or /cancel.",
            "ar": "رُفضت القيمة ولم يُكتب أي شيء:\n{problems}\n\nأرسلوا قيمة أخرى، أو /cancel.",
        },
        "logistics_write_failed": {
            "fr": "Impossible d'écrire le fichier ; l'ancien reste intact. ({reason})",
            "en": "The file could not be written; the old one is intact. ({reason})",
            "ar": "تعذرت كتابة الملف؛ ويبقى الملف السابق كما هو. ({reason})",
        },
        "logistics_left": {
            "fr": "Rien n'a été changé.",
            "en": "Nothing was changed.",
            "ar": "لم يتغير أي شيء.",
        },
        "button_logistics_save": {"fr": "✅ Enregistrer", "en": "✅ Save", "ar": "✅ حفظ"},
        "button_logistics_quit": {"fr": "Annuler", "en": "Cancel", "ar": "إلغاء"},
        "logistics_update_line": {"fr": "{field} : {value}", "en": "{field}: {value}", "ar": "{field}: {value}"},
        "logistics_field.start_time": {"fr": "Heure de début", "en": "Start time", "ar": "ساعة البدء"},
        "logistics_field.end_time": {"fr": "Heure de fin", "en": "End time", "ar": "ساعة الانتهاء"},
        "logistics_field.venue": {"fr": "Lieu et adresse", "en": "Venue and address", "ar": "المكان والعنوان"},
        "logistics_field.access": {"fr": "Accès et parking", "en": "Access and parking", "ar": "الوصول وموقف السيارات"},
        "logistics_field.dress_code": {"fr": "Tenue", "en": "Dress code", "ar": "اللباس"},
        "logistics_field.contact": {"fr": "Contact", "en": "Contact", "ar": "وسيلة الاتصال"},
        "logistics_field.location": {"fr": "Position sur la carte", "en": "Map location", "ar": "الموقع على الخريطة"},
        "logistics_ask_location": {
            "fr": "Envoyez la position du lieu : 📎 puis « Position », déplacez l'épingle sur le lieu et envoyez-la. "
            "Vous pouvez aussi écrire « latitude, longitude » (par exemple 34.020882, -6.841650). Un tiret (-) la retire. /cancel pour annuler.",
            "en": "Send the venue's location: 📎 then “Location”, move the pin onto the venue and send it. "
            "You can also type “latitude, longitude” (for example 34.020882, -6.841650). A dash (-) removes it. /cancel to leave.",
            "ar": "أرسلوا موقع المكان: 📎 ثم «الموقع»، حرّكوا الدبوس إلى المكان وأرسلوه. "
            "يمكنكم أيضاً كتابة «خط العرض، خط الطول» (مثلاً 34.020882, -6.841650). الشرطة (-) تحذفه. /cancel للمغادرة.",
        },
        "logistics_pin_how": {
            "fr": "Pour donner la position du lieu, ouvrez /logistics et choisissez « Position sur la carte », puis envoyez la position.",
            "en": "To give the venue's location, open /logistics and choose “Map location”, then send the location.",
            "ar": "لتحديد موقع المكان، افتحوا /logistics واختاروا «الموقع على الخريطة»، ثم أرسلوا الموقع.",
        },
        "logistics_location_invalid": {
            "fr": "Ce n'est pas une position. Envoyez-la avec 📎 puis « Position », ou écrivez « latitude, longitude ».",
            "en": "That is not a location. Send it with 📎 then “Location”, or type “latitude, longitude”.",
            "ar": "هذا ليس موقعاً. أرسلوه عبر 📎 ثم «الموقع»، أو اكتبوا «خط العرض، خط الطول».",
        },
        "button_topics": {"fr": "📚 Sujets", "en": "📚 Topics", "ar": "📚 المواضيع"},
        "button_rsvp": {"fr": "✅ Confirmer ma présence", "en": "✅ Confirm attendance", "ar": "✅ تأكيد الحضور"},
        "button_myrsvp": {"fr": "📋 Voir ma réponse", "en": "📋 See my reply", "ar": "📋 الاطلاع على ردكم"},
        "button_cancelrsvp": {"fr": "❌ Annuler ma présence", "en": "❌ Cancel my attendance", "ar": "❌ إلغاء حضوركم"},
        "button_language": {"fr": "🌐 Langue", "en": "🌐 Language", "ar": "🌐 اللغة"},
        "button_back": {"fr": "⬅️ Retour", "en": "⬅️ Back", "ar": "رجوع ➡️"},
        "button_all_topics": {"fr": "📚 Tous les sujets", "en": "📚 All topics", "ar": "📚 كل المواضيع"},
        "button_open_private": {
            "fr": "Ouvrir la conversation privée",
            "en": "Open the private chat",
            "ar": "فتح المحادثة الخاصة",
        },
        "topics_prompt": {
            "fr": "Choisissez un sujet :",
            "en": "Choose a topic:",
            "ar": "اختاروا موضوعاً:",
        },
        "category_prompt": {
            "fr": "<b>{category}</b>\nChoisissez une question :",
            "en": "<b>{category}</b>\nChoose a question:",
            "ar": "<b>{category}</b>\nاختاروا سؤالاً:",
        },
        "language_prompt": {
            "fr": "Choisissez la langue de mes menus et messages :",
            "en": "Choose the language of my menus and messages:",
            "ar": "اختاروا لغة القوائم والرسائل:",
        },
        "language_set": {
            "fr": "C'est noté : mes menus et messages seront en français. "
            "Mes réponses suivent la langue de vos questions.",
            "en": "Done: my menus and messages will be in English. My answers follow the language of your questions.",
            "ar": "تم: ستكون قوائمي ورسائلي بالعربية. أما إجاباتي فتتبع لغة أسئلتكم.",
        },
        "myid": {
            "fr": "Votre identifiant Telegram : <code>{user_id}</code>\n"
            "Un organisateur donne ce nombre à la personne qui gère le bot, pour figurer dans la liste "
            "« organisers » de la configuration.",
            "en": "Your Telegram user ID: <code>{user_id}</code>\n"
            'An organiser gives this number to whoever runs the bot, to be put in the "organisers" list '
            "of the configuration.",
            "ar": "معرّفكم على تيليغرام: <code>{user_id}</code>\n"
            'يعطي المنظّم هذا الرقم للشخص المسؤول عن تشغيل المساعد، لإضافته إلى قائمة "organisers" في الإعدادات.',
        },
        "only_text": {
            "fr": "Je ne lis que le texte : écrivez-moi votre question en quelques mots.",
            "en": "I only read text: please type your question in a few words.",
            "ar": "لا أقرأ إلا النصوص: اكتبوا سؤالكم في بضع كلمات من فضلكم.",
        },
        "flood": {
            "fr": "Vous m'envoyez beaucoup de messages d'un coup : je fais une courte pause, "
            "puis je vous répondrai de nouveau.",
            "en": "You are sending me many messages at once: I am taking a short pause, then I will answer again.",
            "ar": "ترسلون إليّ رسائل كثيرة دفعة واحدة: سآخذ استراحة قصيرة ثم أعود للرد عليكم.",
        },
        "unknown_command": {
            "fr": "Je ne connais pas cette commande. Envoyez /help pour voir ce que je sais faire.",
            "en": "I don't know that command. Send /help to see what I can do.",
            "ar": "لا أعرف هذا الأمر. أرسلوا /help لمعرفة ما يمكنني فعله.",
        },
        "stale_button": {
            "fr": "Ce bouton n'est plus valable. Envoyez /topics pour reprendre.",
            "en": "This button is no longer valid. Send /topics to start again.",
            "ar": "هذا الزر لم يعد صالحاً. أرسلوا /topics للبدء من جديد.",
        },
        "already_noted": {
            "fr": "C'est déjà noté, merci.",
            "en": "Already noted, thank you.",
            "ar": "تم تسجيل ذلك بالفعل، شكراً.",
        },
        "unknown_entry": {
            "fr": "Je ne trouve pas ce sujet. Voici ceux que je connais :",
            "en": "I cannot find that topic. Here are the ones I know:",
            "ar": "لم أجد هذا الموضوع. إليكم المواضيع التي أعرفها:",
        },
        "error": {
            "fr": "Désolé, un problème est survenu de mon côté. Réessayez dans un instant.",
            "en": "Sorry, something went wrong on my side. Please try again in a moment.",
            "ar": "عذراً، حدث خلل من جهتي. يرجى المحاولة بعد قليل.",
        },
        "flood_button": {  # a button press over the flood limit: a short note on the button (plain text)
            "fr": "Beaucoup de clics d'un coup\u202f: je fais une courte pause.",
            "en": "Many presses at once: I am taking a short pause.",
            "ar": "ضغطات كثيرة دفعة واحدة: سآخذ استراحة قصيرة.",
        },
        "organiser_private_only": {
            "fr": "Les commandes des organisateurs fonctionnent dans notre conversation privée\u202f: envoyez-la-moi là, "
            "pour qu'aucune donnée personnelle ne s'affiche dans le groupe.",
            "en": "Organisers' commands work in our private chat: send it to me there, so that no personal data shows "
            "in the group.",
            "ar": "تعمل أوامر المنظمين في محادثتنا الخاصة: أرسلوا الأمر إليّ هناك، حتى لا تظهر أي بيانات شخصية في المجموعة.",
        },
        "rsvp_save_failed": {
            "fr": "Désolé, votre réponse n'a pas pu être enregistrée (un problème de mon côté). Rien n'est perdu\u202f: "
            "touchez de nouveau le bouton de confirmation pour réessayer.",
            "en": "Sorry, your reply could not be saved (a problem on my side). Nothing is lost: tap the confirm "
            "button again to retry.",
            "ar": "عذراً، تعذّر حفظ ردّكم (خلل من جهتي). لم يضع أي شيء: اضغطوا على زر التأكيد مرة أخرى لإعادة المحاولة.",
        },
        "forget_done_questions": {
            "fr": "C'est fait\u202f: j'ai effacé tout ce que je conservais sur vous, y compris les questions que vous "
            "m'aviez posées ({questions}).",
            "en": "Done: I have deleted everything I kept about you, including the questions you had asked me ({questions}).",
            "ar": "تم: حذفت كل ما كنت أحتفظ به عنكم، بما في ذلك الأسئلة التي طرحتموها عليّ ({questions}).",
        },
        # Counted nouns, per CLDR plural category (Catalogue.plural; Arabic's six forms).
        "questions_count.zero": {"ar": "لا أسئلة"},
        "questions_count.one": {"fr": "{count} question", "en": "{count} question", "ar": "سؤال واحد"},
        "questions_count.two": {"ar": "سؤالان"},
        "questions_count.few": {"ar": "{count} أسئلة"},
        "questions_count.many": {"ar": "{count} سؤالاً"},
        "questions_count.other": {"fr": "{count} questions", "en": "{count} questions", "ar": "{count} سؤال"},
        # For errors_chat (handlers/errors.py), in the configuration's default language.
        "error_note": {
            "fr": "⚠️ Erreur inattendue\u202f: <code>{failed}</code>, sur une mise à jour «\u202f{kind}\u202f». "
            "Le détail est dans le journal du bot.",
            "en": '⚠️ Unexpected error: <code>{failed}</code>, on a "{kind}" update. The details are in the bot\'s log.',
            "ar": "⚠️ خطأ غير متوقع: <code>{failed}</code>، أثناء معالجة تحديث من نوع «{kind}». التفاصيل في سجل المساعد.",
        },
        "error_note_repeated": {
            "fr": "Occurrences depuis la note précédente sur cette erreur\u202f: {count}.",
            "en": "Occurrences since the previous note on this error: {count}.",
            "ar": "عدد مرات حدوث هذا الخطأ منذ الملاحظة السابقة: {count}.",
        },
        "rsvp_in_private": {
            "fr": "Les confirmations de présence se font en conversation privée avec moi, "
            "pour que vos coordonnées restent entre vous et les organisateurs.",
            "en": "Attendance is confirmed in a private chat with me, so that your details stay between you "
            "and the organisers.",
            "ar": "يتم تأكيد الحضور في محادثة خاصة معي، حتى تبقى بياناتكم بينكم وبين المنظمين.",
        },
        # Descriptions in the command menu (setMyCommands); at most 256 characters each.
        "command_start": {"fr": "Accueil", "en": "Welcome", "ar": "البداية"},
        "command_help": {"fr": "Aide et commandes", "en": "Help and commands", "ar": "المساعدة والأوامر"},
        "command_topics": {"fr": "Parcourir les sujets", "en": "Browse the topics", "ar": "تصفح المواضيع"},
        "command_language": {"fr": "Choisir la langue", "en": "Choose the language", "ar": "اختيار اللغة"},
        "command_myid": {"fr": "Mon identifiant Telegram", "en": "My Telegram user ID", "ar": "معرّفي على تيليغرام"},
    }
)
