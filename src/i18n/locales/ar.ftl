# العربية (Arabic, right to left). Modern Standard Arabic in plain words,
# addressed to the reader. Numbers stay as the app writes them.
# Status: draft by the development team; to be reviewed by a native translator.
locale-name = العربية
app-title = Kompetenskoll
app-tagline = اعرف ما تجيده الآن، وأي المهن تبحث عن عاملين حاليًا.
app-intro = تجيب عن أسئلة حول ما تستطيع فعله وما قمت به من قبل. ثم يعرض لك Kompetenskoll المهن التي تناسبك، وما ينقصك، وأي تدريب يمكن أن يوصلك إليها.
privacy-promise = تبقى إجاباتك على هذا الجهاز. لا يُرسَل أي شيء إلى أي مكان إلا إذا سلّمته أنت بنفسك.
language-label = اللغة
skip-to-content = الانتقال إلى المحتوى
footer-attribution = يتضمن معلومات من O*NET 29.2 (USDOL/ETA، CC BY 4.0) ومن JobTech Taxonomy (Arbetsförmedlingen، CC0).
nav-about-data = عن البيانات
nav-back = العودة إلى البداية
about-title = عن البيانات
about-intro = هنا ترى الملفات التي يستخدمها Kompetenskoll، ومن أعدّها، ومن أين تأتي المعلومات.
about-demand-heading = ملف الطلب على العمالة
about-demand-choose = اختر ملف الطلب على العمالة
about-loading = جارٍ التحميل …
about-load-failed = تعذّرت قراءة الملف { $file }: { $reason }
about-publisher = الجهة الناشرة
about-region = المنطقة
about-published = تاريخ النشر
about-valid-until = صالح حتى
about-expired = كان الملف صالحًا حتى { $date }. قد تكون المعلومات قديمة.
about-licence = الترخيص
about-contents = المحتوى
about-counts = عدد المهن: { $occupations }، عدد المهارات: { $skills }، عدد الدورات التدريبية: { $trainings }
about-attribution = ذكر المصدر
about-sources = المصادر
about-questionnaire-heading = الأسئلة
about-questionnaire-counts = عدد الأسئلة عمّا تستطيع فعله: { $items }، منها { $short } في النسخة القصيرة
about-version = الإصدار
demand-file-sverige = السويد — كل المهن
demand-file-varmland = فارملاند (مثال)
start-short = النسخة القصيرة
start-full = كل الأسئلة
start-estimate = { $items ->
    [few] { $items } أسئلة
   *[other] { $items } سؤالًا
}، { $minutes ->
    [one] دقيقة واحدة تقريبًا
    [two] دقيقتان تقريبًا
    [few] نحو { $minutes } دقائق
   *[other] نحو { $minutes } دقيقة
}
start-begin-short = ابدأ بالنسخة القصيرة
start-begin-full = ابدأ بكل الأسئلة
start-continue = تابع من حيث توقفت
start-over = ابدأ من جديد
start-loading = جارٍ تحميل الأسئلة …
start-restore-failed = تعذّرت قراءة إجاباتك المحفوظة، لذلك عليك أن تبدأ من جديد.
start-restore-dismiss = حسنًا
content-failed = تعذّر تحميل الأسئلة: { $reason }
q-progress = الجزء { $n } من { $total }
q-back = رجوع
q-next = التالي
q-skip = تخطٍّ
q-finish = اعرض النتائج
q-dont-know = لا أعرف
q-level-option = { $label }: { $example }
q-same-level = أعطيت تقريبًا كل الأسئلة الإجابة نفسها. فكّر فيما تجيده أكثر من غيره، وفيما لم تجرّبه أبدًا – فتصبح المطابقة أدق.
q-saved = تُحفظ إجاباتك على هذا الجهاز فقط أثناء الإجابة.
q-education-none = أفضّل عدم الإجابة
results-title = مهن تناسبك
results-intro = المهن مرتبة حسب مدى مناسبتها لإجاباتك. ترى أيضًا كم تستوفي الآن من متطلباتها، وكيف هو الطلب عليها.
results-file = ملف الطلب: { $title } من { $publisher }، نُشر في { $published }، صالح حتى { $valid }
results-expired = كان ملف الطلب صالحًا حتى { $date }. ربما تغيّر الطلب منذ ذلك الحين.
results-controls = الترتيب واختيار المجال
results-sort = الترتيب حسب
results-sort-match = مدى مناسبة المهنة لك
results-sort-readiness = كم تستوفي الآن
results-sort-demand = الطلب
results-in-demand-only = اعرض فقط المهن المطلوبة
results-field = المجال المهني
results-field-all = كل المجالات
results-match = تناسبك: { $score } %
results-readiness = تستوفي الآن: { $score } %
results-demand-unknown = الطلب: غير معروف
results-none = لا توجد مهن تطابق هذا الاختيار.
results-more = اعرض مزيدًا من المهن
results-edit = غيّر إجاباتك
results-loading = جارٍ تحميل ملف الطلب …
outlook-recruitment-shortage = نقص في العاملين
outlook-recruitment-balance = توازن بين الباحثين عن عمل والوظائف
outlook-recruitment-surplus = عدد الباحثين عن عمل أكبر من الوظائف
outlook-opportunities-large = فرص عمل كبيرة
outlook-opportunities-medium = فرص عمل متوسطة
outlook-opportunities-small = فرص عمل قليلة
outlook-five-year-increase = يُتوقع أن يزداد الطلب في السنوات الخمس القادمة
outlook-five-year-unchanged = يُتوقع أن يبقى الطلب كما هو في السنوات الخمس القادمة
outlook-five-year-decrease = يُتوقع أن يقلّ الطلب في السنوات الخمس القادمة
outlook-county = المقاطعة { $county }
outlook-assessed = تقييم عام { $year }
outlook-ahead = التوقعات لعام { $year }
outlook-source = المصدر: { $source }
outlook-summary = الطلب: { $outlook } ({ $source }، { $year })
outlook-national = السويد كلها
occ-back = العودة إلى القائمة
occ-skill-line = { $label }
occ-language-line = { $language }: المستوى { $level }
occ-licence-line = رخصة قيادة من الفئة { $category }
occ-trainings = تدريب يمكن أن يوصلك إلى هناك
occ-training-closes = يسدّ { $count } من النواقص
occ-what-if = ماذا لو التحقت به؟
occ-what-if-result = مع هذا التدريب تستوفي { $after } % من المتطلبات (الآن { $before } %).
occ-note = من المفيد أن تعرف
level-step = { $word } ({ $step })
occ-level-line = { $label }: لديك { $have }، والمهنة تحتاج { $need }
occ-level-line-unknown = { $label }: المهنة تحتاج { $need }
occ-education-line = التعليم: { $level }
occ-education-line-isced = تعليم من المستوى { $isced } (حسب تصنيف ISCED)
occ-match-means = مدى قرب إجاباتك مما تطلبه المهنة.
occ-readiness-means = مقدار ما تستوفيه الآن من متطلبات المهنة.
occ-reasons = لماذا تناسبك هذه المهنة
occ-gaps = أكثر ما ينقصك
occ-no-gaps = لا ينقصك شيء مهم.
occ-gap-training = { $training } ({ $form }، { $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
   *[other] { $weeks } أسبوعًا
})
occ-gap-training-no-weeks = { $training } ({ $form })
occ-gap-no-training = لا يوجد في ملف الطلب تدريب يسدّ هذا النقص.
occ-gap-skills = لم تحدّد { $count } من أصل { $total } مهارة تذكرها المهنة.
occ-demand = الطلب
occ-breakdown = الحساب كاملًا، سطرًا سطرًا
occ-breakdown-match = كيف تُحسب «تناسبك»
occ-breakdown-match-hint = كل سطر يقارن إحدى إجاباتك بالمهنة. قد يُنقص السطر من النتيجة.
occ-breakdown-readiness = كيف تُحسب «مستوفى الآن»
occ-breakdown-readiness-hint = كل متطلب يعطي نقاطًا بحسب أهميته وبحسب ما تستوفيه منه.
occ-points = { $points } نقطة
occ-sum = المجموع: { $points } نقطة، أي { $score } %
occ-status-met = مستوفى
occ-status-partial = جزئيًا
occ-status-missing = ناقص
occ-status-unknown = لم تُجب
occ-match-no-profile = لا توجد للمهنة مستويات للمقارنة. يُحسب هذا الجزء بقيمة محايدة.
occ-match-no-formal = لا توجد للمهنة متطلبات رسمية لا تستوفيها.
occ-unanswered = لم تُجب عن هذه
occ-unanswered-hint = أجب هنا فتُحسب الأرقام من جديد فورًا.
occ-unanswered-choose = اختر مستوى
occ-unanswered-skill = { $label }: أستطيع هذا
results-reason = الأقوى: { $reason }
training-form-komvux = تعليم الكبار (Komvux)
training-form-yrkesvux = التعليم المهني للكبار (Yrkesvux)
training-form-labour_market_training = تدريب سوق العمل
training-form-validation = تقييم الكفاءات والاعتراف بها (Validering)
training-form-sfi = اللغة السويدية للمهاجرين (sfi)
training-form-swedish_second_language = اللغة السويدية لغةً ثانية
training-form-folkhogskola = المدرسة الشعبية العليا (Folkhögskola)
training-form-yrkeshogskola = التعليم المهني العالي (Yrkeshögskola)
training-form-licence_course = دورة رخصة القيادة
training-form-other = تدريب آخر
wh-search-label = ابحث عن عمل قمت به من قبل
wh-search-hint = اكتب حرفين على الأقل، مثل ”undersköterska“ أو ”svetsare“. أسماء المهن باللغة السويدية. يمكنك أيضًا كتابة اسم المهنة بالعربية.
wh-results = أسماء مهن مطابقة
wh-no-matches = لا يوجد اسم مهنة مطابق. جرّب كلمة أخرى.
wh-groups = مهن بهذا الاسم بالعربية: اختر اسم عملك بالسويدية
wh-add = أضف
wh-picked = الأعمال التي أضفتها
wh-remove = احذف { $title }
wh-skills-legend = ماذا فعلت في عملك { $title }؟ اختر ما قمت به.
wh-skills-loading = جارٍ تحميل مهارات هذه المهنة …
wh-titles-loading = جارٍ تحميل المسميات الوظيفية …
whole-app-failed = تعذّر تحميل بقية التطبيق. تحقّق من الاتصال وحاول مرة أخرى.
whole-app-retry = حاول مرة أخرى
demand-open-file = افتح ملف طلب آخر
demand-open-hint = يمكن لمنطقة أو بلدية أن تنشر ملفها الخاص. يُقرأ الملف هنا على هذا الجهاز فقط.
demand-unreachable = تعذّر جلب ملف الطلب { $source }، لذلك يُستخدم الملف السابق. ({ $reason })
demand-dismiss = أغلق الرسالة
kiosk-finish = إنهاء ومسح
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-text = { $seconds ->
    [one] بعد ثانية واحدة
    [two] بعد ثانيتين
    [few] بعد { $seconds } ثوانٍ
   *[other] بعد { $seconds } ثانية
} سيُمسح كل ما أجبت عنه، حتى يبدأ الشخص التالي من جديد.
kiosk-stay = ما زلت هنا
kiosk-note = هذا حاسوب مشترك. لا يُحفظ أي شيء، ويُمسح كل شيء عندما تنتهي.
goal-work = العمل
goal-study = الدراسة
goal-unsure = لا أعرف بعد
goal-text = بكلماتك الخاصة (إن أردت)
licences-none = ليست لدي رخصة قيادة
licence-AM = AM – دراجة بمحرك صغير (موبيد)
licence-A1 = A1 – دراجة نارية خفيفة
licence-A2 = A2 – دراجة نارية متوسطة
licence-A = A – دراجة نارية
licence-B = B – سيارة
licence-BE = BE – سيارة مع مقطورة ثقيلة
licence-C1 = C1 – شاحنة متوسطة
licence-C1E = C1E – شاحنة متوسطة مع مقطورة
licence-C = C – شاحنة ثقيلة
licence-CE = CE – شاحنة ثقيلة مع مقطورة
licence-D1 = D1 – حافلة صغيرة
licence-D1E = D1E – حافلة صغيرة مع مقطورة
licence-D = D – حافلة
licence-DE = DE – حافلة مع مقطورة
lang-add = أضف لغة
lang-choose = اختر لغة
lang-remove = احذف { $language }
lang-level-none = غير مُقيَّم
lang-listening = فهم كلام الآخرين
lang-reading = القراءة
lang-spoken_interaction = التحدث مع الآخرين
lang-spoken_production = الحكي والوصف
lang-writing = الكتابة
cefr-A1 = A1 – بعض الكلمات والعبارات البسيطة
cefr-A2 = A2 – أمور يومية بسيطة
cefr-B1 = B1 – معظم مواقف الحياة اليومية
cefr-B2 = B2 – معظم المواقف، وفي العمل أيضًا
cefr-C1 = C1 – بطلاقة، حتى في المواضيع الصعبة
cefr-C2 = C2 – مثل أهل اللغة
lang-sv = السويدية
lang-en = الإنجليزية
lang-ar = العربية
lang-so = الصومالية
lang-ti = التغرينية
lang-prs = الدارية
lang-fa = الفارسية
lang-uk = الأوكرانية
lang-fi = الفنلندية
lang-ku = الكردية
lang-pl = البولندية
lang-es = الإسبانية
lang-fr = الفرنسية
lang-de = الألمانية
lang-ru = الروسية
lang-tr = التركية
lang-bs = البوسنية
lang-sq = الألبانية
lang-th = التايلاندية
cert-name = شهادة أو تصريح أو وثيقة
cert-year = السنة (إن كنت تعرفها)
cert-add = أضف
cert-remove = احذف { $name }
cert-year-invalid = اكتب السنة بأربعة أرقام، مثل 2019.
pref-municipalities = أين تريد أن تعمل؟
pref-municipality = البلدية
pref-municipality-choose = اختر بلدية
pref-municipality-add = أضف البلدية
pref-municipality-remove = احذف { $name }
pref-hours = كم تريد أن تعمل؟
pref-full_time = دوام كامل
pref-part_time = دوام جزئي
pref-either = دوام كامل أو جزئي
pref-shifts = في أي أوقات يمكنك العمل؟
pref-day = نهارًا
pref-evening = مساءً
pref-night = ليلًا
pref-weekend = في عطلة نهاية الأسبوع
start-open-profile = افتح ملفًا شخصيًا محفوظًا
start-open-profile-hint = للمرشدين المهنيين، أو للمتابعة على جهاز آخر. يُقرأ الملف الشخصي هنا فقط.
ctx-summary = المزيد عن هذا (إن أردت)
ctx-learned = أين تعلّمته؟
ctx-learned-work = في العمل
ctx-learned-education = في المدرسة أو في دورة
ctx-learned-elsewhere = بطريقة أخرى، مثلًا في البيت أو في جمعية
ctx-evidence = هل يمكنك إثباته؟
ctx-evidence-self_assessed = لا، هذا تقييمي الشخصي
ctx-evidence-document = نعم، بعلامات مدرسية أو شهادة أو توصية
ctx-evidence-validated = نعم، قمت بتقييم رسمي للكفاءات (Validering)
ctx-wants = ماذا تريد؟
ctx-wants-use = أريد أن أعمل بهذا
ctx-wants-learn = أريد أن أتعلّم المزيد عن هذا

