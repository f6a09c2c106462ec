import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Case } from '../cases/case.entity.js';
import { stripPii } from '../cases/pii-stripper.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { generateDemoCases, seedDemoCases } from './demo-cases.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('demo cases', () => {
  it('seeds 240 published cases of the demo group in well under the first-start budget, once', async () => {
    const started = Date.now();
    // The same count as `npm start` seeds.
    expect(await seedDemoCases(app.orm)).toBe(240);
    expect(Date.now() - started).toBeLessThan(10_000);
    const em = app.orm.em.fork();
    expect(await em.count(Case, { status: 'PUBLISHED' })).toBe(240);
    expect(await seedDemoCases(app.orm)).toBe(0);
    expect(await em.count(Case, {})).toBe(240);
  });

  it('covers the situations of the source regulations, in every demo project and several years', () => {
    const specs = generateDemoCases(240);
    const tags = new Set(specs.flatMap((spec) => spec.tags));
    for (const tag of ['交付延期', '渗水', '产权证', '销售承诺', '物业服务', '媒体曝光', '工程质量', '规划设计', '维修基金', '群诉']) expect(tags).toContain(tag);
    expect(new Set(specs.map((spec) => spec.categoryCode)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(specs.map((spec) => spec.projectCode)).size).toBe(6);
    expect(new Set(specs.map((spec) => spec.year)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(specs.map((spec) => spec.title)).size).toBeGreaterThan(150);
  });

  it('is deterministic and carries nothing that looks like a phone or a room', () => {
    const [a, b] = [generateDemoCases(50), generateDemoCases(50)];
    expect(a).toEqual(b);
    for (const spec of generateDemoCases(240)) {
      for (const text of [spec.title, spec.background, spec.handlingProcess, spec.result, spec.causeAnalysis, spec.lessonsLearned, spec.preventiveMeasures]) {
        expect(stripPii(text)).toBe(text);
      }
    }
  });
});
