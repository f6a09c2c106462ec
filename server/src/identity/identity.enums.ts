import { ROLE_LABELS, Role } from '@kesu/domain';
import { registerEnumType } from 'type-graphql';

export const RoleEnum = Role;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: '角色',
  valuesConfig: Object.fromEntries(Object.entries(ROLE_LABELS).map(([k, label]) => [k, { description: label }])),
});
