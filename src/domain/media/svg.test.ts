// An SVG's size in CSS pixels, read from its width and height or its viewBox, however much whitespace they hold.
import { describe, expect, test } from 'vitest';
import { svgSize } from './svg.ts';

const svg = (attributes: string) => `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect width="1" height="1"/></svg>`;
const MEGABYTES = 5 * 1024 * 1024;

describe('the size of an SVG', () => {
  test.each([
    ['width and height in pixels', 'width="200" height="100"', { width: 200, height: 100 }],
    ['px and spaces', 'width=" 200 px " height="100px"', { width: 200, height: 100 }],
    ['decimals, rounded', 'width="199.6" height="100.2"', { width: 200, height: 100 }],
    ['a unit other than px, so the viewBox', 'width="20cm" height="10cm" viewBox="0 0 300 150"', { width: 300, height: 150 }],
    ['neither', 'width="100%"', undefined],
  ])('%s', (_name, attributes, expected) => {
    expect(svgSize(svg(attributes))).toEqual(expected);
  });

  // This took hours when the whitespace before and after an optional px could be shared out in every way.
  test.each([
    ['spaces', ' '],
    ['tabs', '\t'],
  ])('a width of a number and megabytes of %s before a letter is no size in pixels', (_name, space) => {
    expect(svgSize(svg(`width="1${space.repeat(MEGABYTES)}x" height="100" viewBox="0 0 300 150"`))).toEqual({ width: 300, height: 150 });
  });

  test('a width of a number and megabytes of spaces is that number', () => {
    expect(svgSize(svg(`width="200${' '.repeat(MEGABYTES)}" height="100"`))).toEqual({ width: 200, height: 100 });
  });
});

describe('the <svg> tag among megabytes of openings', () => {
  // Each <svg was read to the end of the text for a > that was not there: hours.
  test('megabytes of <svg with no > have no size', () => {
    expect(svgSize('<svg'.repeat(MEGABYTES / 4))).toBeUndefined();
  });

  test('the first <svg is read to its >, however many <svg it holds', () => {
    expect(svgSize(`<svg width="200" height="100"${' <svg'.repeat(MEGABYTES / 5)}>`)).toEqual({ width: 200, height: 100 });
  });

  test('a tag that only starts like <svg is passed over', () => {
    expect(svgSize(`<svgx width="1" height="1"> <svg viewBox="0 0 30 15">${'<svg'.repeat(MEGABYTES / 4)}`)).toEqual({ width: 30, height: 15 });
  });
});
