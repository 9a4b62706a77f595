/**
 * One visitor's quiz in the browser: the XState actor, its snapshot as reactive state, and saving
 * after every change. Loaded on demand, so the quiz intro does not wait for the engine.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { QuizBank } from '$lib/bank/bank';
import { PROFILE, QUIZ, inspect, remove, write, type SavedProfile } from '$lib/device/storage';
import { anticipate, createQuizMachine, type QuizEvent, type QuizMachine } from '$lib/quiz/machine';
import { restoreQuiz, saveQuiz, type RestoredQuiz } from '$lib/quiz/persist';
import { encodeShareCode } from '$lib/quiz/share-code';
import { estimatedRemaining } from '$lib/quiz/select';
import { ranked } from '$lib/matching';
import { afterPaint } from './after-paint';

type RestoreFailure = Extract<RestoredQuiz, { ok: false }>['reason'];

export type QuizSnapshot = SnapshotFrom<QuizMachine>;
export type RoleFit = { roleId: string; score: number };
/** What finishing gives: the share code, and roles' ids and scores (0–100), never the answers. */
export type QuizFinish = {
	code: string;
	targetRole: string | null;
	/** The target role's fit (target-role mode). */
	target: RoleFit | null;
	/** The best roles, best first. */
	top: RoleFit[];
};

export class QuizSession {
	snapshot: QuizSnapshot = $state.raw() as QuizSnapshot;
	/** Why a saved quiz could not be restored, if one was found and discarded. */
	readonly discarded: RestoreFailure | null = null;
	readonly restored: boolean = false;
	#machine: QuizMachine;
	#actor;

	constructor(
		private readonly bank: QuizBank,
		targetRole: string | null
	) {
		const saved = inspect(QUIZ);
		const restored =
			saved.state === 'ok'
				? restoreQuiz(saved.value, bank)
				: saved.state === 'dropped'
					? ({ ok: false, reason: 'corrupt' } as const)
					: null;
		if (restored && !restored.ok) {
			this.discarded = restored.reason;
			remove(QUIZ);
		}
		const snapshot = restored?.ok ? restored.snapshot : undefined;
		this.restored = !!snapshot;
		this.#machine = createQuizMachine(bank);
		this.#actor = createActor(this.#machine, { input: { targetRole }, snapshot });
		this.snapshot = this.#actor.getSnapshot();
		this.#actor.subscribe((next) => {
			this.snapshot = next;
			this.#saveAfterPaint();
		});
		this.#actor.start();
		// A tab closed before the scheduled save still keeps its last answer.
		addEventListener('pagehide', this.#save);
	}

	#saving = false;
	/** Counts changes, so work planned for an earlier question stops once the visitor moved on. */
	#change = 0;
	/**
	 * Saving, then working out what each possible next answer leads to, waits until the question is
	 * painted: the click shows it first. One short task per possible answer keeps the page responsive.
	 */
	#saveAfterPaint(): void {
		this.#change++;
		if (this.#saving) return;
		this.#saving = true;
		afterPaint(() => {
			this.#save();
			this.#anticipate(this.#change);
		});
	}
	#anticipate(change: number): void {
		const steps = anticipate(this.bank, this.#machine, this.#actor.getSnapshot());
		const run = () => {
			if (change !== this.#change) return;
			steps.shift()?.();
			if (steps.length) setTimeout(run);
		};
		setTimeout(run);
	}
	#save = (): void => {
		if (!this.#saving) return;
		this.#saving = false;
		write(QUIZ, saveQuiz(this.#actor.getPersistedSnapshot(), this.bank.version));
	};

	/** About how many more questions the stop rule expects. */
	get remaining(): number {
		const { answers, stage } = this.snapshot.context;
		return estimatedRemaining(this.bank, answers, stage);
	}

	send(event: QuizEvent): void {
		this.#actor.send(event);
	}

	/** The share code of the current answers; also saved as the latest results for other pages. */
	finish(): QuizFinish {
		this.#save();
		const { answers, targetRole, stage } = this.snapshot.context;
		const code = encodeShareCode(this.bank, answers, targetRole, stage);
		// Scores and traits only: the results page builds the explanations from the share code.
		const r = ranked(this.bank, answers, targetRole, stage);
		const profile: SavedProfile = {
			version: this.bank.version,
			code,
			traits: Object.fromEntries(Object.entries(r.estimate.traits).map(([id, e]) => [id, e.value])),
			top: r.top.map((m) => m.roleId)
		};
		write(PROFILE, profile);
		const fit = (m: RoleFit): RoleFit => ({ roleId: m.roleId, score: Math.round(m.score) });
		return { code, targetRole, target: r.target ? fit(r.target) : null, top: r.top.map(fit) };
	}

	stop(): void {
		this.#change++;
		this.#save();
		removeEventListener('pagehide', this.#save);
		this.#actor.stop();
	}
}
