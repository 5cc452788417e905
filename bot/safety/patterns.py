"""English safety patterns: what danger, self-harm and abuse disclosures look like.

Each category is a list of regular expressions (the ``regex`` module, so that
key words can match with one typo: ``{e<=1}``) run over normalised text (see
:mod:`bot.safety.normalise`).  Hyperbole guards remove everyday phrases
("this homework is killing me", "I could die of embarrassment") before the
patterns run.  Other languages add a module of the same shape.
"""

from __future__ import annotations

# Building blocks ------------------------------------------------------------

ME = r"(?:me|myself|my ?self)"
PEOPLE = (
    r"(?:he|she|they|someone|somebody|some ?one|sum ?1|a man|a guy|this guy|a boy|an adult|a stranger|an older"
    r" (?:man|guy|boy|person)|my (?:step ?)?(?:dad|father|mum|mom|mother|parent|brother|sister|uncle|aunt|cousin"
    r"|grandad|grandpa|granddad|boyfriend|girlfriend|bf|gf|coach|teacher|tutor|neighbou?r|carer|babysitter"
    r"|mums boyfriend|moms boyfriend)|my (?:\w+ ){0,2}\w+|(?:his|her|their) (?:friend|mate)s?|(?:mum|mom|dad|uncle|step ?dad))"
)
IMAGES = r"(?:pics?|pix|pictures?|photos?|fotos?|nudes?|naked (?:pics?|photos?)|images?|videos?|vids?|selfies?|snaps?)"
FAKE = (
    r"(?:deep ?fakes?|deep ?faked|(?:fake|edited|photoshopped|ai|a\.i|generated|made up) (?:nudes?|naked|porn|pics?"
    r"|photos?|pictures?|images?|videos?|vids?)|nudif(?:y|ied|ying)|undress(?:ing)? app|(?:ai|app) (?:to )?"
    r"(?:undress|strip|remove (?:my|her|his) clothes))"
)
CHILD = (
    r"(?:\d+ ?(?:yo|y o|yr old|year old)|daughter|son|child|kid|pupil|student|learner|stepdaughter|stepson|niece|nephew|grandchild|granddaughter"
    r"|grandson|girl in my class|boy in my class|year \d+|little (?:sister|brother))"
)

# Phrases that look alarming but are everyday speech.  Removed before matching.
HYPERBOLE = [
    r"\b(?:is|are|was|its|it s|homework|this|that|exams?|tests?|school|work) (?:is |are |was )?killing me\b",
    r"\b(?:die|dying|died|dead) (?:of|from|with) (?:laugh\w*|embarrass\w*|boredom|cringe|shame|heat|hunger)\b",
    r"\bdying to\b",
    r"\bkill(?:ed|ing)? it\b",
    r"\b(?:my )?(?:mum|mom|dad|mother|father|parents|teacher) (?:will|would|is going to|gonna|is gonna) kill me"
    r" (?:if|when)\b",
    r"\b(?:i m|im|i am) (?:literally )?dead\b(?! serious)",
    r"\bscared to death of (?:spiders|clowns|heights|exams?)\b",
]

# Someone else is the one affected (a friend): answered as "help a friend", not escalated as the user's own.
FRIEND = r"(?:friends?|mates?|bestie|bff|best friend|classmates?|girlfriend|boyfriend)"
THIRD_PARTY = (
    r"^(?!.*\b(?:me|my ?self|im|i am|i m|i got|i was|i have been|ive been|i keep|i get)\b)(?!.*\bmy (?!"
    + FRIEND
    + r"\b)\w+)"
    r"(?=.*\b(?:(?:my|a|our) " + FRIEND + r"|someone i know|friend of mine)\b)"
)

# Questions about what might happen, not disclosures of what did.
HYPOTHETICAL = (
    r"^(?:what|wat|how|can|could|is it|would|if|does|do|why|should|are|will (?:i|they))\b"
    r"(?!.*\b(?:right now|rn|now|already|just|happened|happening|keeps?|is being|im being|i am being|says|said|told"
    r"|has my|have my|got my|sent|theyll|hell|shell|btw)\b)"
)

