# Lättläst svenska (easy-to-read Swedish).
# Korta meningar, en sak i taget, vanliga ord, "du" till läsaren, inga förkortningar
# som inte förklaras. Status: utkast från utvecklingsteamet, ska granskas av en
# lättläst-skribent innan det kallas färdigt (se README, Språk).
locale-name = Lättläst svenska
app-title = Kompetenskoll
app-tagline = Se vad du kan. Se vilka jobb som behöver folk nu.
app-intro = Du svarar på frågor om vad du kan. Du svarar också på frågor om vad du har gjort. Sedan visar Kompetenskoll vilka jobb som passar dig. Du ser också vad du behöver lära dig och vilken utbildning som finns.
privacy-promise = Dina svar stannar i den här datorn eller mobilen. Vi skickar inte dina svar till någon. Bara du kan ge dem till någon.
language-label = Språk
skip-to-content = Gå direkt till innehållet
footer-attribution = Här finns uppgifter från O*NET 29.2 (USDOL/ETA, CC BY 4.0) och JobTech Taxonomy (Arbetsförmedlingen, CC0).
nav-about-data = Om uppgifterna
nav-back = Tillbaka till början
about-title = Om uppgifterna
about-intro = Här ser du vilka filer Kompetenskoll använder. Du ser också vem som har gjort filerna och var uppgifterna kommer från.
about-demand-heading = Filen om jobb som behöver folk
about-demand-choose = Välj fil om jobb
about-loading = Vänta lite …
about-load-failed = Det gick inte att läsa filen { $file }. Felet: { $reason }
about-publisher = Vem har gjort filen
about-region = Område
about-published = Gjord
about-valid-until = Gäller till
about-expired = Filen gällde till { $date }. Uppgifterna kan vara gamla.
about-licence = Licens
about-contents = Innehåll
about-counts = { $occupations } yrken, { $skills } kunskaper och { $trainings } utbildningar
about-attribution = Källa
about-sources = Källor
about-questionnaire-heading = Frågorna
about-questionnaire-counts = { $items } frågor om vad du kan. { $short } av dem finns i den korta versionen.
about-version = Version
demand-file-sverige = Sverige – alla yrken
demand-file-varmland = Värmland (exempel)
start-short = Kort version
start-full = Alla frågor
start-estimate = { $items } frågor. Det tar ungefär { $minutes } minuter.
start-begin-short = Börja med korta versionen
start-begin-full = Börja med alla frågor
start-continue = Fortsätt där du var
start-over = Börja om
start-loading = Vänta. Frågorna kommer snart …
start-restore-failed = Det gick inte att läsa dina gamla svar. Du får börja om.
start-restore-dismiss = Jag förstår
content-failed = Det gick inte att hämta frågorna. Felet: { $reason }
q-progress = Del { $n } av { $total }
q-back = Tillbaka
q-next = Nästa
q-skip = Hoppa över
q-finish = Visa jobben
q-dont-know = Vet inte
q-level-option = { $label }: { $example }
q-same-level = Du har svarat nästan samma sak på alla frågor. Tänk på vad du är bäst på. Tänk också på vad du aldrig har gjort. Då blir svaret bättre.
q-saved = Dina svar sparas bara i den här datorn eller mobilen.
q-education-none = Jag vill inte svara
results-title = Jobb som passar dig
results-intro = Jobbet som passar dig bäst står först. Du ser också hur mycket du redan kan av det som jobbet kräver. Och du ser om jobbet behöver folk.
results-file = Uppgifterna kommer från: { $title }, { $publisher }. Gjord { $published }. Gäller till { $valid }.
results-expired = Uppgifterna gällde till { $date }. Det kan vara annorlunda nu.
results-controls = Sortera och välj
results-sort = Ordna efter
results-sort-match = Hur bra jobbet passar dig
results-sort-readiness = Hur mycket du redan kan
results-sort-demand = Om jobbet behöver folk
results-in-demand-only = Visa bara jobb som behöver folk
results-field = Typ av jobb
results-field-all = Alla typer av jobb
results-match = Passar dig: { $score } %
results-readiness = Du kan redan: { $score } %
results-demand-unknown = Vi vet inte om jobbet behöver folk
results-none = Inga jobb passar det du har valt.
results-more = Visa fler jobb
results-edit = Ändra dina svar
results-loading = Vänta. Jobben kommer snart …
outlook-recruitment-shortage = Det finns för få som kan jobbet
outlook-recruitment-balance = Lika många jobb som personer som söker
outlook-recruitment-surplus = Fler som söker än det finns jobb
outlook-opportunities-large = Lätt att få jobb
outlook-opportunities-medium = Ganska lätt att få jobb
outlook-opportunities-small = Svårt att få jobb
outlook-five-year-increase = Fler kommer att behövas om fem år
outlook-five-year-unchanged = Lika många kommer att behövas om fem år
outlook-five-year-decrease = Färre kommer att behövas om fem år
outlook-county = Län { $county }
outlook-assessed = Så ser det ut { $year }
outlook-ahead = Så tror man att det blir { $year }
outlook-source = Det kommer från: { $source }
outlook-summary = Finns det jobb? { $outlook } ({ $source }, { $year })
outlook-national = Hela Sverige
occ-back = Tillbaka till jobben
occ-skill-line = { $label }
occ-language-line = { $language }: nivå { $level }
occ-licence-line = Körkort { $category }
occ-trainings = Utbildningar som kan hjälpa dig
occ-training-closes = Lär dig { $count } av det som saknas
occ-what-if = Vad händer om jag går utbildningen?
occ-what-if-result = Efter utbildningen kan du { $after } % av det jobbet kräver. Nu kan du { $before } %.
occ-note = Bra att veta
level-step = { $word } ({ $step })
occ-level-line = { $label }: du kan { $have }. Jobbet kräver { $need }.
occ-level-line-unknown = { $label }: jobbet kräver { $need }.
occ-education-line = Utbildning: { $level }
occ-education-line-isced = Utbildning på nivå { $isced }
occ-match-means = Så lika är dina svar och jobbet.
occ-readiness-means = Så mycket av det jobbet kräver kan du redan.
occ-reasons = Därför passar jobbet dig
occ-gaps = Det här saknar du mest
occ-no-gaps = Du saknar inget viktigt.
occ-gap-training = { $training } ({ $form }, { $weeks ->
    [one] { $weeks } vecka
   *[other] { $weeks } veckor
})
occ-gap-training-no-weeks = { $training } ({ $form })
occ-gap-no-training = Det finns ingen utbildning för det här i filen.
occ-gap-skills = Du har inte kryssat i { $count } av { $total } saker som jobbet kräver.
occ-demand = Finns det jobb?
occ-breakdown = Så räknar vi, rad för rad
occ-breakdown-match = Så räknar vi ”Passar dig”
occ-breakdown-match-hint = Varje rad jämför ett svar med jobbet. En rad kan dra ner.
occ-breakdown-readiness = Så räknar vi ”Redan uppfyllt”
occ-breakdown-readiness-hint = Ett viktigt krav ger fler poäng. Du får poäng för det du redan kan.
occ-points = { $points } p
occ-sum = Summa: { $points } poäng. Det blir { $score } %.
occ-status-met = Klart
occ-status-partial = Delvis
occ-status-missing = Saknas
occ-status-unknown = Inte svarat
occ-match-no-profile = Vi vet inte vad jobbet kräver i nivåer. Därför räknar vi med ett mittenvärde.
occ-match-no-formal = Du har allt som jobbet kräver på papper.
occ-unanswered = Det här har du inte svarat på
occ-unanswered-hint = Svara här. Då räknar vi om.
occ-unanswered-choose = Välj
occ-unanswered-skill = { $label }: jag kan det här
results-reason = Bäst: { $reason }
training-form-komvux = Komvux (skola för vuxna)
training-form-yrkesvux = Yrkesvux (yrkesutbildning för vuxna)
training-form-labour_market_training = Utbildning via Arbetsförmedlingen
training-form-validation = Validering (visa vad du redan kan)
training-form-sfi = Sfi (svenska för invandrare)
training-form-swedish_second_language = Svenska som andraspråk
training-form-folkhogskola = Folkhögskola
training-form-yrkeshogskola = Yrkeshögskola
training-form-licence_course = Kurs för körkort
training-form-other = Annan utbildning
wh-search-label = Sök på ett jobb du har haft
wh-search-hint = Skriv minst två bokstäver. Till exempel ”undersköterska” eller ”svetsare”.
wh-results = Jobb som passar det du skrev
wh-no-matches = Vi hittade inget jobb. Prova ett annat ord.
wh-groups = Jobb med det namnet: välj ditt jobb på svenska
wh-add = Lägg till
wh-picked = Jobb du har lagt till
wh-remove = Ta bort { $title }
wh-skills-legend = Vad gjorde du som { $title }? Kryssa i det du har gjort.
wh-skills-loading = Vänta. Uppgifterna om jobbet kommer snart …
wh-titles-loading = Vänta. Listan med jobb kommer snart …
whole-app-failed = Appen kunde inte laddas. Kolla att du har internet. Försök sedan igen.
whole-app-retry = Försök igen
demand-open-file = Öppna en annan fil om jobb
demand-open-hint = En region eller kommun kan göra en egen fil. Filen läses bara här i datorn eller mobilen.
demand-unreachable = Det gick inte att hämta filen { $source }. Vi använder den gamla filen. Felet: { $reason }
demand-dismiss = Stäng
kiosk-finish = Jag är klar. Ta bort allt.
kiosk-idle-title = Är du kvar?
kiosk-idle-text = Om { $seconds ->
    [one] en sekund
   *[other] { $seconds } sekunder
} tas alla dina svar bort. Då kan nästa person börja.
kiosk-stay = Ja, jag är kvar
kiosk-note = Många använder den här datorn. Inget sparas. Allt tas bort när du är klar.
goal-work = Jobba
goal-study = Studera
goal-unsure = Jag vet inte än
goal-text = Skriv med dina egna ord om du vill
licences-none = Jag har inget körkort
licence-AM = AM – moped
licence-A1 = A1 – liten motorcykel
licence-A2 = A2 – mellanstor motorcykel
licence-A = A – motorcykel
licence-B = B – bil
licence-BE = BE – bil med stor släpvagn
licence-C1 = C1 – mellanstor lastbil
licence-C1E = C1E – mellanstor lastbil med släpvagn
licence-C = C – stor lastbil
licence-CE = CE – stor lastbil med släpvagn
licence-D1 = D1 – liten buss
licence-D1E = D1E – liten buss med släpvagn
licence-D = D – buss
licence-DE = DE – buss med släpvagn
lang-add = Lägg till ett språk
lang-choose = Välj språk
lang-remove = Ta bort { $language }
lang-level-none = Inget svar
lang-listening = Förstå när andra pratar
lang-reading = Läsa
lang-spoken_interaction = Prata med andra
lang-spoken_production = Berätta något
lang-writing = Skriva
cefr-A1 = A1 – några ord
cefr-A2 = A2 – enkla saker varje dag
cefr-B1 = B1 – det mesta varje dag
cefr-B2 = B2 – det mesta, också på jobbet
cefr-C1 = C1 – mycket bra, också svåra saker
cefr-C2 = C2 – som mitt eget språk
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
cert-name = Papper som visar vad du får göra eller kan
cert-year = År (om du vet)
cert-add = Lägg till
cert-remove = Ta bort { $name }
cert-year-invalid = Skriv året med fyra siffror. Till exempel 2019.
pref-municipalities = Var vill du jobba?
pref-municipality = Kommun
pref-municipality-choose = Välj en kommun
pref-municipality-add = Lägg till kommunen
pref-municipality-remove = Ta bort { $name }
pref-hours = Hur mycket vill du jobba?
pref-full_time = Heltid (hela dagar)
pref-part_time = Deltid (en del av dagen)
pref-either = Heltid eller deltid
pref-shifts = När kan du jobba?
pref-day = På dagen
pref-evening = På kvällen
pref-night = På natten
pref-weekend = På helgen
start-open-profile = Öppna en sparad profil
start-open-profile-hint = För coacher. Eller om du vill fortsätta på en annan dator eller mobil. Profilen läses bara här.
ctx-summary = Berätta mer om du vill
ctx-learned = Var lärde du dig det?
ctx-learned-work = På jobbet
ctx-learned-education = I skolan eller på en kurs
ctx-learned-elsewhere = På ett annat sätt, till exempel hemma eller i en förening
ctx-evidence = Har du papper på det?
ctx-evidence-self_assessed = Nej, jag tycker själv att jag kan det
ctx-evidence-document = Ja, betyg, intyg eller en person som kan berätta
ctx-evidence-validated = Ja, jag har gjort en validering
ctx-wants = Vad vill du?
ctx-wants-use = Jag vill jobba med det här
ctx-wants-learn = Jag vill lära mig mer

