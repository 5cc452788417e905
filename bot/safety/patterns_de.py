"""German safety patterns: what danger, self-harm and abuse disclosures look like in German.

Same shape as :mod:`bot.safety.patterns`: lists of regular expressions (the
``regex`` module, so long key words can match with one typo via ``{e<=1}``)
that run over normalised text (see :mod:`bot.safety.normalise`): lower case,
umlauts and accents folded (``ä`` -> ``a``, ``ü`` -> ``u``; ``ß`` stays),
apostrophes removed, punctuation replaced by spaces.  ``HYPERBOLE`` phrases
("ich lach mich tot", "die Hausaufgaben bringen mich um") are removed before
the other lists run.  The patterns are written in the first person ("ich",
"mich", "mir", "mein ...") so that general questions ("Was ist Sextortion?")
do not match; disclosure categories also skip questions about what *might*
happen ("Was passiert, wenn ...?").
"""

from __future__ import annotations

# Building blocks ------------------------------------------------------------

# A question about what might happen, not a disclosure of what did.  Used as a
# negative look-ahead in the image-abuse categories (never in danger/self-harm).
HYPO = (
    r"(?:was|wie|wo|warum|wieso|kann|kannst|konnen|konnte|darf|ist es|sind|soll|sollte|wurde|muss|wenn|falls)\b"
    r"(?!.*\b(?:gerade|jetzt|schon|bereits|passiert ist|ist passiert|hat mir|hat mich|haben mir|haben mich|hat er"
    r"|hat sie|sagt|sagte|gesagt|geschrieben|droht mir|erpresst mich|wird erpresst|wurde|wurden|mir geschickt"
    r"|(?:schickt|postet|zeigt|veroffentlicht|teilt|verbreitet|leakt|will) (?:er|sie)|(?:er|sie) will)\b)"
)
NOT_HYPO = r"^(?!" + HYPO + r")"

ME = r"(?:mich|mir|mich selbst|mir selbst)"
PEOPLE = (
    r"(?:er|sie|jemand|einer|ein mann|ein typ|ein junge|ein erwachsener|ein fremder|eine fremde|ein alterer \w+"
    r"|mein (?:stief ?)?(?:vater|papa|vati|bruder|onkel|opa|cousin|freund|trainer|lehrer|nachbar|betreuer|babysitter)"
    r"|meine (?:stief ?)?(?:mutter|mama|mutti|schwester|tante|oma|cousine|freundin|trainerin|lehrerin|nachbarin)"
    r"|meine eltern|der freund von (?:meiner )?(?:mama|mutter)|mamas freund|der neue freund von \w+)"
)
IMAGES = (
    r"(?:bilder?|bildern|fotos?|pics?|nacktbilder?n?|nacktfotos?|nacktvideos?|nudes?|videos?|selfies?|snaps?"
    r"|aufnahmen|sachen die ich geschickt habe)"
)
FAKE = (
    r"(?:deep ?fakes?|deep ?gefaked?|gefake\w*|gefalscht\w*|fake (?:nackt\w*|nudes?|bilder?|fotos?|pornos?|videos?)"
    r"|ki (?:nackt\w*|bilder?|fotos?|pornos?|nudes?|videos?)|ki ?generiert\w*|mit (?:\w+ ){0,2}(?:ki|ai|app|photoshop"
    r"|programm) (?:\w+ )?(?:erstellt|gemacht|bearbeitet|generiert|erzeugt|ausgezogen)|nudif\w*|nudify|(?:auszieh|undress)[ -]?apps?"
    r"|bearbeitete? (?:nackt\w*|bilder?|fotos?)|(?:fotos?|bilder?) (?:nackt )?bearbeitet|nackt (?:gemacht|bearbeitet))"
)
SEXUAL = (
    r"(?:nackt\w*|nackig\w*|nakt\w*|porn\w*|sex\w*|missbrauch\w*|intim\w*|oben ohne|ausgezogen\w*|auszieh\w*|nudif\w*"
    r"|unbekleidet\w*|entblo(?:ß|ss|s)t\w*|ohne (?:\w+ )?(?:sachen|klamotten|kleidung|kleider|anziehsachen)"
    r"|(?:nichts|nix) an\b)"
)
# One of my own pictures: "mein Foto", "mein Urlaubsbild", "meine Insta-Bilder", "ein Bild von mir".
MY_PICTURE = (
    r"(?:mein \w*(?:bild|foto|selfie|pic|video)\w*|meine \w*(?:bilder|fotos|selfies|pics|videos)\w*"
    r"|meinen \w*(?:bildern|fotos|selfies|pics|videos)|(?:ein|das) \w*(?:bild|foto|selfie|video) von mir)"
)
CHILDREN = (
    r"(?:kinder|kindern|kind|kleinkind\w*|minderjahrig\w*|kleinen? (?:madchen|jungen|jungs|kinder)"
    r"|junge (?:madchen|jungs)|\d+ ?jahrig\w*|grundschul\w*)"
)
CHILD = (
    r"(?:tochter|sohn|kind|kinder|schuler|schulerin|schulerinnen|stieftochter|stiefsohn|enkel\w*|nichte|neffe"
    r"|kleine schwester|kleiner bruder|kleinen schwester|kleinen bruder|\d+ ?jahrige\w*)"
)
MY = r"(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer|eine?r? (?:meiner|unserer))"

