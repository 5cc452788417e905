"""French safety patterns: what danger, self-harm and abuse disclosures look like in French.

Same shape as :mod:`bot.safety.patterns`: lists of regular expressions (the
``regex`` module, so key words may carry ``{e<=1}``) run over NORMALISED text
(see :mod:`bot.safety.normalise`): lower case, no accents ("é" -> "e"; "œ" is
kept), apostrophes dropped so that elisions are glued ("j'ai" -> "jai",
"il m'a" -> "il ma", "qu'il" -> "quil", "l'IA" -> "lia", "d'enfants" ->
"denfants"), punctuation turned into spaces, letters repeated three times or
more squeezed to two.

The patterns are written in the first person ("je veux mourir", "il me
frappe", "il menace de publier mes photos") so that general questions
("c'est quoi la sextorsion ?") and everyday hyperbole ("je meurs de rire",
"ce devoir me tue") do not escalate.  HYPERBOLE phrases are removed from the
text before the other lists are tried.  All languages' lists run on every
message, so the French ones avoid short words that also occur in English.
"""

from __future__ import annotations

# Building blocks ------------------------------------------------------------

#: Someone (else) who may hurt the user.
PERSONNE = (
    r"(?:il|elle|ils|elles|on|quelquun|quelqu un|qqn|qqun|quelqun|un homme|un mec|un gars|un adulte|un inconnu|une inconnue|un monsieur"
    r"|une dame|un vieux|le copain de ma mere|le mec de ma mere|la copine de mon pere"
    r"|mon (?:beau ?pere|pere|papa|daron|frere|grand frere|demi frere|beau frere|oncle|cousin|grand pere|papi|voisin"
    r"|prof|entraineur|coach|copain|mec|ex|moniteur|animateur|baby ?sitter)"
    r"|ma (?:belle ?mere|mere|maman|daronne|s(?:oe|œ)ur|grande s(?:oe|œ)ur|tante|cousine|copine|prof|nounou|voisine)"
    r"|mes (?:parents|freres|cousins|oncles))"
)
#: Pictures, as children and teenagers name them.
IMAGES = (
    r"(?:photos?|images?|videos?|vids?|nudes?|nude|nus|nues?|selfies?|snaps?|pics?|captures?|photos? intimes?"
    r"|photos? (?:de moi )?(?:nue?s?|a poil))"
)
#: A fake, edited or AI-made sexual picture.
FAUX = (
    r"(?:deep ?fakes?|deepfake\w*|nudif\w*|photo ?montages?|montages? (?:porno\w*|nue?s?|sexuel\w*|intimes?)"
    r"|fake (?:nudes?|nus?|photos?|images?|videos?|porno\w*)"
    r"|(?:photos?|images?|videos?|nudes?|nus?) (?:\w+ ){0,2}(?:truquee?s?|trafiquee?s?|fausses?|faux|fakes?)\b"
    r"|(?:photos?|images?|videos?|nudes?|nus?) (?:en |par |avec )?(?:l ?)?ia\b"
    r"|(?:faux|fausses?|truquee?s?|trafiquee?s?) (?:nus?|nudes?|photos?|images?|videos?|porno\w*)"
    r"|(?:photos?|images?|videos?|nudes?|montages?) (?:\w+ ){0,3}(?:truquee?s?|trafiquee?s?|retouchee?s?|modifiee?s?"
    r"|generee?s?|fabriquee?s?|faite?s?|creee?s?) (?:par|avec|grace a|sur) (?:l ?|une |un )?(?:ia|intelligence artificielle"
    r"|appli|app|site|photoshop|logiciel)"
    r"|(?:appli|app|site|ia|lia|logiciel) (?:\w+ ){0,3}(?:deshabill\w*|(?:enlever|retirer|enleve|retire) (?:les|mes|ses) vetements))"
)
#: The user themselves in a picture.
DE_MOI = (
    r"(?:de moi|avec mon visage|avec ma tete|avec ma photo|a partir de (?:ma|mes) (?:photos?|selfies?|pdp|photo de profil)"
    r"|de (?:ma|mes) (?:photos?|selfies?)|ou (?:je suis|jsuis|on me voit) (?:toute? )?(?:nue?|a poil))"
)
#: A child the adult (parent, teacher) is responsible for.
ENFANT = (
    r"(?:ma fille|mon fils|mon enfant|mes enfants|ma belle fille|mon beau fils|ma niece|mon neveu|ma petite fille"
    r"|mon petit fils|ma petite s(?:oe|œ)ur|mon petit frere|notre fille|notre fils|nos enfants"
    r"|(?:mon|ma|un|une|mes|nos|notre|des|un de mes|une de mes|lun de mes|lune de mes|un de nos|une de nos) eleves?"
    r"|leleve|un enfant de ma classe|un enfant place|plusieurs eleves"
    r"|certaine?s eleves|deux eleves|des eleves|(?:ma|mon) (?:fille|fils|enfant|ado|gamin|gamine|petite|petit) de \d+ ans)"
)
#: Children in sexual content the user came across.
MINEURS = (
    r"(?:(?:d ?)?enfants?|gamins?|gamines?|mineure?s?|petite?s? (?:filles?|garcons?)|fillettes?|bebes?"
    r"|jeunes (?:filles|garcons|enfants)|(?:d ?)?ados?"
    r"|(?:filles?|garcons?|ados?|eleves?|nouvelle?) (?:\w+ ){0,2}(?:de |d ?)(?:\d+ ans|\d+ ?e|(?:ee|ae|se|ie)\b(?! \w+(?:er|ir|re)\b)|cm\d|ce\d|sixieme|cinquieme"
    r"|quatrieme|troisieme|ma classe|la classe|mon (?:college|ecole|lycee))|(?:au|du) (?:college|lycee)|de (?:mon|l) ?ecole)"
)
SEXUEL = (
    r"(?:nue?s?|a poil|porno\w*|pedopornograph\w*|sexuel\w*|sexe|abus\w*|violee?s?|viols?|deshabill\w*|explicites?"
    r"|attouchements?|nudes?|en train de se (?:changer|deshabiller|doucher))"
)