## Handing the profile over
results-handover = Ta med din profil till en coach
handover-title = Ta med din profil
handover-intro = Välj vad som ska vara med. Sedan kan du spara profilen. Du kan också skriva ut den eller visa en QR-kod. Inget skickas till någon.
handover-parts = Det här är med
part-goal = Vad du vill
part-education = Skola och utbildning
part-work_history = Jobb du har haft
part-languages = Språk
part-licences = Körkort
part-skills = Vad du kan
part-certificates = Papper och intyg
part-preferences = När och var du vill jobba
part-matches = Jobb som passar dig
handover-download = Spara som fil
handover-print = Skriv ut
handover-qr = Visa QR-kod
handover-kiosk = Många använder den här datorn. Därför sparas ingen fil. Skriv ut profilen. Eller läs QR-koden med din mobil.
handover-saved = Profilen sparades. Filen heter { $file }.
handover-save-failed = Det gick inte att spara profilen. Felet: { $reason }
handover-qr-hint = Läs koden med kameran i din mobil. Då öppnas Kompetenskoll med din profil. Bara i din mobil.
handover-qr-link = Länk till din profil
handover-qr-making = Vi gör QR-koden …
handover-preview = Så här blir utskriften
handover-back = Tillbaka till jobben
printout-title = Min profil: vad jag kan
printout-qr = Läs koden med en mobil. Då öppnas profilen i Kompetenskoll.
qr-label = QR-kod med din profil
qr-too-large = Profilen är för stor för en QR-kod. Ta bort några delar. Eller spara den som fil.

