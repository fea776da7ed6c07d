import { describe, expect, it } from 'vitest';
import { ImpactError } from '../core/ImpactError.js';
import { accessibleSvg } from './accessibleSvg.js';

const label = { id: 'chart-a', title: 'Jobs <by> year', description: 'A & B: 3,000 in 2025.' };

describe('accessibleSvg', () => {
  it('adds role, title, description and a viewBox from the width and height', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="481" height="88.5"><rect/></svg>';
    expect(accessibleSvg(svg, label)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="481" height="88.5" viewBox="0 0 481 88.5" role="img" aria-labelledby="chart-a-title" aria-describedby="chart-a-desc"><title id="chart-a-title">Jobs &#60;by&#62; year</title><desc id="chart-a-desc">A &#38; B: 3,000 in 2025.</desc><rect/></svg>',
    );
  });

  it('keeps the viewBox Vega writes', () => {
    const svg = '<svg width="680" height="379" viewBox="0 0 680 379"><g/></svg>';
    const out = accessibleSvg(svg, label);
    expect(out.match(/viewBox=/g)).toHaveLength(1);
    expect(out).toMatch(/^<svg width="680" height="379" viewBox="0 0 680 379" role="img" /);
    expect(out).toMatch(/<\/desc><g\/><\/svg>$/);
  });

  it('refuses text that is not an svg element with its size', () => {
    for (const bad of ['<div width="1" height="1"></div>', '<svg width="100%"></svg>', ' <svg/>']) {
      const thrown = (() => {
        try {
          return accessibleSvg(bad, label);
        } catch (error) {
          return error;
        }
      })();
      expect(thrown).toBeInstanceOf(ImpactError);
      expect((thrown as ImpactError).code).toBe('INVALID_ARGUMENT');
    }
  });
});
