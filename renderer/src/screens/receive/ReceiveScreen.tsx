/** The Receive screen; its wizard arrives with its own issue. */
export function ReceiveScreen() {
  return (
    <section className="screen" aria-labelledby="receive-title">
      <h1 id="receive-title">Receive a purchase order</h1>
    </section>
  );
}
