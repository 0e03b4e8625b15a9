/**
 * The service's wire format: CNF blobs survive the round trip and are verified (hash, sizes,
 * literal range, a bounded inflation against zip bombs); job data outside the whitelist is
 * rejected; models pack to bits and back; cache keys treat assumptions as a set; passwords
 * never appear in messages.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/errors.js';
import { redact } from '../../../src/service/redis-url.js';
import { cacheKey, cnfBytes, DEFAULT_LIMITS, packCnf, packModel, parseJobData, sha256, unpackCnf, unpackModel } from '../../../src/service/protocol.js';
import { randomKSat, toCnf } from '../sat/instances.js';

const job = { v: 1, query: 'a'.repeat(24), part: 0, cnf: 'b'.repeat(64), assumptions: [1, -2], config: 'sat', seed: 3, timeoutMs: 0 };

describe('CNF blobs', () => {
  it('round-trip a CNF exactly', () => {
    const cnf = toCnf(randomKSat(40, 170, 3, 7), 45);
    const { blob, hash } = packCnf(cnf);
    const back = unpackCnf(blob, hash, DEFAULT_LIMITS);
    expect(back.numVars).toBe(45);
    expect(back.numClauses).toBe(170);
    expect(Array.from(back.flat())).toEqual(Array.from(cnf.flat()));
  });

  it('reject a blob that does not match its hash', () => {
    const { blob } = packCnf(toCnf([[1, 2], [-1]]));
    expect(() => unpackCnf(blob, 'c'.repeat(64), DEFAULT_LIMITS)).toThrow(/does not match its hash/);
  });

  it('bound the compressed and the inflated size (a zip bomb is refused, not inflated)', () => {
    const { blob, hash } = packCnf(toCnf(randomKSat(200, 800, 3, 1)));
    expect(() => unpackCnf(blob, hash, { ...DEFAULT_LIMITS, maxBlobBytes: 100 })).toThrow(/exceeds the limit/);
    const bomb = deflateSync(Buffer.alloc(8 << 20));
    expect(bomb.length).toBeLessThan(1 << 16);
    expect(() => unpackCnf(bomb, sha256('x'), { ...DEFAULT_LIMITS, maxCnfBytes: 1 << 20 })).toThrow(/inflates beyond the limit/);
  });

  it('reject literals beyond the declared variables even when the hash matches', () => {
    const raw = cnfBytes(toCnf([[1, 5]]), 5);
    raw.writeUInt32LE(3, 4); // claim 3 variables
    expect(() => unpackCnf(deflateSync(raw), sha256(raw), DEFAULT_LIMITS)).toThrow(/variable 5 beyond 3/);
  });
});

describe('job data', () => {
  it('accepts a well-formed job', () => {
    expect(parseJobData(job, DEFAULT_LIMITS).config).toBe('sat');
  });

  it.each([
    ['a configuration outside the whitelist', { config: 'rm -rf /' }, /configuration/],
    ['a field that would choose the program', { command: 'kissat' }, /unknown field 'command'/],
    ['a negative seed', { seed: -1 }, /seed/],
    ['a zero literal', { assumptions: [0] }, /not a literal/],
    ['another protocol version', { v: 2 }, /protocol version/],
    ['a malformed hash', { cnf: '../../etc' }, /CNF hash/],
  ])('rejects %s', (_, patch, message) => {
    expect(() => parseJobData({ ...job, ...patch }, DEFAULT_LIMITS)).toThrow(message);
  });

  it('bounds the number of assumptions', () => {
    expect(() => parseJobData({ ...job, assumptions: [1, 2, 3] }, { ...DEFAULT_LIMITS, maxAssumptions: 2 })).toThrow(ContractError);
  });
});

describe('models, cache keys, URLs', () => {
  it('packs a model into bits and back', () => {
    const model = Uint8Array.from([0, 1, 0, 0, 1, 1, 0, 1, 1, 1]);
    expect(Array.from(unpackModel(packModel(model), 9))).toEqual(Array.from(model));
  });

  it('keys the cache by the set of assumptions', () => {
    const h = 'd'.repeat(64);
    expect(cacheKey(h, [3, -1])).toBe(cacheKey(h, [-1, 3, 3]));
    expect(cacheKey(h, [3])).not.toBe(cacheKey(h, [-3]));
    expect(cacheKey(h, [])).not.toBe(cacheKey('e'.repeat(64), []));
  });

  it('redacts passwords', () => {
    expect(redact('redis://eager:s3cret@host:6379/0')).toBe('redis://eager:***@host:6379/0');
    expect(redact('rediss://:s3cret@host')).toBe('rediss://:***@host');
    expect(redact('redis://host:6379')).toBe('redis://host:6379');
  });
});
