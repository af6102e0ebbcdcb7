import '../../components/ui/theme.css';
import '../../components/case/case.css';
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
