import type { ArticleStore, RawStore } from '../ports/stores.js';
import type { StoryIndex } from '../ports/story-index.js';
import type { ChangeFeed } from '../ports/change-feed.js';
import { mergedLineage, resolveStory } from '../dedupe/resolve.js';
import type { MemberRecord } from '../schemas/record.js';
import type { StoryState } from '../schemas/story.js';
import { BadRequest, Conflict, DomainError, Gone, NotFound } from '../errors.js';
import { compareCopy } from '../dedupe/copy-diff.js';
import { pageKey } from './page-key.js';

/** Members listed in a story view; the rest are paged through GET /stories/{id}/members. */
export const STORY_VIEW_MEMBERS = 200;

// Index pages one filtered listing reads at most: a rare outlet must not make one request read the whole month.
const FILTERED_PAGES = 5;

/** Read models for the REST API. */
export class StoryQueries {
  constructor(
    private readonly articles: ArticleStore,
    private readonly index: StoryIndex,
    private readonly raw: RawStore,
    private readonly feed: ChangeFeed,
  ) {}

  /** The change feed from a cursor, or from `since` (default: a day ago). */
  async changes(q: { cursor: string | null; since?: string; limit: number }) {
    const since = q.since ? new Date(q.since).toISOString() : new Date(Date.now() - 86_400_000).toISOString();
    return this.feed.read({ cursor: q.cursor, since, limit: q.limit });
  }

  async article(id: string) {
    const r = await this.articles.get(id);
    if (!r) throw new NotFound('Article', id);
    if (r.status === 'removed') throw new Gone(id, r.removedAt ?? r.processedAt ?? r.receivedAt, r.reason);
    const story = r.storyId ? await resolveStory(this.index, r.storyId) : null;
    const text = r.text ?? (r.textKey ? await this.raw.getText(r.textKey) : null);
    return {
      id: r.id, status: r.status, reason: r.reason, storyId: story?.id ?? r.storyId, copyOf: r.copyOf, supersededBy: r.supersededBy, assignment: r.assignment,
      title: r.title, text, publishedAt: r.publishedAt, modifiedAt: r.modifiedAt, authors: r.authors, outlet: r.outlet,
      wireAgency: r.wireAgency, dateline: r.dateline, language: r.language, url: r.upload.url ?? null, canonicalUrl: r.canonicalUrl,
      signOff: r.signOff, wordCount: r.wordCount, contentHash: r.contentHash, rawKey: r.rawKey, receivedAt: r.receivedAt,
      processedAt: r.processedAt, pipelineVersion: r.pipelineVersion,
    };
  }

  /**
   * What the article `id` changed in another: by default the article it
   * copies (a new headline, trims, moved paragraphs, edited words); `withId`
   * compares it with any other processed article.
   */
  async compare(id: string, withId?: string) {
    const copy = await this.article(id);
    const originalId = withId ?? copy.copyOf;
    if (!originalId) throw new BadRequest(`Article "${id}" copies no other article (its copyOf is null). Pass ?with=<article id> to compare it with another article, such as a member of its story.`);
    if (originalId === id) throw new BadRequest(`"with" names article "${id}" itself: compare it with another article.`);
    const original = await this.article(originalId);
    for (const a of [copy, original])
      if (a.status !== 'processed' || a.text === null) throw new Conflict(`Article "${a.id}" is ${a.status}: it has no clean text to compare${a.status === 'pending' ? ' yet; ask again once it is processed' : ''}.`);
    const side = (a: typeof copy) => ({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt });
    return {
      article: side(copy), original: side(original), isCopyOf: copy.copyOf === original.id, sameStory: !!copy.storyId && copy.storyId === original.storyId,
      titleChanged: (copy.title ?? '') !== (original.title ?? ''), ...compareCopy(original.text!, copy.text!),
    };
  }

  /** The latest processed version of the page fetched from `url` (see versions.ts). */
  async articleByUrl(url: string) {
    const key = pageKey(url);
    const holder = key ? await this.articles.pageHolder(key) : null;
    if (!holder) throw new DomainError(404, 'Article not found', `No processed article was uploaded from ${url}. Articles are found by the URL they were uploaded with (tracking parameters and fragment ignored) once processed.`);
    return this.article(holder.articleId);
  }