## The profile, as a coach reads it
summary-created = Gjord { $date }
summary-none = Inget svar
summary-unanswered = Inget svar om
summary-goal = Vad jag vill
summary-education = Skola och utbildning
summary-work-history = Jobb
summary-years = { $years } år
summary-languages = Språk
summary-language = Språk
summary-licences = Körkort
summary-skills = Vad jag kan
summary-self-assessed = Personen har själv sagt vilken nivå den har.
summary-skill = Område
summary-level = Nivå
summary-learned = Lärde sig
summary-level-value = { $level } – { $label }
summary-evidence = Har papper
summary-evidence-self = Eget svar
summary-evidence-document = Betyg, intyg eller person som kan berätta
summary-evidence-validated = Validerat
summary-coach-evidence = Underlag som en vägledare har sett
summary-backing = { $item }: { $kind }, { $by }, { $on }
summary-backing-how = { $item }: { $kind }, { $by }, { $on }. { $how }
summary-specific-skills = Har gjort
summary-certificate-year = { $name } ({ $year })
summary-certificates = Papper och intyg
summary-preferences = Vill helst
summary-matches = Jobb som passar bäst
summary-match-line = Passar { $score } %. Kan redan { $readiness } %.
summary-demand = Uppgifter från: { $publisher }. Gjord { $published }. Kontrollnummer { $hash }
goal-own_business = Starta ett eget företag

