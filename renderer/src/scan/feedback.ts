export type FeedbackKind = 'accepted' | 'rejected' | 'warning';

export interface FeedbackSettings {
  sound: boolean;
  volume: number; // 0..100
}

/** Distinct tone patterns: one short high beep for accepted, a low double buzz for rejected. */
const PATTERNS: Record<FeedbackKind, { freq: number; ms: number; type: OscillatorType }[]> = {
  accepted: [{ freq: 1320, ms: 90, type: 'sine' }],
  rejected: [
    { freq: 200, ms: 220, type: 'square' },
    { freq: 0, ms: 80, type: 'square' },
    { freq: 200, ms: 320, type: 'square' },
  ],
  warning: [{ freq: 600, ms: 200, type: 'triangle' }],
};

let audio: AudioContext | null = null;

/**
 * Feedback hook point: every accepted/rejected verdict goes through here. It plays the tone (when
 * enabled) and dispatches a `scanbay:feedback` DOM event so tests and add-ons (a stack light, a
 * second speaker) can follow the verdicts.
 */
export function giveFeedback(kind: FeedbackKind, settings: FeedbackSettings): void {
  window.dispatchEvent(new CustomEvent('scanbay:feedback', { detail: { kind } }));
  if (!settings.sound || settings.volume <= 0) return;
  try {
    audio ??= new AudioContext();
    let at = audio.currentTime;
    for (const step of PATTERNS[kind]) {
      if (step.freq > 0) {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.type = step.type;
        osc.frequency.value = step.freq;
        gain.gain.value = (settings.volume / 100) * 0.3;
        osc.connect(gain).connect(audio.destination);
        osc.start(at);
        osc.stop(at + step.ms / 1000);
      }
      at += step.ms / 1000;
    }
  } catch {
    // No audio device: the visual verdict still shows.
  }
}
