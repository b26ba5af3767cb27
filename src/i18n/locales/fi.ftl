# Suomi (Finnish). Plain language (selkeä yleiskieli), "sinä" to the reader.
# Numbers come from the app, so sentences avoid case endings on them ("Kysymyksiä: 20").
# Status: draft by the development team; to be reviewed by a native translator.
locale-name = Suomi
app-title = Kompetenskoll
app-tagline = Katso, mitä jo osaat ja mitkä ammatit etsivät juuri nyt työntekijöitä.
app-intro = Vastaat kysymyksiin siitä, mitä osaat ja mitä olet tehnyt. Sen jälkeen Kompetenskoll näyttää, mitkä ammatit sopivat sinulle, mitä puuttuu ja mikä koulutus voi viedä sinut perille.
privacy-promise = Vastauksesi pysyvät tällä laitteella. Mitään ei lähetetä minnekään, ellet itse anna sitä eteenpäin.
language-label = Kieli
skip-to-content = Siirry sisältöön
footer-attribution = Sisältää tietoja lähteistä O*NET 29.2 (USDOL/ETA, CC BY 4.0) ja JobTech Taxonomy (Arbetsförmedlingen, CC0).
nav-about-data = Tietoja aineistosta
nav-back = Takaisin alkuun
about-title = Tietoja aineistosta
about-intro = Tässä näet, mitä tiedostoja Kompetenskoll käyttää, kuka ne on tehnyt ja mistä tiedot tulevat.
about-demand-heading = Työvoiman kysyntä -tiedosto
about-demand-choose = Valitse kysyntätiedosto
about-loading = Ladataan …
about-load-failed = Tiedostoa { $file } ei voitu lukea: { $reason }
about-publisher = Julkaisija
about-region = Alue
about-published = Julkaistu
about-valid-until = Voimassa
about-expired = Tiedosto oli voimassa { $date } asti. Tiedot voivat olla vanhentuneita.
about-licence = Lisenssi
about-contents = Sisältö
about-counts = Ammatteja: { $occupations }, osaamisia: { $skills }, koulutuksia: { $trainings }
about-attribution = Lähdemaininta
about-sources = Lähteet
about-questionnaire-heading = Kysymykset
about-questionnaire-counts = Kysymyksiä osaamisestasi: { $items }, joista lyhyessä versiossa: { $short }
about-version = Versio
demand-file-sverige = Ruotsi — kaikki ammatit
demand-file-varmland = Värmlanti (esimerkki)
start-short = Lyhyt versio
start-full = Kaikki kysymykset
start-estimate = Kysymyksiä: { $items }, noin { $minutes } min
start-begin-short = Aloita lyhyellä versiolla
start-begin-full = Aloita kaikilla kysymyksillä
start-continue = Jatka siitä, mihin jäit
start-over = Aloita alusta
start-loading = Kysymyksiä ladataan …
start-restore-failed = Tallennettuja vastauksiasi ei voitu lukea, joten sinun täytyy aloittaa alusta.
start-restore-dismiss = Selvä
content-failed = Kysymyksiä ei voitu ladata: { $reason }
q-progress = Osa { $n }/{ $total }
q-back = Takaisin
q-next = Seuraava
q-skip = Ohita
q-finish = Näytä tulokset
q-dont-know = En tiedä
q-level-option = { $label }: { $example }
q-same-level = Olet antanut lähes kaikkiin kysymyksiin saman vastauksen. Mieti, missä olet paras ja mitä et ole koskaan kokeillut – silloin tulos on tarkempi.
q-saved = Vastauksesi tallentuvat vain tälle laitteelle, kun vastaat.
q-education-none = En halua vastata
results-title = Sinulle sopivat ammatit
results-intro = Ammatit on järjestetty sen mukaan, miten hyvin ne sopivat vastauksiisi. Näet myös, kuinka suuren osan vaatimuksista jo täytät ja millainen kysyntä on.
results-file = Kysyntätiedosto: { $title }, julkaisija { $publisher }, julkaistu { $published }, voimassa { $valid } asti
results-expired = Kysyntätiedosto oli voimassa { $date } asti. Kysyntä on voinut muuttua.
results-controls = Järjestä ja valitse ala
results-sort = Järjestä
results-sort-match = Miten hyvin ammatti sopii sinulle
results-sort-readiness = Kuinka paljon jo täytät
results-sort-demand = Kysyntä
results-in-demand-only = Näytä vain ammatit, joissa on kysyntää
results-field = Ammattiala
results-field-all = Kaikki alat
results-match = Sopii sinulle: { $score } %
results-readiness = Jo täytetty: { $score } %
results-demand-unknown = Kysyntä: ei tiedossa
results-none = Mikään ammatti ei vastaa suodatinta.
results-more = Näytä lisää ammatteja
results-edit = Muuta vastauksiasi
results-loading = Kysyntätiedostoa ladataan …
outlook-recruitment-shortage = Työvoimasta on pulaa
outlook-recruitment-balance = Hakijoita ja työpaikkoja on yhtä paljon
outlook-recruitment-surplus = Hakijoita on enemmän kuin työpaikkoja
outlook-opportunities-large = Hyvät mahdollisuudet saada työtä
outlook-opportunities-medium = Kohtalaiset mahdollisuudet saada työtä
outlook-opportunities-small = Heikot mahdollisuudet saada työtä
outlook-five-year-increase = Kysynnän odotetaan kasvavan seuraavan viiden vuoden aikana
outlook-five-year-unchanged = Kysynnän odotetaan pysyvän ennallaan seuraavan viiden vuoden aikana
outlook-five-year-decrease = Kysynnän odotetaan laskevan seuraavan viiden vuoden aikana
outlook-county = Lääni { $county }
outlook-assessed = Arvio vuodelle { $year }
outlook-ahead = Näkymät vuodelle { $year }
outlook-source = Lähde: { $source }
outlook-summary = Kysyntä: { $outlook } ({ $source }, { $year })
outlook-national = Koko Ruotsi
occ-back = Takaisin luetteloon
occ-skill-line = { $label }
occ-language-line = { $language }: taso { $level }
occ-licence-line = Ajokortti { $category }
occ-trainings = Koulutukset, jotka voivat viedä sinut perille
occ-training-closes = Puutteista poistuu: { $count }
occ-what-if = Mitä jos käyn sen?
occ-what-if-result = Koulutuksen jälkeen täytät { $after } % vaatimuksista (nyt { $before } %).
occ-note = Hyvä tietää
level-step = { $word } ({ $step })
occ-level-line = { $label }: sinulla { $have }, ammatti vaatii { $need }
occ-level-line-unknown = { $label }: ammatti vaatii { $need }
occ-education-line = Koulutus: { $level }
occ-education-line-isced = Koulutus tasolla { $isced } (ISCED)
occ-match-means = Kuinka lähellä vastauksesi ovat sitä, mitä ammatti vaatii.
occ-readiness-means = Kuinka suuren osan ammatin vaatimuksista täytät jo.
occ-reasons = Miksi ammatti sopii sinulle
occ-gaps = Mitä puuttuu eniten
occ-no-gaps = Mitään tärkeää ei puutu.
occ-gap-training = { $training } ({ $form }, { $weeks ->
    [one] { $weeks } viikko
   *[other] { $weeks } viikkoa
})
occ-gap-training-no-weeks = { $training } ({ $form })
occ-gap-no-training = Kysyntätiedostossa ei ole koulutusta, joka paikkaisi tämän puutteen.
occ-gap-skills = Et merkinnyt { $count } taitoa ammatin { $total } taidosta.
occ-demand = Kysyntä
occ-breakdown = Koko laskelma rivi riviltä
occ-breakdown-match = Näin ”Sopii sinulle” lasketaan
occ-breakdown-match-hint = Jokainen rivi vertaa yhtä vastaustasi ammattiin. Rivi voi myös laskea tulosta.
occ-breakdown-readiness = Näin ”Jo täytetty” lasketaan
occ-breakdown-readiness-hint = Jokainen vaatimus antaa pisteitä sen tärkeyden ja täyttämäsi osuuden mukaan.
occ-points = { $points } p
occ-sum = Yhteensä: { $points } pistettä eli { $score } %
occ-status-met = Täytetty
occ-status-partial = Osittain
occ-status-missing = Puuttuu
occ-status-unknown = Ei vastattu
occ-match-no-profile = Ammatilla ei ole tasoprofiilia, johon verrata. Se osa lasketaan neutraalilla arvolla.
occ-match-no-formal = Ammatilla ei ole muodollisia vaatimuksia, joita et täytä.
occ-unanswered = Näihin et ole vastannut
occ-unanswered-hint = Vastaa tässä, niin luvut lasketaan heti uudelleen.
occ-unanswered-choose = Valitse taso
occ-unanswered-skill = { $label }: osaan tämän
results-reason = Vahvin: { $reason }
training-form-komvux = Aikuiskoulutus (Komvux)
training-form-yrkesvux = Ammatillinen aikuiskoulutus (Yrkesvux)
training-form-labour_market_training = Työvoimakoulutus
training-form-validation = Osaamisen tunnustaminen (Validering)
training-form-sfi = Ruotsia maahanmuuttajille (sfi)
training-form-swedish_second_language = Ruotsi toisena kielenä
training-form-folkhogskola = Kansanopisto (Folkhögskola)
training-form-yrkeshogskola = Ammatillinen korkea-asteen koulutus (Yrkeshögskola)
training-form-licence_course = Ajokorttikurssi
training-form-other = Muu koulutus
wh-search-label = Hae työtä, jota olet tehnyt
wh-search-hint = Kirjoita vähintään kaksi kirjainta, esimerkiksi ”undersköterska” tai ”svetsare”. Ammattinimikkeet ovat ruotsiksi.
wh-results = Sopivat ammattinimikkeet
wh-no-matches = Mikään ammattinimike ei sovi. Kokeile toista sanaa.
wh-add = Lisää
wh-picked = Lisäämäsi työt
wh-remove = Poista { $title }
wh-skills-legend = Mitä olet tehnyt työssä { $title }? Rastita, mitä olet tehnyt.
wh-skills-loading = Ammatin osaamisia ladataan …
wh-titles-loading = Ammattinimikkeitä ladataan …
whole-app-failed = Sovelluksen loppuosaa ei voitu ladata. Tarkista yhteys ja yritä uudelleen.
whole-app-retry = Yritä uudelleen
demand-open-file = Avaa toinen kysyntätiedosto
demand-open-hint = Alue tai kunta voi julkaista oman tiedostonsa. Se luetaan vain täällä tällä laitteella.
demand-unreachable = Kysyntätiedostoa { $source } ei saatu haettua, joten käytetään edellistä tiedostoa. ({ $reason })
demand-dismiss = Sulje ilmoitus
kiosk-finish = Lopeta ja tyhjennä
kiosk-idle-title = Oletko vielä täällä?
kiosk-idle-text = Kaikki vastauksesi tyhjennetään, kun aikaa on kulunut { $seconds } s, jotta seuraava voi aloittaa alusta.
kiosk-stay = Olen vielä täällä
kiosk-note = Tämä on yhteiskäyttöinen tietokone. Mitään ei tallenneta, ja kaikki tyhjennetään, kun olet valmis.
goal-work = Tehdä töitä
goal-study = Opiskella
goal-unsure = En tiedä vielä
goal-text = Omin sanoin (jos haluat)
licences-none = Minulla ei ole ajokorttia
licence-AM = AM – mopo
licence-A1 = A1 – kevyt moottoripyörä
licence-A2 = A2 – keskikokoinen moottoripyörä
licence-A = A – moottoripyörä
licence-B = B – henkilöauto
licence-BE = BE – henkilöauto ja raskas perävaunu
licence-C1 = C1 – keskiraskas kuorma-auto
licence-C1E = C1E – keskiraskas kuorma-auto ja perävaunu
licence-C = C – raskas kuorma-auto
licence-CE = CE – raskas kuorma-auto ja perävaunu
licence-D1 = D1 – pienoislinja-auto
licence-D1E = D1E – pienoislinja-auto ja perävaunu
licence-D = D – linja-auto
licence-DE = DE – linja-auto ja perävaunu
lang-add = Lisää kieli
lang-choose = Valitse kieli
lang-remove = Poista { $language }
lang-level-none = Ei arvioitu
lang-listening = Puheen ymmärtäminen
lang-reading = Lukeminen
lang-spoken_interaction = Keskustelu muiden kanssa
lang-spoken_production = Kertominen ja kuvaileminen
lang-writing = Kirjoittaminen
cefr-A1 = A1 – muutama sana ja yksinkertainen fraasi
cefr-A2 = A2 – yksinkertaiset arkiasiat
cefr-B1 = B1 – useimmat arkitilanteet
cefr-B2 = B2 – useimmat tilanteet, myös työssä
cefr-C1 = C1 – sujuvasti, myös vaikeista aiheista
cefr-C2 = C2 – kuin äidinkieli
lang-sv = Ruotsi
lang-en = Englanti
lang-ar = Arabia
lang-so = Somali
lang-ti = Tigrinja
lang-prs = Dari
lang-fa = Persia
lang-uk = Ukraina
lang-fi = Suomi
lang-ku = Kurdi
lang-pl = Puola
lang-es = Espanja
lang-fr = Ranska
lang-de = Saksa
lang-ru = Venäjä
lang-tr = Turkki
lang-bs = Bosnia
lang-sq = Albania
lang-th = Thai
cert-name = Todistus, pätevyys tai lupa
cert-year = Vuosi (jos tiedät)
cert-add = Lisää
cert-remove = Poista { $name }
cert-year-invalid = Kirjoita vuosi neljällä numerolla, esimerkiksi 2019.
pref-hours = Kuinka paljon haluat tehdä töitä?
pref-full_time = Kokoaikatyö
pref-part_time = Osa-aikatyö
pref-either = Koko- tai osa-aikatyö
pref-shifts = Mihin aikaan voit tehdä töitä?
pref-day = Päivällä
pref-evening = Illalla
pref-night = Yöllä
pref-weekend = Viikonloppuisin
start-open-profile = Avaa tallennettu profiili
start-open-profile-hint = Ohjaajille tai jatkamiseen toisella laitteella. Profiili luetaan vain täällä.
ctx-summary = Lisää tästä (jos haluat)
ctx-learned = Missä opit sen?
ctx-learned-work = Työssä
ctx-learned-education = Koulussa tai kurssilla
ctx-learned-elsewhere = Muulla tavalla, esimerkiksi kotona tai yhdistyksessä
ctx-evidence = Voitko osoittaa sen?
ctx-evidence-self_assessed = En, se on oma arvioni
ctx-evidence-document = Kyllä, todistuksella, arvosanoilla tai suosittelijalla
ctx-evidence-validated = Kyllä, osaamiseni on tunnustettu (validointi)
ctx-wants = Mitä haluat?
ctx-wants-use = Haluan tehdä tätä työkseni
ctx-wants-learn = Haluan oppia tästä lisää

