// TEMPORARY harness check: eagersmt stand-in backed by a reference solver.
import { runReference, z3Dialect } from './reference.js';
export async function solveSmtLib(text: string, _o?: { file?: string; timeout?: number }): Promise<string> {
  if (process.env.FAKE === 'cvc5') return runReference('cvc5', text);
  return runReference('z3', process.env.FAKE === 'z3lia' ? z3Dialect(text) : text);
}
