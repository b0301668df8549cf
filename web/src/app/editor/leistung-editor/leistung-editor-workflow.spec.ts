import { textsOf } from '../../../testing/dom';
import {
  EDITOR_API,
  EditorPageDriver,
  aReviewer,
  anEditor,
  configureEditorPage,
} from '../../../testing/editor-page';
import { button, buttonByName, typeInto } from '../../../testing/forms';
import {
  aContent,
  aRevision,
  aVersionConflict,
} from '../../../testing/workflow-builders';
import { LeistungEditorPage } from './leistung-editor-page';

/** Conflicts and the four-eyes review, as the editor page handles them. */
describe(LeistungEditorPage.name, () => {
  let page: EditorPageDriver;

  beforeEach(() => configureEditorPage());

  afterEach(() => page.http.verify());

  describe('after a conflicting save', () => {
    async function conflict(): Promise<void> {
      page = await EditorPageDriver.open(anEditor);
      typeInto(
        page.field<HTMLTextAreaElement>('Kurztext'),
        'Mein neuer Kurztext',
      );
      await page.settle();
      button(page.host, 'Speichern').click();
      page.http
        .expectOne({ method: 'PUT', url: `${EDITOR_API}/working-copy` })
        .flush(
          aVersionConflict({
            changedAt: new Date(2026, 2, 3, 10, 42).toISOString(),
          }),
          { status: 409, statusText: 'Conflict' },
        );
      await page.settle();
    }

    it('names who changed the Leistung and when, and keeps the input', async () => {
      await conflict();

      const alert = page.host.querySelector<HTMLElement>(
        'app-conflict-notice [role="alert"]',
      );
      expect(alert?.textContent).toContain(
        'Erik Editor hat diese Leistung um 10:42 Uhr geändert.',
      );
      expect(document.activeElement).toBe(alert);
      expect(page.field<HTMLTextAreaElement>('Kurztext').value).toBe(
        'Mein neuer Kurztext',
      );
    });

    it('reloads the working copy, re-applies what the user changed and saves with the new version', async () => {
      await conflict();

      button(page.host, 'Neu laden und meine Änderungen behalten').click();
      page.flushLeistung(
        aRevision({
          version: 4,
          lastEditorName: 'Erik Editor',
          contributorIds: ['user-1', 'user-9'],
          content: aContent({ title: 'Führerschein umtauschen (neu)' }),
        }),
      );
      await page.settle();

      expect(page.host.querySelector('app-conflict-notice')).toBeNull();
      expect(page.field<HTMLTextAreaElement>('Kurztext').value).toBe(
        'Mein neuer Kurztext',
      );
      expect(page.field('Leistungsbezeichnung').value).toBe(
        'Führerschein umtauschen (neu)',
      );
      expect(page.host.textContent).toContain('Ungespeicherte Änderungen');

      button(page.host, 'Speichern').click();
      const request = page.http.expectOne({
        method: 'PUT',
        url: `${EDITOR_API}/working-copy`,
      });
      expect(request.request.body.version).toBe(4);
      expect(request.request.body.content.shortText).toBe(
        'Mein neuer Kurztext',
      );
      expect(request.request.body.content.title).toBe(
        'Führerschein umtauschen (neu)',
      );
      request.flush(aRevision({ version: 5 }));
      await page.settle();
    });

    it('can drop the own changes for the current working copy instead', async () => {
      await conflict();

      button(page.host, 'Meine Änderungen verwerfen').click();
      page.flushLeistung(aRevision({ version: 4 }));
      await page.settle();

      expect(page.field<HTMLTextAreaElement>('Kurztext').value).toBe(
        'Alte Führerscheine müssen umgetauscht werden.',
      );
      expect(page.host.textContent).not.toContain('Ungespeicherte Änderungen');
    });
  });

  describe('release', () => {
    const inReview = (contributorIds: string[]) =>
      aRevision({
        status: 'in_review',
        submittedAt: '2026-03-02T10:00:00Z',
        contributorIds,
      });

    it('is hidden for contributors of the working copy, with the reason', async () => {
      page = await EditorPageDriver.open(anEditor, inReview(['user-1']));

      expect(buttonByName(page.host, 'Freigeben')).toBeNull();
      expect(buttonByName(page.host, 'Zurückweisen')).toBeNull();
      expect(page.host.textContent).toContain(
        'Freigeben ist für Sie nicht möglich',
      );
    });

    it('is offered to another editor of the Sachgebiet', async () => {
      page = await EditorPageDriver.open(aReviewer, inReview(['user-1']));

      expect(buttonByName(page.host, 'Zurückweisen')).not.toBeNull();
      expect(page.host.textContent).not.toContain(
        'Freigeben ist für Sie nicht möglich',
      );

      button(page.host, 'Freigeben').click();
      page.http
        .expectOne({
          method: 'POST',
          url: `${EDITOR_API}/working-copy/release`,
        })
        .flush(inReview(['user-1']));
      await page.settle();
      page.flushLeistung(null);
      await page.settle();

      expect(textsOf(page.host, '.notice')).toEqual([
        'Freigegeben: Die Änderungen sind jetzt veröffentlicht.',
      ]);
      expect(document.activeElement).toBe(page.host.querySelector('.notice'));
    });
  });

  it('shows a rejected draft with the reviewer and the reason', async () => {
    page = await EditorPageDriver.open(
      anEditor,
      aRevision({
        rejected: true,
        reviewerName: 'Rita Prüferin',
        reviewComment: 'Gebühr fehlt.',
      }),
    );

    const panel =
      page.host.querySelector('app-workflow-panel')?.textContent ?? '';
    expect(panel).toContain('Zurückgewiesen');
    expect(panel).toContain('Zurückgewiesen von Rita Prüferin');
    expect(panel).toContain('Gebühr fehlt.');
  });
});
