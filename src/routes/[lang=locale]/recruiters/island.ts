// The recruiters page's only script: hydrates the server-rendered link builder (its links wait for
// the origin it is used from, read once mounted).
import { hydrateIsland } from '$lib/ui/island';
import Builder from './Builder.svelte';

hydrateIsland(Builder);
