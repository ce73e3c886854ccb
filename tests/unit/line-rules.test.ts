import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../shared/extraction/text/lines.js';
import { extractArticle, htmlToText } from '../../shared/extraction/index.js';
import { repairMojibake } from '../../shared/extraction/mojibake.js';
import { dateFromPublicationCredit, dateFromUrl, dayAsWrittenOut, isDateOnlyLine, parseHumanDate } from '../../shared/extraction/metadata/dates.js';
import { slugWords } from '../../shared/extraction/metadata/slug.js';
import { afterWriterCredit, isNameLine, namesFromAuthorBoxes, namesFromCredits, parseBylines } from '../../shared/extraction/metadata/authors.js';
import { isCreditByLine } from '../../shared/extraction/text/credits.js';
import { isWritersJob } from '../../shared/extraction/text/title.js';
import { undoConverterMarkup, unwrapToWidth } from '../../shared/extraction/text/converter-markup.js';
import { convert } from 'html-to-text';
import { FOREIGN_NEWS } from '../helpers/foreign-news.js';

describe('line rules: items run together', () => {
  it("a drop-down's options printed without separators are no paragraph, however long; a long paragraph is", () => {
    // "Willow project-team2025 - GRACE project-teamAccounting OfficerActing Director of ..."
    const options = Array.from({ length: 60 }, (_, i) => `Willow project-team${2000 + (i % 25)} - Grace project-teamAccounting Officer${i}`).join('');
    expect(classifyLine(options, 0).kind).not.toBe('prose');
    const paragraph = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the report explains how the regional housing market changed last year.`).join(' ');
    expect(classifyLine(paragraph, 0).kind).toBe('prose');
    // A list of names is prose too: few sentence ends, but no words run together.
    const names = Array.from({ length: 40 }, (_, i) => `Ada Lovelace${i}, Grace Hopper`).join(', ');
    expect(classifyLine(names, 0).kind).toBe('prose');
  });

  it('a menu of a few dozen items run together is no paragraph either; a line that names iPhone and YouTube is', () => {
    const menu = 'All ServicesStock AdvisorEpicEpic PlusFool PortfoliosFool OneAll PodcastsMotley Fool Money PodcastRule Breaker Investing PodcastThe Motley Fool FoundationTrending NewsStock Market NewsMarket MoversTech Stock News';
    expect(classifyLine(menu, 0).kind).not.toBe('prose');
    const brands = 'Apple sold more iPhone handsets in the quarter than analysts expected while YouTube and LinkedIn both reported slower growth in advertising revenue across their markets in Europe and Asia';
    expect(classifyLine(brands, 0).kind).toBe('prose');
  });
});

describe('line rules: captions and credits', () => {
  it('marks bracketed credits, agency credits and picture lines as captions', () => {
    for (const line of [
      '(Picture credit: AP)',
      'Xi Jinping speaks in Beijing (Photo: Reuters)',
      'Russian President Vladimir Putin AP Photo/Alexander Zemlianichenko',
      'Photo: Reuters',
      'Image courtesy: NASA',
      'Photo by a staff photographer for AFP',
      '(Credit: Getty Images)',
    ])
      expect(classifyLine(line, 0).kind, line).toBe('caption');
  });

  it('leaves lines that open with a picture word but credit no one', () => {
    for (const line of ['Video-based teaching so you can SEE how to use what you learn', 'Pictures of the new bridge drew crowds to the river on Sunday, officials said.'])
      expect(classifyLine(line, 0).kind, line).not.toBe('caption');
  });

  it('leaves a bracket whose word only starts like a picture word', () => {
    for (const line of ['Top 10 Real-Time Data Analytics Platforms for 2025 (Plus 2 Bonus Picks!)', 'The Best Consoles of the Year (Videogames Edition)'])
      expect(classifyLine(line, 0).kind, line).not.toBe('caption');
    expect(classifyLine('The new bridge at dusk (Photos: Reuters)', 0).kind).toBe('caption');
  });
});

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
      'Comments are closed for this post, but if you have spotted an error or have other feedback, please contact us.',
      'Products and services referenced are for general information only. Always consult a qualified advisor prior to purchasing.',
      'The information on this site does not constitute legal advice and is no substitute for a lawyer.',
      'Accuracy and availability of NPR transcripts may vary. Transcript text may be revised and updated in the future.',
      'No reproduction in whole or in part is permitted without the express written consent of PSA, a Hilb Group Company.',
      'It is for informational purposes only and is not guaranteed as to accuracy, and may not reflect our current opinion.',
      // A Webflow form's status messages, printed under every form.
      'Thank you! Your submission has been received!',
      "Thank you! Your message has been received. We'll be in touch soon.",
      'Oops! Something went wrong while submitting the form.',
      // Affiliate disclosures.
      'We may earn commission from links on this page, but we only recommend products we back.',
      'If you buy through our links, IGN may earn an affiliate commission. Learn more.',
      'Disclosure: This post contains affiliate links. If you use them to make a purchase, we may earn a small commission at no extra cost to you.',
      'This article contains affiliate links that may earn us a commission at no extra cost to you.',
      'Products are chosen independently by our editors. Purchases made through our links may earn us a commission.',
      'We may be compensated when you click on a link, when an application is approved, or when an account is opened.',
      'We earn commissions from links on our site, enabling us to deliver independent reviews and buying guides.',
      // A browser-upgrade banner.
      'You are using an outdated browser. Please upgrade your browser to improve your experience and security.',
      'We noticed that you are using Internet Explorer 11 or older that is not support any longer. Please consider using an alternative such as Microsoft Edge.',
      'This browser is not actively supported anymore. For the best experience, we strongly recommend you upgrade your browser.',
      // Copyright lines and a newsletter platform's footer.
      '© 2025 Hechinger Report. Privacy Policy.',
      'Copyright © 2024 The Motley Fool, LLC.',
      'Copyright Sam Bossley 2012-2025. CC BY-NC 4.0.',
      'Back of Mind is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
      // Appeals under the article: money, a subscription, a Pinterest save.
      'Enjoyed this piece? We need your help to keep publishing.',
      'Become a paid subscriber to Every to unlock this piece and learn about how to plan your quarter.',
      'If you found this travel guide useful, pin it using the Pinterest image below so others can find it too.',
      // A sign-up form's consent line.
      'By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails from Time Out.',
      'By providing your information and clicking Subscribe, you agree to our Terms of Use and Privacy Policy.',
      'By signing up, you agree to receive recurring automated SMS marketing messages from Mashable Deals.',
      'By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.',
      "I agree to the data use terms outlined in Scholastica's Privacy Policy",
      'I consent to receive marketing emails and communications from the company.',
      // A paywall's prompt where the free part stops.
      'Subscribe to continue reading.',
      'This article is for subscribers only. Subscribe now for unlimited access.',
      'Already a subscriber? Log in',
      'You have reached your limit of free articles this month.',
      "You've read 3 of 5 free articles.",
      // The same notices in the agencies' languages.
      'Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt abonnieren und weiterlesen.',
      'Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.',
      'Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo.',
      'Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere.',
      'Conteúdo exclusivo para assinantes. Assine para continuar lendo.',
      'Dit artikel is alleen voor abonnees. Word abonnee om verder te lezen.',
      'Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Redaktion.',
      'Tous droits réservés. Reproduction interdite sans autorisation.',
      'Todos los derechos reservados. Prohibida su reproducción total o parcial.',
      'Tutti i diritti riservati.',
      'Diese Inhalte sind nur mit aktiviertem JavaScript verfügbar.',
      'Vous devez activer JavaScript pour afficher ce contenu.',
      'Debes habilitar JavaScript para ver este contenido.',
    ]) expect(classifyLine(line, 0).kind, line).toBe('notice');
  });

  it("reads an ad slot's label on a line of its own as no part of the text, in English and the agencies' languages", () => {
    for (const line of [
      'Advertisement', 'ADVERTISEMENT', 'SKIP ADVERTISEMENT', 'Ad', 'Sponsored', 'Story continues below advertisement', 'Article continues below this ad',
      'Advertisement - Continue Reading Below', 'Scroll to continue with content', '— Advertisement —',
      'Anzeige', 'Weiter nach der Anzeige', 'Publicité', 'La suite après cette publicité', 'Publicidad', 'Pubblicità', 'Publicidade', 'Advertentie',
    ]) expect(classifyLine(line, 0).kind, line).toBe('adslot');
    // Words about advertising in a line of the article are not its label.
    for (const line of ['Advertising revenue fell', 'Ad spending', 'The advertisement ran on Sunday.', 'Sponsored by the city council, the race drew 4,000 runners.'])
      expect(classifyLine(line, 0).kind, line).not.toBe('adslot');
  });

  it('reads a reading-time widget as a credit, not a paragraph; a cook time stays', () => {
    for (const line of ['8 min read', '3 MIN. READ', '17 minutes read', 'Reading Time: 8 minutes', 'Estimated reading time: 11 minutes']) expect(classifyLine(line, 0).kind, line).toBe('date');
    for (const line of ['8 minutes', 'Cook time: 25 minutes']) expect(classifyLine(line, 0).kind, line).not.toBe('date');
  });

  it('keeps sentences about cookies as prose', () => {
    for (const line of [
      'Google said on Tuesday that it would keep third-party cookies in Chrome after years of delays and regulatory scrutiny.',
      'The bakery sold more than 4,000 cookies during the festival, its owner told reporters on Sunday evening.',
      'The agency said its message has been received by the families of all the climbers on the mountain.',
      'Researchers are using older browsers and phones to test how the new standard degrades on slow networks.',
      'Under the new rules, brokers may earn a commission only when the buyer signs, the regulator said on Tuesday.',
      'Affiliates earn a commission on each sale, which is why so many review sites recommend the same products.',
      'The court said the transcript of the hearing would be released once the comments of both parties are closed to the public.',
      'The court ruled that the carmaker cannot be held liable for the crash, since the driver had disabled the brakes himself.',
      'Always consult a qualified tax advisor before you move a pension, since the rules changed again this year.',
      'The new law says sellers must disclose when a review contains affiliate-style payments, the commission said.',
      'Nurses are paid when they work overtime, but many said they were not compensated for the extra training hours.',
      'Copyright law changed in 1976, when Congress extended protection to works that had never been published at all.',
      'By signing up early, the city said, residents agree to share their meter readings with the utility every month.',
      'By entering the market this year, the firm said, it will compete with two rivals that already serve the region.',
      'Already a member of the alliance since 2009, Croatia said it would send two more ships to the mission this year.',
      'The newspaper said the article is available to readers in print on Sunday and online from Monday morning.',
      'Developers who activate JavaScript source maps in production expose their code, the security firm warned on Monday.',
    ]) expect(classifyLine(line, 0).kind, line).toBe('prose');
  });

  it('takes ad labels and the paywall prompt out of a text page, between paragraphs and at its end, and keeps every paragraph', () => {
    const paragraphs = [
      'The city council voted on Tuesday to close the old bridge over the river for two years while engineers rebuild its deck and supports.',
      'Commuters will be sent over the northern crossing, which the council says can carry the extra traffic if the lights are retimed.',
      'Shop owners near the bridge said they feared losing customers and asked the council for help with rents during the works.',
      'The mayor said the city would set up a fund for the shops and promised that the bridge would reopen before the summer of 2028.',
    ];
    const labels = ['Advertisement', 'Story continues below advertisement', 'ADVERTISEMENT'];
    const page = ['Bridge to close for two years', paragraphs[0], labels[0], paragraphs[1], labels[1], paragraphs[2], labels[2], paragraphs[3], 'Subscribe to continue reading.', 'Already a subscriber? Log in'].join('\n');
    const { text } = extractArticle({ body: page, format: 'text' });
    expect(text.split('\n\n')).toEqual(paragraphs);
    // The same page in German, with its ad labels and paywall.
    const de = FOREIGN_NEWS.find((r) => r.language === 'de')!;
    const dePs = de.text.split('\n\n');
    const dePage = [de.title, dePs[0], 'Anzeige', dePs[1], 'Weiter nach der Anzeige', ...dePs.slice(2), 'Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt abonnieren und weiterlesen.', 'Alle Rechte vorbehalten.'].join('\n');
    expect(extractArticle({ body: dePage, format: 'text' }).text.split('\n\n')).toEqual(dePs);
  });

  it('reads another story promoted inside the article (a label, a colon or bar, its headline) as a teaser, in the agencies\' languages too', () => {
    for (const line of [
      'READ MORE: Fed raises rates for the third time this year', 'Related: How the city plans to pay for its new schools', 'See also: Bridge inspections lag across the state',
      'ALSO READ | Metro fares to rise from April', 'RELATED STORY: Council approves budget', '[Read more: A Guide to Small Business Accounting]',
      '» Related Reading: A Guide to Car Insurance for Seniors', "Don't Miss: Program Management Software for Multi-Project Tracking",
      'Lesen Sie auch: Brücke bleibt zwei Jahre gesperrt', 'Das könnte Sie auch interessieren: Brücke bleibt gesperrt', 'À lire aussi : Le pont fermé pendant deux ans', 'Lea también: El puente cerrará dos años',
      'Leia também: Ponte fecha por dois anos', 'Leggi anche: Il ponte chiude per due anni', 'Lees ook: Brug twee jaar dicht',
    ]) expect(classifyLine(line, 0).kind, line).toBe('teaser');
    // A video's page is headlined "Watch:"; a sentence that opens with "More" or "Related" is the article's.
    expect(classifyLine('Watch: The bridge from above', 0).kind).toBe('short');
    for (const line of ['More than 300 commuters crossed the bridge every hour before it closed, the council said on Tuesday.', 'Related costs, the council said, would be met from the road budget until the bridge reopens in 2028.'])
      expect(classifyLine(line, 0).kind, line).toBe('prose');
    const paragraphs = [
      'The city council voted on Tuesday to close the old bridge over the river for two years while engineers rebuild its deck and supports.',
      'Commuters will be sent over the northern crossing, which the council says can carry the extra traffic if the lights are retimed.',
      'Shop owners near the bridge said they feared losing customers and asked the council for help with rents during the works.',
    ];
    const page = ['Bridge to close for two years', paragraphs[0], 'READ MORE: Fed raises rates for the third time this year', paragraphs[1], 'Related: How the city plans to pay for its new schools', paragraphs[2]].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).text.split('\n\n')).toEqual(paragraphs);
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

  it('a dropped <nav> or a hidden block between two inline runs still ends a line', () => {
    for (const gap of ['<nav>Menu</nav>', '<div hidden>Sign up</div>']) {
      const { text } = extractArticle({ body: `<html><body><span>${L} Read More</span>${gap}<a>Many partners are exploring opportunities with China after clashes with Washington over tariffs.</a></body></html>`, format: 'html' });
      expect(text, gap).not.toMatch(/MoreMany/);
    }
    const { title } = extractArticle({ body: `<html><body><h1>Social Recognition And Family Concerns<a hidden>Sign up</a><a>Chinese leaders talk</a></h1><p>${L}</p></body></html>`, format: 'html' });
    expect(title).toBe('Social Recognition And Family Concerns Chinese leaders talk');
  });
});

describe('HTML link lists', () => {
  const p = (t: string) => `<p>${t} The release notes explain what changed in the compiler backend during the past two months of work.</p>`;
  const items = (xs: string[]) => `<ul>${xs.map((x) => `<li><p><a href="/pr/${x.length}">${x}</a></p></li>`).join('')}</ul>`;
  it('keeps a list of links that a sentence of the article introduces, and drops a labelled rail', () => {
    const html = `<html><body><article>${p('There has been some nice progress on the GCC side.')}<p>Many patches were sent for review:</p>
      ${items(['libgccjit: Allow casts between integers and pointers', 'libgccjit: Fix volatile loads and stores', 'libgccjit: Add support for packed struct'])}
      ${p('I sent all the patches that were ready to be sent.')}<p>Related:</p>${items(['Ten gadgets we loved this year', 'The best laptops for students'])}</article></body></html>`;
    const { text, paragraphs } = extractArticle({ body: html, format: 'html' });
    // Each item stays a paragraph of its own: an <li><p> is a list item too.
    expect(paragraphs).toContain('• libgccjit: Allow casts between integers and pointers');
    expect(paragraphs).toContain('• libgccjit: Add support for packed struct');
    expect(text).not.toMatch(/Ten gadgets we loved/);
  });

  it("keeps a list of linked items amid the article's prose, not its table of contents or a list of other stories", () => {
    const gear = `<ul><li><a href="https://shop.example/poles">Tent poles</a> or trekking poles</li><li><a href="https://shop.example/stakes">Stakes</a></li><li><a href="https://shop.example/guylines">Guylines</a></li></ul>`;
    const toc = `<ol><li><a href="#shelter">Shelter</a></li><li><a href="#kitchen">Kitchen</a></li></ol>`;
    const others = items(['Ten gadgets we loved this year for the trail', 'The best laptops for students on a budget']);
    const html = `<html><body><article>${p('Here is what we pack for a week on the trail.')}${toc}${p('Start with the shelter.')}<h2>Shelter</h2>${gear}${p('Pitch the tent before dark.')}${others}<h2>Kitchen</h2>${p('A small stove is enough.')}</article></body></html>`;
    const { paragraphs, text } = extractArticle({ body: html, format: 'html' });
    expect(paragraphs).toEqual(expect.arrayContaining(['• Tent poles or trekking poles', '• Stakes', '• Guylines']));
    expect(paragraphs).not.toContain('1. Shelter');
    expect(paragraphs).not.toContain('• Shelter');
    expect(text).not.toMatch(/Ten gadgets we loved/);
  });

  it('keeps a sentence of the article that links most of its words, not a line of links or a pointer to other pages', () => {
    const a = (t: string) => `<a href="/${t.length}">${t}</a>`;
    const users = `<p>Companies using Amazon Lex are ${['Nokia', 'Vonage', 'Replicon', 'ConversationalHEALTH'].map(a).join(', ')}, and ${a('Capital One Financial')}.</p>`;
    const cities = `<p>Sie suchen: ${['Werbeagentur Düsseldorf', 'Werbeagentur Berlin', 'Werbeagentur München', 'Werbeagentur Köln', 'Shopify Agentur', 'Webflow Agentur', 'HubSpot Agentur', 'Schnittstelle zu ChatGPT KI'].map(a).join(' / ')}</p>`;
    const pointer = `<p>Related reports include ${a('Average Cost of Community College')} and ${a('Average Cost of Private School')}.</p>`;
    const html = `<html><body><article>${p('Amazon Lex builds chatbots.')}${users}${cities}${pointer}${p('It is priced per request.')}</article></body></html>`;
    const { text } = extractArticle({ body: html, format: 'html' });
    expect(text).toContain('Companies using Amazon Lex are Nokia, Vonage, Replicon, ConversationalHEALTH, and Capital One Financial.');
    expect(text).not.toContain('Werbeagentur');
    expect(text).not.toContain('Related reports include');
  });

  it('keeps a short sentence of the article with a link in it, not a short menu line', () => {
    const html = `<html><body><nav><p><a href="/">Home</a> | <a href="/blog">Blog guides</a> and more</p></nav><article>${p('Moving across the country takes planning.')}<p>Use our <a href="/checklist">Moving Day Checklist</a> so you do not miss anything.</p>${p('Book the truck early.')}${p('Pack one room a day.')}</article></body></html>`;
    const { paragraphs } = extractArticle({ body: html, format: 'html' });
    expect(paragraphs).toContain('Use our Moving Day Checklist so you do not miss anything.');
    expect(paragraphs.join('\n')).not.toMatch(/Blog guides/);
  });

  it('a "Related Articles" promo box inside the story does not end it when the story goes on after it', () => {
    const long = (t: string) => p(`${t} ${'Each team measured the same things again and wrote down what changed. '.repeat(3)}`);
    const promo = '<div class="promo-box"><h3>Related Articles</h3><a href="/x">What leaders need to know about AI</a><a href="/y">Seven lessons for projects</a></div>';
    const html = `<html><body><article><div class="article-body">${[1, 2, 3].map((i) => long(`Part ${i}.`)).join('')}${promo}${[4, 5, 6].map((i) => long(`Part ${i}.`)).join('')}</div></article><div class="related"><h3>Related Articles</h3><p>Another story entirely, about a different team and its year, told at length here.</p></div></body></html>`;
    const { text } = extractArticle({ body: html, format: 'html' });
    for (const i of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Part ${i}.`);
    expect(text).not.toMatch(/Related Articles|What leaders need|Another story entirely/);
    // Nor does a share bar between the story and its FAQ.
    const faq = `<h2>Performance tuning: FAQs</h2>${[4, 5, 6].map((i) => `<div class="faq-q">Question ${i}?</div>${long(`Answer ${i}.`)}`).join('')}`;
    const shared = extractArticle({ body: `<html><body><article><div class="article-body">${[1, 2, 3].map((i) => long(`Part ${i}.`)).join('')}<div class="sharethis-wrapper">Share this</div>${faq}</div></article></body></html>`, format: 'html' });
    for (const t of ['Part 1.', 'Part 3.', 'Answer 4.', 'Answer 6.']) expect(shared.text).toContain(t);
    expect(shared.text).not.toContain('Share this');
  });

  it("keeps a listicle's linked headings inside the article, but not a labelled promo heading or a rail outside it", () => {
    const place = (name: string) => `<h2><a href="/places/${name.length}">${name}</a></h2>${p(`${name} serves fresh pasta every evening.`)}`;
    const html = `<html><body><article>${p('Here are the places we went back to all year.')}${place('Pastaria on Main Street')}${place('Trattoria Roma by the river')}<h3><a href="/r">Related: Ten pizzerias we loved this year</a></h3>${place('Osteria Nord in the old town')}<h3><a href="/w">Watch: The chef's pasta in sixty seconds</a></h3><h3><a href="/l">Lesen Sie auch: Die besten Pizzerien der Stadt</a></h3>${place('More than pasta: Vino Bar on the square')}</article>
      <aside><h3><a href="/a">The best bakeries in the city</a></h3><h3><a href="/b">Where to eat brunch this weekend</a></h3></aside></body></html>`;
    const { paragraphs, text } = extractArticle({ body: html, format: 'html' });
    for (const name of ['Pastaria on Main Street', 'Trattoria Roma by the river', 'Osteria Nord in the old town', 'More than pasta: Vino Bar on the square']) expect(paragraphs).toContain(`## ${name}`);
    expect(text).not.toMatch(/Ten pizzerias|sixty seconds|besten Pizzerien|best bakeries|brunch this weekend/);
  });
});

