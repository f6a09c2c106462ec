import { ROLE_LABELS, Role } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

export const RoleEnum = registerLabeledEnum(Role, 'Role', '角色', ROLE_LABELS);
