/**
 * A test for whether a text holds any of a set of literal phrases, ASCII
 * letters in either case: what `/phrase|phrase|.../i` tests, in one pass.
 *
 * Why not the regex: V8 tries a long alternation at every position of the
 * text in turn, and the line classifier asks such a question of nearly
 * every line of every page (the notice rules' gate alone was a tenth of the
 * text path's time). This is an Aho-Corasick automaton: each character is
 * read once, whatever the number of phrases.
 *
 * Case folding is the regex's without the `u` flag: A-Z match a-z and
 * nothing else does (no Kelvin sign for "k"); other characters match only
 * themselves. Phrases are in lower case.
 */
export type PhraseTest = (s: string) => boolean;

export function phraseMatcher(phrases: readonly string[]): PhraseTest {
  const { delta, classes, classOf, masks } = automaton([phrases]);
  return (s: string) => {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      state = delta[state * classes + classOf[s.charCodeAt(i)]];
      if (masks[state] !== 0) return true;
    }
    return false;
  };
}

/**
 * Which of several groups of phrases a text holds, as a bit mask (bit g
 * for `groups[g]`), in the same one pass: rules gated by different phrases
 * (site notices, paywall prompts) read a line once, and each group's rules
 * run only on lines with its phrases. At most 31 groups.
 */
export function phraseGroups(groups: ReadonlyArray<readonly string[]>): (s: string) => number {
  if (groups.length > 31) throw new Error('at most 31 groups');
  const { delta, classes, classOf, masks } = automaton(groups);
  const all = 2 ** groups.length - 1;
  return (s: string) => {
    let state = 0;
    let found = 0;
    for (let i = 0; i < s.length; i++) {
      state = delta[state * classes + classOf[s.charCodeAt(i)]];
      const m = masks[state];
      if (m !== 0 && (found |= m) === all) break;
    }
    return found;
  };
}

/** The Aho-Corasick automaton of the phrases: a transition per character, and per state the groups whose phrases end there. */
function automaton(groups: ReadonlyArray<readonly string[]>): { delta: Int32Array | Uint16Array; classes: number; classOf: Uint8Array; masks: Uint32Array } {
  const phrases = groups.flat();
  if (phrases.length === 0 || phrases.some((p) => p.length === 0 || p !== p.toLowerCase())) throw new Error('phrases must be non-empty and in lower case');
  // Character classes: 0 for characters in no phrase, 1.. for the others.
  const classOf = new Uint8Array(65536);
  let classes = 1;
  for (const p of phrases)
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOf[c] === 0) {
        if (classes === 256) throw new Error('too many distinct characters');
        classOf[c] = classes++;
      }
    }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];

  // The trie of the phrases.
  const next: number[][] = [new Array<number>(classes).fill(-1)];
  const accepts: number[] = [0];
  groups.forEach((group, g) => {
    for (const p of group) {
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const k = classOf[p.charCodeAt(i)];
        if (next[state][k] < 0) {
          next[state][k] = next.length;
          next.push(new Array<number>(classes).fill(-1));
          accepts.push(0);
        }
        state = next[state][k];
      }
      accepts[state] |= 1 << g;
    }
  });

  // Failure links, breadth first, folded into a full transition table.
  const delta = new Int32Array(next.length * classes);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let k = 0; k < classes; k++) {
    const t = next[0][k];
    delta[k] = t < 0 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    accepts[state] |= accepts[fail[state]];
    for (let k = 0; k < classes; k++) {
      const t = next[state][k];
      if (t < 0) delta[state * classes + k] = delta[fail[state] * classes + k];
      else {
        fail[t] = delta[fail[state] * classes + k];
        delta[state * classes + k] = t;
        queue.push(t);
      }
    }
  }
  // Two bytes a transition while the states fit: the table is read once per character of nearly every line, and half its size stays in cache.
  return { delta: next.length < 65536 ? Uint16Array.from(delta) : delta, classes, classOf, masks: Uint32Array.from(accepts) };
}

/** Every way of writing a phrase with optional parts: `['a ', ['b ', ''], 'c']` gives "a b c" and "a c". */
export function spelled(...parts: Array<string | readonly string[]>): string[] {
  return parts.reduce<string[]>((acc, part) => acc.flatMap((head) => (typeof part === 'string' ? [part] : part).map((p) => head + p)), ['']);
}
