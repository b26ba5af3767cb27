# Swedish is the source language: every key here must exist in every other locale.
locale-name = Svenska
app-title = Kompetenskoll
app-tagline = Se vad du redan kan och vilka yrken som söker folk just nu.
app-intro = Du svarar på frågor om vad du kan och har gjort. Sedan visar Kompetenskoll vilka yrken som passar dig, vad som saknas och vilken utbildning som kan hjälpa dig dit.
privacy-promise = Dina svar stannar på den här enheten. Ingenting skickas någonstans om du inte själv lämnar över det.
language-label = Språk
skip-to-content = Hoppa till innehållet
footer-attribution = Innehåller information från O*NET 29.2 (USDOL/ETA, CC BY 4.0) och JobTech Taxonomy (Arbetsförmedlingen, CC0).
nav-about-data = Om datan
nav-back = Tillbaka till start
about-title = Om datan
about-intro = Här ser du vilka filer Kompetenskoll använder, vem som har gjort dem och var uppgifterna kommer ifrån.
about-demand-heading = Efterfrågefilen
about-demand-choose = Välj efterfrågefil
about-loading = Laddar …
about-load-failed = Filen { $file } kunde inte läsas: { $reason }
about-publisher = Utgivare
about-region = Område
about-published = Publicerad
about-valid-until = Giltig till
about-expired = Filen gällde till { $date }. Uppgifterna kan vara inaktuella.
about-licence = Licens
about-contents = Innehåll
about-counts = { $occupations } yrken, { $skills } kompetenser och { $trainings } utbildningar
about-attribution = Källhänvisning
about-sources = Källor
about-questionnaire-heading = Frågorna
about-questionnaire-counts = { $items } frågor om vad du kan, varav { $short } i den korta versionen
about-version = Version
demand-file-sverige = Sverige — alla yrken
demand-file-varmland = Värmland (exempel)
start-short = Kort version
start-full = Alla frågor
start-estimate = { $items } frågor, cirka { $minutes } minuter
start-begin-short = Börja med den korta versionen
start-begin-full = Börja med alla frågor
start-continue = Fortsätt där du slutade
start-over = Börja om från början
start-loading = Frågorna laddas …
start-restore-failed = Dina sparade svar kunde inte läsas in, så du får börja om.
start-restore-dismiss = Okej
content-failed = Frågorna kunde inte laddas: { $reason }
q-progress = Del { $n } av { $total }
q-back = Tillbaka
q-next = Nästa
q-skip = Hoppa över
q-finish = Visa resultat
q-dont-know = Vet inte
q-level-option = { $label }: { $example }
q-same-level = Du har gett nästan alla frågor samma svar. Fundera på vad du är allra bäst på och vad du inte har provat – då blir matchningen bättre.
q-saved = Dina svar sparas bara på den här enheten medan du svarar.
q-education-none = Vill inte svara
results-title = Yrken som passar dig
results-intro = Yrkena är ordnade efter hur väl de passar det du har svarat. Du ser också hur mycket av kraven du redan uppfyller och hur efterfrågan ser ut.
results-file = Efterfrågefil: { $title } från { $publisher }, publicerad { $published }, giltig till { $valid }
results-expired = Efterfrågefilen gällde till { $date }. Efterfrågan kan ha ändrats.
results-controls = Sortera och välj yrkesområde
results-sort = Sortera efter
results-sort-match = Hur väl yrket passar dig
results-sort-readiness = Hur mycket du redan uppfyller
results-sort-demand = Efterfrågan
results-in-demand-only = Visa bara yrken där det finns efterfrågan
results-field = Yrkesområde
results-field-all = Alla yrkesområden
results-match = Passar dig: { $score } %
results-readiness = Redan uppfyllt: { $score } %
results-demand-unknown = Efterfrågan: okänd
results-none = Inga yrken passar filtret.
results-more = Visa fler yrken
results-edit = Ändra dina svar
results-loading = Efterfrågefilen laddas …
outlook-recruitment-shortage = Brist på arbetskraft
outlook-recruitment-balance = Balans mellan sökande och jobb
outlook-recruitment-surplus = Fler sökande än jobb
outlook-opportunities-large = Stora möjligheter till arbete
outlook-opportunities-medium = Medelstora möjligheter till arbete
outlook-opportunities-small = Små möjligheter till arbete
outlook-five-year-increase = Efterfrågan väntas öka de närmaste fem åren
outlook-five-year-unchanged = Efterfrågan väntas vara oförändrad de närmaste fem åren
outlook-five-year-decrease = Efterfrågan väntas minska de närmaste fem åren
outlook-county = Län { $county }
outlook-assessed = Bedömning för { $year }
outlook-ahead = Utsikter för { $year }
outlook-source = Källa: { $source }
outlook-summary = Efterfrågan: { $outlook } ({ $source }, { $year })
outlook-national = Hela Sverige
occ-back = Tillbaka till listan
occ-skill-line = { $label }
occ-language-line = { $language }: nivå { $level }
occ-licence-line = Körkort { $category }
occ-trainings = Utbildningar som kan ta dig dit
occ-training-closes = Tar bort { $count } av luckorna
occ-what-if = Vad händer om jag går den?
occ-what-if-result = Med utbildningen uppfyller du { $after } % av kraven (nu { $before } %).
occ-note = Att tänka på
level-step = { $word } ({ $step })
occ-level-line = { $label }: du har { $have }, yrket behöver { $need }
occ-level-line-unknown = { $label }: yrket behöver { $need }
occ-education-line = Utbildning: { $level }
occ-education-line-isced = Utbildning på nivå { $isced } (ISCED)
occ-match-means = Hur lika dina svar är det yrket kräver.
occ-readiness-means = Hur mycket av yrkets krav du redan uppfyller.
occ-reasons = Därför passar yrket dig
occ-gaps = Det här saknas mest
occ-no-gaps = Inget viktigt saknas.
occ-gap-training = { $training } ({ $form }, { $weeks ->
    [one] { $weeks } vecka
   *[other] { $weeks } veckor
})
occ-gap-training-no-weeks = { $training } ({ $form })
occ-gap-no-training = Ingen utbildning i efterfrågefilen tar bort den här luckan.
occ-gap-skills = Du har inte bockat i { $count } av yrkets { $total } kompetenser.
occ-demand = Efterfrågan
occ-breakdown = Hela uträkningen, rad för rad
occ-breakdown-match = Så räknas ”Passar dig”
occ-breakdown-match-hint = Varje rad jämför ett av dina svar med yrket. En rad kan dra ner.
occ-breakdown-readiness = Så räknas ”Redan uppfyllt”
occ-breakdown-readiness-hint = Varje krav ger poäng efter hur viktigt det är och hur mycket av det du uppfyller.
occ-points = { $points } p
occ-sum = Summa: { $points } poäng, alltså { $score } %
occ-status-met = Uppfyllt
occ-status-partial = Delvis
occ-status-missing = Saknas
occ-status-unknown = Inte svarat
occ-match-no-profile = Yrket har ingen nivåprofil att jämföra med. Den delen räknas med ett neutralt värde.
occ-match-no-formal = Yrket har inga formella krav som du inte uppfyller.
occ-unanswered = Du har inte svarat om det här
occ-unanswered-hint = Svara här, så räknas siffrorna om direkt.
occ-unanswered-choose = Välj en nivå
occ-unanswered-skill = { $label }: jag kan det här
results-reason = Starkast: { $reason }
training-form-komvux = Komvux
training-form-yrkesvux = Yrkesvux
training-form-labour_market_training = Arbetsmarknadsutbildning
training-form-validation = Validering
training-form-sfi = Sfi
training-form-swedish_second_language = Svenska som andraspråk
training-form-folkhogskola = Folkhögskola
training-form-yrkeshogskola = Yrkeshögskola
training-form-licence_course = Körkortsutbildning
training-form-other = Annan utbildning
wh-search-label = Sök på ett jobb du har haft
wh-search-hint = Skriv minst två bokstäver, till exempel ”undersköterska” eller ”svetsare”.
wh-results = Yrkestitlar som matchar
wh-no-matches = Ingen yrkestitel matchar. Prova ett annat ord.
wh-groups = Yrken med det namnet på ditt språk: välj din yrkestitel på svenska
wh-add = Lägg till
wh-picked = Jobb du har lagt till
wh-remove = Ta bort { $title }
wh-skills-legend = Vad har du gjort som { $title }? Bocka för det du har gjort.
wh-skills-loading = Kompetenserna för yrket laddas …
wh-titles-loading = Yrkestitlarna laddas …
whole-app-failed = Resten av appen kunde inte laddas. Kontrollera anslutningen och försök igen.
whole-app-retry = Försök igen
demand-open-file = Öppna en annan efterfrågefil
demand-open-hint = En region eller kommun kan ge ut en egen fil. Den läses bara här på enheten.
demand-unreachable = Efterfrågefilen { $source } kunde inte hämtas, så den tidigare filen används. ({ $reason })
demand-dismiss = Stäng meddelandet
kiosk-finish = Avsluta och rensa
kiosk-idle-title = Är du kvar?
kiosk-idle-text = Om { $seconds ->
    [one] en sekund
   *[other] { $seconds } sekunder
} rensas allt du har svarat, så att nästa person kan börja från början.
kiosk-stay = Jag är kvar
kiosk-note = Det här är en gemensam dator. Ingenting sparas, och allt rensas när du är klar.
goal-work = Jobba
goal-study = Studera
goal-unsure = Vet inte än
goal-text = Med egna ord (om du vill)
licences-none = Jag har inget körkort
licence-AM = AM – moped klass I
licence-A1 = A1 – lätt motorcykel
licence-A2 = A2 – mellanstor motorcykel
licence-A = A – motorcykel
licence-B = B – personbil
licence-BE = BE – personbil med tungt släp
licence-C1 = C1 – medeltung lastbil
licence-C1E = C1E – medeltung lastbil med släp
licence-C = C – tung lastbil
licence-CE = CE – tung lastbil med släp
licence-D1 = D1 – mindre buss
licence-D1E = D1E – mindre buss med släp
licence-D = D – buss
licence-DE = DE – buss med släp
lang-add = Lägg till ett språk
lang-choose = Välj språk
lang-remove = Ta bort { $language }
lang-level-none = Inte bedömt
lang-listening = Förstå när andra pratar
lang-reading = Läsa
lang-spoken_interaction = Prata med andra
lang-spoken_production = Berätta och beskriva
lang-writing = Skriva
cefr-A1 = A1 – några ord och enkla fraser
cefr-A2 = A2 – enkla vardagliga saker
cefr-B1 = B1 – klarar det mesta i vardagen
cefr-B2 = B2 – klarar det mesta, även på jobbet
cefr-C1 = C1 – flytande, även svåra ämnen
cefr-C2 = C2 – som en person med språket som modersmål
lang-sv = Svenska
lang-en = Engelska
lang-ar = Arabiska
lang-so = Somaliska
lang-ti = Tigrinja
lang-prs = Dari
lang-fa = Persiska
lang-uk = Ukrainska
lang-fi = Finska
lang-ku = Kurdiska
lang-pl = Polska
lang-es = Spanska
lang-fr = Franska
lang-de = Tyska
lang-ru = Ryska
lang-tr = Turkiska
lang-bs = Bosniska
lang-sq = Albanska
lang-th = Thailändska
cert-name = Certifikat, behörighet eller intyg
cert-year = År (om du vet)
cert-add = Lägg till
cert-remove = Ta bort { $name }
cert-year-invalid = Skriv året med fyra siffror, till exempel 2019.
pref-municipalities = Var vill du jobba?
pref-municipality = Kommun
pref-municipality-choose = Välj en kommun
pref-municipality-add = Lägg till kommunen
pref-municipality-remove = Ta bort { $name }
pref-hours = Hur mycket vill du jobba?
pref-full_time = Heltid
pref-part_time = Deltid
pref-either = Heltid eller deltid
pref-shifts = Vilka tider kan du jobba?
pref-day = Dagtid
pref-evening = Kväll
pref-night = Natt
pref-weekend = Helger
start-open-profile = Öppna en sparad profil
start-open-profile-hint = För dig som är coach, eller för att fortsätta på en annan enhet. Profilen läses bara här.
ctx-summary = Mer om det här (om du vill)
ctx-learned = Var har du lärt dig det?
ctx-learned-work = På jobbet
ctx-learned-education = I skolan eller en utbildning
ctx-learned-elsewhere = På annat sätt, till exempel hemma eller i en förening
ctx-evidence = Kan du visa det?
ctx-evidence-self_assessed = Nej, det är min egen bedömning
ctx-evidence-document = Ja, med betyg, intyg eller referens
ctx-evidence-validated = Ja, jag har gjort en validering
ctx-wants = Vad vill du?
ctx-wants-use = Jag vill jobba med det här
ctx-wants-learn = Jag vill lära mig mer om det här

