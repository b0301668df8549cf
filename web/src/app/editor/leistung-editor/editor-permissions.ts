import { type Signal, computed } from '@angular/core';
import type { LeistungStaff, Revision } from '@auskunft/contracts';
import type { AuthService } from '../../core/auth/auth.service';

export interface EditorPermissions {
  mayEdit: Signal<boolean>;
  /** Four eyes: whoever changed the working copy may not release it. */
  isContributor: Signal<boolean>;
  mayRelease: Signal<boolean>;
  /** The user could release, were it not their own change: the page says why the button is missing. */
  releaseBlockedByOwnChanges: Signal<boolean>;
  mayReject: Signal<boolean>;
  maySubmit: Signal<boolean>;
  mayDiscard: Signal<boolean>;
  mayConfirm: Signal<boolean>;
  mayArchive: Signal<boolean>;
}

interface EditorState {
  id: Signal<string | null>;
  leistung: Signal<LeistungStaff | null>;
  workingCopy: Signal<Revision | null>;
  dirty: Signal<boolean>;
}

/**
 * Which actions the signed-in user may take on this Leistung now, from the
 * shared permission map (scoped to the Leistung's Sachgebiet) and the state of
 * its working copy. The API enforces the same rules; this only hides what would fail.
 */
export function editorPermissions(
  auth: AuthService,
  { id, leistung, workingCopy, dirty }: EditorState,
): EditorPermissions {
  const sachgebiet = computed(() => leistung()?.sachgebiet?.code ?? null);
  const inReview = computed(() => workingCopy()?.status === 'in_review');
  const mayEdit = computed(() =>
    id() === null
      ? auth.can('leistung:edit')
      : auth.canOnSachgebiet('leistung:edit', sachgebiet()),
  );
  const isContributor = computed(() => {
    const user = auth.user();
    const copy = workingCopy();
    return !!user && !!copy && copy.contributorIds.includes(user.id);
  });
  // Responsible for the live Leistung and for the Sachgebiet the copy moves it to.
  const reviewer = computed(() => {
    const copy = workingCopy();
    return (
      !!copy &&
      auth.canOnSachgebiet('leistung:release', sachgebiet()) &&
      auth.canOnSachgebiet('leistung:release', copy.content.sachgebiet)
    );
  });
  const mayRelease = computed(
    () => inReview() && reviewer() && !isContributor(),
  );
  return {
    mayEdit,
    isContributor,
    mayRelease,
    releaseBlockedByOwnChanges: computed(
      () => inReview() && reviewer() && isContributor(),
    ),
    mayReject: mayRelease,
    maySubmit: computed(
      () =>
        id() !== null &&
        mayEdit() &&
        (workingCopy()?.status === 'draft' || dirty()),
    ),
    mayDiscard: computed(() => mayEdit() && workingCopy() !== null),
    mayConfirm: computed(
      () =>
        leistung()?.status === 'published' &&
        auth.canOnSachgebiet('leistung:confirm', sachgebiet()),
    ),
    mayArchive: computed(() => {
      const status = leistung()?.status;
      return (
        !!status &&
        status !== 'archived' &&
        auth.canOnSachgebiet('leistung:delete', sachgebiet())
      );
    }),
  };
}
