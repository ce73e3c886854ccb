import type { PageMeta } from './metadata.js';
import { parseMachineDate } from '../metadata/dates.js';

type DateSignals = Pick<PageMeta, 'published' | 'modified' | 'visibleDates' | 'shownAsUpdated'>;

/**
 * A page's publication date candidates, best first, and its modification
 * date. The declared publication date comes first: an "Updated" date shown
 * on the page is the modification, not the publication (evergreen guides
 * are re-dated every few months). Without one, a shown date the updated
 * metadata confirms, then a shown date alone.
 */
export function pageDates(meta: DateSignals): { published: Array<string | null>; modified: string | null } {
  const declared = shownFirst(meta.published.map(parseMachineDate).filter((d): d is string => !!d), meta);
  const modified = meta.modified.map(parseMachineDate).find(Boolean) ?? null;
  const shown = meta.visibleDates[0] ?? null;
  // The modification the page shows is no publication date when the page
  // also shows another date not labelled as an update ("April 26, 2024",
  // then "Updated on: October 28, 2024").
  const ownDate = meta.visibleDates.find((d) => !meta.shownAsUpdated.includes(d));
  const updateOverOwn = !!modified && !!ownDate && ownDate < day(modified) && meta.shownAsUpdated.includes(day(modified));
  const confirmed = modified && meta.visibleDates.includes(day(modified)) && !updateOverOwn ? modified : null;
  // A CMS that stamps the publication date at every edit declares it equal
  // to the modification ("datePublished" = "dateModified" = last Tuesday):
  // an earlier date the page shows as its own, not as an update, is when
  // the article came out. So is it when the page labels the declared date
  // an update ("Published Apr 26, 2023", then "Updated Aug 21, 2025").
  const restamped =
    !!declared.length && !!shown && new Set(declared.map(day)).size === 1 &&
    ((!!modified && day(declared[0]) === day(modified)) || meta.shownAsUpdated.includes(day(declared[0]))) &&
    shown < day(declared[0]) && !meta.shownAsUpdated.includes(shown);
  return { published: restamped ? [shown, ...declared, confirmed] : [...declared, confirmed, shown], modified };
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * Declared publication dates that disagree (a CMS's first stamp beside the
 * date the story went out again, a theme's field beside the JSON-LD): the
 * one the page shows first (its own date; later ones may be related
 * posts') comes first, unless it is shown as a revision ("Updated on June
 * 18, 2025"), or is the first one's moment in another time zone (a day
 * apart).
 */
function shownFirst(declared: string[], meta: DateSignals): string[] {
  // Many distinct days are the dates of other posts (related posts, comments) marked up as published.
  const days = new Set(declared.map(day));
  if (days.size < 2 || days.size > 3) return declared;
  const first = Date.parse(day(declared[0]));
  const shown = declared.find((d) => day(d) === meta.visibleDates[0] && !meta.shownAsUpdated.includes(day(d)) && Math.abs(Date.parse(day(d)) - first) > 86400000);
  return shown ? [shown, ...declared.filter((d) => d !== shown)] : declared;
}
