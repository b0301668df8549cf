import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { hostOf, queryAll, textsOf } from '../../../testing/dom';
import { button } from '../../../testing/forms';
import { type LinkForm, linkForm } from './leistung-form';
import { ListItemTemplate, RepeatableList } from './repeatable-list';

@Component({
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    RepeatableList,
    ListItemTemplate,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-repeatable-list
      [array]="links"
      itemLabel="Link"
      addLabel="Link hinzufügen"
      [create]="newLink"
    >
      <ng-template [appListItem]="links" let-link>
        <mat-form-field>
          <mat-label>Name</mat-label>
          <input matInput [formControl]="link.controls.name" />
        </mat-form-field>
      </ng-template>
    </app-repeatable-list>
  `,
})
class ListHost {
  readonly links = new FormArray<LinkForm>(
    ['Erster', 'Zweiter', 'Dritter'].map((name) =>
      linkForm({ name, url: 'https://example.org' }),
    ),
  );
  readonly newLink = () => linkForm();
}

describe(RepeatableList.name, () => {
  let fixture: ComponentFixture<ListHost>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(ListHost);
    document.body.appendChild(fixture.nativeElement as HTMLElement);
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  afterEach(() => (fixture.nativeElement as HTMLElement).remove());

  function names(): string[] {
    return queryAll<HTMLInputElement>(host, 'input').map(
      (input) => input.value,
    );
  }

  it('shows each item as a numbered group', () => {
    expect(textsOf(host, 'legend')).toEqual(['Link 1', 'Link 2', 'Link 3']);
    expect(names()).toEqual(['Erster', 'Zweiter', 'Dritter']);
  });

  it('moves an item up and keeps focus on it, saying where it went', async () => {
    button(host, '↑ Nach oben verschieben: Link 3').click();
    await fixture.whenStable();

    expect(names()).toEqual(['Erster', 'Dritter', 'Zweiter']);
    expect(fixture.componentInstance.links.dirty).toBeTrue();
    expect(document.activeElement?.textContent).toContain(
      'Nach oben verschieben: Link 2',
    );
    expect(textsOf(host, '[role="status"]')).toEqual([
      'Link 3 ist jetzt an Position 2.',
    ]);
  });

  it('moves an item down; at the end focus goes to the button still usable', async () => {
    button(host, '↓ Nach unten verschieben: Link 2').click();
    await fixture.whenStable();

    expect(names()).toEqual(['Erster', 'Dritter', 'Zweiter']);
    const last = queryAll(host, '.item')[2];
    expect(
      last.querySelector<HTMLButtonElement>('.move-down')?.disabled,
    ).toBeTrue();
    expect(document.activeElement).toBe(last.querySelector('.move-up'));
  });

  it('offers no move beyond the ends', () => {
    const items = queryAll(host, '.item');

    expect(
      items[0].querySelector<HTMLButtonElement>('.move-up')?.disabled,
    ).toBeTrue();
    expect(
      items[2].querySelector<HTMLButtonElement>('.move-down')?.disabled,
    ).toBeTrue();
  });

  it('adds an empty item at the end and focuses its first field', async () => {
    button(host, '+ Link hinzufügen').click();
    await fixture.whenStable();

    expect(names()).toEqual(['Erster', 'Zweiter', 'Dritter', '']);
    expect(document.activeElement).toBe(queryAll(host, 'input')[3]);
  });

  it('removes an item and focuses the one that took its place', async () => {
    button(host, 'Entfernen: Link 1').click();
    await fixture.whenStable();

    expect(names()).toEqual(['Zweiter', 'Dritter']);
    expect(document.activeElement).toBe(queryAll(host, 'input')[0]);
    expect(textsOf(host, '[role="status"]')).toEqual(['Link 1 entfernt.']);
  });

  it('focuses the add button once the last item is gone', async () => {
    for (let count = 0; count < 3; count++) {
      button(host, 'Entfernen: Link 1').click();
      await fixture.whenStable();
    }

    expect(names()).toEqual([]);
    expect(host.textContent).toContain('Noch keine Einträge.');
    expect(document.activeElement).toBe(host.querySelector('.add'));
  });
});
