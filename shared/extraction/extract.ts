import { createHash } from 'node:crypto';
import type { ExtractedArticle, InputFormat, UploadMeta } from '../schemas/article.js';
import { countWords, foldWhitespace, normaliseText } from './normalise.js';
import { segmentText } from './text/extract-text.js';
import { segmentHtml } from './html/extract-html.js';
import { chooseTitle, foldName, siteKeys } from './html/metadata.js';
import { pageDates } from './html/page-dates.js';
import { dateFromPublicationCredit, dateFromUrl, isDateOnlyLine, notInFuture, parseHumanDate, parseMachineDate, readsDatesOwnWay, withPageLanguage } from './metadata/dates.js';
import { canonicalizeUrl, hostOf } from './metadata/url.js';
import { slugWords } from './metadata/slug.js';
import { detectWireAgency } from './metadata/wire.js';
import { detectDateline } from './metadata/dateline.js';
import { detectLanguage } from './metadata/language.js';
import { namesFromAuthorBoxes, namesFromSignOff, parseBylines } from './metadata/authors.js';

export interface ExtractInput {
  body: string;
  format: InputFormat | 'auto';
  meta?: UploadMeta;
  /** Lines this outlet repeats across many articles (see templates/). */
  isTemplateLine?: (key: string) => boolean;
}

/** Guess the format of an upload whose content type said nothing useful. */
export function sniffFormat(body: string): InputFormat {
  const head = body.slice(0, 2048).toLowerCase();
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article)[\s>]/.test(head) ? 'html' : 'text';
}

/**
 * The extraction interface: page in, clean article out. Never throws on
 * malformed input and never adds text that was not in the page.
 *
 * The page's language is known once its text is: a page in a language
 * that writes dates its own way ("04.02.2026" for 4 February, "4 février
 * 2026") is read again with that language's dates. English pages, nearly
 * all of them, are read once.
 */
export function extractArticle(input: ExtractInput): ExtractedArticle {
  const article = withPageLanguage(null, () => extractOnce(input));
  return readsDatesOwnWay(article.language) ? withPageLanguage(article.language, () => extractOnce(input)) : article;
}

