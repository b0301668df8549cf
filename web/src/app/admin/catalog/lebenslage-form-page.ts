import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { LebenslagePublic, LebenslageWrite } from '@auskunft/contracts';
import { CatalogAdminApi } from '../../core/api/catalog-admin-api';
import { adminLink } from '../../paths';
import { CatalogFormFrame } from './catalog-form-frame';
import { KEY_PATTERN, loadForForm } from './catalog-form';
import { descendantSlugs } from './lebenslagen-tree';
import { saveFlow } from './save-flow';

/** Creates or edits a Lebenslage and places it in the tree. */
@Component({
  selector: 'app-lebenslage-form-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CatalogFormFrame,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lebenslage-form-page.html',
  styleUrl: './catalog-form-page.scss',
})
export class LebenslageFormPage {
  /** From the route; undefined when creating. */
  readonly id = input<string>();

  private readonly api = inject(CatalogAdminApi);

  protected readonly listLink = adminLink('lebenslagen');
  protected readonly form = inject(NonNullableFormBuilder).group({
    slug: [
      '',
      [
        Validators.required,
        Validators.pattern(KEY_PATTERN),
        Validators.maxLength(80),
      ],
    ],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    parent: [''],
    description: ['', Validators.maxLength(2000)],
  });
  private readonly all = signal<LebenslagePublic[]>([]);

  protected readonly loaded = loadForForm(
    this.id,
    this.api.lebenslagen(),
    (lebenslagen) => lebenslagen,
    (entry, lebenslagen) => {
      this.all.set(lebenslagen);
      this.fill(entry);
    },
  );

  /** A Lebenslage cannot sit below itself or below one of its own children. */
  protected readonly parents = computed(() => {
    const entry = this.loaded.entry();
    const excluded = entry
      ? descendantSlugs(entry.slug, this.all())
      : new Set<string>();
    return this.all()
      .filter((lebenslage) => !excluded.has(lebenslage.slug))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });
  protected readonly heading = computed(() => {
    const entry = this.loaded.entry();
    return entry
      ? `Lebenslage „${entry.name}“ bearbeiten`
      : this.id()
        ? 'Lebenslage bearbeiten'
        : 'Lebenslage anlegen';
  });
  protected readonly flow = saveFlow(this.form, 'slug');

  protected submit(): void {
    const entry = this.loaded.entry();
    const value = this.form.getRawValue();
    const body: LebenslageWrite = {
      slug: value.slug.trim(),
      name: value.name.trim(),
      parent: value.parent || null,
      description: value.description.trim(),
    };
    this.flow.save(
      () =>
        entry
          ? this.api.updateLebenslage(entry.id, body)
          : this.api.createLebenslage(body),
      {
        message: (saved) => `Lebenslage „${saved.name}“ gespeichert.`,
        link: this.listLink,
      },
    );
  }

  private fill(entry: LebenslagePublic | null): void {
    if (entry) {
      this.form.setValue({
        slug: entry.slug,
        name: entry.name,
        parent: entry.parentSlug ?? '',
        description: entry.description,
      });
    }
  }
}
