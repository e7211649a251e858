export { Alert, type AlertProps, type AlertVariant } from './Alert';
export { Button, ButtonLink, type ButtonLinkProps, type ButtonProps, type ButtonVariant } from './Button';
export { Card, type CardProps } from './Card';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { CheckboxGroup, type CheckboxGroupProps, type CheckboxOption } from './CheckboxGroup';
export { ChartFigure, type ChartFigureProps } from './charts/ChartFigure';
export {
  ImpactDistributionChart,
  type ImpactDistributionChartProps,
  type ImpactDistributionRow,
} from './charts/ImpactDistributionChart';
export { TrendChart, type TrendChartProps, type TrendPoint } from './charts/TrendChart';
export { type DefinitionItem, DefinitionList } from './DefinitionList';
export { Details, type DetailsProps } from './Details';
export { Dialog, type DialogProps } from './Dialog';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './ErrorSummary';
export { describedBy, type FieldProps, useFieldIds } from './field-parts';
export { ImpactBadge, type ImpactBadgeProps } from './ImpactBadge';
export {
  type ImpactLevel,
  impactColors,
  impactLabelKey,
  impactLevels,
  impactTextColors,
  isImpactLevel,
} from './impact';
export { ChoroplethMap, type ChoroplethMapProps } from './map/ChoroplethMap';
export { MapWithTable, type MapWithTableProps } from './map/MapWithTable';
export { type MapScaleKind, type MapValue, sequentialColors } from './map/map-scale';
export { loadGeography, type MapArea, type MapGeography, type MapLevel, useGeography } from './map/topology';
export { NumberField, type NumberFieldProps } from './NumberField';
export { Pagination, type PaginationProps } from './Pagination';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup';
export { Select, type SelectOption, type SelectProps } from './Select';
export { Progress, type ProgressProps, Spinner, type SpinnerProps } from './Spinner';
export { Table, type TableColumn, type TableProps, type TableSort } from './Table';
export { type TabItem, Tabs, type TabsProps } from './Tabs';
export { Badge, Tag, type TagProps, type TagVariant } from './Tag';
export { Textarea, type TextareaProps } from './Textarea';
export { TextField, type TextFieldProps } from './TextField';
export { VisuallyHidden } from './VisuallyHidden';
