declare module 's3rver' {
  import { EventEmitter } from 'node:events';
  export default class S3rver extends EventEmitter {
    constructor(opts: Record<string, unknown>);
    run(): Promise<unknown>;
    close(): Promise<void>;
  }
}
