/*
 * The part of Decap CMS's browser API the editor's set-up uses (the bundle in public/admin/decap puts
 * it on window). Decap hands widgets and previews Immutable.js values: only get/getIn are read here.
 */

export type Value = {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
};

export type Element = unknown;
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** A class component made by create-react-class, which Decap exposes. */
export type CreateClass = (spec: Record<string, unknown> & { render(this: Component): Element }) => unknown;
export type Component = {
  props: WidgetProps;
  [key: string]: unknown;
};

export type WidgetProps = {
  value: unknown;
  field: Value;
  entry: Value;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  [key: string]: unknown;
};

export type PreviewProps = {
  entry: Value;
  widgetFor(name: string): Element;
  getAsset(path: string): { toString(): string };
};

export type Validity = true | { error: { type: string; message: string } };

export type Decap = {
  init(options: { config: unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  getWidget(name: string): { control: unknown; preview?: unknown } | undefined;
  registerPreviewTemplate(collection: string, template: (props: PreviewProps) => Element): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEditorComponent(component: Record<string, unknown>): void;
};

declare global {
  interface Window {
    CMS: Decap;
    h: H;
    createClass: CreateClass;
  }
}
