/** The options page: settings for any municipality and the quarterly report (components/options). */
import { OptionsApp } from '../../components/options/OptionsApp';

export function App() {
  return <OptionsApp now={Date.now()} />;
}
