import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { roleLabel } from '../i18n/role-label';

/** A role code (`PROJECT_HEAD`) in words: 项目总, or Project head in English. */
export function RoleLabel({ role }: { role: string }) {
  const { locale } = useI18n();
  return <>{roleLabel(locale, role)}</>;
}

/** The same as a tag, for lists of role assignments. */
export function RoleTag({ role }: { role: string }) {
  const { locale } = useI18n();
  return (
    <Tag data-role={role} style={{ marginInlineEnd: 0 }}>
      {roleLabel(locale, role)}
    </Tag>
  );
}