## Handing the profile over
results-handover = Vie profiilisi ohjaajalle
handover-title = Ota profiilisi mukaan
handover-intro = Valitse, mitä siihen tulee. Sitten voit tallentaa profiilin tiedostoksi, tulostaa sen tai näyttää sen QR-koodina. Mitään ei lähetetä minnekään.
handover-parts = Mukana
part-goal = Tavoite
part-education = Koulutus
part-work_history = Työt, joita olet tehnyt
part-languages = Kielet
part-licences = Ajokortit
part-skills = Tiedot ja taidot
part-certificates = Todistukset
part-preferences = Toivotut työajat ja -paikat
part-matches = Sinulle sopivat ammatit
handover-download = Tallenna tiedostoksi
handover-print = Tulosta
handover-qr = Näytä QR-koodi
handover-kiosk = Yhteiskäyttöiselle tietokoneelle ei tallenneta tiedostoa. Tulosta profiili tai lue QR-koodi puhelimellasi.
handover-saved = Profiili tallennettiin nimellä { $file }.
handover-save-failed = Profiilia ei voitu tallentaa: { $reason }
handover-qr-hint = Lue koodi puhelimesi kameralla. Kompetenskoll avautuu profiilisi kanssa, vain siinä puhelimessa.
handover-qr-link = Linkki profiiliisi
handover-qr-making = QR-koodia tehdään …
handover-preview = Tältä tuloste näyttää
handover-back = Takaisin ammatteihin
printout-title = Osaamisprofiilini
printout-qr = Lue koodi, niin profiili avautuu Kompetenskollissa.
qr-label = QR-koodi, jossa on profiilisi
qr-too-large = Profiili on liian suuri QR-koodiin. Jätä yllä joitakin osia pois tai tallenna se tiedostoksi.

