/** Bumped whenever extraction or dedupe changes what they produce; stored on every article. */
export const PIPELINE_VERSION = 1;