## Handing the profile over
results-handover = خذ ملفك الشخصي إلى مرشد مهني
handover-title = خذ ملفك الشخصي معك
handover-intro = اختر ما تريد أن يتضمنه. بعد ذلك يمكنك حفظ الملف الشخصي، أو طباعته، أو عرضه كرمز QR. لا يُرسَل أي شيء إلى أي مكان.
handover-parts = ما يتضمنه
part-goal = الهدف
part-education = التعليم
part-work_history = الأعمال التي قمت بها
part-languages = اللغات
part-licences = رخص القيادة
part-skills = المعارف والمهارات
part-certificates = الشهادات والوثائق
part-preferences = أوقات العمل والأماكن التي تفضّلها
part-matches = المهن التي تناسبك
handover-download = احفظه كملف
handover-print = اطبع
handover-qr = اعرض رمز QR
handover-kiosk = لا يُحفظ أي ملف على حاسوب مشترك. اطبع الملف الشخصي أو امسح رمز QR بهاتفك.
handover-saved = حُفظ الملف الشخصي باسم { $file }.
handover-save-failed = تعذّر حفظ الملف الشخصي: { $reason }
handover-qr-hint = امسح الرمز بكاميرا هاتفك. سيُفتح Kompetenskoll بملفك الشخصي، على ذلك الهاتف فقط.
handover-qr-link = رابط فيه ملفك الشخصي
handover-qr-making = جارٍ إنشاء رمز QR …
handover-preview = هكذا تبدو الطباعة
handover-back = العودة إلى المهن
printout-title = ملف كفاءاتي
printout-qr = امسح الرمز لفتح الملف الشخصي في Kompetenskoll.
qr-label = رمز QR فيه ملفك الشخصي
qr-too-large = الملف الشخصي أكبر من أن يتسع له رمز QR. أزل بعض الأجزاء في الأعلى، أو احفظه كملف.

