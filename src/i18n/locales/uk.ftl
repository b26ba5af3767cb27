# Українська (Ukrainian). Polite "ви" (lower case in interface text), plain words.
# Numbers come from the app, so sentences avoid case agreement with them ("Питань: 20").
# Status: draft by the development team; to be reviewed by a native translator.
locale-name = Українська
app-title = Kompetenskoll
app-tagline = Подивіться, що ви вже вмієте і які професії зараз шукають працівників.
app-intro = Ви відповідаєте на запитання про те, що вмієте і що робили. Потім Kompetenskoll показує, які професії вам підходять, чого бракує і яке навчання допоможе туди дійти.
privacy-promise = Ваші відповіді залишаються на цьому пристрої. Нічого нікуди не надсилається, якщо ви самі не передасте.
language-label = Мова
skip-to-content = Перейти до змісту
footer-attribution = Містить інформацію з O*NET 29.2 (USDOL/ETA, CC BY 4.0) і JobTech Taxonomy (Arbetsförmedlingen, CC0).
nav-about-data = Про дані
nav-back = Назад на початок
about-title = Про дані
about-intro = Тут видно, які файли використовує Kompetenskoll, хто їх створив і звідки інформація.
about-demand-heading = Файл попиту на працівників
about-demand-choose = Виберіть файл попиту
about-loading = Завантаження …
about-load-failed = Не вдалося прочитати файл { $file }: { $reason }
about-publisher = Видавець
about-region = Територія
about-published = Опубліковано
about-valid-until = Дійсний до
about-expired = Файл був дійсний до { $date }. Інформація може бути застарілою.
about-licence = Ліцензія
about-contents = Вміст
about-counts = Професій: { $occupations }, навичок: { $skills }, навчальних програм: { $trainings }
about-attribution = Посилання на джерело
about-sources = Джерела
about-questionnaire-heading = Запитання
about-questionnaire-counts = Запитань про ваші вміння: { $items }, з них у короткій версії: { $short }
about-version = Версія
demand-file-sverige = Швеція — усі професії
demand-file-varmland = Вермланд (приклад)
start-short = Коротка версія
start-full = Усі запитання
start-estimate = Запитань: { $items }, приблизно { $minutes } хв
start-begin-short = Почати коротку версію
start-begin-full = Почати з усіма запитаннями
start-continue = Продовжити з того місця, де ви зупинилися
start-over = Почати спочатку
start-loading = Запитання завантажуються …
start-restore-failed = Не вдалося прочитати збережені відповіді, тож доведеться почати спочатку.
start-restore-dismiss = Гаразд
content-failed = Не вдалося завантажити запитання: { $reason }
q-progress = Частина { $n } з { $total }
q-back = Назад
q-next = Далі
q-skip = Пропустити
q-finish = Показати результати
q-dont-know = Не знаю
q-level-option = { $label }: { $example }
q-same-level = Ви дали майже всім запитанням однакову відповідь. Подумайте, що вам вдається найкраще, а чого ви ніколи не пробували, – тоді підбір буде точнішим.
q-saved = Поки ви відповідаєте, відповіді зберігаються тільки на цьому пристрої.
q-education-none = Не хочу відповідати
results-title = Професії, які вам підходять
results-intro = Професії впорядковано за тим, наскільки вони відповідають вашим відповідям. Також видно, яку частину вимог ви вже виконуєте і який попит.
results-file = Файл попиту: { $title }, видавець { $publisher }, опубліковано { $published }, дійсний до { $valid }
results-expired = Файл попиту був дійсний до { $date }. Попит міг змінитися.
results-controls = Сортування та вибір галузі
results-sort = Сортувати за
results-sort-match = Наскільки професія вам підходить
results-sort-readiness = Скільки вимог ви вже виконуєте
results-sort-demand = Попит
results-in-demand-only = Показувати тільки професії з попитом
results-field = Професійна галузь
results-field-all = Усі галузі
results-match = Підходить вам: { $score } %
results-readiness = Уже виконано: { $score } %
results-demand-unknown = Попит: невідомий
results-none = Жодна професія не відповідає фільтру.
results-more = Показати більше професій
results-edit = Змінити відповіді
results-loading = Файл попиту завантажується …
outlook-recruitment-shortage = Бракує працівників
outlook-recruitment-balance = Рівновага між шукачами роботи і вакансіями
outlook-recruitment-surplus = Шукачів роботи більше, ніж вакансій
outlook-opportunities-large = Великі шанси знайти роботу
outlook-opportunities-medium = Середні шанси знайти роботу
outlook-opportunities-small = Малі шанси знайти роботу
outlook-five-year-increase = Очікується, що попит зросте протягом наступних п’яти років
outlook-five-year-unchanged = Очікується, що попит не зміниться протягом наступних п’яти років
outlook-five-year-decrease = Очікується, що попит зменшиться протягом наступних п’яти років
outlook-county = Лен { $county }
outlook-assessed = Оцінка на { $year } рік
outlook-ahead = Прогноз на { $year } рік
outlook-source = Джерело: { $source }
outlook-summary = Попит: { $outlook } ({ $source }, { $year })
outlook-national = Уся Швеція
occ-back = Назад до списку
occ-skill-line = { $label }
occ-language-line = { $language }: рівень { $level }
occ-licence-line = Посвідчення водія категорії { $category }
occ-trainings = Навчання, яке допоможе туди дійти
occ-training-closes = Закриває прогалин: { $count }
occ-what-if = А якщо я пройду його?
occ-what-if-result = З цим навчанням ви виконуєте { $after } % вимог (зараз { $before } %).
occ-note = Варто знати
level-step = { $word } ({ $step })
occ-level-line = { $label }: у вас { $have }, професія потребує { $need }
occ-level-line-unknown = { $label }: професія потребує { $need }
occ-education-line = Освіта: { $level }
occ-education-line-isced = Освіта рівня { $isced } (ISCED)
occ-match-means = Наскільки ваші відповіді близькі до того, чого вимагає професія.
occ-readiness-means = Яку частину вимог професії ви вже виконуєте.
occ-reasons = Чому ця професія вам підходить
occ-gaps = Чого бракує найбільше
occ-no-gaps = Нічого важливого не бракує.
occ-gap-training = { $training } ({ $form }, { $weeks ->
    [one] { $weeks } тиждень
    [few] { $weeks } тижні
   *[other] { $weeks } тижнів
})
occ-gap-training-no-weeks = { $training } ({ $form })
occ-gap-no-training = У файлі попиту немає навчання, яке закриває цю прогалину.
occ-gap-skills = Ви не позначили { $count } з { $total } навичок цієї професії.
occ-demand = Попит
occ-breakdown = Увесь розрахунок, рядок за рядком
occ-breakdown-match = Як рахується «Вам підходить»
occ-breakdown-match-hint = Кожен рядок порівнює одну вашу відповідь із професією. Рядок може й зменшувати результат.
occ-breakdown-readiness = Як рахується «Уже виконано»
occ-breakdown-readiness-hint = Кожна вимога дає бали залежно від її важливості та того, наскільки ви її виконуєте.
occ-points = { $points } б.
occ-sum = Разом: { $points } балів, тобто { $score } %
occ-status-met = Виконано
occ-status-partial = Частково
occ-status-missing = Бракує
occ-status-unknown = Без відповіді
occ-match-no-profile = Професія не має профілю рівнів для порівняння. Ця частина рахується нейтральним значенням.
occ-match-no-formal = Професія не має формальних вимог, яких ви не виконуєте.
occ-unanswered = На це ви не відповіли
occ-unanswered-hint = Дайте відповідь тут, і цифри одразу перерахуються.
occ-unanswered-choose = Виберіть рівень
occ-unanswered-skill = { $label }: я це вмію
results-reason = Найсильніше: { $reason }
training-form-komvux = Освіта для дорослих (Komvux)
training-form-yrkesvux = Професійна освіта для дорослих (Yrkesvux)
training-form-labour_market_training = Навчання від служби зайнятості
training-form-validation = Підтвердження кваліфікації (Validering)
training-form-sfi = Шведська для іммігрантів (sfi)
training-form-swedish_second_language = Шведська як друга мова
training-form-folkhogskola = Народна вища школа (Folkhögskola)
training-form-yrkeshogskola = Вища професійна освіта (Yrkeshögskola)
training-form-licence_course = Курс водіння
training-form-other = Інше навчання
wh-search-label = Знайдіть роботу, яку ви виконували
wh-search-hint = Введіть щонайменше дві літери, наприклад «undersköterska» або «svetsare». Назви професій шведською.
wh-results = Знайдені назви професій
wh-no-matches = Жодна назва професії не підходить. Спробуйте інше слово.
wh-add = Додати
wh-picked = Робота, яку ви додали
wh-remove = Видалити { $title }
wh-skills-legend = Що ви робили на посаді «{ $title }»? Позначте те, що робили.
wh-skills-loading = Навички для цієї професії завантажуються …
wh-titles-loading = Назви професій завантажуються …
whole-app-failed = Не вдалося завантажити решту застосунку. Перевірте з’єднання і спробуйте ще раз.
whole-app-retry = Спробувати ще раз
demand-open-file = Відкрити інший файл попиту
demand-open-hint = Регіон або комуна можуть видати власний файл. Він читається тільки тут, на цьому пристрої.
demand-unreachable = Не вдалося отримати файл попиту { $source }, тому використовується попередній. ({ $reason })
demand-dismiss = Закрити повідомлення
kiosk-finish = Завершити й очистити
kiosk-idle-title = Ви ще тут?
kiosk-idle-text = Через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
   *[many] { $seconds } секунд
} усе, що ви відповіли, буде стерто, щоб наступна людина могла почати спочатку.
kiosk-stay = Я ще тут
kiosk-note = Це спільний комп’ютер. Нічого не зберігається, і все стирається, коли ви закінчите.
goal-work = Працювати
goal-study = Навчатися
goal-unsure = Ще не знаю
goal-text = Своїми словами (якщо хочете)
licences-none = У мене немає посвідчення водія
licence-AM = AM – мопед
licence-A1 = A1 – легкий мотоцикл
licence-A2 = A2 – мотоцикл середньої потужності
licence-A = A – мотоцикл
licence-B = B – легковий автомобіль
licence-BE = BE – легковий автомобіль з важким причепом
licence-C1 = C1 – середня вантажівка
licence-C1E = C1E – середня вантажівка з причепом
licence-C = C – важка вантажівка
licence-CE = CE – важка вантажівка з причепом
licence-D1 = D1 – мікроавтобус
licence-D1E = D1E – мікроавтобус з причепом
licence-D = D – автобус
licence-DE = DE – автобус з причепом
lang-add = Додати мову
lang-choose = Виберіть мову
lang-remove = Видалити: { $language }
lang-level-none = Не оцінено
lang-listening = Розуміти, коли говорять інші
lang-reading = Читання
lang-spoken_interaction = Розмова з іншими
lang-spoken_production = Розповідь і опис
lang-writing = Письмо
cefr-A1 = A1 – кілька слів і простих фраз
cefr-A2 = A2 – прості щоденні речі
cefr-B1 = B1 – більшість щоденних ситуацій
cefr-B2 = B2 – більшість ситуацій, також на роботі
cefr-C1 = C1 – вільно, навіть на складні теми
cefr-C2 = C2 – як рідна мова
lang-sv = Шведська
lang-en = Англійська
lang-ar = Арабська
lang-so = Сомалі
lang-ti = Тигринья
lang-prs = Дарі
lang-fa = Перська
lang-uk = Українська
lang-fi = Фінська
lang-ku = Курдська
lang-pl = Польська
lang-es = Іспанська
lang-fr = Французька
lang-de = Німецька
lang-ru = Російська
lang-tr = Турецька
lang-bs = Боснійська
lang-sq = Албанська
lang-th = Тайська
cert-name = Сертифікат, допуск або посвідчення
cert-year = Рік (якщо знаєте)
cert-add = Додати
cert-remove = Видалити: { $name }
cert-year-invalid = Напишіть рік чотирма цифрами, наприклад 2019.
pref-hours = Скільки ви хочете працювати?
pref-full_time = Повний день
pref-part_time = Неповний день
pref-either = Повний або неповний день
pref-shifts = У який час ви можете працювати?
pref-day = Удень
pref-evening = Увечері
pref-night = Уночі
pref-weekend = На вихідних
start-open-profile = Відкрити збережений профіль
start-open-profile-hint = Для кар’єрних консультантів або щоб продовжити на іншому пристрої. Профіль читається тільки тут.
ctx-summary = Докладніше (якщо хочете)
ctx-learned = Де ви цього навчилися?
ctx-learned-work = На роботі
ctx-learned-education = У школі або на курсах
ctx-learned-elsewhere = Інакше, наприклад удома або в громадській організації
ctx-evidence = Чи можете ви це підтвердити?
ctx-evidence-self_assessed = Ні, це моя власна оцінка
ctx-evidence-document = Так, оцінками, сертифікатом або рекомендацією
ctx-evidence-validated = Так, я пройшов (пройшла) підтвердження кваліфікації
ctx-wants = Чого ви хочете?
ctx-wants-use = Хочу працювати з цим
ctx-wants-learn = Хочу дізнатися про це більше

