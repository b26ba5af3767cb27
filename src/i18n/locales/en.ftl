locale-name = English
app-title = Kompetenskoll
app-tagline = See what you already know and which jobs are looking for people right now.
app-intro = You answer questions about what you can do and have done. Kompetenskoll then shows which jobs suit you, what is missing and which training can get you there.
privacy-promise = Your answers stay on this device. Nothing is sent anywhere unless you hand it over yourself.
language-label = Language
skip-to-content = Skip to content
footer-attribution = Includes information from O*NET 29.2 (USDOL/ETA, CC BY 4.0) and the JobTech Taxonomy (Arbetsförmedlingen, CC0).
nav-about-data = About the data
nav-back = Back to start
about-title = About the data
about-intro = Here you can see which files Kompetenskoll uses, who made them and where the information comes from.
about-demand-heading = The demand file
about-demand-choose = Choose a demand file
about-loading = Loading …
about-load-failed = The file { $file } could not be read: { $reason }
about-publisher = Publisher
about-region = Area
about-published = Published
about-valid-until = Valid until
about-expired = The file was valid until { $date }. The information may be out of date.
about-licence = Licence
about-contents = Contents
about-counts = { $occupations } occupations, { $skills } skills and { $trainings } trainings
about-attribution = Attribution
about-sources = Sources
about-questionnaire-heading = The questions
about-questionnaire-counts = { $items } questions about what you can do, { $short } of them in the short version
about-version = Version
demand-file-sverige = Sweden — all occupations
demand-file-varmland = Värmland (example)
start-short = Short version
start-full = All questions
start-estimate = { $items } questions, about { $minutes } minutes
start-begin-short = Start the short version
start-begin-full = Start with all questions
start-continue = Continue where you left off
start-over = Start again from the beginning
start-loading = Loading the questions …
start-restore-failed = Your saved answers could not be read, so you need to start again.
start-restore-dismiss = OK
content-failed = The questions could not be loaded: { $reason }
q-progress = Part { $n } of { $total }
q-back = Back
q-next = Next
q-skip = Skip
q-finish = Show results
q-dont-know = Don't know
q-level-option = { $label }: { $example }
q-same-level = You have given almost every question the same answer. Think about what you are best at and what you have never tried – the matching gets better.
q-saved = Your answers are only saved on this device while you answer.
q-education-none = Prefer not to say
results-title = Jobs that suit you
results-intro = The jobs are ordered by how well they suit your answers. You also see how much of the requirements you already meet and what the demand is like.
results-file = Demand file: { $title } from { $publisher }, published { $published }, valid until { $valid }
results-expired = The demand file was valid until { $date }. Demand may have changed.
results-controls = Sort and choose a field
results-sort = Sort by
results-sort-match = How well the job suits you
results-sort-readiness = How much you already meet
results-sort-demand = Demand
results-in-demand-only = Only show jobs that are in demand
results-field = Occupational field
results-field-all = All fields
results-match = Suits you: { $score } %
results-readiness = Already met: { $score } %
results-demand-unknown = Demand: unknown
results-none = No jobs match the filter.
results-more = Show more jobs
results-edit = Change your answers
results-loading = Loading the demand file …
outlook-recruitment-shortage = Shortage of workers
outlook-recruitment-balance = Balance between applicants and jobs
outlook-recruitment-surplus = More applicants than jobs
outlook-opportunities-large = Good chances of getting a job
outlook-opportunities-medium = Fair chances of getting a job
outlook-opportunities-small = Small chances of getting a job
outlook-five-year-increase = Demand is expected to grow over the next five years
outlook-five-year-unchanged = Demand is expected to stay the same over the next five years
outlook-five-year-decrease = Demand is expected to fall over the next five years
outlook-county = County { $county }
outlook-assessed = Assessment for { $year }
outlook-ahead = Outlook for { $year }
outlook-source = Source: { $source }
outlook-summary = Demand: { $outlook } ({ $source }, { $year })
outlook-national = All of Sweden
occ-back = Back to the list
occ-skill-line = { $label }
occ-language-line = { $language }: level { $level }
occ-licence-line = Driving licence { $category }
occ-trainings = Training that can get you there
occ-training-closes = Closes { $count } of the gaps
occ-what-if = What if I take it?
occ-what-if-result = With this training you meet { $after } % of the requirements (now { $before } %).
occ-note = Good to know
level-step = { $word } ({ $step })
occ-level-line = { $label }: you have { $have }, the job needs { $need }
occ-level-line-unknown = { $label }: the job needs { $need }
occ-education-line = Education: { $level }
occ-education-line-isced = Education at level { $isced } (ISCED)
occ-match-means = How close your answers are to what the job asks.
occ-readiness-means = How much of what the job requires you already meet.
occ-reasons = Why this job fits you
occ-gaps = What is missing most
occ-no-gaps = Nothing important is missing.
occ-gap-training = { $training } ({ $form }, { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
})
occ-gap-training-no-weeks = { $training } ({ $form })
occ-gap-no-training = No training in the demand file closes this gap.
occ-gap-skills = You did not tick { $count } of the { $total } skills the job lists.
occ-demand = Demand
occ-breakdown = The whole calculation, line by line
occ-breakdown-match = How “Fits you” is counted
occ-breakdown-match-hint = Each line compares one of your answers with the job. A line can count against.
occ-breakdown-readiness = How “Already met” is counted
occ-breakdown-readiness-hint = Each requirement gives points by how important it is and how much of it you meet.
occ-points = { $points } pts
occ-sum = Total: { $points } points, that is { $score } %
occ-status-met = Met
occ-status-partial = Partly
occ-status-missing = Missing
occ-status-unknown = Not answered
occ-match-no-profile = The job has no level profile to compare with. That part counts at a neutral value.
occ-match-no-formal = The job has no formal requirement that you do not meet.
occ-unanswered = You have not answered about these
occ-unanswered-hint = Answer here and the figures are counted again at once.
occ-unanswered-choose = Choose a level
occ-unanswered-skill = { $label }: I can do this
results-reason = Strongest: { $reason }
training-form-komvux = Adult education (Komvux)
training-form-yrkesvux = Vocational adult education
training-form-labour_market_training = Labour-market training
training-form-validation = Validation
training-form-sfi = Swedish for immigrants (sfi)
training-form-swedish_second_language = Swedish as a second language
training-form-folkhogskola = Folk high school
training-form-yrkeshogskola = Higher vocational education
training-form-licence_course = Driving licence course
training-form-other = Other training
wh-search-label = Search for a job you have had
wh-search-hint = Type at least two letters, for example "undersköterska" or "svetsare". Job titles are in Swedish. You can also type the occupation in English.
wh-results = Matching job titles
wh-no-matches = No job title matches. Try another word.
wh-groups = Occupations with this name in English: choose your job title in Swedish
wh-add = Add
wh-picked = Jobs you have added
wh-remove = Remove { $title }
wh-skills-legend = What have you done as { $title }? Tick what you have done.
wh-skills-loading = Loading the skills for this job …
wh-titles-loading = Loading the job titles …
whole-app-failed = The rest of the app could not be loaded. Check the connection and try again.
whole-app-retry = Try again
demand-open-file = Open another demand file
demand-open-hint = A region or municipality can publish its own file. It is only read here on this device.
demand-unreachable = The demand file { $source } could not be fetched, so the previous file is used. ({ $reason })
demand-dismiss = Close the message
kiosk-finish = Finish and clear
kiosk-idle-title = Are you still there?
kiosk-idle-text = In { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
} everything you have answered will be cleared, so the next person can start afresh.
kiosk-stay = I am still here
kiosk-note = This is a shared computer. Nothing is saved, and everything is cleared when you are done.
goal-work = Work
goal-study = Study
goal-unsure = Not sure yet
goal-text = In your own words (if you like)
licences-none = I have no driving licence
licence-AM = AM – moped
licence-A1 = A1 – light motorcycle
licence-A2 = A2 – medium motorcycle
licence-A = A – motorcycle
licence-B = B – car
licence-BE = BE – car with heavy trailer
licence-C1 = C1 – medium lorry
licence-C1E = C1E – medium lorry with trailer
licence-C = C – heavy lorry
licence-CE = CE – heavy lorry with trailer
licence-D1 = D1 – minibus
licence-D1E = D1E – minibus with trailer
licence-D = D – bus
licence-DE = DE – bus with trailer
lang-add = Add a language
lang-choose = Choose a language
lang-remove = Remove { $language }
lang-level-none = Not rated
lang-listening = Understanding people talk
lang-reading = Reading
lang-spoken_interaction = Talking with others
lang-spoken_production = Telling and describing
lang-writing = Writing
cefr-A1 = A1 – a few words and simple phrases
cefr-A2 = A2 – simple everyday things
cefr-B1 = B1 – most everyday situations
cefr-B2 = B2 – most situations, also at work
cefr-C1 = C1 – fluent, also on difficult subjects
cefr-C2 = C2 – like a native speaker
lang-sv = Swedish
lang-en = English
lang-ar = Arabic
lang-so = Somali
lang-ti = Tigrinya
lang-prs = Dari
lang-fa = Persian
lang-uk = Ukrainian
lang-fi = Finnish
lang-ku = Kurdish
lang-pl = Polish
lang-es = Spanish
lang-fr = French
lang-de = German
lang-ru = Russian
lang-tr = Turkish
lang-bs = Bosnian
lang-sq = Albanian
lang-th = Thai
cert-name = Certificate, authorisation or other proof
cert-year = Year (if you know it)
cert-add = Add
cert-remove = Remove { $name }
cert-year-invalid = Write the year with four digits, for example 2019.
pref-municipalities = Where do you want to work?
pref-municipality = Municipality
pref-municipality-choose = Choose a municipality
pref-municipality-add = Add the municipality
pref-municipality-remove = Remove { $name }
pref-hours = How much do you want to work?
pref-full_time = Full time
pref-part_time = Part time
pref-either = Full or part time
pref-shifts = Which times can you work?
pref-day = Daytime
pref-evening = Evenings
pref-night = Nights
pref-weekend = Weekends
start-open-profile = Open a saved profile
start-open-profile-hint = For coaches, or to continue on another device. The profile is only read here.
ctx-summary = More about this (if you like)
ctx-learned = Where did you learn it?
ctx-learned-work = At work
ctx-learned-education = At school or in a course
ctx-learned-elsewhere = Some other way, for example at home or in a club
ctx-evidence = Can you show it?
ctx-evidence-self_assessed = No, it is my own assessment
ctx-evidence-document = Yes, with grades, a certificate or a reference
ctx-evidence-validated = Yes, I have had it validated
ctx-wants = What do you want?
ctx-wants-use = I want to work with this
ctx-wants-learn = I want to learn more about this

