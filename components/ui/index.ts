/** The UI kit. Import the CSS once per page: `import '../../components/ui/theme.css'`. See README.md. */
export { cx, type Tone } from './classes';
export { Button, IconButton, type ButtonProps, type ButtonVariant, type ButtonSize, type IconButtonProps } from './Button';
export {
  Field,
  TextField,
  TextArea,
  Select,
  Checkbox,
  type FieldProps,
  type FieldControlProps,
  type TextFieldProps,
  type TextAreaProps,
  type SelectProps,
  type SelectOption,
  type CheckboxProps,
} from './fields';
export { TimeField, type TimeFieldProps } from './TimeField';
export { Badge, StatusPill, type BadgeProps, type StatusPillProps } from './Badge';
export { Tabs, TabPanel, tabId, tabPanelId, type TabItem, type TabsProps, type TabPanelProps } from './Tabs';
export { Card, Section, Toolbar, ToolbarSpacer, EmptyState, type CardProps, type SectionProps, type ToolbarProps, type EmptyStateProps } from './layout';
export { Alert, ToastRegion, showToast, dismissToast, type AlertProps, type AlertTone, type ToastMessage } from './Alert';
export { Dialog, type DialogProps } from './Dialog';
export { NetworkIcon, tNetwork, type NetworkId, type NetworkIconProps } from './NetworkIcon';
export { CloseIcon, SearchIcon, ExternalIcon, PanelIcon, SettingsIcon, ClockIcon, InboxIcon, FilterIcon } from './icons';