# Phrases that look alarming but are everyday speech.  Removed before matching.
HYPERBOLE = [
    r"\b(?:ich )?(?:lach|lache|lachte|lachen) (?:mich|uns) (?:noch )?(?:tot|kaputt|schlapp)\b",
    r"\btot ?gelacht\b|\btotlachen\b",
    r"\b(?:ich )?(?:sterbe|sterb|starb|sterben) (?:gleich |fast |noch )?(?:vor|an) (?:lachen|langeweile|hunger|durst"
    r"|hitze|scham|peinlichkeit|kalte|neugier|stress|muskelkater|lust|cringe)\b",
    r"\b(?:das|die|der|diese|dieser|dieses|hausaufgaben|hausaufgabe|schule|mathe|arbeit|test|prufung\w*|klausur\w*"
    r"|hitze|langeweile|warten|musik|song|lied|serie|spiel) (?:\w+ ){0,2}(?:bringt|bringen|bringst) mich (?:noch )?um\b",
    r"\b(?:meine )?(?:mama|mutter|papa|vater|eltern|lehrer|lehrerin|trainer|schwester|bruder) (?:\w+ ){0,2}"
    r"(?:bringt|bringen|wird|werden|killt|killen) mich (?:noch )?(?:um|umbringen|killen|toten)? ?(?:wenn|falls|weil)\b",
    r"\bzu tode (?:gelangweilt|erschrocken|genervt|peinlich)\b|\b(?:langweilig|peinlich|heiß|heis) zum sterben\b",
    r"\b(?:ich bin|bin) (?:so |voll |komplett )?(?:tot|todmude|hundemude|fix und fertig)\b(?! ernst)",
    r"\bich (?:konnte|konnt|konnen) (?:sterben|schreien|heulen) vor (?:lachen|gluck|freude|scham|langeweile)\b",
    r"\b(?:im spiel|in fortnite|in minecraft|in roblox|im game) (?:\w+ ){0,3}(?:getotet|gestorben|umgebracht|tot)\b",
    r"\b(?:zum )?(?:totlachen|todlachen)\b",
]

