import { describe, expect, it } from 'vitest';
import { ImpactError } from '../core/ImpactError.js';
import { loadVega } from './renderChartSvg.js';

describe('loadVega', () => {
  it('names the install command when vega or vega-lite is not installed', async () => {
    const missing = new Error("Cannot find package 'vega'");
    const thrown = await loadVega(() => Promise.reject(missing)).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ImpactError);
    expect((thrown as ImpactError).code).toBe('MISSING_PEER_DEPENDENCY');
    expect((thrown as ImpactError).message).toBe(
      '[mining-impact] An optional peer dependency this function needs is not installed: the charts of the HTML report need vega and vega-lite: npm install vega vega-lite',
    );
    expect((thrown as ImpactError).cause).toBe(missing);
  });

  it('loads both when they are installed', async () => {
    const [vega, vegaLite] = await loadVega();
    expect(typeof vega.View).toBe('function');
    expect(typeof vegaLite.compile).toBe('function');
  });
});
