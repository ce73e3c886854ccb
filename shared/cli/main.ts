import { Command, Option } from 'commander';
import { extractCommand } from './extract-command.js';
import { clusterCommand } from './cluster-command.js';
import { expandPaths } from './read-input.js';

const program = new Command('copydesk').description('Copydesk command line: ingest, inspect, extract and cluster articles.');

program
  .command('extract')
  .description('print the clean text and metadata of each file as one JSON line')
  .addOption(new Option('--format <format>', 'input format').choices(['html', 'text', 'auto']).default('auto'))
  .option('--url <url>', 'the page URL (for canonical URL, outlet and dates)')
  .argument('<files...>', 'files or directories (.gz read transparently)')
  .action(async (files: string[], opts) => extractCommand(await expandPaths(files), opts));

program
  .command('cluster')
  .description('assign stories and copies to a JSONL file of documents, in file order')
  .argument('<docs>', 'JSONL file ({id, text|html, title?, url?, publishedAt?, source?} per line), or - for stdin')
  .action(async (docs: string) => clusterCommand(docs));

program.parseAsync().catch((err: unknown) => {
  process.stderr.write(`copydesk: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
