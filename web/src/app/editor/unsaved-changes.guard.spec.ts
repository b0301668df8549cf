import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  type HasUnsavedChanges,
  LeaveConfirmation,
  UNSAVED_CHANGES_MESSAGE,
  unsavedChangesGuard,
} from './unsaved-changes.guard';

@Component({ template: '' })
class EditingStub implements HasUnsavedChanges {
  static unsaved = false;
  hasUnsavedChanges(): boolean {
    return EditingStub.unsaved;
  }
}

@Component({ template: '' })
class OtherStub {}

describe('unsavedChangesGuard', () => {
  let router: Router;
  let confirm: jasmine.Spy<(message: string) => boolean>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'bearbeiten',
            component: EditingStub,
            canDeactivate: [unsavedChangesGuard],
          },
          { path: 'anderswo', component: OtherStub },
        ]),
      ],
    });
    confirm = spyOn(TestBed.inject(LeaveConfirmation), 'confirm');
    router = TestBed.inject(Router);
    // The harness renders the page, so the guard has a component to ask.
    await RouterTestingHarness.create('/bearbeiten');
  });

  it('lets people leave without asking when nothing is unsaved', async () => {
    EditingStub.unsaved = false;

    await router.navigateByUrl('/anderswo');

    expect(confirm).not.toHaveBeenCalled();
    expect(router.url).toBe('/anderswo');
  });

  it('asks before leaving unsaved changes and stays when the answer is no', async () => {
    EditingStub.unsaved = true;
    confirm.and.returnValue(false);

    await router.navigateByUrl('/anderswo');

    expect(confirm).toHaveBeenCalledOnceWith(UNSAVED_CHANGES_MESSAGE);
    expect(router.url).toBe('/bearbeiten');
  });

  it('leaves when the person confirms', async () => {
    EditingStub.unsaved = true;
    confirm.and.returnValue(true);

    await router.navigateByUrl('/anderswo');

    expect(router.url).toBe('/anderswo');
  });
});
