import { describe, expect, it } from 'vitest';
import { decimalsOf, formatFigure, formatValue, MINUS, unitLabel, UNITS } from '../../../src/lib/format';

describe('decimalsOf', () => {
  it.each([
    ['-5.2', 1],
    ['-2', 0],
    ['30.37', 2],
    ['4.10', 2],
    ['+3.8', 1],
    ['0.001', 3],
    ['.5', 1],
    ['12.', 0],
    ['1.25e2', 0],
    ['1e-3', 3],
    [' 7.5 ', 1],
  ])('%s has %i decimals', (text, n) => expect(decimalsOf(text)).toBe(n));

  it.each(['abc', '12%', '1,234', '', 'NaN', 'Infinity', '--1'])('rejects %j', (text) => {
    expect(() => decimalsOf(text)).toThrow(/not a plain number/);
  });
});

describe('formatValue', () => {
  it('uses the true minus sign and keeps the source decimals for percent changes', () => {
    expect(formatValue('-5.2', 'percent', { kind: 'change' })).toBe(`${MINUS}5.2%`);
    expect(formatValue('-5.2', 'percent', { kind: 'change' })).toBe('\u22125.2%');
    expect(formatValue('-2', 'percent', { kind: 'change' })).toBe('\u22122%');
    expect(formatValue('30.37', 'percent', { kind: 'change' })).toBe('+30.37%');
    expect(formatValue('-5.20', 'percent', { kind: 'change' })).toBe('\u22125.20%');
  });

  it('adds "+" only to positive changes, never to levels unless asked', () => {
    expect(formatValue(21, 'percent', { kind: 'change' })).toBe('+21%');
    expect(formatValue(21, 'percent', { kind: 'level' })).toBe('21%');
    expect(formatValue(21, 'percent')).toBe('21%');
    expect(formatValue(21, 'percent', { signed: true })).toBe('+21%');
    expect(formatValue(21, 'percent', { kind: 'change', signed: false })).toBe('21%');
    expect(formatValue(-21, 'percent', { kind: 'level' })).toBe('\u221221%');
  });

  it('prints no sign for zero, even after rounding', () => {
    expect(formatValue(0, 'percent', { kind: 'change' })).toBe('0%');
    expect(formatValue(-0.04, 'percent', { kind: 'change', decimals: 1 })).toBe('0.0%');
    expect(formatValue(0.04, 'percentage-points', { kind: 'change', decimals: 0 })).toBe('0 percentage points');
  });

  it('abs prints the magnitude for prose that carries the direction', () => {
    expect(formatValue('-5.2', 'percent', { kind: 'change', abs: true })).toBe('5.2%');
    expect(formatValue('3.8', 'percentage-points', { kind: 'change', abs: true })).toBe('3.8 percentage points');
  });

  it('formats every unit', () => {
    expect(formatValue(29, 'usd')).toBe('$29');
    expect(formatValue(1234, 'usd')).toBe('$1,234');
    expect(formatValue('29.50', 'usd')).toBe('$29.50');
    expect(formatValue(-12, 'usd', { kind: 'change' })).toBe('\u2212$12');
    expect(formatValue(12, 'usd', { kind: 'change' })).toBe('+$12');
    expect(formatValue('787.8', 'usd-million')).toBe('$787.8 million');
    expect(formatValue('4.1', 'usd-billion')).toBe('$4.1 billion');
    expect(formatValue('4.2', 'million')).toBe('4.2 million');
    expect(formatValue(92547, 'count')).toBe('92,547');
    expect(formatValue(1234567, 'count')).toBe('1,234,567');
    expect(formatValue('12.2', 'index-points')).toBe('12.2 points');
    expect(formatValue(1, 'index-points')).toBe('1 point');
    expect(formatValue(-12.2, 'index-points', { kind: 'change' })).toBe('\u221212.2 points');
    expect(formatValue(3, 'multiple')).toBe('3\u00d7');
    expect(formatValue('2.5', 'multiple')).toBe('2.5\u00d7');
    expect(formatValue(810, 'usd-per-month')).toBe('$810 a month');
    expect(formatValue('3.8', 'percentage-points', { kind: 'change' })).toBe('+3.8 percentage points');
    expect(formatValue(1, 'percentage-points', { kind: 'change' })).toBe('+1 percentage point');
    expect(formatValue(-1, 'percentage-points', { kind: 'change' })).toBe('\u22121 percentage point');
  });

  it('never invents precision: numbers use their shortest form, explicit decimals round', () => {
    expect(formatValue(30.37, 'percent')).toBe('30.37%');
    expect(formatValue(1234.5678, 'count', { decimals: 1 })).toBe('1,234.6');
    expect(formatValue(-5.25, 'percent', { kind: 'change', decimals: 0 })).toBe('\u22125%');
    expect(formatValue(0.1 + 0.2, 'percent')).toBe('0.3%');
  });

  it('accepts source text written with a true minus', () => {
    expect(formatValue('\u22125.2', 'percent', { kind: 'change' })).toBe('\u22125.2%');
  });

  it.each([NaN, Infinity, -Infinity])('rejects %s', (v) => {
    expect(() => formatValue(v, 'percent')).toThrow(/not a finite number/);
  });

  it('rejects bad text and bad decimals', () => {
    expect(() => formatValue('', 'count')).toThrow(/empty/);
    expect(() => formatValue('12%', 'count')).toThrow();
    expect(() => formatValue(1, 'count', { decimals: -1 })).toThrow(/decimals/);
    expect(() => formatValue(1, 'count', { decimals: 1.5 })).toThrow(/decimals/);
    expect(() => formatValue(1, 'furlongs' as never)).toThrow(/unknown unit/);
  });

  it('has a label for every unit', () => {
    for (const u of UNITS) expect(unitLabel(u)).toMatch(/\w/);
    expect(unitLabel('percentage-points')).toBe('percentage points');
  });
});

describe('formatFigure', () => {
  it('uses the figure kind, unit and source decimals; options override them', () => {
    const fig = { value: -5.2, unit: 'percent', kind: 'change', decimals: 2 } as const;
    expect(formatFigure(fig)).toBe('\u22125.20%');
    expect(formatFigure(fig, { abs: true })).toBe('5.20%');
    expect(formatFigure(fig, { decimals: 0 })).toBe('\u22125%');
    expect(formatFigure({ value: 29, unit: 'usd', kind: 'level', decimals: 0 })).toBe('$29');
  });
});
