import { Command, Option } from 'commander';
import { extractCommand } from './extract-command.js';
import { clusterCommand } from './cluster-command.js';
import { ingestCommand } from './ingest-command.js';
import { storiesCommand } from './stories-command.js';
import { reprocessCommand } from './reprocess-command.js';
import { removeCommand } from './remove-command.js';
import { changesCommand } from './changes-command.js';
import { compareCommand } from './compare-command.js';
import { expandPaths } from './read-input.js';
import { createKeyCommand, listKeysCommand, revokeKeyCommand } from './keys-command.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const program = new Command('copydesk').description('Copydesk command line: ingest, inspect, extract, cluster and re-process articles.');
const apiOption = () => new Option('--api <url>', 'Copydesk API base URL').env('COPYDESK_API').default('http://localhost:3000');
const keyOption = () => new Option('--key <key>', 'API key').env('COPYDESK_API_KEY').default('copydesk-local-key');

program
  .command('ingest')
  .description('upload files (page text or HTML) to a running Copydesk')
  .argument('<paths...>', 'files or directories (.gz read transparently)')
  .addOption(apiOption())
  .addOption(keyOption())
  .addOption(new Option('--format <format>', 'how to send files').choices(['auto', 'html', 'text']).default('auto'))
  .option('--source <name>', 'outlet name to send with every file')
  .option('--concurrency <n>', 'parallel uploads', (v) => Number(v), 8)
  .option('--batch <n>', 'UTF-8 pages per POST /articles/batch request (1: one request per file)', (v) => Number(v), 100)
  .action(async (paths: string[], opts) => {
    process.exitCode = await ingestCommand(await expandPaths(paths), opts);
  });

program
  .command('stories')
  .description('print the deduplicated stories of a running Copydesk, newest first')
  .addOption(apiOption())
  .addOption(keyOption())
  .option('--limit <n>', 'stories to show', (v) => Number(v), 20)
  .option('--since <day>', 'first-seen day to go back to (YYYY-MM-DD)')
  .option('--outlet <name>', 'only stories this outlet ran')
  .option('--min-size <n>', 'only stories of at least this many articles', (v) => Number(v))
  .option('--json', 'one JSON story per line', false)
  .action(async (opts) => storiesCommand(opts));

program
  .command('changes')
  .description('print the change feed (every change to an article, in time order); --follow keeps polling')
  .addOption(apiOption())
  .addOption(keyOption())
  .option('--since <time>', 'where to start (ISO 8601; default: a day ago)')
  .option('--cursor <cursor>', 'resume from a cursor a previous run printed')
  .option('--follow', 'keep polling for new changes (Ctrl-C to stop)', false)
  .option('--json', 'one JSON change per line', false)
  .option('--limit <n>', 'changes per request', (v) => Number(v), 100)
  .option('--poll-ms <ms>', 'wait between polls once caught up', (v) => Number(v), 2000)
  .action(async (opts) => changesCommand(opts));

program
  .command('compare')
  .description('show what an article changed in the article it copies (or --with another): paragraphs kept, moved, edited, added, removed')
  .argument('<id>', 'article id')
  .option('--with <id>', 'the article to compare with (default: the one it copies)')
  .option('--full', 'print kept paragraphs whole, not their opening words', false)
  .option('--json', 'the comparison as one JSON object', false)
  .addOption(apiOption())
  .addOption(keyOption())
  .action(async (id: string, opts) => compareCommand(id, opts));

program
  .command('reprocess')
  .description('re-run the current pipeline over stored articles and follow the job')
  .addOption(apiOption())
  .addOption(keyOption())
  .option('--all', 'every article, not only stale ones')
  .option('--since <day>', 'articles received on or after this day')
  .option('--until <day>', 'articles received on or before this day')
  .option('--outlet <name>', 'one outlet')
  .option('--poll-ms <ms>', 'progress refresh interval', (v) => Number(v), 500)
  .action(async (opts) => {
    process.exitCode = await reprocessCommand(opts);
  });

program
  .command('remove')
  .description('take articles down: erase their text, metadata and raw upload, and take them out of their stories (admin key)')
  .argument('<ids...>', 'article ids')
  .requiredOption('--reason <text>', 'why (kept with each tombstone), e.g. "DMCA notice 2026-11-23"')
  .addOption(apiOption())
  .addOption(keyOption())
  .action(async (ids: string[], opts) => {
    process.exitCode = await removeCommand(ids, opts);
  });

program
  .command('extract')
  .description('print the clean text and metadata of each file as one JSON line')
  .addOption(new Option('--format <format>', 'input format').choices(['html', 'text', 'auto']).default('auto'))
  .option('--url <url>', 'the page URL (for canonical URL, outlet, dates and the headline its slug names)')
  .argument('<files...>', 'files or directories (.gz read transparently); a .jsonl file holds one document per line, as cluster reads them, each with its own url')
  .action(async (files: string[], opts) => extractCommand(await expandPaths(files), opts));

program
  .command('cluster')
  .description('assign stories and copies to a JSONL file of documents, in file order')
  .argument('<docs>', 'JSONL file ({id, text|html, title?, url?, publishedAt?, source?} per line), or - for stdin')
  .action(async (docs: string) => clusterCommand(docs));

const keys = program.command('keys').description('manage API keys (stored hashed in the DynamoDB table)');
const tableOptions = (c: Command) =>
  c
    .requiredOption('--table <name>', 'the DynamoDB table (the TableName output of the stack)')
    .option('--region <region>', 'AWS region (default: AWS_REGION)')
    .option('--endpoint <url>', 'DynamoDB endpoint (for DynamoDB Local)');
tableOptions(keys.command('create').description('create an API key and print it once'))
  .addOption(new Option('--role <role>', 'what the key may do').choices(['scraper', 'admin']).default('scraper'))
  .option('--label <text>', 'who the key is for', 'unnamed')
  .option('--rate <n>', "this key's sustained requests per second (default: the deployment's)", Number)
  .option('--burst <n>', "this key's requests at once (with --rate)", Number)
  .action(async (opts) => createKeyCommand(opts));
tableOptions(keys.command('list').description('list the keys: id (start of its hash), role, created, revoked, label'))
  .option('--json', 'one JSON key per line', false)
  .action(async (opts) => listKeysCommand(opts));
tableOptions(keys.command('revoke').description('refuse a key from now on (the API notices within a minute)').argument('<key-id>', 'an id from `keys list`, or the key itself'))
  .action(async (ref: string, opts) => {
    process.exitCode = await revokeKeyCommand(ref, opts);
  });

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`copydesk: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
