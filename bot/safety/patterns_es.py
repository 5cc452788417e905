"""Spanish safety patterns: what danger, self-harm and abuse disclosures look like in Spanish.

Same shape as :mod:`bot.safety.patterns`: each category is a list of regular
expressions (the ``regex`` module, so long key words can match with one typo:
``{e<=1}``) run over normalised text (see :mod:`bot.safety.normalise`):
lower case, no accents (``ñ`` becomes ``n``, so "daño" is ``dano``), no
apostrophes, punctuation replaced by spaces.  Patterns cover Spain and Latin
America ("quedar", "pack", "carro").

The patterns are written in the first person ("me quiero morir", "amenaza con
publicar mis fotos", "hicieron un deepfake de mi") so that general questions
("¿qué es la sextorsión?") do not match.  ``HYPERBOLE`` removes everyday
exaggerations ("me muero de risa", "esta tarea me mata", "me mato a estudiar")
before the other patterns run.  The detector runs every language's patterns on
every message, so none of these may match ordinary English.
"""

from __future__ import annotations

# Building blocks ------------------------------------------------------------

PEOPLE = (
    r"(?:^el(?= (?:me|siempre me|ya me|todavia me|aun me|a veces me)\b)|ella|alguien|ellos|un (?:hombre|senor|tipo|chico|chaval|adulto|desconocido|tio|vato)"
    r"|una (?:mujer|senora|adulta|desconocida|chica)"
    r"|mi (?:padre|papa|madre|mama|padrastro|madrastra|hermano|hermana|hermanastro|tio|tia|primo|prima"
    r"|abuelo|abuela|novio|novia|ex|entrenador|entrenadora|profesor|profesora|profe|maestro|maestra|vecino|vecina"
    r"|cuidador|cuidadora|canguro|ninera|nana|jefe)"
    r"|el novio de mi (?:madre|mama)|la novia de mi (?:padre|papa)|(?:mis|los) (?:padres|hermanos|companeros))"
)
IMAGES = (
    r"(?:fotos?|imagen(?:es)?|videos?|nudes?|packs?|desnudos?|capturas?|selfies?|fotos? intimas?"
    r"|fotos? (?:desnud[oa]s?|sin ropa|en ropa interior)|videos? intimos?)"
)
EXPOSE = (
    r"(?:publicar|publicarlas|publicarlos|subir|subirlas|subirlos|compartir|compartirlas|compartirlos|ensenar|ensenarlas"
    r"|mostrar|mostrarlas|mandar|mandarlas|mandarselas|enviar|enviarlas|enviarselas|difundir|difundirlas|pasar"
    r"|pasarlas|pasarselas|filtrar|filtrarlas|colgar|colgarlas|reenviar)"
)
FAKE = (
    r"(?:deep ?fakes?|ultrafals[oa]s?|nudif\w*"
    r"|(?:fotos?|fotografias?|imagen(?:es)?|videos?|desnudos?|nudes?|montajes?|porno)(?: \w+){0,2}"
    r" (?:falsos?|falsas?|fake|trucad[oa]s?|editad[oa]s?|manipulad[oa]s?|retocad[oa]s?|photoshopead[oa]s?"
    r"|con (?:la )?(?:ia|inteligencia artificial)|de ia|generad[oa]s?(?: con ia)?|hech[oa]s? con (?:la )?ia"
    r"|hech[oa]s? con (?:inteligencia artificial|una app))"
    r"|montajes? (?:porno\w*|sexual\w*|desnud\w*|intim\w*)"
    r"|(?:app|aplicacion|programa|pagina|web|bot|ia) (?:para |de |que )?(?:desnudar|desvestir|quitar la ropa)"
    r"|desnudad[oa]s? con (?:ia|una app|una aplicacion))"
)
# "de mí" / "mío", but not "de mi amiga" (someone else's image).
OF_ME = (
    r"(?:de mi\b(?! (?:amig|herman|hij|prim|novi|compa|madre|padre|mama|papa|profe|alumn|clase|cole|escuela|tia\b"
    r"|tio\b|vecin|ex\b|familia|pareja|abuel|sobrin|niet|mejor|hermanit|grupo|insti))|mi[oa]s?\b|con mi cara"
    r"|con mi foto|usando mi (?:cara|foto|selfie)|a partir de mi (?:foto|selfie|perfil)"
    r"|(?:en|de) (?:las|los|la|el) que (?:aparezco|salgo)|donde (?:aparezco|salgo))"
)
CHILD = (
    r"(?:hij[oa]s?|hijastr[oa]s?|sobrin[oa]s?|niet[oa]s?|alumn[oa]s?|estudiantes?|nene|nena|peque"
    r"|pequen[oa]s?|hermanit[oa]s?|hermano (?:pequeno|menor)|hermana (?:pequena|menor)|chic[oa] de \d+ anos|nin[oa]s?"
    r"|chic[oa] de mi (?:clase|tutoria|curso|grupo))"
)
MINORS = (
    r"(?:ninos|ninas|nino|nina|menores|menor de edad|crios|crias|bebes|bebe|chiquillos|chamacos|chavales|chicos de \d+"
    r"|chicas de \d+|\w+ de \d+ anos|nenes|nenas|alguien menor|un menor|una menor|(?:chic[oa]|nin[oa])s? de (?:mi|la) (?:clase"
    r"|cole|colegio|escuela|insti|instituto|curso)|(?:un|una|unos|unas) de (?:primero|segundo|tercero|cuarto|quinto"
    r"|sexto|\d+o?)|mas chic[oa]s?|mas pequen[oa]s?)"
)
SEXUAL = (
    r"(?:desnud\w*|porno\w*|sexual\w*|sexo|abus\w*|violand\w*|violad\w*|tocand\w*|explicit\w*|intim\w*|sin ropa|nudes?"
    r"|packs?)"
)
# General questions ("¿qué es...?", "¿cómo protejo...?", "y si alguien...") are not disclosures,
# unless they also say it has happened ("ya", "me han", "me están"...).
NOT_A_QUESTION = (
    r"^(?!(?:que|como|cuando|puedo|puede|pueden|se puede|es|son|cual|cuales|por que|porque|donde|y si"
    r"|si alguien|si una persona|si un|si una|si me|deberia|podria|existe|existen|sirve|me puedes|me podrias"
    r"|explicame|dime)\b(?!.*\b(?:ya|ahora mismo|me han|me ha|me hicieron|me hizo|me estan|me esta|hicieron|han hecho"
    r"|circula|circulan)\b)).*?"
)
# "¿Qué hago si...?" anywhere in the sentence: asking what to do, not saying it happened.
WHAT_IF = (
    r"^(?!.*\b(?:que hago|que debo hacer|que hacemos|que hacer|como actuo|como actuar|como ayudo|como ayudar|como le ayudo"
    r"|como lo ayudo|como la ayudo) si\b)"
)
# A parent asking about the topic ("mi hijo me preguntó qué es un deepfake") is not a disclosure.
NOT_ASKING = (
    r"(?!.{0,80}\b(?:pregunt\w*|saber|explic\w*|habl\w+ (?:\w+ ){0,2}(?:de|sobre)|que es|que son|aprend\w*|charla|clase sobre"
    r"|ensen\w+ (?:\w+ ){0,2}sobre|senales)\b)"
)

# Everyday exaggeration, removed before the other patterns run ----------------

