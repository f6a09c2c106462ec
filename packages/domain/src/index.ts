export * from './org-levels.js';
export * from './roles.js';
export * from './departments.js';