## Opening a profile (coach's view)
coach-title = Profil
coach-from-file = Öppnad från filen { $file }. Gjord { $date }.
coach-from-code = Öppnad från en QR-kod. Gjord { $date }.
coach-other-questionnaire = Profilen gjordes med frågorna { $theirs }. Här används frågorna { $ours }.
coach-other-demand = Profilen gjordes med uppgifter från { $theirs } (gjord { $published }, kontrollnummer { $hash }). Jobben här räknas med uppgifterna i den här datorn.
coach-unread-ratings = { $count ->
    [one] Ett svar gjordes med andra frågor. Det kan inte visas här.
   *[other] { $count } svar gjordes med andra frågor. De kan inte visas här.
}
coach-unread-jobs = { $count ->
    [one] Ett jobb valdes från en annan lista. Det kan inte visas här.
   *[other] { $count } jobb valdes från en annan lista. De kan inte visas här.
}
coach-unread-skills = { $count ->
    [one] En kunskap kommer från en annan fil. Den kan inte visas här.
   *[other] { $count } kunskaper kommer från en annan fil. De kan inte visas här.
}
coach-next-step = Vem kan hjälpa till med nästa steg?
coach-next-step-hint = Det här är ett förslag. Det är inte ett beslut.
coach-adult-education = Coach för vuxenutbildning
coach-labour-market = Coach för jobb
coach-business = Coach för eget företag
reason-wants-to-study = Vill studera.
reason-own-business = Vill starta ett eget företag.
reason-ready-for-work = Kan redan det mesta i jobbet som passar bäst. Kan börja söka jobb.
reason-gaps-training = Saknar några saker. En utbildning kan hjälpa.
reason-swedish = Kan behöva lära sig mer svenska.
reason-goal-unclear = Vet inte än vad den vill. Börja med ett samtal om vägen framåt.
coach-see-results = Se alla jobb
coach-continue = Fortsätt svara
coach-add-to-centre = Lägg till i listan i matchningscentret
coach-answers = Svaren
coach-saved-matches = Jobben som personen såg
profile-code-newer = QR-koden är gjord med en nyare Kompetenskoll. Den kan inte läsas här.
profile-code-invalid = Det gick inte att läsa QR-koden. Läs den igen. Eller be om profilen som fil.