HYPERBOLE = [
    r"\b(?:me muero|me moria|me mori|me morire|muero|muerto|muerta|muertos|muertas|muriendome|morirme|morirse|morir"
    r"|me quiero morir|quiero morirme|me voy a morir) (?:de|del|de la) (?:risa|verguenza|pena|aburrimiento|calor|frio"
    r"|hambre|sed|sueno|cansancio|envidia|asco|amor|ternura|cringe|ganas|nervios|emocion|alegria|felicidad)\b",
    r"\bme (?:muero|moria|mori) (?:por|de ganas)\b",
    r"\b(?:esta|este|estos|estas|la|el|los|las|mis|tanta|tanto|que) (?:tarea|tareas|deberes|examen|examenes|clase"
    r"|clases|calor|trabajo|cole|colegio|escuela|entrenamiento|dolor de cabeza|cancion|serie|juego|profe)"
    r" (?:me )?(?:mata|matan|va a matar|van a matar|esta matando|estan matando)(?:me)?\b",
    r"\bme (?:mata|matan|esta matando|estan matando|va a matar|van a matar) (?:la|el|los|las|este|esta|estos|estas)"
    r" (?:tarea|tareas|deberes|examen|examenes|calor|cabeza|pies|espalda|clase|clases|profe|curiosidad|risa|pereza"
    r"|flojera|serie|cancion)\b",
    r"\b(?:mi |mis )?(?:madre|mama|padre|papa|padres|viejos|vieja|viejo|profe|profesor|profesora|maestra|maestro"
    r"|entrenador|jefe|hermana|hermano|abuela|abuelo|novia|novio) (?:me )?(?:va|van) a matar(?:me)?"
    r" (?:si|cuando|como|por)\b",
    r"\bme (?:va|van) a matar (?:si|cuando|como) (?:ve|ven|se entera|se enteran|sabe|saben|descubre|descubren|llego"
    r"|suspendo|repruebo|pierdo|rompo|no)\b",
    r"\b(?:me (?:mato|mate|matare|voy a matar|estoy matando|mataba)|matarme|matandome) (?:a |de )?(?:estudiar"
    r"|estudiando|trabajar|trabajando|entrenar|entrenando|correr|corriendo|reir|reirme|risa|hacer deporte)\b",
    r"\bmatar (?:el tiempo|el rato|la curiosidad)\b",
    r"\b(?:me )?(?:mata|mato|mataste|matas) de (?:risa|verguenza|aburrimiento)\b",
    r"\b(?:es|era|fue) para morirse\b",
]

# Self-harm and suicide -------------------------------------------------------

SELF_HARM = [
    r"\b(?:suicidarme|suicidarte|suicidandome){e<=1}",
    r"\b(?:me suicido|me voy a suicidar|me quiero suicidar|me suicidare|me suicidaria)\b",
    r"\b(?:me voy a|me quiero|voy a|quiero|pienso|pense en) (?:suicidar(?:me)?){e<=1}\b",
    r"\b(?:me quiero|quiero|kiero|qiero|kero|quisiera|me gustaria|necesito|deseo|prefiero|solo quiero) (?:morir|morirme|estar muert[oa]"
    r"|matarme|quitarme la vida|acabar con mi vida|terminar con mi vida|desaparecer para siempre|dejar de existir"
    r"|no existir|no despertar|dormir para siempre)\b",
    r"\b(?:me quiero matar|me voy a matar|voy a matarme|me voy a quitar la vida|voy a quitarme la vida"
    r"|voy a acabar con (?:todo|mi vida)|quiero acabar con todo|quiero terminar con todo)\b",
    r"\b(?:pienso|pensando|pense|he pensado|estoy pensando|intente|he intentado|trate|intento|planeo|planeando)"
    r" (?:en |de )?(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|morirme|hacerme dano|cortarme"
    r"|tirarme|lanzarme|ahorcarme|colgarme|envenenarme)\b",
    r"\bojala (?:me muera|me muriera|estuviera muert[oa]|no hubiera nacido|no despertara|no despierte|no existiera"
    r"|desapareciera para siempre|me atropelle|me atropellara|no despertar)\b",
    r"\b(?:ya )?no (?:quiero|quiero seguir) (?:vivir|viviendo|estar viv[oa]|existir|seguir aqui|seguir aca"
    r"|seguir con vida|seguir adelante)\b(?! (?:en|con|cerca|lejos|alli|alla|ahi)\b)",
    r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas )?(?:mi vida|esta vida|seguir viviendo|vivir asi|seguir asi con mi vida)\b",
    r"\bno (?:quiero|me quiero) (?:volver a )?despertar(?:me)?\b(?! (?:temprano|pronto|a las|tan|tarde|para))",
    r"\b(?:dormir|dormirme|acostarme) y (?:no despertar|no volver a despertar|nunca despertar)\b",
    r"\bno despertar (?:nunca|jamas|nunca mas)\b",
    r"\b(?:no tiene sentido|no vale la pena|no hay razon para|no tengo razones para|para que seguir) (?:vivir|seguir"
    r" viviendo|existir)\b",
    r"\bmi vida no (?:tiene sentido|vale nada|vale la pena)\b",
    r"\b(?:todos|todo el mundo|mi familia|mis padres|el mundo) (?:estaria|estarian|estara|estaran|seria|serian)"
    r" mejor sin mi\b",
    r"\b(?:seria|es) mejor (?:si yo )?(?:no existir|morirme|estar muert[oa]|que me muera|si me muero|si yo no estuviera"
    r"|si no existiera)\b",
    r"\bnadie (?:me )?(?:echaria de menos|extranaria|notaria si me muero|notaria si desaparezco)\b",
    r"\b(?:me corto|me corte|me estoy cortando|me he cortado|me sigo cortando|me cortaba|cortarme|me hago cortes"
    r"|hacerme cortes|me raje|rajarme)"
    r" (?:otra vez|de nuevo|los brazos|las piernas|los muslos|las munecas|la muneca|las venas|el brazo|a proposito"
    r"|para no sentir|para sentir|todos los dias|cada dia|con (?:una |la |un )?(?:cuchilla|navaja|cuter|cutter))\b",
    r"\b(?:me corto|me corte|cortarme|me hago cortes) (?:\w+ ){0,3}(?:cuando|porque|si) (?:estoy|me siento|me pongo)"
    r" (?:triste|mal|sol[oa]|ansios[oa]|deprimid[oa]|agobiad[oa])\b",
    r"\bautolesi\w+",
    r"\b(?:me hago|me hice|hacerme|me estoy haciendo) dano (?:a mi mism[oa]|a proposito|yo mism[oa]|adrede)\b",
    r"\bme (?:lastimo|golpeo|quemo|pego) (?:a mi mism[oa]|a proposito|adrede|yo mism[oa])\b",
    r"\b(?:tomarme|me tome|me tomo|me voy a tomar|tragarme|me trague) (?:todas (?:las|mis)|un bote de|una caja de"
    r"|muchas|un monton de|demasiadas) (?:pastillas|pildoras|medicinas|medicamentos|capsulas)\b",
    r"^(?=.*\b(?:me|voy|quiero|tomar|tome|tomarme|mi)\b).*\bsobredosis\b",
    r"\b(?:tirarme|lanzarme|me voy a tirar|me tiro|me quiero tirar|saltar) (?:por|de|desde|a|al) (?:la |el |un |una"
    r" |las )?(?:ventana|puente|balcon|azotea|edificio|tejado|techo|vias|tren|metro|acantilado)\b",
    r"\b(?:me despido|despedirme) (?:de todos |de todo |de ustedes |de vosotros )?(?:para siempre|de este mundo"
    r"|de la vida)\b",
    r"\badios (?:a todos )?para siempre\b",
    r"\besto es (?:un|mi) (?:adios|despedida) (?:final|para siempre|definitiv[oa])\b",
    r"\b(?:no|ya no) (?:estare|voy a estar|seguire) (?:aqui|aca|viv[oa]|en este mundo|con vida) (?:manana|la semana"
    r" que viene|mucho tiempo|por mucho tiempo|nunca mas|mucho mas)\b",
    r"\bmanana ya no (?:estare|voy a estar) (?:aqui|aca|viv[oa]|en este mundo|con vida)\b",
]

# Danger: being hurt, abused, followed, threatened, lured ----------------------

_HURT_GUARD = r"(?! (?:el sol|la gripe|el resfriado|un susto|el virus|la musica|el chicle|la cancion))"