## Handing the profile over
results-handover = Ta med din profil till en coach
handover-title = Ta med din profil
handover-intro = Välj vad som ska vara med. Sedan kan du spara profilen som fil, skriva ut den eller visa den som QR-kod. Inget skickas någonstans.
handover-parts = Det här är med
part-goal = Mål
part-education = Utbildning
part-work_history = Jobb du har haft
part-languages = Språk
part-licences = Körkort
part-skills = Kunskaper och färdigheter
part-certificates = Certifikat och intyg
part-preferences = Önskemål om arbetstid och plats
part-matches = Yrken som passar dig
handover-download = Spara som fil
handover-print = Skriv ut
handover-qr = Visa QR-kod
handover-kiosk = På en delad dator sparas ingen fil. Skriv ut profilen eller skanna QR-koden med din mobil.
handover-saved = Profilen sparades som { $file }.
handover-save-failed = Profilen kunde inte sparas: { $reason }
handover-qr-hint = Skanna koden med mobilkameran. Då öppnas Kompetenskoll med din profil, bara på den mobilen.
handover-qr-link = Länk med din profil
handover-qr-making = QR-koden görs …
handover-preview = Så här ser utskriften ut
handover-back = Tillbaka till yrkena
printout-title = Min kompetensprofil
printout-qr = Skanna koden för att öppna profilen i Kompetenskoll.
qr-label = QR-kod med din profil
qr-too-large = Profilen är för stor för en QR-kod. Ta bort några delar ovan, eller spara den som fil.