## Offline and updates
update-ready = Det finns en ny Kompetenskoll. Dina svar finns kvar när du byter.
update-now = Byt till den nya nu

## Deleting everything
delete-title = Ta bort allt
delete-hint = Tar bort dina svar och ditt språk från den här datorn eller mobilen. De finns inte någon annanstans.
delete-button = Ta bort allt om mig här
delete-confirm = Vill du ta bort allt? Du kan inte få tillbaka det.
delete-yes = Ja, ta bort allt
delete-cancel = Nej, ta inte bort
deleted-title = Det här är borta från datorn eller mobilen:
deleted-answers = dina svar
deleted-language = ditt språk
deleted-nothing = inget – det fanns inget sparat
deleted-not-files = Filer som du själv har sparat finns kvar. Till exempel en profil.
q-read-aloud = Läs frågan högt

## Languages
q-also-swedish = Visa frågorna på svenska också
untranslated-mark = (på svenska)
language-load-failed = Det gick inte att byta till { $language }. Felet: { $reason }

# Why a file was refused: one plain sentence, then the details.
refused-too-large = { $file } är för stor. Den är { $size } MB. Filen får vara högst { $max } MB.
refused-damaged = { $file } är trasig. Vi kan inte läsa den.
refused-not-ours = { $file } är inte en fil från Kompetenskoll.
refused-other-kind = { $file } är { $found ->
    [demand] en fil om jobb
    [profile] en profil
   *[other] en fil med frågor
}. Här behövs { $kind ->
    [demand] en fil om jobb
    [profile] en profil
   *[other] en fil med frågor
}.
refused-newer = { $file } kommer från en nyare Kompetenskoll. Uppdatera appen. Försök sedan igen.
refused-unknown = { $file } är en sorts fil som vi inte känner till.
refused-invalid = { $file } har { $count ->
    [one] ett fel
   *[other] { $count } fel
}. Vi kan inte använda den.
refused-unreadable = Vi kunde inte läsa { $file }.
refused-details = Visa mer (för den som gjort filen)
demand-kept = Vi använder den gamla filen om jobb.

