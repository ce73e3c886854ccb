import type { ArticleStore, RawStore } from '../ports/stores.js';
import type { Assignment, StoryEngine } from '../dedupe/engine.js';
import { pendingRecord, type ArticleRecord } from '../schemas/record.js';
import { ArticleBusy, DomainError, PermanentProcessingError, RawUploadMissing } from '../errors.js';
import { checkUploadText, decodeUploadBody } from './upload-body.js';
import { randomUUID } from 'node:crypto';
import { PIPELINE_VERSION } from './pipeline-version.js';
import { processUpload } from './pipeline.js';
import { articleIdFor, rawKeyFor } from './ingest.js';
import type { TemplateService } from './templates.js';
import type { PageVersions, VersionInput } from './versions.js';
import type { Metrics } from '../ports/metrics.js';
import type { ChangeFeed } from '../ports/change-feed.js';
import { changeOf, saveWithChange } from './changes.js';
import { logger } from '../logger.js';
import { withArticleLease } from './lease.js';

/**
 * How long a worker waits for another article's lease (a copy it is the
 * original of, a member its split moved: that article saving its own
 * record) before its event is retried; the retry finds the relation again.
 */
const OTHER_LEASE_WAIT_MS = 3_000;

/** Presigned uploads bypass the API's body limit (that is their point), up to this. */
const PRESIGNED_MAX_BYTES = 64 * 1024 * 1024;

/** An older version of the page an article replaces in its story. */
interface Replacement {
  old: string;
  by: VersionInput;
}

export type ProcessOutcome = 'processed' | 'unchanged' | 'failed' | 'ignored' | 'adopted';

export interface ProcessDeps {
  raw: RawStore;
  articles: ArticleStore;
  engine: StoryEngine;
  templates: TemplateService | null;
  /** Re-scrapes of one page: the latest stands for it in its story (null: every upload counts). */
  versions: PageVersions | null;
  metrics: Metrics;
  changes: ChangeFeed;
}

export interface ProcessOptions {
  /** Cleaned text above this many bytes goes to S3 instead of the record. */
  textInlineLimit: number;
  pipelineVersion?: number;
  /** Longer than one article can take; a crashed worker's lease expires after it. */
  leaseMs?: number;
}

/**
 * Processing one raw upload: extraction, outlet template, dedupe, then the
 * article record. Idempotent: S3 events arrive at least once and out of
 * order; a replay of an article already processed by this pipeline version
 * changes nothing.
 */
export class ProcessService {
  private readonly raw: RawStore;
  private readonly articles: ArticleStore;
  private readonly engine: StoryEngine;
  private readonly templates: TemplateService | null;
  private readonly versions: PageVersions | null;
  private readonly metrics: Metrics;
  private readonly changes: ChangeFeed;
  private readonly textInlineLimit: number;
  private readonly leaseMs: number;
  readonly pipelineVersion: number;

  constructor(deps: ProcessDeps, opts: ProcessOptions) {
    ({ raw: this.raw, articles: this.articles, engine: this.engine, templates: this.templates, versions: this.versions, metrics: this.metrics, changes: this.changes } = deps);
    this.textInlineLimit = opts.textInlineLimit;
    this.pipelineVersion = opts.pipelineVersion ?? PIPELINE_VERSION;
    this.leaseMs = opts.leaseMs ?? 120_000;
  }

  async processKey(key: string, opts: { force?: boolean } = {}): Promise<ProcessOutcome> {
    if (key.startsWith('uploads/')) return this.adopt(key);
    if (!key.startsWith('raw/')) return 'ignored';
    const id = key.slice('raw/'.length);
    const started = Date.now();
    const holder = randomUUID();
    if (!(await this.articles.lease(id, holder, this.leaseMs))) throw new ArticleBusy(id);
    let done: { outcome: ProcessOutcome; replaces: Replacement | null };
    try {
      done = await this.processLeased(key, id, opts);
    } finally {
      await this.articles.release(id, holder);
    }
    // The older version of the page leaves its story once this article's lease is released (see PageVersions.supersede).
    if (done.replaces && (await this.versions!.supersede(done.replaces.old, done.replaces.by))) this.metrics.count('VersionsReplaced');
    this.countOutcome(done.outcome, Date.now() - started);
    return done.outcome;
  }

  private countOutcome(outcome: ProcessOutcome, ms: number): void {
    if (outcome === 'processed') {
      this.metrics.count('ArticlesProcessed');
      this.metrics.processingTime(ms);
    } else if (outcome === 'failed') this.metrics.count('ArticlesFailed');
    else if (outcome === 'unchanged') this.metrics.count('ArticlesUnchanged');
  }