  async story(id: string) {
    const s = await this.shownStory(id);
    const mergedFrom = await mergedLineage(this.index, s.id);
    const page = await this.articles.members([s.id, ...mergedFrom], { limit: STORY_VIEW_MEMBERS, cursor: null });
    const members = dedupeById(page.records)
      .sort((a, b) => (a.publishedAt ?? a.receivedAt).localeCompare(b.publishedAt ?? b.receivedAt) || a.id.localeCompare(b.id))
      .map(member);
    const ids = new Set(members.map((m) => m.id));
    const sets = new Map<string, string[]>();
    for (const m of members) {
      const root = m.copyOf && ids.has(m.copyOf) ? m.copyOf : m.id;
      if (!sets.has(root)) sets.set(root, []);
      if (root !== m.id) sets.get(root)!.push(m.id);
    }
    return {
      ...summary(s),
      canonical: members.find((m) => m.id === s.canonicalId) ?? null,
      members,
      copySets: [...sets].filter(([, copies]) => copies.length > 0).map(([original, copies]) => ({ original, copies })),
      mergedFrom,
      apart: s.apart,
      splitOn: s.splitOn,
      membersNextCursor: page.nextCursor,
    };
  }

  /** The story `id` resolves to (a merged id: the survivor), unless unknown or emptied by removals. */
  private async shownStory(id: string): Promise<StoryState> {
    const s = await resolveStory(this.index, id);
    if (!s || s.size === 0) throw new NotFound('Story', id);
    return s;
  }

  /** Every member of a story, a page at a time (the story view lists the first ones). */
  async storyMembers(id: string, q: { limit: number; cursor: string | null }) {
    const s = await this.shownStory(id);
    const page = await this.articles.members([s.id, ...(await mergedLineage(this.index, s.id))], q);
    return { items: dedupeById(page.records).map(member), nextCursor: page.nextCursor };
  }

  /**
   * Stories newest first. With filters (`outlet`: one of the outlets that
   * ran it, any case; `minSize`: at least that many articles), index pages
   * are read until `limit` stories match, at most `FILTERED_PAGES` of them:
   * a page may then hold fewer stories than asked, even none, with a cursor
   * to go on from.
   */
  async stories(q: { since: string; until: string; limit: number; cursor: string | null; outlet?: string; minSize?: number }) {
    const outlet = q.outlet?.toLowerCase();
    const wanted = (s: StoryState) => (!outlet || s.outlets.some((o) => o.toLowerCase() === outlet)) && s.size >= (q.minSize ?? 1);
    const filtered = outlet !== undefined || q.minSize !== undefined;
    const items: ReturnType<typeof summary>[] = [];
    let cursor = q.cursor;
    for (let page = 0; page < (filtered ? FILTERED_PAGES : 1); page++) {
      // Never more candidates than stories still wanted, so no match is read and dropped.
      const { ids, nextCursor } = await this.articles.listStoryIds({ ...q, limit: q.limit - items.length, cursor });
      const states = await this.index.getStories(ids);
      items.push(...ids.map((id) => states.get(id)).filter((s): s is StoryState => !!s && !s.mergedInto && s.size > 0 && wanted(s)).map(summary));
      cursor = nextCursor;
      if (!cursor || items.length >= q.limit) break;
    }
    return { items, nextCursor: cursor };
  }
}

function summary(s: StoryState) {
  return {
    id: s.id, title: s.title, canonicalArticleId: s.canonicalId, size: s.size, outlets: s.outlets, firstSeen: s.firstSeen,
    lastSeen: s.lastSeen, publishedFrom: s.publishedFrom, publishedTo: s.publishedTo,
  };
}

function member(r: MemberRecord) {
  return {
    id: r.id, title: r.title, outlet: r.outlet, url: r.upload.url ?? r.canonicalUrl, publishedAt: r.publishedAt, receivedAt: r.receivedAt,
    copyOf: r.copyOf, signal: r.assignment?.signal ?? null, score: r.assignment?.score ?? null, joinedStory: r.storyId,
  };
}

function dedupeById(rs: MemberRecord[]): MemberRecord[] {
  return [...new Map(rs.map((r) => [r.id, r])).values()];
}
