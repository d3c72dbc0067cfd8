"""A corpus of (English source, translation) pairs: correct-but-free wording vs one wrong figure.

The translations were written for this test in the style of the team's real pages: figures in
the locale's own format, words for digits, phrases for "24/7", reworded sentences. Every "wrong"
pair changes exactly one figure, unit, clock (business vs calendar), currency, period, time,
weekday, ordinal or time zone. compare_figures must flag every wrong pair and none of the others.
"""

import pytest

from generator.figures import compare_figures, read_figures

S = {
    "price": "The VIP add-on costs €1,000 per month and is available only on the All-inclusive plan.",
    "resp": "Initial response within 1 hour; follow-up every 4 hours.",
    "chat": "Dedicated chat support from 9:00 to 17:00 CET, Monday to Friday.",
    "sev3": "Severity 3: 2 business hours or less. Your agent will contact you within 1–2 hours.",
    "follow": "Follow-up within 2 business days.",
    "sev4": "Severity 4: 1 business day. Your agent will contact you within 24 hours.",
    "always": "On top of 24/7 chat support on our website, you get a dedicated agent.",
    "level": "We route you to a second-level technical agent.",
    "uptime": "Uptime of 99.9% per month.",
    "calls": "Calls are answered from 9 AM to 5 PM Central European Time.",
    "trial": "The trial lasts 14 days.",
    "half": "For critical incidents we respond within half an hour.",
}

OK, BAD = True, False

