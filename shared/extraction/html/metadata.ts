import type { AnyNode, Document, Element } from 'domhandler';
import { attr, classAndId, findAll, findFirst, isElement, isRendered, textOf } from './dom.js';
import { countWords, foldWhitespace } from '../normalise.js';
import { titleSlugMatch } from '../metadata/slug.js';
import { headlinePart } from '../metadata/headline.js';
import { decodeHTML } from 'entities';
import { isDateOnlyLine, parseHumanDate, parseMachineDate, UPDATED_LABEL } from '../metadata/dates.js';

/**
 * Page metadata from the signals a CMS leaves: JSON-LD (schema.org
 * NewsArticle and kin), OpenGraph / article:* / Dublin Core / Parse.ly meta
 * tags, <link rel=canonical>, <html lang>, <time> and the <h1>.
 */
export interface PageMeta {
  titleCandidates: string[];
  h1: string | null;
  docTitle: string | null;
  siteName: string | null;
  /** The text of an <h1> set as the site's logo: a name the site goes by in its titles ("Headline | Playful Tones"). */
  logoName: string | null;
  authors: string[];
  published: string[];
  modified: string[];
  canonical: string | null;
  lang: string | null;
  articleBody: string | null;
  /** Dates shown to readers in date/byline elements, in page order (ISO days). */
  visibleDates: string[];
  /** Those of them shown as a revision: "Updated on June 18, 2025", "Last Updated: Dec 17, 2025". */
  shownAsUpdated: string[];
}

// Where pages print the article's date for readers: "Published Jun 4, 2025",
// "Updated August 14, 2025", "Last updated: Dec 12, 2025".
const DATE_ELEMENT = /date|time|byline|publish|updated|posted|timestamp|meta|post-info|entry-info|article-info|dateline/;

// Where themes print the author for readers: "author", "author-name",
// "c-byline__author", "entry-byline", "post-writer". Not a comment's author
// or an avatar, and not the author's bio (long text).
const AUTHOR_ELEMENT = /(?:^|[\s_-])(?:author|byline|writer)/i;
const NOT_AUTHOR_ELEMENT = /comment|avatar|reply|review|share|social/i;
const NAME_ELEMENT = /name/i;

// Scholarly metadata (Highwire Press tags, Dublin Core) names each author
// "Last, First": "Roy, Aniruddha" is Aniruddha Roy, not two people.
const SCHOLARLY_AUTHOR_KEYS = new Set(['citation_author', 'dc.creator']);
const LAST_FIRST = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u;

function fromLastFirst(name: string): string {
  const m = LAST_FIRST.exec(name.trim());
  return m ? `${m[2]} ${m[1]}` : name;
}

