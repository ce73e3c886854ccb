import { pick, rng, shuffle } from './random.js';

/**
 * Articles about two sibling events: two earthquakes in Indonesia in one
 * year, told with the same agency, the same vocabulary and the same year, but
 * different places, people and figures. Each article is written fresh from
 * its event's facts (no two share a sentence), so none is a copy of another.
 */
const shared = ['Indonesia', 'BMKG', 'BNPB', 'Karnawati', 'Nugroho', 'Widodo', 'earthquake', 'magnitude', 'aftershocks', 'tsunami'];
const events = {
  sulawesi: ['Palu', 'Donggala', 'Sulawesi', 'Djanggola', 'Talise', 'Petobo', 'Balaroa', 'liquefaction'],
  lombok: ['Lombok', 'Mataram', 'Rinjani', 'Zulkieflimansyah', 'Tanjung', 'Sembalun', 'Gili', 'landslides'],
};
const filler = ['officials', 'residents', 'rescuers', 'villagers', 'volunteers', 'soldiers', 'doctors', 'reporters', 'engineers', 'families'];
const verbs = ['described', 'reported', 'confirmed', 'surveyed', 'mapped', 'recorded', 'visited', 'photographed', 'counted', 'inspected'];
const places = ['hospital', 'mosque', 'market', 'bridge', 'school', 'harbour', 'airport', 'road', 'shelter', 'beach'];

export type SiblingEvent = keyof typeof events;

export function siblingArticle(event: SiblingEvent, n: number): { text: string; title: string } {
  const r = rng(n * 7919 + (event === 'sulawesi' ? 1 : 2));
  const names = events[event];
  const sentence = () => {
    const [a, b] = shuffle(r, names);
    const [c, d] = shuffle(r, shared);
    return `${pick(r, filler)} near ${a} ${pick(r, verbs)} the ${pick(r, places)} after the ${c} as ${b} and ${d} ${pick(r, verbs)} ${pick(r, filler)} ${r().toString(36).slice(2, 7)}.`;
  };
  const paragraphs = Array.from({ length: 5 }, () => Array.from({ length: 3 }, sentence).join(' '));
  const text = paragraphs.map((p) => p[0].toUpperCase() + p.slice(1)).join('\n\n');
  return { text, title: `${pick(r, shared)} ${names[0]} ${names[1]} update ${n}` };
}