## The profile, as a coach reads it
summary-created = أُعدّ في { $date }
summary-none = لا إجابة
summary-unanswered = لم تتم الإجابة
summary-goal = الهدف
summary-education = التعليم
summary-work-history = الأعمال
summary-years = { $years ->
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
   *[other] { $years } سنة
}
summary-languages = اللغات
summary-language = اللغة
summary-licences = رخص القيادة
summary-skills = المعارف والمهارات
summary-self-assessed = تقييم ذاتي: المستويات هي تقدير الباحث عن عمل لنفسه.
summary-skill = المجال
summary-level = المستوى
summary-learned = مكان التعلّم
summary-level-value = { $level } – { $label }
summary-evidence = يمكن إثباته
summary-evidence-self = تقدير شخصي
summary-evidence-document = علامات أو شهادة أو توصية
summary-evidence-validated = مُقيَّم رسميًا
summary-coach-evidence = إثباتات رآها مرشد
summary-backing = { $item }: { $kind }، { $by }، { $on }
summary-backing-how = { $item }: { $kind }، { $by }، { $on }. { $how }
summary-specific-skills = قام بـ
summary-certificate-year = { $name } ({ $year })
summary-certificates = الشهادات والوثائق
summary-preferences = التفضيلات
summary-matches = أنسب المهن
summary-match-line = المناسبة { $score } %، والمستوفى الآن { $readiness } %
summary-demand = المصدر: { $publisher }، نُشر في { $published }، رمز التحقق { $hash }
goal-own_business = أن أبدأ مشروعي الخاص

