import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

export type InterchangeFormat = 'ndjson' | 'csv';

export interface SourceRecord {
  /** Line of the file the record ends on (1-based), for error reports. */
  line: number;
  /** The parsed record, or why it could not be parsed. */
  value?: unknown;
  parseError?: string;
}

export function formatOf(path: string, format?: string): InterchangeFormat {
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
  format: InterchangeFormat,
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
  // Rows are read as arrays, with any number of cells, and matched to the header here: a row
  // with too few or too many cells is rejected on its own and the rows after it still import.
  // Broken quoting ends the file: nothing after it can be trusted to start where it seems to.
  const parser = stream.pipe(parse({ info: true, bom: true, skip_empty_lines: true, relax_column_count: true }));
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record;
      } else if (record.length !== header.length) {
        yield { line: info.lines, parseError: `this row has ${record.length} cells, the header ${header.length}` };
      } else {
        yield { line: info.lines, value: Object.fromEntries(header.map((column, index) => [column, record[index]])) };
      }
    }
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    yield { line: lines, parseError: `not valid CSV, the rest of the file was not read: ${(error as Error).message}` };
  }
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}