  private async processLeased(key: string, id: string, opts: { force?: boolean }): Promise<{ outcome: ProcessOutcome; replaces: Replacement | null }> {
    // Consistent: a replay that follows the first delivery within a second
    // must see that it was processed (the lease only serialises the two).
    let record = await this.articles.get(id, { consistent: true });
    // Taken down: the same page uploaded again is erased, never processed.
    if (record?.status === 'removed') {
      await this.raw.deleteObjects([key]);
      logger.info('removed article uploaded again; raw upload erased', { articleId: id });
      return { outcome: 'ignored', replaces: null };
    }
    // A late or replayed event never re-does an article, nor downgrades one a
    // newer pipeline has processed; it only finishes replacing an older version.
    if (record?.status === 'processed' && (record.pipelineVersion ?? 0) >= this.pipelineVersion && !opts.force) {
      const old = this.versions && record.storyId ? await this.versions.pendingReplacement({ id, url: record.upload.url }) : null;
      return { outcome: 'unchanged', replaces: old ? { old, by: { id, receivedAt: record.receivedAt, url: record.upload.url, storyId: record.storyId! } } : null };
    }
    logger.appendKeys({ articleId: id });
    try {
      const raw = await this.raw.getRaw(key);
      record ??= pendingRecord(id, key, raw.format, raw.meta, raw.receivedAt);
      const { record: next, adopted, replaces, merged, moved } = await this.run(record, raw.body.toString('utf8'));
      // The copies this article turned out to be the original of learn it
      // before this article's record is saved: if this worker dies in
      // between, the redelivered event re-runs the engine's reconciliation
      // and finds them again.
      for (const c of adopted) await this.markCopy(c);
      for (const m of moved) await this.moveRecord(m);
      for (const loser of merged) await this.changes.append(changeOf('story_merged', next, loser));
      await saveWithChange(this.changes, this.articles, next.supersededBy ? 'superseded' : 'processed', next);
      logger.info('article processed', { storyId: next.storyId, copyOf: next.copyOf, signal: next.assignment?.signal, words: next.wordCount, supersededBy: next.supersededBy ?? undefined });
      return { outcome: 'processed', replaces };
    } catch (e) {
      if (!(e instanceof PermanentProcessingError)) throw e;
      // An article processed before its raw object vanished keeps its text
      // and its place in its story; the caller hears why it was not redone.
      if (record?.status === 'processed') throw e;
      // Retrying cannot help (no text, raw upload gone): record why, and let the message go.
      if (record) {
        const failed: ArticleRecord = { ...record, status: 'failed', reason: e.message, processedAt: new Date().toISOString(), pipelineVersion: this.pipelineVersion };
        await saveWithChange(this.changes, this.articles, 'failed', failed);
      }
      logger.warn('article failed', { reason: e.message });
      return { outcome: 'failed', replaces: null };
    } finally {
      logger.removeKeys(['articleId']);
    }
  }

  /**
   * Record on a copy's article that this article is its original. The copy
   * may still be saving its own record: its lease is awaited (a copy
   * arrived later; a split's moves wait on earlier members, and a wait that
   * gives up fails the event, so two workers waiting on each other both let
   * go), and a copy not yet processed is left to its own run, which reads
   * the relation from its fingerprint.
   */
  private async markCopy(c: Assignment['adopted'][number]): Promise<void> {
    await withArticleLease(this.articles, c.articleId, { leaseMs: this.leaseMs, maxWaitMs: OTHER_LEASE_WAIT_MS, busy: () => new ArticleBusy(c.articleId) }, async () => {
      const record = await this.articles.get(c.articleId, { consistent: true });
      if (record?.status !== 'processed' || record.copyOf) return;
      const marked = { ...record, copyOf: c.copyOf, assignment: c.reason };
      await saveWithChange(this.changes, this.articles, 'processed', marked);
      logger.info('copy marked', { copy: c.articleId, copyOf: c.copyOf });
    });
  }

  /**
   * Record on an article that a split moved it to the story split off from
   * its own (see the engine's `splitIfTwoEvents`), under its lease, as
   * `markCopy`. An article not yet processed records its story itself: its
   * run reads its fingerprint again just before saving. One still being
   * processed past the wait fails this event, before this article's record
   * is saved: the retry finds the split again (`splitFollowUps`) and moves
   * the records it has not moved yet.
   */
  private async moveRecord(m: Assignment['moved'][number]): Promise<void> {
    await withArticleLease(this.articles, m.articleId, { leaseMs: this.leaseMs, maxWaitMs: OTHER_LEASE_WAIT_MS, busy: () => new ArticleBusy(m.articleId) }, async () => {
      const record = await this.articles.get(m.articleId, { consistent: true });
      // A replaced version is no longer a member: it keeps no story.
      if (record?.status !== 'processed' || !record.storyId || record.storyId === m.storyId) return;
      await saveWithChange(this.changes, this.articles, 'processed', { ...record, storyId: m.storyId, assignment: m.reason });
      logger.info('article moved to a story split off', { moved: m.articleId, from: record.storyId, storyId: m.storyId });
    });
  }

