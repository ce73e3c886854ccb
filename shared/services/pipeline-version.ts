/**
 * Bumped whenever extraction or dedupe changes what they produce; stored on
 * every article, and the scheduled re-processing job re-runs every article a
 * lower version produced.
 *  - 1: the first deployed pipeline.
 *  - 2: extraction as of 2026-11-23 (text path's short-line runs and tables,
 *    titles, dates with their offsets, authors; see the README's "Measured").
 *  - 3: authors, dates and text-path titles as of the eleventh session
 *    (author boxes anywhere on a text page, a site named as its own author
 *    passed over, scholarly "Last, First" tags, dates run together or
 *    written with an ordinal dot, a breadcrumb that names the headline).
 *  - 4: text rules of the twelfth session: a "By" heading over a section
 *    credits no one, a page's controls ("Back to all articles") are no
 *    headline, form messages, browser banners and affiliate disclosures are
 *    notices, a byline's run-in date label is left out, and five fixes that
 *    make extraction idempotent on more pages.
 *  - 5: the fourteenth session's end-of-article and notice rules (comment
 *    plugins, copyright lines, appeals, a mega-menu printed as text), and
 *    the upload URL's slug naming the headline on both paths.
 *  - 6: the fifteenth to nineteenth sessions' extraction (reader comment
 *    threads and author bios leave the body, site disclaimers and sign-up
 *    consent lines are notices, a logo <h1> is no headline, more title
 *    rules) and engine version 5 (fingerprints keep the people an article
 *    names, and stories split by their members' leading person).
 *  - 7: the twentieth session's headline and author rules (a date over a
 *    headline, a dek under it, a blog's date header, a section-heading or
 *    paragraph <h1>, Yoast's "Written by" card, a name over a writer's role,
 *    with letters after it or in a credit line's fields) and dates (spaced punctuation, a URL's
 *    month by name, a broken canonical link).
 *  - 8: the twenty-first session: an upload's declared title that is only
 *    a date yields to the page's headline, a sentence-case headline with a
 *    colon is a text-path headline candidate, and engine version 6 (story
 *    terms read whole words after characters that folding lengthens,
 *    halves published in the same week need a stricter cut, and a stated
 *    date decays a story's score by the month past a week, not by the two
 *    days past two), and more date lines read ("May.", "hrs", a bar before the time).
 *  - 9: the twenty-second session: a declared publication date the page
 *    labels an update, and a shown modification without a declared date,
 *    give way to an earlier date the page shows as its own; and engine
 *    version 7 (story terms weigh a word by its own rarity, not its stem's;
 *    an article takes in another start of its event it could have joined;
 *    three candidates compared member by member; splits at four fifths,
 *    never across a copy pair).
 *  - 10: the twenty-third session, pages in other languages: a page in a
 *    language other than English reads numeric dates day first
 *    ("04.02.2026" is 4 February) and, in German, French, Spanish,
 *    Portuguese and Dutch, month names in its own words; end-of-article
 *    headings in German, French, Spanish, Portuguese, Italian and Dutch
 *    ("Mehr zum Thema", "À lire aussi"); wire agencies credited in them
 *    ("laut Reuters", "selon l'AFP"); their cookie banners ("Wir verwenden
 *    Cookies") as notices; Unicode's line separator read as a space and its
 *    paragraph separator as a line break, on every page; and engine
 *    version 8: in a text written in German, French, Spanish, Italian,
 *    Portuguese, Dutch or Russian, the language's function words weigh
 *    nothing in the story terms, and an elided article ("l'économie") is
 *    no part of the word it is glued to.
 *  - 11: the twenty-fourth session, engine version 9: the people an
 *    article names are read with its language's function words, articles
 *    and month and weekday names ("Am Dienstag" introduced a Mr Dienstag,
 *    and a German strike reported on two days could be cut in two by its
 *    days); an article that copies members of two split halves brings
 *    those copies together in the half their terms are closer to. And an
 *    Italian page's dates: month names ("4 febbraio 2026", "12 giu. 2025")
 *    and times ("alle ore 14:32") are read. Ad labels on a line of their
 *    own ("Advertisement", "Story continues below advertisement",
 *    "Anzeige", "Publicité") leave the text; paywall prompts ("Subscribe
 *    to continue reading", "Abonnez-vous pour lire la suite") and, in the
 *    agencies' languages, rights and JavaScript notices are notices;
 *    another story promoted inside the article on a line of its own ("READ
 *    MORE: ...", "Related: ...", "Lesen Sie auch: ...") is a teaser; a
 *    related-stories box in the middle of an article (its heading, a few
 *    teasers written as sentences, then the article going on) leaves it.
 *    Europe's national agencies are read as wire credits (Lusa, ANP, Belga,
 *    Europa Press, Anadolu, Interfax, NTB, Ritzau; APA, AAP, PA Media, the
 *    Canadian Press and PAP by their full names only). Bylines: "y", "e"
 *    and "en" join names as "and" does, a piece named before its writer
 *    ("A commentary by", "Ein Kommentar von") and an author label in the
 *    agencies' languages ("Autorin:", "Auteur :") credit the writer.
 *  - 12: the twenty-fifth session: a byline whose names carry particles
 *    ("By Ursula von der Leyen", "Por María de la Cruz") is a byline line
 *    and leaves the text; a Dutch "Door" byline is read when a particle or
 *    "en" shows it Dutch ("Door Jan de Vries"); a page without a date in
 *    its markup takes the date line beside a byline set at the post's foot
 *    ("Written by Moses Kim" over "April 8, 2024"); a list of linked items
 *    amid an article's prose (a packing list linking each item to a shop)
 *    stays in its text, unless its items are the article's own headings;
 *    a story-body class ("post-content") on the excerpt card of another
 *    post, far poorer in prose than the page's richest element, no longer
 *    makes that card the article's container; a sentence of the article
 *    that links most of its words ("Companies using Amazon Lex are Nokia,
 *    Vonage, ...") stays; a share bar between a story and its FAQ no longer
 *    ends the text; in page text, of two headline-shaped lines over one
 *    headline's credits, the one right over them is the headline ("Go Back
 *    home", "Resources", then the question the article answers over its
 *    date); a line opening as no name does ("About Physical Activity",
 *    "How It Works") is no author's name, however rare its other words;
 *    one vocabulary of labels for other stories serves the end-of-article
 *    heading, the related box's heading and the promo line's label, so
 *    each knows the others' ("Related news", "Les plus lus", "Lee
 *    también", "Lesen Sie dazu"); in page text, a date under an update's
 *    label of its own ("Last update:" over "July 16, 2025") gives way to
 *    another date of the header.
 * 13: one writer's credit opening serves bylines, the date beside them and
 *    the text path's credit lines, where each kept its own: a credit glued
 *    to its name by inline markup ("ByDaryl Austin", "Written byAAA Travel
 *    Editor") names it, "Authors:" lists names, and a word that merely
 *    opens so ("Authorities", "Byzantine") credits no one; a name holding
 *    Cloudflare's hidden e-mail ("[email protected]") is no name; a name's
 *    particles are one list for bylines and author boxes ("Gianni della
 *    Rovere"); "READ: <headline>" is a promo line like "Read more:", and
 *    the HTML path tells a labelled promo heading by the same vocabulary
 *    (so "Lesen Sie auch: ..." goes and "More than pasta: Vino Bar" stays);
 *    a first name that is also a month ("April Fulton", "Jan de Vries")
 *    opens a name line or an author box's name; one list of author labels
 *    ("About the author", "Posted by", "Autorin:" over a name) serves the
 *    credit lines and the text path's label rules.
 * 14: engine version 10: stories keep the months their members mention;
 *    an article mentioning none of a story's own months scores lower
 *    (0.7), a story's own years and months are those most members mention,
 *    and a story holding two events a few months apart (an emergency
 *    browser patch in December, the next in September) splits by month.
 * 15: in page text, a name alone on the line under the headline and over
 *    the article's first paragraph is its byline when no word of it is
 *    common English or written in lower case by the page's prose
 *    ("Andrei Zakhareuski", not "Key Takeaways"), and so is one over a
 *    credit line that gives no date ("Last Updated:" that the page fills in
 *    by script); a credit's label with no one after it ("Researched by")
 *    and words glued one after another ("Wedding ChecklistsJust
 *    EngagedWedding Planning") are no names; a name over its author box's
 *    label ("Author", "Author’s Profile") is the author, anywhere on a page
 *    of text; a headline over a name over a credit ("Ryan Carrigan" over
 *    "Last Updated: ...") is signed, as one over a "By" line is; the
 *    writer's field of a credit line of fields names the author ("Medically
 *    reviewed by ... — Written by Jillian Kubala — Updated on ...").
 * 16: in page text, a headline candidate the page prints twice a few lines
 *    apart (a hero banner over the article's heading) scores as a headline
 *    does, unless it is a name or the role under one (an author card).
 * 17: in page text, an end-of-article heading ("Read This Next") over a
 *    list of teasers (two in three of the paragraphs under it alone
 *    between a headline and a section or date) ends the body, however many
 *    blurbs the list holds.
 * 18: in page text, a newsletter platform's discussion ("Discussion about
 *    this post" over commenters, "8d", "Expand full comment", "3 replies
 *    by ...") ends the body; a measure ("160g", "0.5 kg", "30 min") is a
 *    data cell of a table flattened one cell per line, which the body keeps.
 * 20: "Also in the news" and "In other news" head other stories, on both
 *    paths.
 * 21: measured on the other page-text shapes too (Markdown, the
 *    html-to-text package's defaults, one text node per line): a line the
 *    page prints twice counts for a headline only at five words or more and
 *    when the body echoes it (a search box or a banner printed twice did
 *    not); teasers end the body only where the article's own paragraphs
 *    above ran on one after another, and not under a promo's label with a
 *    colon ("Related:").
 * 22: an inline image's data in brackets ("[data:image/svg+xml,<svg ...>]",
 *    as the html-to-text package prints it) leaves page text like a link's
 *    target.
 * 23: a Markdown upload's one top-level heading ("# Title") is its
 *    headline.
 * 24: so is one written as turndown writes it by default, over a line of
 *    "=".
 * 25: in the html-to-text package's default output (link targets in
 *    brackets, every heading in capitals), a headline candidate in capitals
 *    scores 1.5 more.
 * 26: in page text cut at every text node, a byline's "by" on a line of
 *    its own opens the credit under the headline instead of going on the
 *    headline ("34 Top Photography Trends in 2025 by Taya Ivanova").
 * 27: in page text, a headline over its byline or date under a list of
 *    teasers (a shop's product blurbs) opens the body, however far down
 *    the blurbs push it.
 * 28: a site search's box ("Search The Software Report") and "View all"
 *    are no headline; a headline that a breadcrumb trail above ends in, on
 *    one line, counts as printed twice.
 * 29: in page text, the byline right under the headline is the article's
 *    (a menu's "By Use Case" or another post's "By" line elsewhere no longer
 *    credits it), and a "Written by" credit right after the article signs
 *    it.
 * 30: in page text, the headline's own date (in its credit lines, or a
 *    date line right over it) comes before a dated credit a few lines
 *    further on (a sidebar teaser's).
 * 31: the byline the article's own comes from is looked for in the three
 *    lines under the headline, as its date is, not two.
 * 32: in page text, a numeric date that reads both ways ("02-12-2025")
 *    takes the reading the page writes out with the month's name elsewhere
 *    ("December 02, 2025").
 * 33: a short lower-case line under a title-cased headline (its tag, its
 *    credit: "advice for students", "by whova | Apr 21, 2025") is no
 *    wrapped end of it.
 * 34: in page text, a one-word name right over the date under the headline
 *    (a blog theme's "Wyndo" over "Dec 04, 2025") is the writer's.
 * 35: in page text, the name field of a credit line of fields right over
 *    the headline ("109 Comments | Jill Winger | Last Updated: ...") is
 *    the writer's.
 * 36: in page text, a credit line of fields naming the writer beside the
 *    date ("Charlotte Gannon • November 4th, 2025") credits the headline
 *    over it, as a date line does.
 * 37: a post's tags on one line, set apart by bars ("Asia | First Time
 *    Visitor Guides | Japan | Travel Tips"), are no headline.
 * 38: the headline's own date line right over it credits it, as a credit
 *    under it does.
 * 39: in page text of one text node per line, a site's "Sign in" ("Log
 *    in", "Opt in", "Check in") is no sentence cut at its preposition: the
 *    headline under it stays a line of its own.
 * 40: a post's date and section on one line ("October 14, 2025 in
 *    Corporate training") are no headline.
 * 41: in page text of one text node per line, a byline's node ("by
 *    Meaghan Weeden") under a title-cased headline stays off it.
 * 42: a headline a colon leaves open ends on the next line ("How to Make a
 *    Good Game:" over "5 Mistakes and Tips to Avoid").
 * 43: a byline run onto the end of the dek under the headline ("...
 *    beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025")
 *    credits the article with its name and date.
 * 44: a headline in capitals (the html-to-text package sets every heading
 *    so) takes the case the page writes it in elsewhere.
 * 45: a byline set as a list item ("* by [Christian Roth](...)") or as the
 *    page's one "By" heading ("###### By Rick Steves") loses its mark and
 *    credits the article.
 * 46: so does a writer's credit other than "By" under a list or heading
 *    mark ("#### Written by [Rob Stott](...)").
 * 47: in the html-to-text package's text, a line that is only a link
 *    target (an icon link's: a share button) goes with the other targets.
 * 48: and the line after such a target is a new line, not the end of a
 *    wrapped one: the target runs past the wrap width as no wrapped
 *    paragraph's word does.
 * 49: an HTML page that shows no writer's name is credited to the CMS user
 *    name it declares ("aawoods", "sara.r.peter").
 * 50: a wrapped text's width is where its lines pile up, not the longest
 *    of the few that overflow it by a character or five, so a heading's
 *    last line is joined again.
 * 51: a related-stories box closed by a separator ("__") goes as one
 *    without it does (extracting the output again had cut what the first
 *    pass kept).
 * 52: bylines: a menu's "By" heading over its items is no byline ("By
 *    Role"), a house's staff is credited as such ("Resy Staff"), and a
 *    writer's job and employer beside the name are no names ("Paul Frew,
 *    Home and Digital Security Expert").
 * 53: with no byline right under the headline, the page's bylines near it
 *    (under a share bar) are its own, not the teasers' further down.
 * 54: an author's name loses the marks a converter left after it
 *    ("Workzone Team•", "Jacob Trussell**", "Kendall Breitman.").
 * 55: and what came with it in its field: a label ("View all posts by"),
 *    a picture's word ("avatar"), a category ("in Uncategorized"), a job
 *    run on ("Emma Ryan Writer"); a field's label, a month or "undefined"
 *    alone is no name.
 * 56: the writer's job under their name in a credit box ("AI Writer,
 *    Embarque") is no headline.
 * 57: a post's credit line of date and writer over a headline credits it
 *    ("Published August 7, 2023 by Nicole Burke"); a breadcrumb's last
 *    step printed one step a line ("Cleaning /", then "Cleaning Industry
 *    Trends") is no headline and no writer's name.
 * 58: a publication credit that is a field of a line of fields ("Essay -
 *    Published: 2025.12.17 | programming") dates the page.
 * 59: a house's team credited with its article ("The Upwork Team" over
 *    the date, "By the Lavazza Team") is a byline's name.
 * 60: the bylines near a headline stop at the body's start: a short
 *    body's teasers are no nearer than a share bar.
 * 61: a degree or a certification after an author's name is no name
 *    ("Dylan Bailey, MS, RD, FAND", "Jeffrey A. Slotnick CPP, PSP").
 */
export const PIPELINE_VERSION = 61;
