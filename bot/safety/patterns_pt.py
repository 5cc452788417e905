"""Portuguese safety patterns: danger, self-harm and abuse disclosures in Portuguese.

Written for both Brazilian and European Portuguese ("estou sendo" and "estou a
ser", "me bateu" and "bateu-me", "celular" and "telemóvel").  Like
:mod:`bot.safety.patterns`, each list holds ``regex`` expressions that run on
normalised text (see :mod:`bot.safety.normalise`): lower case, no accents
("não" is "nao", "ameaça" is "ameaca"), hyphens and punctuation turned into
spaces ("matar-me" is "matar me"), letters repeated three or more times
squeezed to two.  The patterns are written in the first person so that general
questions ("o que é sextorsão?") and everyday hyperbole ("morri de rir", "esta
prova vai me matar") do not escalate; hyperbole is removed before matching.
"""

from __future__ import annotations

# Building blocks ------------------------------------------------------------


def _clitic(verbs: str) -> str:
    """A verb with "me" before it (Brazil) or after it (Portugal): "me bateu", "bateu-me"."""
    return r"(?:me (?:" + verbs + r")|(?:" + verbs + r") me)"


PEOPLE = (
    r"(?:ele|ela|eles|elas|alguem|algum \w+|um (?:homem|cara|senhor|adulto|estranho|desconhecido|rapaz|velho|tipo|gajo"
    r"|mais velho)|uma (?:mulher|senhora|adulta|estranha|desconhecida)|(?:o |a )?(?:meu|minha) (?:\w+ ){0,2}\w+"
    r"|(?:o|a) (?:vizinh[oa]|professora?|treinador[a]?|tio|tia|padrasto|madrasta|primo|prima|baba|ama|namorado da minha mae))"
)
HURT = (
    r"bate|bateu|batem|bateram|batia|batiam|espanca\w*|espancou|machuca|machucou|machucam|machucaram|magoa|magoou"
    r"|agride|agrediu|agridem|agrediram|aleija\w*|estrangul\w*|sufoca\w*|esgan\w*|empurr\w*|chuta\w*|pontape\w*"
    r"|queima|queimou|abusa|abusou|abusam|abusaram|abusava|viola|violou|violam|violaram|estupr\w*|molest\w*|apalp\w*"
    r"|toca|tocou|tocam|tocaram|tocava|mexe|mexeu|mexia|tranca|trancou|trancaram|amarr\w*|persegue|perseguiu|perseguem"
)
ABUSED = (
    r"(?:abusad[ao]|violad[ao]|estuprad[ao]|molestad[ao]|agredid[ao]|espancad[ao]|apalpad[ao]|atacad[ao]|perseguid[ao]"
    r"|sequestrad[ao]|raptad[ao]|ameacad[ao] de morte|aliciad[ao])"
)
IMAGES = (
    r"(?:fotos?|nudes?|imagens?|videos?|selfies?|pack|fotos? intimas?|fotos? (?:nuas?|nus?|pelad[ao]s?|sem roupa)"
    r"|conversas?|prints?)"
)
FAKE = (
    r"(?:deep ?fakes?|deep ?fake\w*|(?:fotos?|imagens?|videos?|nudes?|montage[mn]s?|nus|nuas) (?:\w+ )?(?:falsa?s?|falsos?"
    r"|fakes?|montad[ao]s?|editad[ao]s?|manipulad[ao]s?|alterad[ao]s?|(?:feit[ao]s?|gerad[ao]s?|criad[ao]s?) (?:com|por|pela"
    r"|numa|num|em um|em uma) (?:ia|inteligencia artificial|app|aplicativo|aplicacao)|de ia|com ia)|nudific\w*|nudif\w*"
    r"|montage[mn]s?|despi\w* (?:com|por|usando) (?:ia|app\w*)|apps? (?:de|para|que) (?:despir|tira a roupa|tirar a roupa))"
)
# Who the image is of: me ("de mim", "com a minha cara", "um deepfake meu").
OF_ME = (
    r"(?:de mim|comigo|com (?:a )?minha cara|com (?:o )?meu rosto|(?:da|das|a|as) minhas? (?:fotos?|selfies?|cara|imagens?)"
    r"|do meu (?:rosto|insta\w*|perfil)|(?:usando|usaram|usou|a partir de|a partir da|com) (?:uma |a |as )?minhas? "
    r"(?:fotos?|selfies?|cara|imagens?)|(?:eu|me) (?:nua|nu|pelad[ao]|sem roupa)|(?:meus?|minhas?)(?= (?:e|que|a|no|na"
    r"|nos|nas|em|por|pela|pelo|ai|circula\w*|esta|estao|anda|andam|foi|foram|ta|tao)\b| *$))"
)
# Someone else's: "a minha amiga" is not "minha" as in "um deepfake meu".
MINE = r"(?:me|mim|eu|comigo|(?:minhas?|meus?) (?!amig\w*|colega\w*|irma\w*|prim[ao]\w*|filh\w*|alun\w*|namorad\w*))"
KID = r"(?:filh[ao]|enteada|enteado|alun[ao]|estudante|educand[ao]|sobrinh[ao]|net[ao]|crianca|menin[ao]|miud[ao]|rapariga|rapaz)s?"
CHILDREN = (
    r"(?:crianca|criancas|criancinhas?|menores|menor de idade|menores de idade|menin[ao]s? (?:pequen[ao]s?|de \d+ anos)"
    r"|menininh[ao]s?|miud[ao]s?|putos|bebes?|(?:de|com) \d{1,2} anos|infantil|infantis|pedofil\w*)"
)
SEXUAL = (
    r"(?:porno\w*|pornografia|nudes?|nus|nuas|nua|nu|pelad[ao]s?|sexo|sexua\w*|abus\w*|intim[ao]s?|explicit\w*|despid[ao]s?"
    r"|sem roupa|cp|csam)"
)
EXPOSE = (
    r"(?:publica\w*|posta\w*|divulga\w*|espalha\w*|manda\w*|envia\w*|mostra\w*|partilha\w*|compartilha\w*|vaza\w*"
    r"|expor|expoe|(?:por|colocar|meter|botar) na (?:internet|net)|todos|toda a gente|todo mundo|(?:minha|a minha) familia"
    r"|(?:meus|os meus) (?:pais|amigos)|a escola)"
)
THREAT = (
    r"(?:se (?:eu )?nao|caso (?:eu )?nao|a menos que|senao|se nao|ou (?:entao )?(?:ele|ela|eles|elas) (?:vai|vao)"
    r"|ou (?:entao )?(?:vai|vao) (?:\w+ )?(?:publicar|postar|mandar|enviar|espalhar|mostrar|divulgar)"
    r"|(?:tenho|ate|so tenho) (?:\d+ |uma |duas )?horas (?:para|pra) pagar|ameac\w*)"
)

