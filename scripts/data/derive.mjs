#!/usr/bin/env node
// Regenerate the derived CSVs in data/ from the unchanged raw files in data/raw/.
//
//   node scripts/data/derive.mjs          (from the project root, or from anywhere)
//
// Inputs (checked against the sha256 values in data/datapackage.json → "x-raw"):
//   data/raw/oli_levels_monthly.csv   Online Labour Index, monthly, wide (one column per occupation)
//   data/raw/occ_level.csv            GPTs-are-GPTs exposure scores per O*NET-SOC occupation
//   data/raw/national_May2021_dl.csv  BLS OEWS May 2021 national file
// Outputs:
//   data/oli-monthly.csv              long format: month,occupation,index,partial
//   data/occupation-exposure.csv      one row per O*NET occupation, with OEWS employment and wages
//
// Deterministic: same inputs give byte-identical outputs (fixed row order, fixed rounding,
// "\n" line ends). Any surprise in the inputs (changed hash, unexpected header, a number that does
// not parse, a duplicate code) stops the script with the file, line and reason.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParseRows, csvFormatRows } from 'd3-dsv';
import { OLI_OCCUPATIONS } from '../../src/data/schemas/oli-occupations.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = path.join(ROOT, 'data');
const RAW = path.join(DATA, 'raw');

/** The month whose OLI value is a partial-month mean: the OLI series ends on 2024-08-22. */
const PARTIAL_MONTHS = new Set(['2024-08-01']);

/** The raw OLI file's columns: the date, then one per occupation group (the list the schema checks). */
const OLI_COLUMNS = ['date', ...OLI_OCCUPATIONS];
const OCC_COLUMNS = [
  'O*NET-SOC Code',
  'Title',
  'dv_rating_alpha',
  'dv_rating_beta',
  'dv_rating_gamma',
  'human_rating_alpha',
  'human_rating_beta',
  'human_rating_gamma',
];

function fail(file, line, message) {
  const where = line === undefined ? file : `${file}:${line}`;
  console.error(`derive: ${where}: ${message}`);
  process.exit(1);
}

const rel = (p) => path.relative(ROOT, p);

/** Read a raw file, check its sha256 against datapackage.json x-raw, return its rows (BOM removed). */
function readRaw(name, expectedSha) {
  const file = path.join(RAW, name);
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    fail(rel(file), undefined, 'file not found');
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== expectedSha) {
    fail(rel(file), undefined, `sha256 is ${sha}, datapackage.json x-raw says ${expectedSha}; raw files must stay unchanged copies`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = csvParseRows(text);
  while (rows.length && rows.at(-1).length === 1 && rows.at(-1)[0] === '') rows.pop();
  return { file: rel(file), header: rows[0], rows: rows.slice(1) };
}

function expectHeader(raw, want) {
  const got = raw.header.slice(0, want.length);
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    fail(raw.file, 1, `unexpected header ${JSON.stringify(raw.header)}; expected it to start with ${JSON.stringify(want)}`);
  }
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(text, file, line, column) {
  if (!NUMBER.test(text)) fail(file, line, `${column}: ${JSON.stringify(text)} is not a number`);
  return Number(text);
}

/** Round to 4 decimals (toFixed semantics), written without trailing zeros: 0.84, 0.8077, 0. */
function round4(x) {
  return String(Number(x.toFixed(4)));
}

/** OEWS writes counts and wages with thousands separators ("49,410"); return digits or undefined for * ** #. */
function oewsInteger(text, file, line, column) {
  if (text === '*' || text === '**' || text === '#') return undefined;
  const digits = text.replace(/,/g, '');
  if (!/^\d+$/.test(digits)) fail(file, line, `${column}: ${JSON.stringify(text)} is neither a whole number nor *, ** or #`);
  return digits;
}

function writeCsv(name, header, rows) {
  const file = path.join(DATA, name);
  writeFileSync(file, csvFormatRows([header, ...rows]) + '\n', 'utf8');
  console.log(`derive: wrote ${rel(file)} (${rows.length} rows)`);
}

// ---------------------------------------------------------------------------------------------
const pkg = JSON.parse(readFileSync(path.join(DATA, 'datapackage.json'), 'utf8'));
const shaOf = (name) => {
  const entry = (pkg['x-raw'] ?? []).find((r) => path.basename(r.path) === name);
  if (!entry) fail('data/datapackage.json', undefined, `x-raw has no entry for ${name}`);
  return entry.sha256;
};

// (a) OLI monthly → long format ----------------------------------------------------------------
{
  const raw = readRaw('oli_levels_monthly.csv', shaOf('oli_levels_monthly.csv'));
  expectHeader(raw, OLI_COLUMNS);
  if (raw.header.length !== OLI_COLUMNS.length) fail(raw.file, 1, 'unexpected extra columns');
  const out = [];
  let previous;
  raw.rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== OLI_COLUMNS.length) fail(raw.file, line, `row has ${cells.length} cells, header has ${OLI_COLUMNS.length}`);
    const month = cells[0];
    if (!/^\d{4}-(0[1-9]|1[0-2])-01$/.test(month)) fail(raw.file, line, `date ${JSON.stringify(month)} is not YYYY-MM-01`);
    if (previous !== undefined) {
      const [y, m] = previous.split('-').map(Number);
      const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
      if (month !== next) fail(raw.file, line, `expected month ${next} after ${previous}, got ${month}`);
    }
    previous = month;
    const values = cells.slice(1).map((t, c) => parseNumber(t, raw.file, line, OLI_COLUMNS[c + 1]));
    const totalAt = OLI_COLUMNS.indexOf('Total') - 1;
    const sumOfCategories = values.reduce((s, v, c) => (c === totalAt ? s : s + v), 0);
    if (Math.abs(sumOfCategories - values[totalAt]) > 1e-6) {
      fail(raw.file, line, `Total ${values[totalAt]} is not the sum of the categories (${sumOfCategories})`);
    }
    OLI_COLUMNS.slice(1).forEach((occupation, c) => {
      out.push([month, occupation, round4(values[c]), PARTIAL_MONTHS.has(month) ? 'true' : 'false']);
    });
  });
  for (const m of PARTIAL_MONTHS) {
    if (!raw.rows.some((r) => r[0] === m)) fail(raw.file, undefined, `partial month ${m} is not in the file; update PARTIAL_MONTHS`);
  }
  writeCsv('oli-monthly.csv', ['month', 'occupation', 'index', 'partial'], out);
}

