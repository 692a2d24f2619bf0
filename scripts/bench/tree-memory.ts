/**
 * The resident memory of process trees, sampled from /proc (Linux): a build step's own peak from
 * `/usr/bin/time` misses what its helper processes hold (Pagefind's indexer is a process of its own,
 * most of the 15.8 GB its step held at 15,000 documents, and never counted there), and steps that
 * run together add up.
 */
import { readdirSync, readFileSync } from "node:fs";

const pageBytes = 4096;

/** Every process's parent, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(name), ppid);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return parent;
}

/** The resident bytes of the processes below (and including) `roots`, now. */
export function treeResidentBytes(roots: readonly number[]): number {
  const parent = parents();
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p))
      if (roots.includes(p)) return true;
    return false;
  };
  let bytes = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * pageBytes;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

/** Sample the trees below `roots()` every `everyMs` until stopped; the largest sum seen. */
export function sampleTreeMemory(roots: () => readonly number[], everyMs = 250): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(roots()));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
