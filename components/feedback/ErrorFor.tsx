/** Where the server puts a field's problem (lib/feedback/fill.tsx: `data-error-for`); hidden until then. */
export function ErrorFor({ name }: { name: string }) {
  return <p id={`${name}-error`} data-error-for={name} className="mt-1 font-semibold text-red-800" hidden />;
}