describe('author bios under the article', () => {
  const body = [
    'The city council voted on Tuesday to close the old harbour bridge for repairs, after engineers found rust in the steel deck.',
    'Ferries will carry commuters across the bay until the spring, the council said, and the fares will stay as they are.',
    'Shop owners on the waterfront said they feared fewer visitors, but most welcomed the repairs after years of delays.',
    'The work is expected to cost twelve million euros, paid from the regional transport budget over two years.',
  ];
  const bio = 'Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro area.';
  const second = 'Jagpreet Chhatwal is an Associate Professor of Radiology at Harvard Medical School.';

  it('leaves the bios and their box (label, name, role) out of the text, on both paths', () => {
    const text = [...body, 'About the author', 'Rebecca Norris', 'Contributing Writer', bio, second].join('\n\n');
    const fromText = extractArticle({ body: text, format: 'text' });
    expect(fromText.paragraphs).toEqual(body);
    const html = `<html><body><article>${body.map((b) => `<p>${b}</p>`).join('')}<div class="profile"><h3>Rebecca Norris</h3><p>Contributing Writer</p><p>${bio}</p><p>${second}</p></div></article></body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).paragraphs).toEqual(body);
    // Extracting the output again changes nothing.
    expect(extractArticle({ body: fromText.text, format: 'text' }).paragraphs).toEqual(body);
  });

  it('under the box\'s role line, a bio may name the role in an appositive or give only a first name; without the role it is the story\'s', () => {
    const boxes = [
      ['Founder and Dean', 'Erik van Vulpen, AIHR’s Founder and Dean, has trained HR professionals and teams worldwide to use data well.'],
      ['Editor, Running Reviews', 'Amanda Furrer, Editor, Running Reviews, studied journalism at NYU and writing at Emerson College.'],
      ['Technical/Content Writer', 'Trung is a content writer at Orient Software who blogs about software development and outsourcing.'],
      ['Chief HR Scientist', 'Dr Dieter Veldsman is AIHR’s Chief HR Scientist, as well as a Professor of Practice at the University of Johannesburg.'],
    ];
    for (const [role, line] of boxes) {
      expect(extractArticle({ body: [...body, `## ${line.split(/[ ,]/)[0]}`, role, line].join('\n\n'), format: 'text' }).paragraphs, line).toEqual(body);
    }
    // Labelled or bracketed, a bio needs no box; nor does a full name with a role in capitals or the writer's years in the trade.
    for (const line of [
      'About the author: Craig Hull is a freelance photographer and videographer based in Eastern Europe.',
      '(Paul Fenaroli is an Associate Attorney at Pastore admitted in Connecticut and the District of Connecticut.)',
      'Nicoletta Richardson is Trending Editor for TODAY.com and is based around the New York City area.',
      'Matt Miller has been with Game Informer since 2004. He has a special interest in the evolution of game design.',
    ]) {
      expect(extractArticle({ body: [...body, line].join('\n\n'), format: 'text' }).paragraphs, line).toEqual(body);
    }
    // A first name with years of experience, under the box's name line; not a company's years.
    expect(extractArticle({ body: [...body, '## Lisa Greene', 'Lisa has over 20 years of experience in tax preparation and helps clients read the tax laws.'].join('\n\n'), format: 'text' }).paragraphs).toEqual(body);
    const firm = [...body, 'Harbour Works has over 20 years of experience in bridge repair, the council said when it chose the firm.'];
    expect(extractArticle({ body: firm.join('\n\n'), format: 'text' }).paragraphs).toEqual(firm);
    // A story's last paragraph that introduces someone it quotes.
    const quote = [...body, 'Anna Berg, a professor of civil engineering at Delft, said the repairs were overdue and the plan was sound.'];
    expect(extractArticle({ body: quote.join('\n\n'), format: 'text' }).paragraphs).toEqual(quote);
  });

  it('ends the article at a bio the span runs past, when hardly any prose follows it; not at a person introduced two thirds down', () => {
    // A teaser's sentence right under the box carries the span past the bio.
    const page = [...body, ...body.map((b) => b.replace('The', 'Meanwhile, the')), 'Staff Writer', bio, 'Schools across the region weigh a four-day week as budgets shrink.'].join('\n\n');
    expect(extractArticle({ body: page, format: 'text' }).text).not.toMatch(/Rebecca Norris|four-day week/);
    const course = 'Martin Perhiniak is an experienced designer, illustrator, and educator whose course teaches how psychology plays into design.';
    const listicle = [...body, '## 4. Design Psychology', course, ...body.slice(0, 2).map((b) => b.replace('The', 'Again, the'))];
    expect(extractArticle({ body: listicle.join('\n\n'), format: 'text' }).text).toContain(course);
  });

  it("drops an author box the page's classes name", () => {
    const html = `<html><body><article>${body.map((b) => `<p>${b}</p>`).join('')}<div class="author-box"><div class="author-box-info"><p class="author-box-bio">Rasmus founded the site in 2019 and has tested more than a hundred rides since, in every season and on every kind of road.</p></div></div></article></body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).text).not.toMatch(/Rasmus/);
  });

  it('keeps a bio-shaped sentence that is not a bio or not at the end: a product, a person the article is about', () => {
    const product = 'Notion AI is an assistant for writers and editors that drafts outlines from your notes.';
    expect(extractArticle({ body: [...body, '## Notion AI', product].join('\n\n'), format: 'text' }).text).toContain(product);
    const quoted = 'Maria Lopez is a harbour engineer who has inspected the bridge every year since 2010.';
    const inside = [body[0], quoted, ...body.slice(1)];
    expect(extractArticle({ body: inside.join('\n\n'), format: 'text' }).paragraphs).toEqual(inside);
    // At the end, about someone the article named: the story's own closing line.
    const named = [...inside, 'Maria Lopez is the chief engineer of the regional transport authority.'];
    expect(extractArticle({ body: named.join('\n\n'), format: 'text' }).paragraphs).toEqual(named);
  });

  it('keeps the bio when too little article would be left without it', () => {
    const short = [body[0], bio];
    expect(extractArticle({ body: short.join('\n\n'), format: 'text' }).text).toContain('Rebecca Norris');
  });
});

describe('HTML tables and lists that close the article', () => {
  it('keeps a comparison table after the last paragraph, inside the article; not a table in the footer', () => {
    const rows = [['Result of an educational process', 'Result of an assessment process'], ['For newcomers and experienced professionals', 'Typically requires experience'], ['Gateway to a degree', 'No relationship to a degree']];
    const table = `<table><thead><tr><th>Certificate</th><th>Certification</th></tr></thead><tbody>${rows.map(([a, b]) => `<tr><td><p>${a}</p></td><td><p>${b}</p></td></tr>`).join('')}</tbody></table>`;
    const para = '<p>Earning a certificate is a way for you to earn credits in a structured, discipline-specific way, and it can prepare you to advance in your career.</p>';
    const html = `<html><body><div class="page"><div class="field field__body">${para}${para.replace('Earning', 'Completing')}${table}</div></div><footer><table><tr><td>Contact us</td><td>Privacy</td></tr></table></footer></body></html>`;
    const { text } = extractArticle({ body: html, format: 'html' });
    expect(text).toMatch(/Gateway to a degree/);
    expect(text).toMatch(/Result of an educational process/);
    expect(text).not.toMatch(/Privacy/);
  });
});

describe('HTML lists', () => {
  it('numbers the items of an ordered list as the page shows them, and bullets the others', () => {
    const para = '<p>The agency you pick should be judged on a few things that matter more than the price of its first month of work.</p>';
    const html = `<html><body><article>${para}<ol><li>Relevant experience with businesses like yours</li><li>A broad range of services from content to ads</li></ol>${para.replace('few', 'handful of')}<ol start="5"><li><p>Budget compatibility and transparent pricing</p></li><li><p>A flexible approach to your timeline</p></li></ol>${para.replace('few', 'couple of')}<ul><li>Case studies on the agency website</li></ul>${para.replace('few', 'number of')}</article></body></html>`;
    const { paragraphs } = extractArticle({ body: html, format: 'html' });
    expect(paragraphs).toContain('1. Relevant experience with businesses like yours');
    expect(paragraphs).toContain('2. A broad range of services from content to ads');
    expect(paragraphs).toContain('5. Budget compatibility and transparent pricing');
    expect(paragraphs).toContain('6. A flexible approach to your timeline');
    expect(paragraphs).toContain('• Case studies on the agency website');
    // Text loose in the list before its first item is not item 1.
    const loose = extractArticle({ body: `<html><body><article>${para}<ol>Steps to follow first<li>Fill out a quick form and hop on a call</li><li>Get matched with a vetted expert</li></ol>${para.replace('few', 'couple of')}</article></body></html>`, format: 'html' });
    expect(loose.paragraphs).toContain('1. Fill out a quick form and hop on a call');
    expect(loose.paragraphs).toContain('2. Get matched with a vetted expert');
  });
});

describe('HTML hidden content', () => {
  const para = (t: string) => `<p>${t} The panel explains what a homeowner should check before signing a solar installation contract with any company.</p>`;
  it("keeps a collapsed accordion panel's text (a region labelled by its toggle), and still drops other hidden blocks", () => {
    const html = `<html><body><article>${para('Installing solar panels can cut your bills.')}
      <div class="accordion"><a id="h0" aria-expanded="false" aria-controls="c0">1. Understand your electric bill</a>
      <div id="c0" style="display:none;" role="region" aria-labelledby="h0">${para('Week 1: gather twelve months of electric bills.')}</div>
      <div id="c1" hidden role="region" aria-labelledby="h1">${para('Week 2: check that your roof can carry the panels.')}</div></div>
      <div style="display:none">${para('Subscribe to our newsletter for more offers.')}</div>
      ${para('A good solar company makes the installation process easy.')}</article></body></html>`;
    const { text } = extractArticle({ body: html, format: 'html' });
    expect(text).toMatch(/Week 1: gather twelve months/);
    expect(text).toMatch(/Week 2: check that your roof/);
    expect(text).not.toMatch(/Subscribe to our newsletter/);
  });

  it('keeps a collapsed section after the button that opens it (a heading or header holding a button with aria-expanded)', () => {
    const html = `<html><body><article>${para('Installing solar panels can cut your bills.')}
      <h3><button aria-expanded="false"><p>Weight</p></button></h3>
      <div aria-hidden="true" hidden>${para('A heavier panel needs a stronger roof.')}</div>
      <div class="faq"><div class="q"><button aria-expanded="false">What does it cost?</button></div></div>
      <div hidden>${para('Most homes pay back the cost in eight years.')}</div>
      <button>Print</button><div hidden>${para('Print this page for your records.')}</div>
      <div hidden>${para('Subscribe to our newsletter for more offers.')}</div>
      ${para('A good solar company makes the installation process easy.')}</article></body></html>`;
    const { text } = extractArticle({ body: html, format: 'html' });
    expect(text).toMatch(/A heavier panel needs a stronger roof/);
    expect(text).toMatch(/Most homes pay back the cost/);
    expect(text).not.toMatch(/Print this page/);
    expect(text).not.toMatch(/Subscribe to our newsletter/);
  });
});

describe('HTML boilerplate classes', () => {
  const para = (i: number) => `<p>Section ${i} of the report says cloud spending grew again this year, as companies moved more of their workloads to rented data centres and paid for it monthly.</p>`;
  it('containers of one class that hold most of the page are the article, whatever the class says; a real sidebar still goes', () => {
    const sections = [1, 2, 3, 4, 5].map((i) => `<div class="section sidebar-layout"><h2>${i}. Trend ${i}</h2><p>Company in focus: Example ${i}</p>${para(i)}</div>`).join('');
    const sidebar = '<div class="sidebar"><p>Sign up to our weekly newsletter to get the latest cloud computing stories, interviews and analysis.</p></div>';
    const { text } = extractArticle({ body: `<html><body><h1>Top 5 trends</h1>${sections}${sidebar}</body></html>`, format: 'html' });
    for (const i of [1, 2, 3, 4, 5]) expect(text).toContain(`Section ${i} of the report`);
    expect(text).not.toContain('newsletter');
  });

  it("a body class on the excerpts of other posts names no body: the article's own paragraphs straight in <main> are", () => {
    const cards = [1, 2, 3].map((i) => `<article class="loop-item"><h3 class="post-title"><a href="/t${i}">Teaser ${i} headline</a></h3><div class="loop-item__content ee-post-content">Teaser ${i} explains in a long sentence how a different case went, for a different client of the firm, last month.</div><a href="/t${i}">Read more</a></article>`).join('');
    const html = `<html><body><h1>Where to store office supplies</h1><main class="template-content-area">${[1, 2, 3, 4].map(para).join('')}<ul><li>Pens</li><li>Pencils</li></ul>${[5, 6, 7, 8].map(para).join('')}</main><aside class="related-loop">${cards}</aside></body></html>`;
    const { text } = extractArticle({ body: html.replace('<aside class="related-loop">', '<div class="loop">').replace('</aside>', '</div>'), format: 'html' });
    for (const i of [1, 2, 3, 4, 5, 6, 7, 8]) expect(text).toContain(`Section ${i} of the report`);
    expect(text).not.toContain('Teaser 2 explains');
  });

  it('post excerpts and read-more links after the story are a teaser rail', () => {
    const cards = [1, 2, 3, 4].map((i) => `<article class="elementor-post"><h3>Teaser ${i} headline</h3><div class="elementor-post__excerpt"><p>Teaser ${i} explains in a long sentence how a different case went for a different client of the firm last month.</p></div><div class="elementor-post__read-more"><a href="/t${i}">Read More</a></div></article>`).join('');
    const { text } = extractArticle({ body: `<html><body><div class="post">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div><h2>Latest News</h2>${cards}</body></html>`, format: 'html' });
    expect(text).toContain('Section 2 of the report');
    expect(text).not.toContain('Teaser 1 explains');
  });

  it("the body stops where the article's container ends when less prose follows outside it; copies of the container's widget are the article's", () => {
    // Cards with neutral class names: a linked headline over an excerpt that outweighs it.
    const cards = [1, 2, 3].map((i) => `<div class="post-item"><h3 class="title"><a href="/t${i}">Teaser ${i} headline</a></h3><p class="content">Teaser ${i} explains in a long sentence how a different case went for a different client of the firm last month.</p></div>`).join('');
    const page = (article: string) => `<html><body><div class="single"><div id="body-content" class="col-22">${article}</div></div><div class="newsletter"><h3>Newsletter</h3></div><div id="featured">${cards}</div></body></html>`;
    const teasers = extractArticle({ body: page([1, 2, 3, 4, 5, 6].map(para).join('')), format: 'html' });
    expect(teasers.text).toContain('Section 6 of the report');
    expect(teasers.text).not.toContain('Teaser 1 explains');
    // The same cards after a story split across copies of one text widget
    // (a Squarespace or Drupal field per section, some with a modifier class).
    const widget = (n: number[], extra = '') => `<div class="block"><div class="sqs-html-content${extra}">${n.map(para).join('')}</div></div>`;
    const layout = `${widget([1, 2, 3, 4])}<div class="image-block"><figure><img src="x.jpg"></figure></div>${widget([5])}<div class="quote-block"><blockquote>Growth.</blockquote></div>${widget([6], ' summary')}`;
    const split = extractArticle({ body: `<html><body><main>${layout}<div id="featured">${cards}</div></main></body></html>`, format: 'html' });
    for (const i of [1, 2, 3, 4, 5, 6]) expect(split.text).toContain(`Section ${i} of the report`);
    expect(split.text).not.toContain('Teaser 1 explains');
  });

  it('a short story stops at its container though the rail of cards after it holds more words: an excerpt under a linked headline is a teaser', () => {
    const cards = Array.from({ length: 7 }, (_, i) => `<div class="card"><h3 class="title"><a href="/t${i}">Teaser ${i} headline</a></h3><p class="summary">Teaser ${i} explains in a long sentence how a different case went for a different client of the firm last month.</p></div>`).join('');
    const page = `<html><body><div class="single"><div class="col-22">${[1, 2, 3, 4, 5].map(para).join('')}</div></div><div class="more"><h3>Read This Next</h3>${cards}</div></body></html>`;
    const { text } = extractArticle({ body: page, format: 'html' });
    expect(text).toContain('Section 5 of the report');
    expect(text).not.toContain('Teaser 1 explains');
  });

  it('a nested <header> that holds the post is the article; a <footer> longer than a short story is still the footer', () => {
    const legal = (n: number) => Array.from({ length: n }, (_, i) => `<p>Clause ${i}: this material is not intended to replace the advice of a qualified advisor, and past performance does not guarantee future results.</p>`).join('');
    const post = `<header class="section_blog-post"><h1>Cloud report</h1>${[1, 2, 3].map(para).join('')}</header>`;
    const about = '<div><p>Example Media is an independent publisher of research, news and analysis for technology buyers, founded in 2004 and based in London, with offices in New York and Singapore.</p><p>Our editors choose every product and service we write about on their own, and we never take payment to cover a company or to change what we say about it.</p></div>';
    const webflow = extractArticle({ body: `<html><body><div><div><main>${post}</main></div></div>${about}<footer>${legal(1)}</footer></body></html>`, format: 'html' });
    for (const i of [1, 2, 3]) expect(webflow.text).toContain(`Section ${i} of the report`);
    const short = extractArticle({ body: `<html><body><article>${para(1)}${para(2)}</article><footer>${legal(6)}</footer></body></html>`, format: 'html' });
    expect(short.text).toContain('Section 2 of the report');
    expect(short.text).not.toContain('Clause');
  });
});

describe('text path: idempotence', () => {
  const L = 'Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Wednesday to discuss economic cooperation.';
  it('judges a subhead by the line that follows it in the output, not by a repeated paragraph dropped after it', () => {
    const P = 'Putin described the foreign policy ties between the two nations as an important stabilising factor, according to a Kremlin transcript on Wednesday.';
    const page = [P, 'Putin calls Russia–China ties a stabilising force in video call with Xi', P, 'Growing Russia-China relations', L].join('\n');
    const once = extractArticle({ body: page, format: 'text' });
    expect(extractArticle({ body: once.text, format: 'text' }).paragraphs).toEqual(once.paragraphs);
  });
});

describe('HTML metadata: titles', () => {
  const body = `<p>${'The engineers wrote a small coding agent over the weekend and shipped it to their team on Monday. '.repeat(3)}</p>`;
  const title = (head: string, h1: string) => extractArticle({ body: `<html><head>${head}</head><body><article><h1>${h1}</h1>${body}</article></body></html>`, format: 'html' }).title;
  it('an <h1> in capitals takes the casing of the declared title', () => {
    expect(title('<title>Weekend Coding Agent | Example Blog</title><meta property="og:site_name" content="Example Blog">', 'WEEKEND CODING AGENT')).toBe('Weekend Coding Agent');
    // Most of its words: the declared title is the headline as written.
    expect(title('<meta property="og:title" content="Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros">', 'BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS')).toBe('Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros');
    // Few of them: another title, the <h1> stays.
    expect(title('<meta property="og:title" content="Our services and prices">', 'WEEKEND CODING AGENT')).toBe('WEEKEND CODING AGENT');
  });
  it('a declared headline cut short at a CMS limit gives way to the full one; a date set after the <h1> text is left out', () => {
    const full = 'Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick)';
    const cut = full.slice(0, full.indexOf(' One'));
    const ld = `<script type="application/ld+json">{"@type":"Article","headline":"${cut}"}</script>`;
    const page = (head: string) => extractArticle({ body: `<html><head>${head}</head><body><article>${body}</article></body></html>`, format: 'html' }).title;
    expect(page(`${ld}<title>${full} - Emily Henderson</title><meta property="og:site_name" content="Emily Henderson">`)).toBe(full);
    expect(title('<meta property="og:title" content="Beginner’s Backpacking Checklist">', 'Beginner’s Backpacking Checklist January 1, 2025')).toBe('Beginner’s Backpacking Checklist');
  });
  it('page furniture set in the <h1> beside the declared title is left out: a date over it, a one-word label, a source host and count', () => {
    const og = (t: string) => `<meta property="og:title" content="${t}">`;
    expect(title(og('Preparing a transition in Debusine'), 'Dec 18 2025 Preparing a transition in Debusine')).toBe('Preparing a transition in Debusine');
    expect(title(og('Best Social Media Agencies in 2025'), 'Blog: Best Social Media Agencies in 2025')).toBe('Best Social Media Agencies in 2025');
    expect(title(og('Computer Science Grads Find Their Degrees No Longer Guarantee Jobs'), 'Computer Science Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87')).toBe('Computer Science Grads Find Their Degrees No Longer Guarantee Jobs');
    // Words that belong to the headline stay: more than a label before it, a subtitle after it.
    expect(title(og('Software Development Price Guide'), '2025 Software Development Price Guide')).toBe('2025 Software Development Price Guide');
    expect(title(og('Plumbing Maintenance Tips'), 'Plumbing Maintenance Tips: 11 Best Practices')).toBe('Plumbing Maintenance Tips: 11 Best Practices');
  });
  it('a title is normalised like the body: mojibake repaired, NFC', () => {
    expect(title('', 'A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators')).toBe('A DIY Investor’s Guide to Retirement Calculators');
    expect(title('', 'Cafe\u0301 owners weigh the new rules')).toBe('Caf\u00e9 owners weigh the new rules');
  });
  it('of several <h1>s, one that is a single word of the declared title (a tab label) is not the headline', () => {
    const page = extractArticle({ body: `<html><head><title>How we found a supply-chain attack in Discord's docs</title></head><body><h1>writeup.md</h1><h1>Discord</h1><article>${body}</article></body></html>`, format: 'html' });
    expect(page.title).toBe("How we found a supply-chain attack in Discord's docs");
  });
  it("an <h1> set as the site's logo is not the headline, and its name leaves the declared title", () => {
    const page = (h1: string) => extractArticle({ body: `<html><head><title>Reflections on Building a UI Pipeline in JUCE - Part 1 | Playful Tones</title></head><body>${h1}<article>${body}</article></body></html>`, format: 'html' });
    for (const logo of ['<h1 class="logo"><a href="/">Playful Tones</a></h1>', '<h1><a href="https://playfultones.com" rel="home">Playful Tones</a></h1>', '<h1 class="wp-block-site-title">Playful Tones</h1>']) {
      expect(page(logo).title).toBe('Reflections on Building a UI Pipeline in JUCE');
      // The outlet is not read off a logo, whose text can be styled.
      expect(page(logo).outlet).toBeNull();
    }
    // An <h1> linking to a post is a headline.
    expect(page('<h1><a href="/blog/juce-ui-pipeline">Building a UI Pipeline in JUCE</a></h1>').title).toBe('Building a UI Pipeline in JUCE');
  });
  it('a one- or two-word section label gives way to the declared title; a short headline does not', () => {
    expect(title('<meta property="og:title" content="Affordable food: nutrition for low-income families">', 'Health Hub')).toBe('Affordable food: nutrition for low-income families');
    expect(title('<meta property="og:title" content="Google Sans: evolving a typeface">', 'Making Google Sans Flex')).toBe('Making Google Sans Flex');
  });
  it('a pipe or a bullet ends the headline (a section, a site or a tagline follows); a dash or a colon does not', () => {
    expect(title('', 'How meditation rewires brains and improves physical health | Opinion')).toBe('How meditation rewires brains and improves physical health');
    expect(title('', 'Gardenary Planting vs. Ordinary Planting • Gardenary')).toBe('Gardenary Planting vs. Ordinary Planting');
    expect(title('', 'Wedding Planning Tools – Caterer Comparison Spreadsheet')).toBe('Wedding Planning Tools – Caterer Comparison Spreadsheet');
    expect(title('', 'Google Sans: evolving a typeface')).toBe('Google Sans: evolving a typeface');
    // A one-word part before the pipe is no headline on its own.
    expect(title('', 'Recap | What changed at the studio this year')).toBe('Recap | What changed at the studio this year');
    // A trail of a site and its sections ends in the headline.
    expect(title('', 'miod > software > OpenBSD > stories > The scariest boot loader code')).toBe('The scariest boot loader code');
    expect(title('', 'CottageCare | Blog | 10 Tips: How to Choose a Cleaning Service')).toBe('10 Tips: How to Choose a Cleaning Service');
    // Not when a part before the last is a headline itself.
    expect(title('', 'Best movers in New York | Reviews | 2025')).toBe('Best movers in New York');
    // The text path reads the same headline from the page's lines, and leaves it out of the body.
    const text = ['Menu', 'How meditation rewires brains and improves physical health | Opinion', 'By Jane Doe', body.replace(/<\/?p>/g, '')].join('\n');
    const fromText = extractArticle({ body: text, format: 'text' });
    expect(fromText.title).toBe('How meditation rewires brains and improves physical health');
    expect(fromText.text).not.toContain('| Opinion');
  });
});