## Handing the profile over
results-handover = Візьміть свій профіль до консультанта
handover-title = Візьміть свій профіль із собою
handover-intro = Виберіть, що включити. Потім збережіть профіль як файл, роздрукуйте його або покажіть як QR-код. Нічого нікуди не надсилається.
handover-parts = Що включено
part-goal = Мета
part-education = Освіта
part-work_history = Робота, яку ви виконували
part-languages = Мови
part-licences = Посвідчення водія
part-skills = Знання та навички
part-certificates = Сертифікати та посвідчення
part-preferences = Бажаний час і місце роботи
part-matches = Професії, які вам підходять
handover-download = Зберегти як файл
handover-print = Друкувати
handover-qr = Показати QR-код
handover-kiosk = На спільному комп’ютері файл не зберігається. Роздрукуйте профіль або скануйте QR-код своїм телефоном.
handover-saved = Профіль збережено як { $file }.
handover-save-failed = Не вдалося зберегти профіль: { $reason }
handover-qr-hint = Скануйте код камерою телефона. Kompetenskoll відкриється з вашим профілем, тільки на тому телефоні.
handover-qr-link = Посилання з вашим профілем
handover-qr-making = QR-код створюється …
handover-preview = Так виглядатиме роздруківка
handover-back = Назад до професій
printout-title = Мій профіль компетенцій
printout-qr = Скануйте код, щоб відкрити профіль у Kompetenskoll.
qr-label = QR-код з вашим профілем
qr-too-large = Профіль завеликий для QR-коду. Вилучіть кілька частин вище або збережіть його як файл.