DANGER = [
    r"(?<!\bse )\bme (?:pega|pegan|pego|pegaba|pegaban|golpea|golpean|golpeo|golpeaba|golpeaban|maltrata|maltratan"
    r"|maltrato|maltrataba|viola|violan|violo|violaron|violaba|ahorca|ahorco|estrangula|estrangulo|patea|patean|pateo"
    r"|abofetea|abofeteo|agrede|agreden|agredio|agredieron|manosea|manosean|manoseo|manoseaba|encierra|encierran"
    r"|encerro|encerraron)\b" + _HURT_GUARD,
    r"\bme (?:esta|estan|estaba|estaban|sigue|siguen) (?:pegando|golpeando|maltratando|violando|tocando|manoseando"
    r"|lastimando|hiriendo|haciendo dano|ahogando|estrangulando"
    r"|agrediendo|persiguiendo|acosando sexualmente|acechando)\b",
    r"(?<!\bse )\bme (?:han|ha|habia|habian) (?:pegado|golpeado|maltratado|violado|agredido|abusado|manoseado|atacado"
    r"|encerrado|amenazado de muerte|drogado)\b" + _HURT_GUARD,
    PEOPLE + r" (?:\w+ ){0,2}me (?:toca|tocan|toco|tocaba|tocaban|toquetea|toqueteaba)\b"
    r"(?! (?:a mi|la|el|los|las|un|una|hacer|ir|jugar|\w+(?:ar|er|ir)\b))",
    r"\bme (?:toca|tocan|toco|tocaba|tocaban|toquetea|toqueteaba|ha tocado|han tocado) (?:mis |las |el |los |la )?"
    r"(?:partes|parte intima|partes intimas|partes privadas|pecho|pechos|culo|trasero|entrepierna|ahi abajo"
    r"|debajo de la ropa|por debajo|donde no|cuando (?:estoy|duermo|nadie)|por la noche|de noche)\b",
    PEOPLE + r" (?:\w+ ){0,2}me (?:hace|hacen|hizo|hicieron|hacia|hacian|esta haciendo|estan haciendo)"
    r" (?:dano|cosas raras|cosas sexuales|cosas que no me gustan|tocarle|tocarlo|tocarla)\b",
    r"\b(?:abusa|abuso|abusaron|abusan|abusaba|abusaban|abusando|abusado|ha abusado|han abusado) (?:sexualmente )?de mi\b"
    r"(?! (?:confianza|tiempo|paciencia|buena fe|amistad|dinero|cuenta|tarjeta|generosidad))",
    r"\b(?:me violaron|me han violado|me violo|me violan|me viola|me abusaron|me abusan|me abusa|me abuso)\b",
    r"\b(?:sufro|he sufrido|estoy sufriendo|sufri) (?:abusos?|maltratos?|violencia|agresiones?)\b",
    r"\bno me siento (?:a salvo|segur[oa]s?)\b(?! de\b)",
    r"\b(?:no estoy|no estamos|nunca estoy) a salvo\b",
    r"\bno (?:estoy|estamos) segur[oa]s? (?:en (?:mi |mi propia |nuestra )?casa|con (?:mi|el|ella|ellos)|aqui|aca)\b",
    r"\b(?:tengo|me da|me dan) (?:mucho )?miedo (?:de |a )?(?:volver|ir|regresar|llegar) a (?:mi )?casa\b",
    r"\b(?:tengo|me da) (?:mucho )?miedo (?:por mi vida|de que me mate|de que me maten|de que me haga dano"
    r"|de que me pegue|de que me viole|de mi padre|de mi padrastro|de mi madre|de mi madrastra)\b",
    r"\bme (?:persigue|persiguen|persiguio|acecha|acechan|espia|espian)\b(?! (?:la mala suerte|el pasado|la idea))",
    r"\bme (?:sigue|siguen|siguio|siguieron|esta siguiendo|estan siguiendo|ha seguido|han seguido)"
    r" (?:un hombre|un senor|un tipo|alguien|una mujer|un coche|un carro|un auto|hasta (?:mi )?casa|a (?:mi )?casa"
    r"|por la calle|desde (?:el colegio|la escuela|el instituto|el cole|el metro|el bus)|a todas partes|a todos lados)\b",
    r"\b(?:alguien|un hombre|un senor|un tipo|una mujer|un coche|un carro) me (?:esta|estan) siguiendo\b"
    r"(?! (?:en|por) (?:insta\w*|tiktok|twitter|x|redes|youtube|twitch))",
    r"\bsabe(?:n)? donde (?:vivo|vivimos|estudio|estoy|voy al colegio|voy a la escuela)\b",
    r"\b(?:esta|estan|espera|esperan|hay alguien|hay un hombre|hay un tipo)"
    r" (?:fuera de|afuera de|en la puerta de|delante de|frente a|enfrente de) (?:mi )?(?:casa|colegio|escuela|cuarto"
    r"|habitacion|ventana|portal|edificio)\b",
    r"\b(?:me|nos) (?:va|van|quiere|quieren|iba|iban) a (?:matar|violar|secuestrar|apunalar|acuchillar|disparar"
    r"|atacar|pegar|golpear|lastimar|hacer dano|partir la cara)\b" + _HURT_GUARD,
    r"\b(?:va|van|quiere|quieren|iba|iban|amenaza con|amenazan con|amenazo con|amenazaron con|me amenaza con"
    r"|me amenazo con|me amenazan con) (?:a )?(?:matarme|matarnos|hacerme dano|pegarme|violarme|secuestrarme"
    r"|apunalarme|acuchillarme|dispararme|atacarme|golpearme|lastimarme|partirme la cara|ir a por mi|venir a por mi)\b",
    r"\b(?:me amenazo|me amenaza|me amenazan|me amenazaron|me ha amenazado|me han amenazado) de muerte\b",
    r"\b(?:dijo|dice|dicen|dijeron) que me (?:matara|mataria|mataran|matarian|va a matar|van a matar|hara dano"
    r"|haria dano)\b",
    r"\b(?:tiene|tienen|lleva|trae|saco|me ensenaron|me enseno|me mostro) (?:un|una) (?:cuchillo|navaja|pistola|arma"
    r"|revolver|machete|fusil)\b",
    r"^(?=.*\b(?:internet|online|en linea|juego|jugando|app|insta\w*|snap\w*|tiktok|discord|roblox|fortnite|minecraft"
    r"|whatsapp|telegram|chat|desconocido|adulto|mucho mayor|mas mayor|senor|hombre|tipo|\d{2} anos)\b)"
    r"(?=.*\b(?:quiere|quieren|quiso|insiste|insiste en|me pide|me pidio|me propuso|me dijo de|me dice de|dice de"
    r"|me pidio que)\b.{0,30}\b(?:quedar|quedar conmigo|verme|vernos|conocerme|conocernos|encontrarnos|que nos veamos"
    r"|que quedemos|verme a solas|verme en persona)\b)",
    r"\b(?:quiere|quieren|me pide|me pidio|me dijo|me dice|insiste en) (?:que )?(?:vaya|ir|venga|subirme|me suba|suba)"
    r" (?:a|en) (?:su|sus) (?:casa|piso|departamento|depa|coche|carro|auto|habitacion|cuarto|hotel)\b",
    r"\bme (?:obliga|obligo|obligan|obligaron|obligaba|fuerza|forzo|forzaron|hace|hizo|hacen|hicieron)"
    r" (?:a )?(?:tocarle|tocarlo|tocarla|tocarles|desnudarme|quitarme la ropa|hacer cosas|hacerle cosas|ver porno"
    r"|guardar (?:el )?secreto|no decir nada|no contar nada|chuparle|acostarme con|tener sexo|mandar fotos"
    r"|mandarle fotos|enviarle fotos)\b",
    r"\b(?:entra|entran|se mete|se metio|viene|se acuesta) (?:en |a )?(?:mi cama|mi cuarto|mi habitacion)\b"
    r"(?=.*\b(?:miedo|toca|noche|duermo|no quiero)\b)",
    r"\b(?:me escape|me escapo|me voy a escapar|me quiero escapar|huir|hui|me fugue|me voy a fugar) de (?:mi )?casa\b",
    r"\b(?:ayuda|ayudame|ayudenme|socorro|auxilio)\b.{0,30}\b(?:tengo miedo|alguien me|me esta|me estan|me va a"
    r"|esta aqui|estan aqui|me quiere)\b",
    r"\bno hay (?:nada de )?comida en casa\b.{0,40}\b(?:dias|sol[oa]s?)\b",
    r"\b(?:me dejan|me dejaron|me dejo|me dejaba) sol[oa] (?:en casa )?(?:durante |por )?(?:dias|\d+ dias|toda la noche)\b",
    r"\bme (?:empuja|empujo|empujan|empujaron|tira|tiro|tiraron|arrastra|arrastro) (?:al suelo|contra|por las"
    r" escaleras|del pelo)\b",
    r"\b(?:me drogaron|me droga|me han drogado|me echaron algo en la bebida)\b",
]

