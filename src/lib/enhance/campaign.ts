/**
 * Campaign enhancement for pages without a Svelte client (role pages, results): fills the
 * recruiter's invitation and "Apply" button into their server-rendered slots (see campaign/slots).
 */
import { fillSlots } from '../campaign/slots';

fillSlots();