SELF_HARM = [
    r"\b(?:selbstmord\w*){e<=1}",
    r"\b(?:suizid\w*){e<=1}",
    r"\bich (?:\w+ ){0,4}(?:bringe|bring|tote|tot) mich (?:\w+ ){0,2}(?:um|selbst)\b",
    r"\bich (?:will|werde|mochte|wurde|muss|denke (?:\w+ )?(?:dran|daran)|uberlege|plane|versuche|habe versucht"
    r"|hab versucht) (?:\w+ ){0,3}mich (?:selbst )?(?:\w+ ){0,2}(?:umbringen|umzubringen|toten|zu toten|killen)\b",
    r"\bmich selbst (?:\w+ ){0,2}(?:umbringen|umzubringen|toten|zu toten)\b",
    r"\bich (?:will|mochte|mochte am liebsten|wurde am liebsten|wunschte ich ware|wunsche mir) (?:\w+ ){0,3}"
    r"(?:sterben|tot sein|nicht mehr leben|nicht mehr da sein|nicht mehr existieren|fur immer verschwinden)\b",
    r"\b(?:will|mochte|mag|kann|wurde gern|wurde gerne) (?:\w+ ){0,3}nicht mehr (?:leben|weiterleben|da sein|existieren|aufwachen)\b",
    r"\bich (?:wunschte|wunsche mir|wollte) (?:\w+ ){0,3}(?:ich ware|ich war) (?:\w+ ){0,2}(?:tot|nie geboren|nicht geboren"
    r"|weg|nicht mehr da)\b",
    r"\b(?:ich will|ich mochte|ich werde|ich wurde gern|ich wurde gerne) (?:\w+ ){0,3}(?:mein leben|allem|alles)"
    r" (?:\w+ )?(?:beenden|ein ende (?:setzen|machen))\b",
    r"\b(?:mein leben|allem) (?:\w+ ){0,2}(?:beenden|ein ende setzen|ein ende machen)\b",
    r"\bschluss machen mit (?:allem|meinem leben|dem leben)\b|\bich mach(?:e)? schluss mit (?:allem|meinem leben)\b",
    r"\b(?:alle|jeder|meine familie|meine eltern|die welt) (?:\w+ ){0,2}(?:ware|waren|wäre|wären|ist|sind) "
    r"(?:\w+ ){0,2}besser (?:dran )?ohne mich\b|\bohne mich besser dran\b",
    r"\b(?:das leben|mein leben|alles|es) (?:\w+ ){0,2}(?:hat|macht) (?:\w+ ){0,2}keinen sinn mehr\b",
    r"\bkein(?:en)? (?:sinn|grund) (?:mehr )?(?:zu leben|weiterzuleben|zum leben)\b",
    r"\bich (?:halte|halt) (?:das|es|dieses leben|alles) (?:\w+ ){0,2}nicht mehr aus\b",
    r"\bich kann (?:einfach |echt |wirklich )?nicht mehr weiter\b",
    r"\b(?:ich )?(?:ritze|ritz|ritzte|schneide|schnitt|verletze|verletz|verbrenne|kratze) mich\b",
    r"\bich (?:habe |hab )?mich (?:\w+ ){0,3}(?:geritzt|geschnitten|selbst verletzt|verbrannt)\b",
    r"\bich (?:nehme|nehm|schlucke|schluck|habe|hab) (?:\w+ ){0,3}(?:alle|viele|zu viele|eine packung|eine ganze packung)"
    r" (?:\w+ )?(?:tabletten|pillen|medikamente|schlaftabletten)\b",
    r"\b(?:ich )?(?:springe|spring|werfe mich|werf mich|sprang) (?:\w+ ){0,2}(?:von der brucke|von einer brucke|vom dach"
    r"|von einem hochhaus|vor den zug|vor einen zug|vor ein auto)\b",
    r"\b(?:mir|mir selbst) (?:\w+ ){0,3}(?:in den arm|in die arme|die arme|die pulsadern|die handgelenke)"
    r" (?:\w+ )?(?:schneiden|aufschneiden|ritzen|geschnitten|aufgeschnitten)\b",
    r"\bpulsadern\b",
    r"\b(?:ich will|ich muss|ich mochte) mir (?:selbst )?(?:weh ?tun|wehtun|schaden)\b|\bmir selbst weh\b",
    r"\bselbstverletz\w*|\bselbst verletz\w*|\bich ritze\b|\b(?:wieder|angefangen zu|aufhoren zu) ritzen\b",
    r"\b(?:alle|viele|zu viele|eine packung|die ganzen) (?:\w+ ){0,2}(?:tabletten|pillen|medikamente)"
    r" (?:\w+ ){0,2}(?:nehmen|schlucken|genommen|geschluckt|einwerfen|eingeworfen)\b",
    r"\b(?:uberdosis|mich vergiften)\b",
    r"\b(?:von (?:der|einer|dem) (?:brucke|dach|hochhaus)|vor (?:den|einen) (?:zug|bus|lkw)) (?:\w+ )?(?:springen|werfen)\b",
    r"\bmich (?:\w+ )?(?:aufhangen|erhangen|vor den zug werfen)\b",
    r"\b(?:lebt|macht es gut|tschuss|bye) (?:\w+ ){0,2}(?:fur immer|ein letztes mal)\b|\bfur immer (?:lebewohl|tschuss)\b",
    r"\b(?:ich sage|ich sag) (?:euch )?(?:allen )?(?:lebewohl|auf wiedersehen fur immer)\b",
    r"\babschiedsbrief\w*|\bletzte nachricht (?:von mir|an euch)\b|\bmein letzter tag\b",
    r"\b(?:morgen|bald|nachste woche) (?:\w+ ){0,2}nicht mehr (?:da|hier|am leben)\b",
    r"\bnie (?:mehr|wieder) (?:auf ?wachen|aufzuwachen)\b|\b(?:einschlafen|einzuschlafen) und nie (?:mehr|wieder)\b",
    r"\b(?:niemand|keiner|keinen) (?:\w+ ){0,2}(?:wurde|wird) mich (?:\w+ )?(?:vermissen|merken)\b",
    r"\b(?:ich bin es|ich habs|ich habe es) (?:so )?leid zu leben\b|\bmude (?:vom|zu) leben\b|\blebensmude\b",
    r"\b(?:wie|wege) (?:man sich|ich mich) (?:am besten )?(?:umbringt|umbringen kann|toten kann)\b",
    # "einfach nicht mehr aufwachen", "hoffentlich wach ich nie wieder auf"
    r"\b(?:einfach|am liebsten|morgen|nie|fur immer|dann|hoffentlich|hoffe|will|mochte|wunschte|wunsche) (?:\w+ ){0,3}"
    r"(?:nicht|nie|nimmer) ?(?:mehr|wieder)? (?:auf ?wach\w*|aufzuwachen)\b"
    r"|\b(?:wach|wache|wachte) (?:ich )?(?:\w+ ){0,3}(?:nicht|nie) (?:mehr|wieder) auf\b(?=.*\b(?:hoffe|hoffentlich"
    r"|einfach|besser|am besten|wunsch\w*|will|mochte)\b)|\b(?:hoffe|hoffentlich|am besten|einfach)\b.*\b(?:wach|wache)"
    r" (?:ich )?(?:\w+ ){0,3}(?:nicht|nie) (?:mehr|wieder) auf\b",
    # "für alle einfacher/besser, wenn ich nicht mehr da wäre / tot wäre / weg bin"
    r"\b(?:besser|einfacher|leichter|schoner) (?:\w+ ){0,4}(?:wenn|falls) ich (?:\w+ ){0,3}(?:tot|weg|nie geboren"
    r"|(?:nicht|nie) (?:mehr |wieder )?(?:da|hier|ware|existier\w*|leb\w*|auf ?wach\w*|geboren))\b",
    # Blades and shards against one's own skin: "mit der Klinge am Arm"
    r"^(?=.*\b(?:klinge\w*|rasierklinge\w*|scherbe\w*|cutter\w*|teppichmesser\w*|spitzer ?klinge\w*)\b)"
    r"(?=.*\b(?:arm|arme|armen|unterarm\w*|handgelenk\w*|bein|beine|beinen|oberschenkel\w*|haut|bauch|hufte\w*)\b)"
    r"(?=.*\b(?:ich|mich|mir|mein\w*|hab|habe)\b)",
    # Standing somewhere high (bridge, roof, tracks) and thinking of jumping
    r"^(?=.*\b(?:brucke\w*|dach|dachern|hochhaus\w*|gleis\w*|bahngleis\w*|klippe\w*|staudamm|parkhaus\w*)\b)"
    r"(?=.*\b(?:ich|mich|bin)\b)(?=.*\b(?:spring\w*|runterspring\w*|sprung|fallen lassen|runterfallen|sturz\w*"
    r"|werf\w* mich|vor den zug|drauf ?legen|hinlegen)\b)",
    # Pills kept for later or taken all at once: "die Tabletten nehm ich heute Nacht alle"
    r"^(?=.*\b(?:tabletten|tabis|pillen|medikamente|medis|schlaftabletten|schmerztabletten|pillen)\b)"
    r"(?=.*\b(?:alle|alles|auf einmal|auf ex|ganze packung|ganzen packung|gesammelt|gehortet|aufgehoben|versteckt"
    r"|zuruckgelegt|aufbewahrt)\b)(?=.*\b(?:heute nacht|heut nacht|heute abend|heut abend|auf einmal|auf ex|nicht mehr"
    r"|wenn es|wenns|fur den fall|irgendwann|gesammelt|gehortet|zusammen)\b)(?=.*\b(?:ich|mir|hab|habe|meine?\w*)\b)",
]