# Phrases that look alarming but are everyday speech.  Removed before matching.
HYPERBOLE = [
    r"\b(?:morr\w*|mort[ao]s?|mortinh[ao]s?) (?:de|por) (?:tanto )?(?:rir|riso|vergonha|tedio|sono|fome|sede|calor|frio|cansaco"
    r"|cansad[ao]|saudades?|inveja|curiosidade|susto|preguica|vontade|ansiedade|amores|ciumes)\b",
    r"\b(?:me )?(?:mata|matam|matou|mato|matei|matar)(?: me)? de (?:rir|vergonha|tedio|sono|fome|saudades?|curiosidade"
    r"|susto|cansaco)\b",
    r"\b(?:me matar|matar me|me mato|mato me|me matando|matando me|me matei|matei me) (?:a|de|para|pra) "
    r"(?:estudar|trabalhar|treinar|correr)\b",
    r"\b(?:prova|provas|teste|testes|exame|exames|escola|tarefa|tarefas|trabalho|trabalhos|dever|deveres|licao|tpc|aula|aulas"
    r"|calor|matematica|isto|isso|este|esta|esse|essa|estes|estas|esses|essas)\b(?: \w+){0,3}? (?:me mata|mata me|me matam"
    r"|matam me|(?:esta|ta|estao|vai|vao|anda) (?:a )?(?:me matar|matar me|me matando|matando me))\b",
    r"\b(?:mae|pai|pais|professora?|professores|treinador|treinadora|irma|irmao|avo|chefe)\b(?: \w+){0,4}? (?:me matar"
    r"|matar me|me mata|mata me|me matam|matam me|me mate|mate me) (?:se|quando|caso|por)\b",
    r"\b(?:to|tou|estou|estava|tava) mort[ao]\b(?! de medo)",
]

SELF_HARM = [
    r"\b(?:me suicidar|suicidar me|me suicido|suicido me|me suicidei|suicidei me|suicidio|suicida){e<=1}",
    r"\b(?:quero|queria|vou|irei|vontade de|penso em|pensei em|pensando em|a pensar em|tentei|tentar|tentando|a tentar|decidi"
    r"|planejo|planeio|planejando|preciso|devia|deveria|melhor|so quero|eu|acho que vou) (?:me matar|matar me)\b",
    r"\b(?:me mato|mato me|me matei|matei me)\b",
    r"\b(?:quero|queria|quero mesmo|quero muito|queria muito|vontade de|desejo|prefiro|preferia|so quero|gostava de|gostaria de"
    r"|quem me dera) (?:morrer|estar mort[ao]|nao existir|deixar de existir|desaparecer para sempre|sumir para sempre"
    r"|desaparecer do mundo|nunca ter nascido|nao ter nascido)\b",
    r"\b(?:nao|ja nao|eu nao) (?:quero|queria|tenho vontade de|aguento) (?:mais )?(?:viver|estar viv[ao]|existir"
    r"|continuar (?:a )?viv\w*)\b",
    r"\b(?:acabar|acabo|terminar|por fim|dar fim|tirar|tiro) (?:com |a |em )?(?:a )?(?:minha (?:propria )?vida|propria vida"
    r"|tudo de vez)\b",
    r"\b(?:quero|queria|vou|vontade de) acabar com tudo\b",
    r"\b(?:quero|queria|vontade de|penso em|comecei a|voltei a|continuo a|costumo|preciso de|preciso|vou) (?:me (?:cortar"
    r"|machucar|ferir|queimar|magoar|aleijar|arranhar)|(?:cortar|machucar|ferir|queimar|magoar|aleijar|arranhar) me)\b",
    r"\b(?:tenho|ando|andei|estou|to|tou) (?:me (?:cortado|cortando|machucado|machucando|magoado|ferido|queimado|queimando)"
    r"|a (?:cortar|machucar|magoar|ferir|queimar) me|a me (?:cortar|machucar|magoar|ferir|queimar))\b",
    r"\b(?:eu )?(?:me corto|corto me|me machuco|machuco me|me firo|me queimo|queimo me)\b(?! (?:sempre|quando|a cozinhar))",
    r"\b(?:cortes?|cortar|cortei|corto|cortado|cortada|cicatrizes|marcas) (?:\w+ ){0,2}?(?:os|nos|nas|meus|minhas|os meus"
    r"|nos meus)? ?(?:pulsos|bracos|coxas)\b",
    r"\b(?:me (?:automutil|auto mutil)\w*|(?:automutil|auto mutil)\w* me|automutilo|automutilei|autolesiono)\b",
    r"\b(?:faco|fiz|fazia|pratico|pratiquei|comecei|voltei a|estou a fazer|estou fazendo|ando a fazer) (?:a )?"
    r"(?:automutil\w*|auto ?mutil\w*|auto ?les(?:ao|oes))\b",
    r"\bme (?:cortei|machuquei|queimei|feri|magoei)\b.{0,20}\bde proposito\b|\bde proposito\b.{0,20}\bme (?:cortei"
    r"|machuquei|queimei|feri|magoei)\b",
    r"\b(?:nao|nunca mais|jamais) (?:quero |queria )?acordar\b(?! cedo| tarde| as| a tempo)",
    r"\bdormir (?:e )?(?:nunca mais acordar|para sempre|pra sempre|e nao acordar)\b",
    r"\b(?:adeus|tchau) (?:para sempre|pra sempre|a todos|a toda a gente|mundo)\b",
    r"\b(?:me despedir|despedir me|me despeco|despeco me|minha despedida)\b(?=.*\b(?:todos|sempre|vida|ultima|ultimo|mundo)\b)",
    r"\b(?:carta|mensagem|bilhete|nota) de (?:despedida|suicidio)\b",
    r"\bnao (?:vou|irei) (?:estar|continuar) (?:viv[ao]|aqui por muito tempo|por aqui muito tempo|vivo amanha)\b",
    r"\b(?:tomar|tomei|engolir|engoli|tomo|vou tomar) (?:todos os|todas as|muitos|muitas|uma caixa (?:de|inteira)|a caixa"
    r"|um monte de|varios|varias|o frasco) (?:meus |minhas |os |as |de )?(?:comprimidos|remedios|medicamentos|pilulas"
    r"|calmantes)\b(?! (?:que|como) (?:o|a) (?:medic|doutor|enfermeir|farmac)\w*)",
    r"\b(?:tomar|fazer|tomei|fiz|vou tomar|vou fazer) uma overdose\b",
    r"\b(?:me (?:atirar|jogar|atiro|jogo|lancar)|atirar me|jogar me|atiro me|lancar me) (?:\w+ )?(?:da|de|do|pela|para a frente"
    r"|na frente|para baixo|debaixo|ao) (?:\w+ )?(?:ponte|janela|predio|varanda|sacada|telhado|comboio|trem|carro|rio|mar"
    r"|linha|viaduto)\b",
    r"\b(?:pular|saltar|pulo|salto|vou pular|vou saltar) (?:da|de uma|do|de um|pela) (?:ponte|janela|predio|varanda|sacada"
    r"|telhado|viaduto)\b",
    r"\b(?:melhor|melhores|mais felizes|mais feliz) sem mim\b",
    r"\b(?:ninguem|ninguem) (?:vai|ia|iria|ira) (?:sentir (?:a )?minha falta|dar pela minha falta|se importar (?:se eu|comigo)"
    r"|notar se eu (?:morrer|sumir|desaparecer))\b",
    r"\b(?:seria|era) melhor (?:se eu|eu) (?:morresse|nao existisse|nao estivesse aqui|sumisse|desaparecesse|estivesse mort[ao]"
    r"|nunca tivesse nascido)\b",
    r"\bnao (?:vale|valeria) (?:mais )?a pena (?:viver|continuar (?:a )?viv\w*|estar viv[ao])\b",
    r"\b(?:nao tenho|sem|nao ha) (?:nenhuma? )?(?:razao|razoes|motivo|motivos|vontade) (?:nenhuma? )?(?:para|pra|de) (?:viver"
    r"|continuar (?:a )?viv\w*|existir)\b",
    r"\bnao aguento mais (?:viver|esta vida|essa vida|existir|estar viv[ao]|a vida)\b",
    r"\b(?:cansad[ao]|fart[ao]|exaust[ao]) (?:de|da) (?:viver|vida|existir|estar viv[ao])\b",
    r"\b(?:formas?|maneiras?|jeitos?|como) (?:de |para |pra )?(?:morrer|me matar|se matar|acabar com a (?:minha )?vida)\b",
    r"\b(?:penso|pensei|pensando|pensamentos?) (?:em |de )?(?:suicid\w*|morrer|me matar)\b",
]

