/**
 * A ~1 MB profile page built from a fixture: a long activity feed in <main>
 * and a long "People also viewed" sidebar, as a heavy real page has.
 */
export function bigProfileHtml(base: string, targetBytes = 1_000_000): string {
  const post = (i: number) => `
    <div class="feed-shared-update-v2" data-urn="urn:li:activity:${i}">
      <div class="update-components-actor"><span aria-hidden="true">Jane Doe</span><span class="visually-hidden">Jane Doe</span>
      <span class="update-components-actor__description"><span aria-hidden="true">VP Sales at Acme Robotics</span></span></div>
      <div class="update-components-text"><span dir="ltr">Post ${i}: ${'Robots make small factories competitive again. '.repeat(12)}</span></div>
      <ul class="social-details"><li><button aria-label="Like">Like</button></li><li><button aria-label="Comment">Comment</button></li></ul>
    </div>`;
  const person = (i: number) => `
    <li><a href="/in/person-${i}/"><span aria-hidden="true">Person ${i}</span><span class="visually-hidden">View Person ${i}</span></a>
    <div class="text-body-medium break-words">Head of Things at Company ${i}</div>
    <button aria-label="Current company: Company ${i}. Click to skip to experience card">x</button></li>`;
  let feed = '';
  let side = '';
  for (let i = 0; feed.length + side.length < targetBytes - base.length; i++) {
    feed += post(i);
    side += person(i);
  }
  return base
    .replace('</main>', `<section class="artdeco-card"><div id="content_collections"></div>${feed}</section></main>`)
    .replace('</aside>', `<ul>${side}</ul></aside>`);
}