## Opening a profile (coach's view)
coach-title = الملف الشخصي
coach-from-file = فُتح من الملف { $file }، وأُعدّ في { $date }.
coach-from-code = فُتح من رمز QR، وأُعدّ في { $date }.
coach-other-questionnaire = أُعدّ الملف الشخصي باستبيان { $theirs }؛ وهنا يُستخدم { $ours }.
coach-other-demand = أُعدّ الملف الشخصي وفق ملف الطلب الصادر عن { $theirs } (نُشر في { $published }، رمز التحقق { $hash }). تُحسب المهن أدناه وفق الملف المستخدم هنا.
coach-unread-ratings = عدد التقييمات الذاتية التي أُجريت بنسخة أخرى من الاستبيان ولا يمكن عرضها هنا: { $count }.
coach-unread-jobs = عدد الأعمال التي اختيرت من نسخة أخرى من قائمة المهن ولا يمكن عرضها هنا: { $count }.
coach-unread-skills = عدد المهارات التي تعود إلى ملف طلب آخر ولا يمكن عرضها هنا: { $count }.
coach-next-step = من يمكنه المساعدة في الخطوة التالية؟
coach-next-step-hint = اقتراح مبني على الإجابات، وليس قرارًا.
coach-adult-education = مرشد تعليم الكبار
coach-labour-market = مرشد سوق العمل
coach-business = مرشد المشاريع الخاصة
reason-wants-to-study = يريد الدراسة.
reason-own-business = يريد أن يبدأ مشروعًا خاصًا.
reason-ready-for-work = يستوفي الآن معظم ما تتطلبه المهنة الأنسب، ويمكنه البدء بالتقديم على الوظائف.
reason-gaps-training = توجد نواقص يمكن لدورة تدريبية أن تسدّها.
reason-swedish = قد يحتاج إلى تقوية لغته السويدية.
reason-goal-unclear = ليس لديه هدف واضح بعد: محادثة أولى عن الطريق إلى الأمام.
coach-see-results = اعرض كل المهن
coach-continue = تابع الإجابة
coach-add-to-centre = أضف إلى قائمة مركز المطابقة
coach-answers = الإجابات
coach-saved-matches = المهن التي رآها الباحث عن عمل
profile-code-newer = أُعدّ رمز QR بإصدار أحدث من Kompetenskoll ولا يمكن قراءته هنا.
profile-code-invalid = تعذّرت قراءة رمز QR. امسحه مرة أخرى، أو اطلب الملف الشخصي كملف.

