/**
 * The commonest words of the languages wire services write in besides
 * English (dpa, AFP, EFE, ANSA, Lusa, ANP, TASS): articles, pronouns,
 * prepositions, conjunctions, auxiliaries and "said". Story terms weigh a
 * word by its rarity in English (`rarity.ts`), and a list of English has
 * never seen "und", "dans" or "los": each weighed as much as a name, so a
 * German report's strongest terms were "und", "zu" and "dem", and unrelated
 * German reports drew together by their grammar alone. A text's own
 * language says which list applies: "war" is "was" in German and a war in
 * English, "hat" a verb and a hat.
 */
const WORDS: Record<string, string> = {
  de: `der die das den dem des ein eine einer eines einem einen und oder aber sondern denn doch als wie wenn weil dass ob bis seit
    während nach vor bei mit von zu zum zur vom im am ins ans beim aus auf für über unter um an in durch gegen ohne zwischen
    er sie es wir ihr ich du man sich ihm ihn ihnen uns euch mich dich mir dir sein seine seiner seinen seinem seines ihre
    ihrer ihren ihrem ihres unser unsere dieser diese dieses diesem diesen jener welche welcher welches ist sind war waren
    wird werden wurde wurden worden hat haben hatte hatten habe hätte hätten sei seien wäre kann können konnte konnten soll
    sollen sollte sollten muss müssen musste will wollen wollte nicht auch noch nur schon so sehr mehr hier dort da dann nun
    jetzt immer wieder bereits etwa rund kein keine keinen keiner alle allen aller alles viele sagte sagt laut sowie damit
    dabei dazu darauf darüber denen deren dessen was wer wo zudem`,
  fr: `le la les un une des du de au aux et ou mais donc ni car que qui quoi dont où ce cet cette ces ça cela il ils elle elles
    on nous vous je tu me te se lui leur leurs y en son sa ses mon ma mes notre nos votre vos est sont était étaient a ont
    avait avaient sera seront été être avoir fait faire peut pas ne plus très aussi bien encore déjà tout tous toute toutes
    même autre autres pour par sur sous dans avec sans chez entre vers contre selon depuis pendant après avant lors comme si
    quand alors ainsi puis dit afin`,
  es: `el la los las lo un una unos unas de del al a en y e o u ni que quien quienes cual cuales cuyo donde cuando como
    porque pero sino si no ya más muy también tan tanto todo toda todos todas otro otra otros otras este esta estos estas
    ese esa esos esas aquel su sus mi mis nuestro nuestra se me te le les nos él ella ellos ellas yo es son fue fueron era
    eran ha han había habían sido ser será estar está están estaba tiene tienen tenía hace puede pueden para por con sin
    sobre entre hasta desde durante tras según contra ante hacia dijo así`,
  it: `il lo la i gli le un uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle in nel nello nella
    nei negli nelle a al allo alla ai agli alle su sul sullo sulla sui sugli sulle con per tra fra e ed o ma che chi cui non
    più anche come se perché quando dove così già ancora molto tutto tutti tutta tutte questo questa questi queste quello
    quella quelli suo sua suoi sue loro si ci ne mi ti lui lei noi voi è sono era erano stato stata stati state essere ha
    hanno aveva avevano avere fa fatto può dopo prima secondo detto`,
  pt: `o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem sobre
    entre até desde após e ou mas nem que quem qual quais onde quando como porque se não mais muito também já ainda só todo
    toda todos todas outro outra outros este esta estes estas esse essa isso isto aquele seu sua seus suas ele ela eles elas
    eu nós lhe lhes me te é são foi foram era eram ser será está estão estava tem têm tinha havia há ter pode disse segundo`,
  nl: `de het een en of maar want dus dat die dit deze wat wie welke waar wanneer hoe als om te van in op aan met voor door
    over bij naar uit tot onder tegen zonder na sinds tussen hij zij ze wij we jij je u ik hem haar hun zich ons mijn zijn
    is was waren wordt worden werd werden heeft hebben had hadden zal zullen zou zouden kan kunnen kon moet moeten wil niet
    geen ook nog al wel zo er hier daar dan nu toen meer veel alle alles heel zeer volgens`,
  ru: `и в во не на что с со как а то все он она оно они мы вы я ты его ее её их ему ей им по но к ко у из за от до о об при
    для без над под между через после перед это этот эта эти этого этой тот та те был была было были будет быть есть же бы
    ли уже еще ещё только также так тоже или если когда где который которая которые которых чтобы даже более очень может
    свой своей своих сказал заявил`,
};

const sets = new Map<(word: string) => string, Map<string, ReadonlySet<string> | null>>();
const asWritten = (word: string) => word;

/**
 * The function words of a language (ISO 639-1), each as `fold` makes it
 * (the caller's own folding of tokens), built once per language and fold;
 * null for English (the frequency list knows its own) and for languages
 * without a list.
 */
export function functionWordSet(language: string | null | undefined, fold: (word: string) => string = asWritten): ReadonlySet<string> | null {
  if (!language || !Object.hasOwn(WORDS, language)) return null;
  let byLanguage = sets.get(fold);
  if (!byLanguage) sets.set(fold, (byLanguage = new Map()));
  let set = byLanguage.get(language);
  if (set === undefined) byLanguage.set(language, (set = new Set(WORDS[language].split(/\s+/).filter(Boolean).map(fold))));
  return set;
}

/**
 * Elided articles and pronouns glued to the next word by an apostrophe
 * ("l'économie", "qu'il", "dell'anno"): the word is what follows.
 */
const ELISION: Record<string, RegExp> = {
  fr: /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/u,
  it: /^(?:l|d|dell|dall|nell|sull|all|coll|un|quest|quell|c|n|s|v|m|t)['’](?=\p{L})/u,
};

/** A token without the elided article or pronoun its language glues to it. */
export function withoutElision(token: string, language: string | null | undefined): string {
  const re = language && Object.hasOwn(ELISION, language) ? ELISION[language] : undefined;
  return re ? token.replace(re, '') : token;
}