const KNOWN_PUBLISHED_KEYS = new Set(['article:published_time', 'datepublished', 'og:published_time', 'published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'citation_publication_date', 'citation_date', 'parsely-pub-date', 'sailthru.date', 'article.published', 'published-date', 'release_date', 'created']);
const CUSTOM_PUBLISHED_KEY = /^(?:.*[:_.-])?(?:first[-_]?)?publish(?:ed)?(?:[-_.]?(?:date|time|at))?$/;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting|WebPage|TechArticle|ScholarlyArticle|Report|Posting|SocialMediaPosting)$/;

export function readPageMeta(doc: Document): PageMeta {
  const meta: PageMeta = {
    titleCandidates: [], h1: null, docTitle: null, siteName: null, logoName: null, authors: [], published: [], modified: [],
    canonical: null, lang: null, articleBody: null, visibleDates: [], shownAsUpdated: [],
  };
  const html = findFirst(doc, (e) => e.name === 'html');
  meta.lang = (html && (attr(html, 'lang') ?? attr(html, 'xml:lang'))) || null;

  for (const s of findAll(doc, (e) => e.name === 'script' && (attr(e, 'type') ?? '').includes('ld+json'))) {
    readJsonLd(s.children.map((c) => (c as unknown as { data?: string }).data ?? '').join(''), meta);
  }
  const metaTags = findAll(doc, (e) => e.name === 'meta');
  const byKey = new Map<string, string[]>();
  for (const m of metaTags) {
    const key = (attr(m, 'property') ?? attr(m, 'name') ?? attr(m, 'itemprop') ?? '').toLowerCase();
    const content = attr(m, 'content');
    if (!key || !content) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), content.trim()]);
  }
  const first = (...keys: string[]) => keys.flatMap((k) => byKey.get(k) ?? []);
  meta.titleCandidates.push(...first('og:title', 'twitter:title', 'dc.title', 'citation_title', 'parsely-title', 'sailthru.title', 'headline'));
  meta.siteName ??= first('og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site')[0]?.replace(/^@/, '') ?? null;
  for (const key of ['author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author', 'byl', 'twitter:creator']) {
    for (const a of byKey.get(key) ?? []) if (!/^https?:/.test(a)) meta.authors.push(SCHOLARLY_AUTHOR_KEYS.has(key) ? fromLastFirst(a) : a);
  }
  // Yoast SEO's Twitter card on WordPress sites: "twitter:label1" "Written by" and the post's author in "twitter:data1".
  for (const n of ['1', '2', '3']) {
    if (/^written by$/i.test(first(`twitter:label${n}`)[0] ?? '')) meta.authors.push(...first(`twitter:data${n}`).slice(0, 1));
  }
  meta.published.push(...first(...KNOWN_PUBLISHED_KEYS));
  // CMS-specific names for the same thing ("cXenseParse:publishtime",
  // "w-published-date", "cdc:first_published", "PublishedDate") after the
  // standard ones; a "last published" stamp is a modification.
  for (const [key, values] of byKey) if (CUSTOM_PUBLISHED_KEY.test(key) && !KNOWN_PUBLISHED_KEYS.has(key) && !/last|modif|updat/.test(key)) meta.published.push(...values);
  meta.modified.push(...first('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dc.date.modified', 'dcterms.modified'));
  for (const el of findAll(doc, (e) => (attr(e, 'itemprop') === 'datePublished' || attr(e, 'itemprop') === 'dateCreated') && e.name !== 'meta')) {
    const v = attr(el, 'datetime') ?? attr(el, 'content') ?? textOf(el);
    if (v) meta.published.push(v.trim());
  }
  for (const el of findAll(doc, (e) => attr(e, 'itemprop') === 'author' || attr(e, 'rel') === 'author')) {
    const nameEl = findFirst(el, (e) => attr(e, 'itemprop') === 'name');
    const v = foldWhitespace(nameEl ? attr(nameEl, 'content') ?? textOf(nameEl) : attr(el, 'content') ?? textOf(el));
    if (v && v.length < 80) meta.authors.push(v);
  }
  const times = findAll(doc, (e) => e.name === 'time' && !!attr(e, 'datetime') && !inComment(e));
  const pubTime = times.find((t) => attr(t, 'pubdate') !== undefined || /publish|posted|date/i.test(attr(t, 'class') ?? ''));
  if (pubTime) meta.published.push(attr(pubTime, 'datetime')!);
  else if (times[0]) meta.published.push(attr(times[0], 'datetime')!);

  [meta.visibleDates, meta.shownAsUpdated] = visibleDates(doc);

  const canonical = findFirst(doc, (e) => e.name === 'link' && (attr(e, 'rel') ?? '').toLowerCase() === 'canonical');
  // A canonical link that is no URL at all (a CMS printing the page's title
  // into it: "What are the different types of wine?") gives way to og:url.
  const href = canonical ? attr(canonical, 'href')?.trim() : undefined;
  meta.canonical = (href && /^(?:https?:\/\/|\/)\S*$/i.test(href) ? href : null) ?? first('og:url')[0] ?? href ?? null;
  const titleEl = findFirst(doc, (e) => e.name === 'title');
  meta.docTitle = titleEl ? foldWhitespace(textOf(titleEl)) || null : null;
  const [logos, h1Els] = partition(findAll(doc, (e) => e.name === 'h1' && isRendered(e)), isSiteLogo);
  meta.logoName = logos.map((h) => foldWhitespace(textOf(h))).find((t) => t.length > 1) ?? null;
  const h1s = h1Els.map((h) => ({ text: foldWhitespace(textOf(h)), headline: !isSectionHeading(h) })).filter((h) => h.text.length > 3);
  meta.h1 = pickH1(h1s, [...meta.titleCandidates, meta.docTitle ?? '']);
  return meta;
}

