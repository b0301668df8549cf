import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterOutlet,
} from '@angular/router';
import { filter, map } from 'rxjs';
import { AuthService } from './core/auth/auth.service';
import { loginInfo } from './core/auth/login-redirect';
import { ROLE_LABELS } from './core/auth/role-labels';
import {
  ADMIN_PATHS,
  type Audience,
  CONTROLLING_PATH,
  DESK_PATHS,
  EDITOR_PATHS,
  LEISTUNGEN_SEGMENT,
  FEEDBACK_PATH,
  LOGIN_PATH,
  MAIL_OUTBOX_PATH,
  PUBLIC_LINKS,
  PUBLIC_PATHS,
  adminLink,
  editorDashboardLink,
  feedbackLink,
  loginLink,
  searchLink,
} from './paths';

type Area =
  | Audience
  | 'editor'
  | 'feedback'
  | 'controlling'
  | 'outbox'
  | 'admin'
  | 'login';

/** First path segments of the public guide's pages. */
const PUBLIC_SEGMENTS = new Set([
  LEISTUNGEN_SEGMENT,
  PUBLIC_PATHS.aToZ,
  'lebenslagen',
  PUBLIC_PATHS.sachgebiete,
  PUBLIC_PATHS.accessibility,
  PUBLIC_PATHS.easyLanguage,
]);

/** Shell: skip link, header with area navigation and account, the main landmark, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly publicLink = searchLink('public');
  protected readonly deskLink = searchLink('staff');
  protected readonly loginLink = loginLink();
  protected readonly editorLink = editorDashboardLink();
  protected readonly feedbackLink = feedbackLink();
  protected readonly adminLink = adminLink('users');
  protected readonly controllingLink = ['/', CONTROLLING_PATH];
  protected readonly outboxLink = ['/', MAIL_OUTBOX_PATH];
  protected readonly publicLinks = PUBLIC_LINKS;

  /**
   * Server-rendered pages are always the anonymous view; the signed-in header
   * appears once the browser has taken the page over, so hydration finds the
   * DOM it expects.
   */
  private readonly takenOver = signal(false);
  protected readonly user = computed(() =>
    this.takenOver() ? this.auth.user() : null,
  );
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  /** Citizens see only the Bürgerinfo; the link would lead them to a sign-in they cannot use. */
  protected readonly showDesk = computed(
    () => this.takenOver() && this.auth.can('staff:read'),
  );
  protected readonly showEditor = computed(
    () => this.takenOver() && this.auth.can('leistung:edit'),
  );
  /** Admins and the Teamleitung. */
  protected readonly showControlling = computed(
    () => this.takenOver() && this.auth.can('controlling:read'),
  );
  /** The file outbox holds callers' callback details: admins only. */
  protected readonly showOutbox = computed(
    () => this.takenOver() && this.auth.can('system:manage'),
  );
  protected readonly showAdmin = computed(
    () => this.takenOver() && this.auth.can('user:manage'),
  );

  protected readonly signingOut = signal(false);
  protected readonly signOutProblem = signal('');

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** Which area the page belongs to; routerLinkActive cannot tell, as "/" prefixes everything. */
  protected readonly area = computed<Area | null>(() => {
    const segments =
      this.router.parseUrl(this.url()).root.children['primary']?.segments ?? [];
    const first = segments[0]?.path ?? '';
    if (first === DESK_PATHS.root) {
      return 'staff';
    }
    if (first === EDITOR_PATHS.root) {
      return 'editor';
    }
    if (first === FEEDBACK_PATH) {
      return 'feedback';
    }
    if (first === CONTROLLING_PATH) {
      return 'controlling';
    }
    if (first === MAIL_OUTBOX_PATH) {
      return 'outbox';
    }
    if (first === ADMIN_PATHS.root) {
      return 'admin';
    }
    if (first === LOGIN_PATH) {
      return 'login';
    }
    return first === '' || PUBLIC_SEGMENTS.has(first) ? 'public' : null;
  });

  /**
   * The skip link names the current page: a bare "#inhalt" would resolve
   * against <base href="/"> and, without JavaScript, lead to the start page.
   */
  protected readonly skipHref = computed(
    () => `${this.url().split('#')[0]}#inhalt`,
  );

  constructor() {
    afterNextRender(() => this.takenOver.set(true));
  }

  /**
   * A plain href="#inhalt" would resolve against <base href="/"> and reload the
   * start page from any other route, so the link moves focus itself.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView();
  }

  protected signOut(): void {
    if (this.signingOut()) {
      return;
    }
    this.signingOut.set(true);
    this.signOutProblem.set('');
    this.auth.logout().subscribe({
      next: () => {
        this.signingOut.set(false);
        void this.router.navigate(this.loginLink, {
          info: loginInfo('signed-out'),
        });
      },
      error: () => {
        this.signingOut.set(false);
        this.signOutProblem.set(
          'Abmelden ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
        );
      },
    });
  }
}