## The profile, as a coach reads it
summary-created = Tehty { $date }
summary-none = Ei vastausta
summary-unanswered = Ei vastattu
summary-goal = Tavoite
summary-education = Koulutus
summary-work-history = Työt
summary-years = { $years ->
    [one] 1 vuosi
   *[other] { $years } vuotta
}
summary-languages = Kielet
summary-language = Kieli
summary-licences = Ajokortit
summary-skills = Tiedot ja taidot
summary-self-assessed = Itsearvio: tasot ovat työnhakijan oma arvio.
summary-skill = Alue
summary-level = Taso
summary-learned = Oppinut
summary-level-value = { $level } – { $label }
summary-evidence = Voi osoittaa
summary-evidence-self = Oma arvio
summary-evidence-document = Arvosanat, todistus tai suosittelija
summary-evidence-validated = Tunnustettu
summary-specific-skills = On tehnyt
summary-certificate-year = { $name } ({ $year })
summary-certificates = Todistukset
summary-preferences = Toiveet
summary-matches = Parhaiten sopivat ammatit
summary-match-line = Sopii { $score } %, jo täytetty { $readiness } %
summary-demand = Perusta: { $publisher }, julkaistu { $published }, tarkistussumma { $hash }
goal-own_business = Perustaa oma yritys

