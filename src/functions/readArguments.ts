import { ok, type Failure, type Result } from "../core/result";

/**
 * Reads a function's arguments in order and stops at the first one that fails, so a formula's
 * error names the leftmost bad argument. `take` hands back each read value; once one has failed
 * the object built is dropped, so the values taken after it are never used.
 */
export function readArguments<T>(build: (take: <V>(read: Result<V>) => V) => T): Result<T> {
  let failure: Failure | null = null;
  // Inline, not a named const: tsx (which runs the benches) wraps every named closure it creates in a
  // naming call, and this one is created for every cell.
  const value = build(<V,>(read: Result<V>): V => {
    if (!read.ok) failure ??= read;
    return (read.ok ? read.value : undefined) as V;
  });
  return failure ?? ok(value);
}
