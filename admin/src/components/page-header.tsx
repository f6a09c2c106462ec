import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** One line under the title: what the page is for, or which scope it shows. */
  subtitle?: ReactNode;
  icon?: ReactNode;
  /** Buttons on the right, e.g. `<Can I="create" a="User"><Button type="primary">新建</Button></Can>`. */
  actions?: ReactNode;
}

/** The top of every page: title (an `h4`), optional subtitle, and actions aligned right. */
export function PageHeader({ title, subtitle, icon, actions }: PageHeaderProps) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap data-testid="page-header">
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {icon && <span style={{ marginInlineEnd: 8 }}>{icon}</span>}
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {actions && (
        <Flex gap={8} align="center" wrap>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