## Opening a profile (coach's view)
coach-title = Profiili
coach-from-file = Avattu tiedostosta { $file }, tehty { $date }.
coach-from-code = Avattu QR-koodista, tehty { $date }.
coach-other-questionnaire = Profiili tehtiin kyselyllä { $theirs }; tässä käytetään kyselyä { $ours }.
coach-other-demand = Profiili tehtiin julkaisijan { $theirs } kysyntätiedostolla (julkaistu { $published }, tarkistussumma { $hash }). Alla olevat ammatit lasketaan täällä käytössä olevalla tiedostolla.
coach-unread-ratings = Itsearvioita, jotka tehtiin kyselyn toisella versiolla eikä niitä voi näyttää tässä: { $count }.
coach-unread-jobs = Töitä, jotka valittiin nimikeluettelon toisesta versiosta eikä niitä voi näyttää tässä: { $count }.
coach-unread-skills = Osaamisia, jotka kuuluvat toiseen kysyntätiedostoon eikä niitä voi näyttää tässä: { $count }.
coach-next-step = Kuka voi auttaa seuraavassa vaiheessa?
coach-next-step-hint = Vastauksiin perustuva ehdotus, ei päätös.
coach-adult-education = Aikuiskoulutuksen ohjaaja
coach-labour-market = Työvoimaohjaaja
coach-business = Yritysneuvoja
reason-wants-to-study = Haluaa opiskella.
reason-own-business = Haluaa perustaa yrityksen.
reason-ready-for-work = Täyttää jo suurimman osan parhaiten sopivan ammatin vaatimuksista ja voi alkaa hakea töitä.
reason-gaps-training = On puutteita, jotka koulutus poistaa.
reason-swedish = Saattaa tarvita lisää ruotsin kielen taitoa.
reason-goal-unclear = Selvää tavoitetta ei vielä ole: ensimmäinen keskustelu jatkosta.
coach-see-results = Katso kaikki ammatit
coach-continue = Jatka vastaamista
coach-answers = Vastaukset
coach-saved-matches = Ammatit, jotka työnhakija näki
profile-code-newer = QR-koodi on tehty Kompetenskollin uudemmalla versiolla, eikä sitä voi lukea tässä.
profile-code-invalid = QR-koodia ei voitu lukea. Lue se uudelleen tai pyydä profiili tiedostona.

