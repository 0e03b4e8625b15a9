/**
 * The subcommands of the distributed solving service (src/service/):
 *
 *     eagersmt worker --redis <url> [--backend builtin|kissat|cadical|minisat] [--concurrency N]
 *     eagersmt service status --redis <url> [--json]
 *
 * A worker runs until SIGINT or SIGTERM, then puts its active jobs back in the queue and
 * exits 0. Both exit 1 when Redis cannot be reached (refused, wrong password, TLS), with one
 * line saying why. The service modules are loaded only when a subcommand runs.
 */
import { Option } from 'commander';
import { EagerSmtError } from '../errors.js';
import { positiveInt } from './compare.js';
export const EXIT_SERVICE_OK = 0;
export const EXIT_SERVICE_ERROR = 1;
/**
 * Declares `worker` and `service status` on the program; `setCode` receives the exit code.
 * @example registerService(program, (c) => (code = c));
 */
export function registerService(program, setCode) {
    program
        .command('worker')
        .description('solve jobs of the distributed service (--backend service) until SIGINT/SIGTERM')
        .requiredOption('--redis <url>', 'redis://[user:password@]host:port[/db], rediss:// for TLS')
        .addOption(new Option('--backend <name>', 'SAT solver of this worker').choices(['builtin', 'kissat', 'cadical', 'minisat']).default('builtin'))
        .option('--sat-binary <path>', 'path of the kissat, cadical or minisat program (default: found on PATH)')
        .option('-c, --concurrency <n>', 'jobs solved at the same time', positiveInt, 1)
        .option('--prefix <word>', 'Redis key prefix of the service', 'eagersmt')
        .option('--lock-duration <ms>', 'job lock: the job of a worker that died is retried this long after', positiveInt, 30000)
        .option('--stalled-interval <ms>', 'how often to look for jobs of dead workers', positiveInt, 15000)
        .option('--max-job-seconds <s>', 'longest solve of one job (default: the client limit only)', positiveInt)
        .option('--max-payload <MiB>', 'largest compressed CNF accepted', positiveInt, 64)
        .option('-q, --quiet', 'no line per job on stderr')
        .option('--trust-backend', "answer and cache the solver's unsat without checking its DRAT proof (gives up the guarantee)")
        .exitOverride()
        .action(async (opts) => setCode(await runWorker(opts)));
    program
        .command('service')
        .description('the distributed service: `service status --redis <url>`')
        .command('status')
        .description('workers alive, queue depths, jobs done')
        .requiredOption('--redis <url>', 'redis://[user:password@]host:port[/db], rediss:// for TLS')
        .option('--prefix <word>', 'Redis key prefix of the service', 'eagersmt')
        .option('--json', 'print JSON')
        .exitOverride()
        .action(async (opts) => setCode(await runStatus(opts)));
}
async function runWorker(opts) {
    const { startWorker } = await import('../service/worker.js');
    const { DEFAULT_LIMITS } = await import('../service/protocol.js');
    const { redact } = await import('../service/redis-url.js');
    const { checkUnsatInWorker } = await import('../proof/verify-unsat.js');
    const log = (line) => process.stderr.write(`eagersmt worker: ${line}\n`);
    let worker;
    try {
        worker = await startWorker({
            url: opts.redis,
            backend: opts.backend,
            backendOptions: opts.satBinary !== undefined ? { binary: opts.satBinary } : {},
            concurrency: opts.concurrency,
            prefix: opts.prefix,
            lockDurationMs: opts.lockDuration,
            stalledIntervalMs: opts.stalledInterval,
            maxJobMs: opts.maxJobSeconds !== undefined ? opts.maxJobSeconds * 1000 : undefined,
            limits: { ...DEFAULT_LIMITS, maxBlobBytes: (opts.maxPayload ?? 64) << 20 },
            log: opts.quiet ? undefined : log,
            unsatChecker: checkUnsatInWorker,
            trustBackend: opts.trustBackend === true,
        });
    }
    catch (e) {
        if (!(e instanceof EagerSmtError))
            throw e;
        process.stderr.write(`eagersmt: ${e.message}\n`);
        return EXIT_SERVICE_ERROR;
    }
    log(`${worker.id} ready: ${opts.backend} x${opts.concurrency} on ${redact(opts.redis)}`);
    await new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
    });
    await worker.close();
    log(`${worker.id} stopped after ${worker.counters.done} jobs`);
    return EXIT_SERVICE_OK;
}
async function runStatus(opts) {
    const { serviceStatus, formatStatus } = await import('../service/status.js');
    try {
        const status = await serviceStatus(opts.redis, opts.prefix);
        process.stdout.write(opts.json ? JSON.stringify(status, null, 2) + '\n' : formatStatus(status));
        return EXIT_SERVICE_OK;
    }
    catch (e) {
        if (!(e instanceof EagerSmtError))
            throw e;
        process.stderr.write(`eagersmt: ${e.message}\n`);
        return EXIT_SERVICE_ERROR;
    }
}
//# sourceMappingURL=service.js.map