# Sextortion: threats to share my images unless I pay or send more ----------

SEXTORTION = [
    NOT_A_QUESTION
    + r"\bme (?:esta |estan |estaba |estaban |han |ha )?(?:chantajea\w*|chantajeo|chantajeado|extorsiona\w*|extorsiono"
    r"|extorsionado|sextorsiona\w*|sextorsiono)\b",
    NOT_A_QUESTION
    + r"\b(?:estoy|soy|fui|he sido|estoy siendo) (?:(?:chantajead[oa]|extorsionad[oa]|sextorsionad[oa])){e<=1}\b",
    NOT_A_QUESTION
    + r"\b(?:sufro|sufriendo|estoy sufriendo|soy victima de|he sido victima de|estoy siendo victima de|me hacen|me estan"
    r" haciendo|me hicieron) (?:una )?(?:sextorsion|chantaje|extorsion){e<=1}\b",
    NOT_A_QUESTION
    + r"\bme (?:amenaza|amenazan|amenazo|amenazaron|esta amenazando|estan amenazando|ha amenazado|han amenazado)"
    r" (?:\w+ ){0,2}con " + EXPOSE + r"\b",
    NOT_A_QUESTION
    + r"\b(?:amenaza|amenazan|amenazo|amenazaron|esta amenazando|estan amenazando) (?:\w+ ){0,2}con "
    + EXPOSE
    + r" (?:\w+ ){0,2}(?:mis|mi)\b",
    NOT_A_QUESTION
    + r"\b(?:va|van|iba|iban|dice que va|dicen que van|dijo que iba|dijo que va|dijeron que van) a "
    + EXPOSE
    + r" (?:\w+ ){0,3}(?:mis|mi) (?:\w+ )?"
    + IMAGES
    + r"\b",
    NOT_A_QUESTION
    + r"\b"
    + EXPOSE
    + r" (?:\w+ ){0,3}(?:mis|mi|las|los) (?:\w+ ){0,1}"
    + IMAGES
    + r" (?:\w+ ){0,6}(?:si no|a menos que|salvo que|como no) (?:le |les )?(?:pago|pague|mando|mande|envio|envie|doy"
    r"|de|hago)\b",
    r"\bsi no (?:le |les )?(?:pago|pague|mando|mande|envio|envie|doy|de|transfiero|hago lo que)\b.{0,60}\b"
    + EXPOSE
    + r"\b",
    NOT_A_QUESTION
    + r"\bme (?:pide|piden|pidio|pidieron|exige|exigen|exigio|exigieron) (?:\w+ ){0,2}(?:dinero|plata|pasta|lana"
    r"|\d+ ?(?:euros|dolares|pesos|soles|eur|usd)|bitcoin|bitcoins|cripto\w*|tarjetas? (?:regalo|de regalo)|mas "
    + IMAGES
    + r")\b(?=.*\b(?:o|si no|sino|a menos|porque si no|o si no|amenaz\w*)\b)",
    r"\b(?:tiene|tienen) (?:mis|mi) (?:\w+ ){0,1}" + IMAGES + r"\b.{0,40}\b(?:y|ahora)\b.{0,20}"
    r"\b(?:me pide|me piden|quiere|quieren|me amenaza|me amenazan|dice que|dicen que|me exige)\b",
    r"\b(?:le|les) (?:mande|envie|pase|he mandado|he enviado) (?:\w+ ){0,2}(?:fotos?|nudes?|packs?|videos?)\b"
    r".{0,60}\by ahora\b.{0,40}\b(?:quiere|quieren|pide|piden|amenaza\w*|dice que|dicen que|exige\w*)\b",
    r"\b(?:ya )?(?:le|les) (?:pague|he pagado|di dinero|mande dinero|transferi)\b.{0,40}\b(?:y (?:quiere|quieren|pide"
    r"|piden|sigue|siguen) mas|pero (?:sigue|siguen|quiere|quieren|me pide|me piden)|para que no (?:publique|publiquen"
    r"|suba|suban|comparta|compartan|pase|pasen|ensene|ensenen|mande|manden|envie|envien|difunda|difundan))\b",
    r"\bme (?:pide|piden|exige|exigen) mas\b.{0,40}\b(?:o|si no|sino|a menos que)\b",
    r"\b(?:paga|pagame|pagar|pagues) (?:\w+ ){0,3}o (?:las |los |lo |la |se las |se lo )?" + EXPOSE + r"\b",
]

# Fake / AI-made / "nudified" sexual images of ME ---------------------------

FAKE_IMAGE = [
    NOT_A_QUESTION + FAKE + r".{0,60}\b" + OF_ME,
    NOT_A_QUESTION + r"\b(?:mi|mis) (?:cara|foto|fotos|selfie|selfies|foto de perfil|fotos de perfil|imagen|imagenes)\b"
    r".{0,60}(?<!\bde )(?<!\bcontra )(?<!\bfrente a )" + FAKE,
    NOT_A_QUESTION + r"\b" + OF_ME + r".{0,40}\b" + FAKE,
    r"\b(?:pusieron|puso|han puesto|ha puesto|pegaron|pego|editaron|edito|montaron|monto) mi (?:cara|cabeza)"
    r" (?:en|sobre|encima de)\b",
    r"\b(?:me desnudaron|me han desnudado|me desnudo|me desvistieron|me quitaron la ropa|me han quitado la ropa)"
    r" (?:con|usando|en|mediante) (?:una |la |un )?(?:ia|app|aplicacion|inteligencia artificial|programa|bot)\b",
    r"\b(?:hicieron|hizo|han hecho|ha hecho|crearon|creo|usaron|uso|editaron|edito|convirtieron|convirtio)"
    r" (?:\w+ ){0,3}(?:mi|mis) (?:foto|fotos|selfie|selfies|imagen|imagenes|video|foto de perfil)\b.{0,40}"
    r"\b(?:desnud\w+|sin ropa|porno|sexual\w*|en ropa interior)\b",
    r"\b(?:desnudar|desnudaron|desnudo|desvestir|desvistieron|quitar la ropa a|quitaron la ropa a) (?:\w+ )?(?:mi|mis)"
    r" (?:foto|fotos|selfie|selfies|imagen|imagenes|foto de perfil|fotos de perfil)\b",
    r"\b(?:hicieron|hacen|hace|hizo|han hecho) que (?:parezca|pareciera|salga|saliera|aparezca|apareciera)"
    r" (?:desnud[oa]|sin ropa|en ropa interior)\b",
    r"\b(?:fotos?|imagen(?:es)?|videos?|nudes?|desnudos?|porno) (?:mi[oa]s?|de mi|con mi cara)"
    r" (?:\w+ ){0,3}\b.{0,40}\b(?:falsos?|falsas?|no (?:son|es) (?:real(?:es)?|yo|mias?|mios?)"
    r"|ia|editad[oa]s?|nunca me (?:hice|saque|tome))\b",
    r"\bnunca me (?:hice|saque|tome|he hecho|he sacado) (?:esa|esas|ese|esos|una|ninguna) (?:foto|fotos|video|videos"
    r"|imagen|selfie)\b",
]

# Seeing or being sent sexual images or videos of children ------------------

_SAW = (
    r"(?:vi|he visto|veo|estaba viendo|me mandaron|me mando|me han mandado|me enviaron|me envio|me han enviado"
    r"|me pasaron|me paso|me han pasado|encontre|he encontrado|me llego|me llegaron|me han llegado|recibi|he recibido"
    r"|me salio|me salieron|me aparecio|me aparecieron|me ensenaron|me enseno|me mostraron|me mostro|comparten"
    r"|circulan|estan pasando|hay|pasaron|pasan|mandaron|enviaron|subio|subieron|suben|compartieron|compartiendo"
    r"|publicaron|vende|venden|vendiendo|saliendo|me sale|me salen)"
)

