import { GroupList } from './groups/GroupList';
import { TagList } from './groups/TagList';

/** Groups and tags management (#/groups). */
export function GroupsSection() {
  return (
    <div className="grid max-w-5xl gap-10 lg:grid-cols-2">
      <GroupList />
      <TagList />
    </div>
  );
}
