import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import type { Routes } from '@angular/router';
import { EDITOR_PATHS } from '../paths';
import { EditorDashboardPage } from './dashboard/editor-dashboard-page';
import { RevisionHistoryPage } from './history/revision-history-page';
import { unsavedChangesGuard } from './unsaved-changes.guard';

const leistungEditorPage = () =>
  import('./leistung-editor/leistung-editor-page').then(
    (m) => m.LeistungEditorPage,
  );

/**
 * The editors' area (Redaktion): lazy, guarded by 'leistung:edit' in app.routes.ts.
 * The editor page is a chunk of its own, so the dashboard does not load the rich-text editor.
 */
export const editorRoutes: Routes = [
  {
    path: '',
    providers: [
      {
        // Hints and errors in the editor are often longer than a line; the field grows instead of overlapping the next.
        provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
        useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
      },
    ],
    children: [
      {
        path: EDITOR_PATHS.dashboard,
        pathMatch: 'full',
        component: EditorDashboardPage,
        title: 'Redaktion – Auskunft',
      },
      {
        // Before ':id', so "neu" is never taken for an id.
        path: EDITOR_PATHS.newLeistung,
        loadComponent: leistungEditorPage,
        canDeactivate: [unsavedChangesGuard],
        title: 'Neue Leistung – Redaktion',
      },
      {
        path: EDITOR_PATHS.history,
        component: RevisionHistoryPage,
        title: 'Versionsverlauf – Redaktion',
      },
      {
        path: EDITOR_PATHS.leistung,
        loadComponent: leistungEditorPage,
        canDeactivate: [unsavedChangesGuard],
        title: 'Leistung bearbeiten – Redaktion',
      },
    ],
  },
];