## Handing the profile over
results-handover = Take your profile to a coach
handover-title = Take your profile with you
handover-intro = Choose what to include. Then save the profile as a file, print it or show it as a QR code. Nothing is sent anywhere.
handover-parts = Included
part-goal = Goal
part-education = Education
part-work_history = Jobs you have had
part-languages = Languages
part-licences = Driving licences
part-skills = Knowledge and skills
part-certificates = Certificates
part-preferences = Working hours and places you prefer
part-matches = Occupations that suit you
handover-download = Save as a file
handover-print = Print
handover-qr = Show QR code
handover-kiosk = No file is saved on a shared computer. Print the profile or scan the QR code with your phone.
handover-saved = The profile was saved as { $file }.
handover-save-failed = The profile could not be saved: { $reason }
handover-qr-hint = Scan the code with your phone's camera. Kompetenskoll opens with your profile, on that phone only.
handover-qr-link = Link with your profile
handover-qr-making = Making the QR code …
handover-preview = What the print-out looks like
handover-back = Back to the occupations
printout-title = My skills profile
printout-qr = Scan the code to open the profile in Kompetenskoll.
qr-label = QR code with your profile
qr-too-large = The profile is too large for a QR code. Leave some parts out above, or save it as a file.

## The profile, as a coach reads it
summary-created = Made { $date }
summary-none = No answer
summary-unanswered = Not answered
summary-goal = Goal
summary-education = Education
summary-work-history = Jobs
summary-years = { $years ->
    [one] one year
   *[other] { $years } years
}
summary-languages = Languages
summary-language = Language
summary-licences = Driving licences
summary-skills = Knowledge and skills
summary-self-assessed = Self-assessed: the levels are the job seeker's own judgement.
summary-skill = Area
summary-level = Level
summary-learned = Learned
summary-level-value = { $level } – { $label }
summary-evidence = Can be shown
summary-evidence-self = Own judgement
summary-evidence-document = Grades, certificate or reference
summary-evidence-validated = Validated
summary-coach-evidence = Evidence a coach has seen
summary-backing = { $item }: { $kind }, { $by }, { $on }
summary-backing-how = { $item }: { $kind }, { $by }, { $on }. { $how }
summary-specific-skills = Has done
summary-certificate-year = { $name } ({ $year })
summary-certificates = Certificates
summary-preferences = Preferences
summary-matches = Best-suited occupations
summary-match-line = Suits { $score } %, already met { $readiness } %
summary-demand = Based on: { $publisher }, published { $published }, checksum { $hash }
goal-own_business = Start my own business