# Phrases that look alarming but are everyday speech.  Removed before matching.
HYPERBOLE = [
    r"\b(?:je meurs|jmeurs|mort|morte|morts|mortes|mourir|mourrir|crever|je creve|jcreve|on meurt|on creve)"
    r" (?:de |d ?)(?:rire|honte|faim|soif|chaud|froid|ennui|fatigue|envie|impatience)\b",
    r"\b(?:ce|cet|cette|ces|les|le|la|ca|sa|son|ses|mes|tes) (?:\w+ ){0,2}(?:me tue|me tuent|va me tuer|vont me tuer)\b",
    r"\btu me tues\b",
    r"\b(?:ma mere|ma maman|mon pere|mon papa|mes parents|ma daronne|mon daron|mes darons|ma prof|mon prof|la prof"
    r"|le prof|mon frere|ma s(?:oe|œ)ur|mon coach|mon entraineur) (?:va|vont|allait|allaient|vas|risque de) me tuer"
    r" (?:si|quand|sil|sils|parce|a cause)\b",
    r"\btuer le temps\b",
    r"\b(?:je suis|jsuis|chui) (?:mort|morte)\b(?= (?:mdr|ptdr|lol|xd|de rire)\b|$)",
    r"\b(?:mdr|ptdr|lol) (?:je suis|jsuis|chui) (?:mort|morte)\b",
    r"\b(?:nul|nulle|ennuyeux|ennuyeuse|chiant|chiante|bete|beau|belle|drole|triste) a (?:mourir|crever|se tuer)\b",
]

SELF_HARM = [
    r"\b(?:je |j )?(?:veux|veut|voudrais|jveux|jvoudrais|ai envie de|jai envie de|aimerais|jaimerais|vais|jvais|compte|prefererais|prefere"
    r"|pense a|pense|jpense a|reve de|envisage de|ai decide de|jai decide de|suis pret a|suis prete a|essaie de"
    r"|essaye de|ai essaye de|jai essaye de) (?:juste |vraiment |tellement |bien |trop )?(?:mourir|crever|me tuer"
    r"|me suicider|me foutre en lair|mettre fin a (?:mes jours|ma vie)|en finir(?! avec (?!la vie\b|tout\b|ma vie\b))"
    r"|disparaitre|ne plus exister|plus exister|ne plus etre la|plus etre la|me pendre|etre morte?)\b(?! de (?:rire|joie))",
    r"\bme (?:suicider){e<=1}\b",
    r"\b(?:je suis |jsuis )?(?:suicidaire|idees suicidaires|pensees suicidaires)\b",
    r"\b(?:je |j )?(?:ne |n )?(?:veux|veut|voudrais|ai|jai|jveux|ai envie|jai envie) (?:plus|pas|jamais) (?:envie )?"
    r"(?:de |d ?)?(?:vivre|etre en vie|exister|me reveiller|continuer a vivre)\b"
    r"(?! (?:avec|chez|ici|la bas|en|au|a|dans|comme)\b)",
    r"\b(?:marre|ras le bol|fatiguee?|epuisee?|lasse?) (?:de |d ?)(?:vivre|la vie|ma vie|exister|etre en vie)\b",
    r"\b(?:ma vie|la vie|vivre) (?:ne )?(?:sert|vaut|a) (?:plus )?(?:a )?(?:rien|pas la peine|aucun sens|plus de sens)\b",
    r"\b(?:plus|aucune|pas de|plus aucune) raisons? de vivre\b",
    r"\b(?:mieux|plus heureux|plus heureuse|plus heureuses|plus tranquilles?) sans moi\b",
    r"\bsi (?:je netais|jetais|je nexistais|jexistais) (?:plus |pas )?(?:la|morte?|nee?|pas nee?)\b",
    r"\bje me (?:scarifie|mutile|taillade|lacere|fais du mal|fais mal expres|blesse expres|brule expres)\b",
    r"\bje me (?:coupe|brule|griffe|frappe)\b(?! (?:les |la |le |l |un |une )?(?:cheveux|ongles|frange|doigt|pain|tranche"
    r"|barbe|en cuisinant|avec le four|la langue|au soleil))",
    r"\b(?:recommence|recommencer|continue|commence|arrete pas|narrete pas|arrive pas a arreter|replonge) (?:a |de )?me"
    r" (?:scarifier|couper|mutiler|faire du mal|bruler)\b",
    r"\b(?:envie|besoin|veux|vais|peur|jai peur) (?:de |d ?)?me (?:faire du mal|blesser|couper|scarifier|mutiler|bruler)\b",
    r"\bme (?:couper|taillader|ouvrir|trancher) (?:les veines|les poignets|le poignet|les bras)\b",
    r"\b(?:ne )?(?:plus|pas|jamais) me reveiller\b(?! (?:trop|avant|tot|a|en retard|le matin)\b)",
    r"\bdormir (?:pour toujours|a jamais|et ne (?:plus|jamais|pas) me reveiller)\b",
    r"\b(?:je )?(?:vous|te|leur) dis adieu\b",
    r"\badieu (?:pour toujours|a jamais|pour de bon|tout le monde|a tous)\b",
    r"\b(?:lettre|mot|message) (?:d ?)?adieu\b",
    r"\b(?:vous|tu|ils) (?:ne )?(?:me )?(?:verrez|verras|reverrez|reverras|verront|reverront) plus(?: jamais)?\b",
    r"\bje (?:ne )?serai plus (?:la|en vie|parmi vous) (?:demain|bientot|la semaine prochaine|ce soir)\b",
    r"\b(?:avaler|prendre|pris|avale|prendrai|vais prendre) (?:tous|toutes|toute|une boite de|la boite de|plein de|trop de)"
    r" (?:mes |les |ces |de )?(?:medicaments|medocs|cachets|pilules|comprimes)\b",
    r"\bme jeter (?:sous|du|de la|par la|dans le vide|du haut|dun pont)\b",
    r"\bsauter (?:du pont|dun pont|par la fenetre|du toit|dans le vide|du balcon|sous un train)\b",
    r"\bme pendre\b",
    r"\b(?:pense|pensee?s?|songe|penser|jpense|reflechis) (?:souvent |tout le temps |serieusement |beaucoup )?(?:au|a) suicide\b",
    r"\b(?:veux|voudrais|aimerais|jveux) (?:juste )?que tout (?:sarrete|finisse|se termine)\b",
    r"\bjai (?:pris|avale) (?:des|plein de|trop de|toute? (?:la|une) boite de|tous mes|toutes mes) (?:medicaments|medocs"
    r"|cachets|pilules|comprimes)\b(?! (?:pour|contre|ce matin|comme|prescrits?)\b)",
    r"\b(?:ca|cela) (?:ne )?(?:sert|vaut) (?:a )?(?:rien|plus rien|pas la peine) (?:de |d ?)(?:vivre|continuer|exister)\b",
    r"\bpersonne (?:ne )?(?:me )?(?:regretterait|remarquerait|verrait la difference|manquerait|pleurerait)\b",
    r"\b(?:comment|moyens? de|moyens? pour|facons? de|methodes? pour) (?:me suicider|se suicider|me tuer|se tuer"
    r"|mourir sans (?:douleur|souffrir)|en finir)\b",
]

