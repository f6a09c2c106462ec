export * from './ability.js';
export { conditionsMatcher } from './conditions.js';
export { permittedFields } from './fields.js';
export { subject } from '@casl/ability';
