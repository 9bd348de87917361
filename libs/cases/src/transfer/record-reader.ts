import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

export type TransferFormat = 'ndjson' | 'csv';

export interface SourceRecord {
  /** Line of the file the record ends on (1-based), for error reports. */
  line: number;
  /** The parsed record, or why it could not be parsed. */
  value?: unknown;
  parseError?: string;
}

export function formatOf(path: string, format?: string): TransferFormat {
  const chosen = format ?? (/\.csv$/i.test(path) ? 'csv' : /\.(nd)?jsonl?$/i.test(path) ? 'ndjson' : undefined);
  if (chosen !== 'csv' && chosen !== 'ndjson') {
    throw new Error(`Cannot tell the format of ${path}: name it .ndjson or .csv, or pass --format ndjson|csv`);
  }
  return chosen;
}

/**
 * Streams the records of a file one at a time (bounded memory whatever its size), reporting
 * bytes read so a progress bar can follow. CSV rows come as column → text maps.
 */
export async function* readRecords(
  path: string,
  format: TransferFormat,
  onBytes: (bytesRead: number) => void = () => undefined,
): AsyncGenerator<SourceRecord> {
  const stream = createReadStream(path);
  let bytesRead = 0;
  stream.on('data', (chunk) => {
    bytesRead += chunk.length;
    onBytes(bytesRead);
  });
  if (format === 'ndjson') {
    let line = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      line += 1;
      if (text.trim() === '') continue;
      try {
        yield { line, value: JSON.parse(text) };
      } catch (error) {
        yield { line, parseError: `not valid JSON: ${(error as Error).message}` };
      }
    }
    return;
  }
  const parser = stream.pipe(
    parse({ columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: false }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield { line: info.lines, value: record };
    }
  } catch (error) {
    // csv-parse stops at a structural error (e.g. a row with the wrong number of columns).
    const lines = (error as { lines?: number }).lines ?? 0;
    yield { line: lines, parseError: `not valid CSV: ${(error as Error).message}` };
  }
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}
