import type { GradeScheme, GradeSchemeProblem } from '@kesu/domain';
import { Col, Flex, Form, Row } from 'antd';
import type { FormInstance } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { GradeSchemeEditor, ProblemSummary } from './grade-scheme-editor';
import type { SchemeCategory } from './grade-schemes-operations';
import { LivePreview } from './live-preview';
import { draftToScheme, problemsByPath, validateDraft, type DraftValues } from './scheme-draft';

export interface SchemeDraftState {
  /** The form's values; undefined until the form has mounted. */
  draft: DraftValues | undefined;
  /** The draft as the domain scheme (what the browser grades with and the server would publish). */
  scheme: GradeScheme | null;
  /** The domain validator's problems, then the server's from the last refused request. */
  problems: GradeSchemeProblem[];
  problemMap: ReadonlyMap<string, string>;
  /** The draft passes the browser's checks: it can be previewed, evaluated and published. */
  valid: boolean;
}

const NO_PROBLEMS: readonly GradeSchemeProblem[] = [];

/** Watches the editor's form and validates the draft on every change, as the server will validate it. */
export function useSchemeDraft(
  form: FormInstance<DraftValues>,
  categories: readonly SchemeCategory[] | null,
  serverProblems: readonly GradeSchemeProblem[] = NO_PROBLEMS,
): SchemeDraftState {
  const draft = Form.useWatch([], { form, preserve: true }) as DraftValues | undefined;
  const state = useMemo(() => {
    if (!draft || !Array.isArray(draft.grades)) {
      return { draft: undefined, scheme: null, problems: [], valid: false };
    }
    const scheme = draftToScheme(draft);
    const local = validateDraft(scheme, categories ? new Set(categories.map((c) => c.code)) : null);
    return { draft, scheme, problems: [...local, ...serverProblems], valid: local.length === 0 };
  }, [draft, categories, serverProblems]);
  // The same problems keep the same map, so a keystroke that fixes or breaks nothing does not re-render every field.
  const problemsKey = JSON.stringify(state.problems);
  const problemMap = useMemo(() => problemsByPath(JSON.parse(problemsKey) as GradeSchemeProblem[]), [problemsKey]);
  return { ...state, problemMap };
}

export interface SchemeWorkbenchProps {
  form: FormInstance<DraftValues>;
  state: SchemeDraftState;
  initialValues: DraftValues;
  categories: readonly SchemeCategory[];
  /** Enables the "current scheme" column of the preview. */
  orgUnitId?: string;
}

/**
 * The height left below the element down to the bottom of the window. The admin layout scrolls the whole
 * document (its content area is not a scroll container sticky positioning could use), so the workbench takes the
 * rest of the window and scrolls its two columns on their own.
 */
function useFillHeight(ref: RefObject<HTMLElement | null>, minimum = 420): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element || typeof window === 'undefined') return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minimum, window.innerHeight - top - 24));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, minimum]);
  return height;
}

/** The editor with the live preview beside it; each column scrolls on its own, so the preview stays in view. */
export function SchemeWorkbench({ form, state, initialValues, categories, orgUnitId }: SchemeWorkbenchProps) {
  const container = useRef<HTMLDivElement>(null);
  const height = useFillHeight(container);
  const column = { height: '100%', overflowY: 'auto' as const, paddingInlineEnd: 4 };
  return (
    <Row ref={container} gutter={16} align="top" wrap={false} style={{ height }} data-testid="scheme-workbench">
      <Col flex="1 1 0" style={{ minWidth: 0, ...column }}>
        <GradeSchemeEditor form={form} initialValues={initialValues} problems={state.problemMap} categories={categories} />
      </Col>
      <Col flex="0 0 400px" style={column}>
        {/* The problem list sits in the column that never scrolls away with the grades. */}
        <Flex vertical gap={12}>
          <ProblemSummary problems={state.problems} draft={state.draft} />
          <LivePreview
            scheme={state.valid ? state.scheme : null}
            problemCount={state.problems.length}
            categories={categories}
            orgUnitId={orgUnitId}
          />
        </Flex>
      </Col>
    </Row>
  );
}
