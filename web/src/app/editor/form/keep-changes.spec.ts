import { aContent } from '../../../testing/workflow-builders';
import { changedFields, fillKeepingChanges } from './keep-changes';
import { createLeistungForm } from './leistung-form';
import { formValueOf, setFormContent } from './leistung-form-mapping';

describe(fillKeepingChanges.name, () => {
  it("keeps the user's changed fields and takes the others from the server", () => {
    const form = createLeistungForm();
    setFormContent(form, aContent());
    form.controls.shortText.setValue('Mein Kurztext');
    form.controls.shortText.markAsDirty();
    form.controls.fees.at(0).controls.amountMin.setValue(30);
    form.controls.fees.at(0).controls.amountMin.markAsDirty();
    const mine = form.getRawValue();
    const changed = changedFields(form);
    expect(changed).toEqual(['shortText', 'fees']);

    const server = formValueOf(
      aContent({
        title: 'Titel von Erik',
        shortText: 'Eriks Kurztext',
        fees: [],
      }),
    );
    fillKeepingChanges(form, server, mine, changed);

    expect(form.controls.title.value).toBe('Titel von Erik');
    expect(form.controls.shortText.value).toBe('Mein Kurztext');
    expect(form.controls.fees.length).toBe(1);
    expect(form.controls.fees.at(0).controls.amountMin.value).toBe(30);
    expect(form.controls.shortText.dirty).toBeTrue();
    expect(form.controls.title.dirty).toBeFalse();
  });
});
