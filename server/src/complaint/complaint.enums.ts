import {
  CHANNEL_LABELS,
  COMPLAINT_EVENT_TYPE_LABELS,
  COMPLAINT_STATE_LABELS,
  Channel,
  ComplaintEventType,
  ComplaintState,
  ESCALATION_REASON_LABELS,
  EXEMPTION_REASON_LABELS,
  EXTERNAL_REVIEW_METHOD_LABELS,
  EscalationReason,
  ExemptionReason,
  ExternalReviewMethod,
  RETURN_VISIT_METHOD_LABELS,
  ReturnVisitMethod,
} from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

export const ComplaintStatusEnum = registerLabeledEnum(ComplaintState, 'ComplaintStatus', '投诉状态', COMPLAINT_STATE_LABELS);
export const ChannelEnum = registerLabeledEnum(Channel, 'Channel', '受理渠道', CHANNEL_LABELS);
export const ComplaintEventTypeEnum = registerLabeledEnum(ComplaintEventType, 'ComplaintEventType', '投诉事件类型', COMPLAINT_EVENT_TYPE_LABELS);
export const EscalationReasonEnum = registerLabeledEnum(EscalationReason, 'EscalationReason', '升级原因', ESCALATION_REASON_LABELS);
export const ExternalReviewMethodEnum = registerLabeledEnum(ExternalReviewMethod, 'ExternalReviewMethod', '外部评审方式', EXTERNAL_REVIEW_METHOD_LABELS);
export const ReturnVisitMethodEnum = registerLabeledEnum(ReturnVisitMethod, 'ReturnVisitMethod', '回访方式', RETURN_VISIT_METHOD_LABELS);
export const ExemptionReasonEnum = registerLabeledEnum(ExemptionReason, 'ExemptionReason', '时限豁免原因', EXEMPTION_REASON_LABELS);

import { COMPLAINT_ACTION_LABELS, ComplaintAction } from '@kesu/domain';
export const ComplaintActionEnum = registerLabeledEnum(ComplaintAction, 'ComplaintAction', '投诉操作', COMPLAINT_ACTION_LABELS);
