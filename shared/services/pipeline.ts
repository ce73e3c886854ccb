import { extractArticle } from '../extraction/index.js';
import type { StoryEngine, Assignment } from '../dedupe/engine.js';
import type { ExtractedArticle, InputFormat, UploadMeta } from '../schemas/article.js';

export { PIPELINE_VERSION } from './pipeline-version.js';

export interface PipelineInput {
  id: string;
  body: string;
  format: InputFormat;
  meta: UploadMeta;
  seenAt: string;
  isTemplateLine?: (key: string) => boolean;
  /**
   * False when the article's last processing never recorded its outcome
   * (the worker died): the engine then re-runs the steps after its join.
   */
  settled?: boolean;
}

export interface PipelineResult {
  article: ExtractedArticle;
  /** null when the upload holds no article text (nothing to assign). */
  assignment: Assignment | null;
}

/** The one processing pipeline: extraction then dedupe. Service, CLI and re-processing all call this. */
export async function processUpload(engine: StoryEngine, input: PipelineInput): Promise<PipelineResult> {
  const article = extractArticle({ body: input.body, format: input.format, meta: clean(input.meta), isTemplateLine: input.isTemplateLine });
  if (article.wordCount === 0) return { article, assignment: null };
  const assignment = await engine.assign({
    id: input.id,
    text: article.text,
    title: article.title,
    publishedAt: article.publishedAt,
    seenAt: input.seenAt,
    outlet: article.outlet,
    language: article.language,
  }, { settled: input.settled });
  return { article, assignment };
}

function clean(meta: UploadMeta): UploadMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as UploadMeta;
}
