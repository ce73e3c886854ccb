import { countWords, lineKey } from '../normalise.js';
import { isDateOnlyLine } from '../metadata/dates.js';
import { BY_WORDS, DUTCH_NAME_SIGN, NAME_PARTICLES, PIECE_BY } from '../metadata/authors.js';
import { PROMO } from './labels.js';
import { phraseGroups, spelled } from '../phrases.js';

/**
 * Line features for page text. Each rule below names the page pattern it
 * exists for; the classifier in `segment.ts` combines them.
 */

export type LineKind =
  | 'prose' // sentences: the stuff articles are made of
  | 'short' // a heading, a menu item, a title, a place name
  | 'separator' // "__", "* * *", "———": a visual rule
  | 'widget' // a list widget's counter: "list of 3 items", "end of list"
  | 'adslot' // an ad's placeholder label: "Advertisement", "Story continues below advertisement", "Anzeige"
  | 'caption' // a picture caption or credit: "(Picture credit: AP)"
  | 'teaser' // a short blurb with a call to action: "... Read More"
  | 'notice' // the site talking about itself: cookie consent, "enable JavaScript", form helper text
  | 'date' // a date-only header: "Wednesday, February 4, 2026"
  | 'weather' // a temperature widget: "18.1 C", "64°F"
  | 'signoff' // "Moritsugu reported from Beijing."
  | 'byline' // "By Ken Moritsugu and Dasha Litvinova"
  | 'listitem' // "• item", "- item", "1. item": a bulleted or numbered list entry
  | 'heading' // "## Subhead": a heading the HTML path marked
  | 'sentence'; // a short sentence ("I can cook.", "It worked!"): prose, but too short to vouch for a body

export interface Line {
  index: number;
  text: string; // with any trailing call to action removed
  raw: string;
  words: number;
  kind: LineKind;
  hadCallToAction: boolean;
  key: string; // folded form for repeat detection
}

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/;

// Teaser lists end each blurb with a link label ("Read More", "Go to
// Source"), sometimes followed or preceded by "Author: <site>".
const CALL_TO_ACTION =
  /(?:^|\s)(?:read more|read full (?:story|article)|read the full (?:story|article)|go to source|continue reading|full story|view more|see more|learn more|click here(?: to read more)?|more »)\s*(?:[»›→…]+\s*)?$/i;
const CREDIT_TAIL = /(?:^|\s)(?:author|source|via)\s*:[^:]{1,40}$/i;

// "(Picture credit: AP)", "(Photo: Reuters)", "Image courtesy: X",
// "AP Photo/Alexander Zemlianichenko", "File photo", "Getty Images".
const CAPTION = [
  /\((?:[^()]{0,30}\b)?(?:picture|photo|image|pic|video|file|graphic|illustration)s?\b\s*(?:credit|courtesy|source)?s?\s*[:/-]?\s*[^()]{0,60}\)\s*$/i,
  /\((?:credit|courtesy|source)s?\s*[:/-][^()]{0,60}\)\s*$/i,
  /^(?:picture|photo|image|pic|video|file photo|graphic|illustration)s?(?:\s*(?:credit|courtesy|source)s?)?\s*[:/-]\s*\S/i,
  /\b(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Sputnik|Pool)\s*(?:Photo|Images?)?\s*\/\s*[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3}\)?\s*$/u,
  /^\s*\(?(?:Photo|Image|Picture)s?\b[^.!?]{0,80}(?:AP|AFP|Reuters|Getty|EPA|Shutterstock|PTI|ANI|IANS)\)?\s*$/,
];

// List widgets announce their length for screen readers ("list of 3 items",
// "end of list"); spinners rewrite the words ("checklist of three gadgets",
// "finish of checklist") but keep the shape: a list noun, "of", a count.
const COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
const WIDGET = [
  new RegExp(`\\b(?:list|checklist|record|listing|itemizing)\\s+of\\s+${COUNT}\\s+\\w+`, 'i'),
  /^(?:end|finish|ending|close)\s+of\s+(?:the\s+)?(?:list|checklist|record|listing)$/i,
];

const TEMPERATURE = /^-?\d{1,3}(?:[.,]\d)?\s*(?:°\s*)?(?:C|F|°)$/;