## Opening a profile (coach's view)
coach-title = Profile
coach-from-file = Opened from the file { $file }, made { $date }.
coach-from-code = Opened from a QR code, made { $date }.
coach-other-questionnaire = The profile was made with questionnaire { $theirs }; this app uses { $ours }.
coach-other-demand = The profile was made against the demand file from { $theirs } (published { $published }, checksum { $hash }). The occupations below are scored against the file in use here.
coach-unread-ratings = { $count ->
    [one] One self-rating was made with another version of the questionnaire and cannot be shown here.
   *[other] { $count } self-ratings were made with another version of the questionnaire and cannot be shown here.
}
coach-unread-jobs = { $count ->
    [one] One job was picked from another version of the list of titles and cannot be shown here.
   *[other] { $count } jobs were picked from another version of the list of titles and cannot be shown here.
}
coach-unread-skills = { $count ->
    [one] One skill belongs to another demand file and cannot be shown here.
   *[other] { $count } skills belong to another demand file and cannot be shown here.
}
coach-next-step = Who can help with the next step?
coach-next-step-hint = A suggestion from the answers, not a decision.
coach-adult-education = Adult-education coach
coach-labour-market = Labour-market coach
coach-business = Business coach
reason-wants-to-study = Wants to study.
reason-own-business = Wants to start a business.
reason-ready-for-work = Already meets most of what the best-suited occupation asks and can start applying.
reason-gaps-training = There are gaps that a training closes.
reason-swedish = May need to strengthen their Swedish.
reason-goal-unclear = Has no clear goal yet: a first conversation about the way ahead.
coach-see-results = See all occupations
coach-continue = Continue answering
coach-add-to-centre = Add to the matching centre's list
coach-answers = The answers
coach-saved-matches = The occupations the job seeker saw
profile-code-newer = The QR code was made with a newer version of Kompetenskoll and cannot be read here.
profile-code-invalid = The QR code could not be read. Scan it again, or ask for the profile as a file.

