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
