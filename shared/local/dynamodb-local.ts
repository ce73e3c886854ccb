import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { waitForPort } from './ports.js';

/**
 * DynamoDB Local: the official emulator jar shipped inside the
 * amplify-dynamodb-simulator package, run directly with `java -jar`.
 */
export interface DynamoLocal {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

export async function startDynamoLocal(opts: { port: number; dbPath?: string }): Promise<DynamoLocal> {
  const dir = emulatorDir();
  const args = ['-Djava.library.path=./DynamoDBLocal_lib', '-jar', 'DynamoDBLocal.jar', '-port', String(opts.port), '-sharedDb', '-disableTelemetry'];
  if (opts.dbPath) {
    mkdirSync(opts.dbPath, { recursive: true });
    args.push('-dbPath', opts.dbPath);
  } else args.push('-inMemory');
  const child = spawn('java', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  // The emulator must not outlive this process, however it ends.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.removeListener('exit', reap));
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (e) =>
      reject(new Error(`could not start DynamoDB Local: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'java was not found on PATH (Java 17+ is required)' : e.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with code ${code}:\n${output.slice(-2000)}`)));
  });
  await Promise.race([waitForPort(opts.port, 60_000), exited]);
  return {
    endpoint: `http://127.0.0.1:${opts.port}`,
    process: child,
    stop: () => stopChild(child),
  };
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
