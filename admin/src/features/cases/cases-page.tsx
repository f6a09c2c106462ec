import { Route, Routes } from 'react-router';
import { CaseEditorPage } from './case-editor-page';
import { CaseLibrary } from './case-library';
import { CaseReaderPage } from './case-reader-page';
import './cases.css';

/** The case library: search (`/cases`), reading (`/cases/:id`) and, for customer-relations roles, writing. */
export function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseLibrary />} />
      <Route path="new" element={<CaseEditorPage />} />
      <Route path=":id/edit" element={<CaseEditorPage />} />
      <Route path=":id" element={<CaseReaderPage />} />
    </Routes>
  );
}
