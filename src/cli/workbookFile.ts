import { readFileSync } from "node:fs";
import { copyFile, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fail, ok, type Result } from "../core/result";
import { UnreadableWorkbookError } from "../workbook/xlsx/packageKind";
import { XlsxWorkbook } from "../workbook/xlsx/xlsxWorkbook";

/**
 * The CLI's files: a workbook opened with a message a user can act on when it cannot be, and a
 * workbook written so that a crash never leaves a half-written file behind.
 */

function reason(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}

export async function openWorkbookFile(path: string): Promise<Result<XlsxWorkbook>> {
  let bytes: Buffer;
  try {
    // At once: the promise API reads in 512 KB pieces, a round trip each (80 ms of waiting on a 42 MB file), and the CLI has nothing to do meanwhile.
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("value", `${path}: no such file`);
    if (code === "EISDIR") return fail("value", `${path} is a folder, not an .xlsx file`);
    return fail("value", `${path} cannot be read: ${reason(error)}`);
  }
  if (bytes.length === 0) return fail("value", `${path} is empty, not an .xlsx workbook`);
  try {
    return ok(await XlsxWorkbook.fromBytes(bytes));
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return fail("value", `${path} ${error.message}`);
    return fail("value", `${path} is not a readable .xlsx workbook (${reason(error)})`);
  }
}

/**
 * Why `path` cannot be written, said without the temporary file the write goes through: a missing
 * folder is found before any work (a review of a big file takes minutes), the rest when writing.
 */
export async function unwritableFolder(path: string): Promise<string | undefined> {
  const folder = dirname(path);
  const found = await stat(folder).catch(() => undefined);
  if (found === undefined) return `${path} cannot be written: the folder ${folder} does not exist`;
  if (!found.isDirectory()) return `${path} cannot be written: ${folder} is not a folder`;
  return undefined;
}

const WRITE_FAILURES: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the disk is read-only",
  ENOSPC: "the disk is full",
  ENOENT: "its folder does not exist",
  EISDIR: "it is a folder",
};

export function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `${path} could not be written: ${(code !== undefined && WRITE_FAILURES[code]) || reason(error)}`;
}

export async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Same file, whatever the spelling of its path. */
export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/**
 * Writes `bytes` to `path` through a temporary file in the same folder, renamed over `path` only
 * once complete and flushed. With `keepBackup`, the file's previous content is first copied to
 * PATH.bak. With `exclusive`, an existing file is never replaced.
 */
export async function writeWorkbookFile(path: string, bytes: Buffer, options: { keepBackup?: boolean; exclusive?: boolean } = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.costcard-tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive && (await fileExists(path))) throw new Error(`${path} already exists`);
    if (options.keepBackup) await copyFile(path, `${path}.bak`);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
