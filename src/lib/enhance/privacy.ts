/** Privacy page enhancement: makes "Forget my answers" work. */
import { enhanceForget } from './forget';

const section = document.querySelector<HTMLElement>('[data-forget]');
if (section) enhanceForget(section);