// How far into the line a promo's label ends ("Das könnte Sie auch interessieren:").
const PROMO_LABEL_REACH = 45;

/** A colon or bar near the line's start: most lines have none, and are refused before the promo pattern runs. */
function labelledEarly(raw: string): boolean {
  const reach = Math.min(raw.length, PROMO_LABEL_REACH + 1);
  for (let i = 0; i < reach; i++) {
    const c = raw.charCodeAt(i);
    if (c === 58 || c === 124) return true;
  }
  return false;
}

// The label an ad slot leaves in a page's text, on a line of its own: news
// sites print one between every few paragraphs ("Advertisement", "SKIP
// ADVERTISEMENT", "Story continues below advertisement", "Advertisement -
// Continue Reading Below", "Article continues below this ad"), and so do
// the agencies' clients in their languages ("Anzeige", "Weiter nach der
// Anzeige", "Publicité", "La suite après cette publicité", "Publicidad",
// "Pubblicità", "Publicidade", "Advertentie").
const AD_SLOT =
  /^(?:advertisements?|ads?|sponsored(?: content)?|skip (?:advertisement|ad)|(?:the )?(?:story|article|content|text) continues below(?: (?:this |the )?(?:advertisement|ad))?|(?:advertisement[\s\-–—:]+)?continue reading (?:below|after (?:the )?(?:advertisement|ad))|scroll to continue with content|anzeige|werbung|(?:lesen sie )?(?:weiter )?nach der (?:anzeige|werbung)(?: weiter(?:lesen)?)?|publicité|(?:la )?suite (?:après|ci-dessous)(?: (?:cette|la) publicité)?|publicidad|anuncio|pubblicità|publicidade|continua (?:após|depois d)a publicidade|advertentie|lees verder (?:na|onder) de advertentie)$/i;
// The rules and dashes a template prints around the label ("— Advertisement —").
const AD_SLOT_EDGE = ' \t-–—|·•:';

// The first two letters the labels open with (any case): most short lines
// open otherwise, and are refused before the pattern runs.
const AD_SLOT_OPENINGS = new Set(['ad', 'an', 'ar', 'co', 'la', 'le', 'na', 'pu', 'sc', 'sk', 'sp', 'st', 'su', 'te', 'th', 'we'].map((p) => p.charCodeAt(0) * 128 + p.charCodeAt(1)));

function isAdSlot(raw: string): boolean {
  let from = 0;
  let to = raw.length;
  while (from < to && AD_SLOT_EDGE.includes(raw[from])) from++;
  // ASCII letters in lower case (| 32); other characters open no label.
  if (!AD_SLOT_OPENINGS.has((raw.charCodeAt(from) | 32) * 128 + (raw.charCodeAt(from + 1) | 32))) return false;
  while (to > from && AD_SLOT_EDGE.includes(raw[to - 1])) to--;
  return AD_SLOT.test(raw.slice(from, to));
}

// Wire sign-offs: "Moritsugu reported from Beijing.", "Associated Press
// writer Jane Doe in Moscow contributed to this report."
const SIGNOFF = [
  /^(?:[A-Z][\p{L}'’.-]+)(?:(?:,| and| &) [A-Z][\p{L}'’.-]+)* (?:reported|wrote|filed) from [A-Z][\p{L} .,'-]{1,60}\.$/u,
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i,
  /^\(?(?:Reporting|Writing|Editing|Additional reporting) by\b.*\)?$/i,
];

const BYLINE_NAMES = `[\\p{Lu}][\\p{L}'’.-]+(?:[\\s,]+(?:and|&|und|et|y|e|en)?\\s*(?:${NAME_PARTICLES}\\s+)*[\\p{Lu}][\\p{L}'’.-]+){0,8}`;
// Capitalised as a line opens ("By", "Von"), or "BY" in capitals.
const BY_OPENERS = [...BY_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)), 'BY'].join('|');
const BYLINE = new RegExp(`^(?:${BY_OPENERS})\\s+${BYLINE_NAMES}(?:\\s*[,|–—-]\\s*[\\p{L} .]{2,50})?$`, 'u');
// Dutch "Door" (by) is also an English word that opens menus and headings
// ("Door Locks & Smart Locks", "Door Knobs", "Door Hardware"), and the
// frequency list cannot tell a plural or a trade word from a surname: a
// Dutch byline is read only with what English lacks, a Dutch particle or
// "en" joining two names ("Door Jan de Vries", "Door Piet Jansen en Kees
// Bakker").
const DUTCH_BYLINE = new RegExp(`^Door\\s+${BYLINE_NAMES}$`, 'u');
const DUTCH_SIGN = new RegExp(`\\s${DUTCH_NAME_SIGN}\\s`);