## The profile, as a coach reads it
summary-created = Створено { $date }
summary-none = Немає відповіді
summary-unanswered = Без відповіді
summary-goal = Мета
summary-education = Освіта
summary-work-history = Робота
summary-years = { $years ->
    [one] { $years } рік
    [few] { $years } роки
   *[many] { $years } років
}
summary-languages = Мови
summary-language = Мова
summary-licences = Посвідчення водія
summary-skills = Знання та навички
summary-self-assessed = Самооцінка: рівні – це власна оцінка шукача роботи.
summary-skill = Галузь
summary-level = Рівень
summary-learned = Де навчився
summary-level-value = { $level } – { $label }
summary-evidence = Чи можна підтвердити
summary-evidence-self = Власна оцінка
summary-evidence-document = Оцінки, сертифікат або рекомендація
summary-evidence-validated = Підтверджено
summary-specific-skills = Робив (робила)
summary-certificate-year = { $name } ({ $year })
summary-certificates = Сертифікати та посвідчення
summary-preferences = Побажання
summary-matches = Найкраще підходять
summary-match-line = Підходить на { $score } %, уже виконано { $readiness } %
summary-demand = Джерело: { $publisher }, опубліковано { $published }, контрольна сума { $hash }
goal-own_business = Почати власну справу

