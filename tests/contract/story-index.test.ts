import { MemoryStoryIndex } from '../../shared/adapters/memory/story-index.js';
import { DynamoStoryIndex } from '../../shared/adapters/dynamodb/story-index.js';
import { ensureTable } from '../../shared/local/stack.js';
import { useLocalStack } from '../helpers/stack.js';
import { storyIndexContract } from './story-index.contract.js';

storyIndexContract('memory', () => new MemoryStoryIndex());

// Each DynamoDB case gets a table of its own, so cases do not see each other's items.
const stack = useLocalStack();
let n = 0;
storyIndexContract('DynamoDB Local', async () => {
  const table = `contract_${++n}`;
  await ensureTable({ ...stack().config, TABLE_NAME: table });
  return new DynamoStoryIndex(stack().services.doc, table);
});
