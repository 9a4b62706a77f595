// The embedded quiz's only script: mounts the quiz (the engine loads on Start, see QuizApp).
import { mountIsland } from '$lib/ui/island';
import type { QuizPageData } from '$lib/ui/quiz/page-data';
import EmbedQuiz from './EmbedQuiz.svelte';

mountIsland(EmbedQuiz, (data: QuizPageData, url) => ({ ...data, params: url.searchParams }));