DANGER = [
    PEOPLE
    + r" (?:\w+ ){0,3}(?:schlagt|schlagen|haut|hauen|verprugelt|tritt|treten|wurgt|beruhrt|begrapscht|missbraucht"
    r"|vergewaltigt|verletzt|bedroht|verfolgt|stalkt|sperrt) (?:mich|mir|meine (?:schwester|geschwister)|meinen bruder)\b",
    PEOPLE
    + r" (?:\w+ ){0,2}(?:hat|hatte|haben) (?:\w+ ){0,2}(?:mich|mir) (?:\w+ ){0,4}(?:geschlagen|gehauen|verprugelt"
    r"|getreten|gewurgt|beruhrt|angefasst|begrapscht|missbraucht|vergewaltigt|eingesperrt|bedroht|verletzt|weh ?getan)\b",
    r"\b(?:fasst|fasste|fassen|grapscht) mich (?:\w+ ){0,3}an\b|\bmich (?:\w+ ){0,3}(?:anfassen|angefasst|anzufassen)\b",
    r"\bich (?:werde|wurde|bin|war) (?:\w+ ){0,3}(?:geschlagen|verprugelt|missbraucht|vergewaltigt|angefasst"
    r"|begrapscht|bedroht|verfolgt|gestalkt|eingesperrt|misshandelt)(?: worden)?\b",
    r"\b(?:ich fuhle mich|fuhle mich) (?:\w+ ){0,3}nicht (?:mehr )?sicher\b(?! ob)",
    r"\bich bin (?:hier|zu hause|zuhause|daheim|dort|bei \w+) (?:\w+ ){0,2}nicht (?:mehr )?sicher\b(?! ob)",
    r"\b(?:zu hause|zuhause|daheim) (?:\w+ ){0,2}nicht (?:mehr )?sicher\b",
    r"\b(?:ich habe|ich hab|hab) (?:\w+ ){0,2}angst (?:\w+ ){0,2}(?:nach hause|heim) zu (?:gehen|kommen)\b",
    r"\b(?:ich habe|ich hab|hab) (?:\w+ ){0,2}angst (?:um mein leben|vor meinem (?:vater|stiefvater|onkel|bruder)"
    r"|vor meiner (?:mutter|stiefmutter)|dass er mich|dass sie mich)\b",
    r"\b(?:jemand|ein mann|ein typ|ein auto|er|sie) (?:\w+ ){0,2}(?:verfolgt|folgt|beobachtet|stalkt) (?:mich|mir)\b"
    r"(?! auf (?:insta\w*|tiktok|snap\w*|youtube|twitch))",
    r"\bmir folgt (?:jemand|ein|eine|seit)\b|\bfolgt mir (?:\w+ )?(?:seit|nach hause|uberall|heim|auf dem (?:heim)?weg)\b",
    r"\b(?:sagt|sagte|schreibt|schrieb|droht|drohte|meint) (?:\w+ ){0,2}(?:er|sie) (?:bringt|bringe|werde|wird|will)"
    r" mich (?:\w+ )?(?:um|umbringen|toten|abstechen|fertigmachen)\b",
    r"\b(?:er|sie|jemand|der typ|der mann) (?:\w+ ){0,2}(?:bringt|bringe) mich (?:\w+ )?um\b",
    r"^(?=.*\b(?:er|sie|jemand|jmd|typ|mann|kerl|fremde\w*|auto|wagen|transporter|leute|der von|die von)\b).*"
    r"\b(?:steht|stehen|wartet|warten|ist|parkt|parken|sitzt|halt|lauert|lungert) (?:\w+ ){0,3}vor (?:meinem|meim"
    r"|unserem|unserm|unsrem|meiner|unserer|unsrer) (?:\w+)?(?:haus|tur|fenster|schule|wohnung|zimmer|block)\b",
    # Followed home: "ist mir (schon 3 mal) nach Hause gefolgt", "läuft mir hinterher"
    r"\b(?:ist|sind|war|waren) (?:\w+ )?mir (?:\w+ ){0,8}(?:gefolgt|nachgelaufen|nachgegangen|nachgefahren"
    r"|hinterhergelaufen|hinterhergegangen|hinterhergefahren|hinterher gelaufen|hinterher gefahren)\b"
    r"|^(?=.*\b(?:er|sie|jemand|jmd|typ|mann|kerl|fremde\w*|auto|wagen|leute|junge|jungs)\b).*\b(?:lauft|geht|fahrt"
    r"|rennt|schleicht|folgt) (?:\w+ ){0,2}mir (?:\w+ ){0,4}(?:hinterher|nach)\b",
    # A stranger/online contact wants me to come out: "ich soll rauskommen", with fear or a stranger
    r"^(?=.*\bich soll (?:\w+ ){0,2}(?:rauskommen|raus kommen|runterkommen|runter kommen|rausgehen|nach drau(?:ß|ss|s)en"
    r"|die tur aufmachen|aufmachen|einsteigen|mitkommen)\b)(?=.*\b(?:angst|hilfe|fremd\w*|typ|mann|snap\w*|insta\w*"
    r"|online|chat|spiel|kenne? (?:ihn|den) nicht)\b)",
    # Conditional threats: "sonst passiert was", "sonst passiert dir was"
    r"\b(?:sonst|ansonsten|andernfalls) (?:\w+ )?(?:passiert|geschieht|erlebst|gibts|gibt es) (?:\w+ )?(?:dir |mir |uns "
    r"|euch |deiner familie |meiner familie )?(?:was|etwas|schlimmes|was schlimmes|ein unglück|ein ungluck|arger)\b",
    r"\bwei(?:ß|ss|s) (?:\w+ )?wo (?:ich|wir) (?:wohne|wohnen|bin|zur schule gehe)\b",
    r"\b(?:kommt|komme|kommen) (?:\w+ ){0,2}(?:zu mir nach hause|zu mir|mich holen|mich (?:\w+ )?finden)\b",
    r"\b(?:droht|drohte|gedroht|will|wird|sagt er|sagt sie) (?:\w+ ){0,3}(?:mich|uns|meine familie|meine mutter"
    r"|meine mama) (?:\w+ ){0,2}(?:umzubringen|umbringen|zu toten|toten|abzustechen|abstechen|zu erschießen"
    r"|erschießen|zusammenzuschlagen|zusammenschlagen|zu verletzen|verletzen|zu vergewaltigen|vergewaltigen)\b",
    r"\b(?:ich bring|ich bringe|wir bringen) dich um\b.{0,40}\b(?:sagt|schreibt|hat gesagt|droht)\b",
    r"\b(?:hat|hatte) (?:\w+ )?(?:ein messer|eine waffe|eine pistole|eine knarre)\b",
    r"^(?=.*\b(?:online|internet|chat|spiel|game|gaming|app|snap\w*|insta\w*|discord|roblox|tiktok|fremde\w*|alter\w*"
    r"|erwachsene\w*|mann|typ|\d{2} ?(?:jahre alt|jahrig\w*))\b)(?=.*\b(?:will|wollte|mochte|fragt|gefragt|sollen|soll"
    r"|drangt|muss|musse|sagt|schreibt)\b.{0,40}\b(?:mich|mit mir|uns|ihn|ihm|sie|ihr|den|die) (?:\w+ ){0,3}(?:treffen"
    r"|zu treffen|abholen|abzuholen)\b)",
    r"\b(?:zwingt|zwang|gezwungen|zwingen) mich\b|\b(?:muss|musste|soll) (?:\w+ ){0,3}(?:ausziehen|anfassen|geheim halten)\b",
    r"\b(?:missbraucht|vergewaltigt|belastigt|begrapscht) mich\b",
    r"\b(?:kommt|kam|kommen) (?:\w+ ){0,2}(?:nachts )?in mein (?:zimmer|bett)\b",
    r"\b(?:eingesperrt|eingeschlossen) (?:\w+ ){0,2}(?:im|in meinem|in einem) (?:zimmer|keller|auto|haus)\b"
    r"|\bsperrt mich (?:\w+ ){0,2}ein\b",
    r"\b(?:ich bin|bin) (?:\w+ ){0,2}in gefahr\b",
    r"\b(?:hilfe|hilf mir|helft mir) (?:\w+ ){0,2}(?:er|sie|jemand) (?:ist|kommt|schlagt|will)\b",
    r"\bich (?:bin|will) (?:\w+ ){0,2}(?:von zu hause|von daheim|von zuhause) (?:weggelaufen|weglaufen|abgehauen|abhauen)\b",
    r"\b(?:tut|tat|tun) (?:\w+ ){0,2}(?:mir|uns) (?:\w+ )?(?:weh|gewalt an)\b(?!.*\b(?:leid|bauch|kopf|zahn))",
    r"\b(?:schubst|stoßt|stost|schmeißt|wirft) mich\b",
    r"\b(?:will|wollte) (?:\w+ ){0,2}(?:dass ich|mich) (?:\w+ ){0,3}(?:zu ihm|zu ihr|in sein auto|in seine wohnung"
    r"|zu sich nach hause) (?:komme|kommen|steige|einsteigen)\b",
    # A parent gone for days, no food at home
    r"^(?=.*\b(?:mama|mutter|mutti|papa|vater|eltern|sie|er|keiner|niemand)\b)(?=.*\b(?:seit|schon) (?:\w+ ){0,2}"
    r"(?:tagen?|nachten?|woche\w*)\b)(?=.*\b(?:nicht|nich|net|nie|kein\w*) (?:mehr )?(?:heim|nach hause|zuruck"
    r"|heimgekommen|zuruckgekommen)\b)",
    r"\b(?:nix|nichts|kein|keine|keinen) (?:mehr )?(?:zu essen|essen|zu trinken|geld fur essen)\b(?=.*\b(?:mama|papa"
    r"|mutter|vater|eltern|allein\w*|seit|tagen?|hunger|ich bin \d+)\b)|\b(?:mama|papa|mutter|vater|eltern)\b"
    r".*\b(?:nix|nichts|kein|keine|keinen) (?:mehr )?(?:zu essen|essen)\b",
    r"\b(?:seit|schon) (?:\w+ )?tagen? (?:\w+ ){0,2}(?:allein|alleine) (?:zu hause|zuhause|daheim)\b"
    r"|\bkein essen (?:mehr )?(?:zu hause|zuhause|daheim|im haus)\b",
]

