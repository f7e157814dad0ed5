/** The Serials screen; its wizard arrives with its own issue. */
export function SerialsScreen() {
  return (
    <section className="screen" aria-labelledby="serials-title">
      <h1 id="serials-title">Serials</h1>
    </section>
  );
}
