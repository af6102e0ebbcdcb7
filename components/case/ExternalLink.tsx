/** A link out of the panel: opened through the workspace (focusing the thread's tab if open); a plain link with a modifier key. */
import type { ComponentChildren } from 'preact';
import { useWorkspace } from './context';

export function ExternalLink({ href, children, class: className, testId }: { href: string; children: ComponentChildren; class?: string; testId?: string }) {
  const ws = useWorkspace();
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      class={className}
      data-testid={testId}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        ws.openUrl(href);
      }}
    >
      {children}
    </a>
  );
}