// A comment thread's container (class "comment-list", "ast-comment-meta",
// "comment", id "comments", "comment-29"): its dates are the comments',
// which WordPress themes mark up like the post's own ("entry-date
// published"). A post's own flags ("has-comments", "no-comments") are not.
const COMMENT_CLASS = /^(?:[a-z]+-)?comment(?:s|list|-list|-body|-meta|-metadata|-content|-article|-header|-time)?$/i;
const COMMENT_ID = /^comments?(?:-[\da-f]+)?$/i;

function isCommentContainer(el: Element): boolean {
  const id = attr(el, 'id');
  if (id && COMMENT_ID.test(id)) return true;
  const cls = attr(el, 'class');
  return !!cls && cls.split(/\s+/).some((t) => COMMENT_CLASS.test(t) && !/^(?:has|no)-/i.test(t));
}

function inComment(el: Element): boolean {
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) if (isCommentContainer(p)) return true;
  return false;
}

/** Dates shown to readers, in page order (ISO days), and those of them labelled as revisions. */
function visibleDates(doc: Document): [string[], string[]] {
  const out: string[] = [];
  const updated: string[] = [];
  const add = (iso: string | null, label = '') => {
    if (!iso) return;
    const day = iso.slice(0, 10);
    if (!out.includes(day)) out.push(day);
    if (UPDATED_LABEL.test(label) && !updated.includes(day)) updated.push(day);
  };
  // Dates in elements named for them, anywhere (bylines sit above or below the body).
  const els = findAll(doc, (e) => e.name === 'time' || (DATE_ELEMENT.test(`${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`.toLowerCase()) && e.name !== 'html' && e.name !== 'body'));
  for (const el of els) {
    if (out.length >= 12) break;
    if (inComment(el)) continue;
    const text = foldWhitespace(textOf(el));
    if (text.length < 6) continue;
    // The label sits in the element or just before it ("Updated <time>...",
    // "<span>Last Updated:</span> <time>").
    if (text.length <= 80) add(parseHumanDate(text) ?? (el.name === 'time' ? parseMachineDate(attr(el, 'datetime')) : null), `${el.prev ? textOf(el.prev).slice(-40) : ''} ${text}`);
    // A post's meta row holding the date and more ("Posted on April 13,
    // 2023" beside the tag list): the date is its own child.
    else for (const c of el.children) {
      const t = foldWhitespace(textOf(c));
      if (t.length < 6 || t.length > 80) continue;
      const d = parseHumanDate(t);
      if (d) {
        add(d, t);
        break;
      }
    }
  }
  // A bare date line in the page header ("Dec 12, 2025", "By Dr. X - Mar 27, 2024"),
  // before the body starts (three long text runs in).
  const body = findFirst(doc, (e) => e.name === 'body');
  let long = 0;
  let before = '';
  const walk = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      const t = foldWhitespace((n as unknown as { data: string }).data);
      if (t.length > 200 && ++long >= 3) return false;
      if (t.length >= 6 && t.length <= 60) add(isDateOnlyLine(t.replace(/^(?:[-–—|·]\s*)+/, '')), `${before} ${t}`);
      if (t) before = t.slice(-40);
      return true;
    }
    if (n.type !== 'tag' || (n as Element).name === 'script' || (n as Element).name === 'style' || isCommentContainer(n as Element)) return true;
    for (const c of (n as Element).children) if (!walk(c)) return false;
    return true;
  };
  if (body) walk(body);
  return [out, updated];
}

