import type { Logger } from './logger.js';
import type { ReadyState } from './ready-state.js';

export interface ShutdownPlan {
  logger: Logger;
  ready: ReadyState;
  /** Seconds to keep serving after SIGTERM with /readyz at 503, so load balancers take this instance out first. */
  delaySeconds: number;
  /** The whole shutdown may take this long; past it the process exits 1 rather than hang a deploy. */
  timeoutSeconds: number;
  /**
   * Run in order; each stage's steps run together. The order matters: traffic and jobs stop before the
   * connections they use close, and the embedded PostgreSQL stops last, so nobody sees it terminate them.
   */
  stages: { name: string; run: () => Promise<unknown> }[][];
  exit?: (code: number) => void;
}

/** Handles SIGTERM (and SIGINT from a terminal, without the delay): drain, close, exit 0. Once. */
export function installGracefulShutdown(plan: ShutdownPlan): { shutdown(signal: string): Promise<void> } {
  const exit = plan.exit ?? ((code: number) => process.exit(code));
  let started: Promise<void> | null = null;
  const shutdown = (signal: string) =>
    (started ??= (async () => {
      const { logger, ready } = plan;
      const begun = performance.now();
      ready.markShuttingDown();
      const delaySeconds = signal === 'SIGINT' ? 0 : plan.delaySeconds;
      logger.info({ signal, delaySeconds }, 'shutdown: not ready any more, draining');
      let timedOut = false;
      const deadline = setTimeout(() => {
        timedOut = true;
        logger.error({ timeoutSeconds: plan.timeoutSeconds }, 'shutdown: took too long, exiting');
        exit(1);
      }, plan.timeoutSeconds * 1000);
      deadline.unref();
      if (delaySeconds > 0) await new Promise((resolve) => setTimeout(resolve, delaySeconds * 1000));
      let failed = false;
      for (const stage of plan.stages) {
        await Promise.all(
          stage.map(async (step) => {
            try {
              await step.run();
              logger.debug({ step: step.name }, 'shutdown: step done');
            } catch (error) {
              failed = true;
              logger.error({ step: step.name, err: error instanceof Error ? error.message : String(error) }, 'shutdown: step failed');
            }
          }),
        );
      }
      clearTimeout(deadline);
      if (timedOut) return;
      logger.info({ ms: Math.round(performance.now() - begun), clean: !failed }, 'shutdown: done');
      exit(failed ? 1 : 0);
    })());
  return { shutdown };
}
