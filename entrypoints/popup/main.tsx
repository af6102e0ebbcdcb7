import '../../components/ui/theme.css';
import '../../components/queue/queue.css';
import './popup.css';
import { render } from 'preact';
import { markOnce } from '../../components/hooks/timing';
import { getDatabase } from '../../utils/db/database';
import { App } from './App';

markOnce('otklik:start');
// Open the database now, while the first frame renders: the queries wait for it, and the components
// would only start them in effects, after that frame.
getDatabase()
  .open()
  .catch(() => undefined); // the queries report the error themselves
render(<App />, document.getElementById('app')!);
