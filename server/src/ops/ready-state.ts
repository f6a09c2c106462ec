/**
 * Whether this instance should get traffic (/readyz). Liveness (/healthz) is separate: a draining or
 * not-yet-started instance is alive and must not be restarted, only left out of the load balancer.
 */
export class ReadyState {
  private jobsStarted = false;
  private shuttingDown = false;

  constructor(private readonly pingDatabase: () => Promise<unknown>) {}

  markJobsStarted(): void {
    this.jobsStarted = true;
  }

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  /** The reason not to send traffic here, or null when ready. The cheap flags first: no query while draining. */
  async notReadyReason(): Promise<string | null> {
    if (this.shuttingDown) return 'shutting down';
    if (!this.jobsStarted) return 'job runner not started';
    try {
      await this.pingDatabase();
    } catch {
      return 'database unavailable';
    }
    return null;
  }
}