DANGER = [
    PERSONNE + r" (?:\w+ ){0,2}(?:me frappe|me frappent|me bat(?! (?:aux?|a la|en) )|me battent(?! (?:aux?|a la|en) )"
    r"|me tape(?! sur les nerfs| sur le systeme)|me tapent(?! sur les nerfs| sur le systeme)|me cogne|me gifle|me tabasse"
    r"|me tripote|me viole|me violent|me fait du mal|me font du mal|me brutalise|metrangle|menferme|mattache|magresse"
    r"|me pousse(?! a )|me secoue|me brule|me fait mal|me font mal|ma frappee?|ma battue?(?! (?:aux?|a la|en) )|ma tapee?|ma giflee?|ma tabassee?"
    r"|ma violee?|ma agressee?|magressee?|ma etranglee?|ma enfermee?|ma tripotee?|ma fait du mal)\b",
    r"\b(?:je me fais|jme fais|je me suis fait|je me suis faite|jai ete|je suis|jsuis) (?:souvent |encore |tout le temps"
    r" |parfois |regulierement )?(?:frapper|battre|taper|tabasser|violer|agresser|etrangler|frappee?|battue?|violee?"
    r"|agressee?|maltraitee?|tabassee?|abusee? sexuellement|attouchee?)\b(?! (?:aux?|a la|en finale|en demi|par le soleil)\b)",
    PERSONNE + r" (?:me touche|ma touchee?|me caresse|ma caressee?|me tripote|ma tripotee?) (?:\w+ ){0,2}(?:la|partout"
    r"|entre|sous|mes (?:parties|seins|fesses|cuisses)|mon (?:sexe|corps|zizi|minou)|la nuit|le soir|quand|dans (?:mon|le) lit)\b",
    r"\b(?:je (?:ne )?(?:suis|me sens)|jme sens|jsuis|me sens) (?:pas|plus|jamais) (?:en securite|safe|a labri)\b",
    r"\bpas en securite (?:chez moi|a la maison|avec (?:lui|elle|mon|ma))\b",
    r"\b(?:peur|trop peur|terrifiee?|terrorisee?) (?:de |d ?)(?:rentrer|retourner|aller) (?:chez moi|a la maison)\b",
    r"\bpeur (?:pour|de perdre) (?:ma vie|ma securite)\b",
    r"\b(?:peur|jai peur) quil (?:me|revienne|me retrouve)\b",
    r"\b(?:on|il|elle|ils|quelquun|un homme|un mec|une voiture|un inconnu) me (?:suit|suivent|suivait|traque|traquent"
    r"|espionne|guette|guettent|surveille|attend devant)\b(?! (?:sur (?:insta\w*|tiktok|snap\w*|twitch|youtube|twitter)|pas)\b)",
    r"\bje (?:suis|me sens|me fais|jsuis) (?:suivie?|traquee?|espionnee?)\b(?! (?:par un psy|par une psy|par un medecin"
    r"|en cours|sur insta\w*|sur tiktok|sur snap\w*|par des abonnes|par beaucoup))",
    r"\b(?:sait|connait|a trouve|ont trouve|savent) (?:ou jhabite|ou j habite|ou je vis|mon adresse|ou est mon ecole"
    r"|ou je suis|ou je vais a lecole)\b",
    r"^(?=.*\b(?:il|elle|ils|quelquun|un homme|un mec|un inconnu|une voiture)\b)(?=.*\b(?:attend|attendait|rode|rodait"
    r"|traine|trainait|me guette|surveille)\b)(?=.*\b(?:devant|pres de|en bas de) (?:chez moi|ma maison|mon ecole"
    r"|mon college|mon lycee|ma porte|ma fenetre|mon immeuble)\b)",
    r"\b(?:menace de|a menace de|menace quil va|dit quil va|a dit quil allait|ma dit quil allait|dit quil allait)"
    r" venir (?:chez moi|me trouver|me chercher|a mon ecole|devant chez moi)\b",
    r"\b(?:il|elle|ils|elles|on|quil|quelle|quils|quon|quelquun) (?:va |vont |veut |veulent |allait |menace de |a menace"
    r" de |dit quil va |ma dit quil allait |a dit quil allait |essaie de |a essaye de )?me (?:tuer|buter|crever"
    r"|poignarder|tirer dessus|violer|casser la gueule|defoncer|faire du mal|faire mal|frapper|tabasser|egorger|etrangler)\b",
    r"\b(?:va|vont|allait|allaient|menace de|menacent de|veut|veulent) (?:faire du mal|sen prendre|tuer|frapper|s attaquer)"
    r" (?:a )?(?:ma famille|mes parents|ma mere|mon pere|mon frere|ma s(?:oe|œ)ur|mes proches|nous)\b",
    r"\b(?:je suis|jsuis|chui|je me sens|suis) en danger\b(?! de (?!mort))",
    r"\b(?:il|elle|ils|quelquun|qqn|un homme|un mec|un inconnu|le mec|lhomme) (?:\w+ ){0,2}(?:est|sont|attend|mattend"
    r"|rode|traine)"
    r" (?:juste |encore )?(?:devant|en bas de|pres de|dans) (?:chez moi|ma maison|mon ecole|mon college|mon lycee|ma porte"
    r"|ma fenetre|mon immeuble|le jardin|la maison|le college|le lycee|lecole)\b",
    r"\bma (?:touchee?|caressee?|embrassee?)\b.{0,30}\b(?:je (?:ne )?voulais pas|jvoulais pas|sans mon accord"
    r"|contre mon gre|de force)\b",
    r"\b(?:essaie|essaye|tente|a essaye|a tente) (?:d ?)(?:entrer|rentrer) (?:dans|chez) (?:la maison|chez moi|ma chambre"
    r"|lappart\w*|notre|ma|mon)\b|\b(?:force|forcer|defonce|defoncer|casse|casser) (?:la|ma) porte\b",
    r"^(?=.*\b(?:tape|frappe|cogne|defonce) (?:a|contre) (?:la|ma) (?:porte|fenetre)\b)(?=.*\b(?:peur|panique|au secours"
    r"|aide)\b)",
    r"^(?=.*\b(?:je me suis enfermee?|jme suis enfermee?|je suis enfermee?) (?:dans|a cle)\b)(?=.*\b(?:peur|colere|crie"
    r"|hurle|menace|frappe|defonce|tape)\b)",
    r"\bmenac\w* (?:de mort|de me tuer|de me frapper|de me faire du mal|de me violer|de me retrouver|de me buter"
    r"|de me poignarder|de me tabasser)\b",
    r"\bmenaces? de mort\b(?=.*\b(?:je|jai|me|moi|mon|ma|menvoie|menvoient|recu|recois)\b)",
    r"\b(?:il|elle|ils|quelquun|un homme|un mec) (?:a|avait|ma montre|sort|a sorti|menace avec) (?:un couteau|une arme"
    r"|un flingue|un pistolet|une lame|un fusil)\b",
    r"\b(?:me force|moblige|me forcent|mobligent|ma force|ma forcee|ma oblige|ma obligee|mont force|mont obligee?)"
    r" (?:a |de )?(?:me deshabiller|le toucher|la toucher|les toucher|me toucher|faire des (?:choses|trucs)"
    r"|regarder des (?:films |videos )?porno\w*|garder le secret|coucher"
    r"|envoyer (?:des|plus de|dautres|encore des) (?:photos|nudes|videos))\b",
    r"\b(?:me fait|ma fait|me fait faire|ma fait faire|me font) des (?:choses|trucs) (?:bizarres|sexuelles|sexuels"
    r"|que je veux pas|que je ne veux pas|pas normales|pas normaux)\b",
    r"\b(?:vient|rentre|entre|se glisse|vient me voir) (?:la nuit )?dans (?:mon lit|ma chambre la nuit|ma chambre quand)\b",
    r"\b(?:menferme|ma enfermee?|me garde enfermee?|je suis enfermee?|jsuis enfermee?) (?:dans|a cle|a clef)\b",
    r"\b(?:au secours|aidez moi|aide moi|a laide)\b.{0,40}\b(?:il|elle|ils|quelquun|un homme|un mec)"
    r" (?:est|va|me|veut|essaie|arrive)\b",
    r"\b(?:jai fugue|je fugue|je vais fuguer|jai fui la maison|je me suis enfuie? de (?:chez moi|la maison))\b",
    r"\b(?:tout seul|toute seule|seule?) (?:a la maison |chez moi )?depuis (?:des jours|\d+ jours|plusieurs jours)\b",
    r"\bplus rien a manger (?:a la maison|chez moi)\b",
    # An adult met online wants to meet.
    r"^(?=.*\b(?:en ligne|sur internet|sur (?:snap\w*|insta\w*|discord|roblox|fortnite|tiktok|minecraft|whatsapp|un jeu)"
    r"|inconnue?|adulte|homme|mec|vieux|monsieur|majeur|\d{2} ans)\b)(?=.*\b(?:me rencontrer|me voir en vrai|se voir en vrai"
    r"|quon se voie|quon se voit|quon se rencontre|donne rendez vous|donner rendez vous|ma donne rendez vous|me rejoindre"
    r"|que je le rejoigne|que je la rejoigne|que je vienne chez (?:lui|elle)|venir chez (?:lui|elle)|aller chez (?:lui|elle)"
    r"|monter dans sa voiture|venir me chercher|(?:dois|doit|faut que je|veut que je) (?:le|la|les) (?:voir|voie"
    r"|rejoindre|rencontrer))\b)",
]

