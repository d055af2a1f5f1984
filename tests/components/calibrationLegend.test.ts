import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import EstimativeLegend from '../../src/components/EstimativeLegend.astro';
import { calibrationOf, defaultCalibration } from '../../src/citations/calibration';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('<EstimativeLegend>', () => {
  it('shows the book’s own calibration table: the fixture book lets one source graded D carry moderate', async () => {
    const text = textOf(await container.renderToString(EstimativeLegend));
    expect(text).toContain('moderate, credible evidence, even from one ministry source with a fair record. Needs: Two independent sources, or one graded A to D;');
    expect(text).toContain('high, good evidence, corroborated or from a proven source, with little room for another reading. Needs: Two independent sources, or one graded A or B;');
  });

  it('shows the default table row by row, from low to high, with the rule for the ends of the scale', async () => {
    const text = textOf(await container.renderToString(EstimativeLegend, { props: { calibration: defaultCalibration } }));
    expect(text).toMatch(/low, thin or single-sourced evidence; .*Needs: Whatever meets no row above, .* is low\. moderate, .*Needs: Two independent sources, or one graded A to C; .* high, /);
    expect(text).toContain('An almost-certain or almost-no-chance judgment needs what high confidence needs in sources: two independent sources, or one graded A or B.');
  });

  it('leaves out the rule for the ends of the scale when the book switches it off', async () => {
    const calibration = calibrationOf({ confidenceRules: { extremeLikelihoodNeedsCorroboration: false } });
    const text = textOf(await container.renderToString(EstimativeLegend, { props: { calibration } }));
    expect(text).not.toContain('almost-certain');
  });
});