## Offline and updates
update-ready = Kompetenskollista on uusi versio. Vastauksesi säilyvät, kun päivität.
update-now = Päivitä nyt

## Deleting everything
delete-title = Poista kaikki
delete-hint = Poistaa vastauksesi ja kielivalintasi tältä laitteelta. Niitä ei ole missään muualla.
delete-button = Poista kaikki minua koskeva tältä laitteelta
delete-confirm = Poistetaanko kaikki? Tätä ei voi perua.
delete-yes = Kyllä, poista kaikki
delete-cancel = Peruuta
deleted-title = Poistettu tältä laitteelta:
deleted-answers = tallennetut vastauksesi
deleted-language = kielivalintasi
deleted-nothing = ei mitään – mitään ei ollut tallennettu
deleted-not-files = Itse tallentamasi tiedostot, kuten profiili, ovat yhä siellä, minne ne tallensit.
q-read-aloud = Lue kysymys ääneen

## Languages
q-also-swedish = Näytä kysymykset myös ruotsiksi
untranslated-mark = (ruotsiksi)
language-load-failed = Kieltä { $language } ei voitu ladata: { $reason }

# Why a file was refused: one plain sentence, then the details.
refused-too-large = { $file } on { $size } Mt, eikä sitä avata. Suurin tiedosto, jonka voi avata täällä, on { $max } Mt.
refused-damaged = { $file } on vioittunut, eikä sitä voi lukea. Ehkä vain osa tiedostosta tuli mukaan.
refused-not-ours = { $file } ei ole Kompetenskollin tiedosto.
refused-other-kind = { $file } on { $found ->
    [demand] kysyntätiedosto
    [profile] profiili
   *[other] kyselylomake
}, ei { $kind ->
    [demand] kysyntätiedosto
    [profile] profiili
   *[other] kyselylomake
}.
refused-newer = { $file } on tehty Kompetenskollin uudemmalla versiolla. Päivitä sovellus ja yritä uudelleen.
refused-unknown = { $file } on tiedostotyyppi, jota Kompetenskoll ei tunne.
refused-invalid = Tiedostossa { $file } on { $count ->
    [one] yksi virhe
   *[other] { $count } virhettä
}, eikä sitä voi käyttää.
refused-unreadable = Tiedostoa { $file } ei voitu lukea tällä laitteella.
refused-details = Näytä tiedot (tiedoston tekijälle)
demand-kept = Aiempi kysyntätiedosto on yhä käytössä.

