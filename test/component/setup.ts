import "@testing-library/jest-dom";
import { deserialize, serialize } from "node:v8";

// jest-environment-jsdom hides Node's structuredClone (browsers have it; the schema uses it for plain data).
globalThis.structuredClone ??= <T>(value: T): T => deserialize(serialize(value)) as T;
