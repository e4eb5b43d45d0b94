import { HistoryView } from './HistoryView';
import { InventorySettingsPanel } from './InventorySettingsPanel';
import { MovementForm } from './MovementForm';
import { OnHandView } from './OnHandView';
import { ReorderView } from './ReorderView';
import { StockImportPanel } from './StockImportPanel';
import { StockNav } from './StockNav';
import { stockSubpageOf, type StockSubpage } from './stockPages';
import { ValuationView } from './ValuationView';
import '../../../styles/reports.css';
import './stock.css';

function Subpage({ page, path }: { page: StockSubpage; path: string[] }) {
  switch (page) {
    case 'on-hand':
      return <OnHandView />;
    case 'reorder':
      return <ReorderView />;
    case 'history':
      return <HistoryView itemId={path[2]} />;
    case 'valuation':
      return <ValuationView />;
    case 'import':
      return <StockImportPanel />;
    case 'settings':
      return <InventorySettingsPanel />;
    default:
      return <MovementForm key={page} kind={page} />;
  }
}

/** Inventory › Stock: the views of what is on hand, the movement forms, import and settings. */
export function StockPage({ path }: { path: string[] }) {
  const page = stockSubpageOf(path);
  return (
    <div className="stock-page" data-path={path.join('/')}>
      <StockNav current={page} />
      <Subpage page={page} path={path} />
    </div>
  );
}