# The adaptive short path: one rating a screen, chosen from the answers.
start-estimate-adaptive = Enintään { $items } kysymystä, noin { $minutes } minuuttia
q-choosing = Valitaan seuraavaa kysymystäsi …
q-results-now = Näytä tulokset nyt
q-all-questions = Vastaa sen sijaan kaikkiin kysymyksiin
q-rating-progress = Kysymys { $n }, yhteensä noin { $total }
q-adaptive-why = Jokainen kysymys valitaan tähänastisten vastaustesi perusteella.

# The matching centre: many profiles against one need (never at a kiosk).
centre-open = Kohtaamokeskus: vertaa monta profiilia yhteen tarpeeseen
centre-title = Kohtaamokeskus
centre-intro = Täällä vertaat monen ihmisen profiileja työnantajan tarpeeseen. Profiilit pysyvät tässä välilehdessä ja katoavat, kun suljet sen, ellet tallenna listaa salattuna tälle laitteelle. Mitään ei lähetetä minnekään.
centre-profiles = Profiilit
centre-pick = Avaa profiilitiedostoja
centre-pick-hint = Voit valita monta tiedostoa kerralla tai vetää ne tähän.
centre-count = { $count ->
    [one] Yksi profiili on auki.
   *[other] { $count } profiilia on auki.
}
centre-refused = { $count ->
    [one] Yhtä tiedostoa ei voitu avata:
   *[other] { $count } tiedostoa ei voitu avata:
}
centre-duplicate = { $file } on jo listassa.
centre-remove = Poista { $file }
centre-remove-all = Poista kaikki profiilit
centre-need = Tarve
centre-need-label = Ammatti, jota työnantaja tarvitsee
centre-need-choose = Valitse ammatti
centre-fits = Kuka sopii
centre-no-profiles = Avaa profiileja ja valitse ammatti nähdäksesi, kuka sopii.
centre-waiting = Lasketaan …
centre-filter = Näytä
centre-filter-all = Kaikki
centre-filter-weeks = Valmis enintään { $weeks } viikon koulutuksella
centre-none-fit = Mikään profiili ei sovi tähän valintaan.
centre-ready-now = Valmis nyt
centre-after-training = { $weeks ->
    [one] Valmis viikon koulutuksen jälkeen
   *[other] Valmis { $weeks } viikon koulutuksen jälkeen
}
centre-far = Kauempana
centre-route-none = Koulutusta ei tarvita
centre-little-known = Tiedetään vielä liian vähän
centre-col-profile = Profiili
centre-col-nearness = Kuinka lähellä
centre-col-readiness = Täyttää vaatimukset
centre-col-match = Sopii
centre-col-gaps = Puutteet
centre-col-route = Lyhin koulutus
centre-col-after = Koulutuksen jälkeen
centre-col-work = Etsii työtä
centre-percent = { $percent } %
centre-yes = Kyllä
centre-need-edit = Mukauta tarve työnantajan mukaan
centre-need-employer = Työnantaja
centre-need-place = Paikkakunta
centre-need-licences = Vaaditut ajokortit
centre-need-swedish = Vaadittu ruotsin taito
centre-need-education = Vaadittu koulutus
centre-need-none = Ei vaatimusta
centre-need-save = Tallenna tarve tiedostoksi
centre-need-save-hint = Tiedosto on kysyntätiedosto samassa muodossa kuin alueiden tiedostot. Komentorivityökalu voi tarkistaa sen, ja sen voi julkaista.
centre-label-for = Tunniste tiedostolle { $file }
centre-unlabelled = Profiili { $number }
centre-print = Tulosta lista
centre-csv = Tallenna lista CSV-tiedostona
centre-out-hint = Tuloste ja CSV-tiedosto näyttävät tunnisteesi, eivät tiedostojen nimiä. Käytä nimeä tunnisteena vain, jos henkilö haluaa.
centre-print-title = Ketkä sopivat: { $need }, { $date }
centre-made = Tehty { $date }
centre-old = Vanhempi kuin { $months } kuukautta: harkitse poistamista
centre-old-label = Merkitse profiilit, jotka ovat vanhempia kuin
centre-months = { $months } kuukautta
centre-keep-title = Tallenna lista tälle laitteelle
centre-keep-intro = Lista salataan valitsemallasi tunnuslauseella. Ilman tunnuslausetta kukaan ei voi lukea listaa, et sinäkään.
centre-keep-passphrase = Tunnuslause
centre-keep-passphrase-hint = Vähintään { $count } merkkiä. Kirjoita se muistiin turvalliseen paikkaan.
centre-keep-again = Kirjoita tunnuslause uudelleen
centre-keep-button = Tallenna lista salattuna
centre-keep-locked = Tällä laitteella on tallennettu lista. Avaa se kirjoittamalla tunnuslause.
centre-keep-open = Avaa tallennettu lista
centre-keep-kept = Lista on tallennettu salattuna tälle laitteelle. Jokainen muutos tallennetaan.
centre-keep-export = Tallenna salattu lista tiedostoksi
centre-keep-delete = Poista tallennettu lista ja kaikki profiilit
centre-keep-bring-in = Avaa tallennettu lista tiedostosta
centre-keep-working = Salataan …
centre-keep-wrong = Tunnuslause ei avaa tallennettua listaa. Lista on yhä tallessa.
centre-keep-short = Tunnuslause on liian lyhyt. Siinä on oltava vähintään { $count } merkkiä.
centre-keep-mismatch = Tunnuslauseet eivät ole samat. Kirjoita sama kahdesti.
centre-keep-not-a-store = Tiedosto ei ole Kompetenskollin tallentama lista.
centre-keep-newer = Lista on tallennettu Kompetenskollin uudemmalla versiolla. Päivitä sovellus ja yritä uudelleen.
centre-keep-damaged = Tallennettu lista on vioittunut, eikä sitä voi avata.
centre-keep-unavailable = Tämä selain ei voi salata tässä. Avaa sovellus https-osoitteella.
