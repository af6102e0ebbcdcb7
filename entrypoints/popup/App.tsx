export function App() {
  return (
    <main data-testid="app-ready" data-page="popup">
      <h1>Отклик</h1>
    </main>
  );
}
