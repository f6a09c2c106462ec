import { Result } from 'antd';
import { Component, type ReactNode } from 'react';

interface ChartBoundaryProps {
  /** Shown when the chart chunk cannot be loaded (e.g. a deploy replaced it) or drawing fails. */
  message: string;
  children: ReactNode;
}

/** Keeps a failed chart inside its card, so the KPIs and the table stay usable. */
export class ChartBoundary extends Component<ChartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <Result status="warning" subTitle={this.props.message} /> : this.props.children;
  }
}