## Offline and updates
update-ready = يتوفر إصدار جديد من Kompetenskoll. تبقى إجاباتك عند التحديث.
update-now = حدّث الآن

## Deleting everything
delete-title = احذف كل شيء
delete-hint = يحذف إجاباتك واللغة التي اخترتها من هذا الجهاز. لا يوجد شيء منها في أي مكان آخر.
delete-button = احذف كل ما يخصني على هذا الجهاز
delete-confirm = هل تريد حذف كل شيء؟ لا يمكن التراجع عن ذلك.
delete-yes = نعم، احذف كل شيء
delete-cancel = إلغاء
deleted-title = حُذف من هذا الجهاز:
deleted-answers = إجاباتك المحفوظة
deleted-language = اللغة التي اخترتها
deleted-nothing = لا شيء – لم يكن هناك شيء محفوظ
deleted-not-files = الملفات التي حفظتها بنفسك، مثل الملف الشخصي، تبقى حيث حفظتها.
q-read-aloud = اقرأ السؤال بصوت عالٍ

## Languages
q-also-swedish = اعرض الأسئلة بالسويدية أيضًا
untranslated-mark = (بالسويدية)
language-load-failed = تعذّر تحميل اللغة { $language }: { $reason }

# Why a file was refused: one plain sentence, then the details.
refused-too-large = حجم { $file } هو { $size } ميغابايت ولن يُفتح. أكبر ملف يمكن فتحه هنا { $max } ميغابايت.
refused-damaged = { $file } تالف ولا يمكن قراءته. ربما وصل جزء من الملف فقط.
refused-not-ours = { $file } ليس ملفًا من Kompetenskoll.
refused-other-kind = { $file } { $found ->
    [demand] ملف طلب
    [profile] ملف شخصي
   *[other] استبيان
}، وليس { $kind ->
    [demand] ملف طلب
    [profile] ملفًا شخصيًا
   *[other] استبيانًا
}.
refused-newer = صُنع { $file } بإصدار أحدث من Kompetenskoll. حدّث التطبيق وحاول مرة أخرى.
refused-unknown = { $file } نوع من الملفات لا يعرفه Kompetenskoll.
refused-invalid = في { $file } { $count ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
   *[other] { $count } خطأ
} ولا يمكن استخدامه.
refused-unreadable = تعذّرت قراءة { $file } على هذا الجهاز.
refused-details = اعرض التفاصيل (لمن صنع الملف)
demand-kept = ما زال ملف الطلب السابق مستخدمًا.