DANGER = [
    PEOPLE + r" (?:\w+ ){0,3}?" + _clitic(HURT) + r"\b(?! (?:uma|um) (?:saudade|fome|sono|vontade|duvida|preguica))",
    PEOPLE + r" (?:\w+ ){0,3}?(?:" + HURT + r") em mim\b",
    _clitic(
        r"bate|bateu|batem|bateram|batia|espancou|espancaram|espanca|agrediu|agrediram|estuprou|estupraram|violou|violaram"
        r"|abusou|abusaram|abusa|molestou|apalpou|apalparam|estrangulou|esganou"
    )
    + r"\b(?! (?:uma|um) (?:saudade|fome|sono|vontade|duvida|preguica))",
    r"\b(?:fui|tenho sido|estou a ser|estou sendo|to sendo|tou a ser|estava a ser|estava sendo|ja fui|sou|era) (?:\w+ )?"
    + ABUSED
    + r"\b",
    r"\b(?:estou|to|tou|estava|fui) (?:a ser |sendo )?(?:seguid[ao]|perseguid[ao])\b(?! (?:por \d|no |na |nas |nos |em ))",
    r"\b(?:(?:esta|ta|anda|andam|estao|tem|tao) (?:a )?(?:me )?(?:seguir|seguindo|perseguir|perseguindo)(?: me)?|me (?:seguindo"
    r"|perseguindo)|a (?:seguir|perseguir) me)\b(?! (?:no|na"
    r"|nas|nos|em) (?:insta\w*|tiktok|twitter|x|redes?|face\w*|snap\w*|canal|youtube|twitch|kwai))",
    r"\bnao (?:me )?sinto (?:segur[ao]|em seguranca|protegid[ao])\b(?! (?:para|pra|com a|na|no) (?:prova|teste|exame"
    r"|apresentacao|jogo))",
    r"\bnao estou (?:em seguranca|segur[ao] (?:em casa|aqui|com (?:ele|ela|eles)))\b",
    r"\b(?:estou|to|tou|estamos|estou aqui) em perigo\b",
    r"\b(?:tenho|estou com|to com|tou com) (?:muito )?medo de (?:ir|voltar|estar) (?:para |pra |em )?casa\b",
    r"\b(?:tenho|estou com|to com|tou com) (?:muito )?medo (?:dele|dela|deles|do meu (?:pai|padrasto|irmao|tio|avo|primo"
    r"|namorado|treinador|vizinho)|da minha (?:mae|madrasta|irma|tia|avo)|do namorado da minha mae)\b",
    r"\bmedo (?:de )?que (?:ele|ela|eles|elas|\w+) (?:me (?:mate|bata|machuque|faca mal)|(?:mate|bata|machuque) me)\b",
    r"\bsabe onde (?:eu )?(?:moro|vivo|estudo)\b",
    r"\b(?:esta|ta|estao|anda|andam|ficou|fica) (?:la )?(?:fora|a porta|na porta|em frente|a frente) (?:da|de|do) (?:minha |meu )?"
    r"(?:casa|escola|predio|janela|quarto)\b",
    r"\b(?:ele|ela|eles|elas|alguem|disse que|diz que|dizem que|disseram que|falou que|prometeu que)(?: \w+){0,2}? (?:vai |vao "
    r"|ia |iam )?(?:me (?:matar|machucar|bater|espancar|esfaquear|dar um tiro|violar|estuprar|magoar|pegar|raptar|sequestrar)"
    r"|(?:matar|machucar|bater|espancar|magoar|esfaquear|violar|estuprar|raptar|sequestrar) me)\b",
    r"\bameac\w* (?:me )?(?:de morte|matar|de me matar|me matar|machucar|de me bater|bater me|me bater)\b",
    r"\b(?:apontou|apontaram|mostrou|mostraram|puxou|puxaram|ameacou me com|me ameacou com) (?:me )?(?:uma |um )?(?:faca"
    r"|arma|pistola|revolver|canivete|navalha)\b",
    r"\b(?:ele|ela|eles) (?:tem|esta com|ta com|anda com|trouxe) (?:uma |um )?(?:faca|arma|pistola|revolver)\b",
    r"^(?=.*\b(?:online|internet|net|jogo|jogos|app|insta\w*|tiktok|discord|roblox|fortnite|minecraft|snap\w*|whats\w*|zap"
    r"|chat|estranho|desconhecido|adulto|homem|cara|senhor|mais velho|(?:1[89]|[2-9]\d) anos)\b)(?=.*\b(?:me (?:conhecer"
    r"|encontrar|ver) (?:pessoalmente|ao vivo|em pessoa)|(?:conhecer|encontrar|ver) me (?:pessoalmente|ao vivo|em pessoa)?"
    r"|se encontrar comigo|encontrar se comigo|encontrar comigo|me encontrar com (?:ele|ela|um|uma)|marc\w* (?:um )?encontro"
    r"|encontro (?:com ele|com ela|secreto)|ir (?:a|na|para a|pra) casa dele|me (?:vir )?buscar|vir buscar me)\b)",
    _clitic(r"obriga|obrigou|obrigam|obrigaram|forca|forcou|forcam|forcaram|obrigava|forcava")
    + r" (?:\w+ )?a (?:tirar a roupa|despir|tocar (?:nele|nela|no|na|nas|nos|em)|fazer (?:coisas|sexo|aquilo)|ver (?:porno"
    r"|videos)|guardar segredo|mandar fotos|beij\w+|ficar (?:nu|nua|pelad[ao]))",
    r"\b(?:me (?:toca|tocou|tocam|tocaram|tocava|apalpa|apalpou|mexe|mexeu|mexia)|(?:toca|tocou|tocava|mexe|mexeu|mexia) "
    r"(?:me|em mim)) (?:nas (?:minhas )?partes|la em baixo|onde nao|a noite|de noite|quando|no meu corpo|nos meus seios)\b",
    r"\b(?:toca|tocou|tocam|tocaram|mexe|mexeu|mexem|passa a mao|passou a mao|apalp\w*) (?:nas minhas (?:partes|pernas|coxas"
    r"|mamas|maminhas)|no meu (?:corpo|peito|rabo|bumbum|pipi|pirilau))\b",
    r"\b(?:entra|entrava|vem|vinha) (?:\w+ )?(?:no|para o|pro) meu quarto (?:a noite|de noite|quando (?:todos|toda a gente))\b"
    r"|\b(?:vem|vinha|deita se|se deita) (?:\w+ )?na minha cama\b",
    r"\b(?:fugi|fugir|vou fugir|quero fugir|fugindo|a fugir) de casa\b",
    _clitic(r"trancou|trancaram|tranca|trancam|prendeu|prenderam|prende")
    + r" (?:\w+ )?(?:no|na|num|numa|em casa|dentro|fora)\b",
    r"\bnao (?:ha|tem|tenho) (?:nada )?(?:para |pra |de )?comer (?:em casa|ha dias)\b",
    _clitic(r"deixaram|deixou|deixam") + r" sozinh[ao] (?:em casa )?(?:ha|por|durante) (?:dias|\d+ dias|uma semana)\b",
    r"\b(?:socorro|me ajudem|ajudem me|alguem me ajude|ajuda me por favor|me ajuda por favor)\b(?=.*\b(?:ele|ela|medo|perigo"
    r"|me bate|me bateu|pfv|agora)\b)",
    r"\b(?:sofro|sofri|sofria|estou a sofrer|estou sofrendo|to sofrendo|ando a sofrer) (?:de )?(?:abusos?|violencia|maus tratos"
    r"|agressoes|assedio sexual)\b",
]