SEXTORTION = [
    r"\b(?:me|m) (?:fait|fais|font|faisait|faisaient) (?:du )?chantage\b",
    r"\b(?:me|m) (?:fait|font|faisait) chanter\b(?! (?:une|des|la|le|les|devant|en|au|a la|dans|avec)\b)",
    r"\b(?:je suis|jsuis|je me fais|je suis victime|victime) (?:du |de |d )?(?:(?:chantage|sextorsion|sextortion"
    r"|extorsion)){e<=1}",
    r"\b(?:je me fais|on me|il me|elle me|ils me) (?:sextorquer|sextorque|extorquer|extorque|ranconner|ranconne)\b",
    r"^(?=.*\b(?:mes|ma|mon|me|moi|je|jai|m)\b)(?=.*\bmenac\w* (?:de |d ?)?(?:les |la |le |l |me |m |leur |lui"
    r" |les leur |la leur )?(?:publier|partager"
    r"|poster|envoyer|lenvoyer|diffuser|montrer|balancer|mettre en ligne|faire tourner|faire circuler|leak\w*|divulguer"
    r"|exposer|lexposer|afficher|lafficher)\b)",
    r"^(?=.*\bsi (?:je |j ?)?(?:ne |n )?(?:lui |leur )?(?:paie|paye|payes|envoie|envoies|donne|obeis|renvoie|verse|fais)"
    r" (?:pas|rien"
    r"|plus)\b)(?=.*\b(?:publi\w*|partag\w*|post\w*|envoi\w*|envoy\w*|diffus\w*|montr\w*|balanc\w*|en ligne|tourner"
    r"|circuler|tout le monde|mes amis|ma famille|mes parents|mes potes|leak\w*|expos\w*)\b)",
    r"^(?=.*\bsinon (?:il|elle|ils|elles|on) (?:va |vont )?(?:les |la |le |l ?|me )?(?:publi\w*|partag\w*|post\w*|envoi\w*"
    r"|envoy\w*|diffus\w*|montr\w*|balanc\w*|met\w* en ligne|fai\w* tourner|leak\w*|expos\w*)\b)"
    r"(?=.*\b(?:photos?|images?|videos?|nudes?|nus?|nues?|argent|largent|euros?|cartes?|cadeaux?|bitcoins?|crypto|pay\w*"
    r"|paie\w*|mes|tout le monde|tout)\b)",
    r"\bsinon (?:tout le monde|toute lecole|tout le college|tout le lycee|mes (?:amis|potes|parents|abonnes|contacts)"
    r"|ma famille|mon ecole|toute ma classe) (?:va |vont )?(?:voir|verra|verront|saura|sauront|recevra|recevront|aura|auront)\b",
    r"\b(?:\d+ ?h|\d+ heures?|\d+ minutes?|\d+ jours?|jusqua ce soir|jusqua demain) pour (?:payer|paye|envoyer"
    r"|lui envoyer)\b",
    r"^(?=.*\b(?:veut|veulent|demande|demandent|exige|exigent|reclame|reclament) (?:de |d ?)?(?:largent|argent"
    r"|\d+ ?(?:euros?|e|dollars?)?|des cartes cadeaux|cartes? cadeaux?|des bitcoins?)\b)(?=.*\b(?:photos?|videos?|nudes?"
    r"|nue?s?|images?|appel video|enregistre\w*|menace\w*|publier|balancer|envoyer)\b)",
    r"\b(?:me|m) menac\w* (?:\w+ ){0,4}(?:avec|de publier|de partager|de diffuser) (?:une |des |mes |ma |mon )?(?:photos?"
    r"|videos?|nudes?|images?)\b",
    r"^(?=.*\b(?:dit|menace\w*|sinon|si je|si j|veut|exige|argent|largent|payer)\b)(?=.*\b(?:va|vont|allait|allaient)"
    r" (?:\w+ )?(?:envoyer|publier|partager|poster|diffuser|balancer|montrer|mettre en ligne|leak\w*) (?:ma|mes|mon"
    r"|toutes mes) (?:photos?|videos?|nudes?|images?|snaps?|pics?)\b)",
    r"\b(?:il|elle|ils|elles|on) (?:me )?(?:demande|demandent|veut|veulent|exige|exigent|reclame|reclament) (?:\w+ ){0,2}"
    r"(?:argent|largent|euros?|\d+|cartes? cadeaux?|bitcoins?|crypto|dautres (?:photos|videos|nudes)"
    r"|plus de (?:photos|videos|nudes)|encore des (?:photos|videos|nudes))\b(?=.*\b(?:sinon|ou (?:il|elle|ils) (?:va|vont)"
    r"|si je (?:ne )?(?:paie|paye|lui|leur|envoie))\b)",
    r"\bjai (?:envoye|envoyee) (?:\w+ ){0,3}(?:nudes?|photos? (?:de moi )?(?:nue?s?|a poil)|photos? intimes?"
    r"|photos? de moi sans (?:habits|vetements))\b(?=.*\b(?:maintenant|menace\w*|veut|demande|chantage|sinon|publier"
    r"|argent|partager|envoyer)\b)",
    r"\b(?:jai|je lui ai|je leur ai) (?:deja )?(?:paye|envoye de largent|donne de largent)\b(?=.*\b(?:il|elle|ils)"
    r" (?:en )?(?:veut|veulent|demande|redemande|exige)\w*)",
]

