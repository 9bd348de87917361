import type { Detection, EntityType } from './types';

/**
 * Identifiers in the cells of a table whose header names them: a register pasted into a case
 * file (`| Name | DOB | National ID | Phone |`), a passenger manifest in columns apart by two
 * spaces or a tab (`No  NAME  SEX  DOB  DOC`). The header decides what a cell holds, so a nine-digit
 * national ID or a phone without its country code is found though its shape alone says nothing.
 * Pure and linear: each line is split once.
 */

/** What a column holds, by its header in the languages of the cases. Matched against the whole cell. */
const COLUMNS: [EntityType, RegExp][] = [
  [
    'BIRTH_DATE',
    /^(?:dob|d\.o\.b\.?|date of birth|birth ?date|born|д\.? ?р\.?|дата рожд(?:ения|\.)?|туған күні|туылған күні|туулган күнү|tug['ʻ‘’`]?ilgan (?:sana|kuni)|туғилган сана|doğum tarihi|dogum tarihi|санаи таваллуд)$/iu,
  ],
  [
    'PASSPORT',
    /^(?:(?:№ )?(?:passport|паспорт|pasport|pasaport|шиноснома|төлқұжат)(?: (?:no\.?|number|№|номер|raqami|numarası))?|doc(?:ument)?(?: no\.?| number)?|travel document|документ|belge no|hujjat)$/iu,
  ],
  [
    'NATIONAL_ID',
    /^(?:national id(?: no\.?| number)?|id(?: no\.?| number)?|iin|иин|pin|пин|pinfl|пинфл|jshshir|жшшир|жсн|жшн|(?:t\.?c\.? )?kimlik(?: no)?|personal (?:id|no\.?|number)|инн|tin|снилс)$/iu,
  ],
  [
    'PHONE',
    /^(?:phone(?: number)?|tel\.?|telephone|mobile|contact (?:phone|number)|whatsapp|тел\.?|телефон|моб\.?|telefon(?: raqami)?|тамос|байланыс)$/iu,
  ],
  ['ADDRESS', /^(?:address|адрес|manzil|мекенжай|adres|дарек|суроға)$/iu],
  [
    'PERSON',
    /^(?:(?:full )?names?|surname|passenger|ф\.? ?и\.? ?о\.?|фио|имя|фамилия(?:,? имя(?:,? отчество)?)?|аты-?жөн[іү]|аты жөні|ism(?:i)?|f\.i\.(?:sh|o)\.?|ф\.и\.ш\.?|adı soyadı|ad soyad|ном|ному насаб|н\.н\.ф\.?)$/iu,
  ],
];

/** A cell's value of each kind: anything else under that header (a dash, "unknown") is left alone. */
const CELL_SHAPES: Record<string, RegExp> = {
  BIRTH_DATE:
    /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|\d{2}[A-Z]{3}\d{2}(?:\d{2})?|\d{1,2} \p{L}{3,10}\.? \d{4})$/u,
  // Also a Turkmen passport's series ("I-AS 123456") and a Russian passport abroad's ("71 2187549").
  PASSPORT: /^(?:[A-ZА-ЯЁ]{1,3}[ -]?\d{6,9}|[A-Z]{1,3}-[A-ZÄÇŇÖŞÜÝŽ]{2} ?\d{6,7}|\d{2} ?\d{2} ?\d{6}|\d{2} \d{7}|\d{7,10})$/u,
  NATIONAL_ID: /^\d(?:[ -]?\d){8,17}[\dX]?$/u,
  PHONE: /^\+?[\d ()-]{7,22}$/u,
  ADDRESS: /^(?=.*\d)(?=.*\p{L}{2}).{5,120}$/u,
  // Letters, apostrophes, hyphens, dots of initials and the manifest's slash; one to five words.
  PERSON: /^\p{Lu}[\p{L}'ʻʼ‘’`.-]*(?:[ /]+\p{L}[\p{L}'ʻʼ‘’`.-]*){0,4}$/u,
};

interface Cell {
  text: string;
  start: number;
}

/** A line's cells, with their offsets in the text: apart by `|`, or by a tab or two spaces. */
function cellsOf(line: string, offset: number, separator: RegExp): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: offset + from + lead });
  };
  for (const match of line.matchAll(separator)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(line.length);
  return cells;
}

const PIPES = /\|/g;
const WIDE_GAPS = /\t+|[ ]{2,}/g;
const RULE_LINE = /^[\s|:+-]*-{3}[\s|:+-]*$/u;

// "RAKHIMOVA/TAKHMINA MRS": how tickets and manifests write a traveller.
const AIRLINE_NAME = /(?<![\p{L}])\p{Lu}{2,}\/\p{Lu}{2,}(?![\p{L}])/u;
const LISTED_DOCUMENT = /^(?:[A-Z]{1,2}\d{6,8}|\d{9})$/u;

function columnType(header: string): EntityType | undefined {
  const name = header.replace(/[:*]+$/u, '').trim();
  return COLUMNS.find(([, pattern]) => pattern.test(name))?.[0];
}

export function detectTableCells(text: string): Detection[] {
  if (!text.includes('|') && !/\t|[ ]{2}/u.test(text)) return [];
  const found: Detection[] = [];
  let header: (EntityType | undefined)[] | undefined;
  let separator = PIPES;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (header && RULE_LINE.test(line)) continue;
    const style = line.includes('|') ? PIPES : WIDE_GAPS;
    if (header && style === separator) {
      const cells = cellsOf(line, lineStart, separator);
      if (cells.length === header.length) {
        cells.forEach((cell, index) => {
          const type = header![index];
          if (type && CELL_SHAPES[type].test(cell.text))
            found.push({ type, start: cell.start, end: cell.start + cell.text.length, text: cell.text });
        });
        continue;
      }
    }
    header = undefined;
    // A passenger list without a header: a document number on the line of an airline-style name.
    if (AIRLINE_NAME.test(line))
      for (const cell of cellsOf(line, lineStart, WIDE_GAPS))
        if (LISTED_DOCUMENT.test(cell.text))
          found.push({ type: 'PASSPORT', start: cell.start, end: cell.start + cell.text.length, text: cell.text });
    // A header: three cells at least, no digits, and a column naming an identifier of a person.
    const cells = cellsOf(line, lineStart, style).map((cell) => cell.text);
    if (cells.length < 3 || cells.some((cell) => /\d/u.test(cell) || cell.length > 30)) continue;
    const types = cells.map(columnType);
    // A column of names counts only in a table of people: one column at least holds their identifiers.
    if (!types.some((type) => type !== undefined && type !== 'PERSON')) continue;
    header = types;
    separator = style;
  }
  return found;
}
