import "@testing-library/jest-dom";
import { deserialize, serialize } from "node:v8";

// jest-environment-jsdom hides Node's structuredClone (browsers have it; the schema uses it for plain data).
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;

// jsdom has no layout, so no resizes to observe; Fluent's MessageBar asks for an observer all the same.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