SEXTORTION = [
    r"\b" + _clitic(r"chantag\w*|extorqu\w*|extorque\w*") + r"\b",
    r"\b(?:estou|to|tou|estava|fui|sou|tenho sido|ando|ando a ser|estou a ser|estou sendo|to sendo|tou a ser) (?:\w+ )?"
    r"(?:chantag\w*|extorquid[ao])\b",
    r"\b(?:sofro|sofri|estou a sofrer|estou sofrendo|to sofrendo|sou vitima de|fui vitima de|estou a ser vitima de"
    r"|estou sendo vitima de|to sendo vitima de|estou a passar por|estou passando por) (?:uma |de )?(?:(?:sextorsao){e<=1}|sextors\w*|chantagem|extorsao)\b",
    r"^(?=.*\bameac\w* (?:me )?(?:\w+ ){0,3}(?:publicar|postar|divulgar|espalhar|mandar|enviar|mostrar|partilhar|compartilhar"
    r"|vazar|expor|(?:por|colocar|meter|botar) na (?:internet|net))\b)(?=.*\b" + MINE + r")",
    r"\b(?:vai|vao|vou|disse que vai|diz que vai|disseram que vao|ia|iam) (?:\w+ ){0,2}(?:publicar|postar|divulgar|espalhar"
    r"|mandar|enviar|mostrar|partilhar|compartilhar|vazar|expor|por|colocar|botar) (?:\w+ ){0,4}"
    + IMAGES
    + r"\b.{0,60}\b(?:se (?:eu )?nao|caso (?:eu )?nao|a menos que|senao|se nao)\b",
    r"^(?=.*\b"
    + THREAT
    + r")(?=.*\b"
    + EXPOSE
    + r")(?=.*\b(?:"
    + IMAGES
    + r"|tudo|as coisas que (?:eu )?(?:mandei|enviei)|o que (?:eu )?(?:mandei|enviei))\b)(?=.*\b"
    + MINE
    + r")",
    r"\b(?:quer|querem|pede|pedem|pediu|pediram|exige|exigem|exigiu|exigiram|esta a pedir|esta pedindo|ta pedindo) (?:me )?"
    r"(?:\w+ ){0,2}(?:dinheiro|\d+ ?(?:reais|euros|r|eur|dolares|conto|contos)|pix|mbway|transferencia|cartoes? (?:presente"
    r"|de oferta)|gift ?cards?|bitcoin|cripto\w*|mais (?:fotos|nudes|videos|imagens))\b(?=.*\b(?:senao|se (?:eu )?nao|ou|caso"
    r"|a menos)\b)",
    r"\bquer(?:em)? que eu (?:lhe |lhes )?(?:pague|mande mais|envie mais|mande dinheiro|envie dinheiro|faca uma videochamada"
    r"|mande outr\w*|envie outr\w*)\b(?=.*\b(?:fotos?|nudes?|videos?|senao|se (?:eu )?nao|ameac\w*|publicar|espalhar"
    r"|mandar|postar)\b)",
    r"\b(?:mandei|enviei|partilhei|compartilhei|mostrei) (?:\w+ ){0,3}(?:nudes?|pack|fotos? (?:intimas?|nuas?|nua|nu"
    r"|pelad[ao]s?|sem roupa)|fotos? minhas? (?:nua|nu|pelad[ao]|sem roupa))\b.{0,60}\b(?:agora|e (?:ele|ela|eles|elas|ai))\b",
    r"\bja (?:lhe |lhes )?paguei\b(?! a conta| o| a)|\bpaguei (?:\w+ ){0,3}(?:mas|e) (?:ele|ela|eles|elas) (?:quer|querem|pede"
    r"|pedem|continua|continuam) (?:mais|a pedir|pedindo|a ameacar|ameacando)\b",
]