SEXTORTION = [
    r"\b(?:(?:erpress|sextort)\w*){e<=1} (?:\w+ ){0,2}(?:mich|uns)\b",
    r"\bich (?:werde|wurde|bin|war) (?:\w+ ){0,8}(?:(?:erpresst|sextortet)){e<=1}\b",
    # Someone collected my contacts/followers: the usual set-up for spreading pictures
    r"\b(?:er|sie|der|die|jemand|jmd|typ|hat|haben)\b (?:\w+ ){0,3}(?:meine|meinen) (?:\w+ )?(?:kontakte|kontaktliste"
    r"|follower\w*|freundesliste|freunde ?liste|abonnenten)\b (?:\w+ ){0,2}(?:gescreenshot\w*|screenshot\w*|abfotografiert"
    r"|kopiert|gespeichert|rausgesucht)\b",
    r"\b(?:opfer von|betroffen von) (?:sextortion|erpressung)\b",
    r"\bdroh\w* (?:\w+ ){0,2}(?:mir|mich|damit)\b.{0,80}\b(?:zu )?(?:posten|veroffentlichen|schicken|verschicken|senden"
    r"|teilen|verbreiten|hochladen|zeigen|weiterleiten|leaken)\b",
    r"\bdroh\w* (?:\w+ ){0,6}(?:meine|mein|von mir) (?:\w+ ){0,2}"
    + IMAGES
    + r"\b.{0,60}\b(?:zu )?(?:posten|veroffentlichen|schicken|verschicken|senden|teilen|verbreiten|hochladen|zeigen"
    r"|weiterzuleiten|hochzuladen|weiterleiten|leaken)\b",
    r"^(?=.*\b(?:wenn ich (?:ihm |ihr |ihnen |dem |der )?(?:nicht|nich|net|ned|nichts|nix|kein|keine)|falls ich"
    r" (?:nicht|nich|nichts|nix|kein)|sonst"
    r"|ansonsten|andernfalls|oder er|oder sie|bis morgen|innerhalb von|in \d+ stunden)\b)"
    r"(?=.*\b(?:post\w*|schickt|schicken|verschickt|sendet|veroffentlich\w*|zeigt|zeigen|teilt|teilen|verbreit\w*|leak\w*"
    r"|lad\w* \w+ hoch|hochladen|an alle|allen|meinen eltern|meiner familie|meinen freunden|online"
    r"|(?:kriegen|kriegt|bekommen|bekommt|sehen|sieht) (?:es |das |die |sie )?(?:alle|jeder|meine \w+)"
    r"|alle meine (?:\w+ )?(?:follower\w*|kontakte|freunde|mitschuler\w*|leute|abonnenten))\b)"
    r"(?=.*\b(?:" + IMAGES + r"|alles|sachen|die dinger)\b)(?=.*\b(?:ich|mir|mich|meine?n?)\b)",
    r"\b(?:will|verlangt|fordert|wollen|verlangen) (?:\w+ ){0,3}(?:geld|kohle|\d+ ?(?:euro|eur|€|dollar)|\d{2,}"
    r"|gutschein\w*|paysafe\w*|psc|(?:amazon|steam|itunes|apple|google ?play|guthaben|geschenk) ?karten?|bitcoin|krypto|mehr "
    + IMAGES
    + r"|noch mehr)\b"
    r"(?=.*\b(?:sonst|oder|wenn|falls|ansonsten)\b)(?=.*\b(?:" + IMAGES + r"|post\w*|schick\w*|veroffentlich\w*"
    r"|zeig\w*|teil\w*|verbreit\w*|leak\w*|kriegen|bekommen|sehen|alle|allen|follower\w*|kontakte|familie|eltern"
    r"|freunde\w*|schule|klasse)\b)",
    # Paid and it did not stop: "hab mit Paysafe bezahlt, aber er will immer mehr"
    r"\b(?:bezahlt|gezahlt|uberwiesen|uberweisung|paysafe\w*|gutschein\w*|geld geschickt)\b.{0,80}\b(?:will|verlangt"
    r"|fordert|wollen|verlangen|hort|horen) (?:\w+ ){0,3}(?:immer )?(?:mehr|noch mehr|nochmal|wieder|nicht auf"
    r"|nich auf|das doppelte|weiter)\b",
    r"\b(?:ich )?(?:habe|hab) (?:\w+ ){0,4}(?:bezahlt|gezahlt|uberwiesen)\b(?=.*\b(?:ihm|ihr|ihnen|aber (?:er|sie)"
    r"|trotzdem|immer noch|mehr)\b)",
    r"\bich (?:habe|hab) (?:ihm |ihr |ihnen |jemandem )?(?:\w+ ){0,2}(?:nacktbilder?|nacktfotos?|nudes?|intime (?:bilder"
    r"|fotos)|bilder von mir nackt) (?:\w+ )?(?:geschickt|gesendet)\b.{0,60}\b(?:jetzt|und nun|und er|und sie)\b",
]