describe('titles: the URL slug names the headline', () => {
  it('reads the slug of the last path segment of three words or more, accents folded, without an extension', () => {
    expect([...slugWords('https://example.com/2025/09/04/top-nutrition-trends-for-fall-2025/')!]).toEqual(['top', 'nutrition', 'trends', 'fall', '2025']);
    expect([...slugWords('https://example.com/news/caf%C3%A9-owners-weigh-rules.html?utm_source=x')!]).toEqual(['cafe', 'owners', 'weigh', 'rules']);
    expect(slugWords('https://example.com/news/12345')).toBeNull();
    expect(slugWords('not a url')).toBeNull();
  });
  it('text path: of two headline-shaped lines, the one the slug names', () => {
    const body = [
      'Home',
      'Cybersecurity Best Practices',
      'CIS Critical Security Controls: prioritized and simplified best practices',
      'Cybersecurity best practices start with knowing what runs on your network: an inventory of hardware and software is the first of the critical security controls.',
      'Small teams can adopt the controls in order, from asset inventory to secure configuration and account management, and measure how far they have come.',
      'The controls are prioritized so that the first safeguards stop the most common attacks seen by security teams.',
    ].join('\n');
    const title = (url?: string) => extractArticle({ body, format: 'text', meta: url ? { url } : {} }).title;
    // Without a URL the line next to the body, which echoes it more, wins.
    expect(title()).toBe('CIS Critical Security Controls: prioritized and simplified best practices');
    expect(title('https://www.example.org/cybersecurity-best-practices')).toBe('Cybersecurity Best Practices');
    // A slug about something else changes nothing.
    expect(title('https://www.example.org/blog/quarterly-results-announced')).toBe('CIS Critical Security Controls: prioritized and simplified best practices');
  });
  it('HTML path: an <h1> no declared title agrees with gives way to the declared title the slug names', () => {
    const body = `<p>${'Developers who use Rust say the compiler catches their mistakes early, and they like the tooling and the community around the language. '.repeat(3)}</p>`;
    const page = (url?: string) => extractArticle({ body: `<html><head><meta property="og:title" content="What do people love about Rust?"></head><body><article><h1>But what they love is the sense of empowerment and versatility</h1>${body}</article></body></html>`, format: 'html', meta: url ? { url } : {} }).title;
    expect(page()).toBe('But what they love is the sense of empowerment and versatility');
    expect(page('https://blog.example.com/2025/03/what-do-people-love-about-rust/')).toBe('What do people love about Rust?');
  });
  it("HTML path: an <h1> that only holds a word of the site's name is the headline, and loses the site's name it carries", () => {
    const body = `<p>${'A warmer climate changes what gardeners can grow, when they plant it and which pests they must watch for through the year. '.repeat(3)}</p>`;
    const page = (h1: string, title: string, url: string) => extractArticle({ body: `<html><head><title>${title}</title></head><body><article><h1 class="entry-title">${h1}</h1>${body}</article></body></html>`, format: 'html', meta: { url } }).title;
    expect(page('Gardening in a Warming World', 'Gardening in a Warming World | Cornell Garden-Based Learning', 'https://gardening.cals.cornell.edu/warming/')).toBe('Gardening in a Warming World');
    expect(page('Best UK Art Exhibitions 2025 – Artlyst', 'Best UK Art Exhibitions 2025 – Artlyst - Artlyst', 'https://artlyst.com/best-exhibitions/')).toBe('Best UK Art Exhibitions 2025');
    // An <h1> that is the site's name is not the headline.
    expect(page('Artlyst', 'Best UK Art Exhibitions 2025 - Artlyst', 'https://artlyst.com/best-exhibitions/')).toBe('Best UK Art Exhibitions 2025');
  });

  it("HTML path: a title that opens with the site's domain name, unseparated, loses it", () => {
    const body = `<p>${'I have been teaching myself to vibe code, and a fractal viewer from 2009 turned out to be a good first project for it. '.repeat(3)}</p>`;
    const page = (url: string) => extractArticle({ body: `<html><head><title>davidbau.com Vibe Coding</title></head><body><h1><a href="https://davidbau.com/">davidbau.com</a></h1><article>${body}</article></body></html>`, format: 'html', meta: { url } }).title;
    expect(page('https://davidbau.com/archives/2025/12/16/vibe_coding.html')).toBe('Vibe Coding');
    expect(page('https://www.davidbau.com/archives/2025/12/16/vibe_coding.html')).toBe('Vibe Coding');
    // Another site's name is part of the headline.
    expect(page('https://example.org/vibe_coding.html')).toBe('davidbau.com Vibe Coding');
  });

  it('HTML path: an <h1> that is a section heading with its permalink, or a paragraph set large, is not the headline', () => {
    const body = `<p>${'Developers who use Rust say the compiler catches their mistakes early, and they like the tooling and the community around the language. '.repeat(3)}</p>`;
    const page = (h1: string) => extractArticle({ body: `<html><head><meta property="og:title" content="What do people love about Rust? | Rust Blog"><title>What do people love about Rust? | Rust Blog</title></head><body><article>${h1}${body}</article></body></html>`, format: 'html' }).title;
    expect(page('<h1 id="but-what-they-love"><a class="anchor" href="#but-what-they-love" aria-hidden="true"></a> But what they <em>love</em> is the sense of empowerment</h1>')).toBe('What do people love about Rust?');
    const standfirst = 'Learn which home renovations have the best return on investment? Get expert tips on how to understand and calculate it. We will help you learn everything you need to know about the potential value of your renovation project.';
    expect(page(`<h1 class="learn-post__headline">${standfirst}</h1>`)).toBe('What do people love about Rust?');
    // A headline's own permalink, or one unlike the declared titles, is still the headline.
    expect(page('<h1 id="what-people-love"><a href="#what-people-love">What do people love about Rust?</a></h1>')).toBe('What do people love about Rust?');
    expect(page('<h1 id="top">Why developers keep choosing Rust</h1>')).toBe('Why developers keep choosing Rust');
  });
});