FAKE_IMAGE = [
    FAKE + r".{0,60}?\b" + OF_ME,
    r"\b(?:de mim|com (?:a )?minha cara|com (?:o )?meu rosto|(?:a|as|da|das|uma|umas) minhas? (?:fotos?|selfies?|imagens?)"
    r"|minhas? (?:fotos?|selfies?) (?:do|de) (?:perfil|insta\w*))\b.{0,60}" + FAKE,
    r"\b(?:puseram|colocaram|botaram|meteram|poem|colocam|montaram|editaram|trocaram|usaram) (?:a |o )?(?:minha cara|meu rosto"
    r"|minha cabeca)\b",
    r"^(?=.*\b(?:me (?:despiram|despiu|deixaram (?:nu|nua|pelad[ao])|puseram (?:nu|nua|pelad[ao]))|despiram me|deixaram me"
    r" (?:nu|nua|pelad[ao]|sem roupa)|puseram me (?:nu|nua|pelad[ao]|sem roupa))\b)(?=.*\b(?:ia|app\w*|aplica\w*|fotos?"
    r"|imagens?|montagem|editad\w*|fake|falsa?s?)\b)",
    r"\b(?:tiraram|tirou|removeram|removeu|apagaram|apagou) (?:a )?(?:minha )?roupa (?:da|de|na|numa|em uma|das) (?:minha |minhas"
    r" )?(?:foto|fotos|imagem|selfie)\b",
    r"\b(?:nunca|jamais) (?:tirei|fiz|mandei|enviei|tiraria)\b.{0,40}\b(?:nudes?|nua|nu|pelad[ao]|sem roupa|fotos? (?:assim"
    r"|dessas|intimas?|nuas?))\b",
    r"^(?=.*\b(?:fotos?|nudes?|videos?)\b.{0,30}\bque (?:eu )?(?:nunca|jamais) (?:tirei|fiz|mandei|gravei)\b)(?=.*\b(?:nua"
    r"|nu|nuas|nus|pelad[ao]s?|sem roupa|nudes?|falsa?s?|falsos?|fake|ia|montage[mn]|sexua\w*|porno\w*)\b)",
    r"\b(?:fotos?|imagens?|videos?|nudes?) (?:minhas?|de mim) (?:nua|nu|nuas|nus|pelad[ao]s?|sem roupa)\b.{0,40}\b(?:falsa?s?"
    r"|falsos?|fake|ia|montagem|editad\w*|nao (?:sou|e) eu|nunca tirei)\b",
    r"\b(?:nudific\w*|nudif\w*) (?:a |as )?(?:minha|minhas|me)\b|\bme nudific\w*|\bnudific\w* me\b",
    r"^(?=.*\b(?:parece|parecem|igualzinh[ao]|igual|e|sou) (?:a )?(?:mim|eu)\b)(?=.*\b(?:nua|nu|pelad[ao]|sem roupa|porno\w*"
    r"|sexo|sexua\w*|nudes?)\b)(?=.*\b(?:falsa?s?|falsos?|fake|ia|montagem|editad\w*|nao sou eu)\b)",
]

ABUSE_CONTENT = [
    r"^(?=.*\b"
    + CHILDREN
    + r"\b)(?=.*\b"
    + SEXUAL
    + r"\b)(?=.*\b(?:vi|tenho visto|encontrei|achei|recebi|recebo|me mandaram|mandaram me|me enviaram|enviaram me|me mostraram"
    r"|mostraram me|alguem me mandou|alguem me enviou|(?:um|uma) \w+ me (?:mandou|enviou|mostrou)|apareceu me|me apareceu"
    r"|apareceu no meu|no (?:meu )?(?:grupo|chat|telemovel|celular|telefone|feed|discord|servidor)|num (?:grupo|chat|site"
    r"|servidor)|estao a (?:partilhar|compartilhar|mandar)|estao (?:partilhando|compartilhando|mandando)|anda a circular"
    r"|esta circulando|andam a circular|circulam|circula)\b)",
    r"\b(?:pornografia|porno) infantil\b(?=.*\b(?:vi|encontrei|achei|recebi|mandaram|enviaram|grupo|chat|site|servidor|link"
    r"|pasta)\b)|\b(?:vi|encontrei|achei|recebi|mandaram me|me mandaram)\b.{0,60}\b(?:pornografia|porno) infantil\b",
]