function readJsonLd(src: string, meta: PageMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(src.trim().replace(/^<!--|-->$/g, ''));
  } catch {
    return;
  }
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const o = node as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph'], depth + 1);
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      const isPage = types.every((t) => t === 'WebPage');
      if (typeof o.headline === 'string' && !isPage) meta.titleCandidates.unshift(o.headline);
      if (typeof o.datePublished === 'string') (isPage ? meta.published.push(o.datePublished) : meta.published.unshift(o.datePublished));
      if (typeof o.dateModified === 'string') meta.modified.unshift(o.dateModified);
      // Ahead of the meta tags' authors, in the order the article lists them.
      if (!isPage) meta.authors.unshift(...jsonLdNames(o.author));
      const pub = o.publisher as Record<string, unknown> | undefined;
      if (pub && typeof pub.name === 'string') meta.siteName ??= pub.name;
      if (typeof o.articleBody === 'string' && o.articleBody.length > (meta.articleBody?.length ?? 0)) meta.articleBody = o.articleBody;
    }
    else if (typeof o.datePublished === 'string') meta.published.push(o.datePublished);
    if (types.includes('WebSite') && typeof o.name === 'string') meta.siteName ??= o.name;
  };
  visit(data, 0);
}

/** Names of a JSON-LD author value: a string, a Person or Organization, or an array of them. */
function jsonLdNames(author: unknown): string[] {
  const names: string[] = [];
  for (const a of ([] as unknown[]).concat(author ?? [])) {
    const name = typeof a === 'string' ? a : (a as Record<string, unknown>)?.name;
    if (typeof name === 'string' && name.trim() && !/^https?:/.test(name)) names.push(name.trim());
  }
  return names;
}

/** Short texts of the elements a theme names for the author or byline, most specific ("author-name") first. */
export function authorBoxes(doc: Document): string[] {
  const named: string[] = [];
  const other: string[] = [];
  for (const el of findAll(doc, (e) => AUTHOR_ELEMENT.test(`${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`))) {
    const label = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
    if (NOT_AUTHOR_ELEMENT.test(label) || !isRendered(el)) continue;
    const text = foldWhitespace(textOf(el));
    if (text.length < 3 || text.length > 100) continue;
    (NAME_ELEMENT.test(label) ? named : other).push(text);
  }
  return [...named, ...other];
}

// A theme's logo or site title set in an <h1> (class "logo", "site-title",
// "wp-block-site-title", id "gt-logo"): the page's name on every page of
// the site, not this page's headline.
const LOGO_CLASS = /(?:^|[\s_-])(?:logo|site-?title|site-?name|branding)(?:$|[\s_-])/i;

function partition<T>(xs: T[], pred: (x: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const x of xs) (pred(x) ? yes : no).push(x);
  return [yes, no];
}