describe('HTML metadata: dates', () => {
  it('reads a date from the URL path, however the slug goes on', () => {
    for (const [url, want] of [
      ['https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend', '2025-12-15'],
      ['https://example.com/2025/12/19/spanish-classes', '2025-12-19'],
      ['https://example.com/news/2025-12-18_video-call.html', '2025-12-18'],
      ['https://example.com/story/20251218/video-call', '2025-12-18'],
      ['https://example.com/2025/12/roundup', null],
      ['https://example.com/page-2025-13-40', null],
      ['https://www.example.com/blog/2023/october/03/how-many-wine-types', '2023-10-03'],
      ['https://example.com/2023/oct/3/', '2023-10-03'],
      ['https://example.com/2023/mayor/03/', null],
    ] as const) expect(dateFromUrl(url), url).toBe(want);
  });

  it("takes the URL's day over a page date read month first that the URL writes day first, and a broken canonical link gives way to og:url", () => {
    const html = (canonical: string) => `<html><head><link rel="canonical" href="${canonical}"><meta property="og:url" content="https://www.example.com/blog/2023/october/03/wine-types"><meta property="article:published_time" content="03/10/2023"></head><body><article><p>${'Wine comes in more styles than most drinkers know, from sparkling to fortified and everything in between. '.repeat(4)}</p></article></body></html>`;
    const out = extractArticle({ body: html('What are the different types of wine?'), format: 'html' });
    expect(out.canonicalUrl).toBe('https://www.example.com/blog/2023/october/03/wine-types');
    expect(out.publishedAt).toBe('2023-10-03');
    expect(extractArticle({ body: html('/blog/2023/october/03/wine-types'), format: 'html', meta: { url: 'https://www.example.com/x' } }).canonicalUrl).toBe('https://www.example.com/blog/2023/october/03/wine-types');
  });

  it("takes the URL's day when a UTC timestamp falls on the next or previous day, and only then", () => {
    const html = (at: string) => `<html><head><meta property="article:published_time" content="${at}"></head><body><article><p>${'Day eighteen of the comfort watches is a film about giant bugs and the people who fight them. '.repeat(4)}</p></article></body></html>`;
    const evening = extractArticle({ body: html('2025-12-19T02:41:41+00:00'), format: 'html', meta: { url: 'https://example.com/2025/12/18/comfort-watches' } });
    expect(evening.publishedAt).toBe('2025-12-18');
    const stale = extractArticle({ body: html('2025-12-21T10:00:00+00:00'), format: 'html', meta: { url: 'https://example.com/2025/12/18/comfort-watches' } });
    expect(stale.publishedAt).toBe('2025-12-21T10:00:00+00:00');
  });

  const body = '<p>' + 'The guide covers what a beginner needs to pick a first telescope and mount for the backyard. '.repeat(6) + '</p>';
  const page = (head: string, shown: string) => `<html><head>${head}</head><body><article><h1>Best telescopes</h1><p class="meta">${shown}</p>${body}</article></body></html>`;

  it('an "Updated" date shown on an evergreen page is the modification, not the publication', () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Best telescopes","datePublished":"2017-03-16T08:00:00Z","dateModified":"2026-01-12T16:29:48Z"}</script>';
    const a = extractArticle({ body: page(head, 'Updated <time datetime="2026-01-12">January 12, 2026</time>'), format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2017-03-16');
    expect(a.modifiedAt?.slice(0, 10)).toBe('2026-01-12');
  });

  it('without a declared publication date, a shown date the updated metadata confirms is taken', () => {
    const head = '<meta property="article:modified_time" content="2026-01-12T16:29:48Z">';
    const a = extractArticle({ body: page(head, 'Updated <time datetime="2026-01-12">January 12, 2026</time>'), format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-01-12');
  });

  it('of declared publication dates that disagree, takes the one the page shows, unless it shows it as an update', () => {
    const head = '<meta property="article:published_time" content="2012-09-12T16:45:28Z"><meta name="date" content="2021-09-08T18:02:10Z">';
    expect(extractArticle({ body: page(head, 'September 8, 2021'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2021-09-08');
    expect(extractArticle({ body: page(head, 'Updated on September 8, 2021'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2012-09-12');
    expect(extractArticle({ body: page(head, '<span>Last Updated:</span> <time datetime="2021-09-08">Sep 8, 2021</time>'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2012-09-12');
    // A day apart is one moment in two time zones: the declared order stands.
    const zones = '<meta property="article:published_time" content="2025-06-20T01:30:00+00:00"><meta name="date" content="2025-06-19T21:30:00-04:00">';
    expect(extractArticle({ body: page(zones, 'June 19, 2025'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2025-06-20');
  });

  it('a publication date declared equal to the modification gives way to an earlier date the page shows as its own', () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Best telescopes","datePublished":"2025-11-20T16:02:46Z","dateModified":"2025-11-20T16:02:46Z"}</script>';
    expect(extractArticle({ body: page(head, 'May 14, 2025'), format: 'html' }).publishedAt).toBe('2025-05-14');
    // Not a later date, and not without the modification saying the same day.
    expect(extractArticle({ body: page(head, 'December 1, 2025'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2025-11-20');
    const once = head.replace(/,"dateModified":"[^"]+"/, '');
    expect(extractArticle({ body: page(once, 'May 14, 2025'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2025-11-20');
  });

  it('a declared publication date the page labels an update gives way to an earlier date it shows as its own', () => {
    const head = '<meta property="article:published_time" content="Aug 21, 2025"><meta property="article:modified_time" content="Aug 20, 2025">';
    const shown = (label: string) => `<div class="hero"><span class="post-date">Published Apr 26, 2023</span> <span class="post-date">${label}Aug 21, 2025</span></div>`;
    expect(extractArticle({ body: page(head, '').replace('<p class="meta"></p>', shown('Updated ')), format: 'html' }).publishedAt).toBe('2023-04-26');
    // Without the label, the declared date stands.
    expect(extractArticle({ body: page(head, '').replace('<p class="meta"></p>', shown('')), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2025-08-21');
  });

  it('without a declared publication date, the modification shown as an update gives way to an earlier date shown as the own', () => {
    const head = '<meta property="article:modified_time" content="2024-10-28T22:26:10Z">';
    const shown = (own: string) => `<div class="hero">${own}<time class="entry-modified-time">Updated on: October 28, 2024</time></div>`;
    const at = (own: string) => extractArticle({ body: page(head, '').replace('<p class="meta"></p>', shown(own)), format: 'html' }).publishedAt;
    expect(at('<time class="entry-time">April 26, 2024</time> ')).toBe('2024-04-26');
    // Shown as the only date, the modification is still taken.
    expect(at('')?.slice(0, 10)).toBe('2024-10-28');
  });

  it('without a date in the markup, reads a publication credit of the visible text, not any date line', () => {
    // Under three paragraphs, where the markup's date rules no longer look.
    const html = (credit: string) => `<html><body><article><h1>Rust GCC backend: why and how</h1>${body.repeat(3)}<p>${credit}</p></article></body></html>`;
    expect(extractArticle({ body: html('Posted on the 15/12/2025 at 19:00 by @GuillaumeGomez'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2025-12-15');
    expect(extractArticle({ body: html('December 15, 2025 at 7:00 pm'), format: 'html' }).publishedAt).toBeNull();
  });

  it("reads the date line beside a byline set at the foot of the post, not a date line beside anything else", () => {
    const html = (foot: string) => `<html><body><article><h1>How mobile apps are made</h1>${body.repeat(3)}<div class="tags"><a href="/t">mobile-apps</a></div>${foot}</article></body></html>`;
    expect(extractArticle({ body: html('<p>Written by <a href="/a">Moses Kim and Kate Shokurova</a></p><p>April 8, 2024</p>'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2024-04-08');
    expect(extractArticle({ body: html('<p>April 8, 2024</p><p>By Moses Kim</p>'), format: 'html' }).publishedAt?.slice(0, 10)).toBe('2024-04-08');
    expect(extractArticle({ body: html('<p>Share this post</p><p>April 8, 2024</p>'), format: 'html' }).publishedAt).toBeNull();
  });

  it("leaves a comment's date out of the post's, however the theme marks it up", () => {
    const comment = '<ol class="comment-list"><li class="comment" id="comment-29"><span class="fn">Happy</span> <time class="entry-date published" datetime="2025-09-17T18:26:47+01:00">September 17, 2025 at 6:26 pm</time><p>Great review, thanks.</p></li></ol>';
    const html = `<html><body><article class="post has-comments"><h1>Best language apps</h1><time class="entry-date published" datetime="2025-07-20T15:27:00+01:00">July 20, 2025</time>${body}</article>${comment}</body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).publishedAt?.slice(0, 10)).toBe('2025-07-20');
    const undated = html.replace(/<time class="entry-date published" datetime="2025-07-20[^<]*<\/time>/, '');
    expect(extractArticle({ body: undated, format: 'html' }).publishedAt).toBeNull();
  });

  it("reads the date of a post's meta row that also holds its tags", () => {
    const row = '<span>Posted on April 13, 2023</span><div class="tags"><span>Tags:</span>' + ['journal indexing', 'abstracting and indexing', 'scholarly search engines'].map((t) => `<a href="/tags/x">${t}</a>`).join(' ') + '</div>';
    // Set under the body, where only elements named for dates are read.
    const long = body.repeat(3).replace(/<\/p><p>/g, '</p>\n<p>');
    const html = `<html><body><article><h1>Index types</h1>${long}<div class="meta date-section-header">${row}</div></article></body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).publishedAt).toBe('2023-04-13');
  });

  it("reads a CMS's own name for the publication meta tag, but not its last-published stamp", () => {
    const a = extractArticle({ body: page('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', ''), format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-05-27');
    const b = extractArticle({ body: page('<meta name="cXenseParse:publishtime" content="2024-02-01T10:00:00Z">', ''), format: 'html' });
    expect(b.publishedAt?.slice(0, 10)).toBe('2024-02-01');
    const c = extractArticle({ body: page('<meta property="cdc:last_published" content="2024-07-05">', ''), format: 'html' });
    expect(c.publishedAt).toBeNull();
  });
});

describe('text path: dates', () => {
  const story = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} lists the trends event planners expect in 2025, from hybrid formats to smaller gatherings.`).join('\n');
  it("takes a post's publication credit set under the article, or opening a long line", () => {
    const menu = Array.from({ length: 70 }, (_, i) => `Menu entry ${i}`);
    const footer = ['Top Event Industry Trends in 2025', story, ...menu, 'Posted on April 13, 2023', 'Tags: events, planning'].join('\n');
    expect(extractArticle({ body: footer, format: 'text' }).publishedAt).toBe('2023-04-13');
    const long = ['Top Event Industry Trends in 2025', 'Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Top Event Industry Trends in 2025 and what they mean', story].join('\n');
    expect(extractArticle({ body: long, format: 'text' }).publishedAt).toBe('2025-12-20');
    // A date in a sentence far off is no credit.
    const sentence = ['Top Event Industry Trends in 2025', story, ...menu, 'The survey closed on April 13, 2023 after two weeks of answers from planners.'].join('\n');
    expect(extractArticle({ body: sentence, format: 'text' }).publishedAt).toBeNull();
  });

  it("takes the date by the headline: a credit line's date, else a date line, before a date further up the page", () => {
    const credit = ['Events', 'December 9, 2025', 'Latest news', 'Top Event Industry Trends in 2025', 'by Whova | Apr 21, 2025', story].join('\n');
    expect(extractArticle({ body: credit, format: 'text' }).publishedAt).toBe('2025-04-21');
    const own = ['Events', 'Top Event Industry Trends in 2025', 'April 21, 2025', story].join('\n');
    expect(extractArticle({ body: own, format: 'text' }).publishedAt).toBe('2025-04-21');
  });

  it('reads a numeric date that reads both ways as the page writes it out elsewhere', () => {
    const page = (recent: string) => extractArticle({ body: ['Blog', 'Reflections on Building a UI Pipeline - Part 1', 'Bence Kovács', '02-12-2025', story, 'Recent Posts', 'Reflections on Building a UI Pipeline - Part 1', recent].join('\n'), format: 'text' }).publishedAt?.slice(0, 10);
    expect(page('December 02, 2025')).toBe('2025-12-02');
    expect(page('2 Dec 2025')).toBe('2025-12-02');
    // Written out no other way, it reads month first, as English does.
    expect(page('Navigating Template Woes')).toBe('2025-02-12');
    expect(dayAsWrittenOut('2025-02-12', () => 'Posted 02/12/2025 · see also December 2, 2025')).toBe('2025-12-02');
    // A date not written with numbers on the page keeps its reading.
    expect(dayAsWrittenOut('2025-02-12', () => 'February 12, 2025 · see also December 2, 2025')).toBe('2025-02-12');
  });

  it('takes the date a short line under the headline holds among other words, before a date line further up', () => {
    const under = (line: string) => ['Events', 'December 9, 2025', 'Latest news', 'Top Event Industry Trends in 2025', 'Share this', 'Tweet', line, story].join('\n');
    expect(extractArticle({ body: under('Tom Talbot October 14, 2025'), format: 'text' }).publishedAt).toBe('2025-10-14');
    expect(extractArticle({ body: under('Nov 08, 2025 7 min read'), format: 'text' }).publishedAt).toBe('2025-11-08');
    // Inline elements glued together: the first date still counts.
    expect(extractArticle({ body: under('Mental Health DECEMBER 22, 2022Updated: JANUARY 02, 2026'), format: 'text' }).publishedAt).toBe('2022-12-22');
    // The month in capitals glued to the kicker before it, as the page's text has it.
    expect(extractArticle({ body: under('Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026'), format: 'text' }).publishedAt).toBe('2022-12-22');
    // A sentence of the body that names a date is not a credit line.
    expect(extractArticle({ body: under('Planners met on October 14, 2025 in Denver and agreed on three things.'), format: 'text' }).publishedAt).toBe('2025-12-09');
  });

  it('without a date by the headline, takes the dated credit line nearest the body, however far; not a sentence', () => {
    const menu = (n: number) => Array.from({ length: n }, (_, i) => `Menu item ${i}`);
    const page = (far: string, near: string) =>
      extractArticle({ body: [far, ...menu(40), near, ...menu(30), 'Top Event Industry Trends in 2025', story].join('\n\n'), format: 'text' }).publishedAt;
    expect(page('Posted on April 13, 2023 by Jean-Luc', 'Menu')).toBe('2023-04-13');
    expect(page('Posted on April 13, 2023 by Jean-Luc', 'By David Kim • December 17, 2025 • 11 min read')).toBe('2025-12-17');
    expect(page('Planners met on October 14, 2025 in Denver and agreed on three things that matter.', 'Menu')).toBeNull();
  });

  it("reads a byline row's date though the post's tags follow it in lower case", () => {
    const page = ['Articles', 'What is Git and How Does Version Control Work?', 'By David Kim • December 17, 2025 • 11 min read', 'git version-control developer-tools collaboration workflow', story].join('\n');
    const a = extractArticle({ body: page, format: 'text' });
    expect(a.publishedAt).toBe('2025-12-17');
    expect(a.authors).toEqual(['David Kim']);
  });

  it('takes the date under a "Written by" credit set after the article, not any date line there', () => {
    const related = Array.from({ length: 70 }, (_, i) => `Related post ${i}`);
    const after = (credit: string) => ['Top Event Industry Trends in 2025', story, ...related, credit, 'April 8, 2024', 'Subscribe to our blog'].join('\n');
    expect(extractArticle({ body: after('Written by Moses Kim and Kate Shokurova'), format: 'text' }).publishedAt).toBe('2024-04-08');
    expect(extractArticle({ body: after('Subscribe for more posts like this one'), format: 'text' }).publishedAt).toBeNull();
  });
});

describe('authors from credit lines', () => {
  it('reads the name a credit line gives, on its line or the next', () => {
    for (const [lines, want] of [
      [['Written by', 'Edzel Tabing'], ['Edzel Tabing']],
      [['By Scott Pletcher'], ['Scott Pletcher']],
      [['Written by:Elise Nass'], ['Elise Nass']],
      [['Author: Nirmita Panchal'], ['Nirmita Panchal']],
      [['Published August 7, 2023 by Nicole Burke'], ['Nicole Burke']],
      [['September 1st, 2023 By Emily Norwood'], ['Emily Norwood']],
      [['By Dr. Vahid Osman - Mar 27, 2024'], ['Dr. Vahid Osman']],
      [['By Sofia Gonzalez December 2, 2025'], ['Sofia Gonzalez']],
      [['by Jacob Trussell—10 min read'], ['Jacob Trussell']],
      [['By Jo-ann Caballes - Mar 27, 2024'], ['Jo-ann Caballes']],
      [['BeauHD on Friday'], []],
      [['By: FlowGuard EMEA on 04-ago-2021 5:11:10'], ['FlowGuard EMEA']],
      [['Reviewed by Justin C. Meserole, Trial Attorney'], []],
      [['Posted on July 1, 2024 by infuy'], []],
      // Inline markup glued the credit to its name; a word that opens with "by" or "author" credits no one.
      [['ByDaryl Austin'], ['Daryl Austin']],
      [['Written byAAA Travel Editor, SMT'], ['AAA Travel Editor']],
      [['Byzantine mosaics survive in Ravenna'], []],
      [['Authorities Governing Board Actions'], []],
      [['Authors:Aniruddha Roy, Jyoti Patel'], ['Aniruddha Roy', 'Jyoti Patel']],
      [['Article written by Jane Doe'], ['Jane Doe']],
      // One label list with the text path's: a name under its label, but not under a menu's "Authors" link.
      [['About the author', 'Jane Doe'], ['Jane Doe']],
      [['Posted by', 'Jane Doe'], ['Jane Doe']],
      [['Authors:', 'Jane Doe'], ['Jane Doe']],
      [['Autorin:', 'Eva Müller'], ['Eva Müller']],
      [['Authors', 'Jane Doe'], []],
      // Cloudflare hides an e-mail address behind "[email protected]": no name holds it.
      [['Authors: Valentin Lobstein [email\u00a0protected] and Zach Hanley'], ['Zach Hanley']],
      // The writer's field of a credit line of fields, not the reviewer's before it.
      [['Medically reviewed by Kim Rose-Francis RDN, CDCES, LD — Written by Jillian Kubala, MS, RD — Updated on March 7, 2025'], ['Jillian Kubala']],
      [['March 15, 2022 · 3 min read · By ASU Online'], ['ASU Online']],
      [['Medically reviewed by Kim Rose-Francis RDN — Updated on March 7, 2025'], []],
    ] as const) expect(namesFromCredits([...lines]), lines.join(' / ')).toEqual(want);
  });

  it("reads a name's particles alike in a byline and an author box", () => {
    for (const name of ['Gianni della Rovere', 'Piet ter Horst', 'Ursula von der Leyen', 'João dos Santos']) {
      expect(namesFromAuthorBoxes([`About the author ${name}`]), name).toEqual([name]);
      expect(classifyLine(`By ${name}`, 3).kind, name).toBe('byline');
    }
  });

  it('reads a first name that is also a month as a name, but no abbreviated month or weekday', () => {
    for (const name of ['April Fulton', 'May Wong', 'June Carter', 'Jan de Vries', 'August Wilson']) {
      expect(isNameLine(name), name).toBe(true);
      expect(namesFromAuthorBoxes([`About the author ${name}`]), name).toEqual([name]);
    }
    for (const line of ['Dec. Holiday Specials', 'Sunday Brunch Menu', 'March Madness', 'Sept. Newsletter']) expect(isNameLine(line), line).toBe(false);
  });

  it('reads a publication credit on a line of its own or as a field of a line of fields', () => {
    expect(dateFromPublicationCredit(['Posted on April 13, 2023'])).toBe('2023-04-13');
    expect(dateFromPublicationCredit(['Essay - Published: 2025.12.17 | artificial-intelligence | programming'])).toBe('2025-12-17');
    expect(dateFromPublicationCredit(['Jane Roe · Posted December 3, 2025 · 4 min read'])).toBe('2025-12-03');
    // Not a word inside another field's text.
    expect(dateFromPublicationCredit(['Self-published authors sold 3 million books in 2023'])).toBeNull();
    expect(dateFromPublicationCredit(['Best of 2024 - the year the books we published sold'])).toBeNull();
  });

  it('reads one writer credit opening for bylines, dates beside them and text-path credit lines', () => {
    for (const line of ['By Jane Doe', 'By: Jane Doe', 'by:Jane Doe', 'Written by Moses Kim', 'Article written by Jane Doe', 'Words by Kate Shokurova', 'ByDaryl Austin']) {
      expect(afterWriterCredit(line), line).toMatch(/^(?:Jane|Moses|Kate|Daryl)/);
      expect(dateFromPublicationCredit([line, 'April 8, 2024']), line).toBe('2024-04-08');
      expect(isCreditByLine(line), line).toBe(true);
    }
    for (const line of ['Bypass the queue', 'Byzantine art', 'By using this site you agree', 'Nearby: Jane Doe']) {
      expect(dateFromPublicationCredit([line, 'April 8, 2024']), line).toBeNull();
      expect(isCreditByLine(line), line).toBe(false);
    }
  });

  it("leaves out the credit line's next field run into a name", () => {
    for (const [byline, want] of [
      ['Korin MillerPublished:', ['Korin Miller']],
      ['By Kathryn GiuffridaMar 5, 2025', ['Kathryn Giuffrida']],
      ['Gabby BoucherIn Budget Travel, Budget Travel Guides, Travel Resources', ['Gabby Boucher']],
      ['Richard Garner Updated', ['Richard Garner']],
      ['Bhaval Patel Last Updated:', ['Bhaval Patel']],
      ['Jeff Cobb. Last Updated', ['Jeff Cobb']],
      ['A. J. Neal View In Digital Edition', ['A. J. Neal']],
      ['Jeffrey ZeldmanNovember', ['Jeffrey Zeldman']],
      ['Posted by Soliant', ['Soliant']],
      // A reviser or a label alone is no author.
      ['Updated by Jon Linkov', []],
      ['Updated', []],
      // Another credit's label with no one after it.
      ['Researched by', []],
      ['Illustrated by:', []],
      // A breadcrumb's links glued word after word; one glued brand stays.
      ['Wedding ChecklistsJust EngagedWedding Planning', []],
      ['ServiceTitan', ['ServiceTitan']],
      ['Jeff VanderMeer', ['Jeff VanderMeer']],
      // Names that hold such letters stay whole.
      ['Curtis LeMay', ['Curtis LeMay']],
      ['Anna DeMarco and Ian McInnes', ['Anna DeMarco', 'Ian McInnes']],
      ['Lastri Wulandari', ['Lastri Wulandari']],
      // A house's staff is the credit; a writer's staff role is not part of the name.
      ['By Resy Staff', ['Resy Staff']],
      ['By Podium Staff', ['Podium Staff']],
      ['By Jane Doe, Staff Writer', ['Jane Doe']],
      ['By Jane Doe Staff', ['Jane Doe']],
      // A writer's job and employer beside the name are no writers; the next writer joined on is.
      ['By Paul Frew, Home and Digital Security Expert & Gene Petrino, Home Security Expert', ['Paul Frew', 'Gene Petrino']],
      ['Daniel Burstein, Senior Director, Content & Marketing, MarketingSherpa', ['Daniel Burstein']],
      ['Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines', ['Benjamin Johnson']],
      ['Claire Wilson, Co-Founder, COO', ['Claire Wilson']],
      ['Nicole Forbes, Master Horticulturalist & Garden Educator', ['Nicole Forbes']],
      ['Tom Smith, Jane Roe and Ann Lee', ['Tom Smith', 'Jane Roe', 'Ann Lee']],
      // A converter's marks after the name go; an initial's or a suffix's full stop stays.
      ['Workzone Team**•', ['Workzone Team']],
      ['By Meaghan Weeden ●', ['Meaghan Weeden']],
      ['Emily Baron Cadloff·', ['Emily Baron Cadloff']],
      ['Kendall Breitman.', ['Kendall Breitman']],
      ['By Pete Ohs’', ['Pete Ohs']],
      ['By Martin Luther King Jr.', ['Martin Luther King Jr.']],
      ['By J. R. R.', ['J. R. R.']],
      // What came with a name in its field: a label, a picture's word, a photo credit, a category, a job run on.
      ['View all posts by Craig Randall', ['Craig Randall']],
      ['Author: Michael Ansaldo', ['Michael Ansaldo']],
      ['Matt Eland avatar', ['Matt Eland']],
      ['Featured Image', []],
      ['Laura via One Fab Day', ['Laura']],
      ['Gabriel Gonzalez in Uncategorized', ['Gabriel Gonzalez']],
      ['Dan Pantelo average reading time:', ['Dan Pantelo']],
      ['Meghan Neville Content Marketing Coordinator', ['Meghan Neville']],
      ['Will Judd Former Deputy Tech', ['Will Judd']],
      ['Mary Ann Smith Writer', ['Mary Ann Smith']],
      ['Master Gardener', []],
      ['Luxury Travel Expert', ['Luxury Travel Expert']],
      // Nothing of a name: a field's label, a month, a placeholder, a pager.
      ['Name', []],
      ['Feb', []],
      ['undefined', []],
      ['Previous Next', []],
      ['May Wong', ['May Wong']],
      ['Staff', ['Staff']],
      // A degree or a certification after the name is no name; an outlet in capitals stays whole.
      ['Dylan Bailey, MS, RD, FAND', ['Dylan Bailey']],
      ['Genevieve Carlton, Ph.D.', ['Genevieve Carlton']],
      ['Rebecca Lake, CEPF®', ['Rebecca Lake']],
      ['Jeffrey A. Slotnick CPP, PSP', ['Jeffrey A. Slotnick']],
      ['Brian Truitt USA TODAY', ['Brian Truitt USA TODAY']],
      // A house's team, credited with its article.
      ['By the Lavazza Team', ['the Lavazza Team']],
      ['the best team', []],
    ] as const) expect(parseBylines([byline]), byline).toEqual(want);
  });

  it("reads the credits under the headline, however far the body starts below it", () => {
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} compares language learning apps on price, lessons and how quickly a beginner can hold a conversation.`);
    const junk = Array.from({ length: 30 }, (_, i) => `Menu item ${i}`);
    const page = ['Top 10: Best Language Learning Apps', 'by Christian Roth | Mar 5, 2025', ...junk, ...story].join('\n');
    const a = extractArticle({ body: page, format: 'text' });
    expect(a.title).toBe('Top 10: Best Language Learning Apps');
    expect(a.authors).toEqual(['Christian Roth']);
    expect(a.publishedAt).toBe('2025-03-05');
  });

  it("text path: credits the byline under the headline, not a menu's \"By\" labels or another post's byline on the page", () => {
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} walks through the review and approval workflow that post-production teams use before delivery.`);
    const menu = ['Solutions', 'By Use Case', 'Managed File Transfer', 'Send Large Files', 'By Industry', 'Post-Production', 'Live Broadcast', 'Log In Sign-Up Free'];
    const page = (under: string) => extractArticle({ body: [...menu, 'Video Post-Production Review and Approval Process', under, ...story, 'Related posts', 'How to Send Large Video Files', 'By Ludmil Enchev'].join('\n'), format: 'text' }).authors;
    expect(page('by Jim Donnelly | August 24, 2023')).toEqual(['Jim Donnelly']);
    expect(page('By Jim Donnelly')).toEqual(['Jim Donnelly']);
    // With no byline under the headline, the page's "By" lines are all there is to go by.
    expect(page('August 24, 2023')).toContain('Ludmil Enchev');
  });

  it('text path: a byline a share bar keeps from its headline is still the one near it, not the teasers\' further down', () => {
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} explains why employers drop coverage for weight loss drugs as the drug makers' programs grow, and what workers pay instead.`);
    const teasers = ['Most Popular', 'Biotech stocks slide after trial data', 'By Adam Feuerstein', 'Hospitals test new billing rules', 'By Daniel Payne and John Wilkerson'];
    const page = (bar: string[]) =>
      extractArticle({ body: ['STAT Plus', 'Employers drop coverage for weight loss drugs as programs grow', 'Prices will remain unaffordable for many workers', ...bar, 'By Elaine Chen', 'Dec. 18, 2025', ...story, ...teasers].join('\n'), format: 'text' }).authors;
    expect(page(['Manage alerts for this article', 'Email this article', 'Share this article', 'Adobe'])).toEqual(['Elaine Chen']);
    // Too far under it, the byline is one of the page's "By" lines like the others.
    expect(page(['Manage alerts', 'Email', 'Share', 'Adobe', 'Print', 'Save', 'Listen', 'Gift', 'Comment', 'Follow', 'Copy link', 'More'])).toContain('Adam Feuerstein');
    // Over it, with the writer's role between; not the teasers' right after a short body.
    const short = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} lists podcasts that inspire IT industry leaders today, from security to leadership.`);
    const after = ['Opinion', 'Why M&A technology integrations are harder than expected', 'By Thai Vong', 'Mar 13, 2026 9 mins'];
    const over = extractArticle({ body: ['Home', 'CIO', 'By Linda Rosencrance', 'Contributing Writer', '11 go-to podcasts that inspire IT industry leaders today', 'Feature', 'Mar 27, 2025 5 mins', ...short, ...after].join('\n'), format: 'text' });
    expect(over.authors).toEqual(['Linda Rosencrance']);
  });

  it('text path: credits the writer a "Written by" line right after the article names, however long the article', () => {
    // Longer than the reach of the credit rules around the body's start.
    const story = Array.from({ length: 80 }, (_, i) => `Paragraph ${i + 1} explains how a mobile app goes from an idea to the app stores, and what each stage costs.`);
    const page = (after: string[]) => extractArticle({ body: ['Blog', 'How Are Mobile Apps Created? A Complete Guide', ...story, '* * *', ...after, 'Subscribe to our blog', 'Once a month we will send you blog updates'].join('\n'), format: 'text' }).authors;
    expect(page(['Written by Moses Kim and Kate Shokurova', 'April 8, 2024'])).toEqual(['Moses Kim', 'Kate Shokurova']);
    expect(page(['mobile-apps', 'app-development', 'Words by Kate Shokurova'])).toEqual(['Kate Shokurova']);
  });

  it("text path: dates the article by its headline's own date, under it or over it, before a sidebar teaser's dated credit", () => {
    const story = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} compares native, hybrid and web apps, and what each costs a business to build and keep running.`);
    const sidebar = ['Table of Contents', 'Categories', 'Share it now!', 'Most Popular', 'Mobile App Marketing Guide: 25 Proven Strategies', 'Subharun Mukherjee |July 15, 2025'];
    const headline = 'What Are the Different Types of Mobile Apps?';
    const page = (top: string[], under: string[]) => extractArticle({ body: ['Home > Blog > Mobile Marketing', ...top, headline, ...under, ...sidebar, ...story].join('\n'), format: 'text' }).publishedAt?.slice(0, 10);
    expect(page(['January 16, 2025', '11 min read'], ['Written by: Shivkumar M'])).toBe('2025-01-16');
    expect(page([], ['Written by: Shivkumar M', 'January 16, 2025'])).toBe('2025-01-16');
  });

  it("lists a JSON-LD article's authors in the order it gives them, before the meta tags' author", () => {
    const story = '<p>Catering trends for 2025 start with smaller menus, local produce and food stations that let guests choose what they eat and when they eat it.</p>';
    const ld = '{"@type":"Article","headline":"10 Trends in catering","author":[{"@type":"Person","name":"Danielle DeSiato"},{"@type":"Person","name":"Donna Enzmann"},"Natalie Nguyen"]}';
    const html = `<html><head><meta name="author" content="Site Team"><script type="application/ld+json">${ld}</script></head><body><h1>10 Trends in catering</h1><article>${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).authors).toEqual(['Danielle DeSiato', 'Donna Enzmann', 'Natalie Nguyen', 'Site Team']);
  });

  it('reads scholarly "Last, First" author tags as one person each', () => {
    const story = '<p>We evaluate how language models follow multi-step instructions across twelve benchmarks and report where they fail and why.</p>';
    const tags = ['Roy, Aniruddha', 'Patel, Jyoti', 'Chadha, A. K.'].map((a) => `<meta name="citation_author" content="${a}">`).join('');
    const html = `<html><head>${tags}</head><body><h1>Following instructions</h1><article>${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).authors).toEqual(['Aniruddha Roy', 'Jyoti Patel', 'A. K. Chadha']);
  });

  it('passes over the site named as the author when the page credits a writer; keeps it when no one else is named', () => {
    const story = '<p>Planting trees in cities cools streets by several degrees in summer, and volunteers planted ten thousand of them this year across the region.</p>';
    const page = (byline: string) =>
      `<html><head><meta property="og:site_name" content="One Tree Planted"><meta name="author" content="One Tree Planted"></head><body><h1>Why cities need trees</h1><article>${byline}${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: page('<p class="byline">By Meaghan Weeden</p>'), format: 'html', meta: { url: 'https://onetreeplanted.org/blogs/stories/cities' } }).authors).toEqual(['Meaghan Weeden']);
    expect(extractArticle({ body: page(''), format: 'html', meta: { url: 'https://onetreeplanted.org/blogs/stories/cities' } }).authors).toEqual(['One Tree Planted']);
    // Named by its host alone, with no site name declared.
    const hostOnly = `<html><head><meta name="author" content="GlossGenius"></head><body><h1>Pricing your services</h1><article><p>Written by</p><p>Shauna Mitchell</p>${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: hostOnly, format: 'html', meta: { url: 'https://glossgenius.com/blog/pricing' } }).authors).toEqual(['Shauna Mitchell']);
    // The house's staff beside a writer is the house too.
    const staff = `<html><head><meta name="author" content="Jay Berstein"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Aidoc Staff"></head><body><h1>Reading scans faster</h1><article>${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: staff, format: 'html', meta: { url: 'https://www.aidoc.com/learn/blog/scans' } }).authors).toEqual(['Jay Berstein']);
  });

  it('gives the HTML and text paths an author when the page declares none', () => {
    const story = '<p>Catering trends for 2025 start with smaller menus, local produce and food stations that let guests choose what they eat and when they eat it.</p>';
    const html = `<html><body><h1>10 Trends in catering</h1><div><p>Written by</p><p>Edzel Tabing</p></div><article>${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: html, format: 'html' }).authors).toEqual(['Edzel Tabing']);
    expect(extractArticle({ body: htmlToText(html), format: 'text' }).authors).toEqual(['Edzel Tabing']);
  });

  it('text path: reads the name a credit line opens with before its date; not a label before a date', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} lists the tools an electrician needs on the job this year, from testers to crimpers.`).join('\n');
    const page = (credit: string) => extractArticle({ body: ['Blog', '51 Must-Have Electrician Tools for 2025', credit, body].join('\n'), format: 'text' }).authors;
    expect(page('Tom Talbot October 14, 2025')).toEqual(['Tom Talbot']);
    expect(page('Faith Katunga•Oct 20, 2025')).toEqual(['Faith Katunga']);
    expect(page('David Hartshorne•Updated on Jul 4, 2024 •28 min read')).toEqual(['David Hartshorne']);
    // A section label: the article writes its words in lower case.
    expect(page('Industry Tools December 16, 2025')).toEqual([]);
  });

  it('text path: a breadcrumb or credit line that ends in the headline under it is no paragraph, and names the headline', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} looks at how millennials save and spend this decade, with survey figures for comparison.`).join('\n');
    const page = (trail: string, headline: string) => extractArticle({ body: ['Menu', 'Deals of the week', 'I have an offer code', trail, headline, body].join('\n'), format: 'text' });
    const crumbs = page('Home » Archive » Financial Literacy » Do Millennials Have the Best Personal Finance Habits', 'Do Millennials Have the Best Personal Finance Habits?');
    expect(crumbs.title).toBe('Do Millennials Have the Best Personal Finance Habits?');
    expect(crumbs.text.startsWith('Paragraph 1 ')).toBe(true);
    const credit = page('Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on The Hottest Real Estate Markets in the U.S.', 'The Hottest Real Estate Markets in the U.S.');
    expect(credit.title).toBe('The Hottest Real Estate Markets in the U.S.');
    expect(credit.text).not.toContain('Posted on');
  });

  it("text path: reads an author box anywhere on the page: a name under its label, or over its bio; not a subhead over its section", () => {
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} explains how search engines rank pages this year, with figures from the industry for comparison.`).join('\n');
    const footer = Array.from({ length: 70 }, (_, i) => `Footer link ${i}`);
    const page = (box: string[], inside: string[] = []) =>
      extractArticle({ body: ['What is SEO?', body, ...inside, body.replace(/Paragraph/g, 'Section'), ...footer, ...box].join('\n'), format: 'text' }).authors;
    expect(page(['Article by', 'Matias Heikkilä'])).toEqual(['Matias Heikkilä']);
    // Or over its label.
    expect(page(['Nawaz Dhandala', 'Author', '@nawazdhandala • Jan 26, 2026'])).toEqual(['Nawaz Dhandala']);
    expect(page(['Ahmet Serhan', 'Author’s Profile', 'Latest Blogs'])).toEqual(['Ahmet Serhan']);
    expect(page(['Latest Blogs', 'Our Writers'])).toEqual([]);
    expect(page(['Camille Cunningham', 'Camille is a content specialist at Yoast and writes about search every week.'])).toEqual(['Camille Cunningham']);
    expect(page(['Kathryn Giuffrida', "Hi, I'm Kat! I'm a mom of two who loves sharing about brands and boxes."])).toEqual(['Kathryn Giuffrida']);
    // A tab bar under the label, a menu's "Authors" link: no one.
    expect(page(['Author', 'Recent Posts', 'Follow me'])).toEqual([]);
    expect(page(['Authors', 'Contact Us'])).toEqual([]);
    // Inside the article the same shape is a subhead over its section.
    expect(page([], ['Power Query', 'Power Query is a tool that cleans data before it reaches a report, and most teams use it daily.'])).toEqual([]);
  });

  it("text path: a page's controls next to the body are not its headline", () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains what changes in cloud computing this year, with figures from providers for comparison.`).join('\n');
    const page = (control: string) => extractArticle({ body: ['Blog', "Cloud Computing Innovations: What's Next in 2025?", 'Share', 'Tweet', 'Email', control, 'March 4, 2025', body].join('\n'), format: 'text' }).title;
    // Where they stand, over the date, a line of the page's own wins.
    expect(page('Cloud computing this year')).toBe('Cloud computing this year');
    for (const control of ['Back to all articles', 'Sign In Get Started', 'Learn about our editorial policies', 'Get a Demo', 'View Full Profile', 'View all alerts', 'Search The Software Report', 'Search for articles and insights about software and industry news'])
      expect(page(control)).toBe("Cloud Computing Innovations: What's Next in 2025?");
    // A headline about a search is the page's own.
    expect(page('Search for missing hikers called off')).toBe('Search for missing hikers called off');
    // Calls to action in the site's voice, addressed to the visitor.
    for (const prompt of ['Access our 14 day free trial to see if our product is right for you', 'See Userpilot in Action', 'Try Our Cloud Cost Calculator', 'Find Your Cloud Provider', 'Let us help you find your best fit provider!', "Discover more about S&P Global's offerings", 'Want to see your potential savings?'])
      expect(page(prompt)).toBe("Cloud Computing Innovations: What's Next in 2025?");
    // A headline that opens with a verb names its subject, not the visitor.
    expect(page('Find the Right Cloud Provider Today')).toBe('Find the Right Cloud Provider Today');
  });

  it('text path: a date over the headline is the headline\'s, not the menu\'s over the date', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} tells how a coding agent planned a starfield shader three times and got it wrong each time.`).join('\n');
    const page = (header: string[]) => extractArticle({ body: [...header, body].join('\n'), format: 'text' }).title;
    expect(page(['toby/hede', 'Home Blog About', 'tobyhede@GitHub', 'Nov 30, 2025', 'The habits of ineffective agents'])).toBe('The habits of ineffective agents');
    expect(page(['Cory Dransfeldt', 'Feeds Status updates Mastodon', 'Back to posts', 'June 6, 2021', 'The habits of ineffective agents'])).toBe('The habits of ineffective agents');
    // A date that closes the byline under the headline stays the headline's, whatever line follows it.
    expect(page(['Request Info Apply Now', 'The habits of ineffective agents', 'Jennifer Newmann', 'November 15, 2022', 'FAQ # Agents, Planning, Shaders'])).toBe('The habits of ineffective agents');
  });

  it("text path: a blog's description and its date header over a post are not the post's body", () => {
    const body = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} tells what I found running small language models on a laptop, with Ollama and a few of the models it serves.`).join('\n');
    const page = (date: string) => extractArticle({ body: ['Engora Data Blog', "Mike Woodward's thoughts on AI, data, and analytics. I cover AI, ML, management, law, statistics, company culture and more.", date, 'Small adventures with small language models', body].join('\n'), format: 'text' });
    const out = page('Friday, December 19, 2025');
    expect(out.title).toBe('Small adventures with small language models');
    expect(out.text).not.toMatch(/Mike Woodward's thoughts/);
    expect(out.paragraphs[0]).toMatch(/^Paragraph 1/);
  });

  it('text path: the name under an author label is no headline, whatever the body says of it', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1}: Sergio Martínez-Beltrán of The Texas Newsroom spoke with plumbers training as substitute teachers in Austin.`).join('\n');
    const page = (label: string) => extractArticle({ body: ['Education', 'Plumbers are training as substitute teachers', 'Heard on All Things Considered', 'Share', label, 'Sergio Martínez-Beltrán | The Texas Newsroom', 'Listen · 3:51', body].join('\n'), format: 'text' }).title;
    for (const label of ['By', 'Written by', 'Author:']) expect(page(label), label).toBe('Plumbers are training as substitute teachers');
    // A picture's credit line is no headline either.
    const credited = extractArticle({ body: ['Education', 'Plumbers are training as substitute teachers', 'Heard on All Things Considered', 'Share', 'Credit: Sergio Martínez-Beltrán of The Texas Newsroom', 'Listen · 3:51', body].join('\n'), format: 'text' }).title;
    expect(credited).toBe('Plumbers are training as substitute teachers');
  });

  it("text path: a headline's dek under it, in sentence case, does not stand for it", () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} tells how seven design problems shaped the Google Sans Flex typeface, from its inception to going open source.`).join('\n');
    const page = (header: string[]) => extractArticle({ body: [...header, body].join('\n'), format: 'text' }).title;
    expect(page(['Skip to content', 'Making Google Sans Flex', 'How seven design problems shaped the typeface from inception to open source'])).toBe('Making Google Sans Flex');
    // A trail or a menu over the headline is not its headline, nor is a button.
    for (const over of ['Home Design Typography', 'Blog / Design / Typography', 'Get started for free'])
      expect(page(['Skip to content', over, 'How seven design problems shaped the Google Sans Flex typeface'])).toBe('How seven design problems shaped the Google Sans Flex typeface');
    // Two title-case lines: the one the body echoes more, as before.
    expect(page(['Skip to content', 'Design Notes From The Studio', 'Seven Design Problems That Shaped Google Sans Flex'])).toBe('Seven Design Problems That Shaped Google Sans Flex');
  });

  it("text path: a headline's short form near it does not stand for it", () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} shows how a tablet becomes a digital photo frame with a wall mount and a weekend build.`).join('\n');
    const page = (header: string[]) => extractArticle({ body: [...header, body].join('\n'), format: 'text' }).title;
    // The project's name under the post's headline.
    expect(page(['Projects', 'Digital Photo Frame Software Makes Retired Gear Worth Keeping', 'Share', 'Digital Photo Frame', 'Tweet', 'March 4, 2025'])).toBe('Digital Photo Frame Software Makes Retired Gear Worth Keeping');
    // A site name or a trail before the headline is no fuller headline.
    expect(page(['Gadget Guides Digital Photo Frame: A Weekend Build', 'Menu', 'Digital Photo Frame: A Weekend Build', 'By Ann Lee', 'March 4, 2025'])).toBe('Digital Photo Frame: A Weekend Build');
    // Nor is the headline with a converter's link or image furniture after it.
    for (const furnished of ['Digital Photo Frame https://example.com/frame', 'Digital Photo Frame [data:image/png;base64,iVBOR]', 'Digital Photo Frame banner'])
      expect(page(['Projects', furnished, 'Share', 'Digital Photo Frame', 'Tweet', 'March 4, 2025'])).toBe('Digital Photo Frame');
  });

  it('text path: a "By" heading over a list is a section label, not a byline, when the page writes its words in lower case', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} sorts mobile apps by functionality and by target audience, with examples for each of them.`).join('\n');
    const page = (byline: string[]) =>
      extractArticle({ body: ['Types of Mobile Apps', ...byline, body, 'By Functionality', '• Games', '• Utilities', 'By Audience', '• Business', '• Consumer', body.replace(/Paragraph/g, 'Section')].join('\n'), format: 'text' }).authors;
    expect(page([])).toEqual([]);
    expect(page(['By Shivkumar M'])).toEqual(['Shivkumar M']);
    // A writer whose name is also a word the page uses: one word of it only.
    expect(page(['By Grant Young'])).toEqual(['Grant Young']);
  });

  it("text path: a post's credit line of date and writer over a headline credits it, as its date line does", () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1}: picture an empty raised garden bed; gardenary planting fills it by zones, where ordinary planting fills it in rows.`).join('\n');
    const page = (credit: string) =>
      extractArticle({ body: ['Start here', credit, 'Gardenary Planting vs. Ordinary Planting', 'Filed Under:', 'raised gardens', 'kitchen garden', 'Share This Post', 'What Is Gardenary Planting?', body].join('\n'), format: 'text' }).title;
    expect(page('Published August 7, 2023 by Nicole Burke')).toBe('Gardenary Planting vs. Ordinary Planting');
    // The section heading over the body wins without it.
    expect(page('Shop the Gardenary store')).toBe('What Is Gardenary Planting?');
  });

  it("text path: a breadcrumb's last step, printed one step a line, is no headline", () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1}: big changes are coming to the cleaning industry in 2025, from cleaning tech to the trends a thriving business follows.`).join('\n');
    const page = (steps: string[]) =>
      extractArticle({ body: ['Log In', 'Start Free Trial', '2025 Cleaning Industry Trends to Know for a Thriving Business', 'Lisa Pham', 'Start Trial', ...steps, 'Cleaning Industry Trends', 'Originally published in March 2022. Last updated on December 20, 2024.', body].join('\n'), format: 'text' }).title;
    expect(page(['Articles /', 'Cleaning /'])).toBe('2025 Cleaning Industry Trends to Know for a Thriving Business');
    expect(page(['Articles »', 'Cleaning »'])).toBe('2025 Cleaning Industry Trends to Know for a Thriving Business');
    // A link target's slash is no step.
    expect(page(['Articles', 'https://example.com/cleaning/'])).toBe('Cleaning Industry Trends');
  });

  it("text path: a house's team named over the date under the headline is its byline", () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how to start a career as a freelance web developer, from a portfolio to the first clients.`).join('\n');
    const page = (name: string) =>
      extractArticle({ body: ['Resources', 'Articles', '8 Steps To Become a Freelance Web Developer in 2026', 'Learn how to start your career as a freelance web developer and get insights that will help you get started.', name, 'Published', '|', 'Oct 10, 2025', body].join('\n'), format: 'text' }).authors;
    expect(page('The Upwork Team')).toEqual(['The Upwork Team']);
    expect(page('The Upwork Group')).toEqual([]);
  });

  it("text path: the writer's job under their name in a credit box is no headline candidate", () => {
    const lines = (texts: string[]) => texts.map((t, i) => classifyLine(t, i));
    for (const job of ['⋅ Senior Review Analyst ⋅', 'AI Writer, Embarque', 'Contributing Writer']) {
      const all = lines(['By', 'Genaveve Bradshaw', job]);
      expect(isWritersJob(all[2], all), job).toBe(true);
      // Not under a heading, and not a headline that names a job.
      const under = lines(['Careers', 'Our Teams', job]);
      expect(isWritersJob(under[2], under), job).toBe(false);
    }
    const headline = lines(['Genaveve Bradshaw', 'How a Senior Review Analyst Tests Every Toothbrush We Buy']);
    expect(isWritersJob(headline[1], headline)).toBe(false);
  });

  it('text path: a drop-down menu\'s "By" heading over its short items is no byline, even with words the page never writes', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how ecommerce teams read their sales data, and what they change after reading it.`).join('\n');
    const page = (header: string[]) =>
      extractArticle({ body: ['Solutions', ...header, 'Ecommerce Analytics: A Complete Guide', 'Last updated on November 19, 2025', 'Elena Linker', body].join('\n'), format: 'text' }).authors;
    // The menu's heading named "Role" and hid the writer beside the date.
    expect(page(['By Role', 'Marketers', 'Analysts', 'Leadership'])).toEqual(['Elena Linker']);
    expect(page(['By Modality', 'Behavioral & Psychiatry', 'Medspa'])).toEqual(['Elena Linker']);
    // A writer's own "By" line over a date or a role stays a byline.
    expect(page(['By Kev', 'Jan 1, 2026'])).toEqual(['Kev']);
    expect(page(['By Jane Doe', 'Senior Editor', 'Share'])).toEqual(['Jane Doe']);
    // So does a credit that says who wrote it, however brand-like the name.
    expect(page(['Written by HomeAdvisor', 'Staff Writer', 'Reviewed by Robert Tschudi'])).toEqual(['HomeAdvisor']);
    expect(page(['Written By', 'Stephen Jesudunsin', 'AI Writer, Embarque'])).toEqual(['Stephen Jesudunsin']);
  });

  it('text path: reads a name beside a date away from the headline, unless the page writes its words in lower case', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how the yoga studio sets its class prices this year, with industry figures for comparison.`).join('\n');
    const menu = Array.from({ length: 12 }, (_, i) => `Menu item ${i}`);
    const page = (name: string) => extractArticle({ body: [name, 'August 25, 2024', ...menu, 'How Much to Charge for Yoga Classes', body].join('\n'), format: 'text' }).authors;
    expect(page('Shauna Mitchell')).toEqual(['Shauna Mitchell']);
    // A section label over a post's date: the body writes "industry".
    expect(page('Industry Insights')).toEqual([]);
  });

  it('text path: reads a byline that names its kind of piece ("Text by", "Guide by"), without the writer\'s job title', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} compares the lightest gaming mice of the year, weighed and tested in three shooters.`).join('\n');
    const page = (byline: string) => extractArticle({ body: ['Reviews', 'The lightest gaming mice of 2026', byline, body].join('\n'), format: 'text' }).authors;
    expect(page('Text by Hunter Dukes')).toEqual(['Hunter Dukes']);
    expect(page('Guide by Will Judd Former Deputy Tech Editor')).toEqual(['Will Judd']);
    expect(page('By Catherine Boeckmann Executive Digital Editor')).toEqual(['Catherine Boeckmann']);
  });

  it('text path: reads a name alone on its line under the headline, beside the date or reading time; not a menu or a heading there', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how the hotel group rebuilt its loyalty programme this year, and what members get now.`).join('\n');
    const page = (lines: string[]) => extractArticle({ body: ['Menu', 'Hotels', 'How Ovolo rebuilt its loyalty programme', ...lines, body].join('\n'), format: 'text' }).authors;
    expect(page(['Julia Gralberg', 'March 4, 2025 · 6 min read'])).toEqual(['Julia Gralberg']);
    expect(page(['March 4, 2025', 'Christopher S. Penn'])).toEqual(['Christopher S. Penn']);
    expect(page(['Find A Location', 'March 4, 2025'])).toEqual([]);
    // A menu entry of rarer words still opens as no name does.
    expect(page(['About Physical Activity', 'March 4, 2025'])).toEqual([]);
    expect(page(['How It Works', 'March 4, 2025'])).toEqual([]);
    // Not beside a date: a name-shaped line alone is no byline.
    expect(page(['Julia Gralberg', 'Share this'])).toEqual([]);
    // Unless it sits right over the article's first paragraph, with no common word and none the prose writes in lower case.
    expect(page(['Andrei Zakhareuski'])).toEqual(['Andrei Zakhareuski']);
    expect(page(['Key Takeaways'])).toEqual([]);
    expect(page(['Loyalty Programme'])).toEqual([]);
    // Over a credit line that gives no date: the page fills it in by script.
    expect(page(['Matteo Laratta', 'Last Updated:'])).toEqual(['Matteo Laratta']);
    expect(page(['InstaTunnel Team', 'Published by our engineering team'])).toEqual(['InstaTunnel Team']);
    expect(page(['How It Works', 'Last Updated:'])).toEqual([]);
    // The author's role between the name and the date; not a label over a menu item.
    expect(page(['Chirag Bhardwaj', 'VP - Technology', 'November 14, 2025'])).toEqual(['Chirag Bhardwaj']);
    expect(page(['About Physical Activity', 'Nutrition', 'November 14, 2025'])).toEqual([]);
    // Over a writer's role, with no date: the role says it is the writer.
    expect(page(['Back to all', 'Last Updated January, 2025', 'Liz Kenny', 'Former McKinsey Consultant'])).toEqual(['Liz Kenny']);
    expect(page(['Julia Gralberg', 'Head Office'])).toEqual([]);
    // A one-word name right over the date: a blogger's first name or handle. Not an English word (a section's
    // label), nor one the prose writes in lower case, nor one away from the date.
    expect(page(['Wyndo', 'Dec 04, 2025'])).toEqual(['Wyndo']);
    expect(page(['Technology', 'Dec 04, 2025'])).toEqual([]);
    expect(page(['Loyalty', 'Dec 04, 2025'])).toEqual([]);
    expect(page(['Wellness', 'Dec 04, 2025'])).toEqual([]);
    expect(page(['Ovolo', 'Dec 04, 2025'])).toEqual([]);
    expect(page(['Wyndo', 'Share this', 'Dec 04, 2025'])).toEqual([]);
    // The name with the writer's letters or job title after a comma, beside the date.
    expect(page(['Dylan Bailey, MS, RD, FAND', 'Published Jun 4, 2025'])).toEqual(['Dylan Bailey']);
    expect(page(['Mike Marshall, Shipping Expert', 'Friday, December 19, 2025'])).toEqual(['Mike Marshall']);
    expect(page(['Portland, Oregon', 'Friday, December 19, 2025'])).toEqual([]);
    // A dated line that opens with a name is the byline, over the category beside it.
    expect(page(['Mobile App Development', 'Amit Samsukha October 11, 2024'])).toEqual(['Amit Samsukha']);
    // A credit line of fields set apart with dots or bars, the date first.
    expect(page(['Dec 26, 2025 • Mahua Das in Project Management'])).toEqual(['Mahua Das']);
    expect(page(['December 15, 2025 · 30 min · 6279 words · Ash Vardanian'])).toEqual(['Ash Vardanian']);
    expect(page(['Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group'])).toEqual(['Niko Matsakis']);
    // Not a section the article writes in lower case.
    expect(page(['Dec 26, 2025 • Loyalty Programme'])).toEqual([]);
    // Under the headline's dek.
    expect(page(['What a loyalty programme owes its members, and what Ovolo now gives them.', 'Juliette Carreiro', 'Tech Writer'])).toEqual(['Juliette Carreiro']);
    // Nor a comment count or the headline repeated beside the date.
    expect(page(['September 8, 2025', 'No Comments'])).toEqual([]);
    expect(page(['How Ovolo rebuilt its loyalty programme', 'March 4, 2025'])).toEqual([]);
    // A byline run onto the end of the dek under the headline: its name and its date.
    const dek = (end: string) => extractArticle({ body: ['Menu', 'Hotels', 'How Ovolo rebuilt its loyalty programme', `The hotel group wants members to stay longer and book direct. ${end}`, 'Share', body].join('\n'), format: 'text' });
    expect(dek('By Lisa Jennings on Dec. 19, 2025').authors).toEqual(['Lisa Jennings']);
    expect(dek('By Lisa Jennings on Dec. 19, 2025').publishedAt?.slice(0, 10)).toBe('2025-12-19');
    expect(dek('By the end of 2026 it hopes to double them.').authors).toEqual([]);
    // A credit line of fields right over the headline, where a theme prints a post's meta above its title.
    const over = (credit: string) => extractArticle({ body: ['Menu', 'Hotels', credit, 'How Ovolo rebuilt its loyalty programme', body].join('\n'), format: 'text' }).authors;
    expect(over('109 Comments | Jill Winger | Last Updated: March 11, 2019')).toEqual(['Jill Winger']);
    expect(over('109 Comments | Loyalty Programme | Last Updated: March 11, 2019')).toEqual([]);
  });

  it('HTML path: with no author in the markup, reads the credit lines of the visible text as the text path does', () => {
    const story = '<p>Machine learning now shapes what each shopper sees first, from the search results to the products suggested at checkout.</p>';
    const html = (credits: string) => `<html><body><nav>Home</nav><h1>How Machine Learning is Shaping eCommerce</h1>${credits}<article>${story.repeat(4)}</article></body></html>`;
    expect(extractArticle({ body: html('<div><p>Chirag Bhardwaj</p><p>VP - Technology</p><p>November 14, 2025</p></div>'), format: 'html' }).authors).toEqual(['Chirag Bhardwaj']);
    expect(extractArticle({ body: html('<div><p>November 14, 2025</p><p>No Comments</p></div>'), format: 'html' }).authors).toEqual([]);
  });

  it('text path: reads a "By" line far from the headline, nearest the body first; not a sentence that opens with "By"', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} explains how search engines rank pages this year, and what site owners should change first.`).join('\n');
    const menu = Array.from({ length: 40 }, (_, i) => `Menu item ${i}`);
    // One block per line, blank lines between, as html-to-text writes them.
    const page = (top: string[], under: string[]) =>
      extractArticle({ body: [...top, ...menu, 'How search engines rank pages', ...menu.slice(0, 14), ...under, body].join('\n\n'), format: 'text' }).authors;
    expect(page(['by Jason Rostar | SEO | 8 min Read'], [])).toEqual(['Jason Rostar']);
    expect(page(['By Ann Other | 3 min read'], ['By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Frank Bass'])).toEqual(['Scott Levine']);
    expect(page(['By using this site you agree to our Privacy Policy.'], [])).toEqual([]);
  });

  it("reads the author Yoast SEO's Twitter card labels \"Written by\"", () => {
    const story = '<p>Catering trends for 2025 start with smaller menus, local produce and food stations that let guests choose what they eat and when they eat it.</p>';
    const page = (labels: string) => extractArticle({ body: `<html><head>${labels}</head><body><h1>10 Trends in catering</h1><article>${story.repeat(4)}</article></body></html>`, format: 'html' }).authors;
    expect(page('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="8 minutes">')).toEqual(['Nawaz Dhandala']);
    // Another label's data is no author.
    expect(page('<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="8 minutes">')).toEqual([]);
  });

  it("takes the CMS user name the page declares as its author only where the page shows no writer's name", () => {
    const story = '<p>Catering trends for 2025 start with smaller menus, local produce and food stations that let guests choose what they eat and when they eat it.</p>';
    const page = (head: string, credit = '') => extractArticle({ body: `<html><head>${head}</head><body><h1>10 Trends in catering</h1>${credit}<article>${story.repeat(4)}</article></body></html>`, format: 'html' }).authors;
    expect(page('<meta name="author" content="sara.r.peter">')).toEqual(['sara.r.peter']);
    expect(page('<meta name="author" content="sara.r.peter">', '<p class="byline">By Sara Peterson</p>')).toEqual(['Sara Peterson']);
    expect(page('<meta name="author" content="https://example.com/sara">')).toEqual([]);
  });

  it("reads the name in a theme's author element when nothing else names one, not a date, a label, a role or a commenter", () => {
    const story = '<p>Catering trends for 2025 start with smaller menus, local produce and food stations that let guests choose what they eat and when they eat it.</p>';
    const page = (box: string, extra = '') => `<html><body><h1>10 Trends in catering</h1>${box}<article>${story.repeat(4)}</article>${extra}</body></html>`;
    const authors = (box: string, extra = '') => extractArticle({ body: page(box, extra), format: 'html' }).authors;
    expect(authors('<div class="post-meta"><span class="author">Dakota Hebert July 3, 2025</span></div>')).toEqual(['Dakota Hebert']);
    expect(authors('<div class="c-byline"><span class="c-byline__author">Matteo Laratta | Author</span></div>')).toEqual(['Matteo Laratta']);
    expect(authors('<div class="author-box"><span class="author-name">Rachel Macdonald</span><span class="author-role">Writer</span></div>')).toEqual(['Rachel Macdonald']);
    expect(authors('<div class="byline">Updated January 08, 2026 Written by Meghan Neville</div>')).toEqual(['Meghan Neville']);
    expect(authors('<div class="byline">Dec. 19, 2025 · 6 min read</div>')).toEqual([]);
    expect(authors('<div class="entry-author">Personal finance</div>')).toEqual([]);
    // A name that starts like a month or a weekday is still a name.
    expect(authors('<span class="author-name">Julia Gralberg</span>')).toEqual(['Julia Gralberg']);
    expect(authors('<span class="author-name">Marco Sundberg</span>')).toEqual(['Marco Sundberg']);
    expect(authors('', '<ol class="comments"><li><span class="comment-author">Amy Reader</span><p>Great list, thank you for sharing it with us.</p></li></ol>')).toEqual([]);
  });
});

describe('line rules: date-only lines', () => {
  it('takes a line that is a date with its labels, times and zones', () => {
    expect(isDateOnlyLine('Wednesday, February 4, 2026')).toBe('2026-02-04');
    expect(isDateOnlyLine('Tuesday, 9th of December 2025')).toBe('2025-12-09');
    expect(isDateOnlyLine('Updated: Dec. 4, 2025')).toBe('2025-12-04');
    expect(isDateOnlyLine('Published on 18 Sept 2025 at 6:26 pm')).toBe('2025-09-18T18:26:00');
    // A zone keeps its offset: the day is the one the page shows, though UTC has moved on.
    expect(isDateOnlyLine('Dec 4, 2025 10:30 EST')).toBe('2025-12-04T10:30:00-05:00');
    expect(isDateOnlyLine('Dec 4, 2025 8:51 pm EST')).toBe('2025-12-04T20:51:00-05:00');
    // "May" with the dot of the months abbreviated beside it, a 24-hour clock's "hrs", a bar before the time.
    expect(isDateOnlyLine('Fri., May. 3, 2013 11:45 AM PDT')).toBe('2013-05-03T11:45:00-07:00');
    expect(isDateOnlyLine('Tue Jul 02 2013, 14:58 hrs')).toBe('2013-07-02T14:58:00');
    expect(isDateOnlyLine('Aug. 05, 2013 | 2:47 p.m.')).toBe('2013-08-05T14:47:00');
  });

  it('reads a date that inline elements ran into the text around it', () => {
    expect(parseHumanDate('October 17, 20236:01 PM ET')?.slice(0, 10)).toBe('2023-10-17');
    expect(parseHumanDate('Mar 27, 20255 mins')).toBe('2025-03-27');
    expect(parseHumanDate('ByKathryn GiuffridaMar 5, 2025 | 6 comments')).toBe('2025-03-05');
    expect(parseHumanDate('by Jeffrey ZeldmanNovember 20, 2007')).toBe('2007-11-20');
    // Two dates run together: a post's publication and its update, the earlier first or second.
    expect(parseHumanDate('Posted on June 29, 2020November 12, 2021')).toBe('2020-06-29');
    expect(parseHumanDate('May 21, 2025April 24, 2025 by The Ritualist')).toBe('2025-04-24');
    expect(parseHumanDate('July 4, 2025February 9, 2026 Updated onFebruary 9, 2026')).toBe('2025-07-04');
  });

  it("reads a day written with its ordinal dot, as Central European pages write it in English", () => {
    expect(isDateOnlyLine('December 19. 2025')).toBe('2025-12-19');
    expect(isDateOnlyLine('19. December 2025')).toBe('2025-12-19');
    expect(parseHumanDate('Josef Průša, Mon 19. Dec. 2025')).toBe('2025-12-19');
    // A sentence's full stop before a word that only starts like a month is left alone.
    expect(parseHumanDate('Step 1. Marchers gathered in 2025')).toBeNull();
  });

  it("reads a date whose punctuation a tokenised corpus or a template spaced apart", () => {
    expect(isDateOnlyLine('September 18th, 2013, 05: 31 GMT')).toBe('2013-09-18T05:31:00+00:00');
    expect(isDateOnlyLine('05 / 02 / 2013')).toBe('2013-05-02');
    expect(isDateOnlyLine('2013 - 09 - 26')).toBe('2013-09-26');
    expect(isDateOnlyLine('May 3rd, 2013 2: 00pm EDT')).toBe('2013-05-03T14:00:00-04:00');
    expect(isDateOnlyLine('2 / 3 / 2009 5: 59: 13 PM')).toBe('2009-02-03T17:59:00');
    expect(isDateOnlyLine('Jan. 17, 2025 @ 01:39 PM EST')).toBe('2025-01-17T13:39:00-05:00');
    // Spaced numbers that are no date stay none.
    expect(isDateOnlyLine('Score 3 - 1 - 2025')).toBeNull();
  });

  it('of an update and a publication on one line, takes the publication', () => {
    expect(parseHumanDate('Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET')?.slice(0, 10)).toBe('2022-11-09');
    expect(parseHumanDate('Updated: May 2, 2025 | April 1, 2025')).toBe('2025-04-01');
    expect(parseHumanDate('May 2, 2025 | Updated April 1, 2026')).toBe('2025-05-02');
  });

  it('leaves a line with any other word, though it holds a date', () => {
    for (const line of ['3 min | May 10, 2024', 'Menu Drops for December 16th & 18th', 'December 2, 2025 No Comments', 'Christian Roth September 18, 2025 at 10:10 am']) {
      expect(isDateOnlyLine(line), line).toBeNull();
    }
  });
});

describe('navigation printed as text', () => {
  const article = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the guide explains how search engines crawl, index and rank pages, and what a site owner can do about each step.`);
  const menu = ['Keyword Explorer', 'Find traffic-driving keywords with our keyword index.', 'Link Explorer', 'Explore over 40 trillion links for powerful backlink data.', 'Competitive Research', 'Uncover valuable insights on your organic search competitors.', 'MozBar', 'See top SEO metrics for free as you browse the web.', 'Moz API', 'Power your SEO with our index of over 44 trillion links.', 'Local SEO', 'Raise your local SEO visibility with complete local SEO management.'];

  it('leaves out a mega-menu of names over one-line blurbs, and finds the headline under it', () => {
    const { text, title } = extractArticle({ body: [...menu, 'The Beginner’s Guide to SEO', 'By Rand Fishkin', ...article].join('\n'), format: 'text' });
    expect(text.startsWith('Paragraph 1 of the guide')).toBe(true);
    expect(text).not.toMatch(/trillion links|Keyword Explorer/);
    expect(title).toBe('The Beginner’s Guide to SEO');
  });

  it('keeps an article that lists tools, each over a paragraph about it', () => {
    const tools = ['KNIME Analytics Platform', 'KNIME Analytics Platform is an open-source data analytics platform that integrates components for machine learning and data mining through its modular pipelines.', 'Observable', 'Observable is a data analysis platform that gives data teams tools for exploratory data analysis and visualization in a shared browser canvas.', 'Power BI', 'Power BI is a business analytics service from Microsoft that provides interactive visualizations with an interface simple enough for end users.', 'Tableau', 'Tableau is a visual analytics platform that lets people see and understand their data through drag-and-drop dashboards and charts.'];
    const { text } = extractArticle({ body: ['The best data analysis tools', ...article.slice(0, 2), ...tools, ...article.slice(2)].join('\n'), format: 'text' });
    for (const t of tools) expect(text).toContain(t);
  });
});

describe('end of the article', () => {
  it('takes a related-stories box out of the middle of an article, heading and teasers, and keeps the article going on after it', () => {
    const paragraph = (n: number) => `Paragraph ${n} of the report says the council will close the old bridge for two years while engineers rebuild the deck, and commuters will use the northern crossing instead, officials said on Tuesday.`;
    const boxes = [
      ['Related articles', 'Council approves new budget for schools after long debate over taxes.', 'Why the northern crossing is already full at rush hour, explained by engineers.'],
      ['Mehr zum Thema', 'Stadtrat beschließt neuen Haushalt nach langer Debatte über Steuern.', 'Warum die Nordbrücke schon jetzt im Berufsverkehr voll ist.'],
    ];
    for (const box of boxes)
      for (const before of [2, 4]) {
        const page = ['Bridge to close for two years', ...[0, 1, 2, 3, 4, 5, 6, 7].slice(0, before).map(paragraph), ...box, ...[0, 1, 2, 3, 4, 5, 6, 7].slice(before).map(paragraph)].join('\n');
        expect(extractArticle({ body: page, format: 'text' }).text.split('\n\n'), `${box[0]} after ${before}`).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map(paragraph));
      }
    // Under such a heading, a numbered step is the article's own: no box (the box's links were elsewhere).
    const steps = ['Bridge to close for two years', paragraph(0), paragraph(1), 'Read Next', 'There are, however, things commuters can do.', '1. Leave earlier', paragraph(2), paragraph(3)].join('\n');
    const text = extractArticle({ body: steps, format: 'text' }).text;
    expect(text).toContain('There are, however, things commuters can do.');
    expect(text).toContain('1. Leave earlier');
  });

  it('stops before a thread of reader comments, however long the thread', () => {
    const article = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the recipe explains how the garden spray keeps beetles off the potatoes without any chemicals at all.`);
    const comments = Array.from({ length: 30 }, (_, i) => [`Reader${i} says`, `July ${(i % 28) + 1}, 2015 at 3:53 pm`, `This is a long and thoughtful comment number ${i} about my own garden, the beetles in it, and how the spray worked for me this summer.`, 'reply to comment']).flat();
    const { text } = extractArticle({ body: ['Organic Pest Control Garden Spray Recipe', ...article, '109 Comments', ...comments].join('\n'), format: 'text' });
    expect(text).toMatch(/Paragraph 8 of the recipe/);
    expect(text).not.toMatch(/thoughtful comment|Reader\\d+ says/);
  });

  it("stops before a newsletter platform's discussion (Substack: a commenter, an age in short, the comment, its controls)", () => {
    const article = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the post argues that voters who were ignored for years do not come back the moment someone finally listens to them.`);
    const thread = ['Discussion about this post', 'Doug Clow', '8d', 'Is there room in your theorising for voters being wrong, in wanting the wrong things and in wanting things the wrong way?', 'Expand full comment', 'Reply', 'Share', '3 replies by Dan Davies and others', 'paul wolfson', '8d', 'After the uprising of 1953, Brecht suggested the government might dissolve the people and elect another, which fits your argument rather well.', 'Expand full comment', 'Reply', 'Share'];
    const { paragraphs } = extractArticle({ body: ['what is once sprung cannot necessarily be unsprunged', 'Dan Davies', 'Dec 12, 2025', ...article, ...thread].join('\n'), format: 'text' });
    expect(paragraphs).toEqual(article);
  });

  it('stops before a list of teasers under an end heading, however many blurbs it holds, and not before a box the article goes on under', () => {
    const article = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the report says travellers who skip the rental counter are happier, and the survey of eleven thousand customers shows by how much.`);
    const teasers = Array.from({ length: 8 }, (_, i) => ['Airlines', `Dec ${19 - i}, 2025`, `Airline ${i} Launches a New Route`, `Teaser ${i} tells in a long sentence how another airline opened another route this month, with new seats and a lounge for its travellers.`]).flat();
    const { paragraphs } = extractArticle({ body: ['Travelers Who Skip the Counter Are Happier', ...article, 'Read This Next', ...teasers].join('\n'), format: 'text' });
    expect(paragraphs).toEqual(article);
    // The same heading over a box of three teasers, the article going on under it for as long: the article keeps its end.
    const box = teasers.slice(0, 12);
    const rest = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 6} of the report goes on about the survey and what the rental companies will change next year at their airport counters.`);
    const inside = extractArticle({ body: ['Travelers Who Skip the Counter Are Happier', ...article, 'Read This Next', ...box, ...rest].join('\n'), format: 'text' }).paragraphs;
    expect(inside.slice(-6)).toEqual(rest);
    // A page whose own paragraphs stand alone all along (a heading over each) says nothing by it, nor does a promo's label with a colon.
    const listicle = Array.from({ length: 5 }, (_, i) => [`Tip ${i + 1}: check the counter`, `Paragraph ${i + 1} of the guide says travellers who skip the rental counter are happier, and the survey of eleven thousand customers shows by how much.`]).flat();
    const more = Array.from({ length: 6 }, (_, i) => [`Tip ${i + 6}: return the car`, `Paragraph ${i + 6} of the guide goes on about the survey and what the rental companies will change next year at their airport counters.`]).flat();
    const guide = extractArticle({ body: ['Ten Tips for Renting a Car', ...listicle, 'Read This Next', ...more].join('\n'), format: 'text' }).text;
    expect(guide).toContain('Paragraph 11 of the guide');
    const promo = extractArticle({ body: ['Travelers Who Skip the Counter Are Happier', ...article, 'Related:', ...more].join('\n'), format: 'text' }).text;
    expect(promo).toContain('Paragraph 11 of the guide');
  });

  it("drops a store's banner printed once per country, each line with its own price but one sentence in common", () => {
    const terms = ['Custom Skincare Sets Promo Terms', 'Receive ten percent off your purchase of three to five individual skincare products to create a custom set at all retail locations and online.', 'The discount cannot be combined with other offers, and it applies to full-price products only, excluding taxes and shipping.', 'Returns of a custom set follow the standard return policy within thirty days of delivery.'];
    const prices = ['$60 CAD+', '$110 AUD or more', '65€ or more', 'R$670 or more', '¥990 or more', '480kr or more', '₹11,230 or more', '₪515 or more', 'MX$1,320', '900kr or more'];
    const banners = prices.map((p) => `Free standard shipping on orders ${p}. For more information on shipping rates and timelines, please visit our international page`);
    const { paragraphs } = extractArticle({ body: [...banners, ...terms].join('\n'), format: 'text' });
    expect(paragraphs).toEqual(terms.slice(1));
    // An article that repeats one sentence a few times (a refrain, a quoted slogan) keeps it.
    const refrain = Array.from({ length: 4 }, (_, i) => `Verse ${i + 1} of the song tells a different part of the story of the harbour town. We will rebuild the harbour, one stone at a time.`);
    expect(extractArticle({ body: ['The Harbour Song', ...refrain].join('\n'), format: 'text' }).paragraphs).toEqual(refrain);
  });

  it('looks for the body above a comment thread that outweighs the story (Slashdot: a summary over scored comments)', () => {
    const story = Array.from({ length: 3 }, (_, i) => `Summary paragraph ${i + 1} says that computer science graduates of elite schools find fewer entry-level jobs, as hiring managers say coding tools let two engineers do the work of ten, and that students now take other paths after graduation.`);
    const comments = Array.from({ length: 12 }, (_, i) => [`Re: Guaranteed jobs? (Score:${(i % 5) + 1}, Insightful)`, `by reader${i} ( ${1000 + i} ) on Friday December 19, 2025 @08:08PM (#6587${i})`, `A long and thoughtful comment number ${i} argues at length that the junior developers of today are the seniors of tomorrow, and that companies which stop hiring them will regret it within a decade when nobody is left to maintain their systems.`, 'Reply to This Share']).flat();
    const page = ['Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87', 'Posted by BeauHD on Friday December 19, 2025 @08:00PM', ...story, 'You may like to read:', 'Search 87 Comments Log In/Create an Account', 'Comments Filter:', 'All', 'Insightful', ...comments].join('\n');
    const out = extractArticle({ body: page, format: 'text' });
    expect(out.paragraphs).toEqual(story);
    // The aggregator's source domain and comment count leave the headline.
    expect(out.title).toBe('Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs');
  });

  it("stops at a rail of customer testimonials, however long, each signed with a first name and an initial", () => {
    const article = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the guide explains how parents can help a toddler learn to fall asleep alone, one small step at a time.`);
    const reviews = Array.from({ length: 20 }, (_, i) => [`“Review number ${i}: great doctors and staff, who genuinely care about you and your children, and the clinic is always kept very clean and friendly.”`, `${['Mallory', 'Jason', 'Priya', 'Tomas', 'Ngozi'][i % 5]} ${String.fromCharCode(65 + i)}.`]).flat();
    for (const marker of ['Recent Articles', 'Testimonials', 'What Our Patients Say']) {
      const { text } = extractArticle({ body: ['Sleep Training Your Toddler', ...article, marker, ...reviews].join('\n'), format: 'text' });
      expect(text, marker).toMatch(/Paragraph 5 of the guide/);
      expect(text, marker).not.toMatch(/Review number/);
    }
  });

  it('does not take lowercase two-word lines ("answer b.") for reviewers\' signatures', () => {
    const before = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the quiz guide explains how each question was chosen and what a good answer looks like.`);
    const after = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 6} of the quiz guide goes through the answers one by one and why each wrong one tempts readers.`);
    const { text } = extractArticle({ body: ['The Weekly News Quiz', ...before, 'Related', 'answer a.', 'answer b.', 'answer c.', ...after].join('\n'), format: 'text' });
    expect(text).toMatch(/Paragraph 11 of the quiz guide/);
  });

  it('stops at a "N Comments on “title”" header followed by names and timestamps', () => {
    const article = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the essay explains why the film adaptation works on its own terms, whatever the novel says.`);
    const comments = Array.from({ length: 20 }, (_, i) => [`Reader ${i}`, `December ${(i % 28) + 1}, 2025, 9:46 pm`, `A long and thoughtful comment number ${i} about the film, the novel, and which of the two I liked better when I was young.`]).flat();
    const { text } = extractArticle({ body: ['Day Eighteen: Starship Troopers', ...article, '59 Comments on “The December Comfort Watches 2025, Day Eighteen: Starship Troopers”', ...comments].join('\n'), format: 'text' });
    expect(text).toMatch(/Paragraph 8 of the essay/);
    expect(text).not.toMatch(/thoughtful comment/);
  });

  it("stops at a comment plugin's thread: its sort controls, relative times and \"Reply to\" lines", () => {
    const article = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the post explains why a sofa pulled away from the wall makes a small living room feel larger.`);
    const comments = Array.from({ length: 20 }, (_, i) => [`Reader${i}`, `${(i % 3) + 1} years ago`, `A long and thoughtful comment number ${i} about my own living room, the lamp cords, and where the sofa went in the end.`, `${i + 2}`, ...(i % 2 ? [`Reply to Reader${i - 1}`] : [])]).flat();
    const { text } = extractArticle({ body: ['Fix It Friday: Living Rooms', ...article, '36 Comments', 'Oldest', 'Newest Most Voted', 'Inline Feedbacks', 'View all comments', ...comments].join('\n'), format: 'text' });
    expect(text).toMatch(/Paragraph 8 of the post/);
    expect(text).not.toMatch(/thoughtful comment/);
  });

  it('stops at "124 Reader Comments", and at a WordPress like button or a "Further reading" list', () => {
    const article = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the essay argues that web design is the design of content, not decoration around it.`);
    const comments = Array.from({ length: 10 }, (_, i) => [`Reader${i} says:`, `October ${i + 1}, 2008 at 11:22 am`, `A long and thoughtful comment number ${i} about what web design means to my clients, and how I explain it to them.`]).flat();
    const threaded = extractArticle({ body: ['Understanding Web Design', ...article, '124 Reader Comments', 'Comments navigation', 'Older comments', ...comments].join('\n'), format: 'text' });
    expect(threaded.text).toMatch(/Paragraph 8 of the essay/);
    expect(threaded.text).not.toMatch(/thoughtful comment/);
    const teasers = ['A short teaser of another essay, on burnout, that this site published and would like you to read as well.', 'Another teaser, on process, that the site links from the foot of every essay it publishes on creativity.'];
    // A star-rating widget's question and a share bar's label end it too.
    for (const marker of ['Like this:', 'Further reading about Creativity', 'How useful was this post?', '| Rate this article |', 'Share this on:']) {
      const { text } = extractArticle({ body: ['Understanding Web Design', ...article, marker, 'Like Loading...', ...teasers].join('\n'), format: 'text' });
      expect(text, marker).toMatch(/Paragraph 8 of the essay/);
      expect(text, marker).not.toMatch(/teaser/);
    }
  });

  it("stops at a blog engine's post footer with its time, not at a byline", () => {
    const post = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the post explains how a fractal viewer written by a language model compares with a hand-written one.`);
    const comments = ['I dislike the term "vibe coding". It means nothing and it is vague, and I think we should start using something else.', 'You are advocating the benefits of software that a model wrote for you, which is not that different from outsourcing it.'];
    const { text } = extractArticle({ body: ['Vibe Coding', ...post, 'Posted by David at December 16, 2025 11:15 AM', ...comments].join('\n'), format: 'text' });
    expect(text).toMatch(/Paragraph 8 of the post/);
    expect(text).not.toMatch(/vibe coding". It means nothing/);
    const byline = extractArticle({ body: ['Vibe Coding', 'Posted by Peter Bell on August 21, 2019', ...post].join('\n'), format: 'text' });
    expect(byline.text).toMatch(/Paragraph 8 of the post/);
  });

  it('stops at a "Recent posts:" or "Read This Next" rail of teaser cards', () => {
    const article = Array.from({ length: 10 }, (_, i) => `Paragraph ${i + 1} of the review compares five command-line coding assistants on the same small application.`);
    const cards = Array.from({ length: 4 }, (_, i) => [`Teaser headline number ${i}`, `Learn how teaser number ${i} explains a different topic to a different reader in a few words.`, `Dec 19, 2025 ⋅ ${i + 3} min read`]).flat();
    for (const marker of ['Recent posts:', '## Read This Next', "Don't miss", 'Keep reading', 'MORE NEWS', 'Was this article helpful?', 'Did you find this content helpful?', 'Article Sources', '## Newsletter', 'Follow me']) {
      const { text } = extractArticle({ body: ['I tested five coding assistants', ...article, marker, ...cards].join('\n'), format: 'text' });
      expect(text, marker).toMatch(/Paragraph 10 of the review/);
      expect(text, marker).not.toMatch(/teaser number/);
    }
  });
});

describe('page text from the html-to-text package, with its defaults', () => {
  const sentence = (k: number) => `Sentence ${k} of the council report explains how the new bus lanes on Elm Street changed journey times for riders over the winter months.`;
  // Mostly names: the wrap falls before capitals, where no sentence rule can tell a wrapped line from a new one.
  const names = 'The riders who wrote in were Anna Berg, Carl Dahl, Eva Fisk, Gus Hale, Ida Jung, Kai Lund, Mia Nord, Ola Park, Rex Stone, Sam Tate, Una Vick, Wes Yale and Zoe Abel.';
  const page = `<html><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    <article><h1>Bus lanes cut journey times</h1>
      <p>${sentence(1)} ${sentence(2)} See <a href="https://example.com/report.pdf">the full report</a> for the figures.</p>
      <blockquote><p>${sentence(3)} ${sentence(4)}</p></blockquote>
      <p>${sentence(5)} <img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'></svg>"> ${sentence(6)}</p>
      <p>${names}</p>
    </article>
    <footer><ul><li><a href="/about">About us</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/privacy">Privacy</a></li></ul>
      <p>Copyright 2026 Example Media Group. All rights reserved. Registered in England and Wales with company number 1234567.</p></footer>
  </body></html>`;

  it("takes a heading in capitals for the headline in the package's text, where every heading is so; not in plain page text", () => {
    const nav = ['* Home [https://example.com/]', '* News [https://example.com/news]', '* Sport [https://example.com/sport]', '* Weather [https://example.com/weather]'];
    // A section's heading nearer the body that echoes it as well, between share buttons.
    const promo = ['Share', 'Elm Street bus lanes and the council report', 'Share this'];
    const body = [sentence(1), sentence(2), sentence(3)];
    expect(extractArticle({ body: [...nav, 'BUS LANES CUT JOURNEY TIMES', ...promo, ...body].join('\n'), format: 'text' }).title).toBe('BUS LANES CUT JOURNEY TIMES');
    // Without the package's link targets, capitals are a menu's or a banner's as often.
    const plainNav = ['Home', 'News', 'Sport', 'Weather'];
    expect(extractArticle({ body: [...plainNav, 'BUS LANES CUT JOURNEY TIMES', ...promo, ...body].join('\n'), format: 'text' }).title).toBe('Elm Street bus lanes and the council report');
  });

  it('gives a headline in capitals the case the page writes it in elsewhere; capitals the page never writes otherwise stay', () => {
    const nav = ['* Home [https://example.com/]', '* News [https://example.com/news]', '* Sport [https://example.com/sport]', '* Weather [https://example.com/weather]'];
    const body = [sentence(1), sentence(2), sentence(3)];
    const share = 'Share on X [https://x.com/share?text=Bus lanes cut journey times]';
    expect(extractArticle({ body: [...nav, 'BUS LANES CUT JOURNEY TIMES', 'Share', ...body, share].join('\n'), format: 'text' }).title).toBe('Bus lanes cut journey times');
    // Its words, whole: in a longer line too, not as a part of longer words.
    const longer = 'Related: Bus lanes cut journey times again';
    expect(extractArticle({ body: [...nav, 'BUS LANES CUT JOURNEY TIMES', 'Share', ...body, longer].join('\n'), format: 'text' }).title).toBe('Bus lanes cut journey times');
    expect(extractArticle({ body: [...nav, 'NEW BUS LANE CUTS JOURNEY', 'Share', ...body, 'New bus lane cuts journeys'].join('\n'), format: 'text' }).title).toBe('NEW BUS LANE CUTS JOURNEY');
    expect(extractArticle({ body: [...nav, 'BUS LANES CUT JOURNEY TIMES', 'Share', ...body].join('\n'), format: 'text' }).title).toBe('BUS LANES CUT JOURNEY TIMES');
  });

  it("drops the package's lines that are only a link target, an icon link's (share buttons); not in other page text", () => {
    const nav = ['* Home [https://example.com/]', '* News [https://example.com/news]', '* Sport [https://example.com/sport]'];
    const share = ['http://www.facebook.com/sharer.php?u=https://example.com/bus-lanes', '/cdn-cgi/l/email-protection#ead5999f88'];
    const body = [sentence(1), sentence(2), sentence(3)];
    expect(undoConverterMarkup([...nav, 'BUS LANES CUT JOURNEY TIMES', ...share, ...body].join('\n'))).not.toContain('sharer.php');
    expect(undoConverterMarkup(['Home', 'News', ...share, ...body].join('\n'))).toContain('sharer.php');
  });

  it('reads the wrapped, bracketed, bulleted text back into the article', () => {
    const text = convert(page);
    // What the package makes of it: lines of 80 columns, URLs in brackets, "*" bullets, "> " quotes.
    expect(text).toMatch(/\n> Sentence 3/);
    expect(text).toMatch(/(?:Berg|Dahl|Fisk|Hale|Jung|Lund|Nord|Park|Stone|Tate|Vick|Yale),\n(?:Carl|Eva|Gus|Ida|Kai|Mia|Ola|Rex|Sam|Una|Wes)/);
    expect(text).toContain('[https://example.com/report.pdf]');
    // An inline image's data in brackets, spaces and all, goes like a link's target.
    expect(text).toContain('[data:image/svg+xml,');
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    const { paragraphs } = extractArticle({ body: text, format: 'text' });
    expect(paragraphs).toEqual([
      `${sentence(1)} ${sentence(2)} See the full report for the figures.`,
      `${sentence(3)} ${sentence(4)}`,
      `${sentence(5)} ${sentence(6)}`,
      names,
    ]);
  });

  it('joins a wrapped line only where the next word would not have fitted on it', () => {
    const wrapped = convert(`<p>${sentence(1)} ${sentence(2)}</p><p>Short line.</p><ul><li>${sentence(3)}</li><li>Second item</li></ul><p>${sentence(4)}</p>`);
    const lines = unwrapToWidth(wrapped).split('\n').filter(Boolean);
    expect(lines).toEqual([`${sentence(1)} ${sentence(2)}`, 'Short line.', ` * ${sentence(3)}`, ' * Second item', sentence(4)]);
    // Text written one paragraph per line has no wrap width, and is left alone.
    const perLine = Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? 'A short label' : `${sentence(k)} ${sentence(k + 1)}`.slice(0, 60 + k * 7))).join('\n');
    expect(unwrapToWidth(perLine)).toBe(perLine);
    // The width is where the lines pile up, not the longest of a few that overflow it by a character or five:
    // a heading's last line, 76 wide, is joined under a width of 80 though two lines run to 83 and 85.
    const paragraph = convert(`<p>${[1, 2, 3, 4, 5, 6, 7, 8].map(sentence).join(' ')}</p>`);
    const overflow = ['x'.repeat(40) + ' ' + 'y'.repeat(42), 'x'.repeat(40) + ' ' + 'y'.repeat(44)];
    const heading = 'TOP NUTRITION TRENDS FOR FALL 2025: WHAT FITNESS EXPERTS ARE EATING (AND HOW';
    const withHeading = `${paragraph}\n\n${overflow.join('\n')}\n\n${heading}\nSCRATCH MAKES IT EASY)\n\n${paragraph}`;
    expect(unwrapToWidth(withHeading).split('\n')).toContain(`${heading} SCRATCH MAKES IT EASY)`);
    // An icon link's target alone on its line runs past the width, and the line after it is a new one.
    // (Share buttons in one block: their targets on consecutive lines, then the byline.)
    const links = ['http://www.facebook.com/sharer.php?u=https://example.com/news/2025/bus-lanes-cut-journey-times-on-elm-street', 'https://twitter.com/share?text=Bus%20lanes%20cut%20journey%20times&url=https://example.com/news/2025/bus-lanes'];
    const share = `${convert(`<p>${sentence(1)} ${sentence(2)}</p>`)}\n\n${links.join('\n')}\nBy Jane Smith\n\n${convert(`<p>${sentence(3)} ${sentence(4)}</p>`)}`;
    expect(unwrapToWidth(share).split('\n')).toEqual(expect.arrayContaining([...links, 'By Jane Smith']));
  });

  it('drops link and image targets in brackets, and keeps other brackets', () => {
    const { paragraphs } = extractArticle({ body: `${sentence(1)} [1] See the [Updated] report [/reports/2025.pdf] and the map [https://maps.example.com/x?y=1].\n${sentence(2)}`, format: 'text' });
    expect(paragraphs[0]).toBe(`${sentence(1)} [1] See the [Updated] report and the map.`);
  });
});