function isDutchByline(raw: string): boolean {
  return raw.startsWith('Door ') && DUTCH_SIGN.test(raw) && DUTCH_BYLINE.test(raw);
}

// A rule: "__", "* * *", "———", a Markdown heading's underline ("=====") or table rule ("| --- | :---: |").
const SEPARATOR = /^[\s_\-–—=*•·~#+.|:]{2,}$/;

// Bulleted and numbered lists: the HTML path writes <li> as "• item", and
// scrapers' text keeps "- item" or "1. item".
export const BULLET = /^(?:[•·▪‣◦*–-]|\d{1,2}[.)])\s+\S|^\|.*\|$/;
const HEADING = /^#{1,6}\s+\S/;

// Every call to action ends in one of these words; most lines end otherwise.
// Tested on the line's last characters only: a pattern anchored at the end
// alone is tried from every position of the line.
const CTA_HINT = /(?:more|source|reading|story|article|here)\s*(?:[»›→…]+\s*)?$/i;
const CTA_TAIL = 24;

export function stripCallToAction(line: string): { text: string; had: boolean } {
  if (!CTA_HINT.test(line.length > CTA_TAIL ? line.slice(-CTA_TAIL) : line)) return { text: line, had: false };
  let s = line;
  let had = false;
  for (let guard = 0; guard < 4; guard++) {
    const m = s.match(CALL_TO_ACTION) ?? (had ? s.match(CREDIT_TAIL) : null);
    if (!m || m.index === undefined) break;
    s = s.slice(0, m.index).trimEnd();
    had = true;
  }
  return { text: s, had };
}

export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