## The profile, as a coach reads it
summary-created = Gjord { $date }
summary-none = Inget svar
summary-unanswered = Inte besvarat
summary-goal = Mål
summary-education = Utbildning
summary-work-history = Jobb
summary-years = { $years } år
summary-languages = Språk
summary-language = Språk
summary-licences = Körkort
summary-skills = Kunskaper och färdigheter
summary-self-assessed = Självskattat: nivåerna är den sökandes egen bedömning.
summary-skill = Område
summary-level = Nivå
summary-learned = Lärt sig
summary-level-value = { $level } – { $label }
summary-evidence = Kan visas
summary-evidence-self = Egen bedömning
summary-evidence-document = Betyg, intyg eller referens
summary-evidence-validated = Validerat
summary-coach-evidence = Underlag som en vägledare har sett
summary-backing = { $item }: { $kind }, { $by }, { $on }
summary-backing-how = { $item }: { $kind }, { $by }, { $on }. { $how }
summary-specific-skills = Har gjort
summary-certificate-year = { $name } ({ $year })
summary-certificates = Certifikat och intyg
summary-preferences = Önskemål
summary-matches = Yrken som passar bäst
summary-match-line = Passar { $score } %, redan uppfyllt { $readiness } %
summary-demand = Underlag: { $publisher }, publicerat { $published }, kontrollsumma { $hash }
goal-own_business = Starta eget företag

