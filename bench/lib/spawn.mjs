// Runs a child process that prints one JSON line on stdout; never throws.
import { spawnSync } from 'node:child_process';

const TIMEOUT_MS = 10 * 60 * 1000;

/** Spawn `cmd args`, parse the last stdout line as JSON; failures become { error }. */
export function runJsonChild(cmd, args, { timeout = TIMEOUT_MS, env = process.env } = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 << 20, env });
  if (res.error && res.error.code === 'ETIMEDOUT') {
    return { error: `timed out after ${Math.round(timeout / 1000)} s`, timedOut: true };
  }
  if (res.error) return { error: `${cmd}: ${res.error.message}` };
  const lines = (res.stdout || '').trim().split('\n');
  try {
    const parsed = JSON.parse(lines[lines.length - 1]);
    if (parsed && typeof parsed === 'object') return parsed;
  } catch {
    // fall through: report what the child said
  }
  const why = res.signal ? `killed by ${res.signal}` : `exit ${res.status}`;
  const stderr = (res.stderr || '').trim().split('\n').slice(-3).join(' | ');
  return { error: `${why}: ${stderr || lines.join(' | ') || 'no output'}` };
}