FAKE_IMAGE = [
    FAKE
    + r".{0,60}\b(?:von mir|mit meinem gesicht|aus meinem (?:foto|bild|selfie|profilbild|insta\w*)|meiner person)\b",
    r"\b(?:von mir|meine?n? (?:gesicht|foto|fotos|bild|bilder|selfie|selfies|profilbild|insta\w*))\b.{0,60}" + FAKE,
    r"\bmein (?:gesicht|kopf) (?:\w+ ){0,4}(?:auf|in|an) (?:einen|einem|ein|eine|den|die|das) (?:\w+ )?(?:nackt\w*"
    r"|porn\w*|korper|sex\w*|video)\b",
    r"\b(?:hat|haben|hatte|hatten) (?:\w+ ){0,3}(?:mich|"
    + MY_PICTURE
    + r") (?:\w+ ){0,4}(?:nackt|ausgezogen|entkleidet"
    r"|nackig|ausgezogen gemacht)\b",
    r"\b(?:mich|" + MY_PICTURE + r") (?:\w+ ){0,4}(?:nackt gemacht|ausgezogen|nackt bearbeitet|nudified|nudifiziert"
    r"|durch (?:eine|so ne|ne) (?:app|ki) gejagt)\b",
    # A picture of me naked that is not real: "ein Bild wo ich nackt bin, aber das bin ich nicht, das ist mit ner App"
    r"^(?=.*(?:\b(?:ich|mich) (?:\w+ ){0,3}(?:nackt\w*|nackig|ausgezogen|oben ohne|unbekleidet)\b|\b" + SEXUAL + r"\b"
    r"(?:\w+ ){0,3}(?:von mir|mit mir|mit meinem (?:gesicht|kopf|korper))\b))(?=.*\b(?:app\w*|ki|ai|fake\w*|gefakt\w*"
    r"|gefalscht\w*|bearbeitet\w*|photoshop\w*|generiert\w*|montage|montiert\w*|(?:bin|war) (?:ich|das) (?:nicht|nich"
    r"|net|gar nicht)|nicht echt|nicht ich|nie gemacht|nie aufgenommen|nicht mein korper|nicht mein)\b)",
    r"\b(?:nacktbild\w*|nacktfoto\w*|nudes?|pornos?|sexbild\w*|sexvideo\w*) (?:\w+ ){0,2}(?:von mir|mit meinem gesicht)\b"
    r".{0,60}\b(?:fake|gefakt\w*|gefalscht\w*|ki|nicht echt|bearbeitet|nie gemacht|nie aufgenommen|generiert)\b",
    r"\b(?:fake|gefakt\w*|gefalscht\w*|ki|nicht echt|bearbeitet\w*)\b.{0,40}\b(?:nacktbild\w*|nacktfoto\w*|nudes?"
    r"|pornos?|sexbild\w*|sexvideo\w*) (?:\w+ ){0,2}(?:von mir|mit meinem gesicht)\b",
    r"\bich (?:habe|hab) (?:\w+ ){0,3}nie (?:\w+ ){0,3}(?:nackt\w*|nacktbild\w*|nacktfoto\w*|nudes?|solche"
    r" (?:bilder|fotos)) (?:\w+ )?(?:gemacht|aufgenommen|geschickt)\b",
    r"\b(?:nudif\w*|auszieh[ -]?app\w*) (?:\w+ ){0,3}(?:mich|mein\w*)\b",
    r"\bsieht (?:\w+ ){0,2}aus wie ich\b.{0,60}\b"
    + SEXUAL
    + r"|\b"
    + SEXUAL
    + r".{0,60}\bsieht (?:\w+ ){0,2}aus wie ich\b",
    r"^(?=.*\b(?:mein (?:gesicht|kopf)|face ?swap\w*)\b)(?=.*\b(?:" + SEXUAL + r"|korper)\b)",
]

