/**
 * Runs `fn` just after the next frame is painted (a task queued from that frame's callback), so work
 * that would lay the page out again (focusing) or is not urgent (saving, working ahead) does not hold
 * back the frame that shows the new screen. Returns a function that cancels it.
 */
export function afterPaint(fn: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(fn)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
