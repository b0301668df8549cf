import type { Route, Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/permission.guard';
import { ADMIN_PATHS } from '../paths';
import { AdminShell } from './admin-shell';

const usersOnly = permissionGuard('user:manage');
const catalogOnly = permissionGuard('catalog:manage');
const auditOnly = permissionGuard('audit:read');
const systemOnly = permissionGuard('system:manage');

type LoadComponent = NonNullable<Route['loadComponent']>;

/** Catalog sections share their shape: the list, a form for a new entry, a form per entry. */
function catalogRoutes(
  path: string,
  names: { list: string; create: string; edit: string },
  list: LoadComponent,
  form: LoadComponent,
): Routes {
  return [
    {
      path,
      canActivate: [catalogOnly],
      canActivateChild: [catalogOnly],
      children: [
        {
          path: '',
          loadComponent: list,
          title: `${names.list} – Administration – Auskunft`,
        },
        {
          path: ADMIN_PATHS.create,
          loadComponent: form,
          title: `${names.create} – Administration – Auskunft`,
        },
        {
          path: ':id',
          loadComponent: form,
          title: `${names.edit} – Administration – Auskunft`,
        },
      ],
    },
  ];
}

/**
 * The administration area. Each section is guarded by its own permission,
 * so the area can be opened to roles that hold only some of them.
 */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: ADMIN_PATHS.users },
      {
        path: ADMIN_PATHS.users,
        canActivate: [usersOnly],
        loadComponent: () =>
          import('./users/user-list-page').then((m) => m.UserListPage),
        title: 'Benutzer – Administration – Auskunft',
      },
      ...catalogRoutes(
        ADMIN_PATHS.sachgebiete,
        {
          list: 'Sachgebiete',
          create: 'Neues Sachgebiet',
          edit: 'Sachgebiet bearbeiten',
        },
        () =>
          import('./catalog/sachgebiete-page').then((m) => m.SachgebietePage),
        () =>
          import('./catalog/sachgebiet-form-page').then(
            (m) => m.SachgebietFormPage,
          ),
      ),
      ...catalogRoutes(
        ADMIN_PATHS.standorte,
        {
          list: 'Standorte',
          create: 'Neuer Standort',
          edit: 'Standort bearbeiten',
        },
        () => import('./catalog/standorte-page').then((m) => m.StandortePage),
        () =>
          import('./catalog/standort-form-page').then(
            (m) => m.StandortFormPage,
          ),
      ),
      ...catalogRoutes(
        ADMIN_PATHS.lebenslagen,
        {
          list: 'Lebenslagen',
          create: 'Neue Lebenslage',
          edit: 'Lebenslage bearbeiten',
        },
        () =>
          import('./catalog/lebenslagen-page').then((m) => m.LebenslagenPage),
        () =>
          import('./catalog/lebenslage-form-page').then(
            (m) => m.LebenslageFormPage,
          ),
      ),
      {
        path: ADMIN_PATHS.audit,
        canActivate: [auditOnly],
        loadComponent: () =>
          import('./audit/audit-page').then((m) => m.AuditPage),
        title: 'Protokoll – Administration – Auskunft',
      },
      {
        path: ADMIN_PATHS.import,
        canActivate: [systemOnly],
        loadComponent: () =>
          import('./import/import-page').then((m) => m.ImportPage),
        title: 'Import – Administration – Auskunft',
      },
    ],
  },
];
