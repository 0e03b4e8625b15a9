/**
 * Preloaded with `node --import` to run eagersmt as if the optional packages `bullmq` and
 * `ioredis` were not installed: a resolve hook fails for them as Node does for a package that
 * is not there (ERR_MODULE_NOT_FOUND, naming the package).
 */
import { register } from 'node:module';

const hooks = `
export async function resolve(specifier, context, next) {
  const name = specifier.split('/')[0];
  if (name === 'bullmq' || name === 'ioredis') {
    throw Object.assign(new Error("Cannot find package '" + name + "' imported from " + context.parentURL), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
