import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../shared/extraction/text/lines.js';
import { extractArticle } from '../../shared/extraction/index.js';

describe('line rules: site notices', () => {
  it('marks cookie consent, JavaScript and form notices as notices', () => {
    for (const line of [
      'This site uses cookies. By continuing to browse this site you are agreeing to our use of cookies. View Privacy Policy.',
      'We use cookies to improve your experience and to show you relevant advertising.',
      'By clicking "Accept", you agree to the storing of cookies on your device.',
      'Accept all cookies',
      'Cookie settings',
      'You need to enable JavaScript to run this app.',
      'This field is hidden when viewing the form',
      '© 2025 Example Media. All rights reserved.',
      'No reproduction in whole or in part is permitted without the express written consent of PSA, a Hilb Group Company.',
      'It is for informational purposes only and is not guaranteed as to accuracy, and may not reflect our current opinion.',
    ]) expect(classifyLine(line, 0).kind, line).toBe('notice');
  });

  it('keeps sentences about cookies as prose', () => {
    for (const line of [
      'Google said on Tuesday that it would keep third-party cookies in Chrome after years of delays and regulatory scrutiny.',
      'The bakery sold more than 4,000 cookies during the festival, its owner told reporters on Sunday evening.',
    ]) expect(classifyLine(line, 0).kind, line).toBe('prose');
  });

  it('does not let a consent banner outscore a short page', () => {
    const page = [
      'Howerton White',
      'This site uses cookies. By continuing to browse this site you are agreeing to our use of cookies. View Privacy Policy.',
      'Work',
      'Increasing attendance and awareness of a world-class space museum in small-town Kansas.',
      'A collaborative approach brought leadership into the creative process as we evolved the brand expression for a health clinic.',
    ].join('\n');
    const { text } = extractArticle({ body: page, format: 'text' });
    expect(text).not.toMatch(/cookies/);
    expect(text).toMatch(/collaborative approach/);
  });
});

/** Regressions fast-check found (tests/unit/extraction-properties.test.ts). */
describe('HTML text boundaries', () => {
  const L = 'Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Wednesday to discuss economic cooperation.';
  it('a table cell never runs into the text after it', () => {
    const { text } = extractArticle({ body: `<html><body><td>Note</td><span>${L}</span></body></html>`, format: 'html' });
    expect(text).not.toMatch(/NoteChinese/);
  });

  it('a hidden headline is not the title, and blocks inside a headline stay apart', () => {
    const hidden = extractArticle({ body: `<html><head><title>Real title | Example News</title><meta property="og:site_name" content="Example News"></head><body><nav hidden><h1>Subscribe to our daily newsletter today</h1></nav><article><p>${L}</p></article></body></html>`, format: 'html' });
    expect(hidden.title).toBe('Real title');
    const nested = extractArticle({ body: `<html><body><h1><div>Part one</div><div>part two</div></h1><p>${L}</p></body></html>`, format: 'html' });
    expect(nested.title).toBe('Part one part two');
  });
});

describe('end of the article', () => {
  it('stops before a thread of reader comments, however long the thread', () => {
    const article = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the recipe explains how the garden spray keeps beetles off the potatoes without any chemicals at all.`);
    const comments = Array.from({ length: 30 }, (_, i) => [`Reader${i} says`, `July ${(i % 28) + 1}, 2015 at 3:53 pm`, `This is a long and thoughtful comment number ${i} about my own garden, the beetles in it, and how the spray worked for me this summer.`, 'reply to comment']).flat();
    const { text } = extractArticle({ body: ['Organic Pest Control Garden Spray Recipe', ...article, '109 Comments', ...comments].join('\n'), format: 'text' });
    expect(text).toMatch(/Paragraph 8 of the recipe/);
    expect(text).not.toMatch(/thoughtful comment|Reader\\d+ says/);
  });
});
