import { Select, type SelectProps } from 'antd';

export type MultiFilterSelectProps<V extends string> = Omit<SelectProps<V[]>, 'mode' | 'allowClear' | 'maxTagCount'> & {
  /** `tags` lets people type values that are not among the options. */
  mode?: 'multiple' | 'tags';
};

/** A filter on several values of one field: clearable, its chosen values collapsed to fit its width. */
export function MultiFilterSelect<V extends string>({ mode = 'multiple', ...props }: MultiFilterSelectProps<V>) {
  return <Select<V[]> mode={mode} allowClear maxTagCount="responsive" {...props} />;
}