FAKE_IMAGE = [
    FAUX + r".{0,60}\b" + DE_MOI + r"\b",
    r"\b(?:de moi|ma photo|mes photos|mon visage|ma tete|mon selfie|ma pdp|ma photo de profil)\b.{0,60}" + FAUX,
    r"\b(?:mis|colle|collee|mettre|a mis|ont mis|place|monte) mon visage (?:sur|dans)\b",
    r"\bma tete sur (?:un|le|une) (?:corps|photo|video|image)\b",
    r"\b(?:mont|ma|m ont) (?:deshabillee?|mise? (?:toute? )?nue?|rendue? nue?) (?:avec|grace a|sur|par) (?:une appli"
    r"|une app|lia|l ia|ia|un site|photoshop|un logiciel)\b",
    r"\b(?:transforme|modifie|retouche|change|utilise|pris|trafique|truque)\b.{0,30}\b(?:ma|mes) (?:photos?|selfies?"
    r"|images?|pdp)\b.{0,40}\b(?:nue?s?|nudes?|a poil|sans (?:vetements|habits)|porno\w*|sexuel\w*)\b",
    r"\b(?:photos?|images?|videos?|nudes?) (?:\w+ ){0,2}(?:de moi|ou je suis)\b.{0,50}\b(?:fausses?|faux|truquee?s?"
    r"|pas (?:vraies?|moi(?! qui)|reelles?)|ia|lia|jamais prise?s?|montage)\b",
    r"^(?=.*\b(?:jai|je nai|jai) jamais (?:pris|fait|envoye|pose pour) (?:cette|ces|de|des|une|un) (?:photos?|nudes?"
    r"|images?|videos?|selfies?)\b)(?=.*\b(?:nue?s?|nudes?|a poil|deep ?fake\w*|ia|lia|fausses?|faux|truquee?s?)\b)",
    r"\bnudifi\w* (?:ma|mes|moi|mon)\b|\b(?:ma|mont|m ont) nudifi\w*",
    r"\bma tete (?:est )?sur (?:un|le|une) (?:corps|photo|video|image)\b",
    r"\bmontages? (?:\w+ ){0,2}de moi\b.{0,20}\b(?:nue?s?|a poil|porno\w*|sexuel\w*|sans (?:habits|vetements))",
    r"^(?=.*\b(?:me|m) (?:mettre|mis|mise|rendre|rendu|rendue|montrer|faire paraitre) (?:toute? )?(?:nue?|a poil"
    r"|sans (?:vetements|habits))\b)(?=.*\b(?:ia|lia|appli|app|nudif\w*|site|logiciel|intelligence artificielle|photoshop"
    r"|montage|truque\w*|fausse?|faux)\b)",
    r"\b(?:porno\w*|nue?s?|sexuel\w*|nudes?)\b.{0,30}\b(?:avec mon visage|avec ma tete|avec ma photo)\b",
    r"\b(?:ma|mes) (?:photos?|selfies?|images?|pdp)\b.{0,60}\b(?:transforme\w*|change\w*|modifie\w*|retouche\w*"
    r"|truque\w*|mise?s?) (?:en|dans) (?:une |un )?(?:nudes?|nue?s?|porno\w*|nudif\w*|appli)",
    r"^(?=.*\b(?:pour que je sois|pour me rendre|pour me mettre|ou je suis|ou jsuis|on dirait que je suis|comme si jetais)"
    r" (?:toute? )?(?:nue?|a poil)\b)(?=.*\b(?:modifi\w*|retouch\w*|truqu\w*|trafiqu\w*|transform\w*|ia|lia|appli|app"
    r"|montage|fausse?|faux|photoshop|nudif\w*)\b)",
    r"\b(?:ma|mont|m ont|me font|me fait) (?:fait |faite )?(?:un |une |des )?(?:deep ?fakes?|deepfake\w*|montages?"
    r"|fausses? (?:photos?|nudes?|images?)|faux nus?)\b",
    r"\b(?:images?|photos?|videos?|nudes?) (?:\w+ ){0,2}de moi\b.{0,40}\b(?:avec|par|grace a|sur) (?:l ?|une |un )?(?:ia"
    r"|intelligence artificielle|appli|app|photoshop|logiciel|site|nudif\w*)\b",
]

