// The quiz page's only script: mounts the quiz (the engine loads on Start, see QuizApp).
import { mountIsland } from '$lib/ui/island';
import type { QuizPageData } from '$lib/ui/quiz/page-data';
import Quiz from './Quiz.svelte';

mountIsland(Quiz, (data: QuizPageData, url) => ({ ...data, params: url.searchParams }));