ABUSE_CONTENT = [
    NOT_A_QUESTION + r"\b" + _SAW + r"\b.{0,80}\b" + MINORS + r"\b.{0,40}\b" + SEXUAL,
    NOT_A_QUESTION + r"\b" + _SAW + r"\b.{0,60}\b" + SEXUAL + r".{0,40}\b" + MINORS + r"\b",
    NOT_A_QUESTION
    + r"\b(?:pornografia infantil|porno infantil|material de abuso sexual infantil|abuso sexual infantil|pedofilia)\b"
    r"(?=.*\b(?:vi|visto|encontre|mandaron|enviaron|pasaron|recibi|llego|llegaron|grupo|chat|canal|servidor|comparten"
    r"|circula|circulan|me salio|me aparecio)\b)",
    NOT_A_QUESTION
    + r"\b(?:vi|visto|encontre|mandaron|enviaron|pasaron|recibi|llego|llegaron|comparten|circula|circulan|hay)\b"
    r".{0,60}\b(?:pornografia infantil|porno infantil|material de abuso sexual infantil|abuso sexual infantil"
    r"|abuso infantil|pedofilia|abusos? (?:sexual(?:es)? )?(?:a|de) (?:menores|ninos|ninas))\b",
]

# A parent or teacher: my child or pupil is the one affected -----------------

CHILD_AFFECTED = [
    r"\b(?:mi|mis|nuestr[oa]s?|un[oa]? de mis|un[oa]? de nuestr[oa]s) "
    + CHILD
    + r"\b"
    + NOT_ASKING
    + r".{0,80}\b(?:"
    + FAKE
    + r"|chantaj\w*|extorsion\w*|sextorsion\w*|amenaz\w* con "
    + EXPOSE
    + r"|(?:fotos?|imagen(?:es)?|videos?|nudes?|packs?|desnudos?) (?:de ella|de el|suy[oa]s?)"
    r" (?:\w+ ){0,2}(?:desnud\w+|intim\w+|sexual\w*|sin ropa)"
    r"|(?:fotos?|imagen(?:es)?|videos?) (?:\w+ ){0,2}(?:desnud\w+|intim\w+|sexual\w*|sin ropa) (?:de ella|de el)"
    r"|(?:foto|fotos|imagen|imagenes|video|videos) (?:\w+ ){0,2}(?:fue|fueron|ha sido|han sido|la han|lo han|las han"
    r"|los han) (?:editad\w+|manipulad\w+|compartid\w+|publicad\w+|difundid\w+|trucad\w+|pasad\w+|subid\w+))\b",
    r"\b(?:mi|mis|nuestr[oa]s?|a mi|a mis) "
    + CHILD
    + r" (?:\w+ ){0,3}(?:esta|estan|ha sido|han sido|fue|fueron|es|son|lo estan|la estan|le estan|los estan|las estan)"
    r" (?:siendo )?(?:victima de (?:sextorsion|chantaje|extorsion|un deepfake|deepfakes|abuso|abusos|grooming|acoso"
    r" sexual)|chantajead[oa]s?|chantajeando|extorsionad[oa]s?|extorsionando|sextorsionad[oa]s?|amenazad[oa]s?"
    r"|amenazando|abusad[oa]s?|violad[oa]s?|acosad[oa]s? sexualmente|engan(?:ad|and)[oa]s? por un adulto)\b",
    r"\b(?:alumn[oa]|estudiante|hij[oa]|nin[oa]|chic[oa]|menor) (?:\w+ ){0,2}(?:me ha contado|me conto|nos ha contado"
    r"|nos conto|me ha dicho|me dijo|nos dijo|me confeso|ha revelado|revelo|me escribio)\b"
    + NOT_ASKING
    + r".{0,80}\b(?:"
    + FAKE
    + r"|desnud\w*|chantaj\w*|extorsion\w*|sextorsion\w*|amenaz\w*|abus\w*|(?:la|lo|los|las) toca\w*|tocamientos"
    r"|(?:le|la|lo|les|los|las) (?:pega\w*|golpea\w*|viola\w*)|viola\w*|hace dano|hacen dano|hizo dano)",
    r"\b(?:a mi|a nuestr[oa]) " + CHILD + r" (?:le|la|lo|les|las|los) (?:han|ha|estan|esta|hicieron|hizo)"
    r" (?:hecho |haciendo )?(?:un deepfake|deepfakes|chantaje|chantajeando|extorsionando|amenazando con "
    + EXPOSE
    + r"|desnudado con (?:ia|una app)|fotos falsas)\b",
]


# Shorter and more indirect phrasings -------------------------------------------

EXPOSE_ANY = (
    r"(?:publi\w+|sub(?:e|en|ira|iran|iria|irian|ir|irla|irlas|irlo|irlos)|compart\w+|ensen\w+|muestr\w+|mostr\w+"
    r"|mand\w+|envi\w+|difund\w+|pas(?:a|an|ara|aran|aria|arian|ar|arla|arlas|arlo|arlos|arselas|arselo)|filtr\w+"
    r"|cuelg\w+|colg\w+|reenvi\w+|expon\w+)"
)

SELF_HARM += [
    r"(?<!\b(?:va a|van a|iba a|iban a|quiere|quieren|quiso|intento|intentaron|amenazo con|amenaza con|amenazan con"
    r"|amenazaron con|trato de|trataron de|puede|pueden|podria|podrian|dijo que iba a|dice que va a) )"
    r"\b(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|ahorcarme|colgarme|envenenarme)\b",
    r"\bmejor me (?:mato|muero|suicido)\b",
    r"^(?:yo )?(?:me corto|me sigo cortando|me estoy cortando|me he cortado|me voy a tirar|me quiero tirar)$",
    r"\b(?:volvi a cortarme|me volvi a cortar|he vuelto a cortarme|me he vuelto a cortar|sigo cortandome)\b"
    r"(?! (?:el|la|las|los) (?:pelo|cabello|unas|flequillo|barba|dedo))",
    r"\b(?:me corto|me quemo|me rasguno|me arano|me rasco|me lastimo|me golpeo|me pego|me muerdo|me pellizco)"
    r" (?:\w+ ){0,3}(?:cuando|si|porque) (?:estoy|me siento|me pongo) (?:triste|mal|sol[oa]|ansios[oa]|deprimid[oa]"
    r"|agobiad[oa]|nervios[oa])\b",
    r"\b(?:me rasguno|me arano|me rasco|me pellizco|me muerdo|me corto|me quemo|me golpeo)\b.{0,30}"
    r"\b(?:hasta sangrar|hasta hacerme sangre|hasta que sangra|hasta que me sangra)\b",
    r"\bme (?:hago|hice|estoy haciendo|sigo haciendo) dano\b(?! (?:en|con|al|jugando|entrenando|haciendo))",
    r"\b(?:ganas de|quiero|kiero|voy a|pienso en|necesito|tengo ganas de) hacerme dano\b",
    r"\bno quiero (?:estar|seguir) (?:aqui|aca|en este mundo|viv[oa]) (?:nunca mas|ya mas|mas tiempo)\b",
    r"\bno quiero estar (?:viv[oa]|en este mundo)\b",
    r"\bquiero que (?:todo se acabe|se acabe todo|se termine todo|todo se termine|acabe mi vida|se acabe mi vida)\b",
    r"\b(?:me tome|me he tomado|me tomo|me voy a tomar|tome) (?:unas|varias|muchas|un monton de|demasiadas)"
    r" (?:pastillas|pildoras)\b(?! (?:para (?:el|la|los|las)|contra|del medico|que me recet))",
    r"\bno (?:le )?(?:veo|encuentro) (?:ningun |el )?sentido a (?:vivir|la vida|mi vida|seguir viviendo|seguir)\b",
    r"\b(?:la|mi) vida no (?:tiene sentido|vale nada|vale la pena)\b",
    r"\b(?:a )?nadie (?:le )?(?:importaria|importa|va a importar) si (?:me muero|muero|desaparezco|no estoy|me mato)\b",
    r"\b(?:me canse|me he cansado|estoy cansad[oa]|estoy hart[oa]) de (?:vivir|existir|estar viv[oa])\b",
    r"\b(?:pensamientos|ideas) (?:suicidas|de suicidio|de matarme|de morirme|de hacerme dano)\b",
]