SELF_HARM = [
    r"\b(?:suicid\w*){e<=1}",
    r"\b(?:kill|kil|kiil|end) " + ME + r"\b",
    r"\bkms\b",
    r"\bun ?aliv\w* " + ME,
    r"\b(?:want|wanna|going|gonna|plan(?:ning)?|try(?:ing)?|tried) (?:to )?un ?alive\b",
    r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life|my life|everything)\b",
    r"\b(?:want|wanna|wanted|wish|ready|going|gonna|deserve) (?:to )?(?:die|be dead|not exist|disappear forever)\b",
    r"\bwish (?:i|id) (?:was|were|had) (?:never been born|dead|not born|gone|never born)\b",
    r"\b(?:dont|do not|didnt) (?:want|wanna) (?:to )?(?:be alive|live|exist|wake up|be here)(?: anymore| any more)?\b",
    r"\bnot (?:want|wanting) to (?:be alive|live|wake up)\b",
    r"\b(?:better off|happier) (?:without me|if i (?:was|were) (?:gone|dead|not here))\b",
    r"\bno (?:point|reason) (?:in |to )?(?:living|live|being alive|going on|carrying on|anymore|any more)\b",
    r"\b(?:cant|cannot|can not) (?:go on|do this anymore|keep going|take (?:it|this) anymore)\b",
    r"\b(?:cut|cutting|cuts|burn|burning|hurt|hurting|harm|harming|scratch(?:ing)?) (?:my ?self|myself|my (?:arms?|wrists?|legs?|skin))\b",
    r"\bself ?harm\w*",
    r"\b(?:over ?dose|od) (?:on|tonight|with)\b",
    r"\b(?:take|took|swallow|swallowed) (?:all (?:the|my)|a lot of|lots of|loads of|a bunch of|too many) (?:pills|tablets|meds)\b",
    r"\b(?:jump|jumping) (?:off|from|in front of) (?:a|the|my)\b",
    r"\b(?:say|said|saying) (?:goodbye|bye) (?:to everyone|forever|for good)\b",
    r"\b(?:not be|wont be|will not be) (?:here|around|alive) (?:tomorrow|much longer|anymore|next week)\b",
    r"\b(?:go to sleep|sleep) (?:and never wake|forever)\b",
    r"\bnever wake up\b",
]

DANGER = [
    PEOPLE + r" (?:\w+ ){0,3}(?:hits?|hitting|beats?|beating|punch(?:es|ed|ing)?|kicks?|kicked|chok(?:es|ed|ing)"
    r"|strangl\w+|slaps?|slapped|hurts?|hurting|burns?|burned|touch(?:es|ed|ing)?|grab(?:s|bed|bing)?|abus\w+"
    r"|rap\w+|molest\w*|locks?|locked|ties?|tied) (?:me|my (?:body|private|sister|brother))\b(?! out\b| off\b)",
    r"\b(?:i|im|i m|i am|ive|i have|i keep|i get|i got|i was|i been) (?:being |been |getting |get |got )?"
    r"(?:hit|beaten|abused|raped|molested|touched|hurt|attacked|followed|stalked)\b",
    r"\b(?:not|dont feel|do not feel|never feel|dont|never) safe\b",
    r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going) home\b",
    r"\b(?:scared|afraid|frightened|terrified) (?:of|for) my (?:life|safety)\b",
    r"\b(?:follow|following|followed|stalk|stalking|stalked|watching) me\b",
    r"\b(?:outside|at|near|by) my (?:house|home|door|window|school|room|flat)\b",
    r"\bknows? where (?:i|we) (?:live|am|go to school)\b",
    r"\b(?:coming|come|cum) (?:to |round |over )?(?:my (?:house|home|school)|(?:to |and )?(?:get|find) me|for me)\b",
    r"\b(?:kill|hurt|beat|stab|shoot|rape|attack) (?:me|us|my (?:mum|mom|family|sister|brother))\b",
    r"\b(?:threat\w*){e<=1} (?:to )?(?:kill|hurt|beat|stab|shoot|rape|attack|find|come)\b",
    r"\b(?:has|got|with) a (?:knife|gun|weapon)\b",
    r"^(?=.*\b(?:online|internet|game|gaming|app|snap\w*|insta\w*|discord|roblox|tiktok|stranger|older|grown ?up|adult"
    r"|man|guy|\d{2} ?(?:yo|years? old|year old))\b)(?=.*\bmeet (?:up|me|him|her|them|in person|irl)\b)",
    r"\b(?:made|makes|forced|forces|forcing|make) me (?:to )?(?:touch|undress|take off|do (?:stuff|things|sexual)|watch porn|keep (?:it|this) (?:a )?secret)\b",
    r"\b(?:sexually )?(?:abus\w+|molest\w+|rap(?:ed|es|ing)|groom\w*) (?:me|by)\b",
    r"\btouch(?:es|ed|ing)? me (?:down there|there|where|in|at night|when)\b",
    r"\b(?:locked|trapped|stuck) (?:me )?in (?:my|a|the) (?:room|house|car|basement)\b",
    r"\b(?:help|hlp) (?:me )?(?:please|pls|plz)? ?(?:someone|somebody|hes|shes|theyre|he is|she is|im scared)\b",
    r"\b(?:ran|run|running|run away) (?:away )?from home\b",
]

