// The recruiters page's only script: mounts the link builder, on the origin it is used from.
import { mountIsland } from '$lib/ui/island';
import Builder from './Builder.svelte';

type BuilderData = { roles: { id: string; title: string }[] };
mountIsland(Builder, (data: BuilderData, url) => ({ ...data, origin: url.origin }));