// (b) GPTs-are-GPTs exposure + OEWS May 2021 → occupation-exposure.csv -------------------------
{
  const occ = readRaw('occ_level.csv', shaOf('occ_level.csv'));
  expectHeader(occ, OCC_COLUMNS);
  const oews = readRaw('national_May2021_dl.csv', shaOf('national_May2021_dl.csv'));
  const col = Object.fromEntries(oews.header.map((name, i) => [name, i]));
  for (const name of ['AREA', 'I_GROUP', 'O_GROUP', 'OCC_CODE', 'TOT_EMP', 'A_MEAN', 'A_MEDIAN', 'HOURLY']) {
    if (col[name] === undefined) fail(oews.file, 1, `missing column ${name}`);
  }

  // National (AREA 99), cross-industry, detailed occupations, keyed by SOC code.
  const bySoc = new Map();
  oews.rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== oews.header.length) fail(oews.file, line, `row has ${cells.length} cells, header has ${oews.header.length}`);
    if (cells[col.AREA] !== '99' || cells[col.I_GROUP] !== 'cross-industry' || cells[col.O_GROUP] !== 'detailed') return;
    const soc = cells[col.OCC_CODE];
    if (bySoc.has(soc)) fail(oews.file, line, `duplicate detailed OCC_CODE ${soc}`);
    bySoc.set(soc, { cells, line });
  });

  const out = [];
  const seen = new Set();
  occ.rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== OCC_COLUMNS.length) fail(occ.file, line, `row has ${cells.length} cells, header has ${OCC_COLUMNS.length}`);
    const [onet, title, ...scoreText] = cells;
    if (!/^\d{2}-\d{4}\.\d{2}$/.test(onet)) fail(occ.file, line, `O*NET code ${JSON.stringify(onet)} is not NN-NNNN.NN`);
    if (seen.has(onet)) fail(occ.file, line, `duplicate O*NET code ${onet}`);
    seen.add(onet);
    const s = Object.fromEntries(OCC_COLUMNS.slice(2).map((name, c) => [name, round4(parseNumber(scoreText[c], occ.file, line, name))]));
    const soc = onet.slice(0, 7);

    let employment = '';
    let median = '';
    let mean = '';
    const notes = [];
    const match = bySoc.get(soc);
    if (!match) {
      notes.push('no OEWS match');
    } else {
      const c = match.cells;
      const at = (name) => c[col[name]];
      employment = oewsInteger(at('TOT_EMP'), oews.file, match.line, 'TOT_EMP') ?? '';
      median = oewsInteger(at('A_MEDIAN'), oews.file, match.line, 'A_MEDIAN') ?? '';
      mean = oewsInteger(at('A_MEAN'), oews.file, match.line, 'A_MEAN') ?? '';
      if (employment === '') notes.push(`employment is ${at('TOT_EMP')} in OEWS`);
      // The OEWS May 2021 CSV has no footnote rows, so '#' is reported as OEWS writes it.
      if (at('A_MEDIAN') === '#') notes.push('median annual wage top-coded in OEWS (#)');
      if (at('A_MEAN') === '#') notes.push('mean annual wage top-coded in OEWS (#)');
      const starred = ['A_MEDIAN', 'A_MEAN'].filter((n) => at(n) === '*' || at(n) === '**');
      if (starred.length) {
        const flag = at('HOURLY') === 'TRUE' ? '; OEWS row has HOURLY=TRUE' : '';
        notes.push(`${starred.map((n) => (n === 'A_MEDIAN' ? 'median' : 'mean')).join(' and ')} annual wage shown as ${at(starred[0])} in OEWS${flag}`);
      }
    }
    out.push([
      onet,
      soc,
      title,
      s.human_rating_alpha,
      s.human_rating_beta,
      s.human_rating_gamma,
      s.dv_rating_alpha,
      s.dv_rating_beta,
      s.dv_rating_gamma,
      employment,
      median,
      mean,
      notes.join('; '),
    ]);
  });
  writeCsv(
    'occupation-exposure.csv',
    [
      'onet_code',
      'soc_code',
      'title',
      'human_alpha',
      'human_beta',
      'human_gamma',
      'gpt4_alpha',
      'gpt4_beta',
      'gpt4_gamma',
      'employment',
      'median_wage',
      'mean_wage',
      'wage_note',
    ],
    out,
  );
}