## Offline and updates
update-ready = A new version of Kompetenskoll is ready. Your answers stay when you update.
update-now = Update now

## Deleting everything
delete-title = Delete everything
delete-hint = Removes your answers and your language choice from this device. None of it is anywhere else.
delete-button = Delete everything about me on this device
delete-confirm = Delete everything? This cannot be undone.
delete-yes = Yes, delete everything
delete-cancel = Cancel
deleted-title = Deleted from this device:
deleted-answers = your saved answers
deleted-language = your language choice
deleted-nothing = nothing – nothing was saved
deleted-not-files = Files you saved yourself, such as a profile, stay where you saved them.
q-read-aloud = Read the question aloud

## Languages
q-also-swedish = Show the questions in Swedish too
untranslated-mark = (in Swedish)
language-load-failed = The language { $language } could not be loaded: { $reason }

# Why a file was refused: one plain sentence, then the details.
refused-too-large = { $file } is { $size } MB and is not opened. The largest file that can be opened here is { $max } MB.
refused-damaged = { $file } is damaged and cannot be read. Perhaps only part of the file came through.
refused-not-ours = { $file } is not a Kompetenskoll file.
refused-other-kind = { $file } is { $found ->
    [demand] a demand file
    [profile] a profile
   *[other] a questionnaire
}, not { $kind ->
    [demand] a demand file
    [profile] a profile
   *[other] a questionnaire
}.
refused-newer = { $file } was made by a newer version of Kompetenskoll. Update the app and try again.
refused-unknown = { $file } is a kind of file that Kompetenskoll does not know.
refused-invalid = { $file } has { $count ->
    [one] one error
   *[other] { $count } errors
} and cannot be used.
refused-unreadable = { $file } could not be read on this device.
refused-details = Show the details (for whoever made the file)
demand-kept = The previous demand file is still in use.

