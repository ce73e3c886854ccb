import { describe, expect, it } from 'vitest';
import { END_MARKER, PROMO, RELATED_HEADING } from '../../shared/extraction/text/labels.js';

/**
 * One vocabulary of labels for other stories: each such label ends an
 * article as a heading, heads a box inside it, and labels a promoted
 * headline on its line, in every language the list holds.
 */
describe('labels for other stories', () => {
  const others = ['Related news', 'Related story', 'Most popular', 'Latest stories', 'ALSO IN THE NEWS', 'In other news', 'Lesen Sie dazu', 'Les plus lus', 'Lee también', 'Lo más leído', 'Mais lidas', 'I più letti', 'Meest gelezen'];
  it.each(others)('"%s" ends an article, heads a box and labels a promo', (label) => {
    expect(END_MARKER.test(label)).toBe(true);
    expect(END_MARKER.test(`## ${label}:`)).toBe(true);
    expect(RELATED_HEADING.test(label)).toBe(true);
    expect(PROMO.test(`${label}: How the city pays for its schools`)).toBe(true);
  });

  it("keeps each role's own labels to that role", () => {
    // A link's label on its own line after the story ends nothing; inside it, it heads a box.
    expect(END_MARKER.test('Read more')).toBe(false);
    expect(RELATED_HEADING.test('Read more')).toBe(true);
    // Comments and share bars end an article, and are no box of stories, nor a promo's label.
    for (const end of ['Leave a reply', 'Share this article', 'Kommentare', '12 comments', 'Discussion about this post']) {
      expect(END_MARKER.test(end), end).toBe(true);
      expect(RELATED_HEADING.test(end), end).toBe(false);
    }
    expect(PROMO.test('Leave a reply: your email will not be published')).toBe(false);
    // Labels before a headline only: alone, a section's name.
    expect(PROMO.test('See also: The best bakeries in town')).toBe(true);
    expect(PROMO.test('READ: 13 Beginner Camping Meal Ideas')).toBe(true);
    expect(PROMO.test('Read the full report: what the council decided')).toBe(false);
    expect(END_MARKER.test('See also')).toBe(false);
    // Not a sentence that opens with the words, nor a video's own headline.
    expect(PROMO.test('More than 40 people were hurt: police said')).toBe(false);
    expect(PROMO.test('Watch: the moment the bridge fell')).toBe(false);
    expect(END_MARKER.test('Related reading about the new tax rules for freelancers')).toBe(false);
  });
});
