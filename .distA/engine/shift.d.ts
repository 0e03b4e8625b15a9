/**
 * The left shift of a model of difference logic, for optimisation (engine/optimize.ts): keep
 * the truth value of every difference atom as the model has it, and move the Int constants to
 * the solution of that conjunction that is best for an objective `x − y`. In scheduling terms,
 * the machine orders of a schedule are kept and every operation starts as early as they allow
 * (a semi-active schedule: Giffler and Thompson, "Algorithms for solving production-scheduling
 * problems", Operations Research 8, 1960). Every atom keeps its value, so every assertion does.
 *
 * The conjunction is a constraint graph (an edge j → i of weight c for `x_i − x_j ≤ c`, a node
 * `zero` for the constants); over it `x_v = dist(x, v)` (Bellman–Ford from the objective's
 * positive constant x) is a solution, and `x − y = −dist(x, y)` is the least value of the
 * objective over all solutions. The result is a candidate only: the caller evaluates the
 * assertions under it, and `shift` answers undefined whenever the problem is not plainly
 * difference logic (an Int term it does not read, a constant unreachable from x).
 */
import type { Value } from '../model/evaluate.js';
import type { Term } from '../terms/term.js';
/** A prepared shift: the shifted model of each model given (see `shifter`). */
export type Shift = (model: ReadonlyMap<number, Value>) => Map<number, Value> | undefined;
/**
 * A model that agrees with `model` on every Boolean and every difference atom of `assertions`
 * and minimises `objective` (which must be `x − y + c`, `x + c` or `−x + c` over Int
 * constants) among such models; undefined when the problem is not read as plain difference
 * logic. Pre: `model` satisfies `assertions`. The result must still be checked by the caller.
 * @example const better = shift(assertions, store.mk('-', [makespan, zero]), model);
 */
export declare function shift(assertions: readonly Term[], objective: Term, model: ReadonlyMap<number, Value>): Map<number, Value> | undefined;
/**
 * `shift` with the assertions read once: undefined when they are not plain difference logic or
 * the objective is not of the form above, else the function that shifts one model (undefined
 * for a model it cannot shift, e.g. one that is not a model).
 * @example const s = shifter(assertions, objective); const better = s?.(model);
 */
export declare function shifter(assertions: readonly Term[], objective: Term): Shift | undefined;
