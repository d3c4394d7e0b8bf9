// Regenerates docs/screenshot-popup.png (the README's picture): the popup on a catalogue
// paper that is in the list, with status, tags and a note. Needs a build (`npm run build`).
import { badgeOf, launch, newProfile, openPopup, removeProfile, tabIdOf } from '../tests/e2e/harness';

const profile = newProfile();
const session = await launch(profile);
try {
  const page = await session.context.newPage();
  await page.goto('https://arxiv.org/abs/2411.11927');
  const tabId = await tabIdOf(session, page);
  const popup = await openPopup(session, tabId);
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.getByTestId('add-to-list').click();
  await popup.getByTestId('status').selectOption('reading');
  for (const tag of ['vision-language', 'reading-group']) {
    await popup.getByTestId('tag-input').fill(tag);
    await popup.getByTestId('tag-input').press('Enter');
  }
  await popup.getByTestId('note').fill('Frozen LLM as the text encoder; compare with **LiT**.\nCheck the multilingual results (Table 3).');
  await popup.getByText('Saved').waitFor();
  await popup.getByTestId('note').blur();
  // A real popup scrolls inside its 600 px; the picture shows it whole.
  await popup.addStyleTag({ content: '.popup { max-height: none !important; }' });
  await popup.screenshot({ path: 'docs/screenshot-popup.png', fullPage: true });
  console.log(`badge: ${await badgeOf(session, tabId)}; written docs/screenshot-popup.png`);
} finally {
  await session.close();
  removeProfile(profile);
}