DANGER += [
    r"\b(?:estoy|estamos) en peligro\b|\bcorro peligro\b",
    r"\b(?:dijo|dice|dicen|dijeron|amenaza|amenazo)(?: que)? (?:me (?:va|van) a venir a buscar|(?:va|van) a venir a"
    r" (?:buscarme|por mi|a por mi)|viene (?:esta noche|ahora|hoy|manana) (?:a por mi|por mi|a mi casa|a buscarme)?)\b",
    r"^(?=.*\b(?:internet|online|desconocido|tipo|senor|hombre|adulto|app|juego|chat)\b)"
    r"(?=.*\bme (?:esta|estan) esperando (?:a la salida|fuera|afuera|en la puerta|abajo|en la esquina|en el parque)\b)",
    r"\bme (?:toco|toca|tocaba|tocan|tocaron|beso|besa|besaron)\b.{0,20}\b(?:no queria|no quise|no me gusto"
    r"|no me gusta|sin permiso|a la fuerza|aunque le dije que no|aunque no queria)\b",
    r"\b(?:esta intentando|estan intentando|intenta|intentan|intento|trata de|tratan de|esta tratando de"
    r"|estan tratando de) (?:entrar|meterse|forzar la puerta) (?:a|en|de) (?:mi|nuestra) (?:casa|cuarto|habitacion"
    r"|piso|departamento|depa)\b",
    r"\b(?:tengo que|debo) (?:verlo|verla|verle|verme con el|quedar con el|ir|vernos)\b.{0,30}\bo si no\b",
    r"\b(?:dice|dijo|dicen|dijeron|me dice|me dijo)\b.{0,60}\bo si no\b\s*$",
    r"\b(?:esta|estan) (?:golpeando|aporreando|pateando|rompiendo|forzando) (?:la|mi) (?:puerta|ventana)\b",
    r"\b(?:va|van|iba|iban|quiere|quieren) a (?:matar|lastimar|hacer dano|pegar|hacerle dano|atacar|hacerles dano)"
    r" a (?:mi|mis) (?:familia|madre|mama|padre|papa|hermano|hermana|hermanos|hermanas|padres|hijos)\b",
    r"\b(?:estoy|estamos) encerrad[oa]s?\b(?=.*\b(?:miedo|no puedo salir|no me deja\w*|ayuda|me encerr\w*)\b)",
    r"\b(?:ayuda|ayudame|ayudenme|socorro|auxilio)\b.{0,20}\b(?:hay alguien|hay un hombre|alguien en mi casa)\b",
    r"\b(?:violent[oa]|agresiv[oa])s? conmigo\b",
    r"\b(?:consiguio|consiguieron|tiene|tienen|sabe|saben|encontro|encontraron|saco|sacaron|averiguo|averiguaron)"
    r" mi (?:direccion|domicilio)\b",
]

SEXTORTION += [
    r"\b(?:mande|envie|pase|le mande|le envie|le pase|les mande|les envie)\b.{0,40}\b(?:y ahora|ahora)\b.{0,30}"
    r"\b(?:me pide|me piden|me exige|me exigen|me amenaza\w*|quiere dinero|quieren dinero)\b",
    r"\by ahora (?:me )?(?:pide|piden|exige|exigen|quiere|quieren) (?:\w+ ){0,2}(?:dinero|plata|lana|pasta|mas fotos"
    r"|mas videos|mas nudes|\d+)\b",
    r"^(?=.*\b(?:me|mi|mis)\b)(?=.*\b(?:dice|dicen|dijo|dijeron|amenaza|amenazan|amenazo)(?: que)? (?:va a |van a )?"
    + EXPOSE_ANY
    + r"\b.{0,30}\b(?:mis|mi|el|la|las|los) (?:\w+ )?"
    + IMAGES
    + r"\b)",
    r"\b(?:pag\w+|mande|mando|envie|envio|mandar|enviar|haga|hago)\b.{0,40}\bo (?:si no )?(?:las |los |lo |la |se las"
    r" |se lo )?" + EXPOSE_ANY + r"\b",
    r"\bo (?:si no )?(?:las |los |lo |la |se las |se lo )?"
    + EXPOSE_ANY
    + r" (?:\w+ ){0,2}(?:mis|mi) (?:\w+ )?"
    + IMAGES
    + r"\b",
    r"\b(?:dice|dicen|dijo|dijeron|esta cuenta dice|amenaza|amenazan)(?: que)? (?:va a |van a )?"
    + EXPOSE_ANY
    + r" (?:\w+ ){0,3}(?:mis|mi) (?:\w+ )?"
    + IMAGES
    + r"\b.{0,60}\bsi no\b",
    r"\b(?:amenaza|amenazan|amenazo|amenazaron) (?:\w+ ){0,2}con " + EXPOSE + r" (?:\w+ ){0,3}(?:mias|mios|de mi)\b",
    r"\bsi no (?:le |les )?(?:pago|pague|mando|mande|envio|envie|doy|de|transfiero|hago lo que)\b.{0,60}\b"
    + EXPOSE_ANY
    + r"\b",
    r"\bme (?:pide|piden|pidio|pidieron|exige|exigen) (?:\w+ ){0,2}(?:dinero|plata|lana|pasta|\d+)\b.{0,30}"
    r"\b(?:para no|para que no) (?:\w+ )?" + EXPOSE_ANY + r"\b",
    r"\bme (?:grabaron|grabo|han grabado|ha grabado)\b.{0,60}\b(?:y ahora|ahora|me pide\w*|me piden|me amenaza\w*"
    r"|dinero|plata|lana)\b",
]

FAKE_IMAGE += [
    r"\bme (?:hicieron|hizo|han hecho|ha hecho|hacen|hace|crearon|creo) (?:un |una |unos |unas )?(?:deep ?fakes?"
    r"|montajes?|nudes? falsos?|desnudos? falsos?|fotos? falsas?|videos? falsos?)\b",
    r"\bme (?:hizo|hicieron|ha hecho|han hecho|creo|crearon|hace|hacen) (?:un[oa]s? )?(?:foto|fotos|imagen|imagenes"
    r"|video|videos|montaje|desnudo|desnudos|nude|nudes)\b.{0,40}\b(?:con (?:la )?ia|con inteligencia artificial"
    r"|fals[oa]s?|con una app|desnud\w*|en bolas|sin ropa|porno)\b",
    r"\b(?:app|aplicacion|ia|programa|bot|web|pagina|inteligencia artificial)\b.{0,30}\b(?:desnudarme|desvestirme"
    r"|quitarme la ropa)\b",
    r"\bmontajes? (?:mi[oa]s?|de mi|con mi cara)\b",
    r"\bme (?:nudific\w+|photoshop\w+|fotoshop\w+)\b",
    r"\bme (?:editaron|edito|editan|retocaron|montaron|photoshop\w+|fotoshop\w+) (?:\w+ ){0,2}(?:sin ropa|desnud\w*"
    r"|en bolas|porno|en ropa interior)\b",
    r"\b(?:mi|mis) (?:foto|fotos|selfie|selfies|imagen|imagenes|foto de perfil|fotos de perfil|video)\b.{0,40}"
    r"\b(?:la |las |lo |los )?(?:convirtieron|convirtio|hicieron|hizo|editaron|edito|transformaron|pasaron|usaron)\b"
    r".{0,30}\b(?:desnud\w+|sin ropa|porno|sexual\w*|en bolas)\b",
    r"\b(?:agarraron|agarro|cogieron|cogio|tomaron|tomo|robaron|robo|usaron|uso|sacaron|saco|bajaron|bajo|descargaron"
    r"|descargo) (?:\w+ )?(?:mi|mis) (?:foto|fotos|selfie|selfies|imagen|imagenes|foto de perfil|fotos de perfil)\b"
    r".{0,40}\b(?:desnud\w+|sin ropa|porno|sexual\w*|en bolas)\b",
    NOT_A_QUESTION
    + r"\b(?:fotos?|fotografias?|imagen(?:es)?|videos?|nudes?|desnudos?|montajes?|packs?|porno)(?: \w+){0,2}"
    r" (?:mi[oa]s?|de mi|con mi cara|en (?:las|los|la|el) que (?:aparezco|salgo))\b.{0,40}\b(?:falsos?|falsas?|fake"
    r"|no (?:son|es) (?:real(?:es)?|yo|mias?|mios?)|no soy yo|ia|inteligencia artificial|editad\w*|manipulad\w*|trucad\w*"
    r"|montad\w*|nunca me (?:hice|saque|tome))\b",
]

ABUSE_CONTENT += [
    NOT_A_QUESTION + r"\b" + MINORS + r" siendo (?:abusad[oa]s?|violad[oa]s?|tocad[oa]s?|explotad[oa]s?)\b",
]

