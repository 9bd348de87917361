import { COUNTRY_NAMES, GIVEN_NAMES, INSTITUTION_WORD, NOT_NAMES, PLACES, RUSSIAN_NOUNS, SURNAMES } from './gazetteer';
import { SURNAME_SHAPE } from './name-shapes';
import type { Detection, EntityType } from './types';

/**
 * Identifiers in the cells of a table of people whose header names them: a register pasted into a case
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
    /^(?:national id(?: no\.?| number)?|id(?: no\.?| number)?|iin|иин|pin|пин|pinfl|пинфл|jshshir|жшшир|жсн|жшн|(?:t\.?c\.? )?kimlik(?: no)?|personal (?:id|no\.?|number)|снилс)$/iu,
  ],
  [
    'PHONE',
    // Whose phone may follow («Телефон родственников», "Phone (relative)").
    /^(?:phone(?: number)?|tel\.?|telephone|mobile|contacts?(?: (?:phone|number))?|whatsapp|контакт|тел\.?|телефон|моб\.?|telefon(?: raqami)?|тамос|байланыс)(?: \(?\p{L}{3,20}\)?){0,2}$|^(?:(?:вызываемый|вызывающий|входящий|исходящий) номер|номер (?:абонента|собеседника)|(?:called|calling|caller|callee)(?: number)?)$/iu,
  ],
  ['ADDRESS', /^(?:address|адрес|manzil|мекенжай|adres|дарек|суроға)$/iu],
];
/**
 * A column of people's full names ("Ф.И.О.", "Full name", «Adı Soyadı»): the table is one of people,
 * and a cell of two to four capitalised words no list knows as a word, place or body is a name.
 */
const PEOPLE_COLUMN =
  /^(?:full names?|surname|passenger|абонент|ф\.? ?и\.? ?о\.?|фио|фамилия(?:,? имя(?:,? отчество)?)?|аты-?жөн[іү]|аты жөні|f\.i\.(?:sh|o)\.?|ф\.и\.ш\.?|adı soyadı|ad soyad|ному насаб|н\.н\.ф\.?)$/iu;

const NAME_COLUMN = /^(?:names?|имя|аты|ism|isim|ad|ном)$/iu;