## Opening a profile (coach's view)
coach-title = Profil
coach-from-file = Öppnad från filen { $file }, gjord { $date }.
coach-from-code = Öppnad från en QR-kod, gjord { $date }.
coach-other-questionnaire = Profilen gjordes med frågeformuläret { $theirs }; här används { $ours }.
coach-other-demand = Profilen gjordes mot underlaget från { $theirs } (publicerat { $published }, kontrollsumma { $hash }). Yrkena nedan räknas mot underlaget som används här.
coach-unread-ratings = { $count ->
    [one] En självskattning gjordes med en annan version av frågeformuläret och kan inte visas här.
   *[other] { $count } självskattningar gjordes med en annan version av frågeformuläret och kan inte visas här.
}
coach-unread-jobs = { $count ->
    [one] Ett jobb valdes ur en annan version av yrkeslistan och kan inte visas här.
   *[other] { $count } jobb valdes ur en annan version av yrkeslistan och kan inte visas här.
}
coach-unread-skills = { $count ->
    [one] En kompetens hör till ett annat underlag och kan inte visas här.
   *[other] { $count } kompetenser hör till ett annat underlag och kan inte visas här.
}
coach-next-step = Vem kan hjälpa till med nästa steg?
coach-next-step-hint = Ett förslag utifrån svaren, inte ett beslut.
coach-adult-education = Vuxenutbildningscoach
coach-labour-market = Arbetsmarknadscoach
coach-business = Företagscoach
reason-wants-to-study = Vill studera.
reason-own-business = Vill starta eget företag.
reason-ready-for-work = Uppfyller redan det mesta i det yrke som passar bäst och kan börja söka jobb.
reason-gaps-training = Det finns luckor som en utbildning kan ta bort.
reason-swedish = Kan behöva stärka sin svenska.
reason-goal-unclear = Har inget tydligt mål än: ett första samtal om vägen framåt.
coach-see-results = Se alla yrken
coach-continue = Fortsätt svara
coach-add-to-centre = Lägg till i matchningscentrets lista
coach-answers = Svaren
coach-saved-matches = Yrkena som den sökande såg
profile-code-newer = QR-koden är gjord med en nyare version av Kompetenskoll och kan inte läsas här.
profile-code-invalid = QR-koden kunde inte läsas. Skanna den igen, eller be om profilen som fil.