describe('page text in Markdown (turndown, node-html-markdown, Firecrawl)', () => {
  const sentence = (k: number) => `Sentence ${k} of the council report explains how the new bus lanes on Elm Street changed journey times for riders over the winter months.`;
  const page = [
    '* [Home](https://example.com/)',
    '* [News](https://example.com/news "All news")',
    '* [Sport](https://example.com/sport)',
    '* [Weather](/weather)',
    '',
    '# Bus lanes cut journey times',
    '',
    `![A bus on Elm Street](https://example.com/img/bus.jpg)`,
    '',
    `${sentence(1)} See **[the full report](https://example.com/report_(2025).pdf)** for the _figures_.`,
    '',
    `${sentence(2)} The council's \\_fast\\_ lane scheme cost £1\\.2m, *according to* officials.`,
    '',
    '| Route | Minutes |',
    '| --- | :---: |',
    '| 12 | 31 |',
    '',
    // Definitions may stand anywhere, and one over a paragraph would pass for its subhead.
    '[1]: https://example.com/more',
    '',
    `${sentence(3)} Riders can read more [here][1].`,
    '',
    '* [About us](/about)',
    '* [Privacy](/privacy)',
  ].join('\n');

  it('reads the links as their text, and drops images, emphasis, escapes and reference definitions', () => {
    const { paragraphs, title } = extractArticle({ body: page, format: 'text' });
    expect(title).toBe('Bus lanes cut journey times');
    expect(paragraphs).toEqual([
      `${sentence(1)} See the full report for the figures.`,
      `${sentence(2)} The council's _fast_ lane scheme cost £1.2m, according to officials.`,
      '| Route | Minutes |',
      '| 12 | 31 |',
      `${sentence(3)} Riders can read more [here][1].`,
    ]);
  });

  it("drops a quote's marks, nested or on an empty line, but not a \">\" run into the text", () => {
    expect(undoConverterMarkup('> The program has released its report.\n>\n>> Nested quote here.\n> > And another.')).toBe('The program has released its report.\n\nNested quote here.\nAnd another.');
    expect(undoConverterMarkup('>50% of riders agreed.\n>一')).toBe('>50% of riders agreed.\n>一');
  });

  it('drops a linked image whole, link and all', () => {
    const md = ['Intro [one](https://a.example) and [two](https://b.example) and [three](https://c.example).', '[![Chart](https://cdn.example/chart.png)](https://cdn.example/chart.png)', 'End.'].join('\n');
    expect(undoConverterMarkup(md)).toBe('Intro one and two and three.\n\nEnd.');
  });

  it('leaves plain text with asterisks, underscores and a link or two alone', () => {
    const plain = `${sentence(1)} Terms apply* to the __init__ call and the my_var_name setting; see [the notes](https://example.com/notes).\n${sentence(2)}`;
    expect(extractArticle({ body: plain, format: 'text' }).paragraphs[0]).toBe(`${sentence(1)} Terms apply* to the __init__ call and the my_var_name setting; see [the notes](https://example.com/notes).`);
  });

  it("reads a byline set as a list item or as the page's one \"By\" heading; not a menu's \"By\" headings", () => {
    const body = [1, 2, 3].map((k) => sentence(k)).join('\n\n');
    const md = (credit: string[]) => extractArticle({ body: ['* [Home](https://example.com/)', '* [News](https://example.com/news)', '* [Sport](https://example.com/sport)', '', '# Bus lanes cut journey times', '', ...credit, '', body].join('\n'), format: 'text' }).authors;
    expect(md(['* by [Jane Smith](https://example.com/author/jane "Posts by Jane Smith")'])).toEqual(['Jane Smith']);
    expect(md(['###### By Jane Smith'])).toEqual(['Jane Smith']);
    expect(md(['#### Written by [Jane Smith](https://example.com/author/jane)'])).toEqual(['Jane Smith']);
    expect(md(['#### By Route', '', '* [12](/r/12)', '', '#### By Industry', '', '* [Retail](/i/retail)'])).toEqual([]);
  });

  it("takes a Markdown page's one top-level heading for its headline, over a promo heading nearer the body; not a code comment in page text", () => {
    // A promoted story with its own credits between the headline and the body, as a page's rail prints it.
    const promo = ['## Elm Street bus lanes: what the council report says', 'By City Desk | March 3, 2025'];
    const md = (h1: string[]) => ['* [Home](https://example.com/)', '* [News](https://example.com/news)', '* [Sport](https://example.com/sport)', ...h1, '* [Share](https://example.com/share)', ...promo, sentence(1), sentence(2), sentence(3)].join('\n');
    expect(extractArticle({ body: md(['# Bus lanes cut journey times']), format: 'text' }).title).toBe('Bus lanes cut journey times');
    // turndown's default: the title over a line of "=".
    expect(extractArticle({ body: md(['Bus lanes cut journey times', '===========================']), format: 'text' }).title).toBe('Bus lanes cut journey times');
    // Nor a "# " line that runs on into the article (a page that carries its Markdown in one text node).
    expect(extractArticle({ body: md([`# Bus lanes cut journey times ${sentence(9)} ${sentence(10)}`]), format: 'text' }).title).not.toMatch(/Sentence 9/);
    // Two top-level headings (a logo set in an <h1> too) say nothing.
    expect(extractArticle({ body: md(['# Example City News', '# Bus lanes cut journey times']), format: 'text' }).title).not.toBe('Example City News');
    // In plain page text a line opening "# " is a script's comment, not a heading.
    const plain = ['Bus lanes cut journey times', sentence(1), sentence(2), 'pip install buslanes', '# configure the route list before running', sentence(3)].join('\n');
    expect(extractArticle({ body: plain, format: 'text' }).title).toBe('Bus lanes cut journey times');
  });
});