/** A cell's value of each kind: anything else under that header (a dash, "unknown") is left alone. */
const CELL_SHAPES: Record<string, RegExp> = {
  BIRTH_DATE:
    /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|\d{2}[A-Z]{3}\d{2}(?:\d{2})?|\d{1,2} \p{L}{3,10}\.? \d{4})$/u,
  // Also a Turkmen passport's series ("I-AS 123456") and a Russian passport abroad's ("71 2187549").
  PASSPORT:
    /^(?:[A-ZА-ЯЁ]{1,3}[ -]?\d{6,9}|[A-Z]{1,3}-[A-ZÄÇŇÖŞÜÝŽ]{2} ?\d{6,7}|\d{2} ?\d{2} ?\d{6}|\d{2} \d{7}|\d{7,10})$/u,
  NATIONAL_ID: /^\d(?:[ -]?\d){8,17}[\dX]?$/u,
  PHONE: /^\+?[\d ()-]{7,22}$/u,
  ADDRESS: /^(?=.*\d)(?=.*\p{L}{2}).{5,120}$/u,
};
// Under a column of full names: two to four capitalised words, none a word, place or body the lists know
// ("Ministry of Internal Affairs", "Unknown person" are no one's names).
// "NASSER, Amal": a register may write the surname first, before a comma.
const FULL_NAME = /^\p{Lu}[\p{L}'ʻʼ‘’`.-]*(?:,? [ /]*\p{Lu}[\p{L}'ʻʼ‘’`.-]*|\/\p{Lu}[\p{L}'ʻʼ‘’`.-]*){1,3}$/u;
const NO_NAME =
  /^(?:unknown|неизвестн\p{L}*|белгісіз|белгисиз|номаълум|noma['ʻ‘’]?lum|bilinmiyor|n\/a|not|provided|minor|child|none|anonymous|redacted|withheld|нет|не|указано|указан)$/iu;
const isFullName = (value: string) =>
  FULL_NAME.test(value) &&
  value.split(/,?[ /]+/u).every((word) => {
    const lower = word.toLowerCase();
    return (
      !NOT_NAMES.has(word) &&
      !NO_NAME.test(word) &&
      !INSTITUTION_WORD.test(word) &&
      !COUNTRY_NAMES.has(lower) &&
      !RUSSIAN_NOUNS.has(lower) &&
      (!PLACES.has(lower) || GIVEN_NAMES.has(lower))
    );
  });
// "000000000", "1111111111": a placeholder, no one's number.
const PLACEHOLDER_DIGITS = /^(\d)(?:[ -]?\1)+$/u;

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
// An export's comma-separated values ("beneficiary_id,name,dob,phone"): a comma with no space after it.
const COMMAS = /,(?! )/g;
/** How a line's cells are apart: bars, tabs or wide gaps, or commas where the line has none of these. */
const styleOf = (line: string) =>
  line.includes('|') ? PIPES : /\t|[ ]{2}/u.test(line) || !/,(?! )/u.test(line) ? WIDE_GAPS : COMMAS;
const RULE_LINE = /^[\s|:+-]*-{3}[\s|:+-]*$/u;

// "1. RAKHIMOVA/TAKHMINA MRS": how tickets and manifests write a traveller, numbered or titled.
const AIRLINE_NAME =
  /^[ \t]*\d{1,3}[.)]?[ \t]+\p{Lu}{2,}\/\p{Lu}{2,}(?![\p{L}])|(?<![\p{L}])\p{Lu}{2,}\/\p{Lu}{2,}[ \t]+(?:MR|MRS|MS|MISS|MSTR)(?![\p{L}])/u;
const LISTED_DOCUMENT = /^(?:[A-Z]{1,2}\d{6,8}|\d{9})$/u;
const DOCUMENT_AFTER_TITLE = /\/\p{Lu}{2,}[ \t]+(?:MR|MRS|MS|MISS|MSTR)[ \t]+([A-Z]{1,2}\d{6,8}|\d{9})[ \t]*$/u;
// «1. Қодирзода Гулноз Зафаровна — 27.02.1984 — 402104857»: a numbered list of people, each line a
// name, a date and a document number apart by dashes. The three together make the line a person's.
// A manifest's rows apart by tabs do the same («1⇥Madaminova Feruza⇥10.08.1980⇥FA6254953»).
const NUMBERED_LINE = /^[ \t]*\d{1,3}(?:[.)][ \t]+|\t)/u;
// Bounded, so a long run of spaces before a dash is not rescanned at each of its positions.
const DASHES = /(?<![ \t])[ \t]{1,8}[—–-][ \t]{1,8}/g;
const TABS = /\t+/g;
const RECORD_DOCUMENT = /^(?:[A-ZА-Я]{1,3} ?\d{6,8}|ID ?\d{6,8}|\d{9}|\d{2} \d{7})$/u;

function recordLine(line: string, lineStart: number): Detection[] {
  const numbered = NUMBERED_LINE.exec(line);
  if (!numbered) return [];
  const entry = line.slice(numbered[0].length);
  const separator = /[—–-]/u.test(entry) ? DASHES : entry.includes('\t') ? TABS : undefined;
  if (!separator) return [];
  const cells = cellsOf(entry, lineStart + numbered[0].length, separator);
  const [name, ...rest] = cells;
  const date = rest.find((cell) => CELL_SHAPES.BIRTH_DATE.test(cell.text));
  const document = rest.find((cell) => RECORD_DOCUMENT.test(cell.text));
  if (cells.length < 3 || !date || !document || !isFullName(name.text)) return [];
  // Rows apart by tabs list things as often ("1⇥Press Release⇥12.03.2021⇥202100123"): one of a
  // person's, a listed name or a surname's shape.
  if (separator === TABS && !name.text.split(/[ /]+/u).some(isListedNameWord)) return [];
  const found = (type: EntityType, cell: Cell) => ({
    type,
    start: cell.start,
    end: cell.start + cell.text.length,
    text: cell.text,
  });
  return [found('PERSON', name), found('BIRTH_DATE', date), found('PASSPORT', document)];
}

