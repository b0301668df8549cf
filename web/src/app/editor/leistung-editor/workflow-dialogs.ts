import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ConfirmDialogData } from '../../shared/dialogs/confirm-dialog';
import { requiredText } from '../form/leistung-form';
import type { EditorAction } from './leistung-editor-store';

export const CONFIRMATIONS: Partial<Record<EditorAction, ConfirmDialogData>> = {
  discard: {
    title: 'Arbeitsversion verwerfen?',
    message:
      'Alle Änderungen der Arbeitsversion gehen verloren. Eine veröffentlichte Fassung bleibt unverändert.',
    confirmLabel: 'Verwerfen',
  },
  archive: {
    title: 'Leistung archivieren?',
    message:
      'Die Leistung verschwindet aus der Suche und der Bürgerinfo. Sie bleibt mit ihrem Verlauf erhalten.',
    confirmLabel: 'Archivieren',
  },
};

/** Asks the reviewer why; the API requires a reason, and the author reads it. Closes with the comment. */
@Component({
  selector: 'app-reject-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Änderungen zurückweisen</h2>
    <form (ngSubmit)="reject()" novalidate>
      <mat-dialog-content>
        <p>
          Die Arbeitsversion geht als Entwurf zurück. Schreiben Sie, was noch zu
          ändern ist.
        </p>
        <mat-form-field appearance="outline" class="field">
          <mat-label>Begründung</mat-label>
          <textarea
            #commentField
            matInput
            [formControl]="comment"
            rows="4"
            required
            cdkFocusInitial
          ></textarea>
          @if (showError()) {
            <mat-error>Bitte begründen Sie die Zurückweisung.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Abbrechen</button>
        <button mat-flat-button type="submit">Zurückweisen</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
    }
  `,
})
export class RejectDialog {
  private readonly dialog =
    inject<MatDialogRef<RejectDialog, string>>(MatDialogRef);

  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [requiredText],
  });
  protected readonly showError = signal(false);
  private readonly commentField =
    viewChild.required<ElementRef<HTMLTextAreaElement>>('commentField');

  protected reject(): void {
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      this.showError.set(true);
      this.commentField().nativeElement.focus();
      return;
    }
    this.dialog.close(this.comment.value.trim());
  }
}