SEXTORTION = [
    r"\b(?:(?:black ?mail|sextort|extort)(?:ing|s)?){e<=1} (?:me|us)\b",
    r"\b(?:being|been|getting|got|was|am|im) (?:(?:black ?mail|sextort|extort)(?:ed)?){e<=1}\b",
    r"\b(?:threat\w*){e<=1} (?:to )?(?:post|share|send|leak|spread|show|expose|release|tell|upload)\b",
    r"\b(?:post|share|send|leak|spread|show|expose|release|upload) (?:\w+ ){0,4}"
    + IMAGES
    + r" (?:\w+ ){0,6}(?:unless|if i dont|if i do not|if i wont|if i refuse|or else|or (?:he|she|they)ll|or (?:he|she|they) will)\b",
    r"\b(?:unless|if i dont|if i do not) (?:\w+ ){0,3}(?:pay|send (?:more|money|another|him|her|them))\b",
    r"\b(?:wants|want|demanding|demands|asking for|asks for|asked for) (?:\w+ ){0,2}(?:money|cash|\d+|gift ?cards?|bitcoin|crypto|more "
    + IMAGES
    + r")\b(?=.*\b(?:or|unless|else|otherwise|if)\b)",
    r"\bi (?:sent|send|shared) (?:\w+ ){0,3}(?:nudes?|naked|nude pics?|pics? of my ?self|explicit)\b.{0,60}\b(?:now|and)\b",
]

FAKE_IMAGE = [
    FAKE
    + r".{0,60}\b(?:of me|of my ?self|with my face|using my (?:face|photo|pic|selfie)|from my (?:photo|pic|selfie|insta|profile))\b",
    r"\b(?:of me|my (?:face|photo|pic|picture|selfie|insta|profile pic)s?)\b.{0,60}" + FAKE,
    r"\b(?:put|stuck|edited|photoshopped|pasted) my (?:face|head) (?:on|onto|in|into)\b",
    r"\b(?:made|make|making|turned|turn|turning|edited|used) (?:\w+ ){0,3}(?:me|my (?:pic|photo|picture|selfie)s?)"
    r" (?:into |look )?(?:naked|nude|undressed|without clothes)\b",
    r"\b(?:nudes?|naked (?:pics?|photos?)|porn) (?:of me|with my face)\b.{0,40}\b(?:fake|ai|not real|edited|made up|never took)\b",
    r"\bnever took\b.{0,40}\b(?:nude|naked|pic|photo)\b",
]

