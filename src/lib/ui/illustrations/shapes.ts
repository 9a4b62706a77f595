/**
 * The illustrations' drawing kit as data: every prop (laptop, chart, scorecard…) is a short list of
 * paths, each an illustration class (see `.ill` in global.css: s1–s4 skin, h/g hair, a/b/c colours,
 * w raised surface, k and l ink, d shadow) and its path data. Scenes are built from these lists, so a
 * role's scene is a few lines of data and the page carries one `<path>` per piece, nothing more.
 */

/** One path of an illustration: its class (colour) and its path data. */
export type Shape = readonly [cls: string, d: string];
/** A prop is one path or a few. */
export type Prop = Shape | Shape[];

/** The flat list of paths of some props, in drawing order. */
export const paths = (props: Prop[]): Shape[] =>
	props.flatMap((p) => (typeof p[0] === 'string' ? [p as Shape] : (p as Shape[])));

export type Skin = 's1' | 's2' | 's3' | 's4';
export type Hair = 'short' | 'long' | 'bun' | 'curly' | 'bald' | 'scarf';

/** One person, head and shoulders, placed by the centre of the head. */
export type Look = {
	x: number;
	y: number;
	size?: number;
	skin?: Skin;
	hair?: Hair;
	/** Dark or grey hair (an older person). */
	hairTone?: 'h' | 'g';
	shirt?: 'a' | 'b' | 'c';
	headset?: boolean;
	glasses?: boolean;
	beard?: boolean;
	/** Turned towards the left of the picture. */
	flip?: boolean;
};

