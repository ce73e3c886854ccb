/** Per-outlet template statistics (DynamoDB items TPL#<outlet>). */
export interface OutletTemplate {
  outlet: string;
  /** Hashes of lines recurring across stories of this outlet. */
  lines: string[];
  builtAt: string;
  sampled: number;
}

export interface TemplateStore {
  /** Remember which lines one article had; returns articles recorded since the template was last built. */
  recordLines(outlet: string, articleId: string, storyId: string, lineHashes: string[]): Promise<number>;
  /** Line sets of a sample of the outlet's recorded articles. */
  sampleLineSets(outlet: string, limit: number): Promise<Array<{ storyId: string; lines: string[] }>>;
  getTemplate(outlet: string): Promise<OutletTemplate | null>;
  putTemplate(template: OutletTemplate): Promise<void>;
}