CHILD_AFFECTED += [
    r"\b" + FAKE + r".{0,60}\b(?:de|a) (?:mi|mis|nuestr[oa]s?|varios|varias|algunos|algunas|unos|unas|dos|tres|\d+)"
    r" " + CHILD + r"\b",
    r"\b(?:chantaj\w+|extorsion\w+|sextorsion\w+|amenaz\w+) (?:\w+ ){0,2}a (?:mi|mis|nuestr[oa]s?) " + CHILD + r"\b",
    r"\ba (?:su|un|una|mi|nuestr[oa]) " + CHILD + r" (?:\w+ ){0,3}(?:lo|la|le|los|las) (?:esta|estan|han|ha)"
    r" (?:chantaj\w+|extorsion\w+|sextorsion\w+|amenaz\w+)\b",
    r"\b(?:mi|mis|nuestr[oa]s?) "
    + CHILD
    + r"\b"
    + NOT_ASKING
    + r".{0,80}\b(?:(?:lo|la|le|los|las) (?:amenaz\w+|chantaj\w+|extorsion\w+)|(?:le|les) (?:piden|pide|pidieron|pidio"
    r"|exigen|exige|estan pidiendo|esta pidiendo) (?:\w+ )?(?:dinero|plata|lana|pasta|fotos|nudes|packs|videos))\b",
    r"\b(?:alumn[oa]|estudiante|hij[oa]|nin[oa]|chic[oa]|menor) (?:\w+ ){0,2}(?:vino a contarme|vino a decirme"
    r"|me vino a contar|acaba de contarme|me acaba de contar|ha denunciado|denuncio|me cuenta que|nos cuenta que"
    r"|dice que|ha dicho que)\b"
    + NOT_ASKING
    + r".{0,80}\b(?:"
    + FAKE
    + r"|desnud\w*|chantaj\w*|extorsion\w*|sextorsion\w*|amenaz\w*)",
    r"\b(?:fotos?|imagen(?:es)?|videos?|selfies?) de (?:mi|mis|nuestr[oa]s?) "
    + CHILD
    + r"\b.{0,60}\b(?:desnud\w+|sin ropa|porno|sexual\w*|falsa?s?|editaron|manipul\w+|trucad\w+)\b",
    r"\b(?:tuvimos|tenemos|hay|ha habido|hubo) un caso de (?:deep ?fakes?|sextorsion|chantaje|desnudos? falsos?"
    r"|nudes? falsos?|montajes?)\b",
    r"\bsoy (?:la |el )?(?:mama|madre|padre|papa|profe\w*|maestr[oa]|tutor\w*|orientador\w*|director\w*) de"
    r" (?:un|una|mi) (?:nin[oa]|chic[oa]|hij[oa]|alumn[oa]|adolescente)\b.{0,80}\b(?:"
    + FAKE
    + r"|montajes?|chantaj\w*|extorsion\w*|sextorsion\w*|amenaz\w*|desnud\w*)",
]


# General ways of saying it, whatever the exact words --------------------------

_PILLS = (
    r"(?:pastill\w*|pildoras?|medicamentos?|medicinas?|capsulas?|remedios?|antidepresivos?|paracetamol|ibuprofeno"
    r"|somniferos?|calmantes?|tranquilizantes?|ansioliticos?|rivotril|clonazepam|lorazepam|diazepam|orfidal)"
)
_WANT = r"(?:quiero|kiero|qiero|kero|quero|kiere|quisiera|me apetece)"
_CONTENT_CHILD = (
    r"(?:nin[oa]s?|nenes?|nenas?|bebes?|menor(?:es)?|crios?|crias?|chiquit[oa]s?|chiquill[oa]s?|criaturas?"
    r"|pequen[oa]s?|chamac[oa]s?|escuincles?|peques?)"
)
_NOT_FAMILY = (
    r"(?<!\b(?:mama|papa|madre|padre|padres|papas|abuela|abuelo|tia|tio|hermano|hermana|amiga|amigo|amigas|amigos"
    r"|novio|novia|profe) )"
)
# Someone who is a stranger or met online, or the child saying they are scared.
_THREAT_CONTEXT = (
    r"(?=.*\b(?:miedo|asust\w*|internet|online|en linea|juego|chat|app|insta\w*|tiktok|discord|roblox|fortnite|snap\w*"
    r"|desconocid[oa]s?|no (?:lo |la )?conozco|chavo|vato|tipo|senor|hombre|adulto)\b)"
)

HYPERBOLE += [
    # "tanta tarea que me quiero tirar por la ventana", "me tiro por la ventana jajaja"
    r"\b(?:tanta|tanto|tantos|tantas) (?:tarea|tareas|deberes|examen(?:es)?|trabajo|trabajos|clases?|mates|ejercicios"
    r"|apuntes|estudiar)\b.{0,60}\bme (?:quiero|voy a|dan ganas de) (?:tirar|lanzar|aventar)(?:me)?"
    r" (?:por|de|desde) (?:la|el) (?:ventana|balcon)\b",
    r"\bme (?:quiero|voy a) (?:tirar|lanzar|aventar) (?:por|de|desde) (?:la|el) (?:ventana|balcon)"
    r"(?= (?:ja(?:ja)+\w*|jsjs\w*|xd+|lol|lmao|literal)\b)",
]

SELF_HARM += [
    # Better off not waking up / dying / not existing.
    r"\b(?:lo )?mejor (?:es|seria|sera|va a ser) (?:no (?:volver a )?despertar(?:me)?|dormir(?:me)? y no despertar"
    r"|morirme|morir|no existir|dejar de existir|desaparecer para siempre|no estar (?:aqui|aca|viv[oa])"
    r"|no haber nacido|acabar con todo|quitarme de en medio)\b",
    r"\bno (?:volver a )?despertar(?:me)? (?:manana|mas|nunca)\b"
    r"(?! (?:tarde|temprano|pronto|con|a las|antes|hasta|tan|otra|de nuevo|en)\b)",
    # "estarían mejor sin mí", whoever "they" are.
    r"\b(?:estaria|estarian|estara|estaran|seria|serian|sera|seran|vivirian|iria|irian|les iria|le iria|estan)"
    r" (?:\w+ ){0,2}mejor sin mi\b",
    r"\bya no " + _WANT + r" (?:seguir )?(?:vivir|viviendo|existir|seguir aqui|seguir aca|estar aqui|estar aca"
    r"|seguir con vida|estar viv[oa])\b(?! (?:en|con|cerca|lejos|alli|alla|ahi)\b)",
    # Pills: all of them, saved up, someone else's.
    r"^(?=.*\b" + _PILLS + r"\b).*\b(?:(?:me las|me los|las|los) (?:voy a tomar|tomare|tomo|tome|quiero tomar"
    r"|pienso tomar|tomaria|voy a tragar|trago|trague)|tomarme(?:las|los)?|tragarme(?:las|los)?) tod[oa]s\b",
    r"\b(?:me (?:voy a|quiero) tomar|tomarme|me tome|me tomo|tragarme|me trague|voy a tomar|tomar) (?:todas|todos)"
    r" (?:las |los |mis |esas |estas )?" + _PILLS + r"\b",
    r"\b(?:tengo (?:guardad|escondid|juntad|acumulad|robad)[oa]s|he (?:guardado|escondido|juntado|acumulado|robado)"
    r"|guarde|escondi|junte|acumule|robe|estoy (?:guardando|juntando|acumulando|escondiendo))"
    r" (?:\w+ ){0,2}" + _PILLS + r"\b(?=.{0,40}\b(?:de (?:mi|mis) \w+|todas|muchas|para (?:esta noche|tomar\w*|cuando)"
    r"|esta noche|por si)\b)",
    # Cutting, burning: "me hice cortes", "me corto las piernas", "para no sentir".
    r"\b(?:me (?:hice|hago|he hecho|estoy haciendo|sigo haciendo|volvi a hacer|vuelvo a hacer)|hacerme|volvi a hacerme)"
    r" (?:unos |mas |muchos |varios |otra vez |de nuevo )?(?:cortes|cortaditas|cortadas|quemaduras|heridas"
    r"|rasgunos)\b(?! (?:de|en el) (?:pelo|cabello|flequillo|barba|puntas))",
    r"\b(?:me corto|me corte|me he cortado|me estoy cortando|me sigo cortando|cortarme|me quemo|me queme|quemarme)"
    r" (?:otra vez |de nuevo )?(?:los|las|mis) (?:brazos|piernas|munecas|muslos|antebrazos|tobillos)\b",
    r"\b(?:cort\w+|quem\w+|herid\w+|rasgun\w+)\b.{0,50}\b(?:para (?:que|q) nadie (?:los|las|lo|la) vea"
    r"|(?:me )?ayuda a no sentir|para no sentir|para sentir algo|me alivia|me calma|me desahoga)\b",
    # Decided how, saying goodbye.
    r"^(?=.*\b(?:despedir\w*|despido|adios|ultima vez|carta|cartas|perdon\w*|nadie me va a extranar)\b)"
    r"(?=.*\b(?:decidi|he decidido|tengo decidido|ya se|tengo pensado|tengo planeado|he planeado|planee|lo tengo"
    r" planeado|elegi) (?:como|cuando|donde|el dia|la fecha|el metodo)\b)",
    r"\bsolo (?:queria|quiero|quisiera|necesitaba|necesito) despedirme\b"
    r"(?!.*\b(?:vacaciones|viaje|viajo|mudanza|me mudo|me cambio|verano|campamento|hasta (?:manana|luego|pronto"
    r"|el lunes)|nos vemos|chao)\b)",
]

