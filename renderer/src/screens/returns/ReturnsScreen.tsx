/** The Returns screen; its wizard arrives with its own issue. */
export function ReturnsScreen() {
  return (
    <section className="screen" aria-labelledby="returns-title">
      <h1 id="returns-title">Returns</h1>
    </section>
  );
}
