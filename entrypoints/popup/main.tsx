import '../../components/ui/theme.css';
import '../../components/queue/queue.css';
import './popup.css';
import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