describe('page text with every text node on a line of its own (BeautifulSoup get_text("\\n"))', () => {
  const sentence = (k: number) => `Sentence ${k} of the council report explains how the new bus lanes on Elm Street changed journey times for riders over the winter months.`;
  // "<p>... said <a>Jane Smith</a>, the council's <b>transport lead</b>. Riders ... to <a>the survey</a> ...</p>"
  const cut = (k: number) => [`${sentence(k)} Asked about the cost, said`, 'Jane Smith', ", the council's", 'transport lead', '. Riders who answered', 'the survey', '(run by', 'Leeds University', ') agreed.'];
  const whole = (k: number) => `${sentence(k)} Asked about the cost, said Jane Smith, the council's transport lead. Riders who answered the survey (run by Leeds University) agreed.`;

  it('joins the pieces of each paragraph back', () => {
    const page = ['Home', 'News', 'Sport', 'Bus lanes cut journey times', ...cut(1), ...cut(2), ...cut(3), 'About us', 'Privacy'].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).paragraphs).toEqual([whole(1), whole(2), whole(3)]);
  });

  it("keeps a byline's \"by\" off the headline above it: it opens the credit over the name's link", () => {
    const page = ['Home', 'News', 'Sport', 'Bus lanes cut journey times', 'by', 'Jane Smith', 'March 3, 2025', ...cut(1), ...cut(2), ...cut(3), 'About us', 'Privacy'].join('\n');
    const { title, authors } = extractArticle({ body: page, format: 'text' });
    expect(title).toBe('Bus lanes cut journey times');
    expect(authors).toEqual(['Jane Smith']);
  });

  it('keeps a byline\'s node ("by Jane Smith") off the title-cased headline above it; a sentence\'s "by" piece still joins', () => {
    const page = ['Home', 'News', 'Sport', 'How Bus Lanes Cut Journey Times on Elm Street', 'by Jane Smith', ...cut(1), ...cut(2), ...cut(3)].join('\n');
    const { title, authors } = extractArticle({ body: page, format: 'text' });
    expect(title).toBe('How Bus Lanes Cut Journey Times on Elm Street');
    expect(authors).toEqual(['Jane Smith']);
    const run = ['Home', 'News', cut(1)[0], 'the survey was run', 'by Leeds University', ') and agreed.', ...cut(2), ...cut(3)].join('\n');
    expect(undoConverterMarkup(run)).toContain('the survey was run by Leeds University) and agreed.');
  });

  it('reads a headline that a colon leaves open on to the next node, its other half', () => {
    const title = (second: string) => extractArticle({ body: ['Home', 'News', 'Bus Lanes on Elm Street:', second, ...cut(1), ...cut(2), ...cut(3)].join('\n'), format: 'text' }).title;
    expect(title('What Changed for Riders')).toBe('Bus Lanes on Elm Street: What Changed for Riders');
    // Not a credit under it.
    expect(title('Posted by Jane Smith')).toBe('Bus Lanes on Elm Street:');
  });

  it('keeps a site\'s "Sign in" off the headline under it, though it ends in a preposition', () => {
    const page = ['Subscribe', 'Sign in', 'Bus lanes cut journey times', 'Jane Smith', 'March 3, 2025', ...cut(1), ...cut(2), ...cut(3)].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Bus lanes cut journey times');
  });

  it('leaves pages without that signature alone: lines opening with ".NET" or "..." and lower-case menu items', () => {
    const page = ['Home', 'about us', 'contact', sentence(1), 'The library targets these runtimes:', '.NET 6.0 - support through November 2024', '.NET 8.0 - support through November 2026', '...and more to come', sentence(2)].join('\n');
    expect(undoConverterMarkup(page)).toBe(page);
  });
});