ABUSE_CONTENT += [
    r"\b(?:vi|recebi|encontrei|achei|me mandaram|mandaram me|me enviaram|enviaram me)\b.{0,60}\bmaterial de abuso (?:sexual )?"
    r"(?:infantil|de criancas|de menores)\b",
    r"\b(?:vi|recebi|me mandaram|mandaram me|me mostraram|mostraram me|encontrei)\b.{0,60}\b(?:um|uma|o|a) (?:homem|adulto"
    r"|mulher|cara|senhor|velho) (?:a abusar|abusando|a violar|violando|a tocar|tocando|a mexer|mexendo) (?:de |em )?(?:uma |um )?"
    r"(?:crianca|menin[ao]|bebe|miud[ao])\b",
]

CHILD_AFFECTED = [
    r"^(?=.*\b(?:minha|meu|minhas|meus|nossa|nosso|nossas|nossos|uma das minhas|um dos meus) "
    + KID
    + r"\b)(?=.*(?:"
    + FAKE
    + r"|\bchantag\w*|\bsextors\w*|\bextorqu\w*|\bextors\w*|\bameac\w*|\bnudes?\b|\bnuas?\b|\bnus?\b|\bpelad[ao]s?\b|\bsem roupa"
    r"|\bfotos? intimas?|\bpornogr\w*|\bporno\b))(?=.*\b(?:fizeram|fez|criaram|criou|partilharam|compartilharam|espalharam"
    r"|publicaram|postaram|mandaram|enviaram|mandou|enviou|puseram|colocaram|montaram|esta a ser|esta sendo|estao a|estao sendo|foi|foram"
    r"|recebeu|receberam|contou|disse|ameacou|ameacaram|ameacam|ameaca|circula\w*|apareceu|aparece|descobri|tem sido"
    r"|anda a ser)\b)",
    r"\b(?:minha|meu|nossa|nosso|a minha|o meu) "
    + KID
    + r" (?:\w+ ){0,3}?(?:esta|ta|foi|tem sido|anda|estava) (?:a ser |sendo )?(?:chantagead[ao]|extorquid[ao]|ameacad[ao]"
    r"|aliciad[ao]|abusad[ao]|nudificad[ao]|vitima de (?:sextors\w*|chantagem|deep ?fake\w*|montage\w*))\b",
    r"\b(?:um|uma|o|a|meu|minha) (?:alun[ao]|estudante|crianca|filh[ao]|educand[ao]) (?:me )?(?:contou|disse|revelou|veio"
    r" (?:me )?(?:contar|dizer))(?: me)?\b.{0,80}(?:"
    + FAKE
    + r"|\bnudes?\b|\bnuas?\b|\bpelad[ao]s?\b|\bchantag\w*|\bsextors\w*|\bameac\w*|\babus\w*|\btoc\w*|\bmex\w* (?:nela|nele)"
    r"|\bbat\w*)",
]

CHILD_AFFECTED += [
    r"\b(?:deep ?fake\w*|nudes?|montage[mn]s?|fotos? (?:falsas|intimas|nuas)|imagens? (?:falsas|intimas|sexuais)) (?:\w+ ){0,2}"
    r"(?:de|da|do|das|dos) (?:uma |um |umas |uns )?(?:minha |meu |nossa |nosso |minhas |meus )?(?:alun[ao]s?|estudantes?"
    r"|filh[ao]s?|educand[ao]s?|entead[ao]s?)\b",
]

# Broader phrasings ----------------------------------------------------------
# Children rarely name the act: they say what it looks like ("a fazer aquilo nos braços", "separei os remédios",
# "parece que estou pelada", "pedindo o dobro senão espalha").  These catch the idea, not one sentence.

PILLS = r"(?:remedios?|comprimidos?|medicamentos?|pilulas?|calmantes?|cartelas?|antidepressivos?|paracetamol|ben u ron)"
DESPAIR = (
    r"(?:nao (?:vou )?aguent\w*|nao consigo mais|acabar|de vez|esta noite|hoje a noite|logo a noite|ninguem|chega|cansad[ao]"
    r"|vergonha|adeus|de uma vez|duma vez|escondid[oa]s?|sem ninguem ver)"
)
ADULT = r"(?:adult[oa]s?|homem|homens|velho|senhor|cara|tipo|gajo|mais velho|mulher)"
LITTLE_ONE = (
    r"(?:crianc\w*|menin[ao]s?|menininh[ao]s?|miud[ao]s?|bebes?|nenem|nenens|garotinh[ao]s?|putos?|petiz\w*"
    r"|(?:de|com) \d{1,2} anos)"
)
SEEN = (
    r"(?:vi|vimos|tenho visto|encontrei|achei|recebi|recebemos|mandaram|enviaram|mostraram|mostrou|mandou|enviou|pos|postou"
    r"|partilhou|compartilhou|passou|passaram|meteu|colocou|botou|grupo|chat|site|servidor|discord|telemovel|celular|canal)"
)
SPREAD = r"(?:espalh|public|post|divulg|vaz|partilh|compartilh|expo|mostr)\w*"
AUDIENCE = (
    r"(?:tudo|as fotos|os videos|os nudes|fotos|videos|nudes|(?:para|pra|a) (?:todos|todo mundo|toda a gente|a minha familia"
    r"|minha familia|os meus|meus|os teus|teus|a escola|escola|a turma|turma|os contatos|contatos|seguidores))"
)