# The adaptive short path: one rating a screen, chosen from the answers.
start-estimate-adaptive = At most { $items } questions, about { $minutes } minutes
q-choosing = Choosing your next question …
q-results-now = Show results now
q-all-questions = Answer all questions instead
q-rating-progress = Question { $n } of about { $total }
q-adaptive-why = Each question is chosen from your answers so far.

# The matching centre: many profiles against one need (never at a kiosk).
centre-open = Matching centre: compare many profiles with a need
centre-title = Matching centre
centre-intro = Here you compare many people's profiles with an employer's need. The profiles stay in this tab and are gone when you close it, unless you keep the list encrypted on this device. Nothing is sent anywhere.
centre-profiles = Profiles
centre-pick = Open profile files
centre-pick-hint = You can choose many files at once or drag them here.
centre-count = { $count ->
    [one] One profile is open.
   *[other] { $count } profiles are open.
}
centre-refused = { $count ->
    [one] One file could not be opened:
   *[other] { $count } files could not be opened:
}
centre-duplicate = { $file } is already in the list.
centre-remove = Remove { $file }
centre-remove-all = Remove all profiles
centre-need = Need
centre-need-label = Occupation the employer needs
centre-need-choose = Choose an occupation
centre-need-open = Or open a need saved as a file
centre-need-from-file = The need comes from the file { $file }.
centre-fits = Who fits
centre-no-profiles = Open profiles and choose an occupation to see who fits.
centre-waiting = Working …
centre-shortlist-failed = The profiles could not be ranked against this need. Choose the need again.
centre-filter = Show
centre-filter-all = Everyone
centre-filter-weeks = Ready within { $weeks } weeks of training
centre-none-fit = No profile fits this choice.
centre-ready-now = Ready now
centre-after-training = { $weeks ->
    [one] Ready after one week of training
   *[other] Ready after { $weeks } weeks of training
}
centre-far = Further away
centre-route-none = No training needed
centre-little-known = Too little known yet
centre-col-profile = Profile
centre-col-nearness = How near
centre-col-readiness = Meets the requirements
centre-col-match = Fits
centre-col-gaps = Gaps
centre-col-route = Shortest training
centre-col-after = Meets after the training
centre-col-wants = What they want
centre-col-backed = Backed
centre-shown = Showing the { $shown } nearest of { $count }. The CSV file has everyone the filter shows.
centre-show-all = Show all { $count }
centre-why = { $figure }: why?
centre-why-title = Why { $who } gets these figures for { $need }
centre-why-close = Close the explanation
centre-backed = { $validated } of { $claimed } validated, { $documented } with a document
centre-view-profile = Show { $file } with answers, evidence and results
centre-save-profile = Save { $file } with the evidence
centre-evidence-title = Evidence
centre-evidence-intro = Record what backs what the person says they can do. Their own assessment does not change. The evidence goes with the profile.
centre-evidence-seeker = Person
centre-evidence-item = Skill the job needs
centre-evidence-kind = What backs it?
centre-evidence-validated = Validated
centre-evidence-document = I have seen grades, a certificate or a reference
centre-evidence-self = Nothing, only their own assessment
centre-evidence-by = Who saw or validated it?
centre-evidence-missing-by = Write who saw or validated it.
centre-evidence-how = How? For example which certificate or which validation
centre-evidence-on = Date
centre-evidence-save = Save the evidence
centre-evidence-none = The person does not say they can do anything this job needs. There is nothing to back.
centre-evidence-own-level = Their own assessment: { $level }
centre-evidence-own-skill = They ticked it themselves.
centre-percent = { $percent } %
centre-wants-work = Looking for work
centre-wants-this = Wants this job
centre-wants-here = Wants to work in { $place }
centre-wants-elsewhere = Wants to work in other municipalities
centre-wants-use = Things this job needs that they want to work with: { $count }
centre-wants-learn = Things this job needs that they want to learn more of: { $count }
centre-supply = Supply against demand
centre-supply-intro = How many of your profiles are ready now or within { $weeks } weeks of training for occupations the demand file says are in shortage.
centre-supply-show = Show supply against demand
centre-supply-caption = Your profiles against occupations in shortage, { $date }
centre-supply-further = Further away
centre-supply-counts = { $ready } ready now, { $within } within { $weeks } weeks, { $further } further away
centre-supply-none = None of your profiles is near an occupation in shortage yet.
centre-supply-print = Print the chart
centre-need-edit = Adjust the need to the employer's
centre-need-employer = Employer
centre-need-place = Place
centre-need-licences = Driving licences required
centre-need-swedish = Swedish required
centre-need-education = Education required
centre-need-levels = Levels required
centre-need-levels-hint = What weighs most in the job. Choose the level the employer needs, or No requirement.
centre-need-skills = Skills required
centre-need-skills-hint = Choose whether the employer requires the skill, counts it as a merit, or No requirement.
centre-need-skill-essential = Required
centre-need-skill-wanted = A merit
centre-need-none = No requirement
centre-need-save = Save the need as a file
centre-need-save-hint = The file is a demand file in the same format as the regions'. The command-line tool can check it, and it can be published.
centre-label-for = Label for { $file }
centre-unlabelled = Profile { $number }
centre-print = Print the list
centre-csv = Save the list as a CSV file
centre-out-hint = The print-out and the CSV file show your labels, not the file names. Use a name as a label only if the person wants it.
centre-print-title = Who fits as { $need }, { $date }
centre-made = Made { $date }
centre-old = Older than { $months } months: consider deleting
centre-old-label = Flag profiles older than
centre-months = { $months } months
centre-keep-title = Keep the list on this device
centre-keep-intro = The list is encrypted with a passphrase you choose. Without the passphrase nobody can read the list, not you either.
centre-keep-passphrase = Passphrase
centre-keep-passphrase-hint = At least { $count } characters. Write it down somewhere safe.
centre-keep-again = Type the passphrase again
centre-keep-button = Keep the list encrypted
centre-keep-locked = A kept list is on this device. Type its passphrase to open it.
centre-keep-open = Open the kept list
centre-keep-kept = The list is kept encrypted on this device. Every change is kept.
centre-keep-export = Save the encrypted list as a file
centre-keep-delete = Delete the kept list and every profile
centre-keep-bring-in = Open a kept list from a file
centre-keep-working = Encrypting …
centre-keep-wrong = The passphrase does not open the kept list. The list is still there.
centre-keep-short = The passphrase is too short. It needs at least { $count } characters.
centre-keep-mismatch = The two passphrases differ. Type the same one twice.
centre-keep-not-a-store = The file is not a list kept by Kompetenskoll.
centre-keep-newer = The list was kept by a newer version of Kompetenskoll. Update the app and try again.
centre-keep-damaged = The kept list is damaged and cannot be opened.
centre-keep-unavailable = This browser cannot encrypt here. Open the app over https.
centre-keep-no-room = The list could not be kept on this device: the browser has no room for it. The profiles are still open in this tab.
centre-qr-profile = Profile from a QR code { $made }