describe('line rules: page shapes a plain html-to-text makes', () => {
  const prose = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `Paragraph ${from + i + 1} of the report describes how the regional housing market changed over the last twelve months, with figures from the county.`).join('\n');

  it('unwraps hard-wrapped paragraphs (plain-text copy broken at ~75 columns) and keeps a long headline apart', async () => {
    const { unwrapLines } = await import('../../shared/extraction/text/unwrap.js');
    const lines = [
      'Russia and China agree to deepen their ties as Putin and Xi hold a video call',
      'Putin told Xi on Wednesday that relations between the two countries were at their best.',
      'Gym equipment refers to the various machines, tools, and accessories used in a',
      'fitness facility to help individuals achieve their fitness goals. These',
      'equipment are designed to target different muscle groups, improve',
      'cardiovascular health, and enhance overall physical fitness. From cardio',
      'machines to strength training equipment.',
      'Code, Data and Media Associated with this Article',
      'alphaXiv Toggle',
      'Keeping Your Home Spotless: Top Cleaning Trends',
      'by Karina Cohen | May 19, 2024',
      'Video Production Process: Complete Guide for 2025',
      'by Jacob Trussell',
      // A title-cased headline over its lower-case tag or credit.
      'Everything You Need to Know About Online Classes and Learning Platforms',
      'advice for students',
      'Top Event Industry Trends in 2025 and How to Incorporate Them Into Events',
      'by whova | Apr 21, 2025',
    ];
    expect(unwrapLines(lines)).toEqual([
      lines[0],
      lines[1],
      lines.slice(2, 7).join(' '),
      ...lines.slice(7),
    ]);
  });

  it('keeps a data table flattened to one cell per line inside the article', () => {
    const cells = Array.from({ length: 24 }, (_, i) => [`${(i % 12) + 1}/1/${2013 + Math.floor(i / 12)}`, `+${(10 + (i % 7) * 0.7).toFixed(1)}%`]).flat();
    const page = ['Home', 'Research', 'Markets', prose(3), 'Data: home sale price time series', 'Date', 'Percentage change (YoY)', ...cells, prose(3, 3), 'Subscribe', 'Contact us'].join('\n');
    const { text } = extractArticle({ body: page, format: 'text' });
    expect(text).toContain('+10.7%');
    expect(text).toContain('12/1/2014');
    expect(text).toMatch(/Paragraph 1 of/);
    expect(text).toMatch(/Paragraph 6 of/);
    expect(text).not.toMatch(/Subscribe|Contact us/);
    // Measures are data too: a recipe's amounts per person ("80g", "160g", "1.5 kg").
    const rows = ['Onions', 'Celery', 'Carrots', 'Green beans', 'Potatoes', 'Leeks'].flatMap((v, i) => [v, `${80 + i * 10}g`, `${160 + i * 20}g`, `${(0.32 + i * 0.04).toFixed(2)} kg`]);
    const recipe = extractArticle({ body: ['Home', 'Recipes', prose(3), 'Ingredients', 'Per person', 'For two', 'For four', ...rows, prose(3, 3), 'Subscribe', 'Contact us'].join('\n'), format: 'text' }).text;
    expect(recipe).toContain('Green beans');
    expect(recipe).toContain('0.52 kg');
    expect(recipe).toMatch(/Paragraph 1 of/);
    expect(recipe).toMatch(/Paragraph 6 of/);
  });

  it("keeps the article's runs of short lines (a checklist without bullets, an address) between its paragraphs; not a topic list or a run with a teaser", () => {
    const checklist = ['Draw up a budget', 'Start the guest list', 'Pick potential wedding dates', 'Book the venue early'];
    const address = ['Access Institute for Psychological Services', '110 Gough St. Suite 301', '(415) 861-5449'];
    const topics = ['Topics', 'Politics', 'World', 'Sport'];
    const related = ['Wedding ideas', 'Ten ways to save on a wedding without cutting the guest list. Read More', 'Our favourite venues'];
    const page = [prose(2), ...checklist, prose(2, 2), ...address, prose(2, 4), ...topics, prose(2, 6), ...related, prose(2, 8)].join('\n');
    const { text } = extractArticle({ body: page, format: 'text' });
    for (const line of [...checklist, ...address]) expect(text).toContain(line);
    for (const line of [...topics, 'Wedding ideas', 'Our favourite venues']) expect(text).not.toMatch(new RegExp(`^${line}$`, 'm'));
    expect(text).not.toContain('Ten ways');
    expect(text).toMatch(/Paragraph 10 of/);
  });

  it('keeps a table written with pipes between its cells, or with tabs, inside the article; a single menu line is no table', () => {
    const rows = ['Rank | School | Tuition', '1 | Chicago Booth | $175,000', '2 | Kellogg | $165,000', '3 | Wharton | $175,000', '4 | MIT Sloan | $165,000'];
    for (const table of [rows, rows.map((r) => r.replace(/ \| /g, '\t'))]) {
      const page = ['Home | About | Contact', prose(3), ...table, prose(3, 3), 'Privacy | Terms'].join('\n');
      const { text } = extractArticle({ body: page, format: 'text' });
      expect(text).toContain('3 | Wharton | $175,000');
      expect(text).toMatch(/Paragraph 6 of/);
      expect(text).not.toMatch(/Contact|Privacy/);
    }
  });

  it('reads the segments React streams into hidden divs (they are shown by their inline script), and still skips hidden menus', () => {
    const html = `<html><body><nav hidden><h1>Menu headline</h1></nav><main><div id="B:0"></div></main>
      <div hidden id="S:0"><article><h1>Streamed headline</h1>${Array.from({ length: 6 }, (_, i) => `<p>Streamed paragraph ${i} tells the reader what happened at the council meeting and why the vote matters for the town.</p>`).join('')}</article></div>
      <script>$RC("B:0","S:0")</script></body></html>`;
    for (const format of ['html', 'text'] as const) {
      const body = format === 'html' ? html : htmlToText(html);
      const x = extractArticle({ body, format });
      expect(x.text, format).toMatch(/Streamed paragraph 5/);
      expect(x.text, format).not.toMatch(/Menu headline/);
    }
  });

  it("keeps a listing's entry fields between the article's paragraphs, and still drops a sidebar's run of labels there", () => {
    const entry = ['Key Focus: Versatility and portability', 'Compact Weight Bench', 'Brand Recommendation: Echo Strength Flat Bench', 'Price: $299'];
    const description = 'A solid, space-saving bench is perfect for strength training exercises like presses and step-ups.';
    const sidebar = ['Topics', 'Politics', 'World News', 'Sport'];
    const paras = (n: number, from: number) => prose(n, from).split('\n');
    const parts = [...paras(2, 0), ...entry, description, ...paras(2, 2), ...sidebar, ...paras(2, 4)];
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>The best home gym setups</h1>${parts.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    for (const [format, body] of [['text', ['Home', 'The best home gym setups', ...parts, 'Subscribe'].join('\n')], ['html', html]] as const) {
      const { text } = extractArticle({ body, format });
      for (const line of [...entry, description]) expect(text, format).toContain(line);
      for (const label of sidebar) expect(text, format).not.toMatch(new RegExp(`^${label}$`, 'm'));
      expect(text, format).toMatch(/Paragraph 6 of/);
    }
    // One field alone is no listing: the run stays a sidebar's.
    const lone = [...paras(2, 0), 'Topics', 'Filed under: Politics', 'World News', ...paras(2, 2)].join('\n');
    expect(extractArticle({ body: lone, format: 'text' }).text).not.toContain('Filed under');
  });

  it('reads checklist and glossary entries whose bullets were dropped as list items, not teaser headlines', () => {
    for (const line of [
      'Book music – DJ or band secured; discuss style and any special songs',
      'Hire florist – discuss vision, favorite flowers, and budget. Secure date with deposit',
      'Discuss budget & size: determine total budget and who is contributing',
    ]) expect(classifyLine(line, 0).kind, line).toBe('listitem');
    for (const line of [
      'Python Foundation Rejects Government Grant Over DEI Restrictions',
      'Ten Mistakes Marred Firewall Upgrade At Australian Telco, Contributing To Two Deaths',
      'Skip to main content',
      'Compare Products',
    ]) expect(classifyLine(line, 0).kind, line).not.toBe('listitem');
  });
});

