export * from './org-levels.js';
export * from './roles.js';
export * from './departments.js';
export * from './money.js';
export * from './complaint-facts.js';
export * from './categories.js';
export * from './grading/grade-scheme.js';
export * from './grading/grade-engine.js';
export * from './grading/presets.js';
export * from './calendar/shanghai-time.js';
export * from './calendar/working-calendar.js';
export * from './sla/deadlines.js';
export * from './lifecycle/escalation.js';
export * from './lifecycle/return-visit.js';
export * from './lifecycle/complaint-state-machine.js';
export * from './numbering.js';
export * from './reporting-period.js';
// The official holiday data (chinese-days) is deliberately not re-exported: import '@kesu/domain/official-calendar'.