  private async run(
    record: ArticleRecord,
    body: string,
  ): Promise<{ record: ArticleRecord; adopted: Assignment['adopted']; replaces: Replacement | null; merged: string[]; moved: Assignment['moved'] }> {
    // Templates are keyed by what the scraper tells us (source, else host),
    // known before extraction.
    const outletKey = record.upload.source ?? hostHint(record.upload.url);
    const template = this.templates && outletKey ? await this.templates.templateFor(outletKey) : null;
    const { article, assignment } = await processUpload(this.engine, {
      id: record.id, body, format: record.format, meta: record.upload, seenAt: record.receivedAt, isTemplateLine: template?.has.bind(template),
      settled: record.status === 'processed',
    });
    if (!assignment) throw new PermanentProcessingError('no article text found in the upload: is it an article page?');
    if (this.templates && outletKey) await this.templates.learn(outletKey, record.id, assignment.storyId, article.paragraphs);
    const version = { id: record.id, receivedAt: record.receivedAt, url: record.upload.url, storyId: assignment.storyId };
    const { supersededBy, replaces } = this.versions ? await this.versions.settle(version) : { supersededBy: null, replaces: null };
    // Re-processing an older version replaces it again: counted once, when it first happened.
    this.countAssignment(assignment, !!supersededBy && supersededBy !== record.supersededBy);
    // Another article's split may have moved this one since its assignment:
    // the fingerprint says where it is now (see `moveRecord`).
    const storyId = await this.engine.storyNow(record.id, assignment.storyId);
    const inline = Buffer.byteLength(article.text) <= this.textInlineLimit;
    const textKey = inline ? null : `text/${record.id}`;
    if (textKey) await this.raw.putText(textKey, article.text);
    const next: ArticleRecord = {
      ...record,
      status: 'processed',
      reason: null,
      processedAt: new Date().toISOString(),
      pipelineVersion: this.pipelineVersion,
      title: article.title,
      authors: article.authors,
      publishedAt: article.publishedAt,
      modifiedAt: article.modifiedAt,
      outlet: article.outlet,
      wireAgency: article.wireAgency,
      dateline: article.dateline,
      language: article.language,
      canonicalUrl: article.canonicalUrl,
      signOff: article.signOff,
      wordCount: article.wordCount,
      contentHash: article.contentHash,
      text: inline ? article.text : null,
      textKey,
      // A replaced version keeps why it was in its story, but is no longer one of its members.
      storyId: supersededBy ? null : storyId,
      copyOf: assignment.copyOf,
      assignment: storyId === assignment.storyId ? assignment.reason : { ...assignment.reason, storyId },
      supersededBy,
    };
    return { record: next, adopted: assignment.adopted, replaces: replaces ? { old: replaces, by: version } : null, merged: assignment.merged, moved: assignment.moved };
  }

  private countAssignment(a: Assignment, superseded: boolean): void {
    // A replayed decision (unchanged) was counted when it was first made.
    if (!a.unchanged) this.metrics.count(a.reason.signal === 'copy' ? 'CopiesDetected' : a.reason.signal === 'terms' ? 'StoryJoins' : 'StoriesOpened');
    this.metrics.count('StoriesMerged', a.merged.length);
    // Counted when made: a retry that finds its split again moves records, but splits nothing.
    if (a.splitOff) this.metrics.count('StoriesSplit');
    if (superseded) this.metrics.count('VersionsReplaced');
  }

  /**
   * A presigned upload landed under uploads/: give it its content-addressed
   * key, after the checks the API makes on a posted body. One that fails them
   * becomes a failed article with the reason (the client is gone; the
   * article id is how it finds out), its bytes kept under uploads/.
   */
  private async adopt(key: string): Promise<ProcessOutcome> {
    let up;
    try {
      up = await this.raw.adoptUpload(key);
    } catch (e) {
      if (!(e instanceof RawUploadMissing)) throw e;
      logger.warn('presigned upload missing; event ignored', { key });
      return 'ignored';
    }
    let body = up.body;
    let refusal: string | null = null;
    try {
      const text = decodeUploadBody(up.body, up.format, {}, PRESIGNED_MAX_BYTES);
      checkUploadText(text, up.format);
      body = Buffer.from(text, 'utf8');
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      refusal = e.message;
    }
    const id = articleIdFor(body);
    if (refusal) {
      const pending = pendingRecord(id, key, up.format, up.meta, up.receivedAt);
      if (await this.articles.createPending(pending)) {
        await this.articles.save({ ...pending, status: 'failed', reason: `upload refused: ${refusal}`, processedAt: new Date().toISOString() });
      }
      logger.warn('presigned upload refused', { articleId: id, reason: refusal });
      return 'failed';
    }
    // As in ingest: raw first; its own event processes it even if the record write fails.
    if (await this.raw.putRaw(rawKeyFor(id), body, up.format, up.meta, up.receivedAt)) {
      await this.articles.createPending(pendingRecord(id, rawKeyFor(id), up.format, up.meta, up.receivedAt));
    }
    return 'adopted';
  }
}

function hostHint(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}