// Consent banners and site notices survive a scraper's html-to-text as
// ordinary sentences ("This site uses cookies. By continuing to browse this
// site you are agreeing to our use of cookies."); on pages with little text
// they can outscore the content. Each pattern is the site addressing the
// visitor about the site, not a sentence about cookies in general.
const NOTICE = [
  /\b(?:this|our) (?:web ?)?site uses cookies\b/i,
  /\bwe use cookies (?:and similar technologies )?(?:to|on|for)\b/i,
  // The same banner in the languages the agencies write in: "Wir verwenden Cookies", "Nous utilisons des cookies",
  // "Utilizamos cookies propias", "Utilizziamo i cookie", "Wij gebruiken cookies".
  /\b(?:wir (?:verwenden|nutzen)|diese (?:web)?seite (?:verwendet|nutzt)|nous utilisons(?: des)?|ce site utilise(?: des)?|utilizamos|usamos|este (?:sitio(?: web)?|site) (?:utiliza|usa)|utilizziamo(?: i)?|usiamo(?: i)?|questo sito (?:utilizza|usa)(?: i)?|w(?:ij|e) gebruiken|deze (?:web)?site gebruikt) cookies?\b/i,
  /\bby (?:continuing to (?:browse|use)|using|clicking)\b[^.]{0,60}\byou (?:are )?(?:agree|agreeing|consent|consenting|accept|accepting)\b/i,
  // A sign-up form's consent line: "By entering your email address you agree to our Terms of Use", "By signing
  // up, you agree to receive ...", "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms".
  /^by (?:entering|providing|submitting|signing up|subscribing|registering|creating an account|checking)\b[^.]{0,80}\byou (?:are )?(?:agree|agreeing|consent|consenting|accept|accepting|acknowledge)\b/i,
  /^by clicking\b[^.]{0,40}\byou (?:confirm|acknowledge|certify)\b[^.]{0,40}\band (?:agree|consent|accept)\b/i,
  // A form's consent checkbox: "I agree to the data use terms outlined in Scholastica's Privacy Policy".
  /^i (?:agree|consent) to (?:the|our|receive|receiving|be|being)\b[^.]{0,120}\b(?:terms|policy|conditions|emails?|communications?|contacted|messages?)\b/i,
  /^(?:accept|allow|reject|decline) (?:all )?cookies\b/i,
  /^cookie (?:settings|preferences|policy|notice)\b/i,
  /\b(?:you need to|please) enable javascript\b/i,
  /\bthis field is hidden when viewing the form\b/i,
  /\byour browser does not support\b/i,
  /\bthis field is for validation purposes\b/i,
  // A form's own status messages, printed by every Webflow site under each form: "Thank you! Your submission has
  // been received!", "Oops! Something went wrong while submitting the form."
  /\bsomething went wrong while submitting the form\b/i,
  /^thank you! your (?:submission|message) has been received\b/i,
  // An affiliate disclosure, on every page of a review site: "We may earn commission from links on this page",
  // "If you buy through our links, IGN may earn an affiliate commission." The site or its writer is the subject.
  { test: isAffiliateEarning },
  /\b(?:if|when) you (?:buy|purchase|click|shop) (?:something |a product )?(?:through|via|from|on) (?:our|my|the) (?:affiliate )?(?:links?|site)\b/i,
  // The same disclosure worded from the page or the links: "This article contains affiliate links that may earn us
  // a commission", "This podcast may contain affiliate links", "Purchases made through our links may earn us a
  // commission", "We may be compensated when you click on a link", "We earn commissions from links on our site".
  /\b(?:contains?|may contain|includes?) affiliate links\b/i,
  /\bpurchases made through (?:our|my|the|these) (?:affiliate )?links\b/i,
  /\bwe (?:may )?(?:be|are|get) (?:compensated|paid) (?:when|if) you (?:click|buy|purchase|apply)\b/i,
  /^we earn (?:an? )?(?:small )?(?:affiliate )?commissions? (?:from|on|when|if)\b/i,
  // A browser-upgrade banner: "You are using an outdated browser. Please upgrade your browser ...".
  /\byou(?:'re| are) using (?:an? )?(?:outdated|old|older|unsupported|internet explorer)\b/i,
  /\b(?:upgrade|update) your browser\b/i,
  /\bthis browser is (?:no longer |not (?:actively )?)supported\b/i,
  // Legal footers: "© 2025 PSA. All rights reserved. No reproduction in whole or in part without written consent."
  /\ball rights reserved\b/i,
  { test: isReproductionNotice },
  /\bis (?:provided )?for (?:general )?informational purposes only\b[^.]{0,60}\b(?:not|no)\b/i,
  // A site's standing disclaimer: "Products and services referenced are for general information only", "This
  // content does not constitute legal advice" (not "cannot be held liable": a court's ruling says that).
  /\bfor general information(?:al)? (?:purposes )?only\b|\bdoes not constitute (?:legal|financial|medical|investment|tax) advice\b/i,
  // A site's copyright line: "© 2025 Foo Media", "Copyright Sam Bossley 2012-2025." (not "Copyright law changed in 1976").
  /^(?:[Cc]opyright|COPYRIGHT|©)(?:\s*©)?\s+(?:(?:19|20)\d{2}|(?:[A-Z][\w.&'’-]*\s+){1,5}(?:19|20)\d{2})\b/,
  // A newsletter platform's footer under every post: "Back of Mind is a reader-supported publication. To receive new posts ...".
  /\bis a reader-supported publication\b/i,
  // An appeal for money or a subscription under the article: "Enjoyed this piece? We need your help to keep
  // publishing.", "Become a paid subscriber to Every to unlock this piece".
  /\bwe need your (?:help|support) to keep (?:publishing|going|reporting|writing)\b/i,
  /\bbecome a paid subscriber\b/i,
  // A prompt to save the post to Pinterest: "If you found this travel guide useful, pin it using the Pinterest image below".
  /\bpin (?:it|this|me)\b.{0,40}\bpinterest\b/i,
  // A blog's closed comment thread: "Comments are closed for this post, but if you have spotted an error ...".
  /^comments are (?:now )?closed\b/i,
  // A broadcaster's note under a transcript: "Accuracy and availability of NPR transcripts may vary."
  /\btranscripts? may vary\b|\btranscript text may be revised\b/i,
];
// Notices gated by phrases of their own (see NOTICE_HINTS): where the
// free part of a paywalled article stops, and the agencies' languages'
// rights and JavaScript notices.
const PAYWALL_AND_FOREIGN_NOTICE = [
  // A paywall's prompt where the free part of the article stops: "Subscribe to continue reading", "This article is
  // for subscribers only", "Already a subscriber? Log in", "You have reached your limit of free articles"; and in the
  // agencies' languages ("Dieser Artikel ist nur für Abonnenten", "Abonnez-vous pour lire la suite", "Suscríbete
  // para seguir leyendo", "Abbonati per continuare a leggere", "Assine para continuar lendo", "Word abonnee om verder
  // te lezen").
  /\b(?:subscribe|sign up|register|log ?in|sign in)(?: now| today| for free)? to (?:continue|keep) reading\b/i,
  /\b(?:this|the) (?:article|story|content|piece|post) is (?:only )?(?:available |reserved |exclusively )?(?:for|to) (?:paying |our )?(?:subscribers|members)\b/i,
  /^already (?:a )?(?:subscriber|member)(?:\?|,? (?:log|sign) ?in\b)/i,
  /\byou(?:'ve| have) (?:reached (?:your|the) (?:limit|maximum) of (?:free )?articles|read (?:all|\d+) of (?:your )?(?:\d+ )?free articles)\b/i,
  /\bnur für abonnenten\b|\bjetzt abonnieren\b|\bréservée? aux abonnés\b|\babonnez-vous pour (?:lire|continuer)\b|^déjà abonné\b|\bexclusivos? para suscriptores\b|\bsuscr[ií]bete para (?:seguir|continuar) leyendo\b|^¿ya eres suscriptor\b|\briservat[oia] agli abbonati\b|\babbonati per continuare a leggere\b|\bexclusivos? para assinantes\b|\bassine para continuar (?:lendo|a ler)\b|\balleen voor abonnees\b|\bword abonnee om verder te lezen\b/i,
  // "All rights reserved" and "enable JavaScript" in those languages.
  /\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\b/i,
  /\b(?:aktivieren sie|aktiviertem|activer|activez|activar|habilitar|habilita|abilitare|abilita|ativar|ative|inschakelen|schakel)\b[^.]{0,30}\bjavascript\b|\bjavascript\b[^.]{0,40}\b(?:aktivieren|aktiviert|activé|activado|habilitado|abilitato|ativado|ingeschakeld)\b/i,
];
// "No part of this site ...", "No reproduction ...": then, in the same sentence, "without" and the permission it asks.
const NO_REPRODUCTION = /\bno (?:part of this \w+|reproduction)\b/i;
const WITHOUT = /\bwithout\b/i;
const PERMISSION = /\b(?:permission|consent)\b/i;

/**
 * "No reproduction in whole or in part without the express written consent
 * of PSA": found in steps, as one pattern with two gaps between its words
 * backtracks polynomially on hostile text.
 */
function isReproductionNotice(s: string): boolean {
  const m = NO_REPRODUCTION.exec(s);
  if (!m) return false;
  const after = s.slice(m.index + m[0].length);
  const stop = after.indexOf('.');
  const sentence = stop < 0 ? after : after.slice(0, stop);
  const w = sentence.search(WITHOUT);
  return w >= 0 && w <= WITHOUT_WITHIN && PERMISSION.test(sentence.slice(w, w + 'without '.length + PERMISSION_WITHIN + 'permission'.length));
}
// How far "without" may follow the notice's opening, and the permission "without", in characters.
const WITHOUT_WITHIN = 80;
const PERMISSION_WITHIN = 40;

const MAY_EARN = / (?:may|might|could) (?:earn|receive|get|collect|make) (?:a )?(?:small )?(?:share of (?:the )?(?:sales|revenue)|(?:an )?(?:affiliate )?commissions?)\b/;
const SITE_SUBJECT = /^(?:we|I|[A-Z][\w.&-]*)$/;

/** "We may earn a commission", "IGN may earn ...": the site or its writer earning, not "brokers may earn". */
function isAffiliateEarning(s: string): boolean {
  const at = s.search(MAY_EARN);
  if (at < 0) return false;
  // The subject is the word before; found without a pattern anchored at the end (tried from every position).
  const before = s.slice(0, at);
  return SITE_SUBJECT.test(before.slice(before.lastIndexOf(' ') + 1));
}

// Every notice pattern needs one of its group's phrases (any case); most lines have
// none, and a line is read once for both groups.
const NOTICE_HINTS = phraseGroups([
  [
    'cookie', 'javascript', 'hidden when viewing', 'browser does not', 'browser is', 'your browser', 're using', 'are using',
    'validation purposes', 'submitting the form', 'has been received', 'commission', 'affiliate links', 'compensated', 'paid when', 'paid if',
    ...spelled('through ', ['our', 'my', 'the'], ' ', ['affiliate ', ''], 'link'),
    'rights reserved', 'reproduction', 'copyright', '©', 'reader-supported',
    ...spelled('keep ', ['publishing', 'going', 'reporting', 'writing']),
    'paid subscriber', 'pinterest', 'comments are', 'transcript',
    ...spelled('without ', ['the ', ''], ['express ', ''], ['written ', ''], ['permission', 'consent']),
    'informational purposes', 'general information', 'not constitute',
    'you agree', 'you are agreeing', 'you consent', 'you accept', 'you acknowledge', 'and agree', 'i agree', 'i consent',
  ],
  [
    'continue reading', 'keep reading', 'subscribers', 'for members', 'to members', 'paying members', 'our members',
    'already a subscriber', 'already subscriber', 'already a member', 'already member', 'free articles', 'abonn', 'suscr', 'assinantes', 'assine ',
    'abbonat', 'vorbehalten', 'javascript', 'droits r', 'derechos reservados', 'diritti riservati', 'direitos reservados', 'voorbehouden',
  ],
]);

function isNotice(raw: string): boolean {
  const groups = NOTICE_HINTS(raw);
  return ((groups & 1) !== 0 && NOTICE.some((r) => r.test(raw))) || ((groups & 2) !== 0 && PAYWALL_AND_FOREIGN_NOTICE.some((r) => r.test(raw)));
}

// Every caption pattern needs a closing bracket (the bracketed credits), a
// slash (an agency's "AP Photo/Name") or a picture word opening the line:
// two native substring scans and an anchored test, a quarter of the cost of
// a regex alternation tried at every position, on nearly every line. A line
// that opens with a picture word is a caption only with a credit's mark or
// word in it: "Video-based teaching so you can SEE ..." is a feature, not a
// caption.
const CAPTION_START = /^\s*\(?(?:picture|photo|image|pic|video|file|graphic|illustration)/i;
const CREDIT_MARK = /[()/:]|photo|image|picture|getty|reuters|\bAP\b|AFP/i;

export function isCaption(s: string): boolean {
  return (s.includes(')') || s.includes('/') || (CAPTION_START.test(s) && CREDIT_MARK.test(s))) && CAPTION.some((r) => r.test(s));
}

// A reading-time widget on a line of its own, a credit like the date beside
// it: "8 min read", "3 MIN. READ", "17 minutes read", "Reading Time: 8
// minutes", "Estimated reading time: 11 minutes". Never "8 minutes" alone:
// a recipe's cook time is the article's.
const READING_TIME = /^\s*(?:(?:estimated )?reading time:?\s*\d+\s*min(?:ute)?s?\.?|\d+\s*min(?:ute)?s?\.?\s+read(?:ing time)?)\s*$/i;

export function classifyLine(raw: string, index: number): Line {
  const { text, had } = stripCallToAction(raw);
  const words = countWords(text);
  const key = lineKey(text);
  const line: Line = { index, text, raw, words, kind: 'short', hadCallToAction: had, key };
  // Cheap tests first, each only where its pattern can match at all.
  if (words === 0 && SEPARATOR.test(raw)) line.kind = 'separator';
  else if (words <= 12 && WIDGET.some((r) => r.test(raw))) line.kind = 'widget';
  else if (words <= 2 && TEMPERATURE.test(raw)) line.kind = 'weather';
  else if (words <= 7 && raw.length <= 60 && isAdSlot(raw)) line.kind = 'adslot';
  else if (words <= 60 && isCaption(raw)) line.kind = 'caption';
  else if (words <= 150 && isNotice(raw)) line.kind = 'notice';
  else if (words <= 30 && SIGNOFF.some((r) => r.test(raw))) line.kind = 'signoff';
  else if (words <= 14 && (BYLINE.test(raw) || (PIECE_BY.test(raw) && BYLINE.test(raw.replace(PIECE_BY, 'By '))) || isDutchByline(raw))) line.kind = 'byline';
  else if (words <= 8 && (isDateOnlyLine(raw) || READING_TIME.test(raw))) line.kind = 'date';
  // A teaser blurb is a short paragraph ending in a link label; a long body
  // paragraph that a scraper glued a "Go to Source" onto is still prose.
  else if (had && text.length < 300) line.kind = 'teaser';
  else if (words <= 30 && labelledEarly(raw) && PROMO.test(raw)) line.kind = 'teaser';
  else if (BULLET.test(text)) line.kind = 'listitem';
  else if (HEADING.test(text)) line.kind = 'heading';
  else if (isProse(text, words)) line.kind = 'prose';
  else if (words >= 6 && isDefinitionItem(text, words)) line.kind = 'listitem';
  else if (words >= 2 && /[.!?…]["'”’)]*$/.test(text)) line.kind = 'sentence';
  return line;
}

// "Book music – DJ or band secured; discuss style and any special songs":
// a checklist or glossary entry whose bullet html-to-text dropped. A label,
// a dash or colon, and an explanation in lower-case words. Teaser headlines
// are Title Case ("Python Foundation Rejects Government Grant") and menus
// are a word or two.
const ITEM_SEPARATOR = /\S\s[–—-]\s\S|\S[:;]\s\S/;
function isDefinitionItem(text: string, words: number): boolean {
  if (!ITEM_SEPARATOR.test(text)) return false;
  const capitalised = text.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0;
  return capitalised / words <= 0.34;
}

/** Sentences, not labels: enough words and a sentence end, or plainly long (but not items run together). */
export function isProse(text: string, words = countWords(text)): boolean {
  return (words >= 7 && endsSentence(text)) || (words >= 20 && !isRunTogether(text, words));
}

/**
 * Hundreds of words with hardly a sentence end, one word in ten glued to
 * the next ("Willow project-team2025 - GRACE project-teamAccounting
 * OfficerActing Director of ..."): a drop-down's options or a menu's items
 * that a converter printed without separators, not a paragraph. A shorter
 * run ("All ServicesStock AdvisorEpicEpic PlusFool Portfolios...") has no
 * sentence end at all and one word in five glued: "iPhone" and "YouTube"
 * in a sentence are a word or two.
 */
function isRunTogether(text: string, words: number): boolean {
  if (words < 20) return false;
  if (words < 100) return !ONE_SENTENCE_END.test(text) && (text.match(GLUED_WORDS)?.length ?? 0) >= words / 5;
  const ends = text.match(SENTENCE_ENDS)?.length ?? 0;
  const glued = text.match(GLUED_WORDS)?.length ?? 0;
  return ends < words / 100 && glued >= words / 10;
}
const SENTENCE_ENDS = /[.!?…][”"'’)\]]*(?:\s|$)/g;
const ONE_SENTENCE_END = /[.!?…][”"'’)\]]*(?:\s|$)/;
const GLUED_WORDS = /\p{Ll}\p{Lu}/gu;

/** A headline line's text without the "## " the HTML path marks headings with. */
export function headlineText(l: Line): string {
  return l.text.replace(/^#+\s*/, '');
}

// Words too common to say what a line is about: a headline's echo in the
// body skips them, and a person's name holds none.
export const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'how', 'what', 'why', 'when', 'who', 'its', 'our', 'not', 'but', 'all', 'can', 'has', 'have', 'was', 'will', 'into', 'about', 'more', 'than', 'their', 'they', 'out', 'new']);

/**
 * The last step of a breadcrumb trail printed one step a line ("Articles
 * /", "Cleaning /", then "Cleaning Industry Trends"): the page's short
 * name, where its headline ("2025 Cleaning Industry Trends to Know for a
 * Thriving Business") is elsewhere.
 */
export function isTrailsEnd(l: Line, all: Line[]): boolean {
  const above = all[l.index - 1];
  return !!above && above.words <= TRAIL_STEP_WORDS && TRAIL_STEP_END.test(above.text);
}
const TRAIL_STEP_END = /\p{L} [/>»›]$/u;
const TRAIL_STEP_WORDS = 4;
