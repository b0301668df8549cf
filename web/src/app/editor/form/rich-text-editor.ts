import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  ViewEncapsulation,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChildren,
} from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TiptapEditorDirective } from 'ngx-tiptap';
import { checkOnFormEvents } from '../../shared/forms/form-events';
import { FieldErrorPipe } from './validation-messages';

let nextId = 0;

const LINK_PATTERN = /^(https?:\/\/\S+|mailto:\S+|tel:[+\d][\d\s/-]*)$/i;

type Tool =
  | 'bold'
  | 'italic'
  | 'heading3'
  | 'heading4'
  | 'bulletList'
  | 'orderedList'
  | 'link';

/**
 * The Volltext editor: Tiptap with the subset the API keeps (bold, italic,
 * h3/h4, lists, links). The toolbar is one tab stop with arrow-key navigation
 * (ARIA toolbar pattern); buttons say their state with aria-pressed. Tab always
 * leaves the text: list indentation is not worth a keyboard trap.
 */
@Component({
  selector: 'app-rich-text-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TiptapEditorDirective,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Tiptap renders the document itself; its elements carry no Angular style scope.
  encapsulation: ViewEncapsulation.None,
  templateUrl: './rich-text-editor.html',
  styleUrl: './rich-text-editor.scss',
})
export class RichTextEditor {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly hint = input('');

  private readonly id = `rich-text-${nextId++}`;
  protected readonly labelId = `${this.id}-label`;
  protected readonly hintId = `${this.id}-hint`;
  protected readonly errorId = `${this.id}-error`;
  protected readonly linkInputId = `${this.id}-link`;

  /** Bumped on every editor transaction, so the buttons' pressed states are read again. */
  private readonly revision = signal(0);
  protected readonly activeTool = signal(0);
  protected readonly linkFormOpen = signal(false);
  protected readonly linkUrl = signal('');
  protected readonly linkProblem = signal('');
  protected readonly invalid = signal(false);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly toolButtons =
    viewChildren<ElementRef<HTMLButtonElement>>('tool');

  protected readonly editor = new Editor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [3, 4] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        // No empty paragraph forced after a heading: it would end up in the Volltext.
        trailingNode: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto', 'tel'],
          HTMLAttributes: { target: null, rel: 'noopener noreferrer' },
        },
      }),
    ],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': this.labelId,
        'aria-describedby': `${this.hintId} ${this.errorId}`,
        class: 'rich-text-content',
      },
    },
    onTransaction: () => this.revision.update((value) => value + 1),
  });

  protected readonly tools = computed(() => {
    this.revision();
    const editor = this.editor;
    return [
      {
        tool: 'bold',
        text: 'F',
        name: 'Fett',
        pressed: editor.isActive('bold'),
      },
      {
        tool: 'italic',
        text: 'K',
        name: 'Kursiv',
        pressed: editor.isActive('italic'),
      },
      {
        tool: 'heading3',
        text: 'H3',
        name: 'Zwischenüberschrift H3',
        pressed: editor.isActive('heading', { level: 3 }),
      },
      {
        tool: 'heading4',
        text: 'H4',
        name: 'Unterüberschrift H4',
        pressed: editor.isActive('heading', { level: 4 }),
      },
      {
        tool: 'bulletList',
        text: 'Aufzählung',
        name: 'Aufzählung',
        pressed: editor.isActive('bulletList'),
      },
      {
        tool: 'orderedList',
        text: 'Nummerierung',
        name: 'Nummerierte Liste (Nummerierung)',
        pressed: editor.isActive('orderedList'),
      },
      {
        tool: 'link',
        text: 'Link',
        name: 'Link',
        pressed: editor.isActive('link'),
      },
    ] satisfies { tool: Tool; text: string; name: string; pressed: boolean }[];
  });

  constructor() {
    checkOnFormEvents(this.control);
    inject(DestroyRef).onDestroy(() => this.editor.destroy());
    // Capture phase: the keydown never reaches ProseMirror's list keymap, the browser moves focus.
    this.host.nativeElement.addEventListener(
      'keydown',
      (event: KeyboardEvent) => {
        const inText = (event.target as Element).closest('.rich-text-content');
        if (event.key === 'Tab' && inText) {
          event.stopPropagation();
        }
      },
      true,
    );
    effect((onCleanup) => {
      const control = this.control();
      const update = () => {
        const invalid = control.invalid && control.touched;
        this.invalid.set(invalid);
        this.editor.view.dom.setAttribute('aria-invalid', String(invalid));
      };
      const subscription = control.events.subscribe(update);
      update();
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected use(tool: Tool): void {
    const chain = this.editor.chain().focus();
    switch (tool) {
      case 'bold':
        chain.toggleBold().run();
        return;
      case 'italic':
        chain.toggleItalic().run();
        return;
      case 'heading3':
        chain.toggleHeading({ level: 3 }).run();
        return;
      case 'heading4':
        chain.toggleHeading({ level: 4 }).run();
        return;
      case 'bulletList':
        chain.toggleBulletList().run();
        return;
      case 'orderedList':
        chain.toggleOrderedList().run();
        return;
      case 'link':
        this.openLinkForm();
        return;
    }
  }

  /** Arrow keys, Home and End move within the toolbar; Tab leaves it. */
  protected toolbarKeydown(event: KeyboardEvent): void {
    const count = this.tools().length;
    const moves: Record<string, number> = {
      ArrowRight: this.activeTool() + 1,
      ArrowLeft: this.activeTool() - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) {
      return;
    }
    event.preventDefault();
    const index = (target + count) % count;
    this.activeTool.set(index);
    this.toolButtons()[index]?.nativeElement.focus();
  }

  protected applyLink(): void {
    const url = this.linkUrl().trim();
    if (!LINK_PATTERN.test(url)) {
      this.linkProblem.set(
        'Die Adresse muss mit http://, https://, mailto: oder tel: beginnen.',
      );
      this.focusLater(`#${this.linkInputId}`);
      return;
    }
    const chain = this.editor.chain().focus();
    if (this.editor.state.selection.empty && !this.editor.isActive('link')) {
      chain
        .insertContent({
          type: 'text',
          text: url,
          marks: [{ type: 'link', attrs: { href: url } }],
        })
        .run();
    } else {
      chain.extendMarkRange('link').setLink({ href: url }).run();
    }
    this.closeLinkForm();
  }

  protected removeLink(): void {
    this.editor.chain().focus().extendMarkRange('link').unsetLink().run();
    this.closeLinkForm();
  }

  protected cancelLink(): void {
    this.closeLinkForm();
    this.editor.commands.focus();
  }

  private openLinkForm(): void {
    const href: unknown = this.editor.getAttributes('link')['href'];
    this.linkUrl.set(typeof href === 'string' ? href : 'https://');
    this.linkProblem.set('');
    this.linkFormOpen.set(true);
    this.focusLater(`#${this.linkInputId}`);
  }

  private closeLinkForm(): void {
    this.linkFormOpen.set(false);
    this.linkProblem.set('');
  }

  private focusLater(selector: string): void {
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
