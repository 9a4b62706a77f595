/**
 * Each role's scene, as data: the people in it and the props around them (see shapes.ts). What a
 * scene shows comes from the role's own page: what the person works on, with whom, in which channel.
 */
import {
	bars,
	board,
	bot,
	box,
	bubble,
	check,
	clock,
	coin,
	dots,
	envelope,
	face,
	gear,
	heart,
	laptop,
	lines,
	magnifier,
	monitor,
	phone,
	plan,
	ring,
	sheet,
	star,
	tag,
	trend,
	type Hair,
	type Look,
	type Prop,
	type Skin
} from './shapes';

export type RoleScene = {
	/** Drawn behind the people (boards, wall screens). */
	back?: Prop[];
	people: Look[];
	/** Drawn in front of them (desks, devices, bubbles). */
	front: Prop[];
};

const SHIRTS = { orange: 'a', teal: 'b', indigo: 'c' } as const;
type Feature =
	Skin | Hair | keyof typeof SHIRTS | 'grey' | 'headset' | 'glasses' | 'beard' | 'flip';

/** A person at (x, y) described in a few words; a number is their size. */
function who(x: number, y: number, ...features: (Feature | number)[]): Look {
	const look: Look = { x, y };
	for (const f of features) {
		if (typeof f === 'number') look.size = f;
		else if (/^s[1-4]$/.test(f)) look.skin = f as Skin;
		else if (f in SHIRTS) look.shirt = SHIRTS[f as keyof typeof SHIRTS];
		else if (f === 'grey') look.hairTone = 'g';
		else if (f === 'headset' || f === 'glasses' || f === 'beard' || f === 'flip') look[f] = true;
		else look.hair = f as Hair;
	}
	return look;
}

