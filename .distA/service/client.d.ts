import type { BackendSpec } from '../sat/backend.js';
import { type ServiceOptions } from './options.js';
/**
 * The `service` backend's registry entry (it writes no proofs).
 * @example registerBackend('service', serviceBackend);
 */
export declare const serviceBackend: BackendSpec<ServiceOptions>;