# The adaptive short path: one rating a screen, chosen from the answers.
start-estimate-adaptive = { $items } سؤالًا على الأكثر، نحو { $minutes } دقيقة
q-choosing = جارٍ اختيار سؤالك التالي …
q-results-now = اعرض النتائج الآن
q-all-questions = أجب عن كل الأسئلة بدلًا من ذلك
q-rating-progress = السؤال { $n } من نحو { $total }
q-adaptive-why = نختار كل سؤال بناءً على إجاباتك حتى الآن.

# The matching centre: many profiles against one need (never at a kiosk).
centre-open = مركز المطابقة: قارن ملفات كثيرة بحاجة واحدة
centre-title = مركز المطابقة
centre-intro = هنا تقارن ملفات تعريف أشخاص كثيرين باحتياج صاحب عمل. تبقى الملفات في هذه النافذة وتختفي عند إغلاقها، إلا إذا حفظت القائمة مشفرة على هذا الجهاز. لا يُرسَل أي شيء إلى أي مكان.
centre-profiles = الملفات
centre-pick = افتح ملفات الملف الشخصي
centre-pick-hint = يمكنك اختيار ملفات كثيرة معًا أو سحبها إلى هنا.
centre-count = { $count ->
    [one] ملف واحد مفتوح.
   *[other] الملفات المفتوحة: { $count }.
}
centre-refused = { $count ->
    [one] تعذّر فتح ملف واحد:
   *[other] تعذّر فتح ملفات عددها { $count }:
}
centre-duplicate = { $file } موجود في القائمة من قبل.
centre-remove = احذف { $file }
centre-remove-all = احذف كل الملفات
centre-need = الحاجة
centre-need-label = المهنة التي يحتاجها صاحب العمل
centre-need-choose = اختر مهنة
centre-need-open = أو افتح حاجة محفوظة كملف
centre-need-from-file = الحاجة من الملف { $file }.
centre-fits = من يناسب
centre-no-profiles = افتح ملفات واختر مهنة لترى من يناسب.
centre-waiting = جارٍ الحساب …
centre-shortlist-failed = تعذّرت مقارنة الملفات بهذه الحاجة. اختر الحاجة مرة أخرى.
centre-filter = اعرض
centre-filter-all = الجميع
centre-filter-weeks = جاهز خلال { $weeks } أسبوعًا من التدريب
centre-none-fit = لا يناسب أي ملف هذا الاختيار.
centre-ready-now = جاهز الآن
centre-after-training = { $weeks ->
    [one] جاهز بعد أسبوع واحد من التدريب
   *[other] جاهز بعد { $weeks } أسبوعًا من التدريب
}
centre-far = أبعد من ذلك
centre-route-none = لا حاجة إلى تدريب
centre-little-known = المعلومات قليلة بعد
centre-col-profile = الملف
centre-col-nearness = مدى القرب
centre-col-readiness = يستوفي المتطلبات
centre-col-match = يناسب
centre-col-gaps = النواقص
centre-col-route = أقصر تدريب
centre-col-after = يستوفي بعد التدريب
centre-col-wants = ما يريده
centre-col-backed = مُثبت
centre-shown = يظهر هنا الأقرب { $shown } من { $count }. ملف CSV فيه كل من يظهره الفلتر.
centre-show-all = اعرض الكل { $count }
centre-why = { $figure }: لماذا؟
centre-why-title = لماذا يحصل { $who } على هذه الأرقام في { $need }
centre-why-close = أغلق الشرح
centre-backed = { $validated } من { $claimed } مُقيَّمة رسميًا، { $documented } بوثيقة
centre-view-profile = اعرض { $file } مع الإجابات والإثباتات والنتائج
centre-save-profile = احفظ { $file } مع الإثباتات
centre-evidence-title = الإثباتات
centre-evidence-intro = سجّل ما يُثبت ما يقول الشخص إنه يستطيع فعله. لا يتغير تقييمه الذاتي. تبقى الإثباتات مع الملف الشخصي.
centre-evidence-seeker = الشخص
centre-evidence-item = مهارة تحتاجها المهنة
centre-evidence-kind = ما الذي يُثبتها؟
centre-evidence-validated = مُقيَّمة رسميًا
centre-evidence-document = رأيت شهادة أو درجات أو توصية
centre-evidence-self = لا شيء، تقييمه الذاتي فقط
centre-evidence-by = من رأى ذلك أو قيّمه؟
centre-evidence-missing-by = اكتب من رأى ذلك أو قيّمه.
centre-evidence-how = كيف؟ مثلًا أي شهادة أو أي تقييم
centre-evidence-on = التاريخ
centre-evidence-save = احفظ الإثبات
centre-evidence-none = لا يقول الشخص إنه يستطيع شيئًا تحتاجه هذه المهنة. لا يوجد ما يُثبت.
centre-evidence-own-level = تقييمه الذاتي: { $level }
centre-evidence-own-skill = اختارها الشخص بنفسه.
centre-percent = { $percent } %
centre-wants-work = يبحث عن عمل
centre-wants-this = يريد هذا العمل
centre-wants-here = يريد العمل في { $place }
centre-wants-elsewhere = يريد العمل في بلديات أخرى
centre-wants-use = أشياء يحتاجها هذا العمل ويريد العمل بها: { $count }
centre-wants-learn = أشياء يحتاجها هذا العمل ويريد أن يتعلم المزيد عنها: { $count }
centre-supply = العرض مقابل الطلب
centre-supply-intro = كم من ملفاتك جاهز الآن أو خلال { $weeks } أسبوعًا من التدريب لمهن يقول ملف الطلب إن فيها نقصًا.
centre-supply-show = اعرض العرض مقابل الطلب
centre-supply-caption = ملفاتك مقابل المهن التي فيها نقص، { $date }
centre-supply-further = أبعد
centre-supply-counts = { $ready } جاهز الآن، { $within } خلال { $weeks } أسبوعًا، { $further } أبعد
centre-supply-none = لا يوجد بعد ملف من ملفاتك قريب من مهنة فيها نقص.
centre-supply-print = اطبع الرسم
centre-need-edit = عدّل الاحتياج حسب صاحب العمل
centre-need-employer = صاحب العمل
centre-need-place = المكان
centre-need-licences = رخص القيادة المطلوبة
centre-need-swedish = مستوى السويدية المطلوب
centre-need-education = التعليم المطلوب
centre-need-levels = المستويات المطلوبة
centre-need-levels-hint = ما هو الأهم في المهنة. اختر المستوى الذي يحتاجه صاحب العمل، أو لا يوجد شرط.
centre-need-skills = المهارات المطلوبة
centre-need-skills-hint = اختر هل يشترط صاحب العمل المهارة، أم تُعدّ ميزة، أم لا يوجد شرط.
centre-need-skill-essential = مطلوبة
centre-need-skill-wanted = ميزة
centre-need-none = لا يوجد شرط
centre-need-save = احفظ الاحتياج كملف
centre-need-save-hint = الملف بنفس صيغة ملفات المناطق. يمكن فحصه بأداة سطر الأوامر ونشره.
centre-label-for = تسمية لـ { $file }
centre-unlabelled = الملف { $number }
centre-print = اطبع القائمة
centre-csv = احفظ القائمة كملف CSV
centre-out-hint = تُظهر النسخة المطبوعة وملف CSV تسمياتك، لا أسماء الملفات. استخدم اسم الشخص كتسمية فقط إذا أراد ذلك.
centre-print-title = من يناسب وظيفة { $need }، { $date }
centre-made = أُنشئ في { $date }
centre-old = أقدم من { $months } أشهر: فكّر في حذفه
centre-old-label = ميّز الملفات الأقدم من
centre-months = { $months } أشهر
centre-keep-title = احفظ القائمة على هذا الجهاز
centre-keep-intro = تُشفَّر القائمة بعبارة مرور تختارها. بدون عبارة المرور لا يستطيع أحد قراءة القائمة، ولا أنت أيضًا.
centre-keep-passphrase = عبارة المرور
centre-keep-passphrase-hint = { $count } أحرف على الأقل. اكتبها في مكان آمن.
centre-keep-again = اكتب عبارة المرور مرة أخرى
centre-keep-button = احفظ القائمة مشفرة
centre-keep-locked = توجد قائمة محفوظة على هذا الجهاز. اكتب عبارة المرور لفتحها.
centre-keep-open = افتح القائمة المحفوظة
centre-keep-kept = القائمة محفوظة مشفرة على هذا الجهاز. يُحفَظ كل تغيير.
centre-keep-export = احفظ القائمة المشفرة كملف
centre-keep-delete = احذف القائمة المحفوظة وكل الملفات
centre-keep-bring-in = افتح قائمة محفوظة من ملف
centre-keep-working = جارٍ التشفير …
centre-keep-wrong = عبارة المرور لا تفتح القائمة المحفوظة. القائمة ما زالت موجودة.
centre-keep-short = عبارة المرور قصيرة جدًا. يجب أن تكون { $count } أحرف على الأقل.
centre-keep-mismatch = عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.
centre-keep-not-a-store = هذا الملف ليس قائمة محفوظة من Kompetenskoll.
centre-keep-newer = حُفظت القائمة بإصدار أحدث من Kompetenskoll. حدّث التطبيق وحاول مرة أخرى.
centre-keep-damaged = القائمة المحفوظة تالفة ولا يمكن فتحها.
centre-keep-unavailable = لا يستطيع هذا المتصفح التشفير هنا. افتح التطبيق عبر https.
centre-keep-no-room = تعذّر حفظ القائمة على هذا الجهاز: لا توجد مساحة لها في المتصفح. الملفات الشخصية ما زالت مفتوحة في هذه النافذة.
centre-qr-profile = ملف شخصي من رمز QR { $made }
