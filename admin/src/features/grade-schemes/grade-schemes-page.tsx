import { Route, Routes } from 'react-router';
import { SchemeEditorView } from './scheme-editor-view';
import { SchemeVersionsView } from './scheme-versions-view';

/** 分级标准: the versions of the chosen unit (index) and the editor of a new version (`new`). */
export function GradeSchemesPage() {
  return (
    <Routes>
      <Route index element={<SchemeVersionsView />} />
      <Route path="new" element={<SchemeEditorView />} />
      <Route path="*" element={<SchemeVersionsView />} />
    </Routes>
  );
}
