import { createContext, useContext } from 'react';
import { problemPath } from './scheme-draft';

/**
 * The draft's problems by domain path ("grades[0].rules[1].conditions[0].value"): the domain validator's, run on
 * every change, and the server's after a refused publish. Form items look theirs up here instead of carrying antd
 * rules, so the browser shows exactly the messages the server would answer with.
 */
export const SchemeProblemsContext = createContext<ReadonlyMap<string, string>>(new Map());

/** `validateStatus` / `help` for the Form.Item at `name` (absolute name path). */
export function useProblem(name: readonly (string | number)[]): { validateStatus?: 'error'; help?: string } {
  const problems = useContext(SchemeProblemsContext);
  const message = problems.get(problemPath(name));
  return message ? { validateStatus: 'error', help: message } : {};
}

/** The message at an exact path, for problems that belong to a group of fields (a rule's condition list). */
export function useProblemText(path: string): string | undefined {
  return useContext(SchemeProblemsContext).get(path);
}
