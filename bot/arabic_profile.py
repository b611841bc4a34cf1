"""Arabic: its LanguageProfile (what each field is for: bot/language_profile.py)."""

from __future__ import annotations

from bot.language_profile import ARABIC_SCRIPT, LanguageProfile, words

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
        متى اين أين من ما ماذا كيف كم لماذا هل اي أي أيهما ايهما فين شنو شكون امتى كيفاش علاش واش شحال
        شمن فشمن اشمن فاشمن فوقاش وقتاش شناهوما شناهما شناهي شناهو شناهيا
        imta fin chkoun chkon chkun chno chnou chnu achno achnou ch7al bch7al kifach kifash 3lach 3lash
        wach fo9ach foqach w9tach wqtach
        """,
    yes_or_no_words=words("هل واش wach"),
    and_words=words("و w wa o"),  # "o" is "and" in Latin-letter Darija: "fin ghadi ykon l ftour o m3a ach mn sa3a"
    or_words=words("ولا أم ام أو او wla ola awla"),
    and_phrases=dict.fromkeys(
        ("بالإضافة إلى", "بالاضافة الى", "بالإضافة الى", "إضافة إلى", "اضافة الى", "وكذا", "وكذلك"), "و"
    ),
    # ministry, minister, agency, national, time, documents, workshop, situation, arrival, means, delegation,
    # "became" (Darija «ولات», «ولاو»)
    not_and_on=tuple("وزار وزير وزراء وكال وطن وقت وثائق وثيق ورش وضع وصول وسائل وفد وجه وسط ولات ولاو".split()),
    between_words=words("بين"),
    from_words=words("من men mn"),
    number_words=words("عدد"),
    cardinal_words=tuple(
        "اثنان/اثنين/اثنتان/اثنتين ثلاثة/ثلاث أربعة/أربع خمسة/خمس ستة/ست سبعة/سبع ثمانية/ثماني/ثمان"
        " تسعة/تسع عشرة/عشر".split()
    ),
    # "I am", "we", "I work", and a student, researcher, teacher or civil servant named without them
    # («طالبة فالعلوم السياسية، ...»)
    identity_words=words(
        "انا احنا اعمل اشتغل نخدم كنخدم خدام خدامه بصفتي ana طالب طالبه باحث باحثه استاذ استاذه موظف موظفه امثل نمثل"
    ),
    first_person_words=words("انا أنا نحن حنا احنا ديالي ديالنا ana 7na dyali dyalna"),
    request_words=words(
        "بغيت بغينا نبغي اريد نريد اود نود ارجو المرجو عطيني عطيونا اعطيني اعطني صيفط صيفطو ارسل ارسلوا خاصني خصني"
        " محتاج محتاجه ممكن التمس نلتمس طلب بطلب اطلب لاطلب اسالكم اؤكد نأكد نرجو يرجى"
        " bghit bghina 3tini 3tina sift siftli khasni"
    ),
    request_openers=words(
        "افادتنا افادتي اخبارنا اخباري تزويدنا تزويدي موافاتنا موافاتي تمكيننا تمكيني ارسال قولي عطيني"
    ),
    relative_pronouns=words("التي الذي اللتي اللذي اللي الي لي li lli"),
    not_meant_words=frozenset({"ماشي", "وماشي", "ليس", "وليس", "لم أقصد", "ما قصدتش", "machi", "mashi"}),
    meant_words=frozenset(
        {"قصدت", "قصدي", "كنقصد", "أقصد", "نقصد", "باغي نقول", "بغيت نقول", "9sdt", "9asdt", "9asdi", "qsdt"}
    ),
    but_words=words("بل ولكن لكن walakin"),
    framing_openers=frozenset(
        {"في اطار", "بمناسبه", "نظرا", "تبعا", "حرصا", "في حاله", "على اثر", "بحكم", "بما ان", "اعتبارا", "استعدادا"}
        # one's own schedule or invitation, which says why one asks the time or the date
        | {"عندي اجتماع", "عندي موعد", "عندي رونديفو", "عندي ترين", "عندي طياره", "عندي دعوه", "عندي الدعوه"}
        | {"قبل ما نأكد", "قبل ما نأكد الحضور", "قبل تأكيد حضوري", "قبل أن أؤكد"}
    ),
    reason_openers=(
        "لانني",
        "لاني",
        "لاننا",
        "حتى اتمكن",
        "حتى نتمكن",
        "لكي اتمكن",
        "لكي نتمكن",
        "حيت",
        "حيث ان",
        "باش نقدر",
    ),
    numbered_words=words("مرحلة المرحلة مراحل"),
    yes_words=("نعم", "ايه"),
    no_words=("لا",),
    maybe_words=("ربما",),
    nothing_words=frozenset({"لا", "لا شيء", "لا شي", "والو", "لا يوجد", "ما كاين", "makayn", "walo"}),
    gratitude_words=words(
        "شكرا وشكرا الشكر مشكورين اشكركم اشكرك نشكركم مرسي ميرسي جزاكم جزاك يجازيك يجازيكم يعطيك بارك"
        " chokran choukran shukran merci y3tik yjazik"
    ),
    # Moroccan Arabic typed in Latin letters, with digits for Arabic sounds (3 for ع, 7 for ح, 9 for ق).
    romanised_markers=words(
        """
        wach wash chno chnou chnu achno achnou chkoun chkon shkoun ghadi ghad kayn kayna kayen kayin kain dyal
        dial diyal imta fo9ach fou9ach w9tach wa9tach ch7al sh7al chhal kifach kifash 3lach 3lash bghit bghina
        3afak 3afakom 3afakoum lftour ftour daba bzaf mzyan mezyan ghir wakha safi hadchi hna lhna tma fin
        ach ash homa howa hiya dakhlin lbldan bldan mnin chnahoma chnahouma chnahiya chnahowa lkhir l7afla
        chokran choukran shukran shokran choukrane bslama beslama khouya khoya khti nta wla bnadem
        nharkom nharek ghda ghedda ghedwa ghdwa
        """
    ),
    romanised_function_words=words(
        """
        wach wash ach li lli dyal dial diyal had hadi hada ghadi ghad gha kayn kayna kayen kayin kain bghit bghina
        3afak 3afakom 3afakoum wa w f fi l b m3a 3la ila chi wla o ana nta nti ntouma homa howa hiya daba ykoun
        tkoun ykon tkon kan kant ghir wakha safi hna tma bach ghaykoun ghatkoun rah raha ma mn men n9der t9der
        t9dar tgder n9dar nqder ndir ndiro khassni khasni khass khas 3adi bhal nji njiw ntouma 7ta hta 7da hda
        n3mel na3mel n3ml
        9bel mor b7al bla 7it dyali dyalek dyalkom dakchi hadchi nakhod ndiroha ndirha kifma ila ola ymkn ymken imken
        9rib 7aja haja 7ajat ay dar dart daro 3lih 3liha 3lihom lih liha lihom lihoum liya lia lik likom ash
        bdabt bdbt bedabt bzzabt fl fel fe tji yji yjiw tjiw wa7ed wa7d wahed wahd dak dik hadak hadik
        bdebt bli belli glt galt gelt golt goltlikom walakin walakine lakin fih fiha fihom m3ayn m3ayna m3ayen
        dbt exactement exactly asln aslan asslan m3akom m3akoum m3ana m3ahom m3ahoum ta kaydir kaydiro kaydirou katdir
        bzaf bezaf khoya khouya khay khti ina kaynin kaynine kaynen ydiroh ydiroha ydirou ydiro tra tra2 tralia
        huma houma m3aya m3ayah mazal mazzal ba9i
        """
    ),
    frame_openers=("بعد", "من بعد"),
    relation_words=words("علاقه علاقتها علاقته علاقتهم علاقتو مرتبط مرتبطه ارتباط صله 3ala9a 3la9a 3la9tha"),
    carrying_on_words=words("الى حتى لامتى"),
    yes_or_no_openers=words("هل واش wach"),
    pronouns_asked_of=words("هو هي هم هما"),
    going_words=words("ماشي machi mashi"),
    colleague_nouns=words("sahbi sahbti sa7bi sa7bti zmili zmilti"),
    tomorrow_words=frozenset({"ghda", "ghedda", "ghedwa", "ghdwa"}),  # in Latin letters only
)