ABUSE_CONTENT = [
    r"\b(?:jai vu|je viens de voir|jai regarde|je suis tombee? sur|jsuis tombee? sur|on ma envoye|il ma envoye"
    r"|elle ma envoye|quelquun ma envoye|ils mont envoye|jai recu|je recois|jai trouve|il ma montre|elle ma montre"
    r"|on ma montre|ils mont montre)\b.{0,80}\b" + MINEURS + r"\b.{0,40}\b" + SEXUEL,
    r"\b(?:jai vu|je viens de voir|jai regarde|je suis tombee? sur|jsuis tombee? sur|on ma envoye|il ma envoye"
    r"|elle ma envoye|quelquun ma envoye|ils mont envoye|jai recu|je recois|jai trouve|il ma montre|elle ma montre"
    r"|on ma montre|ils mont montre)\b.{0,60}\b" + SEXUEL + r".{0,40}\b" + MINEURS + r"\b",
    r"^(?=.*\b" + MINEURS + r"\b)(?=.*\b" + SEXUEL + r")(?=.*\b(?:circule|circulent|tourne|tournent|partage|partagee?s?"
    r"|poste\w*|publie\w*|envoie\w*|mis en ligne|a mis|ont mis"
    r"|dans (?:un|le|notre|mon) groupe|sur (?:un|le) (?:groupe|serveur|site|discord|telegram))\b)",
    r"^(?=.*\b(?:pedopornograph\w*|pedoporno\w*|contenus? pedo\w*)\b)(?=.*\b(?:vu|recu|trouve|envoye|montre|tombee?"
    r"|groupe|serveur|site|discord|telegram|circule\w*|tourne\w*|regarde)\b)",
    r"\b(?:\w+ ma (?:montre|envoye|transfere|partage)|\w+ mont (?:montre|envoye|transfere|partage))\b.{0,80}\b"
    + MINEURS
    + r"\b.{0,40}\b"
    + SEXUEL,
    r"\b(?:jai vu|jai regarde|je suis tombee? sur|on ma montre|\w+ ma montre)\b.{0,40}\b(?:videos?|photos?|images?)"
    r" (?:pas normales?|bizarres?|horribles?|choquantes?|degueulasses?) (?:avec|dun|dune|de|des) (?:un |une |des )?(?:enfants?"
    r"|petite?s?|bebes?|gamins?|gamines?)\b",
]

CHILD_AFFECTED = [
    r"\b" + ENFANT + r"\b.{0,80}\b(?:" + FAUX + r"|chantage|sextor\w*|extor\w*|menac\w* de (?:les |la |le )?(?:publier"
    r"|partager|diffuser|envoyer|poster|montrer)|nudes?|(?:photos?|images?|videos?) (?:\w+ ){0,2}(?:nue?s?|intimes?"
    r"|sexuel\w*|a poil)|maitre chanteur|(?:la|le|les|lui) (?:fait|font|faisait) (?:chanter|du chantage)"
    r"|(?:la|le|les|lui) menac\w*|(?:demande|veut|veulent|exige)\w* (?:de |d ?)?l?argent)",
    r"\b" + ENFANT + r" (?:est|a ete|se fait|sest fait|sest faite|a eu|subit|est en train de se faire) (?:\w+ ){0,2}"
    r"(?:chantage|sextor\w*|extor\w*|menacee?|harcelee? sexuellement|deep ?fake\w*|nudifiee?|deshabillee?|ranconnee?)\b",
    r"\b(?:un|une|mon|ma|leleve|lenfant) ?(?:eleve|enfant|fille|fils)? (?:ma|m a|nous a|est venue? me|est venue? nous)"
    r" (?:dit|confie|raconte|parler|avoue)\b.{0,80}\b(?:" + FAUX + r"|nudes?|nue?s?|chantage|sextor\w*|menac\w*|abus\w*"
    r"|touche\w*|frappe\w*|viol\w*)",
    FAUX + r".{0,60}\b(?:de |sur |avec |d)(?:ma fille|mon fils|mon enfant|un de mes eleves|une de mes eleves|mon eleve"
    r"|mes eleves|une eleve|un eleve|notre fille|notre fils|plusieurs eleves)\b",
]


# Broader phrasings -------------------------------------------------------------
# The ways children and parents describe these situations without the key words
# above: hints at not waking up, pills put aside, goodbye letters, cuts in the
# past tense, secrets asked by an adult, a face on someone else's naked body, a
# video of a small child with an adult.

#: Being naked, however it is said.
NU = (
    r"(?:nue?s?|nudes?|a poil|denudee?s?|deshabillee?s?|sans (?:vetements?|habits|fringues|rien sur (?:moi|le dos))"
    r"|en sous vetements|seins nus|topless)"
)
#: Medicines that can be stockpiled.
MEDOCS = (
    r"(?:cachets|medocs|medicaments|pilules|comprimes|somniferes|anxiolytiques|antidepresseurs|doliprane|paracetamol"
    r"|calmants)"
)
#: Small children (not teenagers) in a picture.
PETITS = (
    r"(?:(?:tout |tres |un |une |des )?(?:petite?s? )?(?:enfants?|gamine?s?|gosses?|bebes?|fillettes?|mineure?s?)"
    r"|(?:tout |tres )?petite?s? (?:filles?|garcons?|fille|garcon)|(?:un|une|des) (?:tout |tres )?petite?s?)"
)

