import { franc } from 'franc-min';

// franc answers ISO 639-3; callers want ISO 639-1.
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', hun: 'hu',
  ron: 'ro', bul: 'bg', ell: 'el', tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa', hin: 'hi', ben: 'bn',
  urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms', heb: 'he',
  hrv: 'hr', srp: 'sr', slv: 'sl', lit: 'lt', lav: 'lv', est: 'et', cat: 'ca', tam: 'ta', tel: 'te',
  mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', swh: 'sw', tgl: 'tl', azj: 'az', uzn: 'uz',
  kaz: 'kk', bel: 'be', hau: 'ha', yor: 'yo', amh: 'am', som: 'so', nep: 'ne', sin: 'si', mya: 'my', khm: 'km',
};

const CANDIDATES = Object.keys(ISO3_TO_1);
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'it', 'by', 'are', 'this', 'from', 'have', 'has', 'be', 'were', 'which', 'their', 'an']);

/** ISO 639-1 code of the text's language; a page's declared lang wins when present. */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const d = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (d && /^[a-z]{2}$/.test(d)) return d;
  // Five hundred characters of body text decide the language as well as the
  // whole article and keep detection cheap.
  const sample = text.slice(0, 500);
  if (sample.length < 40) return null;
  // Fast path for the commonest case: English function words this dense
  // occur in no other language, and the trigram model costs far more.
  const tokens = sample.toLowerCase().split(/[^a-z']+/);
  let hits = 0;
  for (const t of tokens) if (ENGLISH_FUNCTION_WORDS.has(t)) hits++;
  if (tokens.length >= 20 && hits / tokens.length > 0.12) return 'en';
  const code = franc(sample, { minLength: 40, only: CANDIDATES });
  return ISO3_TO_1[code] ?? null;
}
