locale-name = English
app-title = Kompetenskoll
app-tagline = See what you already know and which jobs are looking for people right now.
app-intro = You answer questions about what you can do and have done. Kompetenskoll then shows which jobs suit you, what is missing and which training can get you there.
privacy-promise = Your answers stay on this device. Nothing is sent anywhere unless you hand it over yourself.
language-label = Language
skip-to-content = Skip to content
footer-attribution = Includes information from O*NET 29.2 (USDOL/ETA, CC BY 4.0) and the JobTech Taxonomy (Arbetsförmedlingen, CC0).