ABUSE_CONTENT = [
    r"\b(?:saw|seen|see|seeing|found|came across|come across|was sent|got sent|been sent|received|watched|keep getting|someone sent me)"
    r"\b.{0,80}\b(?:child|children|kids?|minors?|under ?age|little (?:girls?|boys?)|young (?:girls?|boys?)|\d+ ?(?:yr|year) ?olds?)"
    r"\b.{0,40}\b(?:porn|nude|naked|sex|sexual|abuse|abused|explicit|being raped|being touched)\w*",
    r"\b(?:saw|seen|found|came across|was sent|got sent|received|watched)\b.{0,60}\b(?:porn|nude|naked|sexual|explicit)\w*"
    r".{0,40}\b(?:child|children|kids?|minors?|under ?age|little (?:girls?|boys?)|young (?:girls?|boys?)|\d+ ?(?:yr|year) ?olds?)\b",
    r"\b(?:csam|cp|child porn\w*)\b(?=.*\b(?:saw|seen|found|sent|got|received|watched|group|chat|server)\b)",
]

CHILD_AFFECTED = [
    r"\b(?:my|our|a|one of my|one of our) "
    + CHILD
    + r"s?\b.{0,80}\b(?:"
    + FAKE
    + r"|(?:black ?mail|sextort|extort)\w*|threat\w* to (?:post|share|send|leak)|(?:nudes?|naked (?:pics?|photos?)) (?:of (?:her|him|them))"
    r"|(?:pic|photo|picture|image|selfie)s? (?:was|were|has been|have been|got) (?:turned|made|edited|shared|posted))\b",
    r"\b(?:my|our) " + CHILD + r"s? (?:is|are|was|were|has been|have been|got|get|is being) (?:being )?"
    r"(?:black ?mailed|sextorted|extorted|threatened|groomed|abused|deep ?faked|nudified)\b",
    r"\b(?:pupil|student|child|kid|daughter|son) (?:told|has told|came to) (?:me|us)\b.{0,80}\b(?:"
    + FAKE
    + r"|nudes?|naked|black ?mail\w*|sextort\w*|threat\w*|abus\w*|touch\w*|hurt\w*)",
]

# Broader shapes, written as "all of these ideas in one sentence" ------------

SEXUAL = r"(?:porn\w*|nudes?|naked|sexual\w*|sex|explicit|abus\w+|undress\w*|topless)"
CHILDREN = (
    r"(?:child|children|kids?|minors?|under ?age\w*|young (?:girls?|boys?|kids?|children)|little (?:girls?|boys?|kids?)"
    r"|(?:girls?|boys?) in year \d+|year \d+s?|primary school \w+|\d+ ?(?:yo|yr|year) ?olds?)"
)
THREAT = (
    r"(?:if i dont|if i do not|if i wont|if i refuse|if i (?:break|stop|block|tell)|unless|or else|or (?:\w+ ){1,4}"
    r"(?:sees?|gets?|will see|finds? out)|pay up|hours to pay|to pay or|or (?:hell|shell|theyll|he will|she will"
    r"|they will|hes|shes|theyre|he|she|they)\b|says? (?:hell|shell|theyll|he will|she will|they will) (?:tell|post|share|send"
    r"|leak|show|put|spread|tag|expose))"
)
EXPOSE = r"(?:post|posts|share|send|leak|spread|spreads|show|expose|release|upload|tag|online|tell everyone|sees|gets them|go to)"