CORPUS = [
    # --- Portuguese ---------------------------------------------------------------------------
    ("pt", "price", "O complemento VIP custa 1.000 € por mês e só está disponível no plano All-inclusive.", OK),
    ("pt", "resp", "Primeira resposta em até uma hora; acompanhamento a cada 4 horas.", OK),
    ("pt", "chat", "Suporte dedicado por chat das 9h às 17h (CET), de segunda a sexta-feira.", OK),
    ("pt", "sev3", "Severidade 3: até 2 horas úteis. O seu agente entrará em contato em 1 a 2 horas.", OK),
    ("pt", "always", "Além do suporte por chat 24 horas por dia em nosso site, você conta com um agente dedicado.", OK),
    ("pt", "level", "Encaminhamos você para um agente técnico de 2º nível.", OK),
    ("pt", "sev4", "Severidade 4: um dia útil. O seu agente falará com você dentro de 24 horas.", OK),
    ("pt", "trial", "O período de teste dura duas semanas.", OK),
    ("pt", "price", "O complemento VIP custa 100 € por mês e só está disponível no plano All-inclusive.", BAD),
    ("pt", "resp", "Primeira resposta em até 1 hora; acompanhamento a cada 4 dias.", BAD),
    ("pt", "chat", "Suporte dedicado por chat das 9h às 18h (CET), de segunda a sexta-feira.", BAD),
    ("pt", "sev3", "Severidade 3: até 2 horas. O seu agente entrará em contato em 1 a 2 horas.", BAD),
    ("pt", "follow", "Acompanhamento em até 2 dias.", BAD),
    ("pt", "chat", "Suporte dedicado por chat das 9h às 17h (CET), de segunda a sábado.", BAD),
    ("pt", "calls", "As chamadas são atendidas das 9:00 às 17:00, horário de Brasília.", BAD),
    ("pt", "price", "O complemento VIP custa 1.000 US$ por mês e só está disponível no plano All-inclusive.", BAD),
    # --- French -------------------------------------------------------------------------------
    ("fr", "price", "Le module VIP coûte 1 000 € par mois et n’est proposé qu’avec le forfait All-inclusive.", OK),
    ("fr", "resp", "Première réponse dans l’heure ; suivi toutes les 4 heures.", OK),
    ("fr", "chat", "Chat dédié de 9 h à 17 h (heure d’Europe centrale), du lundi au vendredi.", OK),
    ("fr", "sev3", "Gravité 3 : 2 heures ouvrées maximum. Votre agent vous contactera sous 1 à 2 heures.", OK),
    ("fr", "always", "En plus du chat disponible 24 h/24 et 7 j/7 sur notre site, vous disposez d’un agent dédié.", OK),
    ("fr", "level", "Nous vous orientons vers un agent technique de niveau 2.", OK),
    ("fr", "sev4", "Gravité 4 : un jour ouvré. Votre agent vous contactera dans les 24 heures.", OK),
    ("fr", "trial", "L’essai dure deux semaines.", OK),
    ("fr", "price", "Le module VIP coûte 1 000 € par an et n’est proposé qu’avec le forfait All-inclusive.", BAD),
    ("fr", "resp", "Première réponse dans les 2 heures ; suivi toutes les 4 heures.", BAD),
    ("fr", "chat", "Chat dédié de 9 h à 17 h (heure d’Europe de l’Est), du lundi au vendredi.", BAD),
    ("fr", "sev3", "Gravité 3 : 2 jours ouvrés maximum. Votre agent vous contactera sous 1 à 2 heures.", BAD),
    ("fr", "sev4", "Gravité 4 : un jour ouvré. Votre agent vous contactera dans les 48 heures.", BAD),
    ("fr", "always", "En plus du chat disponible du lundi au vendredi sur notre site, vous disposez d’un agent dédié.", BAD),
    ("fr", "level", "Nous vous orientons vers un agent technique de troisième niveau.", BAD),
    ("fr", "calls", "Les appels sont pris en charge de 9 h à 15 h, heure d’Europe centrale.", BAD),
    # --- German -------------------------------------------------------------------------------
    ("de", "price", "Das VIP-Add-on kostet 1.000 € monatlich und ist nur im All-inclusive-Tarif erhältlich.", OK),
    ("de", "resp", "Erste Antwort innerhalb einer Stunde, danach Rückmeldung alle vier Stunden.", OK),
    ("de", "chat", "Dedizierter Chat-Support Mo–Fr von 9 bis 17 Uhr MEZ.", OK),
    ("de", "sev3", "Schweregrad 3: höchstens 2 Geschäftsstunden. Ihr Ansprechpartner meldet sich innerhalb von ein bis zwei Stunden.", OK),
    ("de", "follow", "Rückmeldung innerhalb von zwei Werktagen.", OK),
    ("de", "always", "Zusätzlich zum Chat-Support rund um die Uhr auf unserer Website erhalten Sie einen festen Ansprechpartner.", OK),
    ("de", "level", "Wir leiten Sie an einen Techniker der zweiten Ebene weiter.", OK),
    ("de", "half", "Bei kritischen Vorfällen antworten wir innerhalb einer halben Stunde.", OK),
    ("de", "price", "Das VIP-Add-on kostet 1.000 € jährlich und ist nur im All-inclusive-Tarif erhältlich.", BAD),
    ("de", "resp", "Erste Antwort innerhalb einer Stunde, danach Rückmeldung alle vier Tage.", BAD),
    ("de", "chat", "Dedizierter Chat-Support Mo–Sa von 9 bis 17 Uhr MEZ.", BAD),
    ("de", "sev3", "Schweregrad 3: höchstens 2 Stunden. Ihr Ansprechpartner meldet sich innerhalb von ein bis zwei Stunden.", BAD),
    ("de", "follow", "Rückmeldung innerhalb von drei Werktagen.", BAD),
    ("de", "calls", "Anrufe werden von 9 bis 17 Uhr osteuropäischer Zeit entgegengenommen.", BAD),
    ("de", "price", "Das VIP-Add-on kostet 1.000 $ monatlich und ist nur im All-inclusive-Tarif erhältlich.", BAD),
    ("de", "sev4", "Schweregrad 4: 1 Werktag. Ihr Ansprechpartner meldet sich innerhalb von 12 Stunden.", BAD),
    # --- Russian ------------------------------------------------------------------------------
    ("ru", "price", "Дополнительная услуга VIP стоит 1000 евро в месяц и доступна только на тарифе All-inclusive.", OK),
    ("ru", "resp", "Первый ответ — в течение часа, далее обновления каждые 4 часа.", OK),
    ("ru", "chat", "Выделенный чат работает с понедельника по пятницу с 9:00 до 17:00 по центральноевропейскому времени.", OK),
    ("ru", "sev3", "Уровень 3: не более 2 рабочих часов. Ваш специалист свяжется с вами в течение 1–2 часов.", OK),
    ("ru", "sev4", "Уровень 4: один рабочий день. Ваш специалист свяжется с вами в течение суток.", OK),
    ("ru", "always", "Помимо круглосуточного чата на нашем сайте, вы получаете выделенного специалиста.", OK),
    ("ru", "level", "Мы направим вас к техническому специалисту второго уровня.", OK),
    ("ru", "uptime", "Доступность — 99,9 % в месяц.", OK),
    ("ru", "price", "Дополнительная услуга VIP стоит 10 000 евро в месяц и доступна только на тарифе All-inclusive.", BAD),
    ("ru", "resp", "Первый ответ — в течение двух часов, далее обновления каждые 4 часа.", BAD),
    ("ru", "chat", "Выделенный чат работает с понедельника по пятницу с 10:00 до 17:00 по центральноевропейскому времени.", BAD),
    ("ru", "sev3", "Уровень 3: не более 2 рабочих дней. Ваш специалист свяжется с вами в течение 1–2 часов.", BAD),
    ("ru", "follow", "Обновления — в течение 2 календарных дней.", BAD),
    ("ru", "calls", "Звонки принимаются с 9:00 до 17:00 по московскому времени.", BAD),
    ("ru", "level", "Мы направим вас к техническому специалисту третьего уровня.", BAD),
    ("ru", "uptime", "Доступность — 99 % в месяц.", BAD),
    # --- Bulgarian ----------------------------------------------------------------------------
    ("bg", "price", "Добавката VIP струва 1000 € на месец и е достъпна само за плана All-inclusive.", OK),
    ("bg", "resp", "Първи отговор до един час; последващи отговори на всеки 4 часа.", OK),
    ("bg", "chat", "Специален чат от понеделник до петък, 9:00–17:00 ч. централноевропейско време.", OK),
    ("bg", "sev3", "Степен 3: до 2 работни часа. Служителят ви ще се свърже с вас в рамките на 1–2 часа.", OK),
    ("bg", "sev4", "Степен 4: 1 работен ден. Служителят ще се свърже с вас в рамките на 24 часа.", OK),
    ("bg", "always", "Освен денонощния чат на сайта ни, получавате и специален служител.", OK),
    ("bg", "level", "Насочваме ви към технически служител от 2-ро ниво.", OK),
    ("bg", "trial", "Пробният период е 14 дни.", OK),
    ("bg", "price", "Добавката VIP струва 1000 лв. на месец и е достъпна само за плана All-inclusive.", BAD),
    ("bg", "resp", "Първи отговор до три часа; последващи отговори на всеки 4 часа.", BAD),
    ("bg", "chat", "Специален чат от понеделник до събота, 9:00–17:00 ч. централноевропейско време.", BAD),
    ("bg", "sev3", "Степен 3: до 2 часа. Служителят ви ще се свърже с вас в рамките на 1–2 часа.", BAD),
    ("bg", "sev4", "Степен 4: 2 работни дни. Служителят ще се свърже с вас в рамките на 24 часа.", BAD),
    ("bg", "always", "Освен чата на сайта ни от 9:00 до 17:00 ч., получавате и специален служител.", BAD),
    ("bg", "trial", "Пробният период е 30 дни.", BAD),
    ("bg", "calls", "Обажданията се приемат от 9:00 до 17:00 ч. източноевропейско време.", BAD),
    # --- Arabic -------------------------------------------------------------------------------
    ("ar", "price", "تبلغ تكلفة إضافة VIP ‏1000 يورو شهريًا، وهي متاحة فقط في باقة All-inclusive.", OK),
    ("ar", "resp", "الرد الأول خلال ساعة واحدة، والمتابعة كل 4 ساعات.", OK),
    ("ar", "chat", "دعم مخصص عبر الدردشة من الاثنين إلى الجمعة من 9:00 إلى 17:00 بتوقيت وسط أوروبا.", OK),
    ("ar", "sev3", "الخطورة 3: ساعتا عمل أو أقل. سيتواصل معك الوكيل خلال ساعة إلى ساعتين.", OK),
    ("ar", "follow", "المتابعة خلال يومي عمل.", OK),
    ("ar", "always", "بالإضافة إلى دعم الدردشة على مدار الساعة على موقعنا، تحصل على وكيل مخصص.", OK),
    ("ar", "level", "نحوّلك إلى وكيل تقني من المستوى الثاني.", OK),
    ("ar", "sev4", "الخطورة ٤: يوم عمل واحد. سيتواصل معك الوكيل خلال ٢٤ ساعة.", OK),
    ("ar", "price", "تبلغ تكلفة إضافة VIP ‏1000 دولار شهريًا، وهي متاحة فقط في باقة All-inclusive.", BAD),
    ("ar", "resp", "الرد الأول خلال ساعتين، والمتابعة كل 4 ساعات.", BAD),
    ("ar", "chat", "دعم مخصص عبر الدردشة من الاثنين إلى الخميس من 9:00 إلى 17:00 بتوقيت وسط أوروبا.", BAD),
    ("ar", "sev3", "الخطورة 3: ساعتان أو أقل. سيتواصل معك الوكيل خلال ساعة إلى ساعتين.", BAD),
    ("ar", "follow", "المتابعة خلال 3 أيام عمل.", BAD),
    ("ar", "sev4", "الخطورة 4: يوم عمل واحد. سيتواصل معك الوكيل خلال 48 ساعة.", BAD),
    ("ar", "level", "نحوّلك إلى وكيل تقني من المستوى الثالث.", BAD),
    ("ar", "calls", "يتم الرد على المكالمات من 9:00 إلى 17:00 بتوقيت غرينتش.", BAD),
]


def verdict(locale, source_key, translation):
    return compare_figures(read_figures(S[source_key], "en"), read_figures(translation, locale))


@pytest.mark.parametrize("locale,source,translation,correct", CORPUS,
                         ids=[f"{c[0]}-{c[1]}-{'ok' if c[3] else 'bad'}-{i}" for i, c in enumerate(CORPUS)])
def test_corpus(locale, source, translation, correct):
    found = verdict(locale, source, translation)
    if correct:
        assert found == [], [m.message for m in found]
    else:
        assert found, "the wrong figure was not caught"


def test_corpus_shape():
    assert len(CORPUS) >= 80
    assert {c[0] for c in CORPUS} >= {"pt", "bg", "fr", "de", "ru", "ar"}
    good = sum(1 for c in CORPUS if c[3])
    assert abs(good - (len(CORPUS) - good)) <= 2


def test_messages_are_human():
    (m,) = verdict("de", "price", "Das VIP-Add-on kostet 100 € monatlich.")
    assert m.kind == "changed"
    assert "100 €" in m.message and "€1,000" in m.message
    (m,) = verdict("pt", "follow", "Acompanhamento em até 2 dias.")
    assert "business" in m.message