## Opening a profile (coach's view)
coach-title = Профіль
coach-from-file = Відкрито з файлу { $file }, створено { $date }.
coach-from-code = Відкрито з QR-коду, створено { $date }.
coach-other-questionnaire = Профіль створено з анкетою { $theirs }; тут використовується { $ours }.
coach-other-demand = Профіль створено за файлом попиту від { $theirs } (опубліковано { $published }, контрольна сума { $hash }). Професії нижче розраховано за файлом, що використовується тут.
coach-unread-ratings = Самооцінок з іншої версії анкети, які не можна тут показати: { $count }.
coach-unread-jobs = Місць роботи з іншої версії списку назв, які не можна тут показати: { $count }.
coach-unread-skills = Навичок з іншого файлу попиту, які не можна тут показати: { $count }.
coach-next-step = Хто може допомогти з наступним кроком?
coach-next-step-hint = Пропозиція на основі відповідей, а не рішення.
coach-adult-education = Консультант з освіти дорослих
coach-labour-market = Консультант з питань ринку праці
coach-business = Консультант з підприємництва
reason-wants-to-study = Хоче навчатися.
reason-own-business = Хоче почати власну справу.
reason-ready-for-work = Уже відповідає більшості вимог найвідповіднішої професії і може шукати роботу.
reason-gaps-training = Є прогалини, які закриє навчання.
reason-swedish = Можливо, потрібно покращити шведську.
reason-goal-unclear = Чіткої мети ще немає: перша розмова про подальший шлях.
coach-see-results = Переглянути всі професії
coach-continue = Продовжити відповідати
coach-answers = Відповіді
coach-saved-matches = Професії, які бачив шукач роботи
profile-code-newer = QR-код створено новішою версією Kompetenskoll, тут його не можна прочитати.
profile-code-invalid = Не вдалося прочитати QR-код. Скануйте його ще раз або попросіть профіль у вигляді файлу.