ABUSE_CONTENT = [
    NOT_HYPO
    + r"(?=.*\b(?:ich|mir|mich|wir|uns|unser\w*|mein\w*)\b)(?=.*\b"
    + CHILDREN
    + r"\b)(?=.*\b"
    + SEXUAL
    + r")(?=.*\b(?:gesehen|gefunden|geschickt|geschickt bekommen|bekommen|bekomme|erhalten|geteilt|angeschaut|entdeckt"
    r"|gesendet|weitergeleitet|gruppe|gruppenchat|chat|ordner|verlauf|webseite|website|seite|server|clip|kanal)\b)",
    r"\b(?:kinderporn\w*|kinder porn\w*|cp|missbrauchsdarstellung\w*|missbrauchsvideo\w*|missbrauchsbild\w*)\b"
    r"(?=.*\b(?:gesehen|gefunden|geschickt|bekommen|erhalten|geteilt|gruppe|chat|server|ordner|verlauf)\b)",
    r"\b(?:ich habe|ich hab|hab|mir wurde|mir wurden|jemand hat mir|man hat mir|ich bekomme|ich sah)\b.{0,80}\b"
    + CHILDREN
    + r"\b.{0,60}\b"
    + SEXUAL,
    # Pictures of children on a site/server/group, told without "ich": "auf der Seite waren Bilder von Kindern ..."
    r"^(?=.*\b(?:bilder|bildern|fotos|videos|clips|pics|material|sachen)\b (?:\w+ ){0,3}(?:von|mit) (?:\w+ ){0,3}"
    + CHILDREN
    + r")(?=.*\b"
    + SEXUAL
    + r")(?=.*\b(?:seite|website|webseite|server|gruppe|gruppenchat|chat|kanal|app|discord|telegram|ordner|handy"
    r"|account|profil|forum)\b)(?=.*\b(?:waren|war|gab es|gabs|hatte|hatten|lagen|liefen|kamen|gesehen|gefunden)\b)",
    # A child with an adult in a video/picture someone sent or showed: "ein Video von einem kleinen Kind mit einem Mann"
    r"^(?=.*\b(?:video|videos|clip|clips|bild|bilder|foto|fotos|film)\b)(?=.*\b"
    + CHILDREN
    + r"\b (?:\w+ ){0,3}(?:mit|und) (?:einem|nem|dem|zwei|so einem|so nem) (?:\w+ )?(?:erwachsenen|mann|mannern"
    r"|typen?|kerl)\b)(?=.*\b(?:geschickt|gezeigt|gesehen|gefunden|bekommen|geteilt|gepostet|rumgeschickt"
    r"|weitergeleitet|zeigt|schickt)\b)",
]

