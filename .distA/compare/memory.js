/**
 * The memory limit of a run: the resident memory of the run's whole process group, polled.
 *
 * Every solver run is the leader of its own process group. While at least one run has a memory
 * limit, one timer (every `intervalMs`, 100 ms by default) scans `/proc`: it reads the process
 * group of every process from `/proc/<pid>/stat` (field 5) and, for the processes of a watched
 * group, the resident set size `VmRSS` from `/proc/<pid>/status`, and sums them per group. A
 * group whose sum exceeds its limit is reported once through its callback (the runner kills it
 * and records `memout`); the peak sum is kept for the report.
 *
 * Why polling and not `prlimit --as` (RLIMIT_AS): an address-space limit counts reserved, not
 * used, memory, and runtimes such as Node (V8 reserves its code range and heap up front) or the
 * JVM fail at start-up under a limit far above what they use. Measured with Node 20: eagersmt on
 * a five-line problem peaks at 64 MB resident (`/usr/bin/time -v`), yet under `prlimit
 * --as=$((512<<20))` it dies at once ("Failed to reserve virtual memory for CodeRange"; it
 * starts at 768 MiB). A solver that does hit RLIMIT_AS fails in its own way (an exception, a
 * crash, sometimes `unknown`) rather than being recognisably out of memory. The price of
 * polling: a solver may overshoot the limit by what it allocates within one interval before it
 * is killed, and a process that leaves its group (`setsid`) escapes. Linux only (`/proc`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
/** True where the memory limit can be enforced (Linux with /proc). */
export function memoryLimitSupported() {
    return existsSync('/proc/self/status') && existsSync('/proc/self/stat');
}
/**
 * Resident memory (KiB) of every process group in `groups`, summed over its processes.
 * Processes that vanish during the scan are skipped.
 */
export function groupRssKiB(groups) {
    const sums = new Map();
    let entries;
    try {
        entries = readdirSync('/proc');
    }
    catch {
        return sums;
    }
    for (const ent of entries) {
        const c = ent.charCodeAt(0);
        if (c < 48 || c > 57)
            continue;
        let stat;
        try {
            stat = readFileSync(`/proc/${ent}/stat`, 'latin1');
        }
        catch {
            continue;
        }
        // pid (comm) state ppid pgrp ...: comm may contain blanks and parentheses, so split after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const pgrp = Number(fields[2]);
        if (!groups.has(pgrp))
            continue;
        let status;
        try {
            status = readFileSync(`/proc/${ent}/status`, 'latin1');
        }
        catch {
            continue;
        }
        const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
        if (m)
            sums.set(pgrp, (sums.get(pgrp) ?? 0) + Number(m[1]));
    }
    return sums;
}
/** Polls the resident memory of watched process groups; one timer for all of them. */
export class MemoryWatch {
    intervalMs;
    groups = new Map();
    timer;
    constructor(intervalMs = 100) {
        this.intervalMs = intervalMs;
    }
    /** Starts watching process group `pgid`; `onExceed` is called once when it uses more than `limitMiB`. */
    add(pgid, limitMiB, onExceed) {
        this.groups.set(pgid, { limitKiB: limitMiB * 1024, peakKiB: 0, exceeded: false, onExceed });
        if (!this.timer) {
            this.timer = setInterval(() => this.tick(), this.intervalMs);
            this.timer.unref();
        }
        this.tick();
    }
    /** Stops watching `pgid`; returns its peak resident memory in MiB. */
    remove(pgid) {
        const w = this.groups.get(pgid);
        this.groups.delete(pgid);
        if (this.groups.size === 0 && this.timer) {
            clearInterval(this.timer);
            this.timer = undefined;
        }
        return w ? w.peakKiB / 1024 : 0;
    }
    tick() {
        const sums = groupRssKiB(new Set(this.groups.keys()));
        for (const [pgid, kib] of sums) {
            const w = this.groups.get(pgid);
            if (kib > w.peakKiB)
                w.peakKiB = kib;
            if (kib > w.limitKiB && !w.exceeded) {
                w.exceeded = true;
                w.onExceed();
            }
        }
    }
}
//# sourceMappingURL=memory.js.map