/** An <h1> that is the site's logo: marked so, or wholly a link to the site's home page. */
function isSiteLogo(h: Element): boolean {
  if (LOGO_CLASS.test(classAndId(h))) return true;
  const kids = h.children.filter((c) => isElement(c) || textOf(c).trim());
  const only = kids.length === 1 && isElement(kids[0]) ? kids[0] : null;
  if (!only || only.name !== 'a') return false;
  const href = (attr(only, 'href') ?? '').trim();
  return (attr(only, 'rel') ?? '').split(/\s+/).includes('home') || /^(?:https?:\/\/[^/?#]+\/?|\/)$/i.test(href);
}

// No headline of the extraction dev set's 711 pages runs over 24 words.
const HEADLINE_MAX_WORDS = 30;

/**
 * An <h1> that is a section of the text, not its headline, whatever its
 * tag: a heading a Markdown renderer gave a permalink ("<h1 id="but-what">
 * <a class="anchor" href="#but-what">", a post written with "#" for its
 * sections), or a paragraph set large (RenoFi's forty-word "Learn which
 * home renovations have the best ROI? ...").
 */
function isSectionHeading(h: Element): boolean {
  const id = attr(h, 'id');
  const permalink = !!id && !!findFirst(h, (e) => e.name === 'a' && (attr(e, 'href') ?? '') === `#${id}`);
  return permalink || countWords(textOf(h)) > HEADLINE_MAX_WORDS;
}

/**
 * The h1 that is the headline: one that matches a declared title, else the
 * page's only <h1>, unless that one is a section heading (`isSectionHeading`).
 */
function pickH1(h1s: Array<{ text: string; headline: boolean }>, declared: string[]): string | null {
  if (h1s.length === 0) return null;
  const decl = declared.map(foldName).filter(Boolean);
  // A page with several <h1>s (a gist's file names, a guide's tab labels:
  // "Discord", "Planning") may have one that is only a word of the declared
  // title: matching by inclusion, that word is not the headline.
  const match = h1s.find((h) => {
    const f = foldName(h.text);
    return decl.some((d) => (d.includes(f) && 2 * f.length >= d.length) || f.includes(d));
  });
  if (match) return match.text;
  return h1s.length === 1 && (h1s[0].headline || decl.length === 0) ? h1s[0].text : null;
}

// Titles join a headline and the site's name with a spaced separator:
// "Headline | Site", "Site - Headline". Unspaced dashes stay ("Russia–China").
// Matched on the title with white space folded to single spaces.
const TITLE_SEPARATOR = / (?:[|–—·»]|-{1,2}|::) /;

/** Cut off mid-phrase: an ellipsis, or a bracket or quote left open at the end of a long title. */
function isCutShort(title: string): boolean {
  if (/(?:\.\.\.|…)$/.test(title)) return true;
  const open = (a: string, b: string) => title.split(a).length > title.split(b).length;
  return title.length >= 80 && (open('(', ')') || open('[', ']') || open('“', '”'));
}

/**
 * What a page sets in its <h1> beside the headline, that the declared title
 * leaves out:
 *  - a date inline after it or over it ("... (By an Outdoor Guide!) January
 *    1, 2025", a blog's "Dec 18 2025 Preparing a transition in Debusine");
 *  - a one-word label before it ("Blog: Best Social Media Agencies ...",
 *    arXiv's "Title:AlignMerge - ...");
 *  - a link aggregator's source host and comment count after it ("... No
 *    Longer Guarantee Jobs (latimes.com) 87").
 */
function isHeadlineFurniture(extra: string, side: 'before' | 'after'): boolean {
  const t = extra.trim();
  if (!t) return false;
  if (isDateOnlyLine(t)) return true;
  if (side === 'before') return /^\p{L}+:$/u.test(t);
  return /^\([\w-]+(?:\.[\w-]+)+\)(?:\s+\d+)?$/.test(t);
}

/** A name folded to its letters and digits, lower case: how titles and names are compared with a site's. */
export function foldName(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The names a site goes by, folded: its declared name and its host's first label ("onetreeplanted.org"). */
export function siteKeys(siteName: string | null, host: string | null): string[] {
  return [siteName, host?.split('.')[0]].filter(Boolean).map((s) => foldName(s!));
}

/**
 * Does a folded name name the site (folded)? The same name, part of it, or
 * the site's name with a little more ("OSSO B.V" for "osso"); not a
 * headline that merely holds it ("Gardening in a Warming World" on
 * gardening.cals.cornell.edu).
 */
function namesSite(name: string, site: string): boolean {
  return !!name && !!site && (site.includes(name) || (name.includes(site) && 2 * site.length >= name.length));
}

/** "Headline | Site Name" -> "Headline", "Site Name | Headline" -> "Headline". */
export function stripSiteSuffix(title: string, siteName: string | null, host: string | null, opts: { exact?: boolean } = {}): string {
  const parts = title.replace(/\s+/g, ' ').split(TITLE_SEPARATOR);
  // A blog engine's "davidbau.com Vibe Coding": the site's domain name before the headline, no separator between.
  const domain = host?.replace(/^www\./, '').toLowerCase();
  if (parts.length < 2 && domain && title.toLowerCase().startsWith(`${domain} `)) return title.slice(domain.length + 1).trim() || title;
  if (parts.length < 2) return title;
  const site = siteKeys(siteName, host);
  // A declared title's part is the site's when it holds the name at all
  // ("The Go Programming Language" on go.dev); an <h1>'s (`exact`) only when
  // it is the name, give or take a little (`namesSite`).
  const isSite = (p: string) => site.some((s) => (opts.exact ? namesSite(foldName(p), s) : !!s && (foldName(p).includes(s) || s.includes(foldName(p)))));
  if (isSite(parts[parts.length - 1])) return parts.slice(0, -1).join(' | ');
  if (isSite(parts[0])) return parts.slice(1).join(' | ');
  return title;
}

/**
 * The article's headline: the <h1>, unless it is the site's name or a
 * section label of one or two words that no declared title (og:title,
 * JSON-LD headline, <title>) contains; then the declared title without the
 * site's name. An <h1> in capitals takes the casing of a declared title with
 * the same words. A pipe or a bullet ends the headline (`headlinePart`).
 */
export function chooseTitle(meta: PageMeta, host: string | null, slug: ReadonlySet<string> | null = null): string | null {
  const chosen = chooseTitleText(meta, host, slug);
  return chosen && headlinePart(chosen);
}

function chooseTitleText(meta: PageMeta, host: string | null, slug: ReadonlySet<string> | null): string | null {
  const clean = (s: string | null | undefined) => {
    const v = s ? foldWhitespace(decodeHTML(s)) : '';
    return v && !/^(?:undefined|null|untitled)$/i.test(v) ? v : null;
  };
  const h1 = clean(meta.h1);
  const declared = [...meta.titleCandidates, meta.docTitle].map(clean).filter((s): s is string => !!s);
  // Not the outlet's name (a logo's text can be styled: "abdz—do"), but a
  // name its titles carry.
  const siteName = meta.siteName ?? meta.logoName;
  const bare = declared.map((d) => stripSiteSuffix(d, siteName, host));
  // A headline cut short where the CMS caps it (JSON-LD's 110 characters:
  // "... Find Solutions (Including"): the full one in another declaration.
  const best = bare.length ? (isCutShort(bare[0]) ? bare.find((d) => d.length > bare[0].length && d.startsWith(bare[0])) : undefined) ?? bare[0] : null;
  if (!h1) return best;
  const site = foldName(meta.siteName ?? host?.split('.')[0] ?? '');
  const h = foldName(h1);
  const h1IsSite = namesSite(h, site);
  const h1Agrees = declared.some((d) => foldName(d).includes(h) || h.includes(foldName(stripSiteSuffix(d, siteName, host))));
  // A section label ("News", "Our Blog") names the page's place, not the story.
  if (best && (h1IsSite || (!h1Agrees && h1.split(/\s+/).length <= 2))) return best;
  // An <h1> that is no headline of the page's declared ones (a pull quote,
  // a promo: "But what they love is the sense of empowerment" over "What do
  // people love about Rust?") loses to the declared title that the URL's
  // slug names clearly better ("/what-do-people-love-about-rust/").
  if (slug && !h1Agrees) {
    const named = titleSlugMatch(h1, slug);
    const declaredNamed = bare.find((d) => titleSlugMatch(d, slug) >= named + 0.3);
    if (declaredNamed) return declaredNamed;
  }
  // The declared title inside an <h1> that adds page furniture to it: the
  // declared title without it (`isHeadlineFurniture`).
  const framed = bare.find((d) => h1.length > d.length && ((h1.startsWith(d) && isHeadlineFurniture(h1.slice(d.length), 'after')) || (h1.endsWith(d) && isHeadlineFurniture(h1.slice(0, -d.length), 'before'))));
  if (framed) return framed;
  // An <h1> set in capitals ("WEEKEND CODING AGENT") is styling: the declared
  // title with the same words has the headline's own casing, and one in
  // mixed case that shares most of its words is the headline as written
  // ("BEST DRIP COFFEE MAKER IN 2026: ..." over "Best Drip Coffee Maker 2026: ...").
  if (h1 === h1.toUpperCase() && /\p{Lu}/u.test(h1)) {
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const mixed = bare.filter((d) => d !== d.toUpperCase());
    const cased = mixed.find((d) => d.toLowerCase() === h1.toLowerCase()) ?? mixed.find((d) => {
      const theirs = new Set(words(d));
      const mine = words(h1);
      return 2 * mine.filter((w) => theirs.has(w)).length >= mine.length;
    });
    if (cased) return cased;
  }
  // An <h1> may carry the site's name as its title does ("Critics' Choice: ... – Artlyst").
  return stripSiteSuffix(h1, siteName, host, { exact: true });
}
