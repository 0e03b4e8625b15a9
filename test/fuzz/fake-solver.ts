// TEMPORARY harness check: eagersmt stand-in backed by cvc5, with injected bugs.
import { runReference } from './reference.js';
export async function solveSmtLib(text: string, _o?: { file?: string; timeout?: number }): Promise<string> {
  let out = await runReference('cvc5', text);
  const seed = Number(/seed-(\d+)/.exec(_o?.file ?? '')?.[1]);
  if (seed % 10 === 3) out = out.replace(/x0 \(\) Int (\(- \d+\)|\d+)/g, 'x0 () Int 99999').replace(/\(x0 (\(- \d+\)|\d+)\)/g, '(x0 99999)');
  return out;
}