# The adaptive short path: one rating a screen, chosen from the answers.
start-estimate-adaptive = Högst { $items } frågor. Det tar cirka { $minutes } minuter.
q-choosing = Vi väljer nästa fråga …
q-results-now = Visa resultat nu
q-all-questions = Svara på alla frågor
q-rating-progress = Fråga { $n } av ungefär { $total }
q-adaptive-why = Vi väljer frågor efter dina svar.

# The matching centre: many profiles against one need (never at a kiosk).
centre-open = Matchningscenter: jämför många profiler med ett jobb
centre-title = Matchningscenter
centre-intro = Här jämför du många personers profiler med ett jobb. Profilerna finns bara i den här fliken. De försvinner när du stänger den. Du kan spara listan krypterad på enheten.
centre-profiles = Profiler
centre-pick = Öppna profiler
centre-pick-hint = Du kan välja många filer på en gång. Du kan också dra hit dem.
centre-count = { $count ->
    [one] En profil är öppen.
   *[other] { $count } profiler är öppna.
}
centre-refused = { $count ->
    [one] En fil gick inte att öppna:
   *[other] { $count } filer gick inte att öppna:
}
centre-duplicate = { $file } finns redan i listan.
centre-remove = Ta bort { $file }
centre-remove-all = Ta bort alla profiler
centre-need = Jobbet
centre-need-label = Vilket yrke behöver arbetsgivaren?
centre-need-choose = Välj ett yrke
centre-need-open = Eller öppna ett sparat behov från en fil
centre-need-from-file = Behovet kommer från filen { $file }.
centre-fits = Vem passar?
centre-no-profiles = Öppna profiler och välj ett yrke. Då ser du vem som passar.
centre-waiting = Vänta …
centre-shortlist-failed = Det gick inte att jämföra profilerna med behovet. Välj behovet en gång till.
centre-filter = Visa
centre-filter-all = Alla
centre-filter-weeks = Redo efter högst { $weeks } veckors utbildning
centre-none-fit = Ingen profil passar.
centre-ready-now = Redo nu
centre-after-training = { $weeks ->
    [one] Redo efter en veckas utbildning
   *[other] Redo efter { $weeks } veckors utbildning
}
centre-far = Långt kvar
centre-route-none = Behöver ingen utbildning
centre-little-known = Vi vet för lite
centre-col-profile = Profil
centre-col-nearness = Hur nära
centre-col-readiness = Har av det som krävs
centre-col-match = Passar
centre-col-gaps = Saknar
centre-col-route = Kortaste utbildningen
centre-col-after = Har efter utbildningen
centre-col-wants = Vill
centre-col-backed = Styrkt
centre-shown = Här syns de { $shown } som passar bäst av { $count }. CSV-filen har alla.
centre-show-all = Visa alla { $count }
centre-why = { $figure }: varför?
centre-why-title = Därför får { $who } de här siffrorna för { $need }
centre-why-close = Stäng förklaringen
centre-backed = { $validated } av { $claimed } validerade, { $documented } med intyg
centre-view-profile = Visa { $file } med svar, underlag och resultat
centre-save-profile = Spara { $file } med underlaget
centre-evidence-title = Underlag
centre-evidence-intro = Skriv vad som visar att personen kan. Personens egen bedömning blir som förut. Underlaget följer med profilen.
centre-evidence-seeker = Person
centre-evidence-item = Kunskap som jobbet behöver
centre-evidence-kind = Vad visar det?
centre-evidence-validated = Validerat
centre-evidence-document = Jag har sett betyg, intyg eller referens
centre-evidence-self = Inget, bara personens egen bedömning
centre-evidence-by = Vem såg det eller validerade det?
centre-evidence-missing-by = Skriv vem som såg det eller validerade det.
centre-evidence-how = Hur? Till exempel vilket intyg
centre-evidence-on = Datum
centre-evidence-save = Spara underlaget
centre-evidence-none = Personen säger inte att hen kan något som jobbet behöver. Det finns inget att visa.
centre-evidence-own-level = Personens egen bedömning: { $level }
centre-evidence-own-skill = Personen har själv kryssat i den.
centre-percent = { $percent } %
centre-wants-work = Söker jobb
centre-wants-this = Vill ha det här jobbet
centre-wants-here = Vill jobba i { $place }
centre-wants-elsewhere = Vill jobba i andra kommuner
centre-wants-use = Saker i jobbet som hen vill göra: { $count }
centre-wants-learn = Saker i jobbet som hen vill lära sig mer om: { $count }
centre-supply = Personer och jobb som behövs
centre-supply-intro = Hur många av dina profiler som kan börja nu eller efter högst { $weeks } veckors utbildning, i jobb där det behövs folk.
centre-supply-show = Visa personer och jobb som behövs
centre-supply-caption = Dina profiler och jobb som behövs, { $date }
centre-supply-further = Längre bort
centre-supply-counts = { $ready } kan börja nu, { $within } inom { $weeks } veckor, { $further } längre bort
centre-supply-none = Ingen av dina profiler är nära ett jobb där det behövs folk.
centre-supply-print = Skriv ut bilden
centre-need-edit = Ändra jobbet så som arbetsgivaren vill
centre-need-employer = Arbetsgivare
centre-need-place = Ort
centre-need-licences = Körkort som behövs
centre-need-swedish = Svenska som behövs
centre-need-education = Utbildning som behövs
centre-need-levels = Nivåer som behövs
centre-need-levels-hint = Det som är viktigast i jobbet. Välj vilken nivå arbetsgivaren vill ha. Eller välj Inget krav.
centre-need-skills = Kunskaper som behövs
centre-need-skills-hint = Välj om kunskapen måste finnas, om den är bra att ha, eller Inget krav.
centre-need-skill-essential = Måste finnas
centre-need-skill-wanted = Bra att ha
centre-need-none = Inget krav
centre-need-save = Spara jobbet som fil
centre-need-save-hint = Filen har samma form som regionernas filer om jobb.
centre-label-for = Namn på listan för { $file }
centre-unlabelled = Profil { $number }
centre-print = Skriv ut listan
centre-csv = Spara listan som CSV-fil
centre-out-hint = Utskriften och CSV-filen visar namnen du skriver, inte filnamnen. Skriv bara en persons namn om personen vill det.
centre-print-title = Vem passar som { $need }, { $date }
centre-made = Gjord { $date }
centre-old = Äldre än { $months } månader. Ta kanske bort
centre-old-label = Visa profiler som är äldre än
centre-months = { $months } månader
centre-keep-title = Spara listan på den här enheten
centre-keep-intro = Listan låses med en lösenfras. Bara den som kan lösenfrasen kan läsa listan.
centre-keep-passphrase = Lösenfras
centre-keep-passphrase-hint = Minst { $count } tecken. Skriv upp den på ett säkert ställe.
centre-keep-again = Skriv lösenfrasen en gång till
centre-keep-button = Spara listan låst
centre-keep-locked = Det finns en sparad lista här. Skriv lösenfrasen för att öppna den.
centre-keep-open = Öppna listan
centre-keep-kept = Listan är sparad och låst på den här enheten. Allt du ändrar sparas.
centre-keep-export = Spara den låsta listan som fil
centre-keep-delete = Ta bort den sparade listan och alla profiler
centre-keep-bring-in = Öppna en sparad lista från en fil
centre-keep-working = Vänta …
centre-keep-wrong = Fel lösenfras. Listan finns kvar.
centre-keep-short = Lösenfrasen är för kort. Den ska ha minst { $count } tecken.
centre-keep-mismatch = Du skrev två olika lösenfraser. Skriv samma två gånger.
centre-keep-not-a-store = Filen är inte en sparad lista från Kompetenskoll.
centre-keep-newer = Listan är från en nyare Kompetenskoll. Uppdatera appen.
centre-keep-damaged = Den sparade listan är trasig. Den går inte att öppna.
centre-keep-unavailable = Webbläsaren kan inte låsa listan här. Öppna appen med https.
centre-keep-no-room = Listan gick inte att spara på den här enheten. Webbläsaren har inte plats. Profilerna finns kvar i fliken.
centre-qr-profile = Profil från QR-kod { $made }
