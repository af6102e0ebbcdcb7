import '../../components/ui/theme.css';
import '../../components/options/options.css';
import '../../components/report/report.css';
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
