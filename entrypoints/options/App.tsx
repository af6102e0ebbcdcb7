export function App() {
  return (
    <main data-testid="app-ready" data-page="options">
      <h1>Отклик</h1>
    </main>
  );
}