## Offline and updates
update-ready = En ny version av Kompetenskoll finns. Dina svar finns kvar när du uppdaterar.
update-now = Uppdatera nu

## Deleting everything
delete-title = Radera allt
delete-hint = Tar bort dina svar och ditt språkval från den här enheten. Inget av det finns någon annanstans.
delete-button = Radera allt om mig på den här enheten
delete-confirm = Vill du radera allt? Det går inte att ångra.
delete-yes = Ja, radera allt
delete-cancel = Avbryt
deleted-title = Raderat från den här enheten:
deleted-answers = dina sparade svar
deleted-language = ditt språkval
deleted-nothing = inget – det fanns inget sparat
deleted-not-files = Filer du har sparat själv, till exempel en profil, ligger kvar där du sparade dem.
q-read-aloud = Läs upp frågan

## Languages
q-also-swedish = Visa frågorna också på svenska
untranslated-mark = (på svenska)
language-load-failed = Språket { $language } kunde inte laddas: { $reason }

# Why a file was refused: one plain sentence, then the details.
refused-too-large = { $file } är { $size } MB och öppnas inte. Den största fil som kan öppnas här är { $max } MB.
refused-damaged = { $file } är skadad och kan inte läsas. Kanske kom bara en del av filen med.
refused-not-ours = { $file } är ingen fil från Kompetenskoll.
refused-other-kind = { $file } är { $found ->
    [demand] en efterfrågefil
    [profile] en profil
   *[other] ett frågeformulär
}, inte { $kind ->
    [demand] en efterfrågefil
    [profile] en profil
   *[other] ett frågeformulär
}.
refused-newer = { $file } är gjord med en nyare version av Kompetenskoll. Uppdatera appen och försök igen.
refused-unknown = { $file } är en fil av ett slag som Kompetenskoll inte känner till.
refused-invalid = { $file } har { $count ->
    [one] ett fel
   *[other] { $count } fel
} och kan inte användas.
refused-unreadable = { $file } kunde inte läsas på den här enheten.
refused-details = Visa detaljerna (för den som har gjort filen)
demand-kept = Den tidigare efterfrågefilen används fortfarande.

# The adaptive short path: one rating a screen, chosen from the answers.
start-estimate-adaptive = Högst { $items } frågor, cirka { $minutes } minuter
q-choosing = Väljer nästa fråga …
q-results-now = Visa resultat nu
q-all-questions = Svara på alla frågor i stället
q-rating-progress = Fråga { $n } av ungefär { $total }
q-adaptive-why = Varje fråga väljs utifrån dina svar hittills.

