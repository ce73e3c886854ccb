/**
 * Mojibake repair: UTF-8 text that was once decoded as Latin-1 or
 * Windows-1252 and encoded again ("petâ€™s care", "cafÃ©", "Â£5"), which
 * pages carry in their own bytes (a CMS import gone wrong), so no charset
 * header can fix it. Only the shapes that such double encoding makes and
 * that ordinary text never holds are repaired, and only when they decode
 * to valid UTF-8:
 *  - "Â" + a Latin-1 sign (no-break space, £, ©, °): U+00A0-U+00BF;
 *  - "Ã" + one more: the accented letters U+00C0-U+00FF (é, ü, ñ);
 *  - "â" + two more: general punctuation and symbols U+2000-U+2FFF
 *    (’ “ ” – — … € ™ •);
 *  - "ð" + three more: emoji and the other supplementary planes.
 * Other lead letters are left alone: "Gruß“" and "CAFÉ”" are German and
 * French, not mojibake, though their bytes would decode.
 */

// The characters Windows-1252 puts where Latin-1 has C1 controls (bytes 0x80-0x9F).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE = new Map<string, number>([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));
for (let b = 0x80; b <= 0xbf; b++) if (!BYTE.has(String.fromCharCode(b))) BYTE.set(String.fromCharCode(b), b);

const CONT = `[\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009F]/g, '')}]`;
const MOJIBAKE = new RegExp(`Â[\\u00A0-\\u00BF]|Ã${CONT}|â${CONT}{2}|ð${CONT}{3}`, 'g');
const HINT = /[ÂÃâð]/;
const LEAD: Record<string, number> = { Â: 0xc2, Ã: 0xc3, â: 0xe2, ð: 0xf0 };
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text encoded twice over ("ÃƒÂ©") is repaired layer by layer, so that repairing the result changes nothing. */
export function repairMojibake(s: string): string {
  for (let layer = 0; layer < 4 && HINT.test(s); layer++) {
    const next = s.replace(MOJIBAKE, decodeSequence);
    if (next === s) break;
    s = next;
  }
  // A no-break space garbled to "Â\u00A0" and then folded to a plain space
  // or trimmed away (HTML whitespace handling does both) leaves its "Â"
  // glued to a word: "for cats.Â", "solutionsÂ are", "1.Â Â Â Myth". No word
  // ends in a lone "Â" after a lower-case letter, a digit or punctuation;
  // an all-caps word that ends so ("PÂ") is left alone.
  if (s.includes('Â')) s = s.replace(ORPHAN_NBSP_LEAD, '');
  return s;
}

const ORPHAN_NBSP_LEAD = /(?<![\p{Lu}\p{Lt}])Â(?=\s|$)/gu;

function decodeSequence(m: string): string {
  const bytes = Uint8Array.from([...m].map((c, i) => (i === 0 ? LEAD[c] : BYTE.get(c)!)));
  try {
    return utf8.decode(bytes);
  } catch {
    return m;
  }
}