const isListedNameWord = (word: string) =>
  GIVEN_NAMES.has(word.toLowerCase()) || SURNAMES.has(word.toLowerCase()) || SURNAME_SHAPE.test(word);

function columnType(header: string): EntityType | undefined {
  const name = header.replace(/[:*]+$/u, '').trim();
  return COLUMNS.find(([, pattern]) => pattern.test(name))?.[0];
}

export function detectTableCells(text: string): Detection[] {
  if (!text.includes('|') && !/\t|[ ]{2}|[—–-]|,(?! )|\//u.test(text)) return [];
  const found: Detection[] = [];
  let header: (EntityType | undefined)[] | undefined;
  let peopleColumns = new Set<number>();
  let separator = PIPES;
  let offset = 0;
  const records: Detection[] = [];
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (header && RULE_LINE.test(line)) continue;
    const style = styleOf(line);
    if (header && style === separator) {
      const cells = cellsOf(line, lineStart, separator);
      if (cells.length === header.length) {
        cells.forEach((cell, index) => {
          if (peopleColumns.has(index) && isFullName(cell.text))
            found.push({ type: 'PERSON', start: cell.start, end: cell.start + cell.text.length, text: cell.text });
          const type = header![index];
          if (
            type &&
            CELL_SHAPES[type].test(cell.text) &&
            !PLACEHOLDER_DIGITS.test(cell.text) &&
            // A hotline (8 800 …, 0 800 …) is an organisation's.
            (type !== 'PHONE' || !/^(?:\+?[78]|0)[ (-]*800/u.test(cell.text))
          )
            found.push({ type, start: cell.start, end: cell.start + cell.text.length, text: cell.text });
        });
        continue;
      }
    }
    header = undefined;
    records.push(...recordLine(line, lineStart));
    // A passenger list without a header: a document number on the line of an airline-style name.
    if (line.includes('/') && AIRLINE_NAME.test(line)) {
      for (const cell of cellsOf(line, lineStart, WIDE_GAPS))
        if (LISTED_DOCUMENT.test(cell.text))
          found.push({ type: 'PASSPORT', start: cell.start, end: cell.start + cell.text.length, text: cell.text });
      // "02 KURBONZODA/MAVZUNA MS 409190087": the document after the title, one space apart.
      const afterTitle = DOCUMENT_AFTER_TITLE.exec(line);
      if (afterTitle) {
        const start = lineStart + afterTitle.index + afterTitle[0].length - afterTitle[1].length;
        found.push({ type: 'PASSPORT', start, end: start + afterTitle[1].length, text: afterTitle[1] });
      }
    }
    // A header: three cells at least, no digits, and a column naming an identifier of a person.
    if (line.length > 400) continue;
    const cells = cellsOf(line, lineStart, style).map((cell) => cell.text);
    if (cells.length < 3 || cells.some((cell) => /\d/u.test(cell) || cell.length > 30)) continue;
    const types = cells.map(columnType);
    // A table of people: a column of their full names, or of their birth dates or documents. A
    // table of organisations with their phones is none.
    // A column called "ID" alone numbers cases as often as people: it does not make the table one of people.
    peopleColumns = new Set(
      cells.flatMap((cell, index) => (PEOPLE_COLUMN.test(cell.replace(/[:*]+$/u, '').trim()) ? [index] : [])),
    );
    const ofPeople =
      peopleColumns.size > 0 ||
      types.some(
        (type, index) =>
          type === 'BIRTH_DATE' || type === 'PASSPORT' || (type === 'NATIONAL_ID' && !/^id\b/iu.test(cells[index])),
      );
    if (!ofPeople) continue;
    // "Name" alone heads organisations' names as often as people's: in a table of people, people's.
    cells.forEach((cell, index) => {
      if (NAME_COLUMN.test(cell.replace(/[:*]+$/u, '').trim())) peopleColumns.add(index);
    });
    header = types;
    separator = style;
  }
  // Two record lines at least make a list of people; one may be a product or a flight.
  if (records.length >= 6) found.push(...records);
  return found;
}
