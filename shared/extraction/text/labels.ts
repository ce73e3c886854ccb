/**
 * The labels pages print over links to other stories, and over what ends
 * an article, in English and the languages wire services write in besides
 * it. One vocabulary, composed into the patterns the rules test: the
 * heading that ends an article (`END_MARKER`: other stories, and comments,
 * share bars, tags, sign-up forms), the heading of a box of other stories
 * set inside it (`RELATED_HEADING`), and the label before another story's
 * headline on a line of its own (`PROMO`, which the HTML path also asks
 * of a linked heading), and the opening of a sentence that points to
 * other pages (`POINTER_SENTENCE`). Each entry is a regular expression's
 * source, matched case folded.
 */

// Labels over links to other stories.
const OTHER_STORIES = [
  // English
  'related(?: posts?| articles?| stories| story| content| reading| coverage| links?| news)?',
  'you (?:may|might) also (?:like|enjoy)(?: these \\w+| this)?(?:\\.{3}|…)?',
  'more (?:stories|articles|like this|to read|news|videos|on (?:this|the) (?:topic|story))',
  'further reading(?: about \\S+(?: \\S+){0,6})?',
  'recommended(?: for you| reading| stories| articles)?',
  '(?:most )?popular(?: posts| stories| articles)?',
  'most read',
  '(?:what to )?read (?:this )?next',
  'keep reading',
  "don['’]?t miss(?: this| these)?",
  '(?:all |more )?reads? on this topic',
  'up next',
  'trending(?: now| stories)?',
  '(?:latest|recent) (?:posts|news|stories|articles)',
  'also in (?:the )?news',
  'in other news',
  // German
  'mehr zum thema',
  'lesen sie (?:auch|mehr|dazu)',
  'das könnte sie auch interessieren',
  'weitere (?:artikel|nachrichten|themen)',
  'verwandte artikel',
  'meistgelesen',
  // French
  '(?:à |a )?lire aussi',
  'sur le même sujet',
  'dans la même rubrique',
  'les plus lus',
  'articles similaires',
  'vous aimerez aussi',
  // Spanish
  'le(?:a|e) también',
  '(?:también )?te puede interesar',
  'noticias relacionadas',
  'lo más leído',
  // Portuguese
  'leia (?:também|mais)',
  'veja também',
  'mais lidas',
  'notícias relacionadas',
  // Italian
  'leggi anche',
  'potrebbe interessarti',
  'articoli correlati',
  'i più letti',
  // Dutch
  'lees ook',
  'meer over dit onderwerp',
  'gerelateerde artikelen',
  'meest gelezen',
];

// Labels over what follows an article on almost every site: a section's
// rail ("More from Sport"), comments, ratings, author boxes, share bars,
// sign-up forms, tags, testimonials.
const ARTICLE_END = [
  'more (?:from|stories|articles|like this|to read|in)\\b.*',
  'leave a (?:reply|comment)',
  'post a comment',
  'add a comment',
  '\\d+ (?:reader |user )?comments?',
  'comments?(?: \\(\\d+\\))?',
  'join the (?:conversation|discussion)',
  'discussion about this post',
  'like this',
  '(?:was this|did you find this) (?:page|article|post|content|guide|information) (?:helpful|useful)\\??',
  'how (?:useful|helpful) was this (?:page|article|post|guide)\\??',
  '\\|? ?rate this (?:article|post|page) ?\\|?',
  'click on a star to rate it!?',
  'article sources',
  'newsletter',
  '(?:sign up|subscribe) (?:for|to) (?:our|the)? ?newsletter.*',
  'follow (?:me|us)',
  'about the author',
  'share this(?: article| post| story| on)?',
  'tags',
  'filed under',
  'categories',
  'testimonials?',
  'what (?:our )?(?:clients|customers|patients|parents) (?:say|are saying)',
  // Comments, in the other languages.
  'kommentare',
  'commentaires',
  'comentarios',
  'comentários',
  'commenti',
  'reacties',
];

// A box inside the article may also be headed "Read more": after the
// story, the words are a link's label on its own line, which ends nothing.
const BOX_ONLY = ['read more'];

// "Read more", "Also read", "See also": the words that send a reader on,
// before a promoted headline and at the opening of a pointing sentence.
const READ_ON = ['read (?:more|also|next)', 'also read', 'see also'];

// Labels only before a promoted headline on its line ("READ MORE: Fed
// raises rates again", "ALSO READ | Metro fares to rise", "Saiba mais:
// ..."): alone on a line, most are a link's label or a section's name.
const PROMO_ONLY = [
  'read',
  ...READ_ON,
  'more',
  'more on this(?: story| topic)?',
  'top stories',
  'suggested reading',
  'must read',
  'auch interessant',
  'siehe auch',
  'zum thema',
  'voir aussi',
  'ver también',
  'vea también',
  'noticia relacionada',
  'saiba mais',
  'guarda anche',
  'vedi anche',
  'lees meer',
  'zie ook',
  'bekijk ook',
];

// Openers of a sentence that sends the reader to other pages, label and
// all run into it ("Related reports include ...", "Also read how to ...",
// "Check out our guide to ...").
const POINTERS = ['related', ...READ_ON, 'more from', 'check out', 'click here'];

const heading = (labels: string[]) => new RegExp(`^(?:#+\\s*)?(?:${labels.join('|')})\\s*:?$`, 'i');

/** A heading that ends an article: what follows is other stories, comments, share bars or sign-up forms. */
export const END_MARKER = heading([...OTHER_STORIES, ...ARTICLE_END]);

/** The heading of a box of links to other stories set inside an article. */
export const RELATED_HEADING = heading([...OTHER_STORIES, ...BOX_ONLY]);

/**
 * Another story promoted inside the article, on a line of its own: a
 * label, a colon or bar, its headline ("Related: How the city pays for its
 * schools", "Lesen Sie auch: ...", "À lire aussi : ...", "Leggi anche:
 * ..."), after an optional bullet or arrow. Not "Watch:" or "Video:": a
 * video's own page is headlined so.
 */
export const PROMO = new RegExp(`^[[(»►▶>•*-]?\\s*(?:${[...OTHER_STORIES, ...PROMO_ONLY].join('|')})\\s?[:|]\\s?\\S`, 'i');

/** A sentence that points to other pages rather than telling the story, by its opening words. */
export const POINTER_SENTENCE = new RegExp(`^(?:${POINTERS.join('|')})\\b`, 'i');