# The matching centre: many profiles against one need (never at a kiosk).
centre-open = Matchningscenter: jämför många profiler med ett behov
centre-title = Matchningscenter
centre-intro = Här jämför du många personers profiler med ett behov hos en arbetsgivare. Profilerna stannar i den här fliken och försvinner när du stänger den, om du inte sparar listan krypterad på enheten. Inget skickas någonstans.
centre-profiles = Profiler
centre-pick = Öppna profilfiler
centre-pick-hint = Du kan välja många filer på en gång eller dra hit dem.
centre-count = { $count ->
    [one] En profil är öppen.
   *[other] { $count } profiler är öppna.
}
centre-refused = { $count ->
    [one] En fil kunde inte öppnas:
   *[other] { $count } filer kunde inte öppnas:
}
centre-duplicate = { $file } finns redan i listan.
centre-remove = Ta bort { $file }
centre-remove-all = Ta bort alla profiler
centre-need = Behov
centre-need-label = Yrke som arbetsgivaren behöver
centre-need-choose = Välj ett yrke
centre-need-open = Eller öppna ett behov som sparats som fil
centre-need-from-file = Behovet kommer från filen { $file }.
centre-fits = Vem passar
centre-no-profiles = Öppna profiler och välj ett yrke för att se vem som passar.
centre-waiting = Räknar …
centre-shortlist-failed = Profilerna kunde inte jämföras med det här behovet. Välj behovet igen.
centre-filter = Visa
centre-filter-all = Alla
centre-filter-weeks = Redo inom { $weeks } veckors utbildning
centre-none-fit = Ingen profil passar det här urvalet.
centre-ready-now = Redo nu
centre-after-training = { $weeks ->
    [one] Redo efter en veckas utbildning
   *[other] Redo efter { $weeks } veckors utbildning
}
centre-far = Längre bort
centre-route-none = Ingen utbildning behövs
centre-little-known = Vet för lite än
centre-col-profile = Profil
centre-col-nearness = Hur nära
centre-col-readiness = Uppfyller kraven
centre-col-match = Passar
centre-col-gaps = Luckor
centre-col-route = Kortaste utbildningen
centre-col-after = Uppfyller efter utbildningen
centre-col-wants = Vill
centre-col-backed = Styrkt
centre-shown = Här visas de { $shown } som är närmast av { $count }. CSV-filen har alla som filtret visar.
centre-show-all = Visa alla { $count }
centre-why = { $figure }: varför?
centre-why-title = Varför { $who } får de här siffrorna för { $need }
centre-why-close = Stäng förklaringen
centre-backed = { $validated } av { $claimed } validerade, { $documented } med intyg
centre-view-profile = Visa { $file } med svar, underlag och resultat
centre-save-profile = Spara { $file } med underlaget
centre-evidence-title = Underlag
centre-evidence-intro = Skriv in vad som styrker det personen säger att hen kan. Personens egen bedömning ändras inte. Underlaget följer med profilen.
centre-evidence-seeker = Person
centre-evidence-item = Kunskap som yrket behöver
centre-evidence-kind = Vad styrker det?
centre-evidence-validated = Validerat
centre-evidence-document = Jag har sett betyg, intyg eller referens
centre-evidence-self = Inget, bara personens egen bedömning
centre-evidence-by = Vem såg eller validerade det?
centre-evidence-missing-by = Skriv vem som såg eller validerade det.
centre-evidence-how = Hur? Till exempel vilket intyg eller vilken validering
centre-evidence-on = Datum
centre-evidence-save = Spara underlaget
centre-evidence-none = Personen säger inte att hen kan något som yrket behöver. Det finns inget att styrka.
centre-evidence-own-level = Personens egen bedömning: { $level }
centre-evidence-own-skill = Personen har själv kryssat i den.
centre-percent = { $percent } %
centre-wants-work = Söker arbete
centre-wants-this = Vill ha det här jobbet
centre-wants-here = Vill jobba i { $place }
centre-wants-elsewhere = Vill jobba i andra kommuner
centre-wants-use = Saker jobbet kräver som hen vill arbeta med: { $count }
centre-wants-learn = Saker jobbet kräver som hen vill lära sig mer om: { $count }
centre-supply = Tillgång mot efterfrågan
centre-supply-intro = Hur många av dina profiler som är redo nu eller inom { $weeks } veckors utbildning för yrken där efterfrågefilen säger att det är brist.
centre-supply-show = Visa tillgång mot efterfrågan
centre-supply-caption = Dina profiler mot bristyrken, { $date }
centre-supply-further = Längre bort
centre-supply-counts = { $ready } redo nu, { $within } inom { $weeks } veckor, { $further } längre bort
centre-supply-none = Ingen av dina profiler är nära något bristyrke ännu.
centre-supply-print = Skriv ut diagrammet
centre-need-edit = Anpassa behovet efter arbetsgivaren
centre-need-employer = Arbetsgivare
centre-need-place = Ort
centre-need-licences = Körkort som krävs
centre-need-swedish = Svenska som krävs
centre-need-education = Utbildning som krävs
centre-need-levels = Nivåer som krävs
centre-need-levels-hint = Det som väger mest i yrket. Välj den nivå arbetsgivaren behöver, eller Inget krav.
centre-need-skills = Kunskaper som krävs
centre-need-skills-hint = Välj om arbetsgivaren kräver kunskapen, om den är meriterande, eller Inget krav.
centre-need-skill-essential = Krävs
centre-need-skill-wanted = Meriterande
centre-need-none = Inget krav
centre-need-save = Spara behovet som fil
centre-need-save-hint = Filen är en efterfrågefil i samma format som regionernas. Den kan kontrolleras med kommandoradsverktyget och publiceras.
centre-label-for = Etikett för { $file }
centre-unlabelled = Profil { $number }
centre-print = Skriv ut listan
centre-csv = Spara listan som CSV-fil
centre-out-hint = Utskriften och CSV-filen visar dina etiketter, inte filnamnen. Skriv bara ett namn som etikett om personen vill det.
centre-print-title = Vem passar som { $need }, { $date }
centre-made = Gjord { $date }
centre-old = Äldre än { $months } månader: överväg att radera
centre-old-label = Markera profiler som är äldre än
centre-months = { $months } månader
centre-keep-title = Spara listan på den här enheten
centre-keep-intro = Listan krypteras med en lösenfras som du väljer. Utan lösenfrasen kan ingen läsa listan, inte du heller.
centre-keep-passphrase = Lösenfras
centre-keep-passphrase-hint = Minst { $count } tecken. Skriv upp den på ett säkert ställe.
centre-keep-again = Skriv lösenfrasen igen
centre-keep-button = Spara listan krypterad
centre-keep-locked = En sparad lista finns på den här enheten. Skriv lösenfrasen för att öppna den.
centre-keep-open = Öppna den sparade listan
centre-keep-kept = Listan är sparad krypterad på den här enheten. Varje ändring sparas.
centre-keep-export = Spara den krypterade listan som fil
centre-keep-delete = Radera den sparade listan och alla profiler
centre-keep-bring-in = Öppna en sparad lista från en fil
centre-keep-working = Krypterar …
centre-keep-wrong = Lösenfrasen öppnar inte den sparade listan. Listan finns kvar.
centre-keep-short = Lösenfrasen är för kort. Den behöver minst { $count } tecken.
centre-keep-mismatch = Lösenfraserna är inte lika. Skriv samma två gånger.
centre-keep-not-a-store = Filen är inte en sparad lista från Kompetenskoll.
centre-keep-newer = Listan är sparad av en nyare version av Kompetenskoll. Uppdatera appen och försök igen.
centre-keep-damaged = Den sparade listan är skadad och kan inte öppnas.
centre-keep-unavailable = Den här webbläsaren kan inte kryptera här. Öppna appen via https.
centre-keep-no-room = Listan kunde inte sparas på den här enheten: webbläsaren har inte plats för den. Profilerna är kvar i den här fliken.
centre-qr-profile = Profil från QR-kod { $made }
