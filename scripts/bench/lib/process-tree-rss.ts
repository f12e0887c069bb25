/**
 * Peak resident memory of a process and everything it started, sampled from /proc (Linux only): the
 * sum of VmRSS over the tree at each sample, the highest sum wins. A sampling interval of 100–200 ms
 * can miss a very short spike; builds of seconds to minutes are what it is for.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** pid → parent pid of every process we may read. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces: parse after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

/** Resident bytes of `root` and all its descendants right now (0 when it is gone). */
export function treeRssBytes(root: number): number {
  const parents = parentsByPid();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      bytes += resident * PAGE_BYTES;
    } catch {
      // Ended between the listing and the read.
    }
  }
  return bytes;
}

export interface RssSampler {
  /** Stops sampling and returns the peak in bytes. */
  stop(): number;
}

/** Samples the tree under `root` every `intervalMs` until stopped. */
export function sampleTreeRss(root: number, intervalMs = 200): RssSampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
