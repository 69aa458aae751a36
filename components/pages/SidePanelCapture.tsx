import { CaptureCard } from '../capture/CaptureCard';
import { ListCapture } from '../capture/ListCapture';
import { ToCompleteList } from '../capture/ToCompleteList';
import { GmailAndPageCapture } from '../gmail/GmailAndPageCapture';

/** The side panel's "On this page" view: its own chunk, since the panel usually opens on the board. */
export function SidePanelCapture() {
  return (
    <>
      <CaptureCard />
      <ListCapture />
      <ToCompleteList />
      <GmailAndPageCapture />
    </>
  );
}
