/** A valid results share code for the current content: the first questions, each answered. */
import type { Content } from '../src/lib/content/validate.ts';
import type { Answer, QuizBank } from '../src/lib/bank/bank.ts';
import { importCore } from './core.ts';

export async function sampleShareCode(count = 14): Promise<string> {
	const { content } = await importCore<{ content: Content }>('src/lib/content/catalogue.ts');
	const { toQuizBank } = await importCore<{ toQuizBank: (c: Content) => QuizBank }>(
		'src/lib/bank/bank.ts'
	);
	const { encodeShareCode } = await importCore<{
		encodeShareCode: (bank: QuizBank, answers: Answer[]) => string;
	}>('src/lib/quiz/share-code.ts');
	const bank = toQuizBank(content);
	const answers = bank.questions
		.slice(0, count)
		.map((q, i) => ({ questionId: q.id, choice: i % 2 }));
	return encodeShareCode(bank, answers);
}
