import { Alert, Button } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useErrorMessage } from '../graphql/graphql-errors';
import { useI18n } from '../i18n/i18n-context';

export interface ErrorAlertProps {
  /** Whatever a query or mutation failed with; nothing is rendered when it is null or undefined. */
  error: unknown;
  /** Shows a retry button, e.g. `() => void refetch()`. */
  onRetry?: () => void;
  /** A heading above the message, e.g. "加载投诉失败"; without it the message is the heading. */
  title?: ReactNode;
  style?: CSSProperties;
}

/** An antd error Alert with the message for a person (see `errorMessage`) and an optional retry button. */
export function ErrorAlert({ error, onRetry, title, style }: ErrorAlertProps) {
  const { t } = useI18n();
  const toMessage = useErrorMessage();
  if (error === null || error === undefined) return null;
  const message = toMessage(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? message}
      description={title ? message : undefined}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
      style={style}
      data-testid="error-alert"
    />
  );
}