CHILD_AFFECTED = [
    NOT_HYPO
    + r"(?=.*\b"
    + MY
    + r" (?:\w+ )?"
    + CHILD
    + r"\b)(?=.*(?:"
    + FAKE
    + r"|erpress\w*|sextort\w*|droh\w*|nacktbild\w*|nacktfoto\w*|nudes?|nackt\w*|porn\w*|sexbild\w*))"
    r"(?=.*\b(?:gemacht|erstellt|geteilt|gepostet|verschickt|geschickt|verbreitet|herumgeschickt|rumgeschickt|bekommen"
    r"|erhalten|erpresst|bedroht|betroffen|opfer|passiert|bearbeitet|im umlauf|gibt es|geht rum|gehen rum|rumgehen"
    r"|wird|wurde|wurden|hat|haben)\b)",
    r"\b"
    + MY
    + r" (?:\w+ )?"
    + CHILD
    + r" (?:wird|wurde|ist|war) (?:\w+ ){0,3}(?:erpresst|sextortet|bedroht|missbraucht|belastigt|deep ?gefaked?"
    r"|nudified|nudifiziert|opfer)\b",
    r"\b(?:schuler|schulerin|kind|tochter|sohn) (?:\w+ )?(?:hat mir|hat uns|hat sich mir|hat sich uns) (?:\w+ ){0,3}"
    r"(?:erzahlt|gesagt|anvertraut|gezeigt)\b.{0,80}\b(?:"
    + FAKE
    + r"|nacktbild\w*|nackt\w*|erpress\w*|sextort\w*|droh\w*|missbrauch\w*|angefasst|anfassen|verletzt)",
    FAKE + r".{0,60}\bvon " + MY + r" (?:\w+ )?" + CHILD + r"\b",
    # A teacher/parent/carer reporting a pupil's or child's picture going round: "von einer Schülerin kursiert ein
    # KI-Nacktbild", "eine Schülerin kam zu mir, von ihr geht ein Fake-Nacktbild rum"
    r"^(?=.*\b(?:"
    + MY
    + r"|eine?r?|die|der|den|dem) (?:\w+ ){0,2}"
    + CHILD
    + r"\b)(?=.*(?:"
    + FAKE
    + r"|\bnacktbild\w*|\bnacktfoto\w*|\bnacktvideo\w*|\bnudes?\b|\bsexvideo\w*|\bporn\w*))(?=.*\b(?:kursier\w*"
    r"|im umlauf|geht (?:\w+ ){0,6}(?:rum|herum)|gehen (?:\w+ ){0,6}(?:rum|herum)|rumgeh\w*|herumgeh\w*|verbreit\w*|geteilt|gepostet|rumgeschickt"
    r"|herumgeschickt|weitergeleitet|hochgeladen|erpress\w*)\b)",
]

# Image-abuse disclosures never fire on questions about what might happen.
SEXTORTION = [NOT_HYPO + r".*?" + p for p in SEXTORTION]
FAKE_IMAGE = [NOT_HYPO + r".*?" + p for p in FAKE_IMAGE]
ABUSE_CONTENT = [p if p.startswith(NOT_HYPO) else NOT_HYPO + r".*?" + p for p in ABUSE_CONTENT]
CHILD_AFFECTED = [p if p.startswith(NOT_HYPO) else NOT_HYPO + r".*?" + p for p in CHILD_AFFECTED]