function extractOnce(input: ExtractInput): ExtractedArticle {
  const meta = input.meta ?? {};
  const format = input.format === 'auto' ? sniffFormat(input.body) : input.format;
  const fetchedAt = meta.fetchedAt ?? null;
  let title: string | null = null;
  let paragraphs: string[];
  let authors: string[] = [];
  let published: (string | null)[] = [];
  let modified: string | null = null;
  let outlet: string | null = meta.source ?? null;
  let canonical: string | null = null;
  let declaredLang: string | null = null;
  let credits: string[];
  let signOffs: string[];

  if (format === 'html') {
    const seg = segmentHtml(input.body, input.isTemplateLine);
    paragraphs = seg.paragraphs;
    credits = seg.credits;
    signOffs = seg.signOffs;
    const host = hostOf(meta.url ?? seg.meta.canonical);
    title = chooseTitle(seg.meta, host, slugWords(meta.url ?? seg.meta.canonical));
    // A site that declares itself the author ("One Tree Planted", JSON-LD's
    // Person ", USA TODAY") names no writer: the page's own credits may.
    // Only when they name no one is the house the author.
    const declared = parseBylines([...seg.meta.authors, ...seg.bylines]);
    authors = declared.filter((name) => !isHouseName(name, seg.meta.siteName, host));
    if (!authors.length) authors = namesFromAuthorBoxes(seg.readAuthorBoxes());
    // Still no one: the credit lines of the page's visible text, read as the
    // text path reads them ("Chirag Bhardwaj" over "VP - Technology" and the
    // date, a "By" line far from the headline).
    if (!authors.length) authors = parseBylines(segmentText(seg.visibleText()).bylines);
    if (!authors.length) authors = declared;
    // And only then a user name the CMS declares ("aawoods", "q_admin",
    // "sara.r.peter" in the author meta tag or the JSON-LD): what the page
    // says of its writer, where it shows no name.
    if (!authors.length) authors = seg.meta.authors.map((a) => a.trim()).filter((a) => USER_NAME.test(a)).slice(0, 1);
    ({ published, modified } = pageDates(seg.meta));
    published.push(seg.headerDate);
    // No date in the markup either: a post's publication credit in the
    // visible text ("Posted on the 15/12/2025 at 19:00 by ..."). Not any
    // date line there: a comment's would do.
    if (!published.some(Boolean)) published.push(dateFromPublicationCredit(seg.visibleText().split('\n')));
    outlet ??= seg.meta.siteName ?? host;
    canonical = canonicalizeUrl(seg.meta.canonical, meta.url) ?? canonicalizeUrl(meta.url);
    declaredLang = seg.meta.lang;
  } else {
    const seg = segmentText(input.body, input.isTemplateLine, slugWords(meta.url));
    paragraphs = seg.paragraphs;
    credits = seg.credits;
    signOffs = seg.signOffs;
    title = seg.title;
    authors = parseBylines(seg.bylines);
    published = [seg.prefixDate ? parseMachineDate(seg.prefixDate) : null, seg.headerDate];
    outlet ??= hostOf(meta.url);
    canonical = canonicalizeUrl(meta.url);
  }
  // A declared title that is only a date (a scraper took the page's first
  // line, its date header, for the headline) names nothing: the page's own
  // headline stands.
  const declaredTitle = meta.title ? foldWhitespace(meta.title) : '';
  if (declaredTitle && !isDateOnlyLine(declaredTitle)) title = declaredTitle;
  if (authors.length === 0) authors = signOffs.flatMap(namesFromSignOff);

  const text = paragraphs.join('\n\n');
  const urlDay = dateFromUrl(meta.url ?? canonical);
  const found =
    [meta.publishedAt ?? null, ...published, urlDay]
      .map((d) => notInFuture(d, fetchedAt))
      .find(Boolean) ?? null;
  const publishedAt = dayFromUrlNear(found, urlDay);

  return {
    // Titles come from markup as they are (the HTML path reads them before
    // any text normalisation): NFC, mojibake repaired, like the body.
    title: title ? foldWhitespace(normaliseText(title)) || null : null,
    authors,
    publishedAt,
    modifiedAt: notInFuture(modified, fetchedAt),
    outlet: outlet ? foldWhitespace(outlet) : null,
    wireAgency: detectWireAgency(paragraphs.slice(0, 3).concat(paragraphs.slice(-2), signOffs), credits),
    dateline: detectDateline(paragraphs),
    language: detectLanguage(text, declaredLang),
    canonicalUrl: canonical,
    signOff: signOffs.length ? signOffs.join(' ') : null,
    paragraphs,
    text,
    wordCount: countWords(text),
    contentHash: createHash('sha256').update(text).digest('hex').slice(0, 32),
  };
}

/**
 * A timestamp stated in UTC or another zone can fall on the day after (or
 * before) the one the publisher's own URL gives: "/2025/12/18/..." with
 * "2025-12-19T02:41:41+00:00" was posted on the evening of the 18th in the
 * author's time zone. When the two are a day apart, the URL's day is the
 * publication day.
 */
function dayFromUrlNear(found: string | null, urlDay: string | null): string | null {
  if (!found || !urlDay || found.slice(0, 10) === urlDay) return found;
  const gap = Math.abs(Date.parse(`${found.slice(0, 10)}T00:00:00Z`) - Date.parse(`${urlDay}T00:00:00Z`));
  // A page that writes day first ("03/10/2023" for 3 October) read month
  // first: the URL's day is the page's date with day and month swapped.
  const swapped = `${found.slice(0, 4)}-${found.slice(8, 10)}-${found.slice(5, 7)}`;
  return gap === 86_400_000 || swapped === urlDay ? urlDay : found;
}

export { parseHumanDate };

// A CMS account's name: one lower-case token (names proper open in capitals and are read above).
const USER_NAME = /^[a-z][a-z0-9_.-]{2,30}$/;

/** Is `name` the site's own: its declared name, or its host's ("onetreeplanted.org")? */
function isHouseName(name: string, siteName: string | null, host: string | null): boolean {
  // "Aidoc Staff" beside the writer's name on aidoc.com is the house too.
  const n = foldName(name.replace(/ Staff$/, ''));
  return !!n && siteKeys(siteName, host).includes(n);
}