SELF_HARM += [
    # "plus envie d'être là" / "d'être sur terre", but not about a party or a lesson.
    r"^(?!.*\b(?:soiree|fete|cours|classe|reunion|repas|diner|match|cinema|anniversaire|mariage|colo|stage|boum)\b)"
    r".*\b(?:ai|jai|ya|a|nai|veux|jveux|voudrais) (?:plus|jamais) (?:envie )?(?:de |d ?)?etre la\b(?! (?:demain|ce soir"
    r"|ce weekend|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|a|au|aux|en|dans|avec|pour|chez|quand|le|la|les|ce"
    r"|cette|pendant|cet)\b)",
    r"\b(?:ai|jai|ya|a|nai|veux|jveux|voudrais) (?:plus|pas|jamais) (?:envie )?(?:de |d ?)?(?:etre (?:sur terre"
    r"|de ce monde|parmi vous)|rester (?:en vie|sur terre))\b",
    # Wishing not to wake up: "si je me réveillais plus", "mieux si je mourais / disparaissais".
    r"\bsi (?:seulement )?(?:je |j ?)(?:ne |n ?)?(?:me reveillais|me reveillerais) (?:plus|pas|jamais)\b(?! (?:a temps|a lheure|tot"
    r"|avant|le matin)\b)",
    r"\b(?:mieux|plus simple|plus facile|plus heureux\w*|plus tranquilles?|un soulagement) (?:\w+ ){0,4}si (?:je |j ?)"
    r"(?:ne |n ?)?(?:mourais|disparaissais|crevais|partais pour (?:toujours|de bon)|nexistais (?:pas|plus)"
    r"|existais (?:pas|plus)|netais (?:pas|plus) (?:la|nee?|en vie)|etais (?:morte?|plus la|pas la|pas nee?|plus en vie))\b",
    # Cuts in the past tense: "je me suis (encore) coupée", "je me suis refait des marques".
    r"^(?!.*\b(?:en (?:cuisinant|epluchant|coupant|jouant|tombant|bricolant|me rasant|ouvrant)|le doigt|au doigt|les cheveux"
    r"|la frange|les ongles|avec (?:une|la|du) (?:feuille|papier)|coupee? (?:de|du|des) (?:monde|gens|amis|reseau|famille))\b)"
    r".*\b(?:je me suis|jme suis|me suis|je me|jme) (?:encore |de nouveau |re ?|a nouveau )?(?:coupee?|recoupee?"
    r"|scarifiee?|mutilee?|tailladee?|entaillee?|brulee? expres|griffee? jusquau sang|fait des (?:marques|entailles|coupures))\b"
    r"(?=.*\b(?:encore|de nouveau|a nouveau|re ?coupee?|cette fois|profond\w*|bras|poignets?|cuisses?|jambes?|ventre|veines"
    r"|expres|lame|rasoir|cutter|sang|cicatrices?|cacher|manches|recommence\w*|fois|soir|nuit|personne)\b)",
    # Pills put aside or taken from someone, with no illness in sight.
    r"^(?=.*\b"
    + MEDOCS
    + r"\b)(?=.*\b(?:de cote|en reserve|planquee?s?|cachee?s?|cache|stock\w*|accumul\w*|economis\w*"
    r"|collectionn\w*|ramass\w*|rassembl\w*|(?:pas|plus) (?:tenir|tenir le coup)|plus la force|en finir|plus envie)\b)"
    r"(?=.*\b(?:jai|je|jvais|jme|mis|garde|gardee?s?|pris|piquee?s?|volee?s?|prendre|avaler|avale|vais)\b)"
    r"(?!.*\b(?:mal (?:a la|au|aux) \w+|fievre|prescri\w*|ordonnance|medecin|docteur|pharmac\w*|rhume|grippe|voyage"
    r"|vacances|colo|camp|allergi\w*)\b)",
    # Goodbye letters: letters or messages written "in case something happens to me".
    r"^(?=.*\b(?:ecrit|ecris|ecrire|prepare|preparee?s?|laisse|laisser|redige|enregistre) (?:\w+ ){0,3}(?:lettres?|mots?"
    r"|messages?|testament|video)\b)(?=.*\b(?:(?:au cas ou (?:il )?(?:m ?arrive|marriverait)|si (?:il )?(?:m ?arrive|marrivait"
    r"|marriverait)|sil (?:m ?arrive|marrivait|marriverait)) (?:qq\w*|quelque chose|un truc|un malheur|malheur|un accident)|quand je (?:ne )?serai plus (?:la|en vie|parmi vous)|apres ma mort"
    r"|pour apres|quand je serai partie?|quand je (?:ne )?serai plus)\b)"
    r"(?!.*\b(?:montagne|rando\w*|voyage|avion|vacances|expedition|colo|camp|plongee|escalade)\b)",
    r"\b(?:jai|je viens de|jai deja) (?:fait|ecrit|prepare|redige) mon testament\b",
]

DANGER += [
    # Someone met online or a stranger says he will come and get the child.
    r"^(?=.*\b(?:en ligne|sur internet|sur (?:snap\w*|insta\w*|discord|roblox|fortnite|tiktok|minecraft|whatsapp|un jeu)"
    r"|du jeu|dun jeu|inconnue?|que je (?:ne )?connais pas|jamais vue?|rencontree? sur)\b)(?=.*\b(?:(?:vient|viendra"
    r"|va venir|venir|vont venir|viennent|passe|passera|va passer) me (?:chercher|prendre|recuperer|voir)|mattend\w*"
    r" (?:a la sortie|devant|en bas|apres)|a la sortie (?:de lecole|du college|du lycee|des cours)|devant (?:mon|lecole|le"
    r" college|le lycee))\b)",
    # An adult who does "things" to the child at night or when alone.
    r"^(?=.*\b(?:me fait|me font|ma fait|mont fait|me faisait|me faisaient|me fait faire|ma fait faire) des (?:choses"
    r"|trucs|jeux|bisous|calins)\b)(?=.*\b(?:la nuit|le soir dans|quand (?:tout le monde|maman|papa|ma mere|mon pere|mes"
    r" parents|les autres|personne) (?:dort|dorment|nest la|nest pas la|est partie?|sont partis|travaille)|dans (?:mon|son|le)"
    r" lit|quand on est (?:seule?s?|tous les deux)|secret|dire a personne|rien dire|pas le droit (?:de|den) parler)\b)",
    # Secrecy asked by an adult or someone met online, with contact or meeting.
    r"^(?=.*\b(?:(?:je )?(?:dois|doit|faut que je|faut pas que je|dois pas|ne dois) (?:rien |pas |jamais )?(?:dire|raconter"
    r"|en parler|le dire)|(?:le |rien )?dire a personne|(?:cest|c|ce sera|ca reste) (?:notre|un) (?:petit )?secret"
    r"|garder le secret|(?:cest|c) entre nous)\b)(?!.*\b(?:surprise|cadeau|anniversaire)\b)(?=.*\b(?:monsieur"
    r"|homme|adulte|inconnue?|vieux|me touche|ma touchee?|me caresse|me fait des|ma fait des|vient me chercher"
    r"|me rencontrer|me voir en vrai|la nuit|dans (?:mon|son) lit)\b)",
    # Conditional threats to turn up: "il va venir ce soir si je réponds pas", "il a mon adresse".
    r"^(?=.*\b(?:il|elle|ils|quil|quelle|quils) (?:va|vont|allait|allaient|viendra|viendront|menace de|a dit quil allait)"
    r" (?:venir|debarquer|passer|se pointer|me trouver|me retrouver)\b.{0,40}\b(?:si (?:je |j ?)(?:ne |n ?)?(?:lui |leur )?"
    r"(?:reponds|repond|viens|vient|envoie|paie|paye|obeis|fais|ouvre)\w* (?:pas|rien|plus)|sinon)\b)"
    r"(?=.*\b(?:peur|flippe|panique|terrifiee?|adresse(?! (?:mail|email|e mail|ip)\b)|ou jhabite|chez moi|menac\w*|tuer|frapper)\b)",
    r"^(?=.*\b(?:il|elle|ils|quelquun|qqn|un mec|un homme|un inconnu|le mec|lhomme) (?:a|ont|a eu|a trouve|ont trouve"
    r"|a recupere|connait|connaissent) (?:mon adresse|ladresse de (?:chez moi|ma maison|mes parents))\b(?! (?:mail|email"
    r"|e mail|insta|snap|ip)\b))(?=.*\b(?:peur|flippe|panique|venir|vient|viendra|debarquer|menac\w*|sinon|si je|si j)\b)",
]