SEXTORTION += [
    r"\b(?:getting|being|im|i am|victim of|experiencing|going through) (?:sextor|blackmail|extort){e<=1}\w*",
    r"^(?=.*\b"
    + THREAT
    + r")(?=.*\b"
    + EXPOSE
    + r")(?=.*\b(?:"
    + IMAGES
    + r"|everything|the stuff|stuff i sent|what i sent|them)\b)",
    r"\bi (?:already )?paid (?:him|her|them)\b",
    r"\bpay (?:up|him|her|them|money|cash|\d+)\b.{0,15}\bor (?:else|every ?one|every ?1|all|your|ur|they|hell|shell|theyll|he|she)\b",
    r"\b(?:wants?|asking for|demanding) more\b.{0,40}\b(?:or|unless)\b",
]
DANGER += [
    r"\b(?:says|said|told me|saying)\b.{0,60}\bor else\b",
    r"\b(?:have to|has to|must|wants me to|told me to|make me|makes me) (?:\w+ ){0,2}(?:meet|come to|go to|get in)"
    r" (?:him|her|them|his|their)\b",
    r"\b(?:wants|asked|asking|told) me to (?:come|go) (?:to|round|over to|in|into) (?:his|her|their) (?:flat|house|place|car|home|room)\b",
    r"\bpick me up from (?:school|home)\b",
    r"\b(?:does|did|doing|do) (?:stuff|things|something|sexual \w+) (?:to|with) me\b",
    r"\b(?:jump|beat|beat up|batter|stab|shoot) me\b|\bbeat me up\b",
    r"\b(?:showed|pulled|had|has) (?:me )?a (?:knife|blade|gun|weapon)\b",
    r"\b(?:hasnt|has not|havent|have not|didnt) (?:come|been) home\b",
    r"\bno food (?:left|at home|in the house)\b|\bleft (?:me )?(?:alone|home alone) for (?:days|\d+ days)\b",
    r"\bcomes? (?:in|into) my (?:room|bed)\b",
    r"\b(?:being|been|getting|am) (?:followed|stalked){e<=1}\b",
    r"\b(?:pushed|pushes|shoved|threw|throws|dragged) me\b",
    r"\b(?:scared|afraid|terrified|frightened) (?:of|about|for) (?:tonight|tomorrow|what (?:hell|shell|theyll|he will|she will) do)\b",
]
SELF_HARM += [
    r"\b(?:not|never|dont) wake up\b",
    r"\b(?:started|been|keep|still|began) cutting\b|\bcutting (?:again|deeper)\b",
    r"\b(?:goodbye|suicide|last) (?:note|letter)\b",
    r"\b(?:want|wanna|wish i could|going to|gonna) (?:to )?(?:disappear|vanish)\b",
    r"\b(?:ill|i will|im going to|im gonna|gonna|going to|i want to|i wanna) end it\b",
    r"\bgave (?:away )?(?:all )?my (?:stuff|things)(?: away)?\b",
    r"\bcant (?:live|go on|cope) (?:with|like)\b",
    r"\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b",
    r"\b(?:tired|sick) of (?:being alive|living|life|existing)\b",
    r"\b(?:ways|how) to (?:die|end it|end my|kill my)\b|\b(?:looking up|googling|searched|searching) (?:ways|how) to do it\b",
]
FAKE_IMAGE += [
    r"\bnudif\w* my\b",
    r"^(?=.*(?:\bmy (?:face|head) (?:\w+ ){0,2}(?:edited|put|photoshopped|pasted|added|swapped|stuck)\b|\bface ?swap\w*\b))"
    r"(?=.*\b(?:" + SEXUAL + r"|body|bodies)\b)",
    r"^(?=.*\b(?:looks?|look) (?:exactly |just )?like me\b)(?=.*\b" + SEXUAL + r")",
    r"\b(?:take|took|remove|removed|taking|removing) (?:my|her|his) clothes(?: off)?\b|\bclothes? remov\w*\b",
]
ABUSE_CONTENT += [
    r"^(?=.*\b"
    + CHILDREN
    + r"\b)(?=.*\b"
    + SEXUAL
    + r")(?=.*\b(?:saw|seen|found|sent|got|received|watched|dmd|dm|messaged"
    r"|showed|shown|passed around|going around|website|folder|history|group|chat|server|clip)\b)",
]
CHILD_AFFECTED += [
    FAKE + r".{0,60}\bof (?:my|our) " + CHILD + r"\b",
    r"^(?=.*\b(?:my|our) "
    + CHILD
    + r"s?\b)(?=.*(?:"
    + FAKE
    + r"|black ?mail|sextort|threat|"
    + THREAT
    + r"|nudes?|naked))"
    r"(?=.*\b(?:made|shared|posted|sent|going (?:round|around)|spread|turned|got|has been|have been|is being|was|were|said|told|says)\b)",
]
