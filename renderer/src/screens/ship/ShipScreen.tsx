/** The Ship screen; its wizard arrives with its own issue. */
export function ShipScreen() {
  return (
    <section className="screen" aria-labelledby="ship-title">
      <h1 id="ship-title">Scan & Ship</h1>
    </section>
  );
}