FAKE_IMAGE += [
    # "c'est mon visage mais pas mon corps": the face is real, the naked body is not.
    r"^(?=.*\b(?:photos?|images?|videos?|vids?|pics?|snaps?)\b)(?=.*\b(?:mon visage|ma tete|ma face|ma tronche|de moi)\b)"
    r"(?=.*\b(?:pas mon (?:vrai )?corps|(?:sur|avec) (?:un |le )?(?:autre corps|corps dune autre|corps de quelquun dautre"
    r"|corps dun autre)|jamais (?:fait|pris|envoye|pose pour|fait faire) (?:cette|ces|une|un|de|des|la|les|ca)"
    r"|(?:ce nest|cest|c) pas (?:moi|vrai|reel|reelle)\b(?! qui))\b)(?=.*\b(?:" + NU + r"|porno\w*|sexuel\w*)\b)",
]

ABUSE_CONTENT += [
    # A picture of a small child with an adult, described with horror.
    r"^(?=.*\b(?:videos?|vids?|photos?|images?|pics?|films?)\b (?:\w+ ){0,3}" + PETITS + r"\b.{0,40}\b(?:avec|et)"
    r" (?:un |une |des |deux |plusieurs )?(?:adultes?|hommes?|mecs?|vieux|monsieur|messieurs)\b)"
    r"(?=.*\b(?:horrible\w*|choqu\w*|degueu\w*|degout\w*|malaise|pas normal\w*|bizarre\w*|gerb\w*|vomi\w*|traumati\w*"
    r"|(?:fait|faisait|faisaient|font|faire) des (?:choses|trucs)|quoi faire|signaler|police|ignoble|atroce|immonde"
    r"|abus\w*|sexuel\w*|" + NU + r")\b)",
    # Sexual pictures of a younger pupil shown around.
    r"^(?=.*\b"
    + MINEURS
    + r"\b)(?=.*\b(?:"
    + NU
    + r"|porno\w*|sexuel\w*)\b)(?=.*\b(?:montr\w* (?:a|au|aux|sur|partout)"
    r"|fait voir|faire voir|fait tourner|faire tourner|sur son (?:tel|telephone|portable|phone)|a (?:tout le monde"
    r"|tt le monde|toute la classe|tout le college))\b)",
]


# Questions and messages about a friend ---------------------------------------
# The English HYPOTHETICAL and THIRD_PARTY checks only know English, so the French
# disclosure-only lists carry their own: a question about what might happen, or a
# message about a friend's pictures, is answered by the classifier, not escalated.

_DEJA = (
    r"(?:maintenant|deja|en ce moment|ce soir|hier|aujourdhui|vient de|viens de|depuis|me menace|ma menacee?|il menace"
    r"|menace de|me fait|ma fait|mont|a mes|ont mes|ma dit|mont dit|menvoie|ma envoye|circule|circulent|tourne|tournent)"
)
QUESTION = (
    r"^(?!(?:comment|quels?|quelles?|pourquoi|est ce que?|est ce quon|peut on|dois je|faut il|que faire|quoi faire"
    r"|que dois je|que se passe t il|cest quoi|quest ce que?|quest ce quun|en quoi|a quoi"
    r"|ou (?:dois je|faut il|peut on|est ce que?))\b(?!.*\b" + _DEJA + r"\b))"
    r"(?!.*\b(?:que faire|quoi faire|que dois je faire|comment (?:savoir|reagir|je reagis|accompagner|sensibiliser|proteger"
    r"|eviter|aider|faire)) si\b)"
    r"(?!.*\bcomment (?:eviter|proteger|sensibiliser|prevenir|accompagner|parler a|en parler)\b)"
    r"(?!.*\b(?:peut il|peut elle|peuvent ils|peuvent elles|risque t il|risque t elle|faut il)\b)"
)
AMI = (
    r"(?:mon pote|ma pote|mes potes|mon ami|mon amie|une amie|un ami|ma meilleure amie|mon meilleur ami|ma meilleure pote"
    r"|mon meilleur pote|une fille de ma classe|un garcon de ma classe|un gars de ma classe|une camarade|un camarade"
    r"|une copine|un copain)"
)
POUR_UN_AMI = r"(?!(?=.*\b" + AMI + r"\b)(?!.*\b(?:me|moi|je|jai|jsuis|mes|mon visage|ma photo|de moi|m)\b))"

CHILD_AFFECTED = [QUESTION + r".*?" + p for p in CHILD_AFFECTED]
ABUSE_CONTENT = [QUESTION + r".*?" + p for p in ABUSE_CONTENT]
SEXTORTION = [QUESTION + POUR_UN_AMI + r".*?" + p for p in SEXTORTION]
FAKE_IMAGE = [QUESTION + POUR_UN_AMI + r".*?" + p for p in FAKE_IMAGE]