## Offline and updates
update-ready = Доступна нова версія Kompetenskoll. Ваші відповіді збережуться після оновлення.
update-now = Оновити зараз

## Deleting everything
delete-title = Видалити все
delete-hint = Видаляє ваші відповіді та вибір мови з цього пристрою. Ніде більше їх немає.
delete-button = Видалити все про мене на цьому пристрої
delete-confirm = Видалити все? Цю дію не можна скасувати.
delete-yes = Так, видалити все
delete-cancel = Скасувати
deleted-title = Видалено з цього пристрою:
deleted-answers = ваші збережені відповіді
deleted-language = ваш вибір мови
deleted-nothing = нічого – нічого не було збережено
deleted-not-files = Файли, які ви зберегли самі, наприклад профіль, залишаються там, де ви їх зберегли.
q-read-aloud = Прочитати запитання вголос

## Languages
q-also-swedish = Показувати запитання також шведською
untranslated-mark = (шведською)
language-load-failed = Не вдалося завантажити мову { $language }: { $reason }

# Why a file was refused: one plain sentence, then the details.
refused-too-large = { $file } має { $size } МБ і не відкривається. Найбільший файл, який можна відкрити тут, — { $max } МБ.
refused-damaged = { $file } пошкоджений, його не можна прочитати. Можливо, надійшла лише частина файлу.
refused-not-ours = { $file } — не файл Kompetenskoll.
refused-other-kind = { $file } — це { $found ->
    [demand] файл попиту
    [profile] профіль
   *[other] анкета
}, а не { $kind ->
    [demand] файл попиту
    [profile] профіль
   *[other] анкета
}.
refused-newer = { $file } створено новішою версією Kompetenskoll. Оновіть застосунок і спробуйте ще раз.
refused-unknown = { $file } — файл такого типу, якого Kompetenskoll не знає.
refused-invalid = У { $file } { $count ->
    [one] { $count } помилка
    [few] { $count } помилки
   *[other] { $count } помилок
}, його не можна використати.
refused-unreadable = Не вдалося прочитати { $file } на цьому пристрої.
refused-details = Показати подробиці (для автора файлу)
demand-kept = Попередній файл попиту досі використовується.

# The adaptive short path: one rating a screen, chosen from the answers.
start-estimate-adaptive = Щонайбільше { $items } запитань, приблизно { $minutes } хв
q-choosing = Вибираємо ваше наступне запитання …
q-results-now = Показати результати зараз
q-all-questions = Натомість відповісти на всі запитання
q-rating-progress = Запитання { $n } з приблизно { $total }
q-adaptive-why = Кожне запитання вибираємо з огляду на ваші відповіді.

# The matching centre: many profiles against one need (never at a kiosk).
centre-open = Центр підбору: порівняйте багато профілів з однією потребою
centre-title = Центр підбору
centre-intro = Тут ви порівнюєте профілі багатьох людей з потребою роботодавця. Профілі залишаються в цій вкладці й зникають, коли ви її закриєте. Нічого нікуди не надсилається.
centre-profiles = Профілі
centre-pick = Відкрити файли профілів
centre-pick-hint = Можна вибрати багато файлів одразу або перетягнути їх сюди.
centre-count = Відкрито профілів: { $count }.
centre-refused = Не вдалося відкрити файлів: { $count }.
centre-duplicate = { $file } уже є в списку.
centre-remove = Видалити { $file }
centre-remove-all = Видалити всі профілі
centre-need = Потреба
centre-need-label = Професія, потрібна роботодавцю
centre-need-choose = Виберіть професію
centre-fits = Хто підходить
centre-no-profiles = Відкрийте профілі й виберіть професію, щоб побачити, хто підходить.
centre-waiting = Обчислюємо …
centre-filter = Показати
centre-filter-all = Усіх
centre-filter-weeks = Готові протягом { $weeks } тижнів навчання
centre-none-fit = Жоден профіль не відповідає цьому вибору.
centre-ready-now = Готові зараз
centre-after-training = Готові після навчання, тижнів: { $weeks }
centre-far = Далі
centre-route-none = Навчання не потрібне
centre-little-known = Поки відомо замало
centre-col-profile = Профіль
centre-col-nearness = Наскільки близько
centre-col-readiness = Відповідає вимогам
centre-col-match = Підходить
centre-col-gaps = Прогалини
centre-col-route = Найкоротше навчання
centre-col-after = Після навчання
centre-col-work = Шукає роботу
centre-percent = { $percent } %
centre-yes = Так