export const ROLE_SCENES: Record<string, RoleScene> = {
	// Answers the call, finds the answer: a question, then a tick.
	'customer-service-advisor': {
		people: [who(62, 62, 's2', 'long', 'teal', 'headset')],
		front: [
			laptop(92),
			bubble(118, 12, 36),
			['l thick', 'M131 22a5 5 0 1 1 5 6v3m0 5h0'],
			bubble(148, 44, 32, 24),
			check(158, 55)
		]
	},
	// An unpaid invoice and a plan of instalments, two of three paid.
	'collections-advisor': {
		people: [who(58, 62, 's4', 'short', 'beard', 'indigo', 'headset')],
		front: [laptop(88), sheet(126, 14, 34, 44, 4), coin(160, 54), plan(138, 86, 3, 2)]
	},
	// Presents an offer (a price tag) and follows the team's results.
	'telesales-agent': {
		people: [who(58, 62, 's1', 'curly', 'orange', 'headset')],
		front: [
			laptop(88),
			bubble(116, 12, 42),
			tag(126, 19),
			bars(142, 104, [14, 22, 32]),
			star(174, 58, 8)
		]
	},
	// A customer on the way out, turned back: a heart and a U-turn.
	'retention-specialist': {
		people: [who(60, 62, 's3', 'bun', 'teal', 'headset')],
		front: [
			bubble(124, 10, 44),
			heart(146, 17),
			laptop(90),
			['l thick', 'M140 58h30a10 10 0 0 1 0 20h-24m6-6l-6 6 6 6']
		]
	},
	// Business customers: a company building, figures on screen, no headset.
	'b2b-account-advisor': {
		back: [
			['c', box(134, 30, 42, 78, 2)],
			['bg', 'M141 38h8v8h-8zm14 0h8v8h-8zm-14 16h8v8h-8zm14 0h8v8h-8zm-14 16h8v8h-8zm14 0h8v8h-8z']
		],
		people: [who(58, 62, 's2', 'short', 'grey', 'glasses', 'indigo')],
		front: [laptop(88), bars(96, 98, [6, 11, 15], 6)]
	},
	// Many conversations at once, in writing: chat bubbles (one being typed) and an email.
	'chat-email-advisor': {
		people: [who(56, 62, 's4', 'long', 'orange')],
		front: [
			laptop(86),
			bubble(114, 10, 44, 24),
			dots([126, 22, 136, 22, 146, 22]),
			bubble(140, 40, 44, 24),
			lines(150, 49, [24, 16]),
			envelope(142, 76)
		]
	},
	// A stack of cases to close accurately: files on the desk, one page checked.
	'back-office-specialist': {
		people: [who(56, 62, 's3', 'long', 'grey', 'glasses', 'teal')],
		front: [
			sheet(118, 14, 36, 46, 4),
			['b', ring(154, 56, 10)],
			check(148, 56),
			['c', 'M112 84h14l4 4h38v20h-56z'],
			['a', 'M118 92h14l4 4h38v12h-56z']
		]
	},
	// Designs what a chatbot says: a dialogue as a flow, the bot beside it.
	'conversation-designer': {
		people: [who(52, 62, 's2', 'bun', 'indigo')],
		front: [
			laptop(80),
			['l', 'M111 30v8h-18v8m18-8h22v8'],
			['a', box(96, 14, 30, 16, 5)],
			['b', box(80, 46, 26, 14, 5)],
			['c', box(120, 46, 26, 14, 5)],
			bot(168, 86)
		]
	},
	// Keeps the knowledge base right: articles, and a search.
	'knowledge-manager': {
		people: [who(54, 62, 's1', 'short', 'beard', 'glasses', 'orange')],
		front: [
			sheet(112, 16, 38, 50, 4),
			['a', box(138, 28, 40, 52, 2)],
			['w', box(142, 40, 32, 36, 1)],
			lines(146, 48, [22, 16, 22, 12]),
			magnifier(118, 86)
		]
	},
	// Answers in public: a post, likes and reviews, on a phone in hand.
	'social-media-care-agent': {
		people: [who(54, 64, 's4', 'curly', 'teal')],
		front: [
			phone(70, 72),
			['s4', ring(72, 98, 5)],
			['w', box(104, 14, 70, 30, 4)],
			['c', ring(115, 29, 5)],
			lines(126, 25, [38, 26]),
			heart(118, 52),
			bubble(136, 52, 38, 22),
			dots([148, 63, 155, 63, 162, 63]),
			star(118, 92, 7),
			star(136, 92, 7),
			star(154, 92, 7, 'w')
		]
	},
	// Gets things working again from afar: a router and a shared screen with a cursor.
	'technical-support-agent': {
		people: [who(56, 62, 's2', 'scarf', 'orange', 'headset')],
		front: [
			monitor(92, 60),
			['k', 'M104 64v16l4-4 4 8 3-2-4-7h6z'],
			gear(134, 75),
			['c', box(156, 94, 26, 14, 3)],
			['l thick', 'M176 94v-8m-18-14a16 16 0 0 1 22 0m-17 6a8 8 0 0 1 12 0']
		]
	},
	// Takes over what others cannot solve, and guides a new colleague.
	'senior-advisor': {
		people: [
			who(54, 66, 's1', 'long', 'orange', 'headset'),
			who(146, 58, 's4', 'bald', 'grey', 'beard', 'glasses', 'indigo', 'flip')
		],
		front: [laptop(76), bubble(94, 8, 42, 26), star(107, 20, 7), check(116, 16)]
	},
	// Scores a contact on a scorecard, beside the advisor who took it.
	'quality-coach': {
		people: [
			who(52, 64, 's4', 'short', 'teal', 'headset'),
			who(150, 58, 's1', 'long', 'glasses', 'indigo', 'flip')
		],
		front: [
			['l thick', 'M76 40q4 4 0 8m6-12q8 8 0 16'],
			['w', box(104, 58, 34, 46, 3)],
			['k', box(114, 54, 14, 7, 2)],
			check(109, 68),
			check(109, 82),
			lines(125, 68, [8, 8], 14),
			star(115, 96, 5),
			star(127, 96, 5, 'w')
		]
	},
	// At the flip chart in front of a group of new starters.
	trainer: {
		back: [
			board(84, 12, 94, 58),
			dots([96, 26, 96, 40, 96, 54]),
			lines(104, 26, [44, 30, 38], 14),
			check(156, 34)
		],
		people: [
			who(44, 56, 's3', 'bun', 'orange'),
			who(106, 86, 's1', 'short', 'teal', 0.6),
			who(136, 86, 's4', 'scarf', 'teal', 0.6),
			who(166, 86, 's2', 'curly', 'grey', 'indigo', 0.6)
		],
		front: []
	},
	// Leads a team of advisors, with the live figures on the wall.
	'team-leader': {
		back: [['w', box(90, 12, 92, 40, 4)], clock(106, 32, 10), bars(124, 46, [12, 24, 16, 28], 8)],
		people: [
			who(44, 58, 's2', 'long', 'grey', 'indigo'),
			who(104, 84, 's3', 'short', 'orange', 'headset', 0.6),
			who(134, 84, 's1', 'bun', 'teal', 'headset', 0.6),
			who(164, 84, 's4', 'bald', 'beard', 'orange', 'headset', 0.6)
		],
		front: []
	},
	// Runs the whole floor: service level, teams and their leaders, the budget.
	'operations-manager': {
		back: [
			['w', box(94, 12, 90, 56, 4)],
			['l thick', 'M104 52a16 16 0 0 1 32 0'],
			['k', 'M118 52l10-11 1 1-9 12z'],
			['l', 'M162 26v10m-16 4v-4h32v4m-16 0v-4'],
			['a', ring(162, 24, 5)],
			['b', ring(146, 46, 5)],
			['c', ring(162, 46, 5)],
			['b', ring(178, 46, 5)]
		],
		people: [who(52, 62, 's4', 'bun', 'grey', 'glasses', 'teal')],
		front: [coin(162, 94), laptop(86)]
	},
	// The customer's journey, from annoyed to happy.
	'cx-manager': {
		people: [who(50, 62, 's3', 'short', 'glasses', 'orange')],
		front: [
			['l thick', 'M96 92c10-40 30-58 42-52s10 30 36 14'],
			face(96, 90, -1, 'c'),
			face(136, 40, 0, 'b'),
			face(174, 54, 1, 'a')
		]
	},
	// Turns contact data into dashboards: a trend on screen, a share of contacts.
	'data-analyst': {
		people: [who(50, 62, 's1', 'curly', 'indigo', 'glasses')],
		front: [
			monitor(90, 60),
			bars(98, 88, [10, 18, 14, 24], 7),
			trend([98, 78, 110, 70, 122, 74, 138, 60]),
			['c', ring(172, 32, 14)],
			['a', 'M172 32v-14a14 14 0 0 1 14 14z']
		]
	},
	// Plans who works when: a rota, shifts coloured in, and the clock.
	'workforce-planner': {
		people: [who(48, 62, 's2', 'curly', 'teal')],
		front: [
			['w', box(88, 16, 92, 68, 3)],
			['l', 'M88 33h92M88 50h92M88 67h92M111 16v68M134 16v68M157 16v68'],
			['a', `${box(114, 37, 40, 9, 3)}${box(91, 71, 40, 9, 3)}`],
			['b', `${box(137, 20, 40, 9, 3)}${box(114, 54, 63, 9, 3)}`],
			clock(172, 94, 12)
		]
	}
};
