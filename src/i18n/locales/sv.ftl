# Swedish is the source language: every key here must exist in every other locale.
locale-name = Svenska
app-title = Kompetenskoll
app-tagline = Se vad du redan kan och vilka yrken som söker folk just nu.
app-intro = Du svarar på frågor om vad du kan och har gjort. Sedan visar Kompetenskoll vilka yrken som passar dig, vad som saknas och vilken utbildning som kan hjälpa dig dit.
privacy-promise = Dina svar stannar på den här enheten. Ingenting skickas någonstans om du inte själv lämnar över det.
language-label = Språk
skip-to-content = Hoppa till innehållet
footer-attribution = Innehåller information från O*NET 29.2 (USDOL/ETA, CC BY 4.0) och JobTech Taxonomy (Arbetsförmedlingen, CC0).
