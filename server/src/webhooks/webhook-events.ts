/** The events a partner app may subscribe to (issue 9); the names are part of the partner contract. */
export const WEBHOOK_EVENT_TYPES = ['complaint.created', 'complaint.status_changed', 'complaint.overdue', 'case.published'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_EVENT_LABELS: Readonly<Record<WebhookEventType, string>> = {
  'complaint.created': '投诉受理登记',
  'complaint.status_changed': '投诉状态变化',
  'complaint.overdue': '投诉超期',
  'case.published': '案例发布',
};

export const isWebhookEventType = (value: unknown): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value as string);
