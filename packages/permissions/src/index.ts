export * from './ability.js';
export { conditionsMatcher } from './conditions.js';
export { subject } from '@casl/ability';