SELF_HARM += [
    # Putting pills aside, or planning to take all of them.
    r"^(?!.*\b(?:medic\w*|receit\w*|doutor\w*|enfermeir\w*|farmac\w*|prescr\w*|dentista|horario|dias|semana)\b)(?=.*\b"
    + DESPAIR
    + r"\b).*?\b(?:separei|guardei|juntei|escondi|acumulei|tenho guardad[oa]s|ando a juntar|estou a juntar|to juntando|estou juntando"
    r"|fui juntando|peguei|roubei|tirei) (?:\w+ ){0,2}?(?:os |as |uns |umas |um monte de |uma caixa de |a caixa de )?"
    + PILLS
    + r"\b",
    r"^(?!.*\b(?:medic\w*|receit\w*|doutor\w*|enfermeir\w*|farmac\w*|prescr\w*|dentista|horario|dias|semana)\b)(?=.*\b"
    + PILLS
    + r"\b)(?=.*\b(?:tomar|tomo|tomei|vou tomar|engolir|engulo|engoli)(?: los| las)? (?:\w+ )?(?:todos|todas"
    r"|tudo|de uma vez|duma vez|a cartela toda|a caixa toda|o frasco todo)\b)",
    # "Better off / easier if I did not exist".
    r"\b(?:melhor|mais facil|mais felizes?|mais leve|em paz|menos problemas?) (?:\w+ ){0,4}?se eu (?:nao (?:existisse|estivesse"
    r" (?:aqui|ca|viv[ao]|mais aqui)|tivesse nascido|acordasse)|morresse|sumisse|desaparecesse|fosse embora (?:para|pra) sempre"
    r"|deixasse de existir)\b",
    r"\bse eu (?:nao (?:existisse|estivesse (?:aqui|ca|viv[ao]|mais aqui))|morresse|sumisse|desaparecesse|deixasse de existir)\b"
    r"(?: \w+){0,4}? (?:melhor|mais facil|mais felizes?|ninguem (?:ia|iria|vai) (?:sentir|notar|ligar|se importar))\b",
    r"\b(?:estariam|ficariam|estaria|ficaria|viviam|vivem|seriam|eram) (?:\w+ ){0,2}?(?:melhor|mais felizes?|em paz) sem mim\b",
    # Euphemisms for self-harm on the body: "fazer aquilo nos braços", "a lâmina no pulso".
    r"\b(?:fazer|faco|fiz|fazia|fazendo|a fazer|voltei a fazer|fazer de novo) (?:aquilo|isso|isto|aquela coisa|de novo"
    r"|outra vez)(?: \w+)?(?: (?:de novo|outra vez))? (?:nos|nas|no|na|em) (?:meus |minhas |os meus |as minhas )?(?:bracos?"
    r"|pernas?|pulsos?|coxas?|barriga|pele)\b",
    r"\b(?:lamina|laminas|gilete|giletes|x acto|estilete|navalha|tesoura|vidro)\b.{0,40}\b(?:nos|nas|no|na|meus|minhas) "
    r"(?:bracos?|pernas?|pulsos?|coxas?|pele)\b(?=.*\b(?:de novo|outra vez|voltei|sempre|ninguem|sentir|aliviar|alivia"
    r"|esconder|escondo|marcas?|sangr\w*|fundo)\b)",
    # Farewell letters and "nobody will have to worry about me any more".
    r"\bninguem (?:vai|vao|ira|vai mais|vai ter|vai precisar|vao ter|vao precisar) (?:de |que |mais )?(?:se )?"
    r"(?:preocupar|aturar|lidar) (?:mais )?(?:comigo|de mim)\b",
    r"\b(?:nunca mais|ja nao|nao) (?:vao|vai) (?:ter|precisar) (?:de |que )?(?:se )?preocupar (?:mais )?comigo\b(?! (?:hoje|agora"
    r"|com isso|por isso))(?=.*\b(?:amanha|depois|para sempre|pra sempre|nunca mais|carta|adeus)\b)",
    r"\b(?:escrevi|deixei|deixo|estou a escrever|to escrevendo|estou escrevendo|escrevendo) (?:uma |umas |a |as )?(?:cartas?"
    r"|bilhetes?|mensagens?) (?:\w+ ){0,5}?(?:para quando eu|quando eu (?:morrer|partir|ja nao estiver|nao estiver)"
    r"|caso (?:me )?aconte\w*|se me acontecer|de adeus)\b",
    r"\b(?:escrevi|deixei) (?:uma |umas |a |as )?(?:cartas?|bilhetes?)\b(?=.*\b(?:amanha ninguem|ninguem vai|nao vou estar"
    r"|ja nao vou|adeus|para sempre|pra sempre|nunca mais)\b)",
]

DANGER += [
    # Hiding from someone who is drunk, breaking things, banging on the door.
    r"\b(?:me escondi|escondi me|estou escondid[ao]|to escondid[ao]|tou escondid[ao]|estamos escondid[ao]s|me escondo"
    r"|escondo me|me tranquei|tranquei me)\b(?=.*\b(?:medo|bebad[ao]|bebeu|bebendo|beber|drogad[ao]|batendo|a bater|bate na"
    r"|esmurr\w*|quebrando|partindo|a partir|a quebrar|gritando|a gritar|arrombar|arrombando|socorro|me (?:bater|matar|pegar"
    r"|achar|encontrar))\b)",
    r"^(?=.*\b(?:bebad[ao]|bebeu|bebendo|bebe demais|drogad[ao]|com raiva|furios[ao]|descontrolad[ao])\b)(?=.*\b(?:quebrando"
    r"|partindo|a partir|a quebrar|atirando|a atirar|batendo na porta|a bater na porta|esmurrando|arrombando) (?:tudo|as coisas"
    r"|a casa|a porta|na porta|os moveis|pratos|loica)\b)",
    # Touching euphemisms ("mete-me as mãos", "passa a mão em mim") and secrets with an adult.
    _clitic(r"mete|meteu|metia|poe|pos|punha|passa|passou|passava")
    + r" (?:as |a )?maos?\b(?! (?:na cabeca|no cabelo|no ombro))",
    r"\b(?:mete|meteu|metia|poe|pos|punha|passa|passou|passava) (?:as |a )?maos? (?:em mim|no meu corpo|por baixo)\b",
    r"^(?=.*\b(?:padrasto|tio|pai|primo|avo|vizinho|treinador|professor|namorado da minha mae|homem|adulto|cara|senhor"
    r"|madrasta|tia)\b)(?=.*\b(?:e|era|fica|e um|que e) (?:o )?(?:nosso segredo|segredo nosso|segredo (?:so )?(?:entre nos|nosso"
    r"|de nos dois))|nao (?:posso|pode|podes|devo) contar (?:a|para|pra) ninguem\b)",
    # Someone from online knows where I live / is parked outside.
    r"\b(?:sabe|ja sabe|descobriu|descobriram|achou|encontrou|conseguiu|sabem) (?:o |a )?(?:meu|minha) (?:endereco|morada"
    r"|rua)\b",
    r"\b(?:descobriu|descobriram|sabe|sabem|ja sabe|achou) (?:onde|em que|qual) (?:eu )?(?:moro|vivo|estudo|fica a minha"
    r"|e a minha|escola)\b",
    r"\b(?:um |uma )?(?:carro|carrinha|van|moto|homem|cara|senhor) (?:\w+ )?(?:parad[ao]|estacionad[ao]|a espera|esperando)"
    r" (?:\w+ )?(?:na frente|em frente|a frente|a porta|na porta|perto|do lado de fora|la fora) (?:da|de|do) (?:minha |meu )?"
    r"(?:casa|escola|predio)\b(?=.*\b(?:hora|horas|medo|sozinh[ao]|ontem|dias|insta\w*|net|online|jogo|desconhecid[ao]"
    r"|estranh[ao])\b)",
    # Threats of a beating.
    r"\b(?:me (?:dar|da|deu|dava|davam|deram|dão)|(?:dar|da|deu|dava|deram) me) (?:uma |outra |mais uma )?(?:surra|sova|tareia"
    r"|porrada|coca|pancada|cintada|cinturada|carga de porrada|tunda)\b(?!.*\b(?:jogo|fifa|xadrez|partida|game|cartas|futebol"
    r"|treino|corrida)\b)",
    r"\b(?:levo|levei|levar|apanho|apanhei|apanhar|vou levar|vou apanhar) (?:uma |outra )?(?:surra|sova|tareia|porrada|pancada"
    r"|cintada)s? (?:do|da|de) (?:meu|minha|o meu|a minha)\b",
]