DANGER += [
    # Someone (met online, a stranger) knows my school or home.
    r"^" + _THREAT_CONTEXT + r"(?=.*\b(?:sabe|saben|supo|averigu\w+|descubri\w+|encontr\w+) (?:ya )?"
    r"(?:(?:en |a )?(?:que|q|cual) (?:escuela|colegio|cole|insti|instituto|liceo|secundaria|prepa|calle|barrio"
    r"|edificio|casa|piso|depa) (?:voy|estudio|vivo|vivimos|esta)|(?:donde|en donde|adonde|a donde) (?:vivo|vivimos"
    r"|estudio|esta mi (?:casa|escuela|colegio|cole|insti))|mi (?:escuela|colegio|cole|insti|instituto|casa|calle))\b)",
    # ... and is waiting for me / coming for me.
    r"^" + _THREAT_CONTEXT + r"(?=.*" + _NOT_FAMILY + r"\bme (?:espera|esperan|esta esperando|estan esperando"
    r"|va a esperar|van a esperar|estara esperando|va a estar esperando|viene a buscar|vienen a buscar"
    r"|va a venir a buscar|van a venir a buscar|va a ir a buscar) (?:\w+ ){0,2}(?:a la salida|fuera|afuera"
    r"|en la puerta|en la esquina|en el parque|a la entrada|en la parada|en (?:mi )?casa)\b)",
    # Hiding from someone.
    r"\b(?:estoy|estamos) escondid[oa]s?\b(?!.{0,40}\b(?:escondite|jugando|juego|sorpresa|broma)\b)"
    r"(?=.*\b(?:miedo|asust\w*|xq|porque|hay (?:un|una|alguien)|borrach\w*|pega\w*|grit\w*|golpe\w*|entr\w+"
    r"|no me encuentre\w*|ayuda|socorro|se metio)\b)",
    r"\bme (?:escondi|he escondido|estoy escondiendo|tuve que esconder)\b(?! (?:\w+ ){0,3}(?:regalo|chuches"
    r"|galletas|movil|celular|notas|escondite))(?!.{0,40}\b(?:jugando|escondite|sorpresa|broma)\b)(?=.*\b(?:miedo|asustad[ao]s?|xq|porque|por ?que|hay un|alguien|borracho|grita\w*|golpe\w*|pega\w*|puerta|señor|senor|hombre|tipo)\b)",
    # A stranger inside the house.
    r"\b(?:un|una|unos|unas|alguien|gente|personas?) (?:\w+ ){0,2}(?:que|q) no (?:conozco|conocemos)\b.{0,40}"
    r"\b(?:dentro de|en|entro (?:a|en)|entraron (?:a|en)|se metio (?:a|en)|se metieron (?:a|en))"
    r" (?:la|mi|nuestra) (?:casa|cuarto|habitacion|piso|depa)\b",
    r"\b(?:un|una) (?:desconocid[oa]|extran[oa]) (?:\w+ ){0,2}(?:dentro de|en|entro (?:a|en)|se metio (?:a|en)"
    r"|esta en) (?:la|mi|nuestra) (?:casa|cuarto|habitacion|piso|depa)\b",
    r"\b(?:alguien|un hombre|un senor|un tipo|un desconocido) (?:entro|ha entrado|se metio|se ha metido|esta entrando"
    r"|quiere entrar) (?:a|en) (?:mi|la|nuestra) (?:casa|cuarto|habitacion|piso|depa)\b",
]

SEXTORTION += [
    # "si no le paso 200 dólares ..." — paying or sending, in any wording.
    r"\bsi no (?:le |les )?(?:paso|pase|deposito|deposite|transfiero|transfieras|mando|mande|envio|envie|pago|pague"
    r"|doy|de) (?:\w+ ){0,3}(?:\d+|dinero|plata|lana|pasta|euros|dolares|pesos|mas fotos|mas videos|otro video"
    r"|otra foto)\b.{0,60}\b" + EXPOSE_ANY + r"\b",
    # Threatening to send it to my contacts, family or followers unless ...
    r"\b(?:se (?:lo|la|los|las) )?(?:manda|mandara|mandaria|va a mandar|envia|enviara|va a enviar|pasa|pasara"
    r"|va a pasar|ensena|ensenara|va a ensenar|publica|publicara|sube|subira|va a subir|reenvia|reenviara)"
    r" (?:a )?(?:todos )?(?:mis|a mis|todos mis) (?:contactos|seguidores|amigos|amigas|padres|papas|familiares"
    r"|companeros|profes)\b(?=.*\b(?:si no|a menos que|salvo que|hasta (?:que|las|el)|o si no|sino|pagar|pago"
    r"|dinero|plata|dolares|euros)\b)",
]

FAKE_IMAGE += [
    # A video or photo where my face appears doing things I never did.
    NOT_A_QUESTION + r"\b(?:sale|salen|aparece|aparecen|esta|pusieron|puso|usan|usaron|uso|tiene|tienen|con)"
    r" mi (?:cara|rostro|cuerpo|voz)\b.{0,60}\b(?:nunca (?:hice|he hecho|me (?:hice|saque|tome|grabe|grabaron))"
    r"|(?:que|q) no hice|no soy yo|no era yo|yo nunca|no es mi cuerpo|no es real|fals\w*|ia|porno\w*|sexual\w*"
    r"|desnud\w*|sin ropa|de adultos|xxx)\b",
    NOT_A_QUESTION + r"\b(?:videos?|fotos?|imagen(?:es)?|clips?) (?:\w+ ){0,2}(?:porno\w*|sexual\w*|de adultos|xxx"
    r"|guarr\w*|cochin\w*|desnud\w*)\b.{0,40}\b(?:mi cara|mi rostro)\b",
]

ABUSE_CONTENT += [
    # A video or photo of a child with an adult / being made to do things.
    NOT_A_QUESTION
    + r"\b(?:videos?|fotos?|imagen(?:es)?|clips?|grabacion(?:es)?) (?:de|con) (?:\w+ ){0,2}"
    + _CONTENT_CHILD
    + r"\b.{0,50}\b(?:(?:con|y) (?:un |una |unos |unas |dos |varios )?(?:adult[oa]s?|hombres?|senor(?:es)?"
    r"|mayor(?:es)?|viej[oa]s?|tipos?)\b.{0,40}\b(?:haciend\w*|cosas|toc\w+|desnud\w*|sexual\w*|obliga\w*|forza\w*"
    r"|abus\w*)|haciendo(?:le|les)? cosas|(?:le|les) (?:hacia|hace|hacen|hacian) cosas|obligad[oa]s? a|forzad[oa]s? a"
    r"|desnud\w*|sin ropa|sexual\w*|abusad\w*|violad\w*)",
]


# General questions about children ("¿cómo hablo con mi hijo de los deepfakes?") are not disclosures.
CHILD_AFFECTED = [WHAT_IF + NOT_A_QUESTION + pattern for pattern in CHILD_AFFECTED]
