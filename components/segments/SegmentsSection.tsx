import { navigate, useHashRoute } from '../manager/useHashRoute';
import { SegmentEditor } from './SegmentEditor';
import { SegmentList, type SegmentActions } from './SegmentList';
import { useSavedSegment } from '../hooks/useSegments';

/**
 * Manager section: "#/segments" lists, "#/segments?new=1" creates, "#/segments?edit=ID" edits.
 * `actions` adds buttons to each saved segment (the CSV export plugs in here).
 */
export function SegmentsSection({ actions }: { actions?: SegmentActions } = {}) {
  const { params } = useHashRoute();
  const editId = Number(params.get('edit'));
  const creating = params.get('new') === '1';
  const saved = useSavedSegment(editId > 0 ? editId : undefined);
  const back = () => navigate('segments');

  if (creating) return <SegmentEditor onDone={back} onCancel={back} />;
  if (editId > 0 && saved?.segment) {
    // Keyed so that reopening another segment starts from its own criteria.
    return <SegmentEditor key={editId} saved={{ row: saved.row, segment: saved.segment }} onDone={back} onCancel={back} />;
  }
  return <SegmentList onNew={() => navigate('segments', { new: '1' })} onEdit={(id) => navigate('segments', { edit: String(id) })} actions={actions} />;
}