describe('word counts', () => {
  it('count letters beyond the Basic Multilingual Plane as words (surrogate pairs), like a Unicode split does', async () => {
    const { countWords } = await import('../../shared/extraction/normalise.js');
    // Found by fast-check: a Tangut cell in a table made wordCount one short.
    for (const s of ['| 𘬌𝤨𓆿𝩰 | He noted', '𠀀 𝒜𝒷 𞤀 x', 'plain words only']) expect(countWords(s), s).toBe(s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
  });
});

describe('mojibake', () => {
  // What a CMS makes of UTF-8 it once read as Latin-1 or Windows-1252.
  const garble = (t: string, charset: 'latin1' | 'windows-1252') => new TextDecoder(charset).decode(Buffer.from(t, 'utf8'));
  it('repairs text encoded twice, read either way', () => {
    for (const t of ['pet’s care', 'café au lait, naïve Zürich señor', '£5, 20°C, © 2024', 'the “best” — really…', 'Déjà vu €10 ™', 'emoji 😀 here', 'École']) {
      for (const charset of ['latin1', 'windows-1252'] as const) expect(repairMojibake(garble(t, charset)), `${t} (${charset})`).toBe(t);
    }
  });

  it('leaves real accented text alone, even where its bytes would decode', () => {
    for (const t of ['„Gruß“, sagte er.', 'CAFÉ” and NAÏVE…', 'SÃO PAULO', 'São Paulo', 'Âge tendre', 'â la carte', 'ðe old', 'Ö…']) expect(repairMojibake(t)).toBe(t);
  });

  it('drops the "Â" a garbled no-break space leaves behind once the space itself was folded or trimmed', () => {
    expect(repairMojibake('and $32.21 for cats.Â')).toBe('and $32.21 for cats.');
    expect(repairMojibake('All solutionsÂ are needed')).toBe('All solutions are needed');
    expect(repairMojibake('1.Â Â Â Myth')).toBe('1.   Myth');
    for (const t of ['Âge tendre', 'LE PÂ et']) expect(repairMojibake(t), t).toBe(t);
    const { text } = extractArticle({ body: '<html><body><article><p>The average cost of cat insurance ranged from $11.60 to $54.92 per month in 2024 for most pet parents.Â&nbsp;</p></article></body></html>', format: 'html' });
    expect(text).toBe('The average cost of cat insurance ranged from $11.60 to $54.92 per month in 2024 for most pet parents.');
  });

  it('extraction stores the repaired text', () => {
    const p = 'Every year, unplanned vet visits push millions of households to the brink, and a pet’s care can cost thousands of dollars in one night.';
    const { text } = extractArticle({ body: `<html><body><article><p>${garble(p, 'windows-1252')}</p><p>${p}</p></article></body></html>`, format: 'html' });
    expect(text).toBe(p);
  });
});

describe('text path: titles', () => {
  const body = [
    'Most people in the United States need to eat more fruit and vegetables, and healthy eating starts with small changes at home.',
    'Healthy eating tips from dietitians include planning meals, reading labels and keeping water at hand through the day.',
  ];
  it('picks the header line the article is about, not the menu lines nearest the body', () => {
    const page = ['Skip to content', 'Healthy Eating Tips', 'Toggle Side Panel', 'Share this page on Facebook', ...body].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Healthy Eating Tips');
    const crumbs = ['Skip to content', 'Healthy Eating Tips', 'Home » Nutrition » Healthy Eating Tips for Every Day', ...body].join('\n');
    expect(extractArticle({ body: crumbs, format: 'text' }).title).toBe('Healthy Eating Tips');
  });

  it('a credit line of fields naming the writer beside the date credits the headline over it, as a date line does', () => {
    const article = [
      'Tour packages are beneficial for both travellers and tour operators, and easier to sell than single tours.',
      'Packages help travellers plan a trip in a new destination, with stays, activities and transport booked together.',
      'Start a free trial of our booking software to build your first package and help your sales team.',
    ];
    const page = (credit: string) =>
      extractArticle({ body: ['Blog', 'Videos', 'Help Login Start Free Trial', 'Are you checking us out?', 'Start Your Free Trial', 'Blog', 'How to Create & Market Five-Star Tour Packages', credit, ...article].join('\n'), format: 'text' }).title;
    expect(page('Charlotte Gannon • November 4th, 2025')).toBe('How to Create & Market Five-Star Tour Packages');
    // A menu's line under it credits nothing.
    expect(page('Pricing • Features')).toBe('Help Login Start Free Trial');
  });

  it('the date line right over a headline credits it, as one under it does; not over a list of links', () => {
    const headline = '7 weight loss tips to shed pounds in the new year and keep them off for good';
    const article = [
      "Is weight loss one of your new year's resolutions? If so, you're not alone: many adults make the same promise in January.",
      'A UC Davis Health dietitian shares strategies to lose weight and keep it off, from realistic goals to better sleep.',
      'Set a realistic goal and a timeline to reach it, and ask yourself what weight has felt comfortable for you before.',
    ];
    const menu = ['Research', 'News', 'About UC Davis Health', 'Giving', 'Careers', 'Fitness', 'Heart Health', 'All Articles', 'Subscribe'];
    expect(extractArticle({ body: [...menu, 'DECEMBER 27, 2024', headline, ...article].join('\n'), format: 'text' }).title).toBe(headline);
  });

  it("a post's date and section on one line (\"October 14, 2025 in Corporate training\") are no headline", () => {
    const headline = 'Top 10 eLearning Companies Taking the Stage in 2025 and Beyond';
    const article = [
      'Corporate training moved online for good, and these eLearning companies lead the market in 2025 with courses and platforms.',
      'Each of the companies below was picked for its platform, its catalogue of courses and what its clients say about corporate training.',
    ];
    const page = (meta: string) => extractArticle({ body: ['Home', 'Blog', 'AI in training', meta, headline, 'By', 'Sofia Kondrat', ...article].join('\n'), format: 'text' }).title;
    expect(page('October 14, 2025 in Corporate training')).toBe(headline);
  });

  it("a post's tags on one line between the headline and its byline are no headline", () => {
    const article = [
      'Japan rewards a first visit planned with care: the trains run on time, but the cities are large and the customs new.',
      'These travel tips for a first time visitor to Japan cover money, transport, manners and the places in Asia to see.',
    ];
    const headline = 'What to Expect on Your First Trip to Japan - A First Time Visitor Guide';
    const page = (tags: string) => extractArticle({ body: ['Photography', 'Photo of the Week', headline, tags, 'By Rhonda Krause', ...article].join('\n'), format: 'text' }).title;
    expect(page('Asia | First Time Visitor Guides | Japan | Travel Tips')).toBe(headline);
  });

  it("opens the body at a dated headline under a shop's product blurbs, however many, and not at a listicle entry's photo credit", () => {
    const products = Array.from({ length: 8 }, (_, i) => [`X${i + 1} OMNI & MINI`, `Bundle: Robotic vacuum number ${i + 1} with roller mopping, a self-emptying station and a mini window cleaner for your daily cleaning needs.`]).flat();
    const headline = 'How Do Vacuum Robots with Mapping Navigate?';
    const article = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} explains how a robot vacuum maps a home with lasers, cameras and bump sensors, and why the map lets it clean every room without missing spots.`);
    const page = extractArticle({ body: ['Shop', 'Robot Vacuums', ...products, 'Grab Your Coupon Bundle!', headline, '2024-11-06', ...article].join('\n'), format: 'text' });
    expect(page.title).toBe(headline);
    expect(page.publishedAt?.slice(0, 10)).toBe('2024-11-06');
    expect(page.paragraphs).toEqual(article);
    // Over a credit that is no byline or date (a photo's), the entry is no headline: the blurbs stay.
    const credited = extractArticle({ body: ['Shop', 'Robot Vacuums', ...products, 'Grab Your Coupon Bundle!', headline, 'Photo Courtesy of Ecovacs', ...article].join('\n'), format: 'text' });
    expect(credited.text).toContain('Bundle: Robotic vacuum number 8');
    // Nor under blurbs that weigh more than half the article, though it has more paragraphs.
    const short = extractArticle({ body: ['Shop', 'Robot Vacuums', ...products, 'Grab Your Coupon Bundle!', headline, '2024-11-06', ...article.slice(0, 9)].join('\n'), format: 'text' });
    expect(short.text).toContain('Bundle: Robotic vacuum number 8');
  });

  it('takes the headline the page prints twice a few lines apart (a hero banner, then the heading) over a contents entry nearer the body', () => {
    const headline = 'Social Media Marketing Certifications and Certificates';
    const article = [
      'Explore the world of social media marketing and discover the best certifications and certificates to boost your marketing career.',
      'Earning certifications and certificates in social media marketing can help demonstrate your expertise in this field to potential employers.',
      'Hootsuite offers a social media marketing certification, and several universities offer social media marketing certificates online.',
    ];
    const contents = ['Table of Contents', 'What is Social Media Marketing?', 'Top Certifications and Certificates', 'Hootsuite Social Media Marketing', 'Key Insights'];
    const page = (hero: string) => extractArticle({ body: ['Catalog', hero, 'Learn about the various social media marketing options.', 'Learn Hub', headline, ...contents, ...article].join('\n'), format: 'text' }).title;
    expect(page(headline)).toBe(headline);
    // Printed once, the entry nearest the body wins: the repeat is what tells the headline.
    expect(page('Certificates Catalog Home')).toBe('Hootsuite Social Media Marketing');
    // Page furniture printed twice (a search box in a header and again in a menu for small screens) is no headline: the body does not echo it.
    const relocation = [
      'Airfare can cost a relocating employee with a family a decent chunk of money, and airfares have soared over recent years.',
      'When the relocation budget is left to employees, some try skiplagging: booking a flight with a layover in the city they actually want to reach.',
      'Skiplagging breaks most airlines\' terms, and a relocation program should warn employees about the risk before they book.',
    ];
    const furniture = ['Search all Acme Mobility Insights', 'Menu', 'Search all Acme Mobility Insights'];
    expect(extractArticle({ body: ['Insights', 'Skiplagging in the relocation process', 'Share', ...furniture, ...relocation].join('\n'), format: 'text' }).title).toBe('Skiplagging in the relocation process');
  });

  it('takes the headline a breadcrumb trail above ends in, over the highlights under it', () => {
    const headline = 'Robots worse than toddlers at chores: a roboticist explains why';
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: the roboticist explains that household robots do chores worse than toddlers, because robots learn from words and not from the world around them.`);
    const page = (trail: string) => extractArticle({ body: ['Tech Shop', trail, headline, 'By Jane Doe | Updated on 19-Dec-2025', 'HIGHLIGHTS', 'Household robots mimic skill but lack grounded understanding of rooms', 'The roboticist argues true robots need world models, not words', 'Household robots learn from words, not from the world', 'Jane Doe', '19-Dec-2025', ...body].join('\n'), format: 'text' }).title;
    expect(page(`Home » Feature Story » General » ${headline}`)).toBe(headline);
    // Without the trail ending in it, a highlight nearer the body wins.
    expect(page('Home » Feature Story » General')).not.toBe(headline);
  });

  it('takes a sentence-case headline with a colon, alone and no list\'s entry, over its dek', () => {
    const remote = [
      'After you have set up your remote team with project management tools and video calls, keeping productivity up is the next task for any manager.',
      'These five tips help remote work stay productive: set clear goals, keep regular check-ins, and respect the hours your remote team keeps.',
    ];
    const page = ['Meet the Team', 'Search', 'Remote work: 5 tips to maximize productivity', 'Remote workers can easily lose motivation. Boost your team’s performance and productivity with these tips', 'By', 'Tariqul Ayan', 'March 30, 2023', ...remote].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Remote work: 5 tips to maximize productivity');
    // An entry of a checklist whose bullets the converter dropped is no headline, however well it echoes the body.
    const list = ['Healthy Eating Tips for Every Day', 'Share', 'Plan meals: healthy eating starts at home', 'Read labels: fruit and vegetables first', 'Drink water: keep it at hand', 'Share this', ...body].join('\n');
    expect(extractArticle({ body: list, format: 'text' }).title).toBe('Healthy Eating Tips for Every Day');
  });

  it('lets a declared title that is only a date (the page\'s first line, taken for its headline) yield to the headline', () => {
    const page = ['3 / 27 / 2012 @ 10: 05AM', 'AMD Completes SeaMicro Acquisition', ...body].join('\n');
    expect(extractArticle({ body: page, format: 'text', meta: { title: '3 / 27 / 2012 @ 10: 05AM' } }).title).toBe('AMD Completes SeaMicro Acquisition');
    expect(extractArticle({ body: page, format: 'text', meta: { title: 'AMD closes its SeaMicro deal' } }).title).toBe('AMD closes its SeaMicro deal');
  });

  it('leaves out a date the page printed on the headline\'s line, but not a date the headline says', () => {
    const lines = (headline: string) => ['Skip to content', headline, ...body].join('\n');
    expect(extractArticle({ body: lines('Dec 18 2025 Healthy Eating Tips for Busy Weeks'), format: 'text' }).title).toBe('Healthy Eating Tips for Busy Weeks');
    expect(extractArticle({ body: lines('Healthy Eating Tips for Busy Weeks 20 December 2025'), format: 'text' }).title).toBe('Healthy Eating Tips for Busy Weeks');
    expect(extractArticle({ body: lines('Healthy Eating Tips for Busy Weeks / 20 December 2025'), format: 'text' }).title).toBe('Healthy Eating Tips for Busy Weeks');
    expect(extractArticle({ body: lines('Healthy eating tips since December 20, 2025'), format: 'text' }).title).toBe('Healthy eating tips since December 20, 2025');
    expect(extractArticle({ body: lines('Healthy Eating Tips for December 2025'), format: 'text' }).title).toBe('Healthy Eating Tips for December 2025');
  });

  it('takes the headline a breadcrumb trail ends in, the trail being nearer the body', () => {
    const headline = 'Top Home Gym Must Haves For Every Budget';
    const article = [
      'This post may contain affiliate links. When you click a link and buy something, I make a small commission at no cost to you.',
      'Regular gym vs home gym',
      `Whether you are new to working out or an expert, a home gym can be a good option for you. This list of the ${headline} will help you find exactly what you need, from beginner to expert.`,
      'Fitness looks different for everyone and that is completely fine. What matters is finding a routine you love doing, because you will not keep at one you do not enjoy.',
      'Some people love going to the gym, while others love working out at home. Maybe you fall somewhere in between and like the convenience of both, depending on the weather.',
      'My experience',
      'I used to work out at the gym and used all of the equipment it had to offer. I love strength training, but over the years my back and knees have limited what I can do.',
    ];
    for (const trail of [`Home Blog Fitness ${headline}`, `Fitness / Home Gyms / ${headline}`]) {
      const page = ['Fitness', headline, `0 Comment on ${headline}`, trail, ...article].join('\n');
      expect(extractArticle({ body: page, format: 'text' }).title, trail).toBe(headline);
    }
    // A headline that ends in a shorter header line is no trail: it stays the title.
    const page = ['Skip to content', 'Understanding Your Home Electrical System', 'By Jane Doe', 'Your Home Electrical System', 'Understanding your home electrical system starts with the panel, and most houses have one near the garage.', ...body].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Understanding Your Home Electrical System');
  });

  it('takes the headline signed by a "By" line over a label nearer the body', () => {
    const page = ['Skip to content', 'Healthy Eating Tips for Busy Families', 'By', 'Jane Doe', 'Registered Dietitian', 'Updated on July 9, 2025', 'Our Editorial Process for Healthy Eating', ...body].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Healthy Eating Tips for Busy Families');
  });

  it('takes the headline over the name of its byline under it, beside the date', () => {
    const dental = [
      'Patients of Westbell Dental Care in Arizona often ask which oral hygiene products keep a smile healthy between visits.',
      'At Westbell Dental Care we recommend a soft toothbrush, floss and a fluoride toothpaste for a healthy smile.',
    ];
    const page = ['Skip to content', 'Best Oral Hygiene Products for a Healthy Smile', 'Westbell Dental Care Arizona', 'July 27, 2025', ...dental].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Best Oral Hygiene Products for a Healthy Smile');
    // A headline in Title Case over its date is no byline.
    const own = ['Skip to content', 'Latest articles', 'Toddler Sleep Training FAQ', 'July 27, 2025', ...body].join('\n');
    expect(extractArticle({ body: own, format: 'text' }).title).toBe('Toddler Sleep Training FAQ');
  });

  it('takes a headline sentence that opens the body as the title, and leaves it out of the text', () => {
    const page = ['Menu', 'Search', 'How To Use Gym Equipment (With Confidence!)', 'Gym equipment can look daunting on a first visit, but every machine in a gym has a label that shows how to use it.', ...body].join('\n');
    const a = extractArticle({ body: page, format: 'text' });
    expect(a.title).toBe('How To Use Gym Equipment (With Confidence!)');
    expect(a.text).not.toContain('With Confidence');
  });

  it('takes the line its byline and date follow over a section heading nearer the body', () => {
    const story = [
      'Planning events is changing fast, and the event industry trends of 2025 show where planners are putting their money this year.',
      'Hybrid formats, smaller gatherings and better data on attendees lead the list of what event management teams told us in our survey.',
    ];
    const page = ['Blog', 'Top Event Industry Trends in 2025', 'by Whova | Apr 21, 2025', 'Last updated: April 21, 2025', 'Share', 'In this article:', 'Current Trends In Event Management', ...story].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Top Event Industry Trends in 2025');
  });

  it('starts the body under the headline and its credits, not at a promo paragraph above them', () => {
    const story = Array.from({ length: 15 }, (_, i) => `Paragraph ${i + 1} compares how machine learning personalises what an online shop shows each of its customers, and what it costs.`);
    const promo = 'Bring AI into your email strategy with our free guide, and learn how the best teams grow their lists every single month of the year.';
    const page = ['Blog', promo, 'How Machine Learning Personalizes Ecommerce Shopping', 'By Jane Smith', 'December 4, 2025', ...story].join('\n');
    const a = extractArticle({ body: page, format: 'text' });
    expect(a.title).toBe('How Machine Learning Personalizes Ecommerce Shopping');
    expect(a.paragraphs[0]).toBe(story[0]);
  });

  it('takes the headline over its subtitle, though the subtitle sits nearer the body', () => {
    const story = [
      'Google Sans Flex started as a request for one typeface that could stretch from watch faces to billboards without losing its voice.',
      'The design team worked through seven problems, from the width axis to the rounding of each letter, before the flexible version shipped.',
    ];
    const page = ['Menu', 'Making Google Sans Flex', 'How seven design problems shaped Google’s iconic typeface', ...story].join('\n');
    expect(extractArticle({ body: page, format: 'text' }).title).toBe('Making Google Sans Flex');
  });

  it('takes a headline the line rules read as a sentence: a question, a long title', () => {
    for (const headline of ['What is Cloud Computing?', 'Joining Tours or Renting a Car in Iceland: Which One Should You Choose']) {
      const page = ['Menu', 'Search', headline, 'Share', 'Tweet', 'Print', ...body].join('\n');
      expect(extractArticle({ body: page, format: 'text' }).title).toBe(headline);
    }
  });

  it('takes a question headline over its own byline or date as the title, not as the first paragraph', () => {
    for (const meta of ['Written by: Colin Gray', 'March 12, 2024', 'By Arlyn Hernandez']) {
      const page = ['Grow & monetise', 'What’s the Best Video Editing Software for Creators?', meta, ...body].join('\n');
      const a = extractArticle({ body: page, format: 'text' });
      expect(a.title, meta).toBe('What’s the Best Video Editing Software for Creators?');
      expect(a.paragraphs[0], meta).toBe(body[0]);
    }
  });

  it('takes the date of the headline over the date under an update label of its own', () => {
    const story = ['Looking for a moving company in New York? These residential movers did best in our review of prices, reviews and service.', 'We compared nineteen movers on price, insurance and reviews, and called each of them twice with the same inventory.'];
    const page = (update: string) => ['Book a Demo', 'Best Residential Movers in NYC', 'Supermove', 'February 8, 2022', '10 mins read', 'Blog', 'Best Residential Movers in NYC', 'Supermove', update, 'July 16, 2025', ...story].join('\n');
    expect(extractArticle({ body: page('Last update:'), format: 'text' }).publishedAt?.slice(0, 10)).toBe('2022-02-08');
    // Under no label, the date nearer the headline the page is read by stands.
    expect(extractArticle({ body: page('Share'), format: 'text' }).publishedAt?.slice(0, 10)).toBe('2025-07-16');
  });

  it('takes the headline over a name over its credits (a byline without its "By"), not a line nearer the body that echoes it', () => {
    const story = [
      'Our team analyzed 133 New York moving companies and ranked the movers by customer reviews, prices, insurance and service.',
      'Moving companies in New York charge more than the national average, and the movers we ranked quote by the hour for local moves.',
      'The best moving companies answered our calls twice with the same inventory and gave the same price both times.',
    ];
    // The page's picks sit between the credits and the body, and a track record over it closes with a credit of its own.
    const picks = ['Best local NY mover:', 'Zip to Zip Moving Inc', '4.58', 'Best interstate mover:', 'Safeway Moving', '4.85', 'Best moving container:', 'PODS', '4.8', 'Best rental truck:', 'Budget Truck Rental', '4.6'];
    const record = ['3,500+ moving companies analyzed', '$50,000 in moving grants delivered', 'Fact-checked for accuracy'];
    const page = (byline: string) => ['Menu', 'BEST MOVING COMPANIES', '10 Best Moving Companies in New York (2025 Reviews)', byline, 'Last Updated: Dec 17, 2025 • 5 min read', 'Share', ...picks, ...record, ...story].join('\n');
    const a = extractArticle({ body: page('Ryan Carrigan'), format: 'text' });
    expect(a.title).toBe('10 Best Moving Companies in New York (2025 Reviews)');
    expect(a.authors).toEqual(['Ryan Carrigan']);
  });

  it("takes the headline right over its credits, not a page's link a few lines above them", () => {
    const promo = ['Book Your Clean', 'Ideal for single-location jobs when you know exactly what you need, quick and confirmed straight away.', 'Request a Quote', 'For larger or multi-location jobs that need a tailored plan and a detailed quote to match.'];
    const story = [
      'Considering hiring a cleaner for your San Diego business but not sure how much you should pay for cleaning? We have broken down the costs.',
      'Cleaning in San Diego costs more than the national average, and what you pay depends on the size of the space and how often it is cleaned.',
      'Most San Diego offices pay for cleaning by the hour, while larger sites agree a monthly price that covers supplies and the crew.',
    ];
    // A long guide: the promo's two sentences above its headline are a small share of the page's prose.
    const guide = [...story, ...story.map((p) => p.replace('San Diego', 'Southern California')), ...story.map((p) => p.replace('San Diego', 'the county'))];
    const page = ['Home Pricing Resources', ...promo, 'Apply to Work at Slate', 'Go Back home', 'Resources', 'How much should I pay for cleaning in San Diego?', 'January 31, 2024', 'Written By', 'Miguel Zabludovsky', ...guide, ...guide.map((p) => `In short: ${p}`)].join('\n');
    const a = extractArticle({ body: page, format: 'text' });
    expect(a.title).toBe('How much should I pay for cleaning in San Diego?');
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-01-31');
    expect(a.text).not.toContain('Go Back home');
  });
});

describe('zero-width spaces', () => {
  it('keep two Latin words apart and vanish inside a script written without spaces', () => {
    const { text } = extractArticle({ body: `<html><body><p>${'The call lasted an hour and covered trade, energy and security. '.repeat(3)}Read More<span>\u200b</span><span>During the call, Putin noted that Washington had not answered.</span></p></body></html>`, format: 'html' });
    expect(text).toContain('Read More During the call');
    expect(extractArticle({ body: 'ภาษา\u200bไทย เป็นภาษาราชการของประเทศไทย และใช้กันทั่วประเทศในชีวิตประจำวัน', format: 'text' }).text).not.toContain('\u200b');
  });
});