SEXTORTION += [
    # Paid, and they want more / the same threat again.
    r"^(?=.*\b(?:pix|paguei|pagei|transferi|mbway|mandei (?:o |os |\d+ )?(?:dinheiro|reais|euros)|dei (?:o )?dinheiro|\d+ ?(?:reais"
    r"|euros|eur|r))\b)(?=.*\b(?:pedindo|pede|a pedir|pediu|quer|querendo|exige|exigiu|exigindo|a exigir) (?:\w+ )?(?:o dobro"
    r"|mais|de novo|outra vez|o triplo)\b)(?=.*\b(?:senao|se (?:eu )?nao|caso (?:eu )?nao|ou (?:entao )?(?:ele|ela)|ameac\w*"
    r"|" + SPREAD + r"))",
    # "Otherwise he spreads it all": a threat to expose, conditional on paying or sending.
    r"^(?=.*\b(?:fotos?|nudes?|videos?|pix|pag\w*|dinheiro|dobro|mand\w* mais|envi\w* mais|reais|euros|mbway)\b).*?"
    r"\b(?:senao|se (?:eu )?nao (?:pagar|mandar|enviar|fizer|der)\w*|caso (?:eu )?nao (?:pague|mande|envie|faca)|ou entao)"
    r"(?: \w+){0,3}? " + SPREAD + r" (?:\w+ )?" + AUDIENCE + r"\b",
]

FAKE_IMAGE += [
    # My photo run through an app / AI, and now it looks like I am naked.
    r"^(?=.*\b(?:fotos?|imagens?|selfies?|videos?) (?:\w+ ){0,1}(?:minhas?|meus?|de mim)\b)(?=.*\b(?:app\w*|aplicativo"
    r"|aplicacao|site|ia|programa|bot|editar\w*|editaram|montagem|photoshop)\b)(?=.*\b(?:pelad[ao]|nu|nua|sem roupa|despid[ao]"
    r"|nudes?|porno\w*|sexua\w*)\b)",
    r"\bparece (?:que |q )?(?:eu )?(?:to|tou|estou|esteja|estava|estivesse|fico|sou) (?:toda |todo )?(?:pelad[ao]|nu|nua"
    r"|sem roupa|despid[ao])\b(?=.*\b(?:app\w*|aplicativo|ia|site|foto|fotos|video|editad\w*|montagem|grupos?|fake|falsa)\b)",
    # My face on an adult / sexual video.
    r"\b(?:minha cara|meu rosto|minha foto|minha cabeca|eu)\b.{0,40}\b(?:videos?|filmes?|fotos?|imagens?) (?:de |para )?"
    r"(?:adultos?|porno\w*|18|xxx|sexo|sexua\w*|intim\w*|pelad[ao]s?|gente nua)\b",
    r"\b(?:videos?|filmes?|fotos?|imagens?) (?:de |para )?(?:adultos?|porno\w*|18|xxx|sexo|sexua\w*|intim\w*)\b.{0,40}"
    r"\b(?:minha cara|meu rosto|a minha cara|o meu rosto)\b",
]

ABUSE_CONTENT += [
    # A video of a small child with an adult, "made to do things".
    r"^(?=.*\b(?:videos?|fotos?|imagens?|filmes?|clips?|gravac\w*)\b)(?=.*\b"
    + LITTLE_ONE
    + r"\b)(?=.*\b"
    + ADULT
    + r"\b)(?=.*\b(?:obrigad[ao]s?|forcad[ao]s?|(?:fazer|fazendo|a fazer|fazia) coisas\b(?! (?:engracad|legais|fixes|divertid"
    r"|giras|de crianca|normais))|coisas sexua\w*|sexua\w*|abus\w*|tocando nel\w*|a tocar nel\w*|sem roupa|pelad[ao]s?"
    r"|nu|nua)\b)(?=.*\b" + SEEN + r"\b)",
]

CHILD_AFFECTED += [
    # A pupil or child came (crying, running) to tell me about a fake nude of them.
    r"\b(?:um|uma|o|a|meu|minha) (?:alun[ao]|estudante|crianca|filh[ao]|educand[ao]|entead[ao]) (?:\w+ ){0,3}?(?:me )?(?:contou"
    r"|contar|disse|dizer|revelou|falou|falar|desabafou|confessou|mostrou|procurou|pediu ajuda)\b.{0,100}(?:"
    + FAKE
    + r"|\b(?:nudes?|nuas?|pelad[ao]s?|sem roupa)\b.{0,40}\b(?:ia|app\w*|montage\w*|fake|falsa?s?|editad\w*))",
    r"\b(?:montage[mn]s?|deep ?fakes?|fotos? falsas?|nudes? falsos?|fake) (?:\w+ )?(?:dela|dele)\b.{0,30}\b(?:pelad[ao]|nua|nu"
    r"|sem roupa|porno\w*|sexua\w*)\b(?=.*\b(?:alun[ao]s?|turma|sala|escola|professor\w*|filh[ao]|educand[ao])\b)",
]