/** A circle as path data. */
export const ring = (cx: number, cy: number, r: number): string =>
	`M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** A rectangle from its top-left corner, corners rounded by `r`. */
export function box(x: number, y: number, w: number, h: number, r = 0): string {
	if (!r) return `M${x} ${y}h${w}v${h}h${-w}z`;
	const corner = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
	return (
		`M${x + r} ${y}h${w - 2 * r}${corner(r, r)}v${h - 2 * r}${corner(-r, r)}` +
		`h${2 * r - w}${corner(-r, -r)}v${2 * r - h}${corner(r, -r)}z`
	);
}

/** Lines of text on a page or in a bubble: one line per length, `gap` apart. */
export function lines(x: number, y: number, lengths: number[], gap = 7): Shape {
	let d = `M${x} ${y}`;
	let previous = 0;
	for (const len of lengths) {
		d += previous ? `m${-previous} ${gap}h${len}` : `h${len}`;
		previous = len;
	}
	return ['l', d];
}

/** Dots drawn as round line caps (eyes, typing dots, bullet points): `at` is [x, y, x, y…]. */
export function dots(at: number[]): Shape {
	let d = '';
	for (let i = 0; i < at.length; i += 2) d += `M${at[i]} ${at[i + 1]}h0`;
	return ['l thick', d];
}

export const check = (x: number, y: number): Shape => ['l thick', `M${x} ${y}l4 4 8-8`];

/** A five-pointed star around its centre. */
export function star(cx: number, cy: number, r: number, cls = 'a'): Shape {
	const points = Array.from({ length: 10 }, (_, i) => {
		const angle = (Math.PI / 5) * i - Math.PI / 2;
		const radius = i % 2 ? r * 0.45 : r;
		return `${Math.round((cx + radius * Math.cos(angle)) * 10) / 10} ${Math.round((cy + radius * Math.sin(angle)) * 10) / 10}`;
	});
	return [cls, `M${points.join('L')}z`];
}

export const heart = (x: number, y: number, cls = 'a'): Shape => [
	cls,
	`M${x} ${y + 4}c-2-6-10-5-9 1 1 4 6 7 9 9 3-2 8-5 9-9 1-6-7-7-9-1z`
];

// Furniture and devices. The desk is the floor of every scene, at y 108.

export const laptop = (x: number): Shape[] => [
	['w', box(x + 2, 78, 38, 25, 2)],
	['k', `M${x - 4} 103h50l-4 5h-42z`]
];

/** A desktop screen standing on the desk; what it shows is drawn on top. */
export const monitor = (x: number, w = 52): Shape[] => [
	['k', `M${x + w / 2 - 4} 94h8l2 14h-12z`],
	['w', box(x, 56, w, 38, 3)]
];

export const phone = (x: number, y: number): Shape[] => [
	['k', box(x, y, 18, 30, 4)],
	['b', box(x + 3, y + 4, 12, 20, 1)]
];

/** A speech bubble with its tail at the bottom left. */
export const bubble = (x: number, y: number, w: number, h = 30): Shape[] => [
	['w', box(x, y, w, h, Math.min(12, h / 2))],
	['w', `M${x + 12} ${y + h - 1}l-4 9 12-9`]
];

/** A page (article, case, invoice, scorecard) with `rows` lines of text. */
export const sheet = (x: number, y: number, w: number, h: number, rows = 3): Shape[] => [
	['w', box(x, y, w, h, 2)],
	lines(
		x + 5,
		y + 8,
		Array.from({ length: rows }, (_, i) => (i % 2 ? w - 16 : w - 10))
	)
];

/** A board on two legs (flip chart, wall screen). */
export const board = (x: number, y: number, w: number, h: number): Shape[] => [
	['l thick', `M${x + 8} ${y + h}l-4 ${108 - y - h}m${w - 8} ${y + h - 108}l4 ${108 - y - h}`],
	['w', box(x, y, w, h, 3)]
];

/** Bars of a chart standing on `base`, coloured a, b, c in turn. */
export function bars(x: number, base: number, heights: number[], w = 9): Shape[] {
	const bar = (h: number, i: number) => box(x + i * (w + 3), base - h, w, h);
	return ['a', 'b', 'c']
		.map((cls, c): Shape => [cls, heights.map((h, i) => (i % 3 === c ? bar(h, i) : '')).join('')])
		.filter(([, d]) => d);
}

/** A line through points given as [x, y, x, y…]. */
export const trend = (at: number[]): Shape => [
	'l thick',
	`M${at.slice(0, 2).join(' ')}L${at.slice(2).join(' ')}`
];

export const coin = (cx: number, cy: number): Shape[] => [
	['a', ring(cx, cy, 10)],
	['l', `M${cx + 4} ${cy - 5}a6 6 0 1 0 0 10m-9-7h7m-7 4h7`]
];

export const clock = (cx: number, cy: number, r = 12): Shape[] => [
	['w', ring(cx, cy, r)],
	['l thick', `M${cx} ${cy - r + 4}V${cy}h${r - 5}`]
];

export const envelope = (x: number, y: number, w = 34, h = 22): Shape[] => [
	['c', box(x, y, w, h, 3)],
	['l', `M${x + 1} ${y + 2}l${w / 2 - 1} ${h / 2}l${w / 2 - 1} ${-h / 2}`]
];

export const magnifier = (cx: number, cy: number): Shape[] => [
	['l thick', `M${cx + 6} ${cy + 6}l8 8`],
	['w', ring(cx, cy, 8)]
];

/** A small face: mood 1 smiles, 0 is flat, -1 frowns. */
export const face = (cx: number, cy: number, mood: number, cls: string): Shape[] => [
	[cls, ring(cx, cy, 8)],
	dots([cx - 3, cy - 2, cx + 3, cy - 2]),
	['l', `M${cx - 4} ${cy + 3 - mood}q4 ${3 * mood} 8 0`]
];

export const gear = (cx: number, cy: number): Shape[] => [
	['gear', ring(cx, cy, 11)],
	['w', ring(cx, cy, 5)]
];

/** A chatbot's head. */
export const bot = (cx: number, cy: number): Shape[] => [
	['l thick', `M${cx} ${cy - 11}v-6`],
	['c', box(cx - 14, cy - 11, 28, 22, 7)],
	['w', box(cx - 9, cy - 5, 18, 10, 5)],
	dots([cx - 4, cy, cx + 4, cy, cx, cy - 19])
];

/** A price tag. */
export const tag = (x: number, y: number): Shape[] => [
	['a', `M${x} ${y}h14l8 8-8 8h-14z`],
	['w', ring(x + 5, y + 8, 2)]
];

/** Instalments or a rota: boxes in a row, the first `done` ticked. */
export function plan(x: number, y: number, count: number, done: number): Shape[] {
	let boxes = '';
	let ticks = '';
	for (let i = 0; i < count; i++) {
		boxes += box(x + i * 17, y, 13, 13, 2);
		if (i < done) ticks += `M${x + i * 17 + 3} ${y + 7}l3 3 5-6`;
	}
	return [
		['w', boxes],
		['l', ticks]
	];
